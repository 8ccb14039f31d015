import SilkRoadCore

/// Compares figures side by side, with the difference and ratio (or the total, when asked) and the
/// arithmetic shown: two or more entities on one measure ("Kazakhstan and Uzbekistan debt"), one
/// thing at two times ("investment in 2013 and 2018"), or two measures of one subject ("share of
/// exports and of imports"). Disagreeing statistics on one thing are shown as a conflict.
struct ComparisonAnswer: AnswerModule {
  let name = "comparison"

  typealias Row = (label: String, statement: Statement)

  func propose(_ m: MatchContext) -> Proposal? {
    if m.has(.why) && !m.has(.howMuch) { return nil }
    let entities = m.requiredEntityIDs
    let asks = m.has(.compare) || m.has(.total)
    // Two names alone do not make a comparison ("how much does Kazakhstan owe Russia?"), unless
    // both are subjects of the measure asked ("Kyrgyzstan's and Tajikistan's debts").
    // (Only worth collecting the measures' subjects when two names besides the background remain.)
    // (A handful of names: lists searched by comparison, no sets made for every question.)
    var foreground: [String] = []
    for e in entities where !m.index.entities.background.contains(e) { foreground.appendIfNew(e) }
    var subjects: [String] = []
    if foreground.count >= 2 {
      for id in m.askedMeasures {
        for i in m.knowledge.statementsByMeasure[id] ?? [] {
          if let s = m.knowledge.statements[i].about.first, foreground.contains(s) { subjects.appendIfNew(s) }
        }
      }
    }
    let severalSubjects = subjects.count >= 2
    guard asks || severalSubjects || (m.query.years.count >= 2 && !m.query.measures.isEmpty) else { return nil }

    if let conflict = conflict(m, asks: asks) { return conflict }
    let candidates = candidateMeasures(m)
    var best: (heading: String, rows: [Row])?
    if m.query.years.count >= 2 {
      best = overTime(m, measures: candidates)
    }
    if best == nil, entities.count >= 2 {
      best = acrossEntities(m, measures: severalSubjects && !asks ? m.askedMeasures : candidates)
    }
    if best == nil, asks {
      best = acrossMeasures(m)
    }
    guard let best else { return nil }
    return Proposal(
      intent: name, score: asks ? 1.45 : 0.95,
      answer: Answer(status: .answered, intent: name, lines: render(best.heading, best.rows, m), facts: best.rows.map(\.statement.id)))
  }

  /// Statistics that disagree (China's and Kazakhstan's counts of the same trade).
  func conflict(_ m: MatchContext, asks: Bool) -> Proposal? {
    // Only when the question is about that measure (or asks to compare and matches it well).
    for scored in m.ranked where scored.missingEntities.isEmpty && (scored.measureMatch || (asks && scored.coverage >= 0.5)) {
      let s = m.statement(scored)
      guard let group = s.conflict, asks || m.requiredEntityIDs.count >= 2 else { continue }
      // Every named entity must really be in these statistics (even China, the background subject).
      guard Set(m.requiredEntityIDs).isSubset(of: m.index.entities.mentions[scored.index]) else { continue }
      if !m.query.years.isEmpty && scored.timeMatch == false { continue }
      let facts = (m.knowledge.statementsByConflict[group] ?? []).map { m.knowledge.statements[$0].id }
      return Proposal(
        intent: "conflict", score: 1.3, answer: Answer(status: .answered, intent: "conflict", lines: ConflictLines.lines(group: group, m), facts: facts))
    }
    return nil
  }

  /// The measures the question names, else those of the best-matching figures.
  func candidateMeasures(_ m: MatchContext) -> [String] {
    var ids = m.askedMeasures
    if ids.isEmpty { ids = m.query.measures.map(\.id) }
    for s in m.ranked.prefix(20) where s.coverage >= 0.34 && m.isFigure(s) {
      if let id = m.statement(s).measure { ids.appendIfNew(id) }
    }
    return ids
  }

  func statements(_ m: MatchContext, measure: String) -> [(index: Int, statement: Statement)] {
    (m.knowledge.statementsByMeasure[measure] ?? []).map { ($0, m.knowledge.statements[$0]) }.filter { $0.statement.value != nil }
  }

  /// One subject at two or more times.
  func overTime(_ m: MatchContext, measures: [String]) -> (String, [Row])? {
    let required = Set(m.requiredEntityIDs.filter { !m.index.entities.background.contains($0) })
    for id in measures {
      var rows: [Row] = []
      let all = statements(m, measure: id)
      for year in m.query.years {
        let hits = all.filter { item in
          guard let t = item.statement.time, t.endYear == nil, t.year == year else { return false }
          return required.isSubset(of: m.index.entities.mentions[item.index])
        }
        if let hit = hits.first { rows.append((String(year), hit.statement)) }
      }
      if rows.count >= 2, let measure = m.knowledge.measureByID[id] { return (measure.name, rows) }
    }
    return nil
  }

  /// Two or more entities on one measure: each entity's best statement, the one naming most of
  /// the other entities asked about; an entity every row shares (Central Asia) is not a row.
  func acrossEntities(_ m: MatchContext, measures: [String]) -> (String, [Row])? {
    let entities = m.requiredEntityIDs
    var best: (String, [Row])?
    for id in measures {
      var rows: [Row] = []
      let all = statements(m, measure: id)
      for e in entities {
        let hits = all.filter { item in
          m.index.entities.mentions[item.index].contains(e)
            && (m.query.years.count != 1 || (item.statement.time?.contains(year: m.query.years[0]) ?? false))
        }
        func rank(_ item: (index: Int, statement: Statement)) -> (Int, Int, Int) {
          let others = entities.filter { m.index.entities.mentions[item.index].contains($0) }.count
          return (others, item.statement.about.first == e ? 1 : 0, item.statement.time?.sortKey ?? 0)
        }
        guard let hit = hits.max(by: { rank($0) < rank($1) }) else { continue }
        if rows.contains(where: { $0.statement.id == hit.statement.id }) { continue }
        // The background subject (China) labels a row only when the figure is its own.
        if m.index.entities.background.contains(e) && hit.statement.about.first != e { continue }
        rows.append((m.name(e), hit.statement))
      }
      // A comparable measure's values compare whatever noun each statement counts them in.
      let units = Set(rows.map { ($0.statement.unit ?? m.knowledge.measureByID[id]?.unit ?? "").lowercased() })
      let comparable = m.knowledge.measureByID[id]?.comparable == true
      if rows.count >= 2, units.count == 1 || comparable, rows.count > (best?.1.count ?? 0), let measure = m.knowledge.measureByID[id] {
        best = (measure.name, rows)
      }
    }
    return best
  }

  /// Two measures of one subject named in the question ("share of exports ... share of imports").
  func acrossMeasures(_ m: MatchContext) -> (String, [Row])? {
    var rows: [Row] = []
    var seen = Set<String>()
    for scored in m.ranked where scored.missingEntities.isEmpty && !scored.unitConflict && scored.coverage >= 0.34 {
      let s = m.statement(scored)
      guard s.kind == .figure, let id = s.measure, m.askedMeasures.contains(id), seen.insert(id).inserted else { continue }
      if let first = rows.first,
        (first.statement.unit ?? m.knowledge.measureByID[first.statement.measure!]?.unit) != (s.unit ?? m.knowledge.measureByID[id]?.unit)
      {
        continue
      }
      rows.append((m.knowledge.measureByID[id]?.name ?? id, s))
      if rows.count == 3 { break }
    }
    return rows.count >= 2 ? (Messages.Answers.sideBySide.text, rows) : nil
  }

  func render(_ heading: String, _ rows: [Row], _ m: MatchContext) -> [Answer.Line] {
    var lines = [Answer.Line(heading.prefix(1).uppercased() + heading.dropFirst() + ":", style: .heading)]
    for (label, s) in rows {
      let when = s.time.map { " (\($0))" } ?? ""
      lines.append(Answer.Line("• \(label): \(m.value(s))\(label == s.time?.description ? "" : when)", citations: [s.citation]))
    }
    let exact = rows.filter { $0.statement.bound == nil }
    if m.has(.total), exact.count == rows.count {
      let sum = exact.compactMap { m.absolute($0.statement) }.reduce(0, +)
      let terms = exact.map { NumberText.format($0.statement.value!) }
      lines.append(Answer.Line(Messages.Answers.together(terms: terms, sum: m.formatLike(sum, exact[0].statement)).text, style: .note))
    } else if exact.count == 2, let a = m.absolute(exact[0].statement), let b = m.absolute(exact[1].statement) {
      let (hi, lo) = a >= b ? (exact[0], exact[1]) : (exact[1], exact[0])
      let ratio = min(a, b) > 0 ? NumberText.format(max(a, b) / min(a, b), places: 1) : nil
      let text = Messages.Answers.difference(
        larger: NumberText.format(hi.statement.value!), smaller: NumberText.format(lo.statement.value!), difference: m.formatLike(abs(a - b), hi.statement),
        ratio: ratio
      ).text
      lines.append(Answer.Line(text, style: .note))
    } else if exact.count < rows.count {
      let bounded = rows.filter { $0.statement.bound != nil }.map(\.label)
      lines.append(Answer.Line(Messages.Answers.noExactDifference(bounded: bounded).text, style: .note))
    }
    if let chart = BarChart.lines(rows: rows.map { ($0.label, $0.statement) }, m) { lines += chart }
    return lines
  }
}
