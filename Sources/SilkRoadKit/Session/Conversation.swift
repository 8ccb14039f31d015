/// One conversation: answers questions in turn, completing follow-ups from the previous turn's
/// typed slots ("and Tajikistan?", "what about 2013?", "how much gas has it delivered?"), and
/// runs the commands. Used identically by the REPL, pipes, `batch` and transcript replay.
///
/// It carries only typed slots (entities, measures, content words, forms, years) for a few turns;
/// it does not resolve pronouns inside long texts or remember more than the last question.
public final class Conversation {
  public let answerer: Answerer
  public var knowledge: Knowledge { answerer.lexicon.knowledge }
  private var previous: Query?
  /// Subjects of the facts the last answer used: what "they" or "it" most likely points to.
  private var previousAnswerSubjects: [String] = []
  private var turnsSincePrevious = 0
  public private(set) var lastTrace: Answerer.Trace?
  static let contextTurns = 3
  /// Everything asked and answered so far, for `save`.
  public private(set) var log: [(input: String, reply: Reply)] = []
  /// Draw charts with ASCII characters only (the terminal is not UTF-8, or `--ascii`).
  public var asciiCharts = false
  private var tour: Tour?
  private var quiz: Quiz?

  public init(knowledge: Knowledge) {
    answerer = Answerer(knowledge: knowledge)
  }

  /// A fresh conversation over an existing answerer (its lexicon is built once and shared).
  public init(answerer: Answerer) {
    self.answerer = answerer
  }

  /// Answers one line of input: a command or a question. Returns nil for an empty line.
  public func respond(to input: String) -> Reply? {
    let (cleaned, truncated) = InputSanitizer.clean(input)
    let line = cleaned.trimmingWhitespace
    guard !line.isEmpty else { return nil }
    if truncated, case .answer(var a)? = respond(to: line) {
      a.lines.insert(Answer.Line("(Only the first \(NumberText.format(Double(InputSanitizer.maxCharacters))) characters were read.)", style: .note), at: 0)
      return .answer(a)
    }
    var reply: Reply
    if let command = Command(line) {
      reply = command.run(in: self)
    } else if quiz?.current != nil {
      reply = quizAnswer(line)
    } else {
      var answer = ask(line)
      if let t = tour {
        answer.lines.append(Answer.Line("(Tour \(t.position + 1)/\(t.steps.count): `next` to go on.)", style: .note))
      }
      reply = .answer(answer)
    }
    if asciiCharts, case .answer(var a) = reply {
      for i in a.lines.indices where a.lines[i].style == .chart { a.lines[i].text = BarChart.ascii(a.lines[i].text) }
      reply = .answer(a)
    }
    switch reply {
    case .quit, .save: break
    default: log.append((line, reply))
    }
    return reply
  }

  /// Where the conversation is, for the prompt: "tour 3/12", "quiz 2/5", or nil.
  public var modeLabel: String? {
    if let quiz, quiz.current != nil { return quiz.label }
    return tour?.label
  }

  private var context: MatchContext { MatchContext(lexicon: answerer.lexicon, query: Query(text: ""), ranked: []) }

  private func classroom(_ intent: String, _ lines: [Answer.Line], facts: [String] = []) -> Reply {
    .answer(Answer(status: .answered, intent: intent, lines: lines, facts: facts))
  }

  func startTour(_ topic: String) -> Reply {
    guard let t = Tour(knowledge: knowledge, lexicon: answerer.lexicon, topic: topic.isEmpty ? nil : topic) else {
      return .text(["No tour for “\(topic)”. Try `tour` for the whole article, or a topic from `topics`."])
    }
    tour = t
    quiz = nil
    return tourStep()
  }

  func moveTour(by step: Int) -> Reply {
    guard var t = tour else { return .text(["No tour in progress: type `tour` to start one."]) }
    let target = t.position + step
    guard target >= 0 && target < t.steps.count else {
      return .text([step > 0 ? "That was the last step: `back` to revisit, `stop` to end the tour." : "This is the first step."])
    }
    t.position = target
    tour = t
    return tourStep()
  }

  private func tourStep() -> Reply {
    guard let t = tour else { return .text([]) }
    let (lines, facts) = t.render(context) { q in self.answerer.isAnswerable(q) }
    return classroom("tour", lines, facts: facts)
  }

  func stopMode() -> Reply {
    if var q = quiz, q.current != nil {
      q.position = q.questions.count
      quiz = q
      return .text(["Quiz stopped. Score: \(q.score)/\(q.answered)."])
    }
    if tour != nil {
      tour = nil
      return .text(["Tour ended. Ask anything, or `tour` to start again."])
    }
    return .text(["Nothing to stop."])
  }

  /// `quiz [topic] [N] [seed S]`.
  func startQuiz(_ spec: String) -> Reply {
    var count = 5
    var seed: UInt64?
    var words: [String] = []
    let parts = spec.split(separator: " ").map(String.init)
    var i = 0
    while i < parts.count {
      if parts[i].lowercased() == "seed", i + 1 < parts.count, let s = UInt64(parts[i + 1]) {
        seed = s
        i += 2
        continue
      }
      if let n = Int(parts[i]), n > 0 { count = min(n, 50) } else { words.append(parts[i]) }
      i += 1
    }
    var random = SystemRandomNumberGenerator()
    let topic = words.joined(separator: " ")
    guard let q = Quiz(context, topic: topic.isEmpty ? nil : topic, count: count, seed: seed ?? random.next()) else {
      return .text(["No quiz for “\(topic)”. Try `quiz` for the whole article, or a topic from `topics`."])
    }
    quiz = q
    tour = nil
    let intro = Answer.Line("Quiz: \(q.questions.count) question\(q.questions.count == 1 ? "" : "s")\(seed.map { " (seed \($0))" } ?? "").", style: .heading)
    return classroom("quiz", [intro] + q.ask())
  }

  private func quizAnswer(_ input: String) -> Reply {
    guard var q = quiz, let current = q.current else { return .text([]) }
    guard let ok = q.isCorrect(input, current) else {
      return classroom("quiz", [Answer.Line("Answer with a letter A–D\(current.number != nil ? " or a number" : ""), or `hint`, `skip`, `stop`.", style: .note)])
    }
    q.answered += 1
    if ok { q.score += 1 }
    var lines = [Answer.Line(ok ? "Correct!" : "Not quite.", style: .heading)] + q.reveal(current)
    q.position += 1
    lines.append(Answer.Line("Score: \(q.score)/\(q.answered).", style: .note))
    quiz = q
    lines += next(q)
    return classroom("quiz", lines, facts: [current.statement.id].filter { knowledge.statement(id: $0) != nil })
  }

  private func next(_ q: Quiz) -> [Answer.Line] {
    if q.current != nil { return q.ask() }
    return [Answer.Line("Quiz over: \(q.score)/\(q.questions.count) correct\(q.hintsUsed > 0 ? " (\(q.hintsUsed) hint\(q.hintsUsed == 1 ? "" : "s") used)" : "").", style: .heading)]
  }

  func quizHint() -> Reply {
    guard var q = quiz, let current = q.current else { return .text(["No quiz question to hint at: type `quiz` to start."]) }
    q.hintsUsed += 1
    quiz = q
    return classroom("quiz", [Answer.Line("Hint: \(current.hint)", style: .note)])
  }

  func quizSkip() -> Reply {
    guard var q = quiz, let current = q.current else { return .text(["No quiz question to skip."]) }
    q.answered += 1
    q.position += 1
    quiz = q
    let lines = [Answer.Line("Skipped.", style: .heading)] + q.reveal(current) + [Answer.Line("Score: \(q.score)/\(q.answered).", style: .note)] + next(q)
    return classroom("quiz", lines, facts: [current.statement.id].filter { knowledge.statement(id: $0) != nil })
  }

  /// Answers a question, with follow-up completion and the notes about corrections and context.
  public func ask(_ question: String) -> Answer {
    var query = answerer.analyzer.analyze(question)
    var notes: [String] = []
    if let carried = complete(&query) { notes.append(carried) }
    for mention in query.entities where mention.corrected {
      notes.append("Taking “\(mention.typed)” as \(answerer.lexicon.knowledge.entityByID[mention.entity]?.name ?? mention.entity).")
    }
    for term in query.content where term.correctedFrom != nil {
      notes.append("Reading “\(term.typed)” as “\(term.term)”.")
    }
    var (answer, trace) = answerer.answer(query)
    trace.notes = notes
    lastTrace = trace
    if !notes.isEmpty && answer.status != .clarify {
      answer.lines.insert(contentsOf: notes.map { Answer.Line($0, style: .note) }, at: 0)
    }
    if answer.status == .answered && (query.entities.isEmpty == false || !query.content.isEmpty || !query.years.isEmpty) {
      // Remember what the question itself said, not what it borrowed as soft context.
      var remembered = query
      remembered.entities.removeAll { query.contextEntities.contains($0.entity) }
      remembered.contextEntities = []
      remembered.contextTerms = []
      previous = remembered
      var subjects: [String] = []
      for id in answer.facts {
        if let s = knowledge.statement(id: id)?.about.first, !subjects.contains(s) { subjects.append(s) }
      }
      previousAnswerSubjects = subjects
      turnsSincePrevious = 0
    } else {
      turnsSincePrevious += 1
    }
    return answer
  }

  /// Fills a follow-up's missing slots from the previous question; returns the note to show, if any.
  func complete(_ q: inout Query) -> String? {
    guard let prev = previous, turnsSincePrevious < Self.contextTurns else { return nil }
    let knowledge = answerer.lexicon.knowledge
    let onlySlots = q.content.isEmpty && q.measures.isEmpty
    // "and Tajikistan?", "what about 2013?", "Kazakhstan?": a bare name or date, or one that
    // opens like a follow-up. A full question that happens to contain only names is not one.
    // A bare name must be of a kind the last question named ("Tajikistan?" after a country).
    let kinds = Set(prev.entities.compactMap { knowledge.entityByID[$0.entity]?.kind })
    let sameKind = !q.entities.isEmpty && q.entities.allSatisfy { kinds.contains(knowledge.entityByID[$0.entity]?.kind ?? "") }
    let bare = (q.forms.isEmpty || q.forms.isSubset(of: prev.forms)) && Tokenizer.tokens(q.text).count <= 4 && (sameKind || q.entities.isEmpty)
    let ellipsis = onlySlots && (!q.entities.isEmpty || !q.years.isEmpty) && (q.followUpOpening || bare)
    let pronoun = q.hasPronoun && q.entities.isEmpty && !prev.entities.isEmpty && !onlySlots
    guard ellipsis || pronoun else {
      // Not a bare follow-up, but it may continue the topic ("and when did the Kyrgyz first try?"):
      // the earlier entities and words count a little when they match, and are never required.
      if q.followUpOpening || q.hasPronoun || q.entities.isEmpty {
        let answered = previousAnswerSubjects.map { Query.EntityMention(entity: $0, typed: "", corrected: false) }
        for mention in prev.entities + answered where !q.entities.contains(where: { $0.entity == mention.entity }) {
          let kind = knowledge.entityByID[mention.entity]?.kind
          if q.entities.contains(where: { knowledge.entityByID[$0.entity]?.kind == kind }) { continue }
          q.entities.append(mention)
          q.contextEntities.insert(mention.entity)
        }
        q.contextTerms = Set(prev.contentTerms).subtracting(q.contentTerms)
      }
      return nil
    }
    if ellipsis {
      q.content = prev.content
      q.measures = prev.measures
      q.topics = prev.topics
      q.forms = prev.forms
      q.formTerms = prev.formTerms
      q.allTerms.formUnion(prev.allTerms)
      q.entityNamedMeasures = prev.entityNamedMeasures
      if q.years.isEmpty && !q.entities.isEmpty {
        q.years = prev.years
        q.months = prev.months
      }
      // New entities replace earlier ones of the same kind; the rest are kept.
      var entities = prev.entities
      for mention in q.entities {
        let kind = knowledge.entityByID[mention.entity]?.kind
        if let i = entities.firstIndex(where: { knowledge.entityByID[$0.entity]?.kind == kind && $0.entity != "china" }) {
          entities[i] = mention
        } else if !entities.contains(where: { $0.entity == mention.entity }) {
          entities.append(mention)
        }
      }
      var seen = Set<String>()
      q.entities = entities.filter { seen.insert($0.entity).inserted }
    } else {
      q.entities = prev.entities
      for id in previousAnswerSubjects where !q.entities.contains(where: { $0.entity == id }) {
        q.entities.append(.init(entity: id, typed: "", corrected: false))
        q.contextEntities.insert(id)
      }
    }
    return "Following on from “\(prev.text)”."
  }

  /// Forgets the conversation context (a new topic, or `reset`).
  public func resetContext() {
    previous = nil
    turnsSincePrevious = 0
  }
}

extension String {
  var trimmingWhitespace: String {
    var s = Substring(self)
    while let f = s.first, f.isWhitespace || f.isNewline { s.removeFirst() }
    while let l = s.last, l.isWhitespace || l.isNewline { s.removeLast() }
    return String(s)
  }
}
