import Testing
@testable import SilkRoadCore

/// The lexicon's read-only tables: every key found, nothing else found, at every word length the
/// hash treats differently (empty, under four, under eight, whole and partial words).
@Suite struct FrozenTableTests {
  static let keys: [String] = {
    var keys = [""]
    for length in 1...40 {
      keys.append(String(repeating: "a", count: length))
      keys.append(String((0..<length).map { Character(UnicodeScalar(UInt8(97 + ($0 * 7 + length) % 26))) }))
    }
    return keys + ["kyrgyzstan", "kyrgyzstans", "ürümqi", "nur-sultan", "1.7", "2018", "китай", "中国"]
  }()

  @Test func map_findsEveryKeyAndNothingElse() {
    let map = FrozenStringMap(firstOf: Self.keys.enumerated().map { ($1, $0) })
    for (i, key) in Self.keys.enumerated() { #expect(map[key] == i, "\(key)") }
    for key in Self.keys where !key.isEmpty {
      #expect(map[key + "x"] == nil || Self.keys.contains(key + "x"))
      #expect(map[String(key.dropLast()) + "#"] == nil)
    }
  }

  @Test func hash_isOneToOneForShortWordsOfOneLength() {
    // Every string of one to four letters from a small alphabet, grouped by byte length (under
    // eight): within a length no two share a hash.
    var words = [""]
    var byLength: [Int: [UInt64: String]] = [:]
    for _ in 1...4 {
      words = words.flatMap { w in ["a", "b", "z", "é"].map { w + $0 } }
      for w in words where w.utf8.count < 8 {
        let h = FrozenStringIndex.hash(w)
        #expect(byLength[w.utf8.count]?[h] == nil, "\(w) and \(byLength[w.utf8.count]?[h] ?? "")")
        byLength[w.utf8.count, default: [:]][h] = w
      }
    }
  }

  @Test func set_ofDistinctMembersKeepsTheirOrder() {
    let set = FrozenStringSet(distinct: ["b", "a", "b", "c"])
    #expect(Array(set) == ["b", "a", "c"])
    #expect(set.contains("a") && !set.contains("d"))
  }
}
