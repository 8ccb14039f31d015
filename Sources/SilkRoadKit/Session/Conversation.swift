import SilkRoadCore

/// One conversation: answers questions in turn, completing follow-ups from the last one (see
/// `FollowUp`), and runs the commands. Used identically by the REPL, pipes, `batch` and
/// transcript replay.
public final class Conversation {
  public let answerer: Answerer
  public var knowledge: Knowledge { answerer.index.knowledge }
  /// The trace of the last answered question that named something: what a follow-up follows.
  private var previousTrace: Answerer.Trace?
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
      // The next question may follow on from this one.
      previousTrace = trace
      turnsSincePrevious = 0
    } else {
      turnsSincePrevious += 1
    }
    return answer
  }

  /// Fills a follow-up's missing slots from the last answered question, if it was recent (see
  /// `FollowUp`); returns the note to show, if any.
  func complete(_ q: inout Query) -> String? {
    guard let trace = previousTrace, turnsSincePrevious < Self.contextTurns else { return nil }
    return FollowUp(after: trace, knowledge: knowledge).complete(&q)
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
