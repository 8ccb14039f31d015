import Synchronization

/// Everything the matcher looks words up in, built once from the knowledge: stems and synonyms,
/// the known vocabulary, entity aliases, measure and topic phrases, question-form phrases, and the
/// per-statement term bags with their inverse document frequencies.
///
/// All matching works on *terms*: folded, stemmed words with synonyms mapped to one key.
public final class Lexicon: Sendable {
  public let knowledge: Knowledge
  package let stopTerms: FrozenStringSet
  package let genericTerms: FrozenStringSet
  /// Every word the knowledge uses (and every stop word, everyday word and question-form word),
  /// with its stem, its term and what the analyzer asks of it, found with one look-up.
  package let words: FrozenStringMap<Word>
  /// The terms questions use for each unit ("money" words for USD, the noun for counts).
  package let unitTermsByUnit: [String: Set<String>]
  /// Every unit's terms together (derived from `unitTermsByUnit`).
  package let unitTermSet: FrozenStringSet
  package let canonical: FrozenStringMap<String>
  /// Every term the knowledge uses anywhere; a question word outside it is unknown to the source.
  package let vocabulary: FrozenStringSet
  /// Entity alias phrases as stems, keyed by their first stem, longest first.
  package let aliases: FrozenStringMap<[(stems: [String], entity: String)]>
  /// One-word alias stems keyed by length and first letter: typos rarely touch the first letter,
  /// so fuzzy name matching looks only there (and under the second letter, for a swap of the
  /// first two).
  package let aliasStemsByLengthAndInitial: FrozenStringMap<[(stem: String, entity: String)]>
  /// The terms of each entity's description and role, for profiles.
  package let descriptionTerms: FrozenStringMap<[String]>
  package let statementTerms: [[String]]
  /// Entities each statement is about, addresses, cites or names in its text.
  package let statementEntities: [Set<String>]
  /// The statements that mention each entity (the inverse of `statementEntities`).
  package let statementsMentioning: FrozenStringMap<[Int]>
  /// Entities so common in the source (its main subject, China) that a question naming them does
  /// not need a statement that names them too: "How much did Kyrgyzstan receive in 2017?" is about
  /// China's aid whether or not the statement's text says "China".
  /// (A frozen set: the ranker and the answer modules ask it about every entity of a question.)
  package let backgroundEntities: FrozenStringSet
  /// What the ranker reads per candidate, as small numbers (see `RankingCodes`).
  package let codes: RankingCodes
  /// Entities named anywhere in each cited paragraph (by a statement or an entity's citation).
  package let paragraphEntities: [Citation: Set<String>]
  /// The same by statement: the entities (codes, ascending) named anywhere in its paragraph, so the
  /// ranker tests a place that sets a paragraph's scene without hashing a citation and a name for
  /// every candidate. Made on first use: only questions naming a place or region need it.
  package let paragraphEntityCodes: Lazy<[[Int32]]>
  /// Each statement's place when all are ordered by citation (statements citing the same
  /// paragraph share it), made on first need: answers that list facts in the source's order
  /// compare these numbers instead of citations.
  package let citationRanks: Lazy<[Int32]>
  /// Dated statements by every year their time covers, for timelines.
  package let statementsByYear: [Int: [Int]]
  /// The recommendations, in order.
  package let recommendations: [Int]
  /// Statement indexes per cited paragraph.
  package let statementsByCitation: [Citation: [Int]]
  /// Statement indexes per term, for finding candidates without scanning every statement.
  package let postings: FrozenStringMap<[Int]>
  package let idf: FrozenStringMap<Double>
  package let measureContext: FrozenStringMap<[String]>
  /// The content terms of each measure's name, to prefer the measure a question echoes most.
  package let measureNameTerms: FrozenStringMap<[String]>
  /// Form phrases by their first word, longest first: only these are tried at a position.
  package let formPhrasesByFirstWord: FrozenStringMap<[(form: String, words: [String])]>
  /// Measures' phrases by their first term: a phrase can match only a question that has its first
  /// term, so a question checks only the phrases this offers.
  package let measurePhrasesByFirstTerm: FrozenStringMap<[(measure: String, phrase: [String])]>
  package let topicPhrases: FrozenStringMap<[[String]]>
  /// Derived from `topicPhrases` at load: the topics a term names on its own (a one-word phrase),
  /// each topic's phrases of several words, so a question tests only those, and the topics by the
  /// first term of such a phrase.
  package let topicsNamedBy: FrozenStringMap<[String]>
  package let topicLongPhrases: FrozenStringMap<[[String]]>
  package let topicsByFirstTerm: FrozenStringMap<[String]>

  package static let unitWords = ["usd": "money dollars worth value cost", "percent": "percent share proportion"]

  public init(_ k: Knowledge) {
    knowledge = k
    var canonical: [String: String] = [:]
    for group in k.synonyms {
      let words = group.filter { !$0.contains(" ") }
      guard let head = words.first.map({ Stemmer.stem(TextNormalizer.fold($0)) }) else { continue }
      for w in words { canonical[Stemmer.stem(TextNormalizer.fold(w))] = head }
    }
    self.canonical = FrozenStringMap(canonical)
    var stemCache: [String: String] = [:]
    func stem(_ token: String) -> String {
      if let s = stemCache[token] { return s }
      let s = Stemmer.stem(token)
      stemCache[token] = s
      return s
    }
    var termCache: [String: String] = [:]
    func terms(_ text: String) -> [String] {
      Tokenizer.tokens(text).map { token in
        if let t = termCache[token] { return t }
        let s = stem(token)
        let t = canonical[s] ?? s
        termCache[token] = t
        return t
      }
    }
    let stopTerms = Set(k.stopwords.flatMap { Tokenizer.tokens($0).map { Stemmer.stem($0) } })
    genericTerms = FrozenStringSet(k.genericWords.flatMap { Tokenizer.tokens($0).map { Stemmer.stem($0) } })

    var aliases: [String: [(stems: [String], entity: String)]] = [:]
    var single: [Int: [(stem: String, entity: String)]] = [:]
    for e in k.entities {
      var seen = Set<[String]>()
      for name in [e.name] + e.aliases {
        let stems = Tokenizer.tokens(name).map(stem)
        guard let first = stems.first, seen.insert(stems).inserted else { continue }
        aliases[first, default: []].append((stems, e.id))
        if stems.count == 1 { single[first.count, default: []].append((first, e.id)) }
      }
    }
    for key in aliases.keys { aliases[key]!.sort { $0.stems.count > $1.stems.count } }
    let frozenAliases = FrozenStringMap(aliases)
    let frozenStopTerms = FrozenStringSet(stopTerms)
    self.aliases = frozenAliases
    var byInitial: [String: [(stem: String, entity: String)]] = [:]
    for (length, list) in single {
      for item in list { byInitial[Self.aliasKey(length: length, initial: item.stem.first.map(String.init) ?? ""), default: []].append(item) }
    }
    aliasStemsByLengthAndInitial = FrozenStringMap(byInitial)

    var measureHeads: [String: [[String]]] = [:]
    var measureContext: [String: Set<String>] = [:]
    for m in k.measures {
      measureHeads[m.id] = m.words.map(terms).filter { !$0.isEmpty }
      measureContext[m.id] = Set(m.contextWords.flatMap(terms))
    }
    descriptionTerms = FrozenStringMap(Dictionary(k.entities.map { ($0.id, Set(terms($0.description + " " + ($0.role ?? ""))).sorted()) }, uniquingKeysWith: { a, _ in a }))
    measureNameTerms = FrozenStringMap(Dictionary(k.measures.map { ($0.id, Set(terms($0.name)).subtracting(stopTerms).sorted()) }, uniquingKeysWith: { a, _ in a }))
    self.measureContext = FrozenStringMap(measureContext.mapValues { $0.sorted() })

    var bags: [Set<String>] = []
    var df: [String: Int] = [:]
    for s in k.statements {
      var bag = Set(terms(s.text) + s.keywords.flatMap(terms))
      if let m = s.measure {
        bag.formUnion(measureHeads[m].map { Array($0.joined()) } ?? [])
        bag.subtract(measureContext[m] ?? [])
        bag.formUnion(terms(k.measureByID[m]?.name ?? "").filter { !(measureContext[m] ?? []).contains($0) })
      }
      // Money figures answer "how much money / cost / worth"; counts answer their unit noun.
      if let unit = RankingCodes.unit(of: s, in: k) { bag.formUnion(terms(Self.unitWords[unit] ?? unit)) }
      for id in s.about + s.to + [s.accordingTo].compactMap({ $0 }) {
        if let e = k.entityByID[id] { bag.formUnion(terms(e.name)) }
      }
      bag = bag.filter { !stopTerms.contains($0) }
      for t in bag { df[t, default: 0] += 1 }
      bags.append(bag)
    }
    statementTerms = bags.map { $0.sorted() }
    var postings: [String: [Int]] = [:]
    for (i, bag) in bags.enumerated() { for t in bag { postings[t, default: []].append(i) } }
    self.postings = FrozenStringMap(postings)
    var mentioned: [Set<String>] = []
    for s in k.statements {
      var ids = Set(s.about + s.to + [s.accordingTo].compactMap { $0 })
      let stems = Tokenizer.tokens(s.text + " " + s.keywords.joined(separator: " . ")).map(stem)
      var i = 0
      while i < stems.count {
        if let match = Self.alias(in: stems, at: i, aliases: frozenAliases, stopTerms: frozenStopTerms) {
          ids.insert(match.entity)
          i += match.length
        } else {
          i += 1
        }
      }
      mentioned.append(ids)
    }
    statementEntities = mentioned
    var mentioning: [String: [Int]] = [:]
    for (i, ids) in mentioned.enumerated() { for id in ids { mentioning[id, default: []].append(i) } }
    statementsMentioning = FrozenStringMap(mentioning)
    var byParagraph: [Citation: Set<String>] = [:]
    for (i, st) in k.statements.enumerated() { byParagraph[st.citation, default: []].formUnion(mentioned[i]) }
    for e in k.entities { if let c = e.citation { byParagraph[c, default: []].insert(e.id) } }
    paragraphEntities = byParagraph
    paragraphEntityCodes = Self.paragraphEntityCodes(k, byParagraph)
    citationRanks = Self.citationRanks(k)
    var byCitation: [Citation: [Int]] = [:]
    for (i, st) in k.statements.enumerated() { byCitation[st.citation, default: []].append(i) }
    statementsByCitation = byCitation
    recommendations = k.statements.indices.filter { k.statements[$0].kind == .recommendation }
    var byYear: [Int: [Int]] = [:]
    for (i, st) in k.statements.enumerated() {
      guard let t = st.time else { continue }
      for y in t.year...(t.endYear ?? t.year) { byYear[y, default: []].append(i) }
    }
    statementsByYear = byYear
    var mentionCounts: [String: Int] = [:]
    for ids in mentioned { for id in ids { mentionCounts[id, default: 0] += 1 } }
    // A source's declared subjects, and anything named in a fifth of all statements.
    backgroundEntities = FrozenStringSet(
      Set(mentionCounts.filter { Double($0.value) >= 0.2 * Double(max(1, mentioned.count)) }.keys).union(k.sources.flatMap(\.subjects)).sorted())
    let n = Double(max(1, k.statements.count))
    var idf: [String: Double] = [:]
    for (t, c) in df { idf[t] = naturalLog(1 + n / Double(c)) }
    self.idf = FrozenStringMap(idf)

    var forms: [(form: String, words: [String])] = []
    for f in k.forms {
      for p in f.phrases { forms.append((f.id, Tokenizer.tokens(p))) }
    }
    forms.sort { $0.words.count > $1.words.count }
    var byFirst: [String: [(form: String, words: [String])]] = [:]
    for f in forms where !f.words.isEmpty { byFirst[f.words[0], default: []].append(f) }
    formPhrasesByFirstWord = FrozenStringMap(byFirst)
    // (In the knowledge's order of measures, and keys sorted, so a snapshot is always the same bytes.)
    var byFirstTerm: [String: [(measure: String, phrase: [String])]] = [:]
    for m in k.measures { for phrase in measureHeads[m.id] ?? [] { byFirstTerm[phrase[0], default: []].append((m.id, phrase)) } }
    measurePhrasesByFirstTerm = FrozenStringMap(byFirstTerm)
    var topicPhrases: [String: [[String]]] = [:]
    for t in k.topics { topicPhrases[t.id] = ([t.name] + t.words).map(terms).filter { !$0.isEmpty } }
    self.topicPhrases = FrozenStringMap(topicPhrases)
    (topicsNamedBy, topicLongPhrases, topicsByFirstTerm) = Self.splitTopicPhrases(self.topicPhrases)

    var vocabulary = Set(df.keys)
    for e in k.entities {
      vocabulary.formUnion(terms(e.description))
      for r in e.relations { vocabulary.formUnion(terms(r.relation)) }
      if let role = e.role { vocabulary.formUnion(terms(role)) }
    }
    for phrases in measureHeads.values { vocabulary.formUnion(phrases.joined()) }
    for c in measureContext.values { vocabulary.formUnion(c) }
    for phrases in topicPhrases.values { vocabulary.formUnion(phrases.joined()) }
    for s in k.sources { for sec in s.sections { vocabulary.formUnion(terms(sec.name + " " + sec.summary)) } }
    vocabulary.formUnion(canonical.values)
    vocabulary = vocabulary.filter { !stopTerms.contains($0) }
    for w in Array(k.stopwords) + Array(k.genericWords) + k.forms.flatMap(\.phrases) { _ = terms(w) }
    let frozenVocabulary = FrozenStringSet(vocabulary)
    let frozenGeneric = genericTerms, frozenCanonical = self.canonical, frozenForms = formPhrasesByFirstWord
    words = FrozenStringMap(
      firstOf: stemCache.keys.sorted().map { token in
        (token, Self.word(token, stem: stemCache[token]!, canonical: frozenCanonical, stopTerms: frozenStopTerms, vocabulary: frozenVocabulary,
                          genericTerms: frozenGeneric, aliases: frozenAliases, forms: frozenForms))
      })
    var units: [String: Set<String>] = [:]
    for u in Set(k.measures.map { $0.unit.lowercased() } + k.statements.compactMap { $0.unit?.lowercased() }) {
      units[u] = Set(terms(Self.unitWords[u] ?? u)).subtracting(stopTerms)
    }
    unitTermsByUnit = units
    unitTermSet = FrozenStringSet(units.values.joined())
    moneyTerm = Self.term("money", words: words, canonical: self.canonical)
    percentTerm = Self.term("percent", words: words, canonical: self.canonical)
    codes = RankingCodes(k, unitTerms: unitTermsByUnit, background: backgroundEntities)
    self.vocabulary = frozenVocabulary
    self.stopTerms = frozenStopTerms
    deletionIndex = Lazy { DeletionIndex(DeletionIndex.eligible(frozenVocabulary)) }
    stopwordsByLength = Self.stopwordsByLength(k)
  }

  static func stopwordsByLength(_ k: Knowledge) -> Lazy<[Int: [[UInt8]]]> {
    Lazy { Dictionary(grouping: k.stopwords.filter { !$0.contains(" ") }, by: \.count).mapValues { $0.map { Array($0.utf8) } } }
  }

  /// The code of a measure or entity id as `RankingCodes` holds it; `Int32.min` (which no
  /// statement has) for one the knowledge does not know.
  package func measureCode(_ id: String) -> Int32 { knowledge.measureByID.index.index(of: id).map(Int32.init) ?? .min }
  package func entityCode(_ id: String) -> Int32 { knowledge.entityByID.index.index(of: id).map(Int32.init) ?? .min }

  /// The statements about an entity (see `RankingCodes.statementsAbout`), and those filed under a topic.
  package func statementsAbout(_ id: String) -> [Int]? { knowledge.entityByID.index.index(of: id).map { codes.statementsAbout[$0] } }
  package func statementsFiled(under topic: String) -> [Int]? { knowledge.topicByID.index.index(of: topic).map { codes.statementsByTopic[$0] } }

  static func paragraphEntityCodes(_ k: Knowledge, _ byParagraph: [Citation: Set<String>]) -> Lazy<[[Int32]]> {
    Lazy {
      var byCitation: [Citation: [Int32]] = [:]
      return k.statements.map { s in
        if let codes = byCitation[s.citation] { return codes }
        let codes = (byParagraph[s.citation] ?? []).compactMap { k.entityByID.index.index(of: $0).map(Int32.init) }.sorted()
        byCitation[s.citation] = codes
        return codes
      }
    }
  }

  static func citationRanks(_ k: Knowledge) -> Lazy<[Int32]> {
    Lazy {
      let order = k.statements.indices.sorted { k.statements[$0].citation < k.statements[$1].citation }
      var ranks = [Int32](repeating: 0, count: k.statements.count)
      var rank: Int32 = 0
      for (position, i) in order.enumerated() {
        if position > 0 && k.statements[order[position - 1]].citation != k.statements[i].citation { rank += 1 }
        ranks[i] = rank
      }
      return ranks
    }
  }

  static func splitTopicPhrases(
    _ phrases: FrozenStringMap<[[String]]>
  ) -> (FrozenStringMap<[String]>, FrozenStringMap<[[String]]>, FrozenStringMap<[String]>) {
    var named: [(String, String)] = []
    var long: [(String, [[String]])] = []
    var byFirstTerm: [(String, String)] = []
    for (topic, list) in phrases {
      var words: [String] = [], firsts: [String] = []
      for p in list {
        if p.count == 1 { words.appendIfNew(p[0]) } else { firsts.appendIfNew(p[0]) }
      }
      named += words.map { ($0, topic) }
      byFirstTerm += firsts.map { ($0, topic) }
      long.append((topic, list.filter { $0.count > 1 }))
    }
    return (FrozenStringMap(grouping: named), FrozenStringMap(firstOf: long), FrozenStringMap(grouping: byFirstTerm))
  }

  /// The one-word aliases (as stems) of a length and first letter, with their entities.
  package func aliasStems(length: Int, initial: String) -> [(stem: String, entity: String)]? {
    aliasStemsByLengthAndInitial[Self.aliasKey(length: length, initial: initial)]
  }

  /// How `aliasStemsByLengthAndInitial` files an alias stem: "7|k".
  static func aliasKey(length: Int, initial: String) -> String { String(length) + "|" + initial }

  /// The entity whose alias starts at `stems[i]`, longest alias first, with how many stems it
  /// covers; aliases made only of stop words ("The", "US" folded to "us") never count.
  package func alias(in stems: [String], at i: Int) -> (entity: String, length: Int)? {
    Self.alias(in: stems, at: i, aliases: aliases, stopTerms: stopTerms)
  }

  static func alias(
    in stems: [String], at i: Int, aliases: FrozenStringMap<[(stems: [String], entity: String)]>, stopTerms: FrozenStringSet
  ) -> (entity: String, length: Int)? {
    guard let candidates = aliases[stems[i]] else { return nil }
    for candidate in candidates {
      let n = candidate.stems.count
      guard i + n <= stems.count else { continue }
      // The first stem is the key; compare the rest in place.
      var k = 1
      while k < n && stems[i + k] == candidate.stems[k] { k += 1 }
      guard k == n, candidate.stems.contains(where: { !stopTerms.contains($0) }) else { continue }
      return (candidate.entity, n)
    }
    return nil
  }

  /// The lexicon a snapshot holds (see `Snapshot`): every table as `init(_:)` built it.
  init(knowledge: Knowledge, reading r: inout SnapshotReader) throws(SnapshotError) {
    typealias R = SnapshotReader
    let string = { (r: inout R) throws(SnapshotError) -> String in try r.string() }
    let strings = { (r: inout R) throws(SnapshotError) -> [String] in try r.strings() }
    let stringSet = { (r: inout R) throws(SnapshotError) -> Set<String> in try r.stringSet() }
    let indexes = { (r: inout R) throws(SnapshotError) -> [Int] in try r.indexes() }
    let phrases = { (r: inout R) throws(SnapshotError) -> [[String]] in try r.array(strings) }
    self.knowledge = knowledge
    stopTerms = try r.set()
    genericTerms = try r.set()
    words = try r.map { r throws(SnapshotError) in
      let stem = try r.string(), term = try r.string(), flags = try r.uint()
      guard flags <= Int(UInt16.max) else { throw SnapshotError() }
      return Word(stem: stem, term: term, flags: Word.Flags(rawValue: UInt16(flags)))
    }
    unitTermsByUnit = try r.byString(stringSet)
    unitTermSet = FrozenStringSet(unitTermsByUnit.values.joined())
    canonical = try r.map(string)
    moneyTerm = Self.term("money", words: words, canonical: canonical)
    percentTerm = Self.term("percent", words: words, canonical: canonical)
    vocabulary = try r.set()
    aliases = try r.map { r throws(SnapshotError) in try r.array { r throws(SnapshotError) in (try r.strings(), try r.string()) } }
    aliasStemsByLengthAndInitial = try r.map { r throws(SnapshotError) in try r.array { r throws(SnapshotError) in (try r.string(), try r.string()) } }
    descriptionTerms = try r.map(strings)
    statementTerms = try r.array(strings)
    statementEntities = try r.array(stringSet)
    statementsMentioning = try r.map(indexes)
    backgroundEntities = try r.set()
    codes = RankingCodes(knowledge, unitTerms: unitTermsByUnit, background: backgroundEntities)
    paragraphEntities = try r.dictionary({ r throws(SnapshotError) in try r.citation() }, stringSet)
    paragraphEntityCodes = Self.paragraphEntityCodes(knowledge, paragraphEntities)
    citationRanks = Self.citationRanks(knowledge)
    statementsByYear = try r.dictionary({ r throws(SnapshotError) in try r.int() }, indexes)
    recommendations = try r.indexes()
    statementsByCitation = try r.dictionary({ r throws(SnapshotError) in try r.citation() }, indexes)
    postings = try r.map(indexes)
    idf = try r.map { r throws(SnapshotError) in try r.double() }
    measureContext = try r.map(strings)
    measureNameTerms = try r.map(strings)
    formPhrasesByFirstWord = try r.map { r throws(SnapshotError) in try r.array { r throws(SnapshotError) in (try r.string(), try r.strings()) } }
    measurePhrasesByFirstTerm = try r.map { r throws(SnapshotError) in try r.array { r throws(SnapshotError) in (try r.string(), try r.strings()) } }
    topicPhrases = try r.map(phrases)
    (topicsNamedBy, topicLongPhrases, topicsByFirstTerm) = Self.splitTopicPhrases(topicPhrases)
    guard statementTerms.count == knowledge.statements.count, statementEntities.count == knowledge.statements.count
    else { throw SnapshotError() }
    // The typo index is read on first use (most questions need none): 0.5 ms then, not at every start.
    let section = try r.section()
    let vocabulary = self.vocabulary
    deletionIndex = Lazy {
      var r = section
      if let words = try? r.strings(), let hashes = try? r.fixedWidth(UInt64.self), let positions = try? r.fixedWidth(UInt32.self), r.atEnd,
        let index = DeletionIndex(words: words, hashes: hashes, positions: positions)
      {
        return index
      }
      return DeletionIndex(DeletionIndex.eligible(vocabulary))
    }
    stopwordsByLength = Self.stopwordsByLength(knowledge)
  }

  /// Writes every table, in the order `init(knowledge:reading:)` reads them.
  func write(to w: inout SnapshotWriter) {
    typealias W = SnapshotWriter
    let string = { (w: inout W, s: String) in w.string(s) }
    let strings = { (w: inout W, s: [String]) in w.strings(s) }
    let stringSet = { (w: inout W, s: Set<String>) in w.stringSet(s) }
    let ints = { (w: inout W, s: [Int]) in w.ints(s) }
    let phrases = { (w: inout W, p: [[String]]) in w.array(p, strings) }
    w.set(stopTerms)
    w.set(genericTerms)
    w.map(words) { w, word in
      w.string(word.stem)
      w.string(word.term)
      w.uint(Int(word.flags.rawValue))
    }
    w.dictionary(unitTermsByUnit, string, stringSet)
    w.map(canonical, string)
    w.set(vocabulary)
    w.map(aliases) { w, list in w.array(list) { w, a in w.strings(a.stems); w.string(a.entity) } }
    w.map(aliasStemsByLengthAndInitial) { w, list in w.array(list) { w, a in w.string(a.stem); w.string(a.entity) } }
    w.map(descriptionTerms, strings)
    w.array(statementTerms, strings)
    w.array(statementEntities, stringSet)
    w.map(statementsMentioning, ints)
    w.set(backgroundEntities)
    w.dictionary(paragraphEntities, { $0.citation($1) }, stringSet)
    w.dictionary(statementsByYear, { $0.int($1) }, ints)
    w.ints(recommendations)
    w.dictionary(statementsByCitation, { $0.citation($1) }, ints)
    w.map(postings, ints)
    w.map(idf) { $0.double($1) }
    w.map(measureContext, strings)
    w.map(measureNameTerms, strings)
    w.map(formPhrasesByFirstWord) { w, list in w.array(list) { w, f in w.string(f.form); w.strings(f.words) } }
    w.map(measurePhrasesByFirstTerm) { w, list in w.array(list) { w, p in w.string(p.measure); w.strings(p.phrase) } }
    w.map(topicPhrases, phrases)
    let typos = deletionIndex.value
    w.section { w in
      w.strings(typos.words)
      w.fixedWidth(typos.hashes)
      w.fixedWidth(typos.positions)
    }
  }

  /// The terms that mean "money" and "percent" in a question (after synonyms).
  package let moneyTerm: String
  package let percentTerm: String

  /// The term for one folded token: stemmed, then mapped through the synonym groups.
  package func term(_ token: String) -> String { Self.term(token, words: words, canonical: canonical) }

  static func term(_ token: String, words: FrozenStringMap<Word>, canonical: FrozenStringMap<String>) -> String {
    if let known = words[token] { return known.term }
    let s = Stemmer.stem(token)
    return canonical[s] ?? s
  }

  package func terms(_ text: String) -> [String] { Tokenizer.tokens(text).map(term) }

  /// One folded token as the analyzer needs it: looked up for the knowledge's own words, worked
  /// out from the separate tables for any other.
  package func word(_ token: String) -> Word {
    if let known = words[token] { return known }
    return Self.word(
      token, stem: Stemmer.stem(token), canonical: canonical, stopTerms: stopTerms, vocabulary: vocabulary, genericTerms: genericTerms,
      aliases: aliases, forms: formPhrasesByFirstWord)
  }

  /// The one definition of a word's entry, for the table and for words outside it.
  static func word(
    _ token: String, stem: String, canonical: FrozenStringMap<String>, stopTerms: FrozenStringSet, vocabulary: FrozenStringSet,
    genericTerms: FrozenStringSet, aliases: FrozenStringMap<[(stems: [String], entity: String)]>,
    forms: FrozenStringMap<[(form: String, words: [String])]>
  ) -> Word {
    let term = canonical[stem] ?? stem
    var flags: Word.Flags = []
    if stopTerms.contains(token) { flags.insert(.stopToken) }
    if stopTerms.contains(term) { flags.insert(.stopTerm) }
    if vocabulary.contains(term) { flags.insert(.known) }
    if genericTerms.contains(term) { flags.insert(.genericTerm) }
    if genericTerms.contains(stem) { flags.insert(.genericStem) }
    if aliases[stem] != nil { flags.insert(.startsAlias) }
    if forms[token] != nil { flags.insert(.startsForm) }
    if pronouns.contains(token) { flags.insert(.pronoun) }
    if subordinators.contains(token) { flags.insert(.subordinator) }
    if monthNumbers[token] != nil { flags.insert(.month) }
    return Word(stem: stem, term: term, flags: flags)
  }

  // English words the analyzer treats by their part in the sentence, not by what the knowledge
  // says: a word's entry flags them, so the analyzer tests a bit instead of a table per word.
  package static let pronouns: FrozenStringSet = ["it", "its", "they", "them", "their", "there", "that", "this", "he", "she", "his", "her", "those", "these"]
  /// Words that open a subordinate clause ("... while Gazprom stopped buying").
  package static let subordinators: FrozenStringSet = ["while", "whilst", "because", "although", "though", "after", "before", "since", "until", "unless"]
  package static let monthNumbers: FrozenStringMap<Int> = [
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
  ]

  /// Inverse document frequency, with unseen terms weighted as the rarest.
  package func weight(_ term: String) -> Double { idf[term] ?? codes.unseenWeight }

  /// Built on first use, since most questions have no typo; read from the snapshot when there is one.
  package let deletionIndex: Lazy<DeletionIndex>

  /// Whether a short unknown word is one swap or one substituted letter away from a stop word
  /// of the same length (at least three letters).
  package func isTypoOfStopword(_ word: String) -> Bool {
    let length = word.count
    guard length >= 3 else { return false }
    let bytes = Array(word.utf8)
    for w in stopwordsByLength.value[length] ?? [] {
      // Same length in bytes (ASCII, nearly always): one edit can only be a substitution or a swap.
      if w.count == bytes.count ? EditDistance.isOneSubstitutionOrSwap(w, bytes) : EditDistance.distance(word, String(decoding: w, as: UTF8.self), limit: 1) == 1 {
        return true
      }
    }
    return false
  }

  /// The one-word stop words as UTF-8, by their length in characters (for `isTypoOfStopword`).
  let stopwordsByLength: Lazy<[Int: [[UInt8]]]>

  /// The closest known vocabulary term for an ordinary word: one edit at most, and only for words
  /// of six letters or more, because short real words are too often one edit from another real
  /// word (bother/brother, scared/scale). Names get the wider budget in `QuestionAnalyzer`.
  /// Candidates come from a deletion index (every word minus one letter), so the cost does not
  /// grow with the vocabulary; it is built on first use, since most questions have no typo.
  package func correction(for term: String) -> String? {
    guard term.count >= 6 else { return nil }
    let index = deletionIndex.value
    var best: [String] = []
    for candidate in index.candidates(for: term) where EditDistance.distance(term, candidate, limit: 1) == 1 {
      if !best.contains(candidate) { best.append(candidate) }
    }
    // Several equally close words: prefer the most frequent in the knowledge (lowest idf).
    best = best.filter { EditDistance.isLikelyTypo(term, of: $0) }
    return best.min { (idf[$0] ?? 99, $0) < (idf[$1] ?? 99, $1) }
  }
}

/// A folded token as the question analyzer needs it: its stem, its term (the stem through the
/// synonym groups) and what the analyzer would otherwise look up in several tables, one by one.
package struct Word: Sendable, Equatable {
  package var stem: String
  package var term: String
  package var flags: Flags

  package struct Flags: OptionSet, Sendable, Equatable {
    package let rawValue: UInt16
    package init(rawValue: UInt16) { self.rawValue = rawValue }
    /// A bit test, inlined where it is used: the standard one goes through `SetAlgebra` by a
    /// protocol call from another module, and the analyzer tests a dozen flags per word.
    @inlinable @inline(__always) package func contains(_ member: Flags) -> Bool { rawValue & member.rawValue == member.rawValue }
    /// The token itself, or its term, is a stop word.
    package static let stopToken = Flags(rawValue: 1 << 0)
    package static let stopTerm = Flags(rawValue: 1 << 1)
    /// Its term is in the vocabulary: the knowledge uses it.
    package static let known = Flags(rawValue: 1 << 2)
    /// Its term, or its stem, is an everyday word.
    package static let genericTerm = Flags(rawValue: 1 << 3)
    package static let genericStem = Flags(rawValue: 1 << 4)
    /// An entity alias starts with its stem; a question-form phrase starts with the token.
    package static let startsAlias = Flags(rawValue: 1 << 5)
    package static let startsForm = Flags(rawValue: 1 << 6)
    /// The token is a pronoun, opens a subordinate clause, or names a month (see the lists).
    package static let pronoun = Flags(rawValue: 1 << 7)
    package static let subordinator = Flags(rawValue: 1 << 8)
    package static let month = Flags(rawValue: 1 << 9)
  }
}

/// What the ranker's loop over candidates reads, as small numbers instead of strings. Derived at
/// load from the statements and the lexicon's other tables, never stored in a snapshot, so the
/// two cannot disagree.
package struct RankingCodes: Sendable {
  /// A statement's unit (a code of `units`), measure (an index into `Knowledge.measures`) and
  /// subject (into `Knowledge.entities`), each -1 when it has none; whether it is a figure, and
  /// whether its subject is a background entity (or it has none).
  package struct Statement: Sendable {
    package var unit: Int32
    package var measure: Int32
    package var subject: Int32
    package var isFigure: Bool
    package var backgroundSubject: Bool
  }

  package let statements: [Statement]
  /// The units statements are in (lower-cased); a unit's code is its position.
  package let units: FrozenStringIndex
  /// Per unit code: the unit's terms, and whether any one of them will do (money and percent
  /// words) rather than all (a counted noun).
  package let unitTerms: [(terms: [String], anyWord: Bool)]
  /// Statements by each entity in their `about` (whose subject or co-subject it is), by entity
  /// code, and by each of their topics, by position in `Knowledge.topics`: per question these
  /// become rows of flags, so the loop compares no strings.
  package let statementsAbout: [[Int]]
  package let statementsByTopic: [[Int]]
  /// Each entity's weight, by code: rarer entities count for more, as rarer words do. And the
  /// weight of a word no statement uses (the rarest). Worked out once: a logarithm is dear.
  package let entityWeights: [Double]
  package let unseenWeight: Double

  init(_ k: Knowledge, unitTerms: [String: Set<String>], background: FrozenStringSet) {
    // Room for a unit per statement while collecting; kept at the size of the units found.
    var collecting = FrozenStringIndex(capacityFor: k.statements.count)
    var statements: [Statement] = []
    statements.reserveCapacity(k.statements.count)
    var about = [[Int]](repeating: [], count: k.entities.count), byTopic = [[Int]](repeating: [], count: k.topics.count)
    for (i, s) in k.statements.enumerated() {
      for e in s.about {
        if let code = k.entityByID.index.index(of: e), about[code].last != i { about[code].append(i) }
      }
      for t in s.topics {
        if let code = k.topicByID.index.index(of: t), byTopic[code].last != i { byTopic[code].append(i) }
      }
      let unit = Self.unit(of: s, in: k)
      statements.append(
        Statement(
          unit: unit.map { Int32(collecting.insert($0).index) } ?? -1,
          measure: s.measure.flatMap { k.measureByID.index.index(of: $0) }.map(Int32.init) ?? -1,
          subject: s.about.first.flatMap { k.entityByID.index.index(of: $0) }.map(Int32.init) ?? -1,
          isFigure: s.kind == .figure,
          backgroundSubject: s.about.first.map { background.contains($0) } ?? true))
    }
    self.statements = statements
    statementsAbout = about
    statementsByTopic = byTopic
    let n = Double(max(1, k.statements.count))
    entityWeights = k.entities.map { e in naturalLog(1 + n / (Double(k.statementsByEntity[e.id]?.count ?? 0) + 1)) }
    unseenWeight = naturalLog(1 + n)
    units = FrozenStringIndex(keys: collecting.keys)
    self.unitTerms = units.keys.map { u in (Array(unitTerms[u] ?? []).sorted(), Lexicon.unitWords[u] != nil) }
    usd = units.index(of: "usd").map(Int32.init) ?? .min
    percent = units.index(of: "percent").map(Int32.init) ?? .min
  }

  /// A statement's unit, lower-cased: its own, else its measure's.
  package static func unit(of s: SilkRoadCore.Statement, in k: Knowledge) -> String? {
    (s.unit ?? s.measure.flatMap { k.measureByID[$0]?.unit })?.lowercased()
  }

  /// The codes of money and percentages; `Int32.min` (which no statement has) when no statement
  /// is in that unit.
  package let usd: Int32
  package let percent: Int32
}

/// Words by every form with one letter deleted (and as they are): two words one edit apart always
/// share a key, so looking up a word's own keys finds every candidate within one edit.
///
/// The keys are kept only as their hashes, sorted, each beside the position of its word: a
/// snapshot holds them as plain numbers, read in one pass with no string made, and a look-up is a
/// binary search. Two keys with one hash only add a candidate, which the edit distance rejects.
package struct DeletionIndex: Sendable {
  let words: [String]
  /// The hash of every key of every word, ascending; `positions` holds each one's word.
  let hashes: [UInt64]
  let positions: [UInt32]

  /// The words worth correcting to: five letters or more, not numbers.
  static func eligible(_ vocabulary: FrozenStringSet) -> [String] {
    vocabulary.filter { $0.utf8.count >= 5 && $0.first.map { !$0.isNumber } ?? false }
  }

  init(_ words: [String]) {
    var entries: [(hash: UInt64, word: UInt32)] = []
    for (p, w) in words.enumerated() {
      for key in Self.keys(w) { entries.append((FrozenStringIndex.hash(key), UInt32(p))) }
    }
    entries.sort { $0 < $1 }
    self.words = words
    hashes = entries.map(\.hash)
    positions = entries.map(\.word)
  }

  /// As a snapshot holds it; nil when the parts do not fit together (a damaged snapshot).
  init?(words: [String], hashes: [UInt64], positions: [UInt32]) {
    guard hashes.count == positions.count, positions.allSatisfy({ Int($0) < words.count }),
      zip(hashes, hashes.dropFirst()).allSatisfy({ $0 <= $1 })
    else { return nil }
    self.words = words
    self.hashes = hashes
    self.positions = positions
  }

  /// The word and every form of it with one character deleted, each once.
  static func keys(_ word: String) -> [String] {
    var keys = [word]
    let utf8 = Array(word.utf8)
    if utf8.allSatisfy({ $0 < 0x80 }) {
      for i in utf8.indices where i == 0 || utf8[i] != utf8[i - 1] {
        var b = utf8
        b.remove(at: i)
        keys.append(String(decoding: b, as: UTF8.self))
      }
      return keys
    }
    let chars = Array(word)
    for i in chars.indices where i == 0 || chars[i] != chars[i - 1] {
      var c = chars
      c.remove(at: i)
      keys.append(String(c))
    }
    return keys
  }

  /// The words sharing a key with `word` (possibly repeated, in no particular order).
  func candidates(for word: String) -> [String] {
    var found: [String] = []
    for key in Self.keys(word) {
      let h = FrozenStringIndex.hash(key)
      var low = 0, high = hashes.count
      while low < high {
        let mid = (low + high) / 2
        if hashes[mid] < h { low = mid + 1 } else { high = mid }
      }
      while low < hashes.count && hashes[low] == h {
        found.append(words[Int(positions[low])])
        low += 1
      }
    }
    return found
  }
}

/// A value computed on first use and kept; safe to share between threads.
package final class Lazy<Value: Sendable>: Sendable {
  private let stored = Mutex<Value?>(nil)
  private let make: @Sendable () -> Value

  init(_ make: @escaping @Sendable () -> Value) { self.make = make }

  package var value: Value {
    stored.withLock { v in
      if let v { return v }
      let made = make()
      v = made
      return made
    }
  }
}
