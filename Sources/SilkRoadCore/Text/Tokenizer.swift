/// Splits folded text into word and number tokens.
///
/// A possessive `'s` is dropped (China's → china); hyphens and other punctuation separate words
/// (Nur-Sultan → nur, sultan); a decimal point or thousands comma inside a number is kept
/// (14,000 → 14000, 1.7 → 1.7).
public enum Tokenizer {
  public static func tokens(_ text: String) -> [String] { words(TextNormalizer.fold(text)) }

  /// Tokens with whether each began with a capital letter as typed (a hint that it is a name).
  public static func tokensWithCase(_ text: String) -> [(token: String, capitalized: Bool)] {
    words(TextNormalizer.fold(text, lowercase: false)).map { w in
      (w.lowercased(), w.unicodeScalars.first?.properties.isUppercase ?? false)
    }
  }

  /// The words of already folded text, by the rules above.
  package static func words(_ folded: String) -> [String] {
    let units = Array(folded.unicodeScalars)
    var words: [String] = []
    var word = String.UnicodeScalarView()
    func flush() {
      if !word.isEmpty { words.append(String(word)) }
      word = String.UnicodeScalarView()
    }
    var i = 0
    while i < units.count {
      let c = units[i]
      let next = i + 1 < units.count ? units[i + 1] : nil
      if isWordPart(c) {
        word.append(c)
      } else if c == "." || c == ",", word.last.map(isDigit) == true, next.map(isDigit) == true, isNumber(word) {
        if c == "." { word.append(c) }  // a decimal point stays, a thousands comma goes
      } else if c == "'" {
        if next == "s", i + 2 >= units.count || !isWordPart(units[i + 2]) { i += 1 }  // possessive: drop the 's
        flush()
      } else {
        flush()
      }
      i += 1
    }
    flush()
    return words
  }

  static func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }
  static func isWordPart(_ c: Unicode.Scalar) -> Bool {
    c.isASCII ? isDigit(c) || ("a"..."z").contains(c) || ("A"..."Z").contains(c) : c.properties.isAlphabetic
  }
  /// Digits and decimal points only: a number so far.
  static func isNumber(_ word: String.UnicodeScalarView) -> Bool { word.allSatisfy { isDigit($0) || $0 == "." } }
}
