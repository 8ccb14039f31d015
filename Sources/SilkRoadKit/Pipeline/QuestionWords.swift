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
