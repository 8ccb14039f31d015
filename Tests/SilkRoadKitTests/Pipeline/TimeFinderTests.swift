import Testing

@testable import SilkRoadCore
@testable import SilkRoadKit

/// The times stage alone, with word roles given here rather than read from a knowledge base.
@Suite struct TimeFinderTests {
  let roles: WordRoles = {
    var r = WordRoles()
    let names = [
      ["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"], ["june", "jun"], ["july"],
      ["august", "aug"], ["september"], ["october"], ["november"], ["december"],
    ]
    for (i, month) in names.enumerated() { for name in month { r.months[name] = i + 1 } }
    r.pronouns = ["it", "they"]
    return r
  }()

  func found(_ text: String, prepare: (inout QuestionWords) -> Void = { _ in }) -> (Query, QuestionWords) {
    var (q, words) = Stages.run(text, through: .words)
    prepare(&words)
    TimeFinder(roles: roles).find(&q, &words)
    return (q, words)
  }

  @Test func years_areFoundInOrder_andTheirWordsUsed() {
    let (q, words) = found("Compare trade in 2013 and 2018")
    #expect(q.years == [2013, 2018])
    #expect(q.sinceYear == nil)
    #expect(words.used == [false, false, false, true, false, true])
  }

  /// Only "since" and "after" open a period; "in 2016" and "before 2016" do not.
  @Test func sinceYear_isSetBySinceAndAfter() {
    #expect(found("How much trade since 2016?").0.sinceYear == 2016)
    #expect(found("How much trade after 2016?").0.sinceYear == 2016)
    #expect(found("How much trade in 2016?").0.sinceYear == nil)
    #expect(found("How much trade before 2016?").0.sinceYear == nil)
  }

  /// A whole month name always counts; a short one ("mar", "may") only before a number.
  @Test func months_shortNamesOnlyBeforeANumber() {
    #expect(found("What happened in January?").0.months == [1])
    #expect(found("What happened in jan?").0.months == [])
    #expect(found("What happened in mar 2013?").0.months == [3])
    let (may, words) = found("What may happen in may 2019?")
    #expect(may.months == [5])
    #expect(may.years == [2019])
    #expect(words.used[1] == false && words.used[4] == true)
  }

  @Test func pronouns_pointBack() {
    #expect(found("How much does it owe?").0.hasPronoun)
    #expect(found("How much do they owe?").0.hasPronoun)
    #expect(!found("How much does Kyrgyzstan owe?").0.hasPronoun)
  }

  @Test func wordsUsedEarlier_areLeftAlone() {
    let (q, _) = found("Trade in 2013 and 2018") { $0.used[2] = true }
    #expect(q.years == [2018])
  }
}
