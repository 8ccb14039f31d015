import SilkRoadCore

/// Runs the pipeline for one (context-completed) query: rank statements, ask every answer module
/// for a proposal, and take the best above the threshold, or decline honestly.
public struct Answerer: Sendable {
  public let lexicon: Lexicon
  public let analyzer: QuestionAnalyzer
  static let threshold = 0.7
  let modules: [any AnswerModule] = [
    SmallTalkAnswer(), RecommendationAnswer(), RankingAnswer(), ComparisonAnswer(), FigureAnswer(),
    TimelineAnswer(), WhenAnswer(), ProfileAnswer(), ExplanationAnswer(),
  ]

  /// Whether each suggested question has been found answerable (suggestions repeat a lot).
  let answerable = AnswerabilityCache()

  public init(knowledge: Knowledge) {
    self.init(lexicon: Lexicon(knowledge))
  }

  public init(lexicon: Lexicon) {
    self.lexicon = lexicon
    analyzer = QuestionAnalyzer(lexicon: lexicon)
  }

  /// Whether a question gets an answer (memoised; used to keep only answerable suggestions).
  func isAnswerable(_ question: String) -> Bool {
    if let known = answerable.get(question) { return known }
    let ok = answer(analyzer.analyze(question), suggesting: false).0.status == .answered
    answerable.set(question, ok)
    return ok
  }

  /// How a question was understood, for `why`. A class: made for every question and kept as the
  /// conversation's last, it is handed on by reference instead of copying its query and lists.
  /// Filled in by the one call that answers the question, then only read.
  public final class Trace: @unchecked Sendable {
    public let query: Query
    public let chosen: String
    public let score: Double
    public let runnerUp: (intent: String, score: Double)?
    public var notes: [String]
    /// The best-matching statements: id, relevance, coverage, entities they lack.
    public var top: [(id: String, relevance: Double, coverage: Double, echo: Double, missing: [String])] = []
    public var facts: [String] = []
    /// How many statements the index offered and the ranker scored.
    public var candidates = 0

    init(query: Query, chosen: String, score: Double, runnerUp: (intent: String, score: Double)?, notes: [String]) {
      self.query = query
      self.chosen = chosen
      self.score = score
      self.runnerUp = runnerUp
      self.notes = notes
    }
  }

  public func answer(_ query: Query, suggesting: Bool = true) -> (Answer, Trace) {
    let ranked = StatementRanker(lexicon: lexicon).rank(query)
    var (answer, trace) = choose(query, ranked, suggesting: suggesting)
    // (A loop, not a closure: a closure would capture, so copy, the whole query.)
    for s in ranked.prefix(3) {
      trace.top.append((lexicon.knowledge.statements[s.index].id, s.relevance, s.coverage, s.echo, s.missingEntities.isEmpty ? [] : s.missingEntities.ids(in: query)))
    }
    trace.facts = answer.facts
    trace.candidates = ranked.count
    if answer.status == .noAnswer { answer.facts = [] }
    return (answer, trace)
  }

  func choose(_ query: Query, _ ranked: [ScoredStatement], suggesting: Bool) -> (Answer, Trace) {
    let context = MatchContext(lexicon: lexicon, query: query, ranked: ranked, suggestionChecker: suggesting ? self : nil)
    if let ambiguity = query.ambiguities.first {
      let names = ambiguity.candidates.map(context.name)
      let list = names.count == 2 ? "\(names[0]) or \(names[1])" : names.dropLast().joined(separator: ", ") + " or " + names.last!
      let answer = Answer(status: .clarify, intent: "clarify", lines: [Answer.Line("Did you mean \(list)? (“\(ambiguity.typed)” is close to both.)")])
      return (answer, Trace(query: query, chosen: "clarify", score: 1, runnerUp: nil, notes: []))
    }
    // Advice for the asker or an opinion is not something a source reports.
    if query.forms.contains("personal") {
      let lines = [Answer.Line(Messages.noOpinions), Answer.Line(Messages.scope, style: .note)]
      return (Answer(status: .noAnswer, intent: "decline", lines: lines), Trace(query: query, chosen: "decline", score: 0, runnerUp: nil, notes: []))
    }
    var proposals = modules.compactMap { $0.propose(context) }
    proposals.sort { $0.score > $1.score }
    // An unknown name or an unknown thing asked about means the source does not cover the question;
    // other unknown words lower confidence.
    if !context.unknownWords.isEmpty {
      let penalty = query.unknownFocus.isEmpty ? 0.25 * Double(context.unknownWords.count) : 10
      for i in proposals.indices where proposals[i].intent != "small-talk" { proposals[i].score -= penalty }
      proposals.sort { $0.score > $1.score }
    }
    let best = proposals.first
    let runnerUp = proposals.dropFirst().first.map { ($0.intent, $0.score) }
    if let best, best.score >= Self.threshold {
      return (best.answer, Trace(query: query, chosen: best.intent, score: best.score, runnerUp: runnerUp, notes: []))
    }
    let declined = Decliner.answer(context)
    return (declined, Trace(query: query, chosen: "decline", score: best?.score ?? 0, runnerUp: best.map { ($0.intent, $0.score) }, notes: []))
  }
}

/// A small memo shared by copies of an `Answerer`. Not thread-safe by design: one conversation
/// runs on one thread.
final class AnswerabilityCache: @unchecked Sendable {
  private var known: [String: Bool] = [:]
  func get(_ q: String) -> Bool? { known[q] }
  func set(_ q: String, _ ok: Bool) { known[q] = ok }
}
