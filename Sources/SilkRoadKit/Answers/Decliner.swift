/// Builds the honest refusal: why the source cannot answer, what it does cover, and two or three
/// answerable questions close to what was asked.
enum Decliner {
  static func answer(_ m: MatchContext, runnerUp: Proposal?) -> Answer {
    var lines: [Answer.Line] = []
    let unknown = m.query.unknownFocus.isEmpty ? m.unknownWords : m.query.unknownFocus
    if !unknown.isEmpty {
      let words = unknown.prefix(3).map { "“\($0)”" }.joined(separator: ", ")
      lines.append(Answer.Line("The source does not say: it never mentions \(words)."))
    } else if let missing = m.ranked.first(where: { !$0.missingEntities.isEmpty && $0.coverage >= 0.5 })?.missingEntities.first,
      !m.query.entityIDs.isEmpty
    {
      let covered = m.query.entityIDs.filter { $0 != missing }.map(m.name)
      let about = covered.isEmpty ? "" : " about \(covered.joined(separator: " and "))"
      lines.append(Answer.Line("The source does not say: it has nothing on that for \(m.name(missing)), though it has related facts\(about)."))
    } else {
      lines.append(Answer.Line("The source does not say."))
    }
    lines.append(Answer.Line(Messages.scope, style: .note))
    let suggestions = suggest(m)
    if !suggestions.isEmpty {
      lines.append(Answer.Line("You could ask:", style: .note))
      lines += suggestions.map { Answer.Line("  " + $0, style: .suggestion) }
    }
    return Answer(status: .noAnswer, intent: "decline", lines: lines)
  }

  /// Questions the knowledge can answer, built from the entities asked about and the nearest facts.
  static func suggest(_ m: MatchContext) -> [String] {
    var out: [String] = []
    func add(_ s: String) { if !out.contains(s) && out.count < 3 { out.append(s) } }
    var seenMeasures = Set<String>()
    for scored in m.ranked.prefix(30) {
      let s = m.statement(scored)
      guard s.kind == .figure, let id = s.measure, let measure = m.knowledge.measureByID[id], let subject = s.about.first,
        seenMeasures.insert(id).inserted
      else { continue }
      if !m.query.entityIDs.isEmpty && !m.query.entityIDs.contains(subject) { continue }
      add("What is \(m.name(subject))'s \(measure.name)?")
    }
    for e in m.query.entityIDs { add("Tell me about \(m.name(e))") }
    if out.isEmpty {
      add("How much does Kyrgyzstan owe China?")
      add("What should Russia do?")
    }
    return out
  }
}
