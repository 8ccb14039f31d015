import RealModule

/// The statements by what finds them: the terms each one carries (its words, its measure's words,
/// its unit's words, its entities' names), the inverse of that, and its dates and place in the
/// source.
package struct StatementIndex: Sendable, SnapshotStorable, Equatable {
  /// Each statement's terms.
  package var terms: [Set<String>]
  /// Statement indexes per term, for finding candidates without scanning every statement.
  package var postings: [String: [Int]]
  /// Inverse document frequency per term: rarer terms say more about which statement is meant.
  package var idf: [String: Double]
  /// The weight of a term no statement uses: the rarest.
  package var unseenWeight: Double
  /// Dated statements by every year their time covers, for timelines.
  package var byYear: [Int: [Int]]
  /// The recommendations, in order.
  package var recommendations: [Int]
  /// Each statement's place when all are ordered by citation (statements citing the same
  /// paragraph share it), so answers can list facts in the source's order.
  package var citationRank: [Int]
  /// Each statement's unit, lower-cased: its own, else its measure's.
  package var units: [String?]

  package func weight(_ term: String) -> Double { idf[term] ?? unseenWeight }
}

extension StatementIndex {
  init(_ k: Knowledge, vocabulary v: Vocabulary, phrases: PhraseIndex) {
    terms = k.statements.map { Self.terms(of: $0, in: k, vocabulary: v, phrases: phrases) }
    var postings: [String: [Int]] = [:]
    for (i, bag) in terms.enumerated() { for t in bag { postings[t, default: []].append(i) } }
    self.postings = postings
    let n = Double(max(1, k.statements.count))
    idf = postings.mapValues { Double.log(1 + n / Double($0.count)) }
    unseenWeight = Double.log(1 + n)
    byYear = [:]
    for (i, s) in k.statements.enumerated() {
      if let t = s.time { for y in t.year...(t.endYear ?? t.year) { byYear[y, default: []].append(i) } }
    }
    recommendations = k.statements.indices.filter { k.statements[$0].kind == .recommendation }
    citationRank = Self.citationRanks(k)
    units = k.statements.map(k.unit(of:))
  }

  /// What a statement can be found by: its words and keywords; for a figure its measure's words
  /// (less the measure's context words, which only qualify it) and its unit's words, since money
  /// figures answer "how much money / cost / worth" and counts answer their unit noun; and the
  /// names of the entities it is about, addresses or reports. Stop words never count.
  static func terms(of s: Statement, in k: Knowledge, vocabulary v: Vocabulary, phrases: PhraseIndex) -> Set<String> {
    var bag = Set(v.terms(s.text) + s.keywords.flatMap(v.terms))
    if let m = s.measure {
      let context = Set(phrases.measureContext[m] ?? [])
      bag.formUnion((phrases.measureWords[m] ?? []).joined())
      bag.subtract(context)
      bag.formUnion(v.terms(k.measureByID[m]?.name ?? "").filter { !context.contains($0) })
    }
    if let unit = k.unit(of: s) { bag.formUnion(phrases.unitWords[unit]?.terms ?? v.terms(unit)) }
    for id in s.entityIDs {
      if let e = k.entityByID[id] { bag.formUnion(v.terms(e.name)) }
    }
    return bag.subtracting(v.stopTerms)
  }

  static func citationRanks(_ k: Knowledge) -> [Int] {
    let order = k.statements.indices.sorted { k.statements[$0].citation < k.statements[$1].citation }
    var ranks = [Int](repeating: 0, count: k.statements.count)
    var rank = 0
    for (position, i) in order.enumerated() {
      if position > 0 && k.statements[order[position - 1]].citation != k.statements[i].citation { rank += 1 }
      ranks[i] = rank
    }
    return ranks
  }
}
