import SilkRoadCore
import Testing

@testable import SilkRoadKit

/// The ranking stage: the candidates, scored, best first.
@Suite struct StatementRankerTests {
  @Test func ranking_isByRelevanceThenSourceOrder() {
    let answerer = Answerer(knowledge: Fixtures.builtIn)
    let ranked = StatementRanker(index: answerer.index).rank(answerer.analyzer.analyze("How much does Kyrgyzstan owe China?"))
    #expect(ranked.count > 1)
    for (a, b) in zip(ranked, ranked.dropFirst()) {
      #expect(a.relevance > b.relevance || (a.relevance == b.relevance && a.index < b.index))
    }
  }

  /// Equal scores keep the knowledge's order; the statement that answers comes first.
  @Test func ranking_onTheRegion_putsTheAnswerFirst_andTiesInSourceOrder() {
    let index = Fixtures.Region.index
    let analyzer = QuestionAnalyzer(index: index)
    let debt = StatementRanker(index: index).rank(analyzer.analyze("How much does Tajikistan owe China?"))
    #expect(debt.first.map { index.knowledge.statements[$0.index].id } == "debt-tj")
    let exercises = StatementRanker(index: index).rank(analyzer.analyze("Which country has the most joint exercises?"))
    #expect(Stages.ids(exercises.prefix(3).map(\.index)) == ["ex-kg", "ex-kz", "ex-tj"])
    #expect(exercises[0].relevance == exercises[2].relevance)
  }
}
