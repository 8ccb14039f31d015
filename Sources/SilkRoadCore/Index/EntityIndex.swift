import RealModule

/// Who and what the knowledge names: entity aliases as stems (exact and for typo-tolerant
/// matching), which statements name which entity, and how much naming one tells.
package struct EntityIndex: Sendable, SnapshotStorable, Equatable {
  /// An alias as stems, with its entity.
  package struct Alias: Sendable, SnapshotStorable, Equatable {
    package var stems: [String]
    package var entity: String
  }

  /// Aliases by their first stem, longest first.
  package var aliases: [String: [Alias]]
  /// One-word aliases by their length in characters, in the knowledge's order: typo-tolerant
  /// matching compares a word only with names of about its length.
  package var oneWordAliases: [Int: [Alias]]
  /// The entities each statement is about, addresses, cites or names in its text (sorted).
  package var mentions: [[String]]
  /// The entities named anywhere in each statement's paragraph (by a statement or an entity's
  /// citation): a place named there sets the scene for every statement of it.
  package var paragraphMentions: [[String]]
  /// Entities so common in the source (its declared subjects, and anything named in a fifth of
  /// all statements) that a question naming them does not need a statement that names them too:
  /// "How much did Kyrgyzstan receive in 2017?" is about China's aid whether or not it says China.
  package var background: Set<String>
  /// Each entity's weight: rarer entities count for more, as rarer words do.
  package var weights: [String: Double]
  /// The terms of each entity's description and role, for profiles.
  package var descriptionTerms: [String: [String]]

  /// The entity whose alias starts at `stems[i]`, longest alias first, with how many stems it
  /// covers; aliases made only of stop words ("The", "US" folded to "us") never count.
  package func alias(in stems: [String], at i: Int, stopTerms: Set<String>) -> (entity: String, length: Int)? {
    for candidate in aliases[stems[i]] ?? [] {
      let n = candidate.stems.count
      guard i + n <= stems.count, stems[i..<(i + n)].elementsEqual(candidate.stems) else { continue }
      guard candidate.stems.contains(where: { !stopTerms.contains($0) }) else { continue }
      return (candidate.entity, n)
    }
    return nil
  }
}

extension EntityIndex {
  init(_ k: Knowledge, vocabulary v: Vocabulary) {
    (aliases, oneWordAliases) = Self.aliases(k)
    background = []
    mentions = []
    paragraphMentions = []
    weights = [:]
    descriptionTerms = [:]
    for e in k.entities where descriptionTerms[e.id] == nil {
      descriptionTerms[e.id] = Set(v.terms(e.description + " " + (e.role ?? ""))).sorted()
    }
    mentions = k.statements.map { s in
      var ids = Set(s.entityIDs)
      ids.formUnion(namedEntities(in: s.text + " " + s.keywords.joined(separator: " . "), stopTerms: v.stopTerms))
      return ids.sorted()
    }
    var mentioning: [String: Int] = [:]
    for ids in mentions { for id in ids { mentioning[id, default: 0] += 1 } }
    paragraphMentions = Self.paragraphMentions(k, mentions)
    let threshold = 0.2 * Double(max(1, mentions.count))
    background = Set(mentioning.filter { Double($0.value) >= threshold }.keys).union(k.subjects)
    let n = Double(max(1, k.statements.count))
    for e in k.entities { weights[e.id] = Double.log(1 + n / (Double(k.statementsByEntity[e.id]?.count ?? 0) + 1)) }
  }

  /// Every alias as stems, by first stem (longest first), and the one-word ones by length.
  static func aliases(_ k: Knowledge) -> ([String: [Alias]], [Int: [Alias]]) {
    var byFirst: [String: [Alias]] = [:]
    var oneWord: [Int: [Alias]] = [:]
    for e in k.entities {
      var seen = Set<[String]>()
      for name in [e.name] + e.aliases {
        let stems = Tokenizer.tokens(name).map(Stemmer.stem)
        guard let first = stems.first, seen.insert(stems).inserted else { continue }
        byFirst[first, default: []].append(Alias(stems: stems, entity: e.id))
        if stems.count == 1 { oneWord[first.count, default: []].append(Alias(stems: stems, entity: e.id)) }
      }
    }
    for key in byFirst.keys { byFirst[key]!.sort { $0.stems.count > $1.stems.count } }
    return (byFirst, oneWord)
  }

  /// The entities a text names by an alias.
  func namedEntities(in text: String, stopTerms: Set<String>) -> [String] {
    let stems = Tokenizer.tokens(text).map(Stemmer.stem)
    var found: [String] = []
    var i = 0
    while i < stems.count {
      if let match = alias(in: stems, at: i, stopTerms: stopTerms) {
        found.append(match.entity)
        i += match.length
      } else {
        i += 1
      }
    }
    return found
  }

  static func paragraphMentions(_ k: Knowledge, _ mentions: [[String]]) -> [[String]] {
    var byParagraph: [Citation: Set<String>] = [:]
    for (i, s) in k.statements.enumerated() { byParagraph[s.citation, default: []].formUnion(mentions[i]) }
    for e in k.entities { if let c = e.citation { byParagraph[c, default: []].insert(e.id) } }
    return k.statements.map { (byParagraph[$0.citation] ?? []).sorted() }
  }
}
