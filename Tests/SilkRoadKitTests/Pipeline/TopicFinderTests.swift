import SilkRoadCore
import Testing

@testable import SilkRoadKit

/// The topics stage alone.
@Suite struct TopicFinderTests {
  func topics(_ text: String) -> [String] {
    var (q, words) = Stages.run(text, through: .content)
    TopicFinder(index: Fixtures.Region.index).find(&q, words)
    return q.topics
  }

  /// Every word of one of a topic's phrases, in any order; one of them alone is not enough.
  @Test func topicPhrase_mustBeUsedInFull_inAnyOrder() {
    #expect(topics("What is China's soft power?") == ["soft-power"])
    #expect(topics("Is China's power soft?") == ["soft-power"])
    #expect(topics("How much power does China have?") == [])
  }

  /// A topic's name is one of its phrases; several topics come sorted.
  @Test func topicsNamed_includeTheirNames_sorted() {
    #expect(topics("Military trade of Kyrgyzstan") == ["military", "trade"])
  }

  @Test func subordinateClause_namesNoTopic() {
    #expect(topics("How much did Kyrgyzstan borrow while Kazakhstan traded?") == ["debt"])
    #expect(topics("How much did Kazakhstan trade?") == ["trade"])
  }

  /// A name counts with its words: the Safe City project is about surveillance.
  @Test func namesWords_count() {
    #expect(topics("Uzbekistan's Safe City") == ["surveillance"])
  }
}
