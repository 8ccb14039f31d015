import SilkRoadCore

/// The scoring stage: how well one statement answers a query. Entities covered, content words
/// shared (weighted by rarity), measure, topic and time agreement, and whether what the
/// statement is about (its subject, its measure, its unit) is what the question names.
struct StatementScorer {
  /// How one of the question's entities counts for a statement when the statement lacks it.
  enum Role {
    /// The source's main subject (China): never required.
    case background
    /// Carried from an earlier question or named in a subordinate clause: never required.
    case context
    /// A place or region: named anywhere in the statement's paragraph, it sets its scene.
    case setting
    /// A project, programme, organisation...: often implied rather than named ("the border").
    case soft
    /// A country, person, company: must be named for a statement to answer a question about it.
    case hard
  }

  static let settingKinds: Set<EntityKind> = [.place, .region]
  static let softKinds: Set<EntityKind> = [.project, .programme, .equipment, .event, .document, .organisation]

  let index: KnowledgeIndex
  let query: Query
  let entities: [(id: String, weight: Double, role: Role)]
  let terms: [(term: String, weight: Double, statements: Set<Int>)]
  /// The total weight of the query's content words; unknown words weigh as the rarest.
  let totalWeight: Double
  /// The best score of each measure the question names.
  let measureScores: [String: Double]
  /// The first entity the question itself names: usually whose figure is asked ("Central Asia's
  /// imports from China").
  let firstNamed: String?
  let asksMoney: Bool
  let asksShare: Bool
  /// Every entity the question names or carries from an earlier one.
  let named: [String]

  init(index: KnowledgeIndex, query q: Query) {
    self.index = index
    query = q
    let kinds = index.knowledge.entityByID
    entities = q.entityIDs.map { id in
      let kind = kinds[id]?.kind
      let role: Role =
        q.contextEntities.contains(id)
        ? .context
        : index.entities.background.contains(id)
          ? .background
          : kind.map(Self.settingKinds.contains) == true ? .setting : kind.map(Self.softKinds.contains) == true ? .soft : .hard
      return (id, index.entities.weights[id] ?? index.statements.unseenWeight, role)
    }
    // (With the statements carrying each term, so that testing a candidate is a look-up of its number.)
    terms = q.content.map {
      ($0.term, index.statements.weight($0.term) * ($0.subordinate ? 0.5 : 1), Set(index.statements.postings[$0.term] ?? []))
    }
    totalWeight = terms.reduce(0) { $0 + $1.weight }
    measureScores = Dictionary(q.measures.map { ($0.id, $0.score) }, uniquingKeysWith: max)
    firstNamed = q.entityIDs.first { !q.contextEntities.contains($0) }
    asksMoney = q.allTerms.contains(index.vocabulary.term("money"))
    asksShare = q.allTerms.contains(index.vocabulary.term("percent"))
    named = q.entityIDs + q.contextEntities
  }

  func score(_ i: Int) -> ScoredStatement {
    let s = index.knowledge.statements[i]
    var scored = ScoredStatement(
      index: i, relevance: 0, coverage: 1, missingEntities: [], softMissing: [], measureMatch: false, timeMatch: nil, echo: 0,
      subjectNamed: false, unitAsked: false, unitConflict: false)
    scoreEntities(&scored)
    if let first = firstNamed, s.about.first == first { scored.relevance += 1 }
    // The question's topics (debt, security, strategy...) favour statements filed under them.
    for topic in query.topics where s.topics.contains(topic) { scored.relevance += 0.5 }
    let measureScore = s.measure.flatMap { measureScores[$0] }
    scored.measureMatch = measureScore != nil
    scored.relevance += 1.5 * (measureScore ?? 0)
    let hit = contentHit(i, measure: measureScore != nil ? s.measure : nil)
    scored.relevance += hit
    scored.coverage = totalWeight > 0 ? min(1, hit / totalWeight) : 1
    scoreTime(&scored, s)
    let statementTerms = index.statements.terms[i]
    for t in query.contextTerms where statementTerms.contains(t) { scored.relevance += 0.3 * index.statements.weight(t) }
    scoreSubjectAndUnit(&scored, s)
    return scored
  }

  /// The question's entities the statement names (or that its paragraph sets the scene with),
  /// and those it lacks.
  func scoreEntities(_ scored: inout ScoredStatement) {
    let i = scored.index
    let mentions = index.entities.mentions[i]
    for e in entities {
      if mentions.contains(e.id) {
        scored.relevance += e.weight * (e.role == .context ? 0.3 : 1)
        continue
      }
      switch e.role {
      case .background, .context: continue
      case .setting where index.entities.paragraphMentions[i].contains(e.id):
        scored.relevance += 0.5 * e.weight
      case .setting, .soft:
        scored.relevance -= 0.5 * e.weight
        scored.softMissing.append(e.id)
      case .hard:
        scored.missingEntities.append(e.id)
      }
    }
  }

  /// The weight of the question's content words the statement carries; for a statement of a
  /// measure the question names, the measure's context words count as carried.
  func contentHit(_ i: Int, measure: String?) -> Double {
    let context = measure.flatMap { index.phrases.measureContext[$0] } ?? []
    var hit = 0.0
    for t in terms where t.statements.contains(i) || context.contains(t.term) { hit += t.weight }
    return hit
  }

  /// A statement dated in an asked year (or after a "since") gains; one dated otherwise loses. An
  /// undated one may still carry the year among its words.
  func scoreTime(_ scored: inout ScoredStatement, _ s: Statement) {
    guard !query.years.isEmpty else { return }
    if let t = s.time {
      let match: Bool
      if let since = query.sinceYear {
        match = t.year >= since
      } else {
        match = query.years.contains { y in query.months.isEmpty ? t.contains(year: y) : query.months.contains { t.contains(year: y, month: $0) } }
      }
      scored.timeMatch = match
      scored.relevance += match ? 2.0 : -1.0
    } else if query.years.contains(where: { index.statements.terms[scored.index].contains(String($0)) }) {
      scored.timeMatch = true
      scored.relevance += 1.0
    }
  }

  /// What the statement is about must be named: its subject (unless that is the background) or
  /// another of its entities; and for a figure, its measure or at least its unit.
  func scoreSubjectAndUnit(_ scored: inout ScoredStatement, _ s: Statement) {
    scored.subjectNamed = s.about.first.map { index.entities.background.contains($0) } ?? true
    if !scored.subjectNamed { scored.subjectNamed = s.about.contains(where: named.contains) }
    let unit = index.statements.units[scored.index]
    if let unit, let words = index.phrases.unitWords[unit] {
      // Money and percentages have many words (any will do); a counted noun must be said in full.
      scored.unitAsked = words.anyWord ? words.terms.contains(where: query.allTerms.contains) : words.terms.allSatisfy(query.allTerms.contains)
    }
    let subject: Double = scored.subjectNamed ? 0.5 : 0
    scored.echo =
      s.measure == nil ? (scored.subjectNamed ? 1 : 0) : subject + (scored.measureMatch ? 0.5 : scored.unitAsked ? 0.25 : 0)
    scored.unitConflict = s.kind == .figure && asksMoney != asksShare && (asksMoney ? unit != "usd" : unit != "percent")
  }
}
