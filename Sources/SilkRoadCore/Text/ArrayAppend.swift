extension Array where Element: Equatable {
  /// Appends `item` unless the list holds it already: a list of distinct items, for the handful a
  /// question holds, where comparing is cheaper than hashing into a set.
  @inlinable package mutating func appendIfNew(_ item: Element) {
    if !contains(item) { append(item) }
  }
}

extension Array {
  /// `count` copies of `value`, made in reserved room. (`Array(repeating:count:)` looks up the
  /// array's storage type at run time, a few hundred instructions, every time it is called; the
  /// question path makes such arrays for every question.)
  @inlinable package static func filled(with value: Element, count: Int) -> [Element] {
    var array: [Element] = []
    array.reserveCapacity(count)
    array.append(contentsOf: repeatElement(value, count: count))
    return array
  }
}

extension String {
  /// Equality that rules out a different length first. Two different strings make `==` call the
  /// standard library's out-of-line comparison; most of the words a question compares differ in
  /// length, and a string's length is kept in the string itself, so this settles them inline.
  @inlinable @inline(__always) package func sameText(_ other: String) -> Bool {
    utf8.count == other.utf8.count && self == other
  }
}

extension Array where Element == String {
  /// `contains`, comparing lengths first (see `String.sameText`): the question's short word lists
  /// are searched many times per question.
  @inlinable package func containsText(_ item: String) -> Bool {
    for x in self where x.sameText(item) { return true }
    return false
  }

  /// `appendIfNew` for words, comparing lengths first.
  @inlinable package mutating func appendIfNew(_ item: String) {
    if !containsText(item) { append(item) }
  }
}

/// A short list of distinct words with a 64-bit signature of their lengths and first letters, so
/// that asking for a word it lacks is usually settled by one bit test instead of comparing against
/// every word: the analyzer asks a question's dozen words about hundreds of measure terms.
package struct WordList: Sendable {
  package private(set) var words: [String] = []
  @usableFromInline var signature: UInt64 = 0

  package init(capacity: Int) { words.reserveCapacity(capacity) }

  @inlinable @inline(__always) static func bit(_ word: String) -> UInt64 {
    let first = UInt64(word.utf8.first ?? 0), length = UInt64(truncatingIfNeeded: word.utf8.count)
    return 1 << ((first &* 7 &+ length) & 63)
  }

  @inlinable @inline(__always) package func contains(_ word: String) -> Bool {
    Self.bit(word) & signature != 0 && words.containsText(word)
  }

  package mutating func appendIfNew(_ word: String) {
    let bit = Self.bit(word)
    if bit & signature != 0 && words.containsText(word) { return }
    signature |= bit
    words.append(word)
  }
}
