import SilkRoadCore
import Testing

@testable import SilkRoadKit

/// The content stage alone, on what the names, forms and times stages left.
@Suite struct ContentReaderTests {
  func read(_ text: String, index: KnowledgeIndex = Fixtures.Region.index) -> Query {
    var (q, words) = Stages.run(text, through: .times, index: index)
    ContentReader(index: index).read(&q, &words)
    return q
  }

  @Test func knownWords_becomeContent_asTermsWithWhatWasTyped() {
    let q = read("Why did Kyrgyzstan borrow for roads?")
    #expect(q.contentTerms == ["debt", "road"])
    #expect(q.content.map(\.typed) == ["borrow", "roads"])
    #expect(q.content.allSatisfy { $0.known && $0.correctedFrom == nil && !$0.subordinate })
    #expect(q.unknownFocus.isEmpty)
  }

  /// The first content word is what is asked about: unknown, it decides that the source does not
  /// cover the question. An unknown word later on only lowers confidence.
  @Test func unknownFirstContentWord_isTheFocus_laterOnesAreNot() {
    let first = read("How many tourists visit Kazakhstan?")
    #expect(first.unknownFocus == ["tourists"])
    #expect(first.content.map(\.known) == [false, true])
    let later = read("How many joint exercises did China organise?")
    #expect(later.unknownFocus == [])
    #expect(later.content.last?.typed == "organise")
    #expect(later.content.last?.known == false)
  }

  /// A number is content, known or not, and never the unknown focus.
  @Test func numbers_areContent_neverTheFocus() {
    let q = read("How much is 999?")
    #expect(q.contentTerms == ["999"])
    #expect(q.content.first?.known == false)
    #expect(q.unknownFocus.isEmpty)
  }

  /// A capitalised word inside the question is a name: unknown, it is the focus, capitalised as
  /// a name, wherever it stands.
  @Test func capitalisedUnknownWord_isAName_andTheFocus() {
    let q = read("Why does Kyrgyzstan owe France?")
    #expect(q.unknownFocus == ["France"])
    #expect(q.content.first { $0.typed == "france" }?.known == false)
  }

  /// Stop words, pronouns, single letters, everyday words the knowledge does not use, adverbs and
  /// slips on little words ("dose" for "does") never decide a question.
  @Test func noise_isNotContent() {
    #expect(read("How much dose Kyrgyzstan currently owe, x, in this matter?").contentTerms == ["debt"])
    #expect(read("Does it matter?").content.isEmpty)
    #expect(read("How much dose Kyrgyzstan owe?").unknownFocus.isEmpty)
  }

  /// An everyday word is noise only while the knowledge does not use it: "deal" is in a fact.
  @Test func everydayWordTheKnowledgeUses_isContent() {
    #expect(read("When was the Safe City deal signed?").contentTerms == ["deal", "sign"])
  }

  @Test func wordsOfASubordinateClause_areMarked() {
    let q = read("How much did Kyrgyzstan borrow while Kazakhstan traded?")
    #expect(q.content.map { "\($0.term) \($0.subordinate)" } == ["debt false", "trad true"])
  }

  /// A misspelt name becomes the entity, marked corrected; an equally close slip asks which.
  @Test func misspeltNames_becomeEntitiesOrAmbiguities() {
    let q = read("How much does Kyrgystan owe?")
    #expect(q.entityIDs == ["kyrgyzstan"])
    #expect(q.entities.first?.typed == "kyrgystan")
    #expect(q.entities.first?.corrected == true)
    #expect(q.contentTerms == ["debt"])
    let unsure = read("who are the sinopholes?")
    #expect(unsure.entityIDs == [])
    #expect(unsure.ambiguities.map(\.candidates) == [["sinophiles", "sinophobes"]])
    #expect(unsure.ambiguities.first?.typed == "sinopholes")
  }

  /// An ordinary word with a typo is read as the known word; a name never is.
  @Test func typoOfAnOrdinaryWord_isCorrected_butNeverAName() {
    let word = read("What are the Confucius instiutes?")
    #expect(word.contentTerms == ["confucius", "institut"])
    #expect(word.content.last?.correctedFrom == "instiutes")
    #expect(word.content.last?.known == true)
    #expect(read("What did the staton build?").content.first?.term == "station")
    let name = read("What did Staton build?")
    #expect(name.content.first?.term == "staton")
    #expect(name.content.first?.known == false)
    #expect(name.content.first?.correctedFrom == nil)
    #expect(name.unknownFocus == ["Staton"])
  }
}
