import Testing
@testable import SilkRoadKit

/// The ranker's own machinery: its sort, its in-place reordering, and the bit mask of missing
/// entities that keeps scored statements plain data.
@Suite struct RankerTests {
  @Test func mergeSorted_agreesWithTheStandardSort() {
    var rng = SystemRandomNumberGenerator()
    for n in [0, 1, 2, 3, 7, 8, 9, 31, 64, 65, 200] {
      let keys = (0..<n).map { _ in Int.random(in: 0..<10, using: &rng) }
      // Ties broken by position, as the ranker breaks them by statement index.
      let before = { (a: Int, b: Int) in keys[a] != keys[b] ? keys[a] > keys[b] : a < b }
      #expect(StatementRanker.mergeSorted(Array(0..<n), by: before) == Array(0..<n).sorted(by: before))
    }
  }

  @Test func permute_putsEachItemWhereTheOrderSays() {
    var rng = SystemRandomNumberGenerator()
    for n in [0, 1, 2, 5, 50] {
      let items = (0..<n).map { "item \($0)" }
      let order = Array(0..<n).shuffled(using: &rng)
      var permuted = items
      StatementRanker.permute(&permuted, to: order)
      #expect(permuted == order.map { items[$0] })
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
