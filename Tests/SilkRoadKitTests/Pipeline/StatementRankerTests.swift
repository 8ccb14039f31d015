import SilkRoadCore
import Testing
@testable import SilkRoadKit

/// The ranking stages: candidates, scores and their order.
@Suite struct RankerTests {
  /// Candidates come from what the question names, never from a scan: in the small fixture
  /// Kyrgyzstan is named by most statements (a background entity), so the measure the question
  /// names finds them; the claim about roads, with no measure and no word of the question, is
  /// not a candidate.
  @Test func candidates_areTheStatementsTheQuestionsSignalsFind() throws {
    let index = KnowledgeIndex(try Fixtures.knowledge())
    let q = QuestionAnalyzer(index: index).analyze("How much does Kyrgyzstan owe?")
    let found = CandidateFinder(index: index).candidates(for: q)
    let ids = found.map { index.knowledge.statements[$0].id }
    #expect(found == Array(Set(found)).sorted())
    #expect(ids.contains("debt-kg") && ids.contains("debt-kz"))
    #expect(!ids.contains("why-kg"))
  }

  /// A statement about another country lacks the entity the question names (it is missing, a
  /// hard miss), and one of the asked measure scores above one of another measure.
  @Test func scorer_marksMissingEntitiesAndMeasureMatches() throws {
    let index = KnowledgeIndex(Fixtures.builtIn)
    let q = QuestionAnalyzer(index: index).analyze("How much does Kyrgyzstan owe China?")
    let scorer = StatementScorer(index: index, query: q)
    let k = index.knowledge
    func debt(_ country: String) throws -> Int {
      try #require(k.statements.firstIndex { $0.measure == "debt-to-china" && $0.about.first == country })
    }
    let own = scorer.score(try debt("kyrgyzstan"))
    let other = scorer.score(try debt("tajikistan"))
    #expect(own.missingEntities.isEmpty && own.measureMatch && own.subjectNamed)
    #expect(other.missingEntities == ["kyrgyzstan"])
    #expect(own.relevance > other.relevance)
  }

  @Test func ranking_isByRelevanceThenSourceOrder() {
    let answerer = Answerer(knowledge: Fixtures.builtIn)
    let ranked = StatementRanker(index: answerer.index).rank(answerer.analyzer.analyze("How much does Kyrgyzstan owe China?"))
    #expect(ranked.count > 1)
    for (a, b) in zip(ranked, ranked.dropFirst()) {
      #expect(a.relevance > b.relevance || (a.relevance == b.relevance && a.index < b.index))
    }
  }
}
