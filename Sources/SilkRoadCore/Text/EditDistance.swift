/// Damerau–Levenshtein distance (optimal string alignment): a swap of two neighbouring letters
/// costs one edit, as typists make them ("instiutes").
public enum EditDistance {
  public static func distance(_ a: String, _ b: String, limit: Int = .max) -> Int {
    var a = a, b = b
    return a.withUTF8 { x in b.withUTF8 { y in distance(x, y, limit: limit) } }
  }

  /// Over UTF-8 bytes, with its three rows on the stack: a typo is compared with every known word
  /// of about its length.
  static func distance(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>, limit: Int) -> Int {
    if abs(x.count - y.count) > limit { return limit + 1 }
    if x.isEmpty { return y.count }
    if y.isEmpty { return x.count }
    let width = y.count + 1
    return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * width) { rows in
      var previous2 = rows.baseAddress!, previous = previous2 + width, current = previous + width
      for j in 0..<width {
        previous2[j] = 0
        previous[j] = j
        current[j] = 0
      }
      for i in 1...x.count {
        current[0] = i
        var rowMin = i
        for j in 1...y.count {
          let cost = x[i - 1] == y[j - 1] ? 0 : 1
          var d = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
          if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] { d = min(d, previous2[j - 2] + 1) }
          current[j] = d
          rowMin = min(rowMin, d)
        }
        if rowMin > limit { return limit + 1 }
        (previous2, previous, current) = (previous, current, previous2)
      }
      return previous[y.count]
    }
  }

  /// For two sequences of the same length, whether `distance` is exactly one: one position
  /// differs, or two neighbouring ones are swapped (an insertion or deletion would change the
  /// length). No allocation, for checks run against many words.
  public static func isOneSubstitutionOrSwap(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    precondition(a.count == b.count)
    var first = -1
    for i in a.indices where a[i] != b[i] {
      if first < 0 {
        first = i
      } else {
        // A second difference: only a swap with the first, and nothing after it.
        guard i == first + 1, a[first] == b[i], a[i] == b[first] else { return false }
        return a[(i + 1)...] == b[(i + 1)...]
      }
    }
    return first >= 0
  }

  /// How many edits a word of this length may contain and still count as a typo of a known word:
  /// none under four letters, then one, two from seven letters, three from eleven.
  public static func budget(forLength n: Int) -> Int {
    switch n {
    case ..<4: return 0
    case 4...6: return 1
    case 7...10: return 2
    default: return 3
    }
  }

  package static let keyboardRows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]

  /// Whether two letters sit next to each other on a QWERTY keyboard (a likely slip of a finger).
  public static func adjacentKeys(_ a: Character, _ b: Character) -> Bool {
    func position(_ c: Character) -> (Int, Int)? {
      for (r, row) in keyboardRows.enumerated() {
        if let i = row.firstIndex(of: c) { return (r, row.distance(from: row.startIndex, to: i)) }
      }
      return nil
    }
    guard let p = position(a), let q = position(b) else { return false }
    return abs(p.0 - q.0) <= 1 && abs(p.1 - q.1) <= 1
  }

  /// Whether `typed` is a plausible typo of `word`: one letter missing, doubled or extra, two
  /// letters swapped, or one letter replaced by a neighbouring key. A replacement by a distant
  /// key is more often a different word (conduit, conduct).
  public static func isLikelyTypo(_ typed: String, of word: String) -> Bool {
    let a = Array(typed), b = Array(word)
    guard a.count == b.count else { return distance(typed, word, limit: 1) == 1 }
    let diffs = (0..<a.count).filter { a[$0] != b[$0] }
    if diffs.count == 1 { return adjacentKeys(a[diffs[0]], b[diffs[0]]) }
    return diffs.count == 2 && diffs[1] == diffs[0] + 1 && a[diffs[0]] == b[diffs[1]] && a[diffs[1]] == b[diffs[0]]
  }
}
