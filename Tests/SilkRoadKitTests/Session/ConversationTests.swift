import Testing

@testable import SilkRoadKit

/// Conversations on the five-statement fixture: follow-ups, notes, `why`.
@Suite struct ConversationTests {
  let k = try! Fixtures.knowledge()

  func ask(_ q: String, in conversation: Conversation? = nil) -> Answer {
    (conversation ?? Conversation(knowledge: k)).ask(q)
  }

  @Test func followUp_replacesEntityAndSaysSo() {
    let c = Conversation(knowledge: k)
    _ = c.ask("How much does Kyrgyzstan owe China?")
    let a = c.ask("and Kazakhstan?")
    #expect(a.status == .answered)
    #expect(a.text.contains("$0.5 billion"))
    #expect(a.lines.first?.text.hasPrefix("Following on from") == true)
  }

  @Test func figure_typoGetsANote() {
    let a = ask("How much does Kyrgystan owe China?")
    #expect(a.lines.first?.text == "Taking “kyrgystan” as Kyrgyzstan.")
  }

  @Test func why_reportsIntentAndEntities() {
    let c = Conversation(knowledge: k)
    _ = c.ask("How much does Kyrgystan owe China?")
    guard case .text(let lines)? = c.respond(to: "why") else {
      Issue.record("why is a command")
      return
    }
    #expect(lines.contains { $0.hasPrefix("Intent: figure (score ") }, "\(lines)")
    #expect(lines.contains { $0.contains("Kyrgyzstan (from “kyrgystan”)") })
  }
}
