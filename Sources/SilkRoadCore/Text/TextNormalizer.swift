/// Folds text for matching: lower case, Latin diacritics removed (Ürümqi = urumqi), typographic
/// quotes and dashes made ASCII. Deliberately table-driven instead of Foundation's folding, which
/// would add start-up time the REPL and `ask` cannot afford.
public enum TextNormalizer {
  package static let folds: [Unicode.Scalar: String] = {
    var map: [Unicode.Scalar: String] = [:]
    let table: [(String, String)] = [
      ("àáâãäåāăą", "a"), ("çćĉċč", "c"), ("ďđ", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"), ("ĥħ", "h"),
      ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"), ("òóôõöøōŏő", "o"),
      ("ŕŗř", "r"), ("śŝşšș", "s"), ("ţťŧț", "t"), ("ùúûüũūŭůűų", "u"), ("ŵ", "w"), ("ýÿŷ", "y"),
      ("źżž", "z"), ("æ", "ae"), ("œ", "oe"), ("ß", "ss"), ("þ", "th"), ("ð", "d"), ("əә", "a"),
      ("‘’‚‛′`´", "'"), ("“”„‟″«»", "\""), ("‐‑‒–—―−", "-"), ("\u{00A0}\u{2009}\u{202F}", " "),
    ]
    for (chars, replacement) in table {
      for scalar in chars.unicodeScalars { map[scalar] = replacement }
    }
    return map
  }()

  /// Lower-cases and folds `text`; everything not in the table passes through unchanged.
  public static func fold(_ text: String, lowercase: Bool = true) -> String {
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return lowercase ? text.lowercased() : text }
    var out = String.UnicodeScalarView()
    for scalar in (lowercase ? text.lowercased() : text).unicodeScalars {
      if scalar.isASCII {
        out.append(scalar)
      } else if let replacement = folds[scalar] ?? folds[Unicode.Scalar(scalar.properties.lowercaseMapping) ?? scalar].map({ lowercase ? $0 : $0.uppercased() })
      {
        out.append(contentsOf: replacement.unicodeScalars)
      } else if scalar.properties.generalCategory == .nonspacingMark {
        continue
      } else {
        out.append(scalar)
      }
    }
    return String(out)
  }
}
