extension Array where Element: Equatable {
  /// Appends `item` unless the list holds it already: a list of distinct items, for the handful a
  /// question holds, where comparing is cheaper than hashing into a set.
  @inlinable package mutating func appendIfNew(_ item: Element) {
    if !contains(item) { append(item) }
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
