/// The words silkroad understands: how a typed word becomes a *term* (folded, stemmed, synonyms
/// mapped to one key), which terms the knowledge uses, and which words say nothing on their own.
///
/// All matching works on terms, so "owes", "owed" and "owe" meet, and so do the words of a
/// synonym group ("arms", "weapons").
package struct Vocabulary: Sendable, SnapshotStorable, Equatable {
  /// A word's stem to the first stem of its synonym group.
  package var canonical: [String: String]
  /// Stop words (as their stems): grammar, not content.
  package var stopTerms: Set<String>
  /// Everyday words (as their stems): ignored when the knowledge does not use them.
  package var genericTerms: Set<String>
  /// Every term the knowledge uses anywhere; a question word outside it is unknown to the source.
  package var known: Set<String>
  /// Known terms worth correcting a typo to (five letters or more, not numbers), by length.
  package var correctableByLength: [Int: [String]]
  /// The one-word stop words by their length in characters, to tell a slip on one ("dose").
  package var stopwordsByLength: [Int: [String]]
  /// The stem of every word the knowledge's own texts use: most of a question's words are among
  /// them, and stemming was the largest part of reading one.
  package var stems: [String: String]

  package func stem(_ token: String) -> String { stems[token] ?? Stemmer.stem(token) }

  /// The term for one folded token: stemmed, then mapped through the synonym groups.
  package func term(_ token: String) -> String {
    let stem = stem(token)
    return canonical[stem] ?? stem
  }

  package func terms(_ text: String) -> [String] { Tokenizer.tokens(text).map(term) }

  package func isStop(_ termOrToken: String) -> Bool { stopTerms.contains(termOrToken) }
}

extension Vocabulary {
  /// The word tables of a knowledge base; `used` are the terms its statements, entities, measures,
  /// topics and sections use (see `KnowledgeIndex`), `stems` those of its words (`stems(of:)`).
  init(_ k: Knowledge, synonyms canonical: [String: String], stems: [String: String], used: Set<String>) {
    self.canonical = canonical
    self.stems = stems
    stopTerms = Set(k.stopwords.flatMap { Tokenizer.tokens($0).map(Stemmer.stem) })
    genericTerms = Set(k.genericWords.flatMap { Tokenizer.tokens($0).map(Stemmer.stem) })
    known = used.union(canonical.values).subtracting(stopTerms)
    var byLength: [Int: [String]] = [:]
    for word in known.sorted() where word.utf8.count >= 5 && !(word.first?.isNumber ?? true) {
      byLength[word.count, default: []].append(word)
    }
    correctableByLength = byLength
    stopwordsByLength = Dictionary(grouping: k.parts.stopwords.filter { !$0.contains(" ") }, by: \.count)
  }

  /// The stem of every word of the knowledge's texts, names, phrases and word lists.
  static func stems(of k: Knowledge) -> [String: String] {
    var texts = k.parts.stopwords + k.parts.genericWords + k.synonyms.joined()
    for s in k.statements { texts += [s.text] + s.keywords }
    for e in k.entities { texts += [e.name, e.description, e.role ?? ""] + e.aliases + e.relations.map(\.relation) }
    for m in k.measures { texts += [m.name] + m.words + m.contextWords }
    for t in k.topics { texts += [t.name] + t.words }
    for f in k.forms { texts += f.phrases }
    for s in k.sources { for sec in s.sections { texts += [sec.name, sec.summary] } }
    return Dictionary(Set(texts.flatMap(Tokenizer.tokens)).map { ($0, Stemmer.stem($0)) }, uniquingKeysWith: { first, _ in first })
  }

  /// Each word's stem to the first stem of its synonym group (one-word synonyms only).
  static func synonymHeads(_ k: Knowledge) -> [String: String] {
    var canonical: [String: String] = [:]
    for group in k.synonyms {
      let words = group.filter { !$0.contains(" ") }
      guard let head = words.first.map({ Stemmer.stem(TextNormalizer.fold($0)) }) else { continue }
      for w in words { canonical[Stemmer.stem(TextNormalizer.fold(w))] = head }
    }
    return canonical
  }
}
