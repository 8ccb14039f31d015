import Testing

@testable import SilkRoadCore

/// Who and what the knowledge names: aliases, mentions, background entities, weights.
@Suite struct EntityIndexTests {
  let index = Fixtures.Region.index
  var entities: EntityIndex { index.entities }

  func position(_ id: String) -> Int { index.knowledge.statementIndexByID[id]! }

  /// Aliases sharing a first stem are tried longest first: "China Development Bank" before "China".
  @Test func aliases_areLongestFirst() throws {
    let china = try #require(entities.aliases["china"])
    #expect(china.map(\.entity) == ["china-development-bank", "china"])
    for (first, list) in entities.aliases {
      #expect(list.allSatisfy { $0.stems.first == first }, "\(first)")
      #expect(list.map(\.stems.count) == list.map(\.stems.count).sorted(by: >), "\(first)")
    }
  }

  @Test func alias_matchesTheLongestAtAPosition_andNeverOnlyStopWords() {
    func match(_ text: String, at i: Int) -> String? {
      let stems = Tokenizer.tokens(text).map(Stemmer.stem)
      return entities.alias(in: stems, at: i, stopTerms: index.vocabulary.stopTerms).map { "\($0.entity) \($0.length)" }
    }
    #expect(match("the China Development Bank", at: 1) == "china-development-bank 3")
    #expect(match("China Development", at: 0) == "china 1")
    #expect(match("the West", at: 0) == "the-west 2")
    #expect(match("the West", at: 1) == nil)
    // "US" folds to "us", a stop word; "the" alone is one too.
    #expect(match("US", at: 0) == nil)
    #expect(match("the", at: 0) == nil)
  }

  @Test func oneWordAliases_areFiledByLength() {
    for (length, list) in entities.oneWordAliases {
      #expect(list.allSatisfy { $0.stems.count == 1 && $0.stems[0].count == length }, "\(length)")
    }
    #expect(entities.oneWordAliases[10]?.contains { $0.entity == "kyrgyzstan" } == true)
    #expect(entities.oneWordAliases[5]?.contains { $0.entity == "tajikistan" } == true)
    #expect(!entities.oneWordAliases.values.joined().contains { $0.entity == "central-asia" })
  }

  /// A statement mentions the entities in its fields and those its text names.
  @Test func mentions_includeNamesInTheText() {
    #expect(entities.mentions[position("general-visit")] == ["china", "tajikistan", "zhang-wei"])
    #expect(entities.mentions[position("cdb-loan")] == ["china-development-bank", "tajikistan"])
    #expect(entities.mentions.allSatisfy { $0 == $0.sorted() })
  }

  /// A place named anywhere in a paragraph sets the scene for all its statements.
  @Test func paragraphMentions_holdEveryNameOfTheParagraph() {
    #expect(!entities.mentions[position("military-base")].contains("xinjiang"))
    #expect(entities.paragraphMentions[position("military-base")].contains("xinjiang"))
    #expect(!entities.paragraphMentions[position("ex-kg")].contains("xinjiang"))
  }

  /// Background: the source's subjects and anything named in a fifth of the statements.
  @Test func background_isTheSubjectAndWhatMostStatementsName() throws {
    #expect(entities.background == ["china"])
    // In the five-statement base Kyrgyzstan is named by most statements, without being a subject.
    let small = KnowledgeIndex(try Fixtures.knowledge())
    #expect(small.knowledge.subjects.isEmpty)
    #expect(small.entities.background.contains("kyrgyzstan"))
  }

  /// Rarer entities weigh more, as rarer words do.
  @Test func weights_favourRareEntities() throws {
    let w = entities.weights
    let (general, kyrgyzstan, china) = (try #require(w["zhang-wei"]), try #require(w["kyrgyzstan"]), try #require(w["china"]))
    #expect(general > kyrgyzstan && kyrgyzstan > china)
  }

  @Test func descriptionTerms_areTheDescriptionAndRole() {
    #expect(entities.descriptionTerms["huawei"] == ["a", "camera", "company", "of", "supplier", "telecom"])
  }
}
