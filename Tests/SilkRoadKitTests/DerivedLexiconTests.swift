import Testing
@testable import SilkRoadCore
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

  @Test func entityWeights_areTheirInverseDocumentFrequency() {
    let k = lexicon.knowledge
    let n = Double(k.statements.count)
    for (code, e) in k.entities.enumerated() {
      let df = Double(k.statements.filter { ($0.about + $0.to + [$0.accordingTo].compactMap { $0 }).contains(e.id) }.count)
      #expect(lexicon.codes.entityWeights[code] == naturalLog(1 + n / (df + 1)), "\(e.id)")
    }
    #expect(lexicon.weight("no-such-term") == naturalLog(1 + n))
  }

  @Test func paragraphEntityCodes_nameWhatEachStatementsParagraphNames() {
    let k = lexicon.knowledge
    let codes = lexicon.paragraphEntityCodes.value
    #expect(codes.count == k.statements.count)
    #expect(codes.contains { !$0.isEmpty })
    for (i, s) in k.statements.enumerated() {
      let names = Set(codes[i].map { k.entities[Int($0)].id })
      #expect(names == lexicon.paragraphEntities[s.citation] ?? [], "\(s.id)")
      #expect(codes[i] == codes[i].sorted())
    }
  }

  @Test func citationRanks_orderStatementsAsTheirCitations() {
    let k = lexicon.knowledge
    let ranks = lexicon.citationRanks.value
    #expect(ranks.count == k.statements.count)
    for i in k.statements.indices {
      for j in k.statements.indices {
        let (a, b) = (k.statements[i].citation, k.statements[j].citation)
        #expect((ranks[i] < ranks[j]) == (a < b) && (ranks[i] == ranks[j]) == (a == b), "\(k.statements[i].id) \(k.statements[j].id)")
      }
    }
  }

  @Test func statementsAboutAndByTopic_matchTheStatements() {
    let k = lexicon.knowledge
    for e in k.entities {
      #expect(lexicon.statementsAbout(e.id) == k.statements.indices.filter { k.statements[$0].about.contains(e.id) }, "\(e.id)")
    }
    for t in k.topics {
      #expect(lexicon.statementsFiled(under: t.id) == k.statements.indices.filter { k.statements[$0].topics.contains(t.id) }, "\(t.id)")
    }
    #expect(lexicon.statementsAbout("no-such-entity") == nil)
    #expect(lexicon.statementsFiled(under: "no-such-topic") == nil)
  }

  /// Every kind of single edit (a letter dropped, added, replaced, or two swapped) of a word the
  /// typo index holds finds that word among the candidates, hashes or not.
  @Test func deletionIndex_findsEveryWordOneEditAway() {
    let index = lexicon.deletionIndex.value
    #expect(index.words.count > 100)
    var checked = 0
    for word in stride(from: 0, to: index.words.count, by: 13).map({ index.words[$0] }) {
      let b = Array(word.utf8)
      guard b.allSatisfy({ $0 < 0x80 }), b.count >= 3 else { continue }
      checked += 1
      var variants: [[UInt8]] = []
      for i in b.indices {
        var dropped = b
        dropped.remove(at: i)
        var added = b
        added.insert(UInt8(ascii: "q"), at: i)
        var replaced = b
        replaced[i] = b[i] == UInt8(ascii: "z") ? UInt8(ascii: "y") : UInt8(ascii: "z")
        variants += [dropped, added, replaced]
        if i > 0 {
          var swapped = b
          swapped.swapAt(i - 1, i)
          variants.append(swapped)
        }
      }
      for v in variants {
        let typed = String(decoding: v, as: UTF8.self)
        #expect(index.candidates(for: typed).contains(word), "\(typed) → \(word)")
      }
    }
    #expect(checked > 5, "only \(checked) words were tried")
  }

  @Test func deletionIndex_refusesPartsThatDoNotFit() {
    #expect(DeletionIndex(words: ["alpha"], hashes: [1, 2], positions: [0, 0]) != nil)
    #expect(DeletionIndex(words: ["alpha"], hashes: [2, 1], positions: [0, 0]) == nil)
    #expect(DeletionIndex(words: ["alpha"], hashes: [1, 2], positions: [0, 1]) == nil)
    #expect(DeletionIndex(words: ["alpha"], hashes: [1], positions: [0, 0]) == nil)
  }

  /// The word table, as built and as the embedded snapshot holds it, agrees entry by entry with
  /// the separate tables it stands for.
  @Test func wordTable_agreesWithTheTablesItStandsFor() throws {
    let snapshot = try #require(EmbeddedKnowledge.snapshotLexicon())
    for l in [lexicon, snapshot] {
      #expect(l.words.count > 1000)
      for (token, word) in l.words {
        let fresh = Lexicon.word(
          token, stem: Stemmer.stem(token), canonical: l.canonical, stopTerms: l.stopTerms, vocabulary: l.vocabulary,
          genericTerms: l.genericTerms, aliases: l.aliases, forms: l.formPhrasesByFirstWord)
        #expect(word == fresh, "\(token)")
      }
    }
    #expect(lexicon.word("the").flags.contains(.stopTerm))
    #expect(lexicon.word("debt").flags.contains(.known))
    #expect(lexicon.word("kyrgyzstan").flags.contains(.startsAlias))
    #expect(lexicon.word("how").flags.contains(.startsForm))
    // A word the knowledge never uses is worked out on the spot, the same way.
    let unseen = lexicon.word("zzyzxes")
    #expect(unseen.stem == Stemmer.stem("zzyzxes") && unseen.flags.isEmpty)
  }
}
