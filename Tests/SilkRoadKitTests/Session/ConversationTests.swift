import Testing
@testable import SilkRoadKit

@Suite struct UnderstandingTests {
  let k = try! Fixtures.knowledge()

  func ask(_ q: String, in conversation: Conversation? = nil) -> Answer {
    (conversation ?? Conversation(knowledge: k)).ask(q)
  }

  @Test func analyzer_tagsAliasesAndDemonyms() {
    let q = Answerer(knowledge: k).analyzer.analyze("How much do the Kyrgyz owe Beijing?")
    #expect(q.entityIDs == ["kyrgyzstan", "china"])
    #expect(q.forms.contains("how-much"))
    #expect(q.measures.map(\.id).contains("debt-to-china"))
  }

  @Test func analyzer_correctsTyposWithinBudget() {
    let q = Answerer(knowledge: k).analyzer.analyze("How much does Kyrgystan owe China?")
    #expect(q.entities.first?.entity == "kyrgyzstan")
    #expect(q.entities.first?.corrected == true)
  }

  @Test func figure_answersWithValueAndCitation() {
    let a = ask("How much does Kyrgyzstan owe China?")
    #expect(a.status == .answered)
    #expect(a.text.contains("$1.7 billion"))
    #expect(a.citations == [Citation(section: "Debt", paragraph: 1)])
  }

  @Test func figure_typoGetsANote() {
    let a = ask("How much does Kyrgystan owe China?")
    #expect(a.lines.first?.text == "Taking “kyrgystan” as Kyrgyzstan.")
  }

  @Test func ranking_putsBoundAboveSmallerExactValue() {
    let a = ask("Which country has the highest debt to China as a share of GDP?")
    #expect(a.intent == "ranking")
    #expect(a.lines.first?.text.hasPrefix("Highest: Kyrgyzstan, with greater than 20%") == true, "\(a.text)")
    #expect(a.text.contains("greater than 20%"))
    #expect(!a.text.contains(" 20.0"))
  }

  @Test func comparison_showsDifferenceArithmetic() {
    let a = ask("Compare Kyrgyzstan and Kazakhstan debt to China")
    #expect(a.intent == "comparison")
    #expect(a.text.contains("1.7 − 0.5 = $1.2 billion"))
  }

  @Test func followUp_replacesEntityAndSaysSo() {
    let c = Conversation(knowledge: k)
    _ = c.ask("How much does Kyrgyzstan owe China?")
    let a = c.ask("and Kazakhstan?")
    #expect(a.status == .answered)
    #expect(a.text.contains("$0.5 billion"))
    #expect(a.lines.first?.text.hasPrefix("Following on from") == true)
  }

  @Test func knownEntityUnknownMeasure_isDeclined() {
    let a = ask("What is the GDP of Kazakhstan?")
    #expect(a.status == .noAnswer)
  }

  @Test func unknownWords_areDeclinedWithSuggestions() {
    let a = ask("How many tourists visit Kazakhstan?")
    #expect(a.status == .noAnswer)
    #expect(a.text.contains("tourists"))
    #expect(a.lines.contains { $0.style == .suggestion })
  }

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
