import SilkRoadCore
import Testing

@testable import SilkRoadKit

/// Choosing among the modules' proposals, or declining.
@Suite struct AnswererTests {
  let answerer = Answerer(index: Fixtures.Region.index)

  func answer(_ text: String) -> (Answer, Answerer.Trace) { answerer.answer(answerer.analyzer.analyze(text)) }

  @Test func bestProposal_wins() {
    let (a, trace) = answer("Which country has the most joint exercises with China?")
    #expect(a.status == .answered)
    #expect(trace.chosen == "ranking")
    #expect(trace.score == 1.5)
    #expect(trace.runnerUp.map { $0.intent } == "who")
    #expect(trace.runnerUp.map { $0.score < 1.5 } == true)
    #expect(a.facts == ["ex-tj", "ex-kg", "ex-kz"])
    #expect(trace.facts == a.facts)
    #expect(trace.top.count == 3 && trace.candidates >= 3)
  }

  /// A slip equally close to two names is asked about, not guessed.
  @Test func ambiguousName_asksWhichWasMeant() {
    let (a, trace) = answer("who are the sinopholes?")
    #expect(a.status == .clarify)
    #expect(trace.chosen == "clarify")
    #expect(a.text == "Did you mean Sinophiles or Sinophobes? (“sinopholes” is close to both.)")
  }

  /// Advice for the asker is not something a source reports, even about a known country.
  @Test func personalQuestion_isDeclinedWithoutAnOpinion() {
    let (a, trace) = answer("Should I invest in Kyrgyzstan?")
    #expect(a.status == .noAnswer)
    #expect(trace.chosen == "decline")
    #expect(a.lines.first?.text == Messages.Answers.noOpinions.text)
    #expect(a.facts.isEmpty)
  }

  /// Below the threshold the best proposal loses to an honest refusal, which carries no facts.
  @Test func weakBestProposal_isDeclined() {
    let (a, trace) = answer("How many Confucius instiutes are there?")
    #expect(a.status == .noAnswer)
    #expect(trace.chosen == "decline")
    #expect(trace.runnerUp.map { $0.intent } == "explanation")
    #expect(trace.score > 0 && trace.score < Answerer.threshold)
    #expect(a.facts.isEmpty)
    #expect(trace.facts.isEmpty)
  }

  /// An unknown thing asked about sinks every proposal but small talk.
  @Test func unknownFocus_sinksAnswers_butNotSmallTalk() {
    let (tourists, trace) = answer("How many tourists watch joint exercises?")
    #expect(tourists.status == .noAnswer, "\(tourists.text)")
    #expect(trace.query.unknownFocus == ["tourists"])
    let (hello, helloTrace) = answer("Hello zorblax")
    #expect(hello.status == .answered)
    #expect(helloTrace.chosen == "small-talk")
  }

  /// An unknown word that is not the focus lowers confidence by a quarter point.
  @Test func unknownWordBesidesTheFocus_costsAQuarter() throws {
    let question = "How much does Kyrgyzstan owe China, argued?"
    let proposed = try #require(FigureAnswer().propose(Stages.context(question)))
    let (a, trace) = answer(question)
    #expect(a.status == .answered)
    #expect(trace.chosen == "figure")
    #expect(abs(proposed.score - trace.score - 0.25) < 1e-9)
  }

  @Test func isAnswerable_isRememberedPerQuestion() {
    #expect(answerer.isAnswerable("How much does Tajikistan owe China?"))
    #expect(!answerer.isAnswerable("How much does Uzbekistan owe China?"))
    #expect(answerer.answerable.get("How much does Tajikistan owe China?") == true)
    #expect(answerer.answerable.get("How much does Uzbekistan owe China?") == false)
    #expect(answerer.answerable.get("Never asked") == nil)
  }
}
