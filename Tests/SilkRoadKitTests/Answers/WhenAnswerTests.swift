import SilkRoadCore
import Testing

@testable import SilkRoadKit

/// The "when" module alone: the best-matching dated statement, its date first.
@Suite struct WhenAnswerTests {
  func propose(_ text: String) -> Proposal? { WhenAnswer().propose(Stages.context(text)) }

  @Test func when_givesTheDateFirst() throws {
    let p = try #require(propose("When did Uzbekistan sign the Safe City deal?"))
    #expect(p.intent == "when")
    #expect(abs(p.score - 1.2) < 1e-9)
    #expect(p.answer.lines.map(\.text) == ["2019: Uzbekistan signed a Safe City deal with Huawei in 2019."])
    #expect(try #require(propose("When did China open a border post?")).answer.lines.first?.text.hasPrefix("August 2016: ") == true)
  }

  /// Only a statement that explains most of the question: an undated reason is no date, and a
  /// dated figure that shares one word of three is no answer.
  @Test func noDatedStatementExplainsIt_noProposal() {
    #expect(propose("When did Kyrgyzstan borrow for roads?") == nil)
    #expect(propose("When did Uzbekistan open a border post?") == nil)
  }

  @Test func notAskedWhen_noProposal() {
    #expect(propose("What did Uzbekistan sign?") == nil)
  }
}
