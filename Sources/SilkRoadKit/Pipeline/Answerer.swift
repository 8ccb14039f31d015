import SilkRoadCore

/// Runs the pipeline for one (context-completed) query: rank statements, ask every answer module
/// for a proposal, and take the best above the threshold, or decline honestly.
public struct Answerer: Sendable {
  public let index: KnowledgeIndex
  public let analyzer: QuestionAnalyzer
  static let threshold = 0.7
  let modules: [any AnswerModule] = [
    SmallTalkAnswer(), RecommendationAnswer(), RankingAnswer(), ComparisonAnswer(), FigureAnswer(),
    TimelineAnswer(), WhenAnswer(), ProfileAnswer(), ExplanationAnswer(),
  ]

  /// Whether each suggested question has been found answerable (suggestions repeat a lot).
  let answerable = AnswerabilityCache()

  public init(knowledge: Knowledge) {
    self.init(index: KnowledgeIndex(knowledge))
  }

  public init(index: KnowledgeIndex) {
    self.index = index
    analyzer = QuestionAnalyzer(index: index)
  }

  /// Whether a question gets an answer (memoised; used to keep only answerable suggestions).
  func isAnswerable(_ question: String) -> Bool {
    if let known = answerable.get(question) { return known }
    let ok = answer(analyzer.analyze(question), suggesting: false).0.status == .answered
    answerable.set(question, ok)
    return ok
  }

  /// How a question was understood, for `why`: filled in by the one call that answers the
  /// question, kept as the conversation's last, then only read.
  public final class Trace: @unchecked Sendable {
    /// What the answer modules saw.
    let context: MatchContext
    public var query: Query { context.query }
    public let chosen: String
    public let score: Double
    public let runnerUp: (intent: String, score: Double)?
    public var notes: [String]
    /// The best-matching statements: id, relevance, coverage, entities they lack.
    public var top: [(id: String, relevance: Double, coverage: Double, echo: Double, missing: [String])] = []
    public var facts: [String] = []
    /// How many statements the index offered and the ranker scored.
    public var candidates = 0

    init(context: MatchContext, chosen: String, score: Double, runnerUp: (intent: String, score: Double)?, notes: [String]) {
      self.context = context
      self.chosen = chosen
      self.score = score
      self.runnerUp = runnerUp
      self.notes = notes
    }
  }

  /// Answers a query; the trace keeps it (`trace.query`).
  public func answer(_ query: Query, suggesting: Bool = true) -> (Answer, Trace) {
    let ranked = StatementRanker(index: index).rank(query)
    var (answer, trace) = choose(query, ranked, suggesting: suggesting)
    trace.top = ranked.prefix(3).map { s in
      (index.knowledge.statements[s.index].id, s.relevance, s.coverage, s.echo, s.missingEntities)
    }
    trace.facts = answer.facts
    trace.candidates = ranked.count
    if answer.status == .noAnswer { answer.facts = [] }
    return (answer, trace)
  }

  func choose(_ query: Query, _ ranked: [ScoredStatement], suggesting: Bool) -> (Answer, Trace) {
    let context = MatchContext(index: index, query: query, ranked: ranked, suggestionChecker: suggesting ? self : nil)
    if let ambiguity = context.query.ambiguities.first {
      let names = ambiguity.candidates.map(context.name)
      let answer = Answer(status: .clarify, intent: "clarify", lines: [Answer.Line(Messages.Answers.didYouMean(names: names, typed: ambiguity.typed).text)])
      return (answer, Trace(context: context, chosen: "clarify", score: 1, runnerUp: nil, notes: []))
    }
    // Advice for the asker or an opinion is not something a source reports.
    if context.query.forms.contains(.personal) {
      let lines = [Answer.Line(Messages.Answers.noOpinions.text), Answer.Line(Messages.Answers.scope.text, style: .note)]
      return (Answer(status: .noAnswer, intent: "decline", lines: lines), Trace(context: context, chosen: "decline", score: 0, runnerUp: nil, notes: []))
    }
    var proposals = modules.compactMap { $0.propose(context) }
    proposals.sort { $0.score > $1.score }
    // An unknown name or an unknown thing asked about means the source does not cover the question;
    // other unknown words lower confidence.
    if !context.unknownWords.isEmpty {
      let penalty = context.query.unknownFocus.isEmpty ? 0.25 * Double(context.unknownWords.count) : 10
      for i in proposals.indices where proposals[i].intent != "small-talk" { proposals[i].score -= penalty }
      proposals.sort { $0.score > $1.score }
    }
    let best = proposals.first
    let runnerUp = proposals.dropFirst().first.map { ($0.intent, $0.score) }
    if let best, best.score >= Self.threshold {
      return (best.answer, Trace(context: context, chosen: best.intent, score: best.score, runnerUp: runnerUp, notes: []))
    }
    let declined = Decliner.answer(context)
    return (declined, Trace(context: context, chosen: "decline", score: best?.score ?? 0, runnerUp: best.map { ($0.intent, $0.score) }, notes: []))
  }
}

/// A small memo shared by copies of an `Answerer`. Not thread-safe by design: one conversation
/// runs on one thread.
final class AnswerabilityCache: @unchecked Sendable {
  private var known: [String: Bool] = [:]
  func get(_ q: String) -> Bool? { known[q] }
  func set(_ q: String, _ ok: Bool) { known[q] = ok }
}
