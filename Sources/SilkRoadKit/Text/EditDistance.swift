/// Damerau–Levenshtein distance (optimal string alignment): a swap of two neighbouring letters
/// costs one edit, as typists make them ("instiutes").
public enum EditDistance {
  public static func distance(_ a: String, _ b: String, limit: Int = .max) -> Int {
    let x = Array(a.utf8), y = Array(b.utf8)
    if abs(x.count - y.count) > limit { return limit + 1 }
    if x.isEmpty { return y.count }
    if y.isEmpty { return x.count }
    var previous2 = [Int](repeating: 0, count: y.count + 1)
    var previous = Array(0...y.count)
    var current = [Int](repeating: 0, count: y.count + 1)
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
      swap(&previous2, &previous)
      swap(&previous, &current)
    }
    return previous[y.count]
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
}
