import SilkRoadCore

/// Turns a question into a `Query`: normalise and tokenise, tag entities (longest alias first, then
/// typo-tolerant), detect question forms, times, measures and topics, and keep the rest as content.
///
/// It does not decide what to answer; `Matcher` and the answer modules do.
public struct QuestionAnalyzer: Sendable {
  let lexicon: Lexicon

  public init(lexicon: Lexicon) { self.lexicon = lexicon }

  static let measureForms: FrozenStringSet = ["how-much", "superlative", "superlative-low", "compare", "total"]
  static let followUpOpenings: [[String]] = [["and"], ["what", "about"], ["how", "about"], ["what", "of"], ["and", "what", "about"], ["same", "for"], ["also"]]
  /// Forms that only count at the start of a question ("is it true", "does").
  static let openingOnlyForms: FrozenStringSet = ["yes-no", "what-is", "greeting"]

  public func analyze(_ text: String) -> Query {
    var q = Query(text: text)
    let cased = Tokenizer.tokensWithCase(text)
    let tokens = cased.map { $0.token }
    // One look-up per word gives its stem, its term and the flags the steps below test.
    let words = tokens.map { lexicon.word($0) }
    let stems = words.map { $0.stem }
    // Words after a subordinating conjunction belong to a clause that sets the scene.
    var subordinateFrom = tokens.count
    func isYear(_ k: Int) -> Bool { k < tokens.count && tokens[k].count == 4 && Int(tokens[k]).map { (1900...2100).contains($0) } == true }
    for j in tokens.indices where j > 2 && words[j].flags.contains(.subordinator) && !isYear(j + 1) {
      subordinateFrom = j
      break
    }
    var used = [Bool].filled(with: false, count: tokens.count)
    /// Where each of `q.entities` was named, to put them in the question's order at the end.
    var positions: [Int] = []
    // Room for every word at once: growing these by appends took several allocations each.
    positions.reserveCapacity(tokens.count)
    q.entities.reserveCapacity(tokens.count)
    q.content.reserveCapacity(tokens.count)
    q.formTerms.reserveCapacity(tokens.count)

    for opening in Self.followUpOpenings where opening[0] == tokens.first && tokens.starts(with: opening) {
      q.followUpOpening = true
    }

    // Entities by exact alias, longest first; aliases made only of stop words are skipped.
    var i = 0
    while i < tokens.count {
      guard words[i].flags.contains(.startsAlias), let (entity, n) = lexicon.alias(in: stems, at: i) else {
        i += 1
        continue
      }
      if !q.entities.contains(where: { $0.entity == entity }) {
        q.entities.append(.init(entity: entity, typed: n == 1 ? tokens[i] : Self.joined(tokens[i..<(i + n)]), corrected: false))
        positions.append(i)
        if i >= subordinateFrom { q.contextEntities.append(entity) }
      }
      for j in i..<(i + n) { used[j] = true }
      i += n
    }

    // Question forms.
    var formUsed = [Bool].filled(with: false, count: tokens.count)
    var p = 0
    while p < tokens.count {
      var advanced = false
      let phrases = words[p].flags.contains(.startsForm) ? lexicon.formPhrasesByFirstWord[tokens[p]] ?? [] : []
      for (form, phrase) in phrases where p + phrase.count <= tokens.count {
        if p > 0 && Self.openingOnlyForms.contains(form) { continue }
        // (Word by word in place: `elementsEqual` over a slice retains and releases every word.)
        var k = 0
        while k < phrase.count && tokens[p + k].sameText(phrase[k]) { k += 1 }
        guard k == phrase.count else { continue }
        if (p..<(p + phrase.count)).contains(where: { used[$0] }) { continue }
        q.forms.appendIfNew(form)
        // Only quantity-asking forms ("what share", "how big") can name a measure.
        let asksQuantity = Self.measureForms.contains(form)
        for j in p..<(p + phrase.count) {
          used[j] = true
          formUsed[j] = !asksQuantity
          q.formTerms.append(words[j].term)
          if asksQuantity { q.measureFormTerms.append(words[j].term) }
        }
        p += phrase.count
        advanced = true
        break
      }
      if !advanced { p += 1 }
    }

    for (j, token) in tokens.enumerated() where !used[j] {
      if token.utf8.count == 4, let year = Int(token), (1900...2100).contains(year) {
        q.years.append(year)
        if j > 0 && (tokens[j - 1] == "since" || tokens[j - 1] == "after") { q.sinceYear = year }
        used[j] = true
      } else if words[j].flags.contains(.month), let month = Lexicon.monthNumbers[token], token.count > 3 || (j + 1 < tokens.count && Int(tokens[j + 1]) != nil) {
        q.months.append(month)
        used[j] = true
      } else if words[j].flags.contains(.pronoun) {
        q.hasPronoun = true
      }
    }

    // Remaining words: known, corrected, a misspelt entity, or unknown.
    var focusChecked = false
    for (j, token) in tokens.enumerated() where !used[j] {
      let term = words[j].term
      let flags = words[j].flags
      if flags.contains(.stopTerm) || flags.contains(.stopToken) || flags.contains(.pronoun) { continue }
      if Self.isOneCharacter(token) && !(token.first?.isNumber ?? false) { continue }
      let known = flags.contains(.known)
      if !known && (flags.contains(.genericTerm) || flags.contains(.genericStem)) { continue }
      // An unknown adverb ("properly", "lately") colours a question but never decides it.
      if !known && token.count >= 5 && token.hasSuffix("ly") { continue }
      // A slip on a little word ("dose" for "does", "waht") is that word.
      if !known, token.count <= 5, lexicon.isTypoOfStopword(token) { continue }
      // The first content word (not a question word, name or everyday word) is what is asked about.
      let isFocus = !focusChecked
      focusChecked = true
      let subordinate = j >= subordinateFrom
      if known || token.first?.isNumber == true {
        q.content.append(.init(term: term, typed: token, correctedFrom: nil, known: known, subordinate: subordinate))
        continue
      }
      let entityCandidates = fuzzyEntities(stems[j])
      if entityCandidates.count == 1 {
        if !q.entities.contains(where: { $0.entity == entityCandidates[0] }) {
          q.entities.append(.init(entity: entityCandidates[0], typed: token, corrected: true))
          positions.append(j)
        }
        continue
      }
      if entityCandidates.count > 1 {
        q.ambiguities.append(.init(typed: token, candidates: entityCandidates))
        continue
      }
      // A capitalised word inside the question is a name: it may be a misspelt entity, but is
      // never "corrected" into an ordinary word (France is not a typo of frank).
      let isName = cased[j].capitalized && j > 0
      if !isName, let fixed = lexicon.correction(for: term) {
        q.content.append(.init(term: fixed, typed: token, correctedFrom: token, known: true, subordinate: subordinate))
      } else {
        q.content.append(.init(term: term, typed: token, correctedFrom: nil, known: false, subordinate: subordinate))
        if isName || isFocus { q.unknownFocus.append(isName ? Self.capitalized(token) : token) }
      }
    }

    q.allTerms.reserveCapacity(words.count)
    for w in words { q.allTerms.appendIfNew(w.term) }
    if q.entities.count > 1 && positions != positions.sorted() {
      let named = q.entities  // (a closure over `q` itself would keep the whole query in a box)
      q.entities = named.indices.sorted { positions[$0] < positions[$1] }.map { named[$0] }
    }

    // Measures come from the main clause. They may be named by an entity's words too ("Safe City"
    // money), but a measure named only that way is weak: "Tajikistan's Safe City" asks for a profile.
    let mainTokens = tokens.prefix(subordinateFrom)
    // (A handful of terms: lists searched by comparison, cheaper than hashing them into a table.)
    var own: [String] = []
    own.reserveCapacity(q.content.count + q.measureFormTerms.count)
    for c in q.content where !c.subordinate { own.appendIfNew(c.term) }
    for t in q.measureFormTerms { own.appendIfNew(t) }
    let ownTerms = own
    // The main clause's words in order (question words of other forms left out): a head phrase of
    // several words must appear in it as written ("China's exports", not "exports go to China").
    var mainSequence: [String] = []
    mainSequence.reserveCapacity(mainTokens.count)
    for j in mainTokens.indices where !formUsed[j] { mainSequence.append(words[j].term) }
    var allOwn = WordList(capacity: ownTerms.count + mainSequence.count)
    for t in ownTerms { allOwn.appendIfNew(t) }
    for t in mainSequence { allOwn.appendIfNew(t) }
    // (Constants from here: the functions below capture them by value, not as boxed variables.)
    let sequence = mainSequence, termSet = allOwn
    func contains(_ phrase: [String]) -> Bool {
      if phrase.count == 1 { return termSet.contains(phrase[0]) }
      guard phrase.count <= sequence.count else { return false }
      search: for start in 0...(sequence.count - phrase.count) where sequence[start].sameText(phrase[0]) {
        for k in 1..<phrase.count where !sequence[start + k].sameText(phrase[k]) { continue search }
        return true
      }
      return false
    }
    /// How many of `terms` the question uses.
    func echoed(_ terms: [String]) -> Int {
      var n = 0
      for t in terms where termSet.contains(t) { n += 1 }
      return n
    }
    // Each measure's longest phrase in the question, and whether one of them is in the question's
    // own words; only phrases whose first term the question has are tried.
    var found: [(id: String, score: Double, own: Bool)] = []
    for t in termSet.words {
      guard let phrases = lexicon.measurePhrasesByFirstTerm[t] else { continue }
      // (By position: a loop over the pairs themselves copies each id and phrase list out.)
      for i in phrases.indices where contains(phrases[i].phrase) {
        let own = phrases[i].phrase.allSatisfy { ownTerms.containsText($0) }
        let length = Double(phrases[i].phrase.count)
        if let j = found.firstIndex(where: { $0.id == phrases[i].measure }) {
          found[j].score = max(found[j].score, length)
          found[j].own = found[j].own || own
        } else {
          found.append((phrases[i].measure, length, own))
        }
      }
    }
    for (id, phraseScore, own) in found {
      var score = phraseScore
      score += 0.5 * Double(echoed(lexicon.measureContext[id] ?? []))
      // Prefer the measure whose own name the question echoes most ("debt to China" over
      // "debt to China as a share of GDP" when GDP is not mentioned).
      let nameTerms = lexicon.measureNameTerms[id] ?? []
      if !nameTerms.isEmpty { score += 0.2 * Double(echoed(nameTerms)) / Double(nameTerms.count) }
      if !own {
        score *= 0.5
        q.entityNamedMeasures.append(id)
      }
      q.measures.append((id, score))
    }
    q.measures.sort { ($0.score, $1.id) > ($1.score, $0.id) }
    // Topics: those a word of the question names on its own, then those with a phrase of several
    // words, all of which the question uses.
    for t in termSet.words { for id in lexicon.topicsNamedBy[t] ?? [] { q.topics.appendIfNew(id) } }
    var candidateTopics: [String] = []
    for t in termSet.words {
      for id in lexicon.topicsByFirstTerm[t] ?? [] where !q.topics.containsText(id) { candidateTopics.appendIfNew(id) }
    }
    func containsAll(_ phrase: [String]) -> Bool {
      for t in phrase where !termSet.contains(t) { return false }
      return true
    }
    for id in candidateTopics where lexicon.topicLongPhrases[id]?.contains(where: containsAll) == true {
      q.topics.append(id)
    }
    q.topics.sort()
    // Handed out by a swap: returning `q` itself copied the whole query (retaining each list),
    // then released the original.
    var result = Query(text: "")
    swap(&result, &q)
    return result
  }

  /// Words joined by spaces, made in one piece (the standard `joined` builds it up in steps).
  static func joined(_ words: ArraySlice<String>) -> String {
    var length = words.count - 1
    for w in words { length += w.utf8.count }
    var text = ""
    text.reserveCapacity(length)
    for w in words {
      if !text.isEmpty { text += " " }
      text += w
    }
    return text
  }

  /// Whether a word is one character, by its bytes where they settle it (`count` breaks the text
  /// into grapheme clusters; an ASCII word has a character per byte).
  static func isOneCharacter(_ word: String) -> Bool {
    if word.utf8.count == 1 { return true }
    if Tokenizer.isASCII(word) { return false }
    return word.count == 1
  }

  static func capitalized(_ word: String) -> String { word.prefix(1).uppercased() + word.dropFirst() }

  /// Entities whose one-word name or alias is closest to `stem` within the typo budget.
  func fuzzyEntities(_ stem: String) -> [String] {
    let budget = EditDistance.budget(forLength: stem.count)
    guard budget > 0 else { return [] }
    var best = budget + 1
    var found: [String] = []
    // Aliases are filed by length and by first letter; a slip may be in the first letter, so the
    // second is tried too. (In the stem's order: a set's order changes from run to run, and with
    // it the order of the names an ambiguous slip is offered.)
    var initials: [String] = []
    for c in stem.prefix(2) { initials.appendIfNew(String(c)) }
    for length in (stem.count - budget)...(stem.count + budget) {
      for initial in initials {
        guard let aliases = lexicon.aliasStems(length: length, initial: initial) else { continue }
        for (alias, entity) in aliases {
          let d = EditDistance.distance(stem, alias, limit: best)
          if d < best {
            best = d
            found = [entity]
          } else if d == best, !found.contains(entity) {
            found.append(entity)
          }
        }
      }
    }
    return best <= budget ? found : []
  }
}
