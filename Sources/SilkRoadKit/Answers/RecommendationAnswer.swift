import SilkRoadCore

/// Answers "what should X do?" and "what does the article recommend?": the recommendations,
/// filtered by whom they are addressed to when the question names someone.
struct RecommendationAnswer: AnswerModule {
  let name = "recommendation"
  static let membership: Set<String> = ["part of", "member of", "belongs to", "one of"]

  func propose(_ m: MatchContext) -> Proposal? {
    guard m.has(.recommend) || m.query.topics.contains("recommendations") else { return nil }
    guard !m.index.statements.recommendations.isEmpty else { return nil }
    var chosen: [Statement]?
    var addressee: String?
    for e in m.entityIDs {
      // An entity that is part of an addressee (the EU of the West) gets that addressee's advice.
      // Found through the entity index, so the cost follows what is addressed to them.
      let groups = [e] + (m.knowledge.entityByID[e]?.relations ?? []).filter { Self.membership.contains($0.relation) }.map(\.target)
      var indexes: [Int] = []
      for g in groups {
        for i in m.knowledge.statementsByEntity[g] ?? [] where !indexes.contains(i) {
          let s = m.knowledge.statements[i]
          if s.kind == .recommendation && s.to.contains(g) { indexes.append(i) }
        }
      }
      if !indexes.isEmpty {
        chosen = indexes.sorted().map { m.knowledge.statements[$0] }
        addressee = e
        break
      }
    }
    let list = chosen ?? m.index.statements.recommendations.map { m.knowledge.statements[$0] }
    if addressee == nil, let named = m.entityIDs.first {
      let groups = list.flatMap(\.to)
      let who = Array(Set(groups)).sorted().map(m.name)
      let line = Answer.Line(Messages.Answers.noRecommendationFor(name: m.name(named), addressees: who).text, style: .note)
      return Proposal(intent: name, score: 0.9, answer: Answer(status: .noAnswer, intent: name, lines: [line]))
    }
    let heading = Messages.Answers.recommendations(for: addressee.map(m.name)).text
    var lines = [Answer.Line(heading, style: .heading)]
    lines += list.map { Answer.Line("• " + $0.text, citations: [$0.citation]) }
    return Proposal(intent: name, score: 1.2, answer: Answer(status: .answered, intent: name, lines: lines, facts: list.map(\.id)))
  }
}
