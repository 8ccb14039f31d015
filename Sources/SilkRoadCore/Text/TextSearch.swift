extension String {
  /// Whether `part` occurs in this string, byte for byte. The standard `contains` compares
  /// characters, which costs far more, and a declined question's suggestions test every
  /// measure's question template; the knowledge's texts are in one normal form, so bytes agree
  /// where characters do.
  package func containsBytes(of part: String) -> Bool {
    let text = Array(utf8), part = Array(part.utf8)
    guard part.count <= text.count else { return false }
    return (0...(text.count - part.count)).contains { text[$0..<($0 + part.count)].elementsEqual(part) }
  }
}
