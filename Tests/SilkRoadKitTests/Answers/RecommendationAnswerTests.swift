import SilkRoadCore
import Testing

@testable import SilkRoadKit

/// The recommendation module alone: the source's advice, by addressee when one is named.
@Suite struct RecommendationAnswerTests {
  func propose(_ text: String) -> Proposal? { RecommendationAnswer().propose(Stages.context(text)) }

  @Test func all_whenNoOneIsNamed() throws {
    let p = try #require(propose("What do you recommend?"))
    #expect(p.score == 1.2)
    #expect(p.answer.facts == ["rec-west", "rec-ca"])
    #expect(p.answer.lines.first?.text == "The source's recommendations:")
  }

  /// The EU is part of the West: the West's advice is the EU's.
  @Test func memberOfAnAddressee_getsItsAdvice() throws {
    let p = try #require(propose("What should the EU do?"))
    #expect(p.answer.status == .answered)
    #expect(p.answer.facts == ["rec-west"])
    #expect(p.answer.lines.first?.text == "The source's recommendations for European Union:")
  }

  @Test func addresseeWithoutAdvice_isToldWhoHasSome() throws {
    let p = try #require(propose("What should Tajikistan do?"))
    #expect(p.answer.status == .noAnswer)
    #expect(p.score == 0.9)
    #expect(p.answer.text == "The source makes no recommendation addressed to Tajikistan; its recommendations are for Central Asia, the West.")
  }

  @Test func notAskingForAdvice_noProposal() {
    #expect(propose("How much does Kyrgyzstan owe China?") == nil)
    #expect(propose("Tell me about the West") == nil)
  }
}
