import SilkRoadCore

/// The forms stage: which kind of question this is ("how much", "why", "compare"), from the
/// phrases each form declares in the vocabulary.
struct FormFinder {
  let index: KnowledgeIndex
  /// Forms that ask for a quantity: their words ("what *share*", "how *big*") may name a measure.
  static let quantityForms: Set<Form> = [.howMuch, .superlative, .superlativeLow, .compare, .total]
  /// Forms that only count at the start of a question ("is it true", "does").
  static let openingOnlyForms: Set<Form> = [.yesNo, .whatIs, .greeting]

  func find(_ q: inout Query, _ words: inout QuestionWords) {
    var p = 0
    while p < words.count {
      guard let phrase = phrase(at: p, words) else {
        p += 1
        continue
      }
      q.forms.appendIfNew(phrase.form)
      let asksQuantity = Self.quantityForms.contains(phrase.form)
      for j in p..<(p + phrase.words.count) {
        words.used[j] = true
        words.formOnly[j] = !asksQuantity
        q.formTerms.append(words.terms[j])
        if asksQuantity { q.measureFormTerms.append(words.terms[j]) }
      }
      p += phrase.words.count
    }
  }

  /// The longest form phrase that starts at `p` on words not used yet.
  func phrase(at p: Int, _ words: QuestionWords) -> PhraseIndex.FormPhrase? {
    for phrase in index.phrases.forms[words.tokens[p]] ?? [] {
      let end = p + phrase.words.count
      guard end <= words.count, p == 0 || !Self.openingOnlyForms.contains(phrase.form) else { continue }
      guard words.tokens[p..<end].elementsEqual(phrase.words), !words.used[p..<end].contains(true) else { continue }
      return phrase
    }
    return nil
  }
}
