import Testing

@testable import SilkRoadCore

/// The facade: the tables built together, and which terms count as known.
@Suite struct KnowledgeIndexTests {
  let index = Fixtures.Region.index

  /// Known terms come from statements, entity descriptions, relations and roles, measure and
  /// topic phrases, and section names and summaries: a word only a description uses is known.
  @Test func usedTerms_comeFromEveryPartOfTheKnowledge() {
    let known = index.vocabulary.known
    #expect(known.contains("mountain"))  // Kyrgyzstan's description
    #expect(known.contains("supply"))  // Huawei's relation "supplies"
    #expect(known.contains("supplier"))  // Huawei's role
    #expect(known.contains("soldier"))  // the Security section's summary
    #expect(known.contains("gdp"))  // a measure's context word, though no statement carries it
    #expect(known.contains("militant"))  // a topic's word
    #expect(!known.contains("tourist"))
  }

  /// The index holds one entry per statement in every per-statement table.
  @Test func perStatementTables_haveOneEntryPerStatement() {
    let n = index.knowledge.statements.count
    #expect(n == 33)
    #expect(index.statements.terms.count == n)
    #expect(index.statements.citationRank.count == n)
    #expect(index.entities.mentions.count == n)
    #expect(index.entities.paragraphMentions.count == n)
  }
}
