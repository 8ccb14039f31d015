import SilkRoadCore
import Testing

@testable import SilkRoadKit

/// The tokens stage alone: words, capitals, stems and terms, clause start, follow-up openings.
@Suite struct QuestionWordsTests {
  let index = Fixtures.Region.index
  var roles: WordRoles { index.knowledge.parts.wordRoles }
  var openings: [[String]] { index.phrases.followUpOpenings }

  func words(_ text: String) -> QuestionWords { QuestionWords(text, vocabulary: index.vocabulary, roles: roles) }

  @Test func tokens_areLowerCased_andRememberWhichWereCapitalised() {
    let w = words("How much does Kyrgyzstan owe China?")
    #expect(w.tokens == ["how", "much", "does", "kyrgyzstan", "owe", "china"])
    #expect(w.capitalized == [true, false, false, true, false, true])
    #expect(w.used == Array(repeating: false, count: 6))
  }

  /// Terms are stems mapped through the synonym groups: "owed" and "debt" meet, so do
  /// "dollars" and "money"; a word in no group keeps its stem.
  @Test func terms_areStemsMappedThroughSynonyms() {
    let w = words("Kyrgyzstan owed dollars for roads")
    #expect(w.stems == ["kyrgyzstan", "ow", "dollar", "for", "road"])
    #expect(w.terms == ["kyrgyzstan", "debt", "money", "for", "road"])
  }

  @Test func clauseStart_isTheFirstOpenerAfterTheThirdWord() {
    #expect(words("How much did Kyrgyzstan borrow while Kazakhstan traded?").clauseStart == 5)
    // An opener among the first three words starts the question, not a subordinate clause.
    let early = words("How much since Kyrgyzstan borrowed?")
    #expect(early.clauseStart == early.count)
    let opening = words("While Kyrgyzstan borrowed, who lent?")
    #expect(opening.clauseStart == opening.count)
  }

  /// "since 2016" is a time, not a clause; "since the war" is a clause.
  @Test func clauseStart_skipsAnOpenerFollowedByAYear() {
    let time = words("How much trade was there since 2016?")
    #expect(time.clauseStart == time.count)
    #expect(words("How much trade was there since the war began?").clauseStart == 5)
  }

  @Test func year_isFourDigitsBetween1900And2100() {
    #expect(QuestionWords.year("1900") == 1900)
    #expect(QuestionWords.year("2100") == 2100)
    #expect(QuestionWords.year("2019") == 2019)
    for notAYear in ["1899", "2101", "20190", "201", "2o19", "-201", "14000"] {
      #expect(QuestionWords.year(notAYear) == nil, "\(notAYear)")
    }
  }

  @Test func unused_leavesOutWordsAStageHasTaken() {
    var w = words("How much does Kyrgyzstan owe?")
    #expect(w.unused == [0, 1, 2, 3, 4])
    w.used[1] = true
    w.used[3] = true
    #expect(w.unused == [0, 2, 4])
  }

  /// A follow-up opens with whole words of an opener: "and", "what about", "how about".
  @Test func opensLikeFollowUp_matchesWholeOpeningWords() {
    #expect(words("and Tajikistan?").opensLikeFollowUp(openings))
    #expect(words("What about 2013?").opensLikeFollowUp(openings))
    #expect(words("how about Kazakhstan").opensLikeFollowUp(openings))
    #expect(!words("Andorra?").opensLikeFollowUp(openings))
    #expect(!words("What is the debt and the trade?").opensLikeFollowUp(openings))
    #expect(!words("What is about 2013?").opensLikeFollowUp(openings))
  }
}
