import SilkRoadCore

/// Answers "tell me about X" / "who is X" / a bare name: what X is, its stated relations, and its
/// key facts grouped by topic.
struct ProfileAnswer: AnswerModule {
  let name = "profile"

  func propose(_ m: MatchContext) -> Proposal? {
    // One entity, or one besides the source's background subject ("Turkmenistan's ties with China").
    var named = m.requiredEntityIDs
    if named.count > 1 { named.removeAll { m.index.entities.background.contains($0) } }
    guard named.count == 1, let entity = m.knowledge.entityByID[named[0]] else { return nil }
    // Content words must be about the entity itself ("role", "who"), not a separate question.
    let descriptionTerms = m.index.entities.descriptionTerms[entity.id] ?? []
    // The source's own subject (China) is what every profile is about, so naming it adds nothing.
    let subjectTerms = Set(m.knowledge.subjects.compactMap { m.knowledge.entityByID[$0]?.name }.flatMap(m.index.vocabulary.terms))
    let unexplained = m.query.content.filter {
      !descriptionTerms.contains($0.term) && !Self.profileWords.contains($0.term) && !subjectTerms.contains($0.term)
    }
    guard unexplained.isEmpty, m.askedMeasures.isEmpty, m.query.years.isEmpty else { return nil }
    let asks = m.has(.profile) || m.has(.whatIs) || m.query.forms.isEmpty
    return Proposal(intent: name, score: asks ? 1.0 : m.query.content.isEmpty ? 0.85 : 0.7, answer: Self.profile(of: entity, m, intent: name))
  }

  /// What X is, its stated relations, and its key facts grouped by topic.
  static func profile(of entity: Entity, _ m: MatchContext, intent: String) -> Answer {
    var lines = [Answer.Line("\(entity.name): \(entity.description)", citations: entity.citation.map { [$0] } ?? [])]
    if let role = entity.role, !entity.description.lowercased().containsBytes(of: role.lowercased()) {
      lines.append(Answer.Line(Messages.Answers.role(role).text, citations: entity.citation.map { [$0] } ?? []))
    }
    // Its stated relations on one line, as the source phrases them ("visited Hikvision").
    let relations = entity.relations.prefix(4)
    if !relations.isEmpty {
      let links = relations.map { "\($0.relation) \(m.name($0.target))" }
      var seen = Set<Citation>()
      let cites = relations.compactMap(\.citation).filter { seen.insert($0).inserted }.sorted()
      lines.append(Answer.Line(Messages.Answers.links(links).text, citations: cites))
    }
    // Key facts: figures first, then events and claims, at most one per topic and five in all.
    let indexes = (m.knowledge.statementsByEntity[entity.id] ?? []).filter { m.knowledge.statements[$0].about.contains(entity.id) }
    func order(_ kind: StatementKind) -> Int {
      switch kind {
      case .figure: 0
      case .event: 1
      case .claim: 2
      case .recommendation: 3
      case .summary: 4
      }
    }
    // Ordered by (about it first, kind, citation) as one number, and by statement where those tie.
    let ranks = m.index.statements.citationRank
    let keys = indexes.map { i in
      let s = m.knowledge.statements[i]
      return (key: ((s.about.first == entity.id ? 0 : 1) << 3 | order(s.kind)) << 32 | Int(ranks[i]), index: i)
    }
    let sorted = keys.sorted { ($0.key, $0.index) < ($1.key, $1.index) }.map { m.knowledge.statements[$0.index] }
    var topicsSeen = Set<String>()
    var facts: [String] = []
    for s in sorted where facts.count < 5 {
      let topic = s.topics.first ?? "other"
      guard topicsSeen.insert(topic).inserted else { continue }
      let label = m.knowledge.topicByID[topic]?.name ?? Messages.Answers.otherTopic.text
      lines.append(Answer.Line("\(label): \(s.text)", citations: [s.citation]))
      facts.append(s.id)
    }
    if indexes.count > facts.count {
      lines.append(Answer.Line(Messages.Answers.moreInFacts(entity: entity.name).text, style: .note))
    }
    return Answer(status: .answered, intent: intent, lines: lines, facts: facts)
  }

  static let profileWords: Set<String> = [
    "role", "who", "what", "overview", "summary", "background", "profile", "info", "information", "detail", "story", "situation", "relation", "relationship",
    "cooperation", "tie", "rundown", "connection", "link", "role", "involvement", "presence", "activity",
  ]
}
