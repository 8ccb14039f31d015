import SilkRoadCore
import Testing

@testable import SilkRoadKit

/// Typo correction alone: names, ordinary words and little words, against the knowledge's own
/// vocabulary.
@Suite struct SpellingTests {
  let spelling = Spelling(index: Fixtures.Region.index)

  func stem(_ word: String) -> String { Stemmer.stem(word) }

  @Test func names_withinTheTypoBudget_areFound() {
    #expect(spelling.entities(near: stem("kyrgystan")) == ["kyrgyzstan"])
    #expect(spelling.entities(near: stem("kazakstan")) == ["kazakhstan"])
    // Two edits in ten letters are still within budget.
    #expect(spelling.entities(near: stem("kirgizstan")) == ["kyrgyzstan"])
    // The first two letters swapped.
    #expect(spelling.entities(near: stem("ykrgyzstan")) == ["kyrgyzstan"])
  }

  @Test func names_beyondTheBudget_orTooShort_areNotGuessed() {
    #expect(spelling.entities(near: stem("krgzstn")) == [])
    // Under four letters there is no budget: "tjk" is not Tajik.
    #expect(spelling.entities(near: "tjk") == [])
    #expect(spelling.entities(near: stem("banana")) == [])
  }

  /// A slip equally close to two names is ambiguous: both, in the knowledge's order.
  @Test func ambiguousSlip_givesEveryClosestName() {
    #expect(spelling.entities(near: stem("sinopholes")) == ["sinophiles", "sinophobes"])
    #expect(spelling.entities(near: stem("sinophils")) == ["sinophiles"])
  }

  @Test func ordinaryWord_oneEditAway_isCorrected() {
    #expect(spelling.word(near: Stemmer.stem("instiutes")) == "institut")
    #expect(spelling.word(near: "staton") == "station")
    // A neighbouring key (m for n) is a slip of the finger.
    #expect(spelling.word(near: "statiom") == "station")
  }

  /// Short words are too often one edit from another real word; a far key is another word.
  @Test func ordinaryWord_tooShortOrAFarKey_isNotCorrected() {
    #expect(spelling.word(near: "powre") == nil)
    #expect(spelling.word(near: "stavion") == nil)
    #expect(spelling.word(near: "stxxion") == nil)
  }

  /// Two known words one likely edit away ("conttact": contract, contact): the more frequent wins.
  @Test func ordinaryWord_equallyCloseToTwo_takesTheMoreFrequent() throws {
    func fact(_ n: Int, _ text: String) -> String {
      #"{"id": "extra-\#(n)", "kind": "claim", "about": ["china"], "text": "\#(text)", "citation": {"section": "Debt", "paragraph": 1}}"#
    }
    let contracts = try Fixtures.Region.index(
      adding: [
        fact(1, "A contract was signed."), fact(2, "The contract ran out."), fact(3, "A third contract."), fact(4, "One contact met."),
      ].joined(separator: ", "))
    #expect(Spelling(index: contracts).word(near: "conttact") == "contract")
    let contacts = try Fixtures.Region.index(
      adding: [
        fact(1, "A contact was made."), fact(2, "The contact left."), fact(3, "A third contact."), fact(4, "One contract signed."),
      ].joined(separator: ", "))
    #expect(Spelling(index: contacts).word(near: "conttact") == "contact")
  }

  /// A short unknown word one swap or letter from a stop word of its length is that stop word.
  @Test func slipsOfStopWords_areRecognised() {
    for slip in ["dose", "waht", "teh", "hwo", "shuold"] { #expect(spelling.isSlipOfStopword(slip), "\(slip)") }
    for word in ["ot", "zebra", "roads", "dosage"] { #expect(!spelling.isSlipOfStopword(word), "\(word)") }
  }
}
