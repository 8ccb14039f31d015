import SilkRoadCore
import Testing

@testable import SilkRoadKit

/// What every module reads the facts through: values, amounts, questions, bounds.
@Suite struct MatchContextTests {
  let m = MatchContext(index: Fixtures.Region.index, query: Query(text: ""), ranked: [])

  func statement(_ id: String) -> Statement { Fixtures.Region.knowledge.statement(id: id)! }

  @Test func value_readsAsTheSourceGivesIt() {
    #expect(m.value(statement("debt-kg")) == "$1.7 billion")
    #expect(m.value(statement("gdp-kg")) == "greater than 20%")
    #expect(m.value(statement("gdp-kg"), withBound: false) == "20%")
    #expect(m.value(statement("students-kz")) == "14,000 students")
    #expect(m.value(statement("ex-tj")) == "7 exercises")
    #expect(m.value(statement("gas-tm-cn")) == "31.6 bcm")
    #expect(m.value(statement("why-kg")) == "")
  }

  @Test func absolute_appliesTheScale() {
    #expect(m.absolute(statement("debt-kg")) == 1.7e9)
    #expect(m.absolute(statement("gdp-tj")) == 16.9)
    #expect(m.absolute(statement("why-kg")) == nil)
  }

  @Test func formatLike_writesAnAmountInTheScaleAndUnitOfAFact() {
    #expect(m.formatLike(0.5e9, statement("debt-kg")) == "$0.5 billion")
    #expect(m.formatLike(3.1, statement("gdp-tj")) == "3.1 percentage points")
    #expect(m.formatLike(2, statement("ex-tj")) == "2 exercises")
  }

  @Test func direction_ofABound() {
    #expect(m.direction(statement("gdp-kg")) == 1)
    #expect(m.direction(statement("gdp-tj")) == 0)
  }

  /// A measure's question names its subject; one that would ask China about China is left out.
  @Test func question_fillsTheMeasuresTemplate() {
    #expect(m.question(measure: "debt-to-china", subject: "tajikistan") == "How much does Tajikistan owe China?")
    #expect(m.question(measure: "debt-to-china", subject: "china") == nil)
    #expect(m.question(measure: "china-exports", subject: "china") == nil)
  }

  @Test func unknownWords_areTheContentWordsTheSourceDoesNotKnow() {
    let asked = Stages.context("How many tourists visit Kazakhstan, argued?")
    #expect(asked.unknownWords == ["tourists", "argued"])
    #expect(asked.hasContent)
    #expect(!Stages.context("Tell me about Huawei").hasContent)
  }

  @Test func name_isTheEntitysName_orItsID() {
    #expect(m.name("european-union") == "European Union")
    #expect(m.name("atlantis") == "atlantis")
  }
}
