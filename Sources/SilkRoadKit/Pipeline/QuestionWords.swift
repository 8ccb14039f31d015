import SilkRoadCore

/// The tokens stage: a question's words as typed (lower-cased, with whether each was capitalised),
/// their stems and terms, and which of them an earlier stage has already used up.
struct QuestionWords {
  let tokens: [String]
  /// Whether each word began with a capital letter as typed: a hint that it is a name.
  let capitalized: [Bool]
  let stems: [String]
  let terms: [String]
  /// Words an earlier stage has taken (a name, a question form, a date).
  var used: [Bool]
  /// Words of question forms that do not ask for a quantity ("why", "who"), which cannot name a
  /// measure.
  var formOnly: [Bool]
  /// Where a subordinate clause starts ("... while Gazprom stopped buying"): words from there on
  /// set the scene and are not what is asked. `tokens.count` when there is none.
  let clauseStart: Int
  /// Where each entity found so far was named, to put them in the question's order.
  var entityPositions: [Int] = []

  init(_ text: String, vocabulary: Vocabulary, roles: WordRoles) {
    let cased = Tokenizer.tokensWithCase(text)
    tokens = cased.map { $0.token }
    capitalized = cased.map { $0.capitalized }
    stems = tokens.map(vocabulary.stem)
    terms = stems.map { vocabulary.canonical[$0] ?? $0 }
    used = Array(repeating: false, count: tokens.count)
    formOnly = used
    clauseStart = Self.clauseStart(tokens, roles: roles)
  }

  var count: Int { tokens.count }
  var unused: [Int] { tokens.indices.filter { !used[$0] } }

  /// A year between 1900 and 2100 written as four digits.
  static func year(_ token: String) -> Int? {
    guard token.utf8.count == 4, let year = Int(token), (1900...2100).contains(year) else { return nil }
    return year
  }

  /// The first clause opener after the third word, unless a year follows it ("since 2016" is a time).
  static func clauseStart(_ tokens: [String], roles: WordRoles) -> Int {
    for j in tokens.indices where j > 2 && roles.clauseOpeners.contains(tokens[j]) {
      if j + 1 < tokens.count, year(tokens[j + 1]) != nil { continue }
      return j
    }
    return tokens.count
  }

  /// Whether the question opens like a follow-up: "and ...", "what about ...".
  func opensLikeFollowUp(_ openings: [[String]]) -> Bool {
    openings.contains { tokens.starts(with: $0) }
  }
}

/// What the main clause asks with, for the measures and topics stages: the question's own content
/// words (not those of a subordinate clause) and the words of quantity-asking forms ("what
/// *share*"), and the main clause's words in order, question words of other forms left out.
struct MainClause {
  /// The question's own content terms and quantity-form terms, each once.
  let own: [String]
  /// The main clause's terms in order: a phrase of several words must appear in it as written
  /// ("China's exports", not "exports go to China").
  let sequence: [String]
  /// `own`, then the rest of `sequence`, each once.
  let ordered: [String]
  let terms: Set<String>

  init(_ q: Query, _ words: QuestionWords) {
    var own: [String] = []
    for c in q.content where !c.subordinate { own.appendIfNew(c.term) }
    for t in q.measureFormTerms { own.appendIfNew(t) }
    sequence = (0..<words.clauseStart).filter { !words.formOnly[$0] }.map { words.terms[$0] }
    var ordered = own
    for t in sequence { ordered.appendIfNew(t) }
    self.own = own
    self.ordered = ordered
    terms = Set(ordered)
  }
}
