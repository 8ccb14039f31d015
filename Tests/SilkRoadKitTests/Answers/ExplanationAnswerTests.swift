import SilkRoadCore
import Testing

@testable import SilkRoadKit

/// The explanation module alone: the statements that best explain why, what or who.
@Suite struct ExplanationAnswerTests {
  func propose(_ text: String) -> Proposal? { ExplanationAnswer().propose(Stages.context(text)) }

  @Test func why_givesTheReason() throws {
    let p = try #require(propose("Why did Kyrgyzstan borrow from China?"))
    #expect(p.intent == "explanation")
    #expect(p.score >= 0.9)
    #expect(p.answer.facts.contains("why-kg"))
  }

  /// A reason alone brings the other claim of its paragraph with it.
  @Test func why_addsTheClaimBesideTheReason() throws {
    let p = try #require(propose("Why did Kyrgyzstan build roads?"))
    #expect(p.answer.facts == ["why-kg", "why-kg-station"])
  }

  /// "Who" wants a name: the general who visited, as intent "who".
  @Test func who_wantsAnActor() throws {
    let p = try #require(propose("Who visited Dushanbe?"))
    #expect(p.intent == "who")
    #expect(p.answer.facts == ["general-visit"])
    #expect(
      p.answer.lines == [Answer.Line("Zhang Wei, a Chinese general, visited Dushanbe in May 2019.", citations: [Citation(section: "Security", paragraph: 4)])])
  }

  @Test func whatIs_explainsWithTheMatchingStatement() throws {
    let p = try #require(propose("What is China's soft power?"))
    #expect(p.answer.facts == ["soft-power-culture"])
    #expect(p.score == 1.0)
  }

  /// "How many" wants a figure: a statement without one is at best a partial answer.
  @Test func howMany_withoutAFigure_isWeak() throws {
    let p = try #require(propose("How many Confucius instiutes are there?"))
    #expect(p.answer.facts == ["institutes"])
    #expect(p.score < Answerer.threshold)
    #expect(try #require(propose("What are the Confucius instiutes?")).score >= Answerer.threshold)
  }

  @Test func nothingToExplain_proposesNothing() {
    // A bare name is a profile.
    #expect(propose("Tell me about Huawei") == nil)
    // Every matching statement lacks the country asked about.
    #expect(propose("How much does Uzbekistan owe China?") == nil)
    // Nothing in the source has the words.
    #expect(propose("Why do zorblaxes glow?") == nil)
  }
}
