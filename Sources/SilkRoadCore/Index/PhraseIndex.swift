/// The phrases that name a question form ("how much"), a measure ("debt to China") or a topic
/// ("soft power"), and the words that name a unit ("money" for dollars).
package struct PhraseIndex: Sendable, SnapshotStorable, Equatable {
  package struct FormPhrase: Sendable, SnapshotStorable, Equatable {
    package var form: Form
    package var words: [String]
  }

  package struct MeasurePhrase: Sendable, SnapshotStorable, Equatable {
    package var measure: String
    package var terms: [String]
  }

  /// The terms that ask for a unit, and whether any one of them will do (money and percent words)
  /// rather than all (a counted noun: "joint exercises").
  package struct TopicPhrase: Sendable, SnapshotStorable, Equatable {
    package var topic: String
    package var terms: [String]
  }

  package struct UnitWords: Sendable, SnapshotStorable, Equatable {
    package var terms: [String]
    package var anyWord: Bool
  }

  /// Question-form phrases (as folded words, not stemmed) by their first word, longest first.
  package var forms: [String: [FormPhrase]]
  /// Each measure's phrases as terms.
  package var measureWords: [String: [[String]]]
  /// Measures' phrases by their first term: a question tries only the phrases whose first term it has.
  package var measuresByFirstTerm: [String: [MeasurePhrase]]
  /// Words that qualify a measure ("GDP" for debt as a share of GDP).
  package var measureContext: [String: [String]]
  /// The content terms of each measure's name, to prefer the measure a question echoes most.
  package var measureNameTerms: [String: [String]]
  /// Each topic's name and words, as phrases of terms.
  package var topicPhrases: [String: [[String]]]
  /// The same by their first term: a question tries only the phrases whose first term it has.
  package var topicsByFirstTerm: [String: [TopicPhrase]]
  /// By unit, lower-cased ("usd", "percent", "exercises").
  package var unitWords: [String: UnitWords]
  /// Every unit's terms together.
  package var unitTerms: Set<String>
  /// The openings of a follow-up ("and", "what about"), as words.
  package var followUpOpenings: [[String]]
}

extension PhraseIndex {
  init(_ k: Knowledge, vocabulary v: Vocabulary) {
    var forms: [String: [FormPhrase]] = [:]
    for f in k.forms {
      for p in f.phrases {
        let words = Tokenizer.tokens(p)
        if let first = words.first { forms[first, default: []].append(FormPhrase(form: f.id, words: words)) }
      }
    }
    // A stable sort: among phrases of one length, the knowledge's order decides.
    for key in forms.keys {
      forms[key] = forms[key]!.enumerated().sorted { ($1.element.words.count, $0.offset) < ($0.element.words.count, $1.offset) }.map(\.element)
    }
    self.forms = forms
    measureWords = [:]
    measuresByFirstTerm = [:]
    measureContext = [:]
    measureNameTerms = [:]
    for m in k.measures {
      let phrases = m.words.map(v.terms).filter { !$0.isEmpty }
      measureWords[m.id] = phrases
      for phrase in phrases { measuresByFirstTerm[phrase[0], default: []].append(MeasurePhrase(measure: m.id, terms: phrase)) }
      measureContext[m.id] = Set(m.contextWords.flatMap(v.terms)).sorted()
      measureNameTerms[m.id] = Set(v.terms(m.name)).subtracting(v.stopTerms).sorted()
    }
    topicPhrases = [:]
    topicsByFirstTerm = [:]
    for t in k.topics {
      let phrases = ([t.name] + t.words).map(v.terms).filter { !$0.isEmpty }
      topicPhrases[t.id] = phrases
      for p in phrases { topicsByFirstTerm[p[0], default: []].append(TopicPhrase(topic: t.id, terms: p)) }
    }
    unitWords = [:]
    for unit in Set(k.measures.map { $0.unit.lowercased() } + k.statements.compactMap { $0.unit?.lowercased() }) {
      let words = k.parts.wordRoles.unitWords[unit]
      unitWords[unit] = UnitWords(terms: Set(v.terms(words ?? unit)).subtracting(v.stopTerms).sorted(), anyWord: words != nil)
    }
    unitTerms = Set(unitWords.values.flatMap(\.terms))
    followUpOpenings = k.parts.wordRoles.followUpOpeners.map(Tokenizer.tokens)
  }

  /// Every term the phrases use.
  var allTerms: Set<String> {
    var all = Set(measureWords.values.joined().joined())
    all.formUnion(measureContext.values.joined())
    all.formUnion(topicPhrases.values.joined().joined())
    return all
  }
}
