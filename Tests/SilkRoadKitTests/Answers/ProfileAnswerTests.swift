import SilkRoadCore
import Testing

@testable import SilkRoadKit

/// The profile module alone: what an entity is, its relations, its key facts by topic.
@Suite struct ProfileAnswerTests {
  func propose(_ text: String) -> Proposal? { ProfileAnswer().propose(Stages.context(text)) }

  @Test func profile_describesRelatesAndListsFacts() throws {
    let p = try #require(propose("Tell me about Huawei"))
    #expect(p.score == 1.0)
    #expect(
      p.answer.lines.map(\.text) == [
        "Huawei: A telecoms company.", "Role: supplier of cameras", "Links in the source: supplies Safe City.",
        "Surveillance: Huawei cameras watch the streets of Tashkent.",
      ])
    #expect(p.answer.facts == ["huawei-cameras"])
    #expect(p.answer.lines[2].citations == [Citation(section: "Technology", paragraph: 1)])
  }

  /// One fact per topic, figures first; the rest is one command away.
  @Test func profile_keepsOneFactPerTopic() throws {
    let p = try #require(propose("Tell me about Tajikistan"))
    #expect(p.answer.facts == ["debt-tj", "ex-tj"])
    #expect(p.answer.lines.last?.text == "(More in `facts Tajikistan`.)")
  }

  /// A bare name asks for a profile; a question form without a profile word less so.
  @Test func score_followsHowClearlyAProfileIsAsked() throws {
    #expect(try #require(propose("Sinophiles")).score == 1.0)
    #expect(try #require(propose("Who are the Sinophiles?")).score == 0.85)
  }

  @Test func aQuestionOfItsOwn_isNoProfile() {
    // Words that are not about the entity itself.
    #expect(propose("What did Huawei sign?") == nil)
    // A measure or a year.
    #expect(propose("Tajikistan's debt") == nil)
    #expect(propose("Tajikistan in 2019") == nil)
    // Two entities besides the background.
    #expect(propose("Tell me about Kyrgyzstan and Tajikistan") == nil)
    #expect(propose("How much?") == nil)
  }
}
