/// The knowledge with everything the pipeline looks up in it, built once: the vocabulary, the
/// entities and their aliases, the statements by what finds them, and the phrases that name
/// forms, measures, topics and units.
///
/// A snapshot (see `Snapshot`) stores exactly the stored properties of these parts, so a table
/// added to one of them is saved and read with no other change.
public final class KnowledgeIndex: Sendable {
  public let knowledge: Knowledge
  package let vocabulary: Vocabulary
  package let entities: EntityIndex
  package let statements: StatementIndex
  package let phrases: PhraseIndex

  public convenience init(_ k: Knowledge) {
    let synonyms = Vocabulary.synonymHeads(k), stems = Vocabulary.stems(of: k)
    // The phrase and statement tables need terms; which terms are "known" needs those tables.
    let draft = Vocabulary(k, synonyms: synonyms, stems: stems, used: [])
    let phrases = PhraseIndex(k, vocabulary: draft)
    let statements = StatementIndex(k, vocabulary: draft, phrases: phrases)
    let vocabulary = Vocabulary(k, synonyms: synonyms, stems: stems, used: Self.usedTerms(k, draft, phrases, statements))
    self.init(
      Stored(
        knowledge: k.parts, vocabulary: vocabulary, entities: EntityIndex(k, vocabulary: vocabulary), statements: statements,
        phrases: phrases))
  }

  /// What a snapshot holds: the knowledge as declared and every index over it.
  package struct Stored: SnapshotStorable {
    var knowledge: Knowledge.Parts
    var vocabulary: Vocabulary
    var entities: EntityIndex
    var statements: StatementIndex
    var phrases: PhraseIndex
  }

  package init(_ stored: Stored, knowledge: Knowledge? = nil) {
    self.knowledge = knowledge ?? Knowledge(stored.knowledge)
    vocabulary = stored.vocabulary
    entities = stored.entities
    statements = stored.statements
    phrases = stored.phrases
  }

  package var stored: Stored {
    Stored(knowledge: knowledge.parts, vocabulary: vocabulary, entities: entities, statements: statements, phrases: phrases)
  }

  /// Every term the knowledge uses: in statements, entity descriptions, relations and roles,
  /// measure and topic phrases, and section names and summaries.
  static func usedTerms(_ k: Knowledge, _ v: Vocabulary, _ phrases: PhraseIndex, _ statements: StatementIndex) -> Set<String> {
    var used = Set(statements.postings.keys).union(phrases.allTerms)
    for e in k.entities {
      used.formUnion(v.terms(e.description))
      for r in e.relations { used.formUnion(v.terms(r.relation)) }
      if let role = e.role { used.formUnion(v.terms(role)) }
    }
    for s in k.sources { for sec in s.sections { used.formUnion(v.terms(sec.name + " " + sec.summary)) } }
    return used
  }
}
