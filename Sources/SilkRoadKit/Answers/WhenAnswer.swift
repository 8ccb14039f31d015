import SilkRoadCore

/// Answers "when did ...": the best-matching dated statement, its date first.
struct WhenAnswer: AnswerModule {
  let name = "when"

  func propose(_ m: MatchContext) -> Proposal? {
    guard m.has(.when) else { return nil }
    // The dated statement that names what was asked and explains most of the question; a date
    // beats a period; then relevance.
    // A named place, project or event that some statement mentions must be in the answer too.
    let namesAll = m.ranked.contains { $0.missingEntities.isEmpty && $0.softMissing.isEmpty && m.statement($0).time != nil }
    let dated = m.ranked.lazy.filter {
      $0.missingEntities.isEmpty && (!namesAll || $0.softMissing.isEmpty) && $0.coverage >= 0.5 && m.statement($0).time != nil
    }
    func key(_ s: ScoredStatement) -> (Int, Double, Int, Double) {
      (s.softMissing.isEmpty ? 1 : 0, s.coverage, m.statement(s).time?.isPeriod == false ? 1 : 0, s.relevance)
    }
    guard let best = dated.max(by: { key($0) < key($1) }) else { return nil }
    let s = m.statement(best)
    let line = Answer.Line("\(s.time!): \(s.text)", citations: [s.citation])
    return Proposal(intent: name, score: 0.8 + 0.4 * best.coverage, answer: Answer(status: .answered, intent: name, lines: [line], facts: [s.id]))
  }
}
