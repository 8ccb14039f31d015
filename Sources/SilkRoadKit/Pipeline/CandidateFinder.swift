import SilkRoadCore

/// The candidates stage: the statements worth scoring, from the rarer signals first, never a scan
/// of every statement.
struct CandidateFinder {
  let index: KnowledgeIndex

  /// Statements naming the question's entities (other than the background subject, China, named
  /// in a large share of all statements), of its measures, or carrying its content words. A unit
  /// word ("money", "share"), which every figure of that unit carries, would offer every such
  /// figure, so it only finds candidates when nothing else does; then the background entities,
  /// then the years.
  func candidates(for q: Query) -> [Int] {
    let k = index.knowledge
    let entityIDs = q.entityIDs
    var lists: [[Int]] = entityIDs.filter { !index.entities.background.contains($0) }.map { k.statementsByEntity[$0] ?? [] }
    lists += q.measures.map { k.statementsByMeasure[$0.id] ?? [] }
    let isUnitWord = index.phrases.unitTerms
    lists += q.content.filter { !isUnitWord.contains($0.term) }.map { index.statements.postings[$0.term] ?? [] }
    let fallbacks: [[[Int]]] = [
      q.content.filter { isUnitWord.contains($0.term) }.map { index.statements.postings[$0.term] ?? [] },
      entityIDs.map { k.statementsByEntity[$0] ?? [] },
      q.years.map { index.statements.byYear[$0] ?? [] },
    ]
    for more in fallbacks where lists.allSatisfy(\.isEmpty) { lists += more }
    var found = [Bool](repeating: false, count: k.statements.count)
    for i in lists.joined() { found[i] = true }
    return found.indices.filter { found[$0] }
  }
}
