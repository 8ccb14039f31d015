import SilkRoadCore
import Testing

@testable import SilkRoadKit

/// The honest refusal: why the source cannot answer, what it covers, and questions it can answer.
@Suite struct DeclinerTests {
  func decline(_ text: String, checked: Bool = true) -> Answer { Decliner.answer(Stages.context(text, checked: checked)) }

  func ask(_ q: String) -> Answer { Conversation(knowledge: try! Fixtures.knowledge()).ask(q) }

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

  @Test func unknownThing_isNamed() {
    let a = decline("How many tourists visit Kazakhstan?")
    #expect(a.status == .noAnswer)
    #expect(a.intent == "decline")
    #expect(a.lines.first?.text == "The source does not say: it never mentions “tourists”.")
    #expect(a.lines[1] == Answer.Line(Messages.Answers.scope.text, style: .note))
  }

  /// At most three unknown words, each once.
  @Test func unknownWords_atMostThreeEachOnce() {
    let a = decline("Kazakhstan debt zorblax zorblax quux frobs wibble")
    #expect(a.lines.first?.text == "The source does not say: it never mentions “zorblax”, “quux”, “frobs”.")
  }

  @Test func missingEntity_isNamed_withWhatTheSourceDoesHave() {
    let a = decline("How many joint exercises did China have with Uzbekistan?")
    #expect(a.lines.first?.text == "The source does not say: it has nothing on that for Uzbekistan, though it has related facts about China.")
  }

  /// Suggestions are the measures' questions for the entity asked about, each checked by asking it.
  @Test func suggestions_areAnswerableQuestionsAboutWhatWasAsked() {
    let a = decline("How many tourists visit Kazakhstan?")
    let suggestions = a.lines.filter { $0.style == .suggestion }.map { String($0.text.drop { $0 == " " }) }
    #expect(
      suggestions == [
        "How much does Kazakhstan owe China?", "How many joint exercises did China have with Kazakhstan?", "What was Kazakhstan's trade with China?",
      ])
    let answerer = Answerer(index: Fixtures.Region.index)
    for s in suggestions { #expect(answerer.isAnswerable(s), "\(s)") }
  }

  /// A measure's question that silkroad cannot answer itself ("tents" for a figure of yurts) is
  /// a candidate, and is left out once asked.
  @Test func unanswerableCandidate_isNotSuggested() throws {
    let index = try Fixtures.Region.index(
      adding: """
        {"id": "yurts-kz", "kind": "figure", "about": ["kazakhstan"], "measure": "yurts", "value": 40, "text": "Kazakhstan bought 40 yurts.",
         "citation": {"section": "Trade", "paragraph": 1}}
        """,
      measures: #"{"id": "yurts", "name": "yurts", "unit": "yurts", "words": ["yurts"], "question": "How many tents did {e} buy?"}"#)
    let question = "How many tourists and yurts are there in Kazakhstan?"
    let tents = "How many tents did Kazakhstan buy?"
    #expect(Decliner.suggest(Stages.context(question, index: index)).contains(tents))
    let checked = Decliner.suggest(Stages.context(question, index: index, checked: true))
    #expect(checked.count == 3)
    #expect(!checked.contains(tents))
  }

  /// Without a checker, suggestions are not asked; the first three candidates are given.
  @Test func unchecked_suggestionsAreTheFirstCandidates() {
    let m = Stages.context("How many joint exercises did China have with Uzbekistan?")
    let suggested = Decliner.suggest(m)
    #expect(suggested.count == 3)
    #expect(suggested.contains("Tell me about Uzbekistan"))
  }
}
