import SilkRoadCore
import Testing

@testable import SilkRoadKit

/// The timeline module alone: the dated statements of a period, in order.
@Suite struct TimelineAnswerTests {
  func propose(_ text: String) -> Proposal? { TimelineAnswer().propose(Stages.context(text)) }

  /// In date order; a sentence that already says its date is not prefixed with it.
  @Test func year_listsItsEventsInOrder() throws {
    let p = try #require(propose("What happened in 2016?"))
    #expect(p.score == 1.2)
    #expect(p.answer.facts == ["military-base", "border-post"])
    #expect(
      p.answer.lines.map(\.text) == [
        "2016: China built a military base near the Afghan border.", "In August 2016 China opened a border post in Xinjiang.",
      ])
  }

  @Test func monthOfAYear() throws {
    #expect(try #require(propose("What happened in May 2019?")).answer.facts == ["general-visit"])
  }

  /// Events come before other dated facts of the same date, and earlier dates first.
  @Test func eventsLeadTheirDate() throws {
    let facts = try #require(propose("What happened in 2019?")).answer.facts
    #expect(facts.first == "safe-city-uz")
    #expect(facts.last == "general-visit")
    #expect(Set(facts) == ["safe-city-uz", "debt-kg", "debt-tj", "debt-kz", "general-visit"])
  }

  @Test func namedCountry_narrowsTheYear() throws {
    #expect(try #require(propose("What happened in 2019 in Uzbekistan?")).answer.facts == ["safe-city-uz"])
  }

  /// A period is not an event of its first or last year.
  @Test func periods_areNotEventsOfAYear() {
    #expect(propose("What happened in 2003?") == nil)
  }

  /// "The timeline of X": the dated statements about X.
  @Test func timelineOfATopic() throws {
    let p = try #require(propose("Timeline of the border"))
    #expect(p.answer.facts == ["military-base", "border-post"])
  }

  @Test func figureQuestionWithAYear_isNoTimeline() {
    #expect(propose("How much did Uzbekistan trade in 2018?") == nil)
    #expect(propose("Why did Kyrgyzstan borrow?") == nil)
  }
}
