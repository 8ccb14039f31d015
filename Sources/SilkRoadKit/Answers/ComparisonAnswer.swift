/// Compares two or more entities on one measure: the values side by side, the difference and the
/// ratio (or the total, when asked), with the arithmetic shown. Disagreeing statistics on one
/// thing ("Kazakh and Chinese trade statistics") are shown as a conflict.
struct ComparisonAnswer: AnswerModule {
  let name = "comparison"

  func propose(_ m: MatchContext) -> Proposal? {
    let entities = m.query.entityIDs
    let asks = m.has("compare") || m.has("total")
    guard entities.count >= 2 || (asks && entities.count >= 1) else { return nil }
    guard asks || !m.query.measures.isEmpty else { return nil }

    // Conflicting statistics covering every named entity.
    for scored in m.ranked where scored.missingEntities.isEmpty && (scored.measureMatch || m.query.measures.isEmpty) {
      let s = m.statement(scored)
      guard let group = s.conflict, asks || entities.count >= 2 else { continue }
      if !m.query.years.isEmpty && scored.timeMatch == false { continue }
      let members = m.knowledge.statementsByConflict[group] ?? []
      let facts = members.map { m.knowledge.statements[$0].id }
      return Proposal(intent: "conflict", score: 1.3, answer: Answer(status: .answered, intent: "conflict", lines: ConflictLines.lines(group: group, m), facts: facts))
    }

    // One value per entity on the measure where most of the named entities have one.
    var measureIDs = m.query.measures.map(\.id)
    for s in m.ranked.prefix(20) where m.statement(s).kind == .figure {
      if let id = m.statement(s).measure, !measureIDs.contains(id), m.query.measures.isEmpty { measureIDs.append(id) }
    }
    var best: (measure: String, rows: [(String, Statement)])?
    for id in measureIDs {
      var rows: [(String, Statement)] = []
      for e in entities {
        let candidates = (m.knowledge.statementsByMeasure[id] ?? []).map { m.knowledge.statements[$0] }.filter { s in
          s.about.first == e && (m.query.years.isEmpty || s.time.map { t in m.query.years.contains { t.contains(year: $0) } } ?? false)
        }
        if let s = candidates.max(by: { ($0.time?.sortKey ?? 0) < ($1.time?.sortKey ?? 0) }) { rows.append((e, s)) }
      }
      if rows.count >= 2, rows.count > (best?.rows.count ?? 0) { best = (id, rows) }
    }
    guard let best, let measure = m.knowledge.measureByID[best.measure] else { return nil }
    var lines = [Answer.Line("\(measure.name.prefix(1).uppercased() + measure.name.dropFirst()):", style: .heading)]
    for (e, s) in best.rows {
      let when = s.time.map { " (\($0))" } ?? ""
      lines.append(Answer.Line("• \(m.name(e)): \(m.value(s))\(when)", citations: [s.citation]))
    }
    let exact = best.rows.filter { $0.1.bound == nil }
    if m.has("total"), exact.count == best.rows.count {
      let sum = exact.compactMap { m.absolute($0.1) }.reduce(0, +)
      let terms = exact.map { NumberText.format($0.1.value!) }.joined(separator: " + ")
      lines.append(Answer.Line("Together: \(terms) = \(m.formatLike(sum, exact[0].1)).", style: .note))
    } else if exact.count == 2, let a = m.absolute(exact[0].1), let b = m.absolute(exact[1].1) {
      let (hi, lo) = a >= b ? (exact[0], exact[1]) : (exact[1], exact[0])
      let diff = m.formatLike(abs(a - b), hi.1)
      var text = "Difference: \(NumberText.format(hi.1.value!)) − \(NumberText.format(lo.1.value!)) = \(diff)"
      if min(a, b) > 0 { text += "; ratio: \(NumberText.format(hi.1.value!)) ÷ \(NumberText.format(lo.1.value!)) = \(NumberText.format(max(a, b) / min(a, b), places: 1))" }
      lines.append(Answer.Line(text + ".", style: .note))
    } else if exact.count < best.rows.count {
      let bounded = best.rows.filter { $0.1.bound != nil }.map { m.name($0.0) }.joined(separator: " and ")
      lines.append(Answer.Line("No exact difference can be computed: the source gives \(bounded) only as a bound.", style: .note))
    }
    if let chart = BarChart.lines(rows: best.rows.map { (m.name($0.0), $0.1) }, m) { lines += chart }
    let missing = entities.filter { e in !best.rows.contains { $0.0 == e } && e != "china" && e != "central-asia" }
    if !missing.isEmpty {
      lines.append(Answer.Line("The source gives no \(measure.name) for \(missing.map(m.name).joined(separator: " or ")).", style: .note))
    }
    return Proposal(intent: name, score: asks ? 1.25 : 0.95, answer: Answer(status: .answered, intent: name, lines: lines, facts: best.rows.map(\.1.id)))
  }
}
