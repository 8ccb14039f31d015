import SilkRoadCore

/// Turns a question into a `Query`, stage by stage: its words (`QuestionWords`), the entities it
/// names (`EntityTagger`), its form (`FormFinder`), its times (`TimeFinder`), its content words
/// with typos corrected (`ContentReader`, `Spelling`), then the measures and topics those name
/// (`MeasureFinder`, `TopicFinder`).
///
/// It does not decide what to answer; `StatementRanker` and the answer modules do.
public struct QuestionAnalyzer: Sendable {
  let index: KnowledgeIndex

  public init(index: KnowledgeIndex) { self.index = index }

  public func analyze(_ text: String) -> Query {
    let roles = index.knowledge.parts.wordRoles
    var q = Query(text: text)
    var words = QuestionWords(text, vocabulary: index.vocabulary, roles: roles)
    q.followUpOpening = words.opensLikeFollowUp(index.phrases.followUpOpenings)
    EntityTagger(index: index).tag(&q, &words)
    FormFinder(index: index).find(&q, &words)
    TimeFinder(roles: roles).find(&q, &words)
    ContentReader(index: index).read(&q, &words)
    for t in words.terms { q.allTerms.appendIfNew(t) }
    EntityTagger.sortByPosition(&q, words)
    let main = MainClause(q, words)
    MeasureFinder(index: index).find(&q, main)
    TopicFinder(index: index).find(&q, main)
    return q
  }
}
