import SilkRoadCore

/// Answers "what happened in 2016 / in January 2020": the dated statements of that period, in order.
struct TimelineAnswer: AnswerModule {
  let name = "timeline"

  func propose(_ m: MatchContext) -> Proposal? {
    if m.query.years.isEmpty && m.query.months.isEmpty {
      return m.has(.timeline) ? ofTopic(m) : nil
    }
    let asks = m.has(.timeline)
    guard asks || (!m.hasContent && m.query.measures.isEmpty && !m.has(.howMuch)) else { return nil }
    // (Copied only here, past the checks that turn most questions away.)
    let q = m.query
    let scored = Dictionary(m.ranked.map { ($0.index, $0) }, uniquingKeysWith: { a, _ in a })
    var hits: [Statement] = []
    // Candidates from the year index; a month alone ("what happened in January?") needs them all.
    let indexes =
      q.years.isEmpty
      ? Array(m.knowledge.statements.indices)
      : Array(Set(q.years.flatMap { m.index.statements.byYear[$0] ?? [] })).sorted()
    for i in indexes {
      let s = m.knowledge.statements[i]
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
      // Several names list the events of any of them ("events with Uzbekistan and Kazakhstan");
      // the question's other words, if any, must match too.
      let required = q.requiredEntityIDs
      if required.count == 1, !m.index.entities.mentions[i].contains(required[0]) { continue }
      if required.count > 1, !required.contains(where: m.index.entities.mentions[i].contains) { continue }
      if m.hasContent, (scored[i]?.coverage ?? 0) < 0.3 { continue }
      hits.append(s)
    }
    guard !hits.isEmpty else { return nil }
    // Events first within a date, then by date; at most a screenful.
    hits.sort { ($0.time!.sortKey, $0.kind == .event ? 0 : 1, $0.citation) < ($1.time!.sortKey, $1.kind == .event ? 0 : 1, $1.citation) }
    let shown = Array(hits.prefix(8))
    var lines = shown.map(Self.line)
    if hits.count > shown.count {
      lines.append(Answer.Line(Messages.Answers.moreFromThatTime.text, style: .note))
    }
    return Proposal(intent: name, score: asks ? 1.2 : 0.9, answer: Answer(status: .answered, intent: name, lines: lines, facts: shown.map(\.id)))
  }

  /// "The timeline of Kyrgyzstan's Safe City": the dated statements about what was named, in order.
  func ofTopic(_ m: MatchContext) -> Proposal? {
    let hits = m.ranked.filter { s in
      s.missingEntities.isEmpty && s.softMissing.isEmpty && s.coverage >= 0.34 && m.statement(s).time != nil
    }.map(m.statement)
    guard hits.count >= 2 else { return nil }
    let sorted = hits.sorted { ($0.time!.sortKey, $0.citation) < ($1.time!.sortKey, $1.citation) }
    let shown = Array(sorted.prefix(8))
    let lines = shown.map(Self.line)
    return Proposal(intent: name, score: 1.2, answer: Answer(status: .answered, intent: name, lines: lines, facts: shown.map(\.id)))
  }

  /// A dated statement as a timeline line: the date leads unless the sentence already says it.
  static func line(_ s: Statement) -> Answer.Line {
    let date = s.time!.description
    return Answer.Line(s.text.contains(date) ? s.text : "\(date): \(s.text)", citations: [s.citation])
  }
}
