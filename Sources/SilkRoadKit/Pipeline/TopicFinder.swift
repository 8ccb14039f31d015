import SilkRoadCore

/// The topics stage: the topics (debt, security, soft power...) one of whose phrases the question
/// uses in full, in any order.
struct TopicFinder {
  let index: KnowledgeIndex

  func find(_ q: inout Query, _ words: QuestionWords) {
    var terms = Set(q.content.filter { !$0.subordinate }.map { $0.term })
    terms.formUnion(q.measureFormTerms)
    terms.formUnion((0..<words.clauseStart).filter { !words.formOnly[$0] }.map { words.terms[$0] })
    var found: Set<String> = []
    for term in terms {
      for phrase in index.phrases.topicsByFirstTerm[term] ?? [] where phrase.terms.allSatisfy(terms.contains) { found.insert(phrase.topic) }
    }
    q.topics = found.sorted()
  }
}
