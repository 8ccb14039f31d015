import Testing

@testable import SilkRoadCore

/// How typed words become terms, and which terms the knowledge knows.
@Suite struct VocabularyTests {
  let v = Fixtures.Region.index.vocabulary

  @Test func term_isTheStemMappedToItsSynonymGroup() {
    #expect(v.term("owed") == "debt")
    #expect(v.term("owes") == "debt")
    #expect(v.term("dollars") == "money")
    #expect(v.term("drills") == "exercis")
    #expect(v.term("roads") == "road")
    #expect(v.terms("Kyrgyzstan's commerce") == ["kyrgyzstan", "trad"])
  }

  /// Known terms are what the knowledge uses, stop words excepted; synonym heads are known even
  /// when only another word of their group is used.
  @Test func known_isTheKnowledgesOwnWords() {
    #expect(v.known.isSuperset(of: ["debt", "road", "institut", "station", "money", "percent"]))
    #expect(v.known.isDisjoint(with: v.stopTerms))
    #expect(!v.known.contains("tourist"))
    #expect(v.isStop("th") && v.isStop("of") && !v.isStop("debt"))
  }

  /// Typos are corrected only to known words of five letters or more, never to numbers, each
  /// under its length.
  @Test func correctable_areLongKnownWordsByLength() {
    let all = v.correctableByLength.flatMap { length, words in words.map { (length, $0) } }
    #expect(!all.isEmpty)
    for (length, word) in all {
      #expect(word.count == length && length >= 5, "\(word)")
      #expect(v.known.contains(word), "\(word)")
      #expect(word.first?.isNumber == false, "\(word)")
    }
    #expect(v.correctableByLength[8]?.contains("institut") == true)
    #expect(!all.contains { $0.1 == "road" || $0.1 == "14000" })
  }

  /// Everyday words are kept apart from the knowledge's words, as stems.
  @Test func genericTerms_areStems() {
    #expect(v.genericTerms.contains("matter"))
    #expect(v.genericTerms.contains(Stemmer.stem("issue")))
  }
}
