import SilkRoadCore
import Testing

@testable import SilkRoadKit

/// The stages together, as `QuestionAnalyzer.analyze` calls them.
@Suite struct QuestionAnalyzerTests {
  let k = try! Fixtures.knowledge()

  @Test func analyzer_tagsAliasesAndDemonyms() {
    let q = Answerer(knowledge: k).analyzer.analyze("How much do the Kyrgyz owe Beijing?")
    #expect(q.entityIDs == ["kyrgyzstan", "china"])
    #expect(q.forms.contains(.howMuch))
    #expect(q.measures.map(\.id).contains("debt-to-china"))
  }

  @Test func analyzer_correctsTyposWithinBudget() {
    let q = Answerer(knowledge: k).analyzer.analyze("How much does Kyrgystan owe China?")
    #expect(q.entities.first?.entity == "kyrgyzstan")
    #expect(q.entities.first?.corrected == true)
  }

  /// A misspelt name is found by a later stage than an exact one; the query still lists the
  /// names in the order they were typed.
  @Test func entities_comeInTheQuestionsOrder_evenWhenOneWasMisspelt() {
    let analyzer = QuestionAnalyzer(index: Fixtures.Region.index)
    #expect(analyzer.analyze("Compare Kazakstan and Tajikistan").entityIDs == ["kazakhstan", "tajikistan"])
    #expect(analyzer.analyze("Compare Tajikistan and Kazakstan").entityIDs == ["tajikistan", "kazakhstan"])
  }

  /// Every word typed gives a term, names and question words included (unit words are looked for
  /// there), each once.
  @Test func allTerms_holdEveryWordsTerm_once() {
    let q = QuestionAnalyzer(index: Fixtures.Region.index).analyze("How much money, how much, does Kyrgyzstan owe?")
    #expect(q.allTerms == ["how", "much", "money", "do", "kyrgyzstan", "debt"])
  }

  @Test func followUpOpening_isRecorded() {
    let analyzer = QuestionAnalyzer(index: Fixtures.Region.index)
    #expect(analyzer.analyze("and Tajikistan?").followUpOpening)
    #expect(!analyzer.analyze("Tajikistan and Kyrgyzstan?").followUpOpening)
  }

  /// Each stage finds its part of one question.
  @Test func analyze_fillsEverySlot() {
    let q = QuestionAnalyzer(index: Fixtures.Region.index).analyze("How much did Uzbekistan trade with China in 2018 while they argued?")
    #expect(q.forms == [.howMuch])
    #expect(q.entityIDs == ["uzbekistan", "china"])
    #expect(q.years == [2018])
    #expect(q.hasPronoun)
    #expect(q.measures.first?.id == "trade-volume")
    #expect(q.topics == ["trade"])
    #expect(q.content.map { "\($0.term) \($0.known) \($0.subordinate)" } == ["trad true false", "argu false true"])
  }
}
