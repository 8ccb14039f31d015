import SilkRoadCore

/// The topics stage: the topics (debt, security, soft power...) one of whose phrases the question
/// uses in full, in any order.
struct TopicFinder {
  let index: KnowledgeIndex

  func find(_ q: inout Query, _ words: QuestionWords) { find(&q, MainClause(q, words)) }

  func find(_ q: inout Query, _ main: MainClause) {
    let terms = main.terms
    var found: Set<String> = []
    for term in terms {
      for phrase in index.phrases.topicsByFirstTerm[term] ?? [] where phrase.terms.allSatisfy(terms.contains) { found.insert(phrase.topic) }
    }
    q.topics = found.sorted()
  }
}
