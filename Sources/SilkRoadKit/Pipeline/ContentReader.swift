import SilkRoadCore

/// The content stage: every word no earlier stage used is a known content word, a typo of one
/// (corrected), a misspelt name, or a word the source does not know, which may decide that the
/// source does not cover the question.
struct ContentReader {
  let index: KnowledgeIndex

  func read(_ q: inout Query, _ words: inout QuestionWords) {
    let spelling = Spelling(index: index)
    var focusChecked = false
    for j in words.unused where !isNoise(words, j) {
      let token = words.tokens[j], term = words.terms[j]
      let known = index.vocabulary.known.contains(term)
      // The first content word (not a question word, name or everyday word) is what is asked about.
      let isFocus = !focusChecked
      focusChecked = true
      let subordinate = j >= words.clauseStart
      if known || token.first?.isNumber == true {
        q.content.append(.init(term: term, typed: token, correctedFrom: nil, known: known, subordinate: subordinate))
        continue
      }
      let names = spelling.entities(near: words.stems[j])
      if names.count == 1 {
        if !q.entities.contains(where: { $0.entity == names[0] }) {
          q.entities.append(.init(entity: names[0], typed: token, corrected: true))
          words.entityPositions.append(j)
        }
        continue
      }
      if names.count > 1 {
        q.ambiguities.append(.init(typed: token, candidates: names))
        continue
      }
      // A capitalised word inside the question is a name: it may be a misspelt entity, but is
      // never "corrected" into an ordinary word (France is not a typo of frank).
      let isName = words.capitalized[j] && j > 0
      if !isName, let fixed = spelling.word(near: term) {
        q.content.append(.init(term: fixed, typed: token, correctedFrom: token, known: true, subordinate: subordinate))
      } else {
        q.content.append(.init(term: term, typed: token, correctedFrom: nil, known: false, subordinate: subordinate))
        if isName || isFocus { q.unknownFocus.append(isName ? token.prefix(1).uppercased() + token.dropFirst() : token) }
      }
    }
  }

  /// Words that never decide a question: stop words, pronouns, single letters, and, when the
  /// knowledge does not use them, everyday words, adverbs and slips on little words.
  func isNoise(_ words: QuestionWords, _ j: Int) -> Bool {
    let token = words.tokens[j], term = words.terms[j]
    let v = index.vocabulary
    if v.isStop(term) || v.isStop(token) || index.knowledge.parts.wordRoles.pronouns.contains(token) { return true }
    if token.count == 1 && !(token.first?.isNumber ?? false) { return true }
    if v.known.contains(term) { return false }
    if v.genericTerms.contains(term) || v.genericTerms.contains(words.stems[j]) { return true }
    // An unknown adverb ("properly", "lately") colours a question but never decides it.
    if token.count >= 5 && token.hasSuffix("ly") { return true }
    // A slip on a little word ("dose" for "does", "waht") is that word.
    return token.count <= 5 && Spelling(index: index).isSlipOfStopword(token)
  }
}
