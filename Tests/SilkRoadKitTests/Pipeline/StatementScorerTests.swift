import SilkRoadCore
import Testing

@testable import SilkRoadKit

/// The scoring stage alone: one statement against one query.
@Suite struct StatementScorerTests {
  let index = Fixtures.Region.index

  func score(
    _ id: String, for text: String, in index: KnowledgeIndex = Fixtures.Region.index, adjust: (inout Query) -> Void = { _ in }
  )
    -> ScoredStatement
  {
    var q = QuestionAnalyzer(index: index).analyze(text)
    adjust(&q)
    return StatementScorer(index: index, query: q).score(Stages.position(of: id, index: index))
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

  /// A country must be named; China, the background subject, never has to be.
  @Test func countries_areRequired_theBackgroundIsNot() {
    let q = "How much does Kyrgyzstan owe China?"
    #expect(score("debt-tj", for: q).missingEntities == ["kyrgyzstan"])
    #expect(score("debt-kg", for: q).missingEntities.isEmpty)
    #expect(score("why-kg-station", for: q).missingEntities.isEmpty)
  }

  /// A project the statement leaves out is a soft miss: allowed, but it costs.
  @Test func missingProject_isASoftMiss() {
    let q = "When did Uzbekistan sign the Safe City deal?"
    let trade = score("trade-uz", for: q)
    #expect(trade.missingEntities.isEmpty)
    #expect(trade.softMissing == ["safe-city"])
    #expect(score("safe-city-uz", for: q).softMissing.isEmpty)
  }

  /// A place named anywhere in the statement's paragraph sets its scene: the military base is in
  /// the paragraph of the Xinjiang border post; the joint exercises are not.
  @Test func placeNamedInTheParagraph_setsTheScene() {
    let q = "What did China build in Xinjiang?"
    let base = score("military-base", for: q)
    #expect(base.softMissing.isEmpty && base.missingEntities.isEmpty)
    #expect(score("ex-kg", for: q).softMissing == ["xinjiang"])
    #expect(base.relevance > score("military-base", for: "What did China build?").relevance)
  }

  /// An entity of a subordinate clause is context: it adds when named, it is never required.
  @Test func contextEntity_isNeverRequired() {
    let q = "How much did Kyrgyzstan borrow while Kazakhstan traded?"
    #expect(score("debt-kg", for: q).missingEntities.isEmpty)
    #expect(score("debt-kz", for: q).missingEntities == ["kyrgyzstan"])
  }

  /// The statement whose subject the question names first gains a point: the only difference
  /// between these two questions is which country comes first.
  @Test func subjectNamedFirst_gainsAPoint() {
    let first = score("debt-kg", for: "Kyrgyzstan and Tajikistan debt").relevance
    let second = score("debt-kg", for: "Tajikistan and Kyrgyzstan debt").relevance
    #expect(abs(first - second - 1) < 1e-9)
  }

  @Test func askedYear_favoursStatementsOfThatYear() {
    let q = "How much did Uzbekistan trade in 2018?"
    let inYear = score("trade-uz", for: q), otherYear = score("trade-uz-2013", for: q)
    #expect(inYear.timeMatch == true)
    #expect(otherYear.timeMatch == false)
    #expect(abs(inYear.relevance - otherYear.relevance - 3) < 1e-9)
    #expect(score("trade-uz", for: "How much did Uzbekistan trade?").timeMatch == nil)
  }

  @Test func sinceYear_matchesThatYearAndLater() {
    #expect(score("trade-uz", for: "How much did Uzbekistan trade since 2016?").timeMatch == true)
    #expect(score("trade-uz-2013", for: "How much did Uzbekistan trade since 2016?").timeMatch == false)
    #expect(score("trade-uz-2013", for: "How much did Uzbekistan trade since 2010?").timeMatch == true)
  }

  /// An undated statement that says the year matches it.
  @Test func undatedStatementSayingTheYear_matchesIt() throws {
    let index = try Fixtures.Region.index(
      adding: """
        {"id": "undated", "kind": "claim", "about": ["china"], "text": "Exports grew fast in 2018.", "citation": {"section": "Trade", "paragraph": 3}}
        """)
    #expect(score("undated", for: "What grew in 2018?", in: index).timeMatch == true)
    #expect(score("undated", for: "What grew in 2017?", in: index).timeMatch == nil)
  }

  /// Asked for money, a percentage is in the wrong unit, and the other way round.
  @Test func unitConflict_moneyAgainstPercent() {
    #expect(score("gdp-kg", for: "How much money does Kyrgyzstan owe?").unitConflict)
    #expect(!score("debt-kg", for: "How much money does Kyrgyzstan owe?").unitConflict)
    #expect(score("debt-kg", for: "What share does Kyrgyzstan owe?").unitConflict)
    #expect(!score("gdp-kg", for: "What share does Kyrgyzstan owe?").unitConflict)
    #expect(!score("gdp-kg", for: "How much does Kyrgyzstan owe?").unitConflict)
  }

  @Test func unitAsked_whenTheQuestionSaysTheUnit() {
    #expect(score("debt-kg", for: "How much money does Kyrgyzstan owe?").unitAsked)
    #expect(!score("debt-kg", for: "How much does Kyrgyzstan owe?").unitAsked)
    #expect(score("students-kz", for: "How many students from Kazakhstan?").unitAsked)
  }

  /// Coverage is the share of the question's content weight the statement carries.
  @Test func coverage_isTheShareOfContentCarried() {
    let q = "Why did Kyrgyzstan borrow for roads?"
    #expect(score("why-kg", for: q).coverage == 1)
    let debt = score("debt-kg", for: q).coverage
    #expect(debt > 0 && debt < 1)
    #expect(score("ex-kg", for: q).coverage == 0)
  }

  /// A statement filed under a topic the question names gains half a point.
  @Test func topicOfTheQuestion_addsHalfAPoint() throws {
    let index = try Fixtures.Region.index(
      adding: """
        {"id": "filed", "kind": "claim", "about": ["china"], "topics": ["debt"], "text": "China rescheduled the loans.", "citation": {"section": "Debt", "paragraph": 3}},
        {"id": "unfiled", "kind": "claim", "about": ["china"], "text": "China rescheduled the loans.", "citation": {"section": "Debt", "paragraph": 3}}
        """)
    let q = "Why were the loans rescheduled?"
    #expect(abs(score("filed", for: q, in: index).relevance - score("unfiled", for: q, in: index).relevance - 0.5) < 1e-9)
  }

  /// Words carried over from an earlier question add a little when the statement has them.
  @Test func contextTerms_addALittle() {
    let q = "How much does Kyrgyzstan owe?"
    let plain = score("why-kg", for: q).relevance
    let carried = score("why-kg", for: q) { $0.contextTerms = ["road"] }.relevance
    #expect(abs(carried - plain - 0.3 * index.statements.weight("road")) < 1e-9)
    #expect(score("debt-kg", for: q) { $0.contextTerms = ["road"] }.relevance == score("debt-kg", for: q).relevance)
  }

  /// Echo: how much of what the statement is about the question names.
  @Test func echo_isTheShareOfTheStatementsSubjectNamed() {
    #expect(score("debt-kg", for: "How much does Kyrgyzstan owe?").echo == 1)
    #expect(score("debt-kg", for: "How much money is there?").echo == 0.25)
    #expect(score("debt-kg", for: "How much is owed?").echo == 0.5)
    #expect(score("why-kg", for: "Why did Kyrgyzstan borrow?").echo == 1)
    #expect(score("why-kg", for: "Who borrowed for roads?").echo == 0)
  }
}
