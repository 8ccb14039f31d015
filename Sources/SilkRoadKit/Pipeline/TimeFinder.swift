import SilkRoadCore

/// The times stage: years ("in 2018", "since 2016") and months, and whether a pronoun points back
/// to an earlier question.
struct TimeFinder {
  let roles: WordRoles

  func find(_ q: inout Query, _ words: inout QuestionWords) {
    let tokens = words.tokens
    for j in words.unused {
      if let year = QuestionWords.year(tokens[j]) {
        q.years.append(year)
        if j > 0 && (tokens[j - 1] == "since" || tokens[j - 1] == "after") { q.sinceYear = year }
        words.used[j] = true
      } else if let month = roles.month(tokens[j]), tokens[j].count > 3 || (j + 1 < tokens.count && Int(tokens[j + 1]) != nil) {
        // "mar", "may", "jun" are months only before a number ("may 2019"); whole names always.
        q.months.append(month)
        words.used[j] = true
      } else if roles.pronouns.contains(tokens[j]) {
        q.hasPronoun = true
      }
    }
  }
}
