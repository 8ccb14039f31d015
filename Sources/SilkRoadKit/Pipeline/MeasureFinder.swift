import SilkRoadCore

/// The measures stage: which figures the question asks about ("debt to China", "trade"), from
/// the main clause. A measure named only by an entity's words ("Safe City" money) is weak:
/// "Tajikistan's Safe City" asks for a profile, not a figure.
struct MeasureFinder {
  let index: KnowledgeIndex

  func find(_ q: inout Query, _ words: QuestionWords) { find(&q, MainClause(q, words)) }

  func find(_ q: inout Query, _ main: MainClause) {
    let (own, sequence, termSet) = (main.own, main.sequence, main.terms)
    var found: [(id: String, score: Double, own: Bool)] = []
    for t in main.ordered {
      for phrase in index.phrases.measuresByFirstTerm[t] ?? [] where Self.contains(phrase.terms, in: sequence, termSet) {
        let isOwn = phrase.terms.allSatisfy(own.contains)
        let length = Double(phrase.terms.count)
        if let j = found.firstIndex(where: { $0.id == phrase.measure }) {
          found[j].score = max(found[j].score, length)
          found[j].own = found[j].own || isOwn
        } else {
          found.append((phrase.measure, length, isOwn))
        }
      }
    }
    for (id, phraseScore, isOwn) in found {
      let score = phraseScore + echo(id, termSet)
      if !isOwn { q.entityNamedMeasures.append(id) }
      q.measures.append((id, isOwn ? score : 0.5 * score))
    }
    q.measures.sort { ($0.score, $1.id) > ($1.score, $0.id) }
  }

  /// Extra score for a measure whose context words and name the question echoes: "debt to China"
  /// over "debt to China as a share of GDP" when GDP is not mentioned.
  func echo(_ id: String, _ termSet: Set<String>) -> Double {
    let context = index.phrases.measureContext[id] ?? []
    let name = index.phrases.measureNameTerms[id] ?? []
    var score = 0.5 * Double(context.filter(termSet.contains).count)
    if !name.isEmpty { score += 0.2 * Double(name.filter(termSet.contains).count) / Double(name.count) }
    return score
  }

  /// A one-term phrase anywhere in the question; a longer one as consecutive words of the main clause.
  static func contains(_ phrase: [String], in sequence: [String], _ termSet: Set<String>) -> Bool {
    if phrase.count == 1 { return termSet.contains(phrase[0]) }
    guard phrase.count <= sequence.count else { return false }
    return (0...(sequence.count - phrase.count)).contains { sequence[$0..<($0 + phrase.count)].elementsEqual(phrase) }
  }
}
