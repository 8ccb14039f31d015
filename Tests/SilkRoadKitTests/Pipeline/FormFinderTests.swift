import SilkRoadCore
import Testing

@testable import SilkRoadKit

/// The forms stage alone, on the words as the tokens stage left them.
@Suite struct FormFinderTests {
  let index = Fixtures.Region.index

  func found(_ text: String, prepare: (inout QuestionWords) -> Void = { _ in }) -> (Query, QuestionWords) {
    var (q, words) = Stages.run(text, through: .words)
    prepare(&words)
    FormFinder(index: index).find(&q, &words)
    return (q, words)
  }

  /// "what is the value" asks how much; "what is", its first two words, would ask what something is.
  @Test func find_takesTheLongestPhrase() {
    let (q, words) = found("What is the value of Kyrgyzstan's debt?")
    #expect(q.forms == [.howMuch])
    #expect(Array(words.used.prefix(5)) == [true, true, true, true, false])
  }

  /// "does" asks yes or no only when it opens the question.
  @Test func openingOnlyForms_countOnlyAtTheStart() {
    #expect(found("Does Kyrgyzstan owe China?").0.forms == [.yesNo])
    #expect(found("How much does Kyrgyzstan owe China?").0.forms == [.howMuch])
    #expect(found("Hello").0.forms == [.greeting])
    #expect(found("Kyrgyzstan, hello").0.forms == [])
  }

  /// Words of a form that asks for a quantity ("what *share*") may name a measure; words of
  /// other forms ("why") may not.
  @Test func quantityFormWords_mayNameAMeasure_otherFormWordsMayNot() {
    let (share, shareWords) = found("What share does Tajikistan owe?")
    #expect(share.measureFormTerms == ["what", "percent"])
    #expect(Array(shareWords.formOnly.prefix(2)) == [false, false])
    let (why, whyWords) = found("Why does Kyrgyzstan owe?")
    #expect(why.forms == [.why])
    #expect(why.formTerms == ["why"])
    #expect(why.measureFormTerms == [])
    #expect(whyWords.formOnly == [true, false, false, false])
  }

  @Test func find_skipsWordsAnEarlierStageUsed() {
    #expect(found("What year did it start?").0.forms == [.when])
    #expect(found("What year did it start?") { $0.used[1] = true }.0.forms == [])
  }

  @Test func find_recordsEachFormOnce_inTheOrderFound() {
    let (q, _) = found("Why, and why again, how much?")
    #expect(q.forms == [.why, .howMuch])
    #expect(q.formTerms == ["why", "why", "how", "much"])
  }
}
