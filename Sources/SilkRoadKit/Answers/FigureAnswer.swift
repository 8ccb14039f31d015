import SilkRoadCore

/// Answers "how much / how many" with the figure that matches, its unit, period and qualifier,
/// the one or two related facts that give it meaning, and every figure it conflicts with.
struct FigureAnswer: AnswerModule {
  let name = "figure"

  /// Whether a question asks for this figure: its subject named, and its measure named (or its
  /// unit, with most of the question's words matching).
  static func asksFor(_ s: ScoredStatement) -> Bool {
    s.subjectNamed && !s.unitConflict && s.softMissing.isEmpty && ((s.measureMatch && s.coverage >= 0.25) || (s.unitAsked && s.coverage >= 0.5))
  }

  func propose(_ m: MatchContext) -> Proposal? {
    let asksAmount = m.has(.howMuch)
    guard asksAmount || !m.query.measures.isEmpty else { return nil }
    // "Where / when / who / why" want a place, a date, a name or a reason, not a figure.
    if !asksAmount && (m.has(.`where`) || m.has(.when) || m.has(.who) || m.has(.why)) { return nil }
    // The ranked figures that name everything asked, in the time asked and the unit asked.
    func usable(_ s: ScoredStatement) -> Bool {
      s.missingEntities.isEmpty && s.timeMatch != false && !s.unitConflict && m.isFigure(s)
    }
    // A figure answers only a question that asks for its measure (and names its subject).
    guard let best = m.ranked.first(where: { usable($0) && Self.asksFor($0) }) else {
      return nil
    }
    let top = m.statement(best)
    var shown: [Statement] = [top]
    // The same measure for the same subject at other times ("in 2014 ... and in 2017").
    for other in m.ranked where usable(other) && other.index != best.index && other.relevance >= best.relevance - 0.01 {
      let s = m.statement(other)
      if s.measure == top.measure, s.about.first == top.about.first, s.time != top.time, m.query.years.isEmpty {
        shown.append(s)
      }
    }
    // Not asked "how much": a figure is only a good answer if it explains the whole question.
    let score = 0.55 + 0.35 * best.coverage + (asksAmount ? 0.25 : -0.2 * (1 - best.coverage)) + (best.measureMatch ? 0.25 : 0)
    return Proposal(intent: name, score: score, answer: Self.lines(top, shown, m, intent: name))
  }

  /// The figures shown, or the conflicting figures with their gap, then up to two related facts.
  static func lines(_ top: Statement, _ shown: [Statement], _ m: MatchContext, intent: String) -> Answer {
    var shown = shown
    var lines: [Answer.Line] = []
    if let group = top.conflict {
      lines += ConflictLines.lines(group: group, m)
      shown = (m.knowledge.statementsByConflict[group] ?? []).map { m.knowledge.statements[$0] }
    } else {
      lines += shown.map(m.line)
    }
    var facts = shown.map(\.id)
    for id in top.related.prefix(2) where !facts.contains(id) {
      guard let r = m.knowledge.statement(id: id) else { continue }
      lines.append(m.line(r))
      facts.append(id)
    }
    return Answer(status: .answered, intent: intent, lines: lines, facts: facts)
  }
}

/// The lines for figures the source gives differently depending on who counts: each figure, who
/// gives it, and the gap between them with the arithmetic shown.
enum ConflictLines {
  static func lines(group: String, _ m: MatchContext) -> [Answer.Line] {
    let members = (m.knowledge.statementsByConflict[group] ?? []).map { m.knowledge.statements[$0] }
    guard members.count > 1 else { return members.map(m.line) }
    var lines = [Answer.Line(Messages.Answers.figuresDisagree.text, style: .note)]
    for s in members {
      let figure = Messages.Answers.disagreeingFigure(value: m.value(s), accordingTo: s.accordingTo.map(m.name), statement: s.text)
      lines.append(Answer.Line("• " + figure.text, citations: [s.citation]))
    }
    let values = members.compactMap { s in m.absolute(s).map { (s, $0) } }.sorted { $0.1 > $1.1 }
    if values.count == 2, values[0].0.bound == nil, values[1].0.bound == nil,
      m.knowledge.measureByID[values[0].0.measure ?? ""]?.unit == m.knowledge.measureByID[values[1].0.measure ?? ""]?.unit
    {
      let (a, b) = (values[0], values[1])
      let gap = m.formatLike(a.1 - b.1, a.0)
      let ratio = b.1 != 0 ? NumberText.format(a.1 / b.1, places: 1) : nil
      let text = Messages.Answers.gap(larger: NumberText.format(a.0.value!), smaller: NumberText.format(b.0.value!), gap: gap, ratio: ratio).text
      lines.append(Answer.Line(text, style: .note))
    }
    return lines
  }
}
