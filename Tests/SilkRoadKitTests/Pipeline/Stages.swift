import SilkRoadCore

@testable import SilkRoadKit

/// Runs the question stages in `QuestionAnalyzer.analyze`'s order up to a chosen one, so that a
/// test can run the next stage alone on exactly what it would be given.
enum Stages {
  enum Last: Int, Comparable {
    case words, entities, forms, times, content

    static func < (a: Last, b: Last) -> Bool { a.rawValue < b.rawValue }
  }

  static func run(_ text: String, through last: Last, index: KnowledgeIndex = Fixtures.Region.index) -> (Query, QuestionWords) {
    let roles = index.knowledge.parts.wordRoles
    var q = Query(text: text)
    var words = QuestionWords(text, vocabulary: index.vocabulary, roles: roles)
    q.followUpOpening = words.opensLikeFollowUp(index.phrases.followUpOpenings)
    if last >= .entities { EntityTagger(index: index).tag(&q, &words) }
    if last >= .forms { FormFinder(index: index).find(&q, &words) }
    if last >= .times { TimeFinder(roles: roles).find(&q, &words) }
    if last >= .content {
      ContentReader(index: index).read(&q, &words)
      for t in words.terms { q.allTerms.appendIfNew(t) }
      EntityTagger.sortByPosition(&q, words)
    }
    return (q, words)
  }

  /// Everything the answer modules see for a question: the analyzed query and its ranked statements.
  static func context(_ text: String, index: KnowledgeIndex = Fixtures.Region.index, checked: Bool = false) -> MatchContext {
    let answerer = Answerer(index: index)
    let q = answerer.analyzer.analyze(text)
    return MatchContext(index: index, query: q, ranked: StatementRanker(index: index).rank(q), suggestionChecker: checked ? answerer : nil)
  }

  /// The ids of statements given by their positions in the knowledge.
  static func ids(_ positions: [Int], index: KnowledgeIndex = Fixtures.Region.index) -> [String] {
    positions.map { index.knowledge.statements[$0].id }
  }

  /// The position of a statement in the knowledge.
  static func position(of id: String, index: KnowledgeIndex = Fixtures.Region.index) -> Int {
    guard let i = index.knowledge.statementIndexByID[id] else { fatalError("no statement \(id) in the fixture") }
    return i
  }
}
