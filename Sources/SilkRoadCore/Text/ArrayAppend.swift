extension Array where Element: Equatable {
  /// Appends `item` unless the list holds it already: a list of distinct items in the order met,
  /// which a set would not keep. (Inlinable, so that each module's uses are specialised.)
  @inlinable package mutating func appendIfNew(_ item: Element) {
    if !contains(item) { append(item) }
  }
}
