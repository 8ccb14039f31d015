import SilkRoadCore

/// Builds the honest refusal: why the source cannot answer, what it does cover, and two or three
/// answerable questions close to what was asked.
enum Decliner {
  static func answer(_ m: MatchContext) -> Answer {
    var lines: [Answer.Line] = []
    let unknown = m.query.unknownFocus.isEmpty ? m.unknownWords : m.query.unknownFocus
    if !unknown.isEmpty {
      var distinct: [String] = []
      for w in unknown { distinct.appendIfNew(w) }
      lines.append(Answer.Line(Messages.Answers.neverMentions(words: Array(distinct.prefix(3))).text))
    } else if let missing = m.ranked.first(where: { !$0.missingEntities.isEmpty && $0.coverage >= 0.5 })?.missingEntities.first,
      !m.entityIDs.isEmpty
    {
      let covered = m.entityIDs.filter { $0 != missing }.map(m.name)
      lines.append(Answer.Line(Messages.Answers.nothingFor(name: m.name(missing), covered: covered).text))
    } else {
      lines.append(Answer.Line(Messages.Answers.doesNotSay.text))
    }
    lines.append(Answer.Line(Messages.Answers.scope.text, style: .note))
    let suggestions = suggest(m)
    if !suggestions.isEmpty {
      lines.append(Answer.Line(Messages.Answers.youCouldAsk.text, style: .note))
      lines += suggestions.map { Answer.Line("  " + $0, style: .suggestion) }
    }
    return Answer(status: .noAnswer, intent: "decline", lines: lines)
  }

  /// Questions the knowledge can answer, close to what was asked: the measures' own questions for
  /// the entities asked about and the nearest facts. Each is checked by answering it.
  static func suggest(_ m: MatchContext) -> [String] {
    var candidates: [String] = []
    // At most eight are checked (below), so collecting stops there.
    let asked = m.entityIDs
    for scored in m.ranked.prefix(40) where candidates.count < 8 {
      let s = m.statement(scored)
      guard s.kind == .figure, let id = s.measure, let subject = s.about.first,
        let template = m.knowledge.measureByID[id]?.question
      else { continue }
      if !asked.isEmpty && !asked.contains(subject) && template.containsBytes(of: "{e}") { continue }
      if let q = m.question(measure: id, subject: subject) { candidates.appendIfNew(q) }
    }
    for e in m.requiredEntityIDs { candidates.appendIfNew(Messages.Answers.tellMeAbout(name: m.name(e)).text) }
    if candidates.count < 2 {
      for measure in m.knowledge.measures.prefix(200) where measure.question?.containsBytes(of: "{e}") == false && candidates.count < 6 {
        candidates.appendIfNew(measure.question!)
      }
    }
    guard let answerer = m.suggestionChecker else { return Array(candidates.prefix(3)) }
    var out: [String] = []
    // Check at most eight: declining must stay quick however large the knowledge grows.
    for c in candidates.prefix(8) where out.count < 3 && answerer.isAnswerable(c) { out.append(c) }
    return out
  }
}
