import SilkRoadCore

/// The shell's own commands (`help`, `topics`, `sources`, `why`, `facts`, `quit`), with or without
/// a leading colon. They work the same at the prompt, in pipes, in `batch` and in transcripts.
public enum Command: Sendable {
  case help, topics, sources, why, quit, reset
  case facts(String)
  case tour(String), next, back, stop
  case quiz(String), hint, skip
  case save(String)

  /// Parses a line as a command; nil when it is a question. A bare command word is a command only
  /// when it is the whole line, so "why do Kazakhs protest?" stays a question.
  public init?(_ line: String) {
    var text = Substring(line)
    let colon = text.utf8.first == 0x3A  // ":" (a byte test: `hasPrefix` is a generic comparison)
    if colon { text = text.dropFirst() }
    // (By bytes: searching characters would break the whole line into graphemes.)
    while text.utf8.first == 0x20 { text = text.dropFirst() }
    let end = text.utf8.firstIndex(of: 0x20) ?? text.endIndex
    // Nearly every line is a question, whose first word starts no command: decided before the
    // rest of the line is touched.
    guard text[..<end].utf8.count <= Self.longestFirstWordBytes, case let first = text[..<end].lowercased(), Self.firstWords.contains(first)
    else { return nil }
    let rest = end < text.endIndex ? String(text[text.index(after: end)...]).trimmingWhitespace : ""
    switch first {
    case "help" where rest.isEmpty || colon, "?" where rest.isEmpty: self = .help
    case "topics" where rest.isEmpty: self = .topics
    case "sources" where rest.isEmpty, "source" where rest.isEmpty: self = .sources
    case "why" where rest.isEmpty: self = .why
    case "quit" where rest.isEmpty, "exit" where rest.isEmpty, "q" where rest.isEmpty && colon: self = .quit
    case "reset" where rest.isEmpty: self = .reset
    case "facts": self = .facts(rest)
    case "tour" where rest.split(separator: " ").count <= 3: self = .tour(rest)
    case "quiz" where rest.split(separator: " ").count <= 5: self = .quiz(rest)
    case "next" where rest.isEmpty: self = .next
    case "back" where rest.isEmpty: self = .back
    case "stop" where rest.isEmpty: self = .stop
    case "hint" where rest.isEmpty: self = .hint
    case "skip" where rest.isEmpty: self = .skip
    case "save" where !rest.isEmpty && !rest.contains(" ") || colon && !rest.isEmpty: self = .save(rest)
    case "save" where rest.isEmpty: self = .save("")
    default: return nil
    }
  }

  /// The names offered by tab completion.
  public static let names = [
    "help", "topics", "sources", "facts", "why", "quit", "exit", "reset", "tour", "next", "back", "stop", "quiz", "hint",
    "skip", "save",
  ]

  /// Every word a command can start with (the cases above): the names, and the short forms
  /// completion does not offer.
  static let firstWords = Set(names + ["?", "source", "q"])
  /// Longer typed words cannot be one: lower-casing turns at most three bytes into one ("K", the
  /// Kelvin sign, is "k").
  static let longestFirstWordBytes = 3 * (firstWords.map(\.utf8.count).max() ?? 0)

  func run(in conversation: Conversation) -> Reply {
    let k = conversation.knowledge
    switch self {
    case .help:
      return .text(Messages.Session.help.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
    case .quit:
      return .quit
    case .reset:
      conversation.resetContext()
      return .text([Messages.Session.contextCleared.text])
    case .topics:
      var lines = [Messages.Session.topicsIntro.text]
      for t in k.topics {
        let count = k.statements.filter { $0.topics.contains(t.id) }.count
        lines.append("  " + Messages.Session.topic(name: t.name, facts: count, words: Array(t.words.prefix(3))).text)
      }
      return .text(lines)
    case .sources:
      var lines: [String] = []
      for (n, s) in k.sources.enumerated() {
        lines.append("\(n + 1). \(s.title) (\(s.date)). \(s.note)")
        for sec in s.sections { lines.append("   " + Messages.Session.sourceSection(name: sec.name, paragraphs: sec.paragraphs, summary: sec.summary).text) }
      }
      lines.append(Messages.Session.citationExample.text)
      return .text(lines)
    case .why:
      guard let t = conversation.lastTrace else { return .text([Messages.Session.nothingAskedYet.text]) }
      return .text(WhyReport.lines(t, knowledge: k))
    case .tour(let topic): return conversation.startTour(topic)
    case .next: return conversation.moveTour(by: 1)
    case .back: return conversation.moveTour(by: -1)
    case .stop: return conversation.stopMode()
    case .quiz(let spec): return conversation.startQuiz(spec)
    case .hint: return conversation.quizHint()
    case .skip: return conversation.quizSkip()
    case .save(let path):
      guard !path.isEmpty else { return .text([Messages.Session.saveNeedsFileName.text]) }
      let file = path.hasSuffix(".md") ? path : path + ".md"
      return .save(
        path: file, markdown: LessonExporter.markdown(conversation.log, knowledge: k, omitted: conversation.logDropped), exchanges: conversation.log.count)
    case .facts(let filter):
      let list = FactFilter(knowledge: k, index: conversation.answerer.index).select(filter)
      if list.isEmpty { return .text([Messages.Session.noStatementMatches(filter: filter).text]) }
      return .text(list.map { "\($0.id)  \(CitationFormatter.format([$0.citation]))  \($0.text)" } + [Messages.Session.statementCount(list.count).text])
    }
  }
}

/// The `why` command's report: intent, entities with corrections, context, facts used, scores.
enum WhyReport {
  static func lines(_ t: Answerer.Trace, knowledge k: Knowledge) -> [String] {
    let q = t.query
    var lines = [Messages.Why.question(q.text).text]
    lines.append(Messages.Why.intent(t.chosen, score: t.score).text)
    if let r = t.runnerUp { lines.append(Messages.Why.runnerUp(r.intent, score: r.score).text) }
    if !q.forms.isEmpty { lines.append(Messages.Why.forms(q.forms.map(\.rawValue).sorted()).text) }
    if !q.entities.isEmpty {
      let list = q.entities.map { m in
        m.corrected ? Messages.Why.corrected(name: k.entityByID[m.entity]?.name ?? m.entity, typed: m.typed).text : k.entityByID[m.entity]?.name ?? m.entity
      }
      lines.append(Messages.Why.entities(list).text)
    }
    if !q.measures.isEmpty { lines.append(Messages.Why.measures(q.measures.map { k.measureByID[$0.id]?.name ?? $0.id }).text) }
    if !q.years.isEmpty || !q.months.isEmpty {
      let months = q.months.map { TimeRef.monthNames[$0 - 1] }
      lines.append(Messages.Why.time(months + q.years.map(String.init)).text)
    }
    if !q.content.isEmpty {
      let words = q.content.map { c in
        c.known ? (c.term == c.typed ? c.typed : Messages.Why.readAs(typed: c.typed, term: c.term).text) : Messages.Why.unknown(c.typed).text
      }
      lines.append(Messages.Why.words(words).text)
    }
    lines += t.notes.map { Messages.Why.note($0).text }
    if !t.facts.isEmpty { lines.append(Messages.Why.factsUsed(t.facts).text) }
    if t.candidates > 0 { lines.append(Messages.Why.scored(candidates: t.candidates).text) }
    for s in t.top {
      lines.append("  " + Messages.Why.candidate(id: s.id, relevance: s.relevance, coverage: s.coverage, echo: s.echo, lacks: s.missing).text)
    }
    return lines
  }
}
