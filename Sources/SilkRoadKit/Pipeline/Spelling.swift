import SilkRoadCore

/// Typo correction, in one place: a misspelt name ("Kyrgystan"), a misspelt ordinary word
/// ("instiutes"), and a slip on a little word ("dose" for "does"). Each is compared with the
/// knowledge's own vocabulary by edit distance, never with a general dictionary: silkroad only
/// needs the words its source uses.
struct Spelling {
  let index: KnowledgeIndex

  /// Entities whose one-word name or alias is closest to `stem` within the typo budget (more
  /// than one when the slip is equally close to several: the question is then ambiguous).
  func entities(near stem: String) -> [String] {
    let budget = EditDistance.budget(forLength: stem.count)
    guard budget > 0 else { return [] }
    var best = budget + 1
    var found: [String] = []
    // Typos rarely touch the first letter, so only names starting with the word's first letter
    // are tried, or with its second, for a swap of the first two. (In the word's order, so that
    // the names of an ambiguous slip are offered in the same order in every run.)
    var initials: [Character] = []
    for c in stem.prefix(2) { initials.appendIfNew(c) }
    for length in (stem.count - budget)...(stem.count + budget) {
      for initial in initials {
        for alias in index.entities.oneWordAliases[length] ?? [] where alias.stems[0].first == initial {
          let d = EditDistance.distance(stem, alias.stems[0], limit: best)
          if d < best {
            best = d
            found = [alias.entity]
          } else if d == best {
            found.appendIfNew(alias.entity)
          }
        }
      }
    }
    return best <= budget ? found : []
  }

  /// The known term one edit away from an ordinary word, for words of six letters or more:
  /// short real words are too often one edit from another real word (bother/brother,
  /// scared/scale). Several equally close: the most frequent in the knowledge (lowest idf).
  func word(near term: String) -> String? {
    guard term.count >= 6 else { return nil }
    var close: [String] = []
    for length in (term.count - 1)...(term.count + 1) {
      // One edit leaves the first letter or the last one as it was (so their first or last byte):
      // words that differ in both are not worth measuring.
      for candidate in index.vocabulary.correctableByLength[length] ?? []
      where (candidate.utf8.first == term.utf8.first || candidate.utf8.last == term.utf8.last) && EditDistance.distance(term, candidate, limit: 1) == 1 {
        close.appendIfNew(candidate)
      }
    }
    let idf = index.statements.idf
    return close.filter { EditDistance.isLikelyTypo(term, of: $0) }.min { (idf[$0] ?? 99, $0) < (idf[$1] ?? 99, $1) }
  }

  /// Whether a short unknown word is one swap or one substituted letter away from a stop word
  /// of the same length (at least three letters).
  func isSlipOfStopword(_ word: String) -> Bool {
    let length = word.count
    guard length >= 3 else { return false }
    let bytes = Array(word.utf8)
    for stopword in index.vocabulary.stopwordsByLength[length] ?? [] {
      let other = Array(stopword.utf8)
      // Same length in bytes (ASCII, nearly always): one edit can only be a substitution or a swap.
      let oneEdit =
        other.count == bytes.count
        ? EditDistance.isOneSubstitutionOrSwap(other, bytes) : EditDistance.distance(word, stopword, limit: 1) == 1
      if oneEdit { return true }
    }
    return false
  }
}
