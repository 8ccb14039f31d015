import SilkRoadCore
import Testing

@testable import SilkRoadKit

/// The ranking module alone: most and least over comparable figures of one measure.
@Suite struct RankingAnswerTests {
  func propose(_ text: String, index: KnowledgeIndex = Fixtures.Region.index) -> Proposal? {
    RankingAnswer().propose(Stages.context(text, index: index))
  }

  func ask(_ q: String) -> Answer { Conversation(knowledge: try! Fixtures.knowledge()).ask(q) }

  @Test func ranking_putsBoundAboveSmallerExactValue() {
    let a = ask("Which country has the highest debt to China as a share of GDP?")
    #expect(a.intent == "ranking")
    #expect(a.lines.first?.text.hasPrefix("Highest: Kyrgyzstan, with greater than 20%") == true, "\(a.text)")
    #expect(a.text.contains("greater than 20%"))
    #expect(!a.text.contains(" 20.0"))
  }

  @Test func most_ranksFromTheTop() throws {
    let p = try #require(propose("Which country has the most joint exercises?"))
    #expect(p.score == 1.5)
    #expect(p.answer.facts == ["ex-tj", "ex-kg", "ex-kz"])
    #expect(p.answer.lines.first?.text == "Highest: Tajikistan, with 7 exercises (joint military exercises, 2003–2016).")
    #expect(p.answer.lines.map(\.text).contains("3. Kazakhstan: 3 exercises"))
  }

  @Test func least_ranksFromTheBottom() throws {
    let p = try #require(propose("Which country has the least joint exercises?"))
    #expect(p.answer.facts == ["ex-kz", "ex-kg", "ex-tj"])
    #expect(p.answer.lines.first?.text.hasPrefix("Lowest: Kazakhstan, with 3 exercises") == true)
  }

  /// "Greater than 20%" ranks above 16.9%, is printed as the source gives it, and says so.
  @Test func bound_ranksByItsBound() throws {
    let p = try #require(propose("Which country has the highest debt to China as a share of GDP?"))
    #expect(p.answer.facts == ["gdp-kg", "gdp-tj", "gdp-kz"])
    #expect(p.answer.lines.map(\.text).contains("Figures given only as a bound are ranked by that bound and shown as the source gives them."))
  }

  /// Naming two subjects ranks those two only.
  @Test func namedSubjects_narrowTheField() throws {
    #expect(try #require(propose("Which of Kyrgyzstan and Kazakhstan has the most joint exercises?")).answer.facts == ["ex-kg", "ex-kz"])
  }

  /// Only figures of the year asked: in 2013 there is one, which is no ranking.
  @Test func yearAsked_keepsOnlyItsFigures() throws {
    #expect(try #require(propose("Which country had the most trade in 2018?")).answer.facts == ["trade-kz", "trade-uz"])
    #expect(propose("Which country had the most trade in 2013?") == nil)
  }

  @Test func tie_namesBoth() throws {
    let index = try Fixtures.Region.index(
      adding: """
        {"id": "ex-uz", "kind": "figure", "about": ["uzbekistan", "china"], "measure": "joint-exercises", "value": 7, "time": "2003/2016",
         "text": "China held 7 joint exercises with Uzbekistan.", "citation": {"section": "Security", "paragraph": 2}}
        """)
    let p = try #require(propose("Which country has the most joint exercises?", index: index))
    #expect(p.answer.lines.first?.text == "Highest: Tajikistan and Uzbekistan, with 7 exercises each (joint military exercises, 2003–2016).")
  }

  @Test func noSuperlative_noRanking() {
    #expect(propose("How many joint exercises did China have with Tajikistan?") == nil)
    #expect(propose("Which country has the most tourists?") == nil)
  }
}
