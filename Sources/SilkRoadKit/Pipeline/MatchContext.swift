import SilkRoadCore

/// What every answer module sees: the (possibly context-completed) query, the ranked statements,
/// and helpers to render facts. Built once per question, then only read.
final class MatchContext {
  let index: KnowledgeIndex
  let query: Query
  let ranked: [ScoredStatement]
  /// Answers candidate suggestions to keep only answerable ones (nil while checking, so it stops).
  let suggestionChecker: Answerer?
  var knowledge: Knowledge { index.knowledge }

  /// The query's entities, those it names itself and the measures its own words name, worked out
  /// once: the modules ask for them many times, and each time `Query` makes a new list.
  let entityIDs: [String]
  let requiredEntityIDs: [String]
  let askedMeasures: [String]

  init(index: KnowledgeIndex, query: Query, ranked: [ScoredStatement], suggestionChecker: Answerer? = nil) {
    self.index = index
    let ids = query.entityIDs
    entityIDs = ids
    requiredEntityIDs = query.requiredEntityIDs(among: ids)
    askedMeasures = query.askedMeasures
    self.query = query
    self.ranked = ranked
    self.suggestionChecker = suggestionChecker
  }

  func statement(_ s: ScoredStatement) -> Statement { knowledge.statements[s.index] }

  func isFigure(_ s: ScoredStatement) -> Bool { statement(s).kind == .figure }

  func name(_ entity: String) -> String { knowledge.entityByID[entity]?.name ?? entity }

  var hasContent: Bool { !query.content.isEmpty }
  var unknownWords: [String] { query.content.filter { !$0.known }.map { $0.typed } }

  func has(_ form: Form) -> Bool { query.forms.contains(form) }

  /// The measure's own question about `subject` ("How much does Kyrgyzstan owe China?"), or nil
  /// when the measure has none or the template already names the subject ("… did China give China?").
  func question(measure id: String, subject: String) -> String? {
    guard let template = knowledge.measureByID[id]?.question else { return nil }
    guard template.containsBytes(of: "{e}") else { return template }
    if template.containsBytes(of: name(subject)) { return nil }
    return template.replacing("{e}", with: name(subject))
  }

  /// Whether silkroad's own answer to `question` rests on the statement `id` (needs the checker).
  func answersWith(_ question: String, _ id: String) -> Bool {
    guard let answerer = suggestionChecker else { return true }
    let (answer, _) = answerer.answer(answerer.analyzer.analyze(question), suggesting: false)
    return answer.status == .answered && answer.facts.contains(id)
  }

  /// The line for one statement: its text and citation.
  func line(_ s: Statement) -> Answer.Line { Answer.Line(s.text, citations: [s.citation]) }

  /// `$1.7 billion`, `more than 20%`, `16 exercises`.
  func value(_ s: Statement, withBound: Bool = true) -> String {
    guard let v = s.value else { return "" }
    let unit = s.unit ?? s.measure.flatMap { knowledge.measureByID[$0]?.unit } ?? ""
    var text = NumberText.format(v)
    if s.scale == "thousand" {
      text = NumberText.format(v * 1000)  // "180,000" reads better than "180 thousand"
    } else if let scale = s.scale {
      text += " " + scale
    }
    switch unit.lowercased() {
    case "usd": text = "$" + text
    case "percent": text += "%"
    case "": break
    default: text += " " + unit
    }
    if withBound, let b = s.bound { text = b.rawValue + " " + text }
    return text
  }

  /// The value in base units, for arithmetic (1.7 billion → 1.7e9).
  func absolute(_ s: Statement) -> Double? {
    guard let v = s.value else { return nil }
    return v * (s.scale.flatMap { KnowledgeDecoder.scales[$0] } ?? 1)
  }

  /// Formats an absolute amount back in the scale of `like`, so arithmetic reads in the source's terms.
  func formatLike(_ amount: Double, _ like: Statement) -> String {
    let factor = like.scale.flatMap { KnowledgeDecoder.scales[$0] } ?? 1
    var text = NumberText.format(amount / factor, places: 2)
    if let scale = like.scale { text += " " + scale }
    let unit = like.unit ?? like.measure.flatMap { knowledge.measureByID[$0]?.unit } ?? ""
    switch unit.lowercased() {
    case "usd": text = "$" + text
    case "percent": text += " percentage points"
    case "": break
    default: text += " " + unit
    }
    return text
  }

  /// Where a figure's bound puts the true value: above (1), below (-1) or near it (0).
  func direction(_ s: Statement) -> Int { s.bound?.direction ?? 0 }
}
