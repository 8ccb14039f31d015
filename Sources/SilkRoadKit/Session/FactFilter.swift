import SilkRoadCore

/// Selects statements for `facts [FILTER]`: all of them, or those about an entity (by any alias),
/// a topic, a measure, a section or an id prefix.
public struct FactFilter {
  let knowledge: Knowledge
  let index: KnowledgeIndex

  public init(knowledge: Knowledge, index: KnowledgeIndex) {
    self.knowledge = knowledge
    self.index = index
  }

  public func select(_ filter: String) -> [Statement] {
    let f = filter.trimmingWhitespace
    guard !f.isEmpty else { return knowledge.statements }
    let folded = TextNormalizer.fold(f)
    if let s = knowledge.statement(id: folded) { return [s] }
    if let t = knowledge.topics.first(where: { $0.id == folded || TextNormalizer.fold($0.name) == folded }) {
      return knowledge.statements.filter { $0.topics.contains(t.id) }
    }
    if knowledge.measureByID[folded] != nil {
      return knowledge.statements.filter { $0.measure == folded }
    }
    if let s = knowledge.sources.first?.sections.first(where: { TextNormalizer.fold($0.name) == folded }) {
      return knowledge.statements.filter { $0.citation.section == s.name }
    }
    let q = QuestionAnalyzer(index: index).analyze(f)
    if !q.entities.isEmpty {
      let ids = Set(q.entityIDs)
      return knowledge.statements.enumerated().filter { ids.isSubset(of: index.entities.mentions[$0.offset]) }.map(\.element)
    }
    return knowledge.statements.filter { $0.id.hasPrefix(folded) }
  }
}
