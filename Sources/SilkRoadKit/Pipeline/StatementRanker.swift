import SilkRoadCore

/// A statement scored against a query: what the answer modules choose from.
public struct ScoredStatement: Sendable {
  public var index: Int
  public var relevance: Double
  /// Share of the question's content weight this statement explains (0...1).
  public var coverage: Double
  /// Query entities this statement neither is about nor mentions, in the query's order.
  public var missingEntities: [String]
  /// Named places, projects or organisations this statement leaves implicit (allowed, weaker).
  public var softMissing: [String]
  public var measureMatch: Bool
  public var timeMatch: Bool?
  /// Share of what the statement is specifically about (its measure, its subject) that the
  /// question names: a figure about ethnic Uzbeks in Xinjiang does not answer "Uzbekistan's
  /// population" although every word of that question matches it.
  public var echo: Double
  /// The statement's subject is named in the question (or is the background subject, China).
  public var subjectNamed: Bool
  /// The question mentions the statement's unit ("money" for dollars, "students" for students).
  public var unitAsked: Bool
  /// The question asks for money and this is a percentage, or the other way round.
  public var unitConflict: Bool
}

/// The ranking stage: candidates from the indexes (`CandidateFinder`), each scored
/// (`StatementScorer`), best first; ties go to the statement that comes first in the knowledge.
struct StatementRanker {
  let index: KnowledgeIndex

  func rank(_ q: Query) -> [ScoredStatement] {
    let scorer = StatementScorer(index: index, query: q)
    return CandidateFinder(index: index).candidates(for: q).map(scorer.score).sorted {
      $0.relevance != $1.relevance ? $0.relevance > $1.relevance : $0.index < $1.index
    }
  }
}
