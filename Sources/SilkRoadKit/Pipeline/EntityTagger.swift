import SilkRoadCore

/// The names stage: entities named by an exact alias, longest first. (Misspelt names are found
/// later, among the words left over: see `Spelling`.)
struct EntityTagger {
  let index: KnowledgeIndex

  func tag(_ q: inout Query, _ words: inout QuestionWords) {
    var i = 0
    while i < words.count {
      guard let (entity, n) = index.entities.alias(in: words.stems, at: i, stopTerms: index.vocabulary.stopTerms) else {
        i += 1
        continue
      }
      if !q.entities.contains(where: { $0.entity == entity }) {
        q.entities.append(.init(entity: entity, typed: words.tokens[i..<(i + n)].joined(separator: " "), corrected: false))
        words.entityPositions.append(i)
        if i >= words.clauseStart { q.contextEntities.append(entity) }
      }
      for j in i..<(i + n) { words.used[j] = true }
      i += n
    }
  }

  /// Puts the entities in the order the question names them (misspelt ones are found after the rest).
  static func sortByPosition(_ q: inout Query, _ words: QuestionWords) {
    let positions = words.entityPositions
    guard q.entities.count > 1, positions != positions.sorted() else { return }
    q.entities = zip(positions, q.entities).sorted { $0.0 < $1.0 }.map { $0.1 }
  }
}
