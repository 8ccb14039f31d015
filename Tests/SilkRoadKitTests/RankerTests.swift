import Testing
@testable import SilkRoadKit

/// The ranker's own machinery: its union of index lists, its order, and the bit mask of missing
/// entities that keeps scored statements plain data.
@Suite struct RankerTests {
  @Test func union_isTheSortedSetOfAllItems() {
    var rng = SystemRandomNumberGenerator()
    // Items near zero and far from it, over spans shorter and longer than the 64 a bit-map word
    // covers (the union maps only the lists' own range).
    for (count, base, span) in [(0, 0, 50), (1, 0, 50), (2, 0, 50), (5, 0, 50), (1, 700, 3), (3, 10_000, 64), (4, 12_345, 65), (6, 99, 400)] {
      for _ in 0..<20 {
        // Ascending lists, each possibly with repeats, as index lists can share statements.
        let lists = (0..<count).map { _ in
          (0..<Int.random(in: 0..<30, using: &rng)).map { _ in base + Int.random(in: 0..<span, using: &rng) }.sorted()
        }
        #expect(StatementRanker.union(lists) == Array(Set(lists.joined())).sorted())
      }
    }
  }

  /// In place, as gathering into a new array would: every permutation of small sizes, and random
  /// ones of larger sizes.
  @Test func permute_ordersItemsAsTheKeysSay() {
    func check(_ order: [Int]) {
      let items = order.indices.map { i in
        ScoredStatement(
          index: i, relevance: Double(i), coverage: 0, missingEntities: EntityMask(), softMissing: EntityMask(), measureMatch: false,
          timeMatch: nil, echo: 0, subjectNamed: false, unitAsked: false, unitConflict: false)
      }
      var keys = order.map { StatementRanker.RankKey(relevance: 0, index: 0, at: $0) }
      var permuted = items
      StatementRanker.permute(&permuted, into: &keys)
      #expect(permuted.map(\.index) == order.map { items[$0].index }, "\(order)")
    }
    func permutations(_ n: Int) -> [[Int]] {
      n == 0 ? [[]] : permutations(n - 1).flatMap { p in (0...p.count).map { i in var q = p; q.insert(n - 1, at: i); return q } }
    }
    for n in 0...5 { permutations(n).forEach(check) }
    var rng = SeededRandom(seed: 9)
    for n in [17, 64, 300] {
      var order = Array(0..<n)
      for i in stride(from: n - 1, to: 0, by: -1) { order.swapAt(i, Int(rng.next() % UInt64(i + 1))) }
      check(order)
    }
  }

  /// Against the standard sort, at every size around the run length and its doubles, with many
  /// equal relevances (broken by statement order).
  @Test func sort_ordersAsTheStandardSortDoes() {
    var rng = SeededRandom(seed: 5)
    for n in Array(0...40) + [63, 64, 65, 100, 257, 1000] {
      var keys = (0..<n).map { at in
        StatementRanker.RankKey(relevance: Double(rng.next() % 7) / 2, index: Int(rng.next() % 100_000), at: at)
      }
      var seen = Set<Int>()
      keys.removeAll { !seen.insert($0.index).inserted }  // statement indexes are distinct
      var expected = keys
      expected.sort { $0.precedes($1) }
      StatementRanker.sort(&keys)
      #expect(keys.map(\.at) == expected.map(\.at), "n = \(n)")
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
    #expect(ranked.count > 1)
    for (a, b) in zip(ranked, ranked.dropFirst()) {
      #expect(a.relevance > b.relevance || (a.relevance == b.relevance && a.index < b.index))
    }
  }
}
