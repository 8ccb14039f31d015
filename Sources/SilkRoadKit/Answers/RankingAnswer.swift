import SilkRoadCore

/// Answers "which ... most / least" over comparable facts of one measure, ranking bounded values
/// honestly: "greater than 20%" ranks above 16.9% but is never printed as a number it is not.
struct RankingAnswer: AnswerModule {
  let name = "ranking"

  func propose(_ m: MatchContext) -> Proposal? {
    // "most / highest" ranks from the top, "least / lowest" (form superlative-low) from the bottom.
    let ascending = m.has(.superlativeLow)
    guard m.has(.superlative) || ascending else { return nil }
    // Candidate measures: named in the question, else those of well-matching figures.
    var measureIDs = m.query.measures.map(\.id).filter { m.knowledge.measureByID[$0]?.comparable == true }
    if measureIDs.isEmpty {
      for s in m.ranked.prefix(10) where s.coverage >= 0.5 {
        if let id = m.statement(s).measure, m.knowledge.measureByID[id]?.comparable == true { measureIDs.appendIfNew(id) }
      }
    }
    var best: (id: String, rows: [Statement])?
    for id in measureIDs {
      // Entities named in the question narrow the field only when they are subjects of this measure
      // ("which of Kazakhstan and Uzbekistan..."); a region or a shared subject does not.
      let subjects = Set((m.knowledge.statementsByMeasure[id] ?? []).compactMap { m.knowledge.statements[$0].about.first })
      let scope = Set(m.requiredEntityIDs).intersection(subjects)
      let narrowing = scope.count >= 2 ? scope : []
      var perEntity: [String: Statement] = [:]
      for i in m.knowledge.statementsByMeasure[id] ?? [] {
        let s = m.knowledge.statements[i]
        guard let subject = s.about.first, s.value != nil else { continue }
        if !m.query.years.isEmpty, !(s.time.map { t in m.query.years.contains { t.contains(year: $0) } } ?? false) { continue }
        if !narrowing.isEmpty, !narrowing.contains(subject) { continue }
        if let existing = perEntity[subject], (existing.time?.sortKey ?? 0) >= (s.time?.sortKey ?? 0) { continue }
        perEntity[subject] = s
      }
      // Rank like with like: the largest group of subjects of one kind over one period.
      var groups: [String: [Statement]] = [:]
      // (In id order: a dictionary's order changes from run to run, and the tie between groups
      // of one size below looks at each group's first statement.)
      for s in perEntity.values.sorted(by: { $0.id < $1.id }) {
        let kind = m.knowledge.entityByID[s.about[0]]?.kind.rawValue ?? ""
        groups[kind + "|" + (s.time?.description ?? ""), default: []].append(s)
      }
      let rows = groups.values.max { ($0.count, $1.first?.id ?? "") < ($1.count, $0.first?.id ?? "") } ?? []
      if rows.count >= 2, rows.count > (best?.rows.count ?? 0) { best = (id, rows) }
    }
    guard let best, let measure = m.knowledge.measureByID[best.id] else { return nil }
    func key(_ s: Statement) -> Double { (m.absolute(s) ?? 0) + Double(m.direction(s)) * 1e-9 * max(1, abs(m.absolute(s) ?? 0)) }
    let sorted = best.rows.sorted { ascending ? (key($0), $0.id) < (key($1), $1.id) : (key($0), $1.id) > (key($1), $0.id) }
    let leader = sorted[0]
    let tied = sorted.filter { m.absolute($0) == m.absolute(leader) && $0.bound == leader.bound }
    var lines: [Answer.Line] = []
    let names = tied.map { m.name($0.about[0]) }
    let leading = Messages.Answers.leader(lowest: ascending, names: names, value: m.value(leader), measure: measure.name, period: leader.time?.description).text
    if tied.count > 1 {
      lines.append(Answer.Line(leading, citations: Array(Set(tied.map(\.citation))).sorted()))
    } else {
      lines.append(Answer.Line(leading, citations: [leader.citation]))
    }
    for (i, s) in sorted.enumerated() {
      lines.append(Answer.Line("\(i + 1). \(m.name(s.about[0])): \(m.value(s))", citations: [s.citation]))
    }
    if sorted.contains(where: { m.direction($0) != 0 }) {
      lines.append(Answer.Line(Messages.Answers.boundsRanked.text, style: .note))
    }
    if let chart = BarChart.lines(rows: sorted.map { (m.name($0.about[0]), $0) }, m) { lines += chart }
    return Proposal(intent: name, score: 1.5, answer: Answer(status: .answered, intent: name, lines: lines, facts: sorted.map(\.id)))
  }
}

extension String {
  func capitalized() -> String { prefix(1).uppercased() + dropFirst() }
}
