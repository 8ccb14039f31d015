import SilkRoadCore

/// A quiz generated from the knowledge base: multiple-choice questions on figures (distractors are
/// other values of the same measure or unit), on rankings of comparable figures, and on who did
/// what. Deterministic for a seed. Figures may also be answered with the number itself, within
/// the tolerance stated.
struct Quiz {
  struct Question {
    var text: String
    var options: [String]
    var correct: Int
    var statement: Statement
    /// For figure questions: the value in the statement's own terms, and the tolerance accepted.
    var number: Double?
    var hint: String
  }

  var questions: [Question]
  var position = 0
  var score = 0
  var answered = 0
  var hintsUsed = 0
  static let tolerance = 0.05
  static let verbs: Set<String> = ["built", "paid", "won", "made", "lent", "leads", "runs", "owns", "holds", "sold", "gave", "funds", "operates"]
  static let prepositions: Set<String> = ["in", "at", "on", "by", "of", "to", "with", "for", "from"]
  static let letters = ["A", "B", "C", "D"]

  init?(_ m: MatchContext, topic filter: String?, count: Int, seed: UInt64) {
    var random = SeededRandom(seed: seed)
    var topicID: String?
    if let filter, !filter.isEmpty {
      topicID = Self.topic(named: filter, m)
      if topicID == nil { return nil }
    }
    // (In this order, so that one seed always asks the same quiz.)
    var pool = Self.figureQuestions(m, topicID, &random)
    pool += Self.rankingQuestions(m, topicID, &random)
    pool += Self.relationQuestions(m, topicID, &random)
    guard !pool.isEmpty else { return nil }
    pool.shuffle(using: &random)
    questions = Array(pool.prefix(max(1, count)))
  }

  /// The topic a teacher's word names: its id, its name or one of its phrases.
  static func topic(named filter: String, _ m: MatchContext) -> String? {
    let terms = m.index.vocabulary.terms(filter)
    return m.knowledge.topics.first { t in
      t.id == TextNormalizer.fold(filter) || TextNormalizer.fold(t.name) == TextNormalizer.fold(filter)
        || m.index.phrases.topicPhrases[t.id]?.contains(where: { $0 == terms }) == true
    }?.id
  }

  /// What is the figure: the measure's own question about an exact figure, with three other
  /// figures of the same measure or unit as distractors.
  static func figureQuestions(_ m: MatchContext, _ topicID: String?, _ random: inout SeededRandom) -> [Question] {
    let k = m.knowledge
    var pool: [Question] = []
    let figures = k.statements.filter { s in
      s.kind == .figure && s.bound == nil && s.conflict == nil && s.value != nil && (topicID.map { s.topics.contains($0) } ?? true)
    }
    for s in figures {
      guard let id = s.measure, let measure = k.measureByID[id], let subject = s.about.first,
        let question = m.question(measure: id, subject: subject)
      else { continue }
      let correct = m.value(s)
      let unit = (s.unit ?? measure.unit).lowercased()
      var distractors: [String] = []
      let sameMeasure = k.statements.filter { $0.measure == id && $0.id != s.id && $0.value != nil }
      let sameUnit = k.statements.filter {
        $0.kind == .figure && $0.measure != id && ($0.unit ?? k.measureByID[$0.measure ?? ""]?.unit ?? "").lowercased() == unit
      }
      for d in (sameMeasure + sameUnit.shuffled(using: &random)) {
        let text = m.value(d, withBound: false)
        if text != correct { distractors.appendIfNew(text) }
        if distractors.count == 3 { break }
      }
      guard distractors.count == 3 else { continue }
      // Keep only questions silkroad itself answers with this very fact: a template that does not
      // fit the statement ("How much did China give the United States?") is dropped.
      guard m.answersWith(question, s.id) else { continue }
      var options = distractors + [correct]
      options.shuffle(using: &random)
      pool.append(
        Question(
          text: question, options: options, correct: options.firstIndex(of: correct)!, statement: s, number: s.value,
          hint: Messages.Classroom.lookInSection(s.citation.section).text))
    }
    return pool
  }

  /// Rankings: which of up to four subjects has the highest value of a comparable measure. Only
  /// exact values at one time, so the answer is never decided by a bound ("greater than 20%").
  static func rankingQuestions(_ m: MatchContext, _ topicID: String?, _ random: inout SeededRandom) -> [Question] {
    let k = m.knowledge
    var pool: [Question] = []
    for measure in k.measures where measure.comparable {
      // Like with like: countries over one period, as the ranking answer does.
      var groups: [String: [String: Statement]] = [:]
      for i in k.statementsByMeasure[measure.id] ?? [] {
        let s = k.statements[i]
        guard let subject = s.about.first, s.value != nil, s.bound == nil, s.conflict == nil,
          topicID.map({ s.topics.contains($0) }) ?? true
        else { continue }
        let key = (k.entityByID[subject]?.kind.rawValue ?? "") + "|" + (s.time?.description ?? "")
        groups[key, default: [:]][subject] = groups[key]?[subject] ?? s
      }
      let rows = (groups.values.max { ($0.count, $1.keys.min() ?? "") < ($1.count, $0.keys.min() ?? "") } ?? [:])
        .values.sorted { $0.id < $1.id }
      guard rows.count >= 3 else { continue }
      let chosen = Array(rows.shuffled(using: &random).prefix(4))
      let top = chosen.max { (m.absolute($0) ?? 0) < (m.absolute($1) ?? 0) }!
      guard chosen.filter({ m.absolute($0) == m.absolute(top) }).count == 1 else { continue }
      let options = chosen.map { m.name($0.about[0]) }
      pool.append(
        Question(
          text: Messages.Classroom.whichRanksHighest(measure: measure.name).text, options: options,
          correct: options.firstIndex(of: m.name(top.about[0]))!, statement: top, number: nil,
          hint: Messages.Classroom.lookInSection(top.citation.section).text))
    }
    return pool
  }

  /// Who did what: an entity's stated relation, with other entities of the same kind as choices.
  static func relationQuestions(_ m: MatchContext, _ topicID: String?, _ random: inout SeededRandom) -> [Question] {
    let k = m.knowledge
    var pool: [Question] = []
    for e in k.entities {
      for r in e.relations where r.citation != nil {
        // Only relations that read as a verb ("upgraded", "paid", "owns") make a fair question.
        let words = r.relation.split(separator: " ")
        guard let verb = words.first, verb.hasSuffix("ed") || Self.verbs.contains(String(verb)), let last = words.last,
          !Self.prepositions.contains(String(last)), let target = k.entityByID[r.target]
        else { continue }
        if let topicID, !k.statements.contains(where: { $0.topics.contains(topicID) && $0.about.contains(e.id) }) { continue }
        let others = k.entities.filter { $0.kind == e.kind && $0.id != e.id }.shuffled(using: &random).prefix(3).map(\.name)
        guard others.count == 3 else { continue }
        var options = others + [e.name]
        options.shuffle(using: &random)
        let fact = Statement(
          id: e.id, kind: .claim, about: [e.id, target.id], measure: nil, value: nil, valueText: nil, unit: nil, scale: nil,
          bound: nil, time: nil, accordingTo: nil, conflict: nil, to: [], keywords: [], related: [], topics: [],
          text: "\(e.name) \(r.relation) \(target.name).", citation: r.citation!, position: SourcePosition(file: "", line: 0, column: 0))
        pool.append(
          Question(
            text: Messages.Classroom.whichDid(kind: e.kind.rawValue, relation: r.relation, target: target.name).text, options: options,
            correct: options.firstIndex(of: e.name)!, statement: fact, number: nil,
            hint: Messages.Classroom.namedInSection(kind: e.kind.rawValue, section: r.citation!.section).text))
      }
    }
    return pool
  }

  var label: String { Messages.Classroom.quizLabel(question: min(position + 1, questions.count), of: questions.count).text }
  var current: Question? { position < questions.count ? questions[position] : nil }

  func ask() -> [Answer.Line] {
    guard let q = current else { return [] }
    var lines = [Answer.Line(Messages.Classroom.question(number: position + 1, of: questions.count, text: q.text).text, style: .heading)]
    for (i, o) in q.options.enumerated() { lines.append(Answer.Line("  \(Self.letters[i])) \(o)")) }
    let tolerance = q.number != nil ? Int(Self.tolerance * 100) : nil
    lines.append(Answer.Line(Messages.Classroom.answerPrompt(tolerancePercent: tolerance).text, style: .note))
    return lines
  }

  /// Checks an answer: a letter, the option's text, or a number within tolerance.
  func isCorrect(_ input: String, _ q: Question) -> Bool? {
    let folded = TextNormalizer.fold(input).trimmingWhitespace
    let bare = folded.hasSuffix(")") || folded.hasSuffix(".") ? String(folded.dropLast()) : folded
    if let i = Self.letters.firstIndex(where: { $0.lowercased() == bare }) { return i < q.options.count ? i == q.correct : false }
    if let i = q.options.firstIndex(where: { TextNormalizer.fold($0) == folded }) { return i == q.correct }
    let digits = folded.filter { $0.isNumber || $0 == "." }
    if let target = q.number, let n = Double(digits), !digits.isEmpty {
      return abs(n - target) <= abs(target) * Self.tolerance
    }
    return nil
  }

  /// The revealed answer: the option, its citation, and one line of context.
  func reveal(_ q: Question) -> [Answer.Line] {
    [
      Answer.Line(Messages.Classroom.answerIs(letter: Self.letters[q.correct], option: q.options[q.correct]).text, style: .plain),
      Answer.Line(q.statement.text, citations: [q.statement.citation]),
    ]
  }
}
