import SilkRoadCore

/// Answers why / what / who / how questions with the statements that best explain them: the top
/// match and any close runners-up, arguments preferred for "why", named actors for "who".
struct ExplanationAnswer: AnswerModule {
  let name = "explanation"

  func propose(_ m: MatchContext) -> Proposal? {
    let why = m.has(.why)
    let who = m.has(.who)
    let entitiesOnly = !m.hasContent && m.requiredEntityIDs.count >= 2
    guard m.hasContent || entitiesOnly || (m.has(.why) && !m.requiredEntityIDs.isEmpty) else { return nil }
    func adjusted(_ s: ScoredStatement) -> Double {
      let st = m.statement(s)
      var r = s.relevance
      if why && st.kind == .claim { r += 1 }
      if who, namesActor(s.index, m) { r += 1 }
      if st.kind == .summary { r -= 0.5 }
      return r
    }
    // A figure offered as an explanation must still be about what was asked, in the unit asked.
    // Usable: explains most of the question's words; a figure only if it is what was asked.
    var usable: [(ScoredStatement, Double)] = []
    for s in m.ranked where s.missingEntities.isEmpty && s.coverage >= 0.5 && (!m.isFigure(s) || FigureAnswer.asksFor(s)) {
      usable.append((s, adjusted(s)))
    }
    usable.sort { ($0.1, $1.0.index) > ($1.1, $0.0.index) }
    guard let (best, bestScore) = usable.first else { return nil }
    var chosen = [best.index]
    for (s, score) in usable.dropFirst() where chosen.count < 3 && score >= bestScore * 0.85 && s.coverage >= best.coverage {
      chosen.append(s.index)
    }
    let cited = m.statement(best).citation
    // A reason usually needs its neighbours: add the best other claim from the same paragraph
    // (the best-ranked one, else the first in the paragraph).
    if why, chosen.count == 1 {
      let neighbours = m.knowledge.statements.indices.filter {
        $0 != best.index && m.knowledge.statements[$0].citation == cited && m.knowledge.statements[$0].kind == .claim
      }
      let ranked = m.ranked.filter { neighbours.contains($0.index) && $0.missingEntities.isEmpty }
      if let extra = ranked.max(by: { $0.relevance < $1.relevance })?.index ?? neighbours.first {
        chosen.append(extra)
      }
    }
    // "Who ..." needs a name: if the answer names no actor, add the neighbour that does.
    if who, !chosen.contains(where: { namesActor($0, m) }),
      let extra = m.ranked.first(where: { s in
        s.index != best.index && m.statement(s).citation == cited && namesActor(s.index, m)
      })
    {
      chosen.append(extra.index)
    }
    let statements = chosen.map { m.knowledge.statements[$0] }
    let intent = why ? "explanation" : (who ? "who" : "explanation")
    var score = 0.45 + 0.45 * best.coverage
    if why || who || m.has(.whatIs) { score += 0.1 }
    // "How many / how much" wants a figure; a statement without one is at best a partial answer.
    if m.has(.howMuch), !statements.contains(where: { $0.kind == .figure }) { score -= 0.4 }
    return Proposal(intent: intent, score: score, answer: Answer(status: .answered, intent: intent, lines: statements.map(m.line), facts: statements.map(\.id)))
  }

  /// Whether a statement names a person, company or organisation the question did not.
  func namesActor(_ index: Int, _ m: MatchContext) -> Bool {
    m.index.entities.mentions[index].contains { e in
      !m.entityIDs.contains(e) && m.knowledge.entityByID[e].map { Self.actorKinds.contains($0.kind) } ?? false
    }
  }

  static let actorKinds: Set<EntityKind> = [.person, .company, .organisation, .media]
}
