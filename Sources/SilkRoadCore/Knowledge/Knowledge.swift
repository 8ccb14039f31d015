/// The loaded fact base with its lookup tables. Immutable once built; built only when every file is clean.
public final class Knowledge: Sendable {
  public let sources: [Source]
  public let topics: [Topic]
  public let measures: [Measure]
  public let entities: [Entity]
  public let statements: [Statement]
  public let forms: [QuestionForm]
  public let stopwords: Set<String>
  /// Everyday English words that say nothing about the topic: ignored when the knowledge does not
  /// use them, so that only unknown *topic* words make silkroad decline.
  public let genericWords: Set<String>
  public let synonyms: [[String]]

  public let entityByID: FrozenStringMap<Entity>
  public let measureByID: FrozenStringMap<Measure>
  public let topicByID: FrozenStringMap<Topic>
  public let statementIndexByID: FrozenStringMap<Int>
  /// Statement indexes per entity id (any position in `about`, `to` or `according_to`).
  public let statementsByEntity: FrozenStringMap<[Int]>
  public let statementsByMeasure: FrozenStringMap<[Int]>
  public let statementsByConflict: FrozenStringMap<[Int]>

  package convenience init(decoder d: KnowledgeDecoder) {
    self.init(
      sources: d.sources, topics: d.topics, measures: d.measures, entities: d.entities, statements: d.statements,
      forms: d.forms, stopwords: d.stopwords, genericWords: d.genericWords, synonyms: d.synonyms)
  }

  /// Builds the lookup tables over checked parts (from the decoder, or from a snapshot).
  package init(
    sources: [Source], topics: [Topic], measures: [Measure], entities: [Entity], statements: [Statement],
    forms: [QuestionForm], stopwords: [String], genericWords: [String], synonyms: [[String]]
  ) {
    self.sources = sources
    self.topics = topics
    self.measures = measures
    self.entities = entities
    self.statements = statements
    self.forms = forms
    self.stopwords = Set(stopwords)
    self.genericWords = Set(genericWords)
    self.synonyms = synonyms
    entityByID = FrozenStringMap(firstOf: entities.map { ($0.id, $0) })
    measureByID = FrozenStringMap(firstOf: measures.map { ($0.id, $0) })
    topicByID = FrozenStringMap(firstOf: topics.map { ($0.id, $0) })
    statementIndexByID = FrozenStringMap(firstOf: statements.enumerated().map { ($1.id, $0) })
    var byEntity: [(String, Int)] = []
    var byMeasure: [(String, Int)] = []
    var byConflict: [(String, Int)] = []
    for (i, s) in statements.enumerated() {
      var ids: [String] = []
      for id in s.about + s.to + [s.accordingTo].compactMap({ $0 }) where !ids.contains(id) { ids.append(id) }
      for id in ids { byEntity.append((id, i)) }
      if let m = s.measure { byMeasure.append((m, i)) }
      if let c = s.conflict { byConflict.append((c, i)) }
    }
    statementsByEntity = FrozenStringMap(grouping: byEntity)
    statementsByMeasure = FrozenStringMap(grouping: byMeasure)
    statementsByConflict = FrozenStringMap(grouping: byConflict)
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
      if let i = byName[file.name] { ordered[i] = file } else {
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
