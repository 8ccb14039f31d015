import Testing
@testable import SilkRoadKit

/// The ranker's own machinery: its union of index lists, its order, and the bit mask of missing
/// entities that keeps scored statements plain data.
@Suite struct RankerTests {
  @Test func union_isTheSortedSetOfAllItems() {
    var rng = SystemRandomNumberGenerator()
    for count in [0, 1, 2, 5] {
      // Ascending lists, each possibly with repeats, as index lists can share statements.
      let lists = (0..<count).map { _ in (0..<Int.random(in: 0..<30, using: &rng)).map { _ in Int.random(in: 0..<50, using: &rng) }.sorted() }
      #expect(StatementRanker.union(lists) == Array(Set(lists.joined())).sorted())
    }
  }

  @Test func entityMask_namesTheMissingEntitiesInQueryOrder() {
    var q = Query(text: "")
    q.entities = ["kyrgyzstan", "china", "tajikistan"].map { .init(entity: $0, typed: $0, corrected: false) }
    var mask = EntityMask()
    #expect(mask.isEmpty)
    mask.insert(2)
    mask.insert(0)
    #expect(!mask.isEmpty)
    #expect(mask.ids(in: q) == ["kyrgyzstan", "tajikistan"])
  }

  @Test func entityMask_positionsPast63ShareTheLastBit() {
    var q = Query(text: "")
    q.entities = (0..<70).map { .init(entity: "e\($0)", typed: "", corrected: false) }
    var mask = EntityMask()
    mask.insert(65)
    #expect(mask.ids(in: q) == (63..<70).map { "e\($0)" })
  }

  @Test func ranking_isByRelevanceThenSourceOrder() {
    let answerer = Answerer(knowledge: Fixtures.builtIn)
    let ranked = StatementRanker(lexicon: answerer.lexicon).rank(answerer.analyzer.analyze("How much does Kyrgyzstan owe China?"))
    #expect(!ranked.isEmpty)
    for (a, b) in zip(ranked, ranked.dropFirst()) {
      #expect(a.relevance > b.relevance || (a.relevance == b.relevance && a.index < b.index))
    }
  }
}
