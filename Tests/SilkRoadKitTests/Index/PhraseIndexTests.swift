import Testing

@testable import SilkRoadCore

/// The phrases that name forms, measures, topics and units.
@Suite struct PhraseIndexTests {
  let phrases = Fixtures.Region.index.phrases

  /// Longest first; among phrases of one length, the knowledge's order.
  @Test func forms_areLongestFirst_thenInTheKnowledgesOrder() {
    #expect(
      phrases.forms["what"]?.map { $0.words.joined(separator: " ") } == [
        "what is the value", "what can you do", "what share", "what caused", "what year", "what is", "what are", "what happened",
      ])
    #expect(phrases.forms["what"]?.first?.form == .howMuch)
    #expect(phrases.forms["the"]?.map(\.form) == [.superlative, .superlativeLow])
  }

  @Test func measures_asTermsByFirstTerm() {
    #expect(phrases.measureWords["china-exports"] == [["china", "export"]])
    #expect(phrases.measuresByFirstTerm["china"]?.map(\.measure) == ["china-exports"])
    #expect(Set(phrases.measuresByFirstTerm["debt"]?.map(\.measure) ?? []) == ["debt-to-china", "debt-share-of-gdp"])
    #expect(phrases.measureContext["debt-share-of-gdp"] == ["gdp"])
    #expect(phrases.measureContext["debt-to-china"] == [])
  }

  @Test func measureNameTerms_leaveOutStopWords() {
    #expect(phrases.measureNameTerms["debt-to-china"] == ["china", "debt"])
    #expect(phrases.measureNameTerms["safe-city-cost"] == ["city", "money", "saf"])
  }

  /// A topic's name is one of its phrases.
  @Test func topicPhrases_includeTheName() {
    #expect(phrases.topicPhrases["military"] == [["military"], ["exercis"], ["military", "bas"]])
    #expect(phrases.topicPhrases["soft-power"]?.contains(["soft", "power"]) == true)
  }

  /// Money and percentages have many words, any of which will do; a counted noun is its own word.
  @Test func unitWords_anyOfManyOrTheNounItself() {
    #expect(phrases.unitWords["usd"] == PhraseIndex.UnitWords(terms: ["money", "valu", "worth"], anyWord: true))
    #expect(phrases.unitWords["percent"] == PhraseIndex.UnitWords(terms: ["percent"], anyWord: true))
    #expect(phrases.unitWords["exercises"] == PhraseIndex.UnitWords(terms: ["exercis"], anyWord: false))
    #expect(phrases.unitWords["bcm"] == PhraseIndex.UnitWords(terms: ["bcm"], anyWord: false))
  }
}
