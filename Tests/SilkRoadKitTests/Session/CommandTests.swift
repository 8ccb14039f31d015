import Testing

@testable import SilkRoadKit

/// Commands at the prompt, with and without a colon, and lines that only look like them.
@Suite struct CommandTests {
  let k = try! Fixtures.knowledge()

  @Test func commands_everyCompletedNameParses() {
    // Command(_:) first rules out lines whose first word starts no command; a command missing
    // from that list would silently become a question.
    #expect(Command.names.count > 5)
    for name in Command.names {
      let line = ["facts", "tour", "quiz", "save"].contains(name) ? "\(name) x" : name
      #expect(Command(line) != nil, "\(line)")
      #expect(Command(":" + line.uppercased()) != nil, ":\(line.uppercased())")
    }
  }

  @Test func commands_workWithAndWithoutColon() {
    let c = Conversation(knowledge: k)
    guard case .text(let help)? = c.respond(to: ":help") else {
      Issue.record("help is a command")
      return
    }
    #expect(help.contains { $0.contains("why") })
    guard case .quit? = c.respond(to: "quit") else {
      Issue.record("quit is a command")
      return
    }
    guard case .answer? = c.respond(to: "help me understand the debt") else {
      Issue.record("help followed by words is a question")
      return
    }
    guard case .answer? = c.respond(to: "why do Kyrgyz borrow?") else {
      Issue.record("a question starting with why is a question")
      return
    }
  }
}
