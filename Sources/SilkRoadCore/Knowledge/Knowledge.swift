/// The loaded fact base with its lookup tables. Immutable once built; built only when every file is clean.
public final class Knowledge: Sendable {
  /// What the knowledge files declare, as loaded and checked; a snapshot stores exactly this.
  public struct Parts: Sendable, SnapshotStorable {
    public var sources: [Source] = []
    public var topics: [Topic] = []
    public var measures: [Measure] = []
    public var entities: [Entity] = []
    public var statements: [Statement] = []
    public var forms: [QuestionForm] = []
    public var stopwords: [String] = []
    /// Everyday English words that say nothing about the topic: ignored when the knowledge does not
    /// use them, so that only unknown *topic* words make silkroad decline.
    public var genericWords: [String] = []
    public var synonyms: [[String]] = []
    public var wordRoles: WordRoles = WordRoles()
  }

  public let parts: Parts
  public var sources: [Source] { parts.sources }
  public var topics: [Topic] { parts.topics }
  public var measures: [Measure] { parts.measures }
  public var entities: [Entity] { parts.entities }
  public var statements: [Statement] { parts.statements }
  public var forms: [QuestionForm] { parts.forms }
  public let stopwords: Set<String>
  public let genericWords: Set<String>
  public var synonyms: [[String]] { parts.synonyms }

  public let entityByID: [String: Entity]
  public let measureByID: [String: Measure]
  public let topicByID: [String: Topic]
  public let statementIndexByID: [String: Int]
  /// Statement indexes per entity id (any position in `about`, `to` or `according_to`).
  public let statementsByEntity: [String: [Int]]
  public let statementsByMeasure: [String: [Int]]
  public let statementsByConflict: [String: [Int]]
  /// The entities the sources declare they are about as a whole (for the article, China).
  public let subjects: Set<String>

  package convenience init(decoder d: KnowledgeDecoder) { self.init(d.parts) }

  /// Builds the lookup tables over checked parts (from the decoder, or from a snapshot).
  package init(_ parts: Parts) {
    self.parts = parts
    stopwords = Set(parts.stopwords)
    genericWords = Set(parts.genericWords)
    // (The checker has refused repeated ids; the first one wins if a snapshot holds one anyway.)
    entityByID = Dictionary(parts.entities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    measureByID = Dictionary(parts.measures.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    topicByID = Dictionary(parts.topics.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    statementIndexByID = Dictionary(parts.statements.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    var byEntity: [String: [Int]] = [:]
    var byMeasure: [String: [Int]] = [:]
    var byConflict: [String: [Int]] = [:]
    for (i, s) in parts.statements.enumerated() {
      for id in s.entityIDs { byEntity[id, default: []].append(i) }
      if let m = s.measure { byMeasure[m, default: []].append(i) }
      if let c = s.conflict { byConflict[c, default: []].append(i) }
    }
    statementsByEntity = byEntity
    statementsByMeasure = byMeasure
    statementsByConflict = byConflict
    subjects = Set(parts.sources.flatMap(\.subjects))
  }

  /// A statement's unit, lower-cased: its own, else its measure's.
  public func unit(of s: Statement) -> String? {
    (s.unit ?? s.measure.flatMap { measureByID[$0]?.unit })?.lowercased()
  }

  public func statement(id: String) -> Statement? {
    statementIndexByID[id].map { statements[$0] }
  }

  public func source(id: String) -> Source? { sources.first { $0.id == id } }

  /// Loads files in order; a later file with the same name as an earlier one replaces it, so a
  /// directory given at run time can both add files and override built-in ones.
  /// Returns the knowledge only when there is no problem at all: never a half-loaded base.
  public static func load(_ files: [KnowledgeFile]) -> Result<Knowledge, KnowledgeErrors> {
    var byName: [String: Int] = [:]
    var ordered: [KnowledgeFile] = []
    for file in files {
      if let i = byName[file.name] {
        ordered[i] = file
      } else {
        byName[file.name] = ordered.count
        ordered.append(file)
      }
    }
    var decoder = KnowledgeDecoder()
    for file in ordered where file.name.hasSuffix(".json") && !file.name.hasPrefix("schema/") {
      decoder.decode(file: file)
    }
    let problems = decoder.problems + KnowledgeChecker.check(decoder)
    if !problems.isEmpty { return .failure(KnowledgeErrors(problems: problems)) }
    return .success(Knowledge(decoder: decoder))
  }
}

/// Every problem found in a knowledge base; loading fails with all of them, not the first.
public struct KnowledgeErrors: Error, Sendable, CustomStringConvertible {
  public var problems: [KnowledgeProblem]
  public var description: String {
    problems.map(\.description).joined(separator: "\n")
      + "\n\(problems.count) problem\(problems.count == 1 ? "" : "s") in the knowledge base"
  }
}

/// English words the analyzer treats by their part in a sentence, not by what the knowledge says
/// (vocabulary.json): they are language, not facts, but a teacher may need to add one.
public struct WordRoles: Sendable, SnapshotStorable, Equatable {
  /// The words that ask for figures in a unit ("money" for dollars); other units are asked for by
  /// their own name.
  public var unitWords: [String: String] = [:]
  /// Words that stand for something named before ("it", "they"): a follow-up.
  public var pronouns: Set<String> = []
  /// Words that open a subordinate clause ("... while Gazprom stopped buying"): what follows
  /// sets the scene and is not what is asked.
  public var clauseOpeners: Set<String> = []
  /// Openings of a follow-up question ("and", "what about").
  public var followUpOpeners: [String] = []
  /// Each month name's number (1 for January; `vocabulary.json` lists them January first).
  public var months: [String: Int] = [:]

  /// The month a word names (1 for January), or nil.
  public func month(_ word: String) -> Int? { months[word] }
}
