/// Splits folded text into word and number tokens.
///
/// A possessive `'s` is dropped (China's → china); hyphens and other punctuation separate words
/// (Nur-Sultan → nur, sultan); a decimal point or thousands comma inside a number is kept
/// (14,000 → 14000, 1.7 → 1.7).
public enum Tokenizer {
  public static func tokens(_ text: String) -> [String] {
    // ASCII text (nearly all of it) folds by lower-casing alone; check once, not twice.
    if isASCII(text) { return asciiWords(text.lowercased()) }
    return words(TextNormalizer.fold(text))
  }

  static func isASCII(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      var all: UInt8 = 0
      for b in bytes { all |= b }
      return all < 0x80
    }
  }

  /// Tokens with whether each began with a capital letter as typed (a hint that it is a name).
  public static func tokensWithCase(_ text: String) -> [(token: String, capitalized: Bool)] {
    words(TextNormalizer.fold(text, lowercase: false)).map { w in
      (w.lowercased(), w.unicodeScalars.first.map { $0.properties.isUppercase } ?? false)
    }
  }

  static func words(_ folded: String) -> [String] {
    if isASCII(folded) { return asciiWords(folded) }
    return unicodeWords(folded)
  }

  /// The same rules over bytes, for the common all-ASCII case (much faster than scalar properties).
  static func asciiWords(_ text: String) -> [String] {
    let b = Array(text.utf8)
    var tokens: [String] = []
    var current: [UInt8] = []
    func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
    func isWord(_ c: UInt8) -> Bool { isDigit(c) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) }
    func flush() {
      if !current.isEmpty { tokens.append(String(decoding: current, as: UTF8.self)) }
      current.removeAll(keepingCapacity: true)
    }
    var i = 0
    while i < b.count {
      let c = b[i]
      if isWord(c) {
        current.append(c)
      } else if (c == 46 || c == 44), let last = current.last, isDigit(last), i + 1 < b.count, isDigit(b[i + 1]),
        current.allSatisfy({ isDigit($0) || $0 == 46 })
      {
        if c == 46 { current.append(c) }
      } else if c == 39 {
        if i + 1 < b.count, b[i + 1] == 115, i + 2 >= b.count || !isWord(b[i + 2]) { i += 1 }
        flush()
      } else {
        flush()
      }
      i += 1
    }
    flush()
    return tokens
  }

  static func unicodeWords(_ folded: String) -> [String] {
    let scalars = Array(folded.unicodeScalars)
    var tokens: [String] = []
    var current = String.UnicodeScalarView()
    var i = 0
    func isWord(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic || ("0"..."9").contains(s) }
    func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }
    func flush() {
      if !current.isEmpty { tokens.append(String(current)) }
      current = String.UnicodeScalarView()
    }
    while i < scalars.count {
      let s = scalars[i]
      if isWord(s) {
        current.append(s)
      } else if (s == "." || s == ","), let last = current.last, isDigit(last), i + 1 < scalars.count,
        isDigit(scalars[i + 1]), current.allSatisfy({ isDigit($0) || $0 == "." })
      {
        if s == "." { current.append(s) }
      } else if s == "'" {
        if i + 1 < scalars.count, scalars[i + 1] == "s", i + 2 >= scalars.count || !isWord(scalars[i + 2]) {
          i += 1  // possessive: drop the 's
        }
        flush()
      } else {
        flush()
      }
      i += 1
    }
    flush()
    return tokens
  }
}
