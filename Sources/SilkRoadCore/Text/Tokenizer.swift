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

  /// How many tokens `tokens(text)` gives, without making them (for ASCII text, which case does
  /// not split differently, by a scan of its bytes).
  public static func count(_ text: String) -> Int {
    guard isASCII(text) else { return tokens(text).count }
    var n = 0
    scanASCII(text) { _ in n += 1 }
    return n
  }

  package static func isASCII(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      var all: UInt8 = 0
      for b in bytes { all |= b }
      return all < 0x80
    }
  }

  /// Tokens with whether each began with a capital letter as typed (a hint that it is a name).
  public static func tokensWithCase(_ text: String) -> [(token: String, capitalized: Bool)] {
    if isASCII(text) {
      // The common case, by bytes: no folding, and case is a range of byte values, so each word
      // is lower-cased as it is made.
      var result: [(token: String, capitalized: Bool)] = []
      // Room for a word per four bytes: one allocation for a question instead of four or five.
      result.reserveCapacity(text.utf8.count / 4 + 1)
      scanASCII(text) { word in
        let token = String(unsafeUninitializedCapacity: word.count) { out in
          for (i, b) in word.enumerated() { out[i] = b >= 65 && b <= 90 ? b | 0x20 : b }
          return word.count
        }
        result.append((token, word[0] >= 65 && word[0] <= 90))
      }
      return result
    }
    return words(TextNormalizer.fold(text, lowercase: false)).map { w in
      (w.lowercased(), w.unicodeScalars.first.map { $0.properties.isUppercase } ?? false)
    }
  }

  static func isASCIILetter(_ c: UInt8) -> Bool { (c >= 97 && c <= 122) || (c >= 65 && c <= 90) }

  package static func words(_ folded: String) -> [String] {
    if isASCII(folded) { return asciiWords(folded) }
    var tokens: [String] = []
    folded.unicodeScalars.map(\.value).withUnsafeBufferPointer { scalars in
      scan(scalars, isLetter: { Unicode.Scalar($0)?.properties.isAlphabetic ?? false }) {
        tokens.append(String(String.UnicodeScalarView($0.compactMap(Unicode.Scalar.init))))
      }
    }
    return tokens
  }

  /// The common all-ASCII case over bytes (much faster than scalar properties).
  package static func asciiWords(_ text: String) -> [String] {
    var tokens: [String] = []
    scanASCII(text) { tokens.append(String(decoding: $0, as: UTF8.self)) }
    return tokens
  }

  /// `scan` over an ASCII text's own bytes, read in place.
  static func scanASCII(_ text: String, emit: (UnsafeBufferPointer<UInt8>) -> Void) {
    var text = text
    text.withUTF8 { bytes in scan(bytes, isLetter: isASCIILetter, emit: emit) }
  }

  /// The one set of rules, over UTF-8 bytes or Unicode scalar values (their ASCII codes agree):
  /// hands each word's units to `emit`, in order. The word is built in a scratch buffer as long
  /// as the text (on the stack for a question), so scanning allocates nothing.
  @inline(__always) package static func scan<C: FixedWidthInteger>(
    _ units: UnsafeBufferPointer<C>, isLetter: (C) -> Bool, emit: (UnsafeBufferPointer<C>) -> Void
  ) {
    func isDigit(_ c: C) -> Bool { c >= 48 && c <= 57 }
    func isWord(_ c: C) -> Bool { isDigit(c) || isLetter(c) }
    withUnsafeTemporaryAllocation(of: C.self, capacity: max(units.count, 1)) { current in
      var n = 0
      func flush() {
        if n > 0 { emit(UnsafeBufferPointer(rebasing: current[0..<n])) }
        n = 0
      }
      /// Whether the word so far is a number (digits and decimal points).
      func isNumberSoFar() -> Bool {
        for k in 0..<n where !isDigit(current[k]) && current[k] != 46 { return false }
        return true
      }
      var i = 0
      while i < units.count {
        let c = units[i]
        if isWord(c) {
          current[n] = c
          n += 1
        } else if c == 46 || c == 44, n > 0, isDigit(current[n - 1]), i + 1 < units.count, isDigit(units[i + 1]), isNumberSoFar() {
          if c == 46 {  // a decimal point stays, a thousands comma goes
            current[n] = c
            n += 1
          }
        } else if c == 39 {
          if i + 1 < units.count, units[i + 1] == 115, i + 2 >= units.count || !isWord(units[i + 2]) {
            i += 1  // possessive: drop the 's
          }
          flush()
        } else {
          flush()
        }
        i += 1
      }
      flush()
    }
  }
}
