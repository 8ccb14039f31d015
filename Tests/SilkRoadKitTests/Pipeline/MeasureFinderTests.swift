import SilkRoadCore
import Testing

@testable import SilkRoadKit

/// The measures stage alone, on what the earlier stages made of a question.
@Suite struct MeasureFinderTests {
  func measures(_ text: String) -> Query {
    var (q, words) = Stages.run(text, through: .content)
    MeasureFinder(index: Fixtures.Region.index).find(&q, words)
    return q
  }

  /// Both debt measures are named by "owe"; the one whose context word (GDP) the question echoes
  /// comes first, and without it the plain debt does.
  @Test func measureWhoseContextTheQuestionEchoes_comesFirst() {
    #expect(measures("How much does Kyrgyzstan owe China?").measures.map(\.id) == ["debt-to-china", "debt-share-of-gdp"])
    #expect(measures("How much of its GDP does Kyrgyzstan owe?").measures.map(\.id) == ["debt-share-of-gdp", "debt-to-china"])
  }

  /// "China's exports" names the measure; "exports go to China" has the words, not the phrase.
  @Test func phraseOfSeveralWords_mustBeConsecutive() {
    #expect(measures("What were China's exports in 2018?").measures.map(\.id) == ["china-exports"])
    #expect(measures("Do exports go to China?").measures.isEmpty)
  }

  @Test func subordinateClause_namesNoMeasure() {
    let q = measures("How much did Kyrgyzstan borrow while Kazakhstan traded?")
    #expect(q.measures.map(\.id).contains("debt-to-china"))
    #expect(!q.measures.map(\.id).contains("trade-volume"))
  }

  /// "Tajikistan's Safe City" names the cost of Safe City only through the project's name: the
  /// measure is kept, weakly, and not counted as asked.
  @Test func measureNamedOnlyByAnEntity_isWeakAndNotAsked() throws {
    let q = measures("Tajikistan's Safe City")
    let cost = try #require(q.measures.first { $0.id == "safe-city-cost" })
    #expect(q.entityNamedMeasures == ["safe-city-cost"])
    #expect(q.askedMeasures.isEmpty)
    // A phrase of two words scores at least two when the question's own words say it.
    #expect(cost.score < 2)
    let asked = measures("How many joint exercises?")
    #expect(asked.entityNamedMeasures.isEmpty)
    #expect(asked.askedMeasures == ["joint-exercises"])
    #expect((asked.measures.first?.score ?? 0) >= 2)
  }

  @Test func measures_areBestFirst() {
    for text in ["How much does Kyrgyzstan owe China?", "Kyrgyzstan's debt as a share of GDP", "Compare trade and debt of Uzbekistan"] {
      let scores = measures(text).measures.map(\.score)
      #expect(scores.count >= 2, "\(text)")
      #expect(scores == scores.sorted(by: >), "\(text)")
    }
  }
}
