import Testing

@testable import SilkRoadCore

/// The statements by what finds them.
@Suite struct StatementIndexTests {
  let index = Fixtures.Region.index
  var statements: StatementIndex { index.statements }

  func terms(_ id: String) -> Set<String> { statements.terms[index.knowledge.statementIndexByID[id]!] }
  func position(_ id: String) -> Int { index.knowledge.statementIndexByID[id]! }

  /// A dollar figure answers "how much money / worth / value"; a percentage answers "share"; a
  /// count answers its noun.
  @Test func terms_includeTheUnitsWords() {
    #expect(terms("debt-kg").isSuperset(of: ["money", "worth", "valu"]))
    #expect(terms("gdp-kg").contains("percent"))
    #expect(!terms("gdp-kg").contains("money"))
    #expect(terms("ex-kg").contains("exercis"))
    #expect(terms("students-kz").contains("student"))
  }

  /// A figure carries its measure's words and name, but not the measure's context words, which
  /// only qualify it: debt as a share of GDP is not a statement about GDP.
  @Test func terms_includeTheMeasuresWords_lessItsContext() {
    #expect(terms("ex-kg").contains("joint"))
    #expect(terms("safe-city-cost-uz").isSuperset(of: ["saf", "city", "money"]))
    #expect(!terms("gdp-kg").contains("gdp"))
    #expect(terms("why-kg").contains("build"))
  }

  /// The names of the entities a statement is about or addressed to, never stop words.
  @Test func terms_includeEntityNames_neverStopWords() {
    #expect(terms("rec-west").contains("west"))
    #expect(terms("cdb-loan").isSuperset(of: ["china", "develop", "bank"]))
    for bag in statements.terms { #expect(bag.isDisjoint(with: index.vocabulary.stopTerms)) }
  }

  @Test func postings_areTheInverseOfTerms() {
    var inverse: [String: [Int]] = [:]
    for (i, bag) in statements.terms.enumerated() { for t in bag { inverse[t, default: []].append(i) } }
    #expect(statements.postings == inverse)
  }

  /// Rarer terms weigh more; a term no statement has weighs as the rarest.
  @Test func idf_favoursRareTerms() throws {
    let rare = try #require(statements.idf["station"]), common = try #require(statements.idf["china"])
    #expect(rare > common)
    #expect(statements.weight("zorblax") == statements.unseenWeight)
    #expect(statements.idf.values.allSatisfy { $0 <= statements.unseenWeight })
  }

  /// A period is filed under every year it covers.
  @Test func byYear_coversPeriods() {
    for year in [2003, 2010, 2016] { #expect(statements.byYear[year]?.contains(position("ex-kg")) == true, "\(year)") }
    #expect(statements.byYear[2017]?.contains(position("ex-kg")) != true)
    #expect(statements.byYear[2019]?.contains(position("general-visit")) == true)
  }

  @Test func recommendations_inOrder() {
    #expect(statements.recommendations == [position("rec-west"), position("rec-ca")])
  }

  /// Ranks follow the citations; statements citing one paragraph share a rank.
  @Test func citationRank_sharesAParagraphsRank() {
    let rank = statements.citationRank
    #expect(rank[position("debt-kg")] == rank[position("gdp-tj")])
    #expect(rank[position("debt-kg")] < rank[position("debt-kz")])
    let k = index.knowledge
    for i in k.statements.indices {
      for j in k.statements.indices where k.statements[i].citation < k.statements[j].citation {
        #expect(rank[i] < rank[j])
      }
    }
  }
}
