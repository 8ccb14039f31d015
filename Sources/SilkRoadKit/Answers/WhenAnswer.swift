/// Answers "when did ...": the best-matching dated statement, its date first.
struct WhenAnswer: AnswerModule {
  let name = "when"

  func propose(_ m: MatchContext) -> Proposal? {
    guard m.has("when") else { return nil }
    // A date answers "when" better than a period; among equals, keep the ranking's order.
    let dated = m.ranked.filter { $0.missingEntities.isEmpty && $0.coverage >= 0.5 && m.statement($0).time != nil }
    guard let top = dated.first else { return nil }
    let best = dated.first { $0.relevance >= top.relevance - 1 && m.statement($0).time?.isPeriod == false } ?? top
    let s = m.statement(best)
    let line = Answer.Line("\(s.time!): \(s.text)", citations: [s.citation])
    return Proposal(intent: name, score: 0.8 + 0.4 * best.coverage, answer: Answer(status: .answered, intent: name, lines: [line], facts: [s.id]))
  }
}
