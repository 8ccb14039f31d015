import Testing
@testable import SilkRoadKit

/// Tables the lexicon derives at load rather than reading from the snapshot.
@Suite struct DerivedLexiconTests {
  let lexicon = Answerer(knowledge: Fixtures.builtIn).lexicon

  @Test func topicPhrases_splitIntoOneWordNamesAndLongerPhrases() {
    #expect(!lexicon.topicPhrases.isEmpty)
    for (topic, phrases) in lexicon.topicPhrases {
      for p in phrases where p.count == 1 { #expect(lexicon.topicsNamedBy[p[0]]?.contains(topic) == true, "\(topic): \(p)") }
      #expect(lexicon.topicLongPhrases[topic] == phrases.filter { $0.count > 1 }, "\(topic)")
    }
    for (term, topics) in lexicon.topicsNamedBy {
      for topic in topics { #expect(lexicon.topicPhrases[topic]?.contains([term]) == true, "\(term) → \(topic)") }
    }
  }

  @Test func rankingCodes_matchTheStatements() {
    let k = lexicon.knowledge
    for (i, s) in k.statements.enumerated() {
      let codes = lexicon.codes.statements[i]
      #expect((codes.measure >= 0 ? k.measures[Int(codes.measure)].id : nil) == s.measure)
      #expect((codes.subject >= 0 ? k.entities[Int(codes.subject)].id : nil) == s.about.first)
      #expect((codes.unit >= 0 ? lexicon.codes.units.keys[Int(codes.unit)] : nil) == RankingCodes.unit(of: s, in: k))
      #expect(codes.isFigure == (s.kind == .figure))
      #expect(codes.backgroundSubject == (s.about.first.map { lexicon.backgroundEntities.contains($0) } ?? true))
    }
  }
}
