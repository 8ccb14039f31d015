import SilkRoadCore

/// One conversation: answers questions in turn, completing follow-ups from the previous turn's
/// typed slots ("and Tajikistan?", "what about 2013?", "how much gas has it delivered?"), and
/// runs the commands. Used identically by the REPL, pipes, `batch` and transcript replay.
///
/// It carries only typed slots (entities, measures, content words, forms, years) for a few turns;
/// it does not resolve pronouns inside long texts or remember more than the last question.
public final class Conversation {
  public let answerer: Answerer
  public var knowledge: Knowledge { answerer.index.knowledge }
  /// The trace of the last answered question that named something (see `previous`).
  private var previousTrace: Answerer.Trace?
  /// Subjects of the facts the last answer used: what "they" or "it" most likely points to.
  /// (Worked out when a follow-up needs them, from the facts its trace keeps.)
  private var previousAnswerSubjects: [String] {
    var subjects: [String] = []
    for id in previousTrace?.facts ?? [] {
      if let s = knowledge.statement(id: id)?.about.first { subjects.appendIfNew(s) }
    }
    return subjects
  }
  private var turnsSincePrevious = 0
  public private(set) var lastTrace: Answerer.Trace?
  static let contextTurns = 3
  /// Everything asked and answered so far, for `save`.
  public private(set) var log: [(input: String, reply: Reply)] = []
  /// How many of the earliest exchanges were dropped from `log` to keep memory bounded.
  public private(set) var logDropped = 0
  /// The most exchanges a saved lesson keeps: far beyond any class, and a bound on memory however
  /// many lines are piped in (an exchange holds about a kilobyte).
  public var logLimit = 10_000
  /// Draw charts with ASCII characters only (the terminal is not UTF-8, or `--ascii`).
  public var asciiCharts = false
  var tour: Tour?
  var quiz: Quiz?

  public init(knowledge: Knowledge) {
    answerer = Answerer(knowledge: knowledge)
  }

  public init(index: KnowledgeIndex) {
    answerer = Answerer(index: index)
  }

  /// A fresh conversation over an existing answerer (its index is built once and shared).
  public init(answerer: Answerer) {
    self.answerer = answerer
  }

  /// Answers one line of input: a command or a question. Returns nil for an empty line.
  public func respond(to input: String) -> Reply? {
    let (cleaned, truncated) = InputSanitizer.clean(input)
    let line = cleaned.trimmingWhitespace
    guard !line.isEmpty else { return nil }
    if truncated, case .answer(var a)? = respond(to: line) {
      a.lines.insert(Answer.Line(Messages.Session.inputTruncated(characters: InputSanitizer.maxCharacters).text, style: .note), at: 0)
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
        answer.lines.append(Answer.Line(Messages.Session.duringTour(step: t.position + 1, of: t.steps.count).text, style: .note))
      }
      reply = .answer(answer)
    }
    if asciiCharts, case .answer(var a) = reply {
      for i in a.lines.indices where a.lines[i].style == .chart { a.lines[i].text = BarChart.ascii(a.lines[i].text) }
      reply = .answer(a)
    }
    switch reply {
    case .quit, .save: break
    default:
      log.append((line, reply))
      // Dropped in batches, so appending stays cheap.
      if log.count >= 2 * logLimit {
        let extra = log.count - logLimit
        log.removeFirst(extra)
        logDropped += extra
      }
    }
    return reply
  }

  /// Where the conversation is, for the prompt: "tour 3/12", "quiz 2/5", or nil.
  public var modeLabel: String? {
    if let quiz, quiz.current != nil { return quiz.label }
    return tour?.label
  }

  /// Answers a question, with follow-up completion and the notes about corrections and context.
  public func ask(_ question: String) -> Answer {
    var query = answerer.analyzer.analyze(question)
    var notes: [String] = []
    if let carried = complete(&query) { notes.append(carried) }
    for mention in query.entities where mention.corrected {
      notes.append(Messages.Session.takingAs(typed: mention.typed, name: answerer.index.knowledge.entityByID[mention.entity]?.name ?? mention.entity).text)
    }
    for term in query.content where term.correctedFrom != nil {
      notes.append(Messages.Session.readingAs(typed: term.typed, term: term.term).text)
    }
    var (answer, trace) = answerer.answer(query)
    trace.notes = notes
    lastTrace = trace
    if !notes.isEmpty && answer.status != .clarify {
      answer.lines.insert(contentsOf: notes.map { Answer.Line($0, style: .note) }, at: 0)
    }
    let asked = trace.query
    if answer.status == .answered && (!asked.entities.isEmpty || !asked.content.isEmpty || !asked.years.isEmpty) {
      // The next question may follow on from this one (see `previous`).
      previousTrace = trace
      turnsSincePrevious = 0
    } else {
      turnsSincePrevious += 1
    }
    return answer
  }

  /// What the last answered question itself said, not what it borrowed as soft context from the
  /// one before. Kept as that question's trace, which holds its query: remembering costs no copy
  /// until a follow-up needs it.
  var previous: Query? {
    guard let query = previousTrace?.query else { return nil }
    if query.contextEntities.isEmpty && query.contextTerms.isEmpty { return query }
    var own = query
    own.entities.removeAll { query.contextEntities.contains($0.entity) }
    own.contextEntities = []
    own.contextTerms = []
    return own
  }

  /// Fills a follow-up's missing slots from the previous question; returns the note to show, if any.
  func complete(_ q: inout Query) -> String? {
    guard let prev = previous, turnsSincePrevious < Self.contextTurns else { return nil }
    let knowledge = answerer.index.knowledge
    let onlySlots = q.content.isEmpty && q.measures.isEmpty
    // "and Tajikistan?", "what about 2013?", "Kazakhstan?": a bare name or date, or one that
    // opens like a follow-up. A full question that happens to contain only names is not one.
    // A bare name must be of a kind the last question named ("Tajikistan?" after a country).
    var kinds: [EntityKind] = []
    for mention in prev.entities {
      if let kind = knowledge.entityByID[mention.entity]?.kind { kinds.appendIfNew(kind) }
    }
    let sameKind = !q.entities.isEmpty && q.entities.allSatisfy { knowledge.entityByID[$0.entity].map { kinds.contains($0.kind) } ?? false }
    let bare = (q.forms.isEmpty || q.forms.allSatisfy { prev.forms.contains($0) }) && Tokenizer.tokens(q.text).count <= 4 && (sameKind || q.entities.isEmpty)
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
          q.contextEntities.appendIfNew(mention.entity)
        }
        let own = q.contentTerms
        q.contextTerms = []
        for t in prev.contentTerms where !own.contains(t) { q.contextTerms.appendIfNew(t) }
      }
      return nil
    }
    if ellipsis {
      q.content = prev.content
      q.measures = prev.measures
      q.topics = prev.topics
      q.forms = prev.forms
      q.formTerms = prev.formTerms
      for t in prev.allTerms { q.allTerms.appendIfNew(t) }
      q.entityNamedMeasures = prev.entityNamedMeasures
      if q.years.isEmpty && !q.entities.isEmpty {
        q.years = prev.years
        q.months = prev.months
      }
      // New entities replace earlier ones of the same kind; the rest are kept.
      var entities = prev.entities
      for mention in q.entities {
        let kind = knowledge.entityByID[mention.entity]?.kind
        if let i = entities.firstIndex(where: { knowledge.entityByID[$0.entity]?.kind == kind && !knowledge.subjects.contains($0.entity) }) {
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
        q.contextEntities.appendIfNew(id)
      }
    }
    return Messages.Session.followingOn(question: prev.text).text
  }

  /// Forgets the conversation context (a new topic, or `reset`).
  public func resetContext() {
    previousTrace = nil
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
