import SilkRoadCore
import Testing

@testable import SilkRoadKit

/// The candidates stage alone: which statements are worth scoring for a query.
@Suite struct CandidateFinderTests {
  func candidates(_ text: String, index: KnowledgeIndex = Fixtures.Region.index) -> [String] {
    let q = QuestionAnalyzer(index: index).analyze(text)
    let found = CandidateFinder(index: index).candidates(for: q)
    #expect(found == Array(Set(found)).sorted(), "candidates come sorted, each once")
    return Stages.ids(found, index: index)
  }

  /// Candidates come from what the question names, never from a scan: in the small fixture
  /// Kyrgyzstan is named by most statements (a background entity), so the measure the question
  /// names finds them; the claim about roads, with no measure and no word of the question, is
  /// not a candidate.
  @Test func candidates_areTheStatementsTheQuestionsSignalsFind() throws {
    let index = KnowledgeIndex(try Fixtures.knowledge())
    let ids = candidates("How much does Kyrgyzstan owe?", index: index)
    #expect(ids.contains("debt-kg") && ids.contains("debt-kz"))
    #expect(!ids.contains("why-kg"))
  }

  /// China is named in most statements: naming it finds nothing by itself, the other words do.
  @Test func backgroundEntity_findsNothingWhenOtherSignalsDo() {
    let ids = candidates("What did China build?")
    #expect(ids == ["why-kg"])
  }

  /// With nothing else, the background entity's statements are the candidates.
  @Test func backgroundEntity_isTheFallback() {
    let ids = candidates("China?")
    #expect(ids.contains("debt-kg") && ids.contains("border-post"))
    #expect(!ids.contains("huawei-cameras"))
  }

  /// "money" is carried by every dollar figure: with a name and a measure it adds nothing, alone
  /// it finds the dollar figures (and no percentages).
  @Test func unitWords_findCandidatesOnlyWhenNothingElseDoes() {
    let named = candidates("How much money does Kyrgyzstan owe?")
    #expect(named.contains("debt-kg"))
    #expect(!named.contains("trade-kz") && !named.contains("safe-city-cost-uz"))
    let alone = candidates("How much money?")
    #expect(alone.contains("trade-kz") && alone.contains("safe-city-cost-uz") && alone.contains("debt-kg"))
    #expect(!alone.contains("gdp-kg"))
  }

  /// A year alone finds what its time covers, periods included.
  @Test func years_areTheLastFallback() {
    let ids = candidates("What happened in 2016?")
    #expect(Set(ids) == ["ex-kg", "ex-kz", "ex-tj", "border-post", "military-base"])
    // With another signal, the year does not add its statements.
    #expect(!candidates("What did Huawei do in 2016?").contains("border-post"))
  }
}
