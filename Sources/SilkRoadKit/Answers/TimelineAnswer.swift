/// Answers "what happened in 2016 / in January 2020": the dated statements of that period, in order.
struct TimelineAnswer: AnswerModule {
  let name = "timeline"

  func propose(_ m: MatchContext) -> Proposal? {
    let q = m.query
    guard !q.years.isEmpty || !q.months.isEmpty else { return nil }
    let asks = m.has("timeline")
    guard asks || (!m.hasContent && q.measures.isEmpty && !m.has("how-much")) else { return nil }
    var hits: [Statement] = []
    for s in m.knowledge.statements {
      guard let t = s.time else { continue }
      let match: Bool
      if q.years.isEmpty {
        match = q.months.contains { t.month == $0 && t.endYear == nil }
      } else if q.months.isEmpty {
        match = q.years.contains { y in t.endYear == nil ? t.year == y : false }
      } else {
        match = q.years.contains { y in q.months.contains { t.endYear == nil && t.year == y && t.month == $0 } }
      }
      guard match else { continue }
      if !q.requiredEntityIDs.isEmpty {
        let i = m.knowledge.statementIndexByID[s.id]!
        guard q.requiredEntityIDs.allSatisfy(m.lexicon.statementEntities[i].contains) else { continue }
      }
      hits.append(s)
    }
    guard !hits.isEmpty else { return nil }
    // Events first within a date, then by date; at most a screenful.
    hits.sort { ($0.time!.sortKey, $0.kind == .event ? 0 : 1, $0.citation) < ($1.time!.sortKey, $1.kind == .event ? 0 : 1, $1.citation) }
    let shown = Array(hits.prefix(8))
    // The date leads each line unless the sentence already says it.
    var lines = shown.map { s in
      let date = s.time!.description
      return Answer.Line(s.text.contains(date) ? s.text : "\(date): \(s.text)", citations: [s.citation])
    }
    if hits.count > shown.count {
      lines.append(Answer.Line("… and more from that time; name a topic or a country to narrow it down.", style: .note))
    }
    return Proposal(intent: name, score: asks ? 1.2 : 0.9, answer: Answer(status: .answered, intent: name, lines: lines, facts: shown.map(\.id)))
  }
}
