import Testing

@testable import SilkRoadCore
@testable import SilkRoadKit

@Suite struct TextTests {
  @Test func stemmer_verbForms_shareOneStem() {
    let forms = ["owe", "owes", "owed", "owing"].map(Stemmer.stem)
    #expect(Set(forms).count == 1)
    #expect(Stemmer.stem("exercises") == Stemmer.stem("exercise"))
    #expect(Stemmer.stem("countries") == Stemmer.stem("country"))
    #expect(Stemmer.stem("gas") == "gas")
  }

  @Test func fold_removesDiacriticsAndTypography() {
    #expect(TextNormalizer.fold("Ürümqi") == "urumqi")
    #expect(TextNormalizer.fold("China’s “Pax Sinica” — 2020") == "china's \"pax sinica\" - 2020")
  }

  @Test func tokenizer_keepsNumbersDropsPossessive() {
    #expect(Tokenizer.tokens("Kazakhstan's 14,000 students, $1.7 billion.") == ["kazakhstan", "14000", "students", "1.7", "billion"])
    #expect(Tokenizer.tokens("Nur-Sultan") == ["nur", "sultan"])
    #expect(Tokenizer.tokens("Ürümqi") == ["urumqi"])
  }

  @Test func editDistance_countsTranspositionAsOne() {
    #expect(EditDistance.distance("instiutes", "institutes") == 1)
    #expect(EditDistance.distance("kyrgystan", "kyrgyzstan") == 1)
    #expect(EditDistance.distance("abc", "xyz") == 3)
    #expect(EditDistance.budget(forLength: 3) == 0)
  }

  /// Against a plain reference (optimal string alignment, whole table, no early exit) for every
  /// pair of words up to four letters over a small alphabet, under every limit.
  @Test func editDistance_matchesReferenceUnderEveryLimit() {
    func reference(_ a: [UInt8], _ b: [UInt8]) -> Int {
      var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
      for i in 0...a.count { d[i][0] = i }
      for j in 0...b.count { d[0][j] = j }
      for i in stride(from: 1, through: a.count, by: 1) {
        for j in stride(from: 1, through: b.count, by: 1) {
          d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
          if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
        }
      }
      return d[a.count][b.count]
    }
    var words: [[UInt8]] = [[]]
    var layer: [[UInt8]] = [[]]
    for _ in 0..<4 {
      layer = layer.flatMap { w in Array("abc".utf8).map { w + [$0] } }
      words += layer
    }
    for a in words {
      for b in words {
        let expected = reference(a, b)
        let (s, t) = (String(decoding: a, as: UTF8.self), String(decoding: b, as: UTF8.self))
        #expect(EditDistance.distance(s, t) == expected, "\(s) \(t)")
        for limit in 0...3 {
          // Within the limit, exact; beyond it, only known to be beyond.
          let d = EditDistance.distance(s, t, limit: limit)
          #expect(expected <= limit ? d == expected : d > limit, "\(s) \(t) limit \(limit)")
        }
      }
    }
  }

  /// Checked against the full distance for every pair of equal-length words over a small alphabet.
  @Test func oneSubstitutionOrSwap_agreesWithDistance() {
    for length in 1...4 {
      var words: [[UInt8]] = [[]]
      for _ in 0..<length { words = words.flatMap { w in Array("abc".utf8).map { w + [$0] } } }
      for a in words {
        for b in words {
          let expected = EditDistance.distance(String(decoding: a, as: UTF8.self), String(decoding: b, as: UTF8.self), limit: 1) == 1
          #expect(EditDistance.isOneSubstitutionOrSwap(a, b) == expected, "\(a) \(b)")
        }
      }
    }
  }

  @Test func numbers_formatAndWords() {
    #expect(NumberText.format(14000) == "14,000")
    #expect(NumberText.format(1.7) == "1.7")
    #expect(NumberText.format(8.2000000001, places: 2) == "8.2")
    #expect(NumberText.words(45) == "forty-five")
    #expect(NumberText.words(16) == "sixteen")
  }
}
