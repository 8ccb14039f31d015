import SilkRoadCore
import Testing

@testable import SilkRoadKit

/// The figure module alone: what it proposes for a question that asks for a figure, and that it
/// proposes nothing for one it cannot answer.
@Suite struct FigureAnswerTests {
  func propose(_ text: String, index: KnowledgeIndex = Fixtures.Region.index) -> Proposal? {
    FigureAnswer().propose(Stages.context(text, index: index))
  }

  func ask(_ q: String) -> Answer { Conversation(knowledge: try! Fixtures.knowledge()).ask(q) }

  @Test func figure_answersWithValueAndCitation() {
    let a = ask("How much does Kyrgyzstan owe China?")
    #expect(a.status == .answered)
    #expect(a.text.contains("$1.7 billion"))
    #expect(a.citations == [Citation(section: "Debt", paragraph: 1)])
  }

  @Test func askedFigure_isProposed_withItsCitation() throws {
    let p = try #require(propose("How much does Tajikistan owe China?"))
    #expect(p.intent == "figure")
    #expect(p.score >= Answerer.threshold)
    #expect(p.answer.facts == ["debt-tj"])
    #expect(p.answer.lines == [Answer.Line("Tajikistan owes China $1.2 billion.", citations: [Citation(section: "Debt", paragraph: 1)])])
  }

  /// The figure in the unit asked: a share, not the sum.
  @Test func unitAsked_choosesTheFigure() throws {
    #expect(try #require(propose("What share of its GDP does Tajikistan owe?")).answer.facts == ["gdp-tj"])
    #expect(try #require(propose("How much money does Kazakhstan owe?")).answer.facts == ["debt-kz"])
  }

  /// Related facts follow the figure (at most two).
  @Test func relatedFacts_follow() throws {
    #expect(try #require(propose("How much does Kyrgyzstan owe China?")).answer.facts == ["debt-kg", "gdp-kg"])
  }

  /// The same figure at other times is shown with it, unless a year is asked.
  @Test func sameFigureAtOtherTimes_isShown_unlessAYearIsAsked() throws {
    let index = try Fixtures.Region.index(
      adding: """
        {"id": "debt-kg-2017", "kind": "figure", "about": ["kyrgyzstan", "china"], "measure": "debt-to-china", "value": 1.5, "scale": "billion",
         "time": "2017", "topics": ["debt"], "text": "Kyrgyzstan owed China $1.5 billion in 2017.", "citation": {"section": "Debt", "paragraph": 1}}
        """)
    let all = try #require(propose("How much does Kyrgyzstan owe China?", index: index)).answer.facts
    #expect(all.contains("debt-kg") && all.contains("debt-kg-2017"))
    let one = try #require(propose("How much did Kyrgyzstan owe China in 2017?", index: index)).answer.facts
    #expect(one.first == "debt-kg-2017")
    #expect(!one.contains("debt-kg"))
  }

  /// Figures that disagree are shown together, who gives which, with the gap.
  @Test func conflictingFigures_areShownWithTheGap() throws {
    let p = try #require(propose("How much gas does Turkmenistan sell to China?"))
    #expect(p.answer.facts == ["gas-tm-cn", "gas-tm-tm"])
    #expect(p.answer.lines.first?.text == "The source gives different figures for this, depending on who counts:")
    #expect(p.answer.lines.contains { $0.text.hasPrefix("• 35 bcm (according to Turkmenistan).") })
    #expect(p.answer.lines.last?.text == "Gap: 35 − 31.6 = 3.4 bcm; ratio: 35 ÷ 31.6 = 1.1.")
  }

  /// No figure names the country asked about: nothing is proposed, not another country's figure.
  @Test func figureOfAnotherSubject_isNotProposed() {
    #expect(propose("How much does Uzbekistan owe China?") == nil)
    #expect(propose("How many joint exercises did China have with Uzbekistan?") == nil)
  }

  /// A figure answers only when its subject is named: "how much is owed" names no one.
  @Test func figureWhoseSubjectIsNotNamed_isNotProposed() {
    #expect(propose("How much is owed?") == nil)
    #expect(propose("How many students are there?") == nil)
    #expect(propose("How many students are there in Kazakhstan?")?.answer.facts == ["students-kz"])
  }

  @Test func questionsThatWantNoFigure_getNone() {
    // A date, a reason or no measure at all.
    #expect(propose("When did Kyrgyzstan owe China?") == nil)
    #expect(propose("Why does Kyrgyzstan owe China?") == nil)
    #expect(propose("Tell me about Huawei") == nil)
    // "owe" names both debt measures; the share is not offered for money, nor the sum for a share.
    #expect(propose("How much money does Kazakhstan owe?")?.answer.facts.contains("gdp-kz") == false)
    #expect(propose("What share does Kazakhstan owe?")?.answer.facts.contains("debt-kz") == false)
  }
}
