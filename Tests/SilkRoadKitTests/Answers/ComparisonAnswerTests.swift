import SilkRoadCore
import Testing

@testable import SilkRoadKit

/// The comparison module alone: several subjects, times or measures side by side.
@Suite struct ComparisonAnswerTests {
  func propose(_ text: String) -> Proposal? { ComparisonAnswer().propose(Stages.context(text)) }

  func ask(_ q: String) -> Answer { Conversation(knowledge: try! Fixtures.knowledge()).ask(q) }

  @Test func comparison_showsDifferenceArithmetic() {
    let a = ask("Compare Kyrgyzstan and Kazakhstan debt to China")
    #expect(a.intent == "comparison")
    #expect(a.text.contains("1.7 − 0.5 = $1.2 billion"))
  }

  @Test func twoCountries_sideBySide_withDifferenceAndRatio() throws {
    let p = try #require(propose("Compare Kyrgyzstan and Tajikistan debt to China"))
    #expect(p.intent == "comparison")
    #expect(p.score == 1.45)
    #expect(p.answer.facts == ["debt-kg", "debt-tj"])
    let texts = p.answer.lines.map(\.text)
    #expect(
      Array(texts.prefix(4)) == [
        "Debt to China:", "• Kyrgyzstan: $1.7 billion (2019)", "• Tajikistan: $1.2 billion (2019)",
        "Difference: 1.7 − 1.2 = $0.5 billion; ratio: 1.7 ÷ 1.2 = 1.4.",
      ])
    #expect(p.answer.lines.filter { $0.style == .chart }.count == 2)
  }

  @Test func oneSubject_atTwoTimes() throws {
    let p = try #require(propose("Compare trade with Uzbekistan in 2013 and 2018"))
    #expect(p.answer.facts == ["trade-uz-2013", "trade-uz"])
    #expect(p.answer.lines.map(\.text).prefix(3) == ["Trade with China:", "• 2013: $4.5 billion", "• 2018: $7.6 billion"])
  }

  @Test func total_addsUp() throws {
    let p = try #require(propose("How much do Kyrgyzstan and Tajikistan owe in total?"))
    #expect(p.answer.lines.map(\.text).contains("Together: 1.7 + 1.2 = $2.9 billion."))
  }

  /// A bound has no exact difference, and none is invented.
  @Test func bound_hasNoExactDifference() throws {
    let p = try #require(propose("Compare Kyrgyzstan and Tajikistan debt as a share of GDP"))
    let texts = p.answer.lines.map(\.text)
    #expect(texts.contains("No exact difference can be computed: the source gives Kyrgyzstan only as a bound."))
    #expect(!texts.contains { $0.hasPrefix("Difference") })
  }

  /// Two counts of the same trade are a conflict, not a comparison of countries.
  @Test func disagreeingStatistics_areAConflict() throws {
    let p = try #require(propose("Compare Turkmenistan's gas exports to China"))
    #expect(p.intent == "conflict")
    #expect(p.answer.facts == ["gas-tm-cn", "gas-tm-tm"])
  }

  /// Two names besides the background make a comparison when both are subjects of the measure.
  @Test func twoSubjectsOfTheMeasure_compareWithoutTheWord() throws {
    let p = try #require(propose("How much do Kyrgyzstan and Kazakhstan owe?"))
    #expect(p.score == 0.95)
    #expect(p.answer.facts == ["debt-kg", "debt-kz"])
  }

  @Test func nothingToCompare_proposesNothing() {
    // One country and the background subject.
    #expect(propose("How much does Kyrgyzstan owe China?") == nil)
    // A reason.
    #expect(propose("Why did Kyrgyzstan and Tajikistan borrow?") == nil)
    // Asked to compare, but only one of them has the figure.
    #expect(propose("Compare Kyrgyzstan and Uzbekistan debt") == nil)
  }
}
