import SilkRoadCore
import Testing

@testable import SilkRoadKit

/// The names stage alone: exact aliases, longest first, each entity once.
@Suite struct EntityTaggerTests {
  func tagged(_ text: String) -> (Query, QuestionWords) { Stages.run(text, through: .entities) }

  @Test func tag_findsNamesAndAliases_andUsesTheirWords() {
    let (q, words) = tagged("How much do the Kyrgyz owe Beijing?")
    #expect(q.entityIDs == ["kyrgyzstan", "china"])
    #expect(q.entities.map(\.typed) == ["kyrgyz", "beijing"])
    #expect(q.entities.allSatisfy { !$0.corrected })
    #expect(words.used == [false, false, false, false, true, false, true])
    #expect(words.entityPositions == [4, 6])
  }

  /// "China Development Bank" is the bank, not China followed by two words.
  @Test func tag_prefersTheLongestAlias() {
    let (q, words) = tagged("What did the China Development Bank lend?")
    #expect(q.entityIDs == ["china-development-bank"])
    #expect(q.entities.first?.typed == "china development bank")
    #expect(words.unused == [0, 1, 2, 6])
  }

  @Test func tag_namesAnEntityOnce_butUsesEveryMention() {
    let (q, words) = tagged("Did Kyrgyzstan, the land of the Kyrgyz, borrow?")
    #expect(q.entityIDs == ["kyrgyzstan"])
    #expect(words.used[1] && words.used[6])
  }

  /// "US" folds to the stop word "us": it never names the United States ("Tell us about…").
  @Test func tag_neverMatchesAnAliasMadeOfStopWords() {
    #expect(tagged("Tell us about the US debt").0.entityIDs == [])
    #expect(tagged("Does America trade?").0.entityIDs == ["united-states"])
  }

  @Test func tag_entityNamedInASubordinateClause_isContext() {
    let (q, _) = tagged("How much did Kyrgyzstan borrow while Kazakhstan traded?")
    #expect(q.entityIDs == ["kyrgyzstan", "kazakhstan"])
    #expect(q.contextEntities == ["kazakhstan"])
  }

  /// Misspelt names are found after the exact ones; sorting puts every name where it was typed.
  @Test func sortByPosition_putsEntitiesInTheQuestionsOrder() {
    var q = Query(text: "")
    q.entities = ["china", "kyrgyzstan", "tajikistan"].map { .init(entity: $0, typed: $0, corrected: false) }
    var words = Stages.run("x", through: .words).1
    words.entityPositions = [6, 1, 3]
    EntityTagger.sortByPosition(&q, words)
    #expect(q.entityIDs == ["kyrgyzstan", "tajikistan", "china"])
    let (analyzed, _) = Stages.run("How much does Kyrgystan owe China?", through: .content)
    #expect(analyzed.entityIDs == ["kyrgyzstan", "china"])
  }
}
