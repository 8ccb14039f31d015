import Testing
@testable import SilkRoadCore
@testable import SilkRoadKit

@Suite struct SnapshotTests {
  @Test func base64_roundTripsEveryLengthAndPadding() {
    var rng = SeededRandom(seed: 7)
    for length in 0..<40 {
      let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
      let text = Base64.encode(bytes)
      #expect(text.utf8.count % 4 == 0)
      #expect(Base64.decode(text) == bytes, "length \(length)")
    }
    #expect(Base64.encode(Array("Man".utf8)) == "TWFu")
    #expect(Base64.encode(Array("Ma".utf8)) == "TWE=")
    #expect(Base64.encode(Array("M".utf8)) == "TQ==")
  }

  @Test func base64_refusesWhatIsNotBase64() {
    #expect(Base64.decode("TWF") == nil)
    #expect(Base64.decode("TW*u") == nil)
    #expect(Base64.decode("TW=u") == nil)
    #expect(Base64.decode("T===") == nil)
  }

  /// The snapshot compiled into the library holds exactly what indexing the embedded files gives:
  /// encoding is deterministic (sorted keys), so equal bytes mean every table is equal.
  @Test func embeddedSnapshot_isCurrent() throws {
    let fromSnapshot = try #require(EmbeddedKnowledge.snapshotLexicon())
    let built = Lexicon(Fixtures.builtIn)
    let expected = Snapshot.encode(built)
    #expect(Snapshot.encode(fromSnapshot) == expected)
    #expect(fromSnapshot.knowledge.statements.count == Fixtures.builtIn.statements.count)
  }

  @Test func snapshot_answersAsTheBuiltLexiconDoes() throws {
    let lexicon = try #require(Snapshot.decode(Snapshot.encode(Lexicon(try Fixtures.knowledge()))))
    let c = Conversation(lexicon: lexicon)
    let answer = c.ask("How much does Kyrgyzstan owe China?")
    #expect(answer.status == .answered)
    #expect(answer.text.contains("1.7"))
  }

  @Test func fixedWidthNumbers_roundTripAndRefuseTooManyForTheBytes() throws {
    var w = SnapshotWriter()
    w.fixedWidth([0, 1, UInt64.max, 0x0102_0304_0506_0708] as [UInt64])
    w.fixedWidth([7, UInt32.max] as [UInt32])
    var r = try SnapshotReader(w.finish())
    #expect(try r.fixedWidth(UInt64.self) == [0, 1, UInt64.max, 0x0102_0304_0506_0708])
    #expect(try r.fixedWidth(UInt32.self) == [7, UInt32.max])
    #expect(r.atEnd)
    var short = SnapshotWriter()
    short.uint(3)  // a count of three eight-byte numbers, with no bytes after it
    var s = try SnapshotReader(short.finish())
    #expect(throws: SnapshotError.self) { try s.fixedWidth(UInt64.self) }
  }

  /// Cut short, of another version or with a changed byte: refused whole, never half-read.
  @Test func damagedSnapshot_isRefusedNotHalfRead() throws {
    let bytes = Snapshot.encode(Lexicon(try Fixtures.knowledge()))
    #expect(Snapshot.decode(bytes) != nil)
    #expect(Snapshot.decode([]) == nil)
    for cut in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 97)) {
      #expect(Snapshot.decode(Array(bytes[0..<cut])) == nil, "cut at \(cut)")
    }
    var otherVersion = bytes
    otherVersion[4] = UInt8(Snapshot.version + 1)
    #expect(Snapshot.decode(otherVersion) == nil)
    // Flipping bytes must never crash. The format has no checksum: about a third of these flips
    // (91 of 300 with this seed) are refused; the rest give a different but whole lexicon, one
    // that encodes and decodes back to itself and answers a question.
    var rng = SeededRandom(seed: 11)
    var refused = 0
    for _ in 0..<300 {
      var damaged = bytes
      let at = Int(rng.next() % UInt64(bytes.count))
      damaged[at] ^= UInt8(truncatingIfNeeded: rng.next() | 1)
      guard let lexicon = Snapshot.decode(damaged) else {
        refused += 1
        continue
      }
      let again = Snapshot.encode(lexicon)
      #expect(Snapshot.decode(again).map(Snapshot.encode) == again, "flip at \(at) decoded to a lexicon that does not round-trip")
      #expect(Conversation(lexicon: lexicon).respond(to: "How much does Kyrgyzstan owe China?") != nil, "flip at \(at)")
    }
    #expect(refused >= 60, "only \(refused) of 300 damaged snapshots were refused")
  }
}
