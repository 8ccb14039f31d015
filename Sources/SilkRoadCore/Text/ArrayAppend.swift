extension Array where Element: Equatable {
  /// Appends `item` unless the list holds it already: a list of distinct items, for the handful a
  /// question holds, where comparing is cheaper than hashing into a set.
  @inlinable package mutating func appendIfNew(_ item: Element) {
    if !contains(item) { append(item) }
  }
}
