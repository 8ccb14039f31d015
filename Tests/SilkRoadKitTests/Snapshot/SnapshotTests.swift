import Foundation
import Testing

@testable import SilkRoadCore
@testable import SilkRoadKit
@testable import SnapshotCodeGenerator

@Suite struct SnapshotTests {
  /// Every value type the snapshot holds reads back as written, and a count larger than the
  /// bytes left is refused rather than trusted.
  @Test func storableValues_roundTrip() throws {
    var w = SnapshotWriter()
    let ints = [0, 1, -1, Int.max, Int.min, 300]
    let doubles = [0.0, -2.5, 1e300, .infinity]
    let table: [String: [Int]] = ["b": [2], "a": [1, 1]]
    let set: Set<String> = ["x", "y"]
    let optional: String? = nil
    w.write(ints)
    w.write(doubles)
    w.write(table)
    w.write(set)
    w.write(optional)
    w.write(StatementKind.recommendation)
    var r = try SnapshotReader(w.bytes())
    #expect(try r.read() as [Int] == ints)
    #expect(try r.read() as [Double] == doubles)
    #expect(try r.read() as [String: [Int]] == table)
    #expect(try r.read() as Set<String> == set)
    #expect(try r.read() as String? == nil)
    #expect(try r.read() as StatementKind == .recommendation)
    #expect(r.atEnd)
    var short = SnapshotWriter()
    short.uint(3)  // a count of three, with nothing after it
    var s = try SnapshotReader(short.bytes())
    #expect(throws: SnapshotError.self) { try s.read() as [Int] }
  }

  /// The committed reader and writer are what the generator makes of today's declarations.
  @Test func generatedSnapshotCode_isCurrent() throws {
    let root = URL(fileURLWithPath: PackagePaths.root)
    let committed = try String(contentsOf: root.appending(path: "Sources/SilkRoadCore/Snapshot/SnapshotCode.generated.swift"), encoding: .utf8)
    #expect(try snapshotCode(forPackageAt: root) == committed, "run `swift run SnapshotCodeGenerator` and commit the file")
  }

  /// Each stored type's properties in declaration order; computed and static ones left out.
  @Test func generator_readsStoredPropertiesOnly() {
    let source = """
      package struct Outer: Sendable, SnapshotStorable {
        package struct Inner: SnapshotStorable {
          var a: Int
        }
        package var names: [String]
        static let shared = 1
        var count: Int { names.count }
        let inner: Inner? = nil  // a comment: { not a brace
      }
      struct Plain { var ignored: Int }
      """
    let types = storedTypes(in: source)
    #expect(types.map(\.name) == ["Outer", "Outer.Inner"])
    #expect(types.first { $0.name == "Outer" }?.properties.map(\.name) == ["names", "inner"])
    #expect(types.first { $0.name == "Outer" }?.properties.map(\.type) == ["[String]", "Inner?"])
  }

  /// The snapshot compiled into the library holds exactly what indexing the embedded files gives:
  /// encoding is deterministic (sorted keys), so equal bytes mean every table is equal.
  @Test func embeddedSnapshot_isCurrent() throws {
    let fromSnapshot = try #require(EmbeddedKnowledge.snapshotIndex())
    let built = KnowledgeIndex(Fixtures.builtIn)
    let expected = Snapshot.encode(built)
    #expect(Snapshot.encode(fromSnapshot) == expected)
    #expect(fromSnapshot.knowledge.statements.count == Fixtures.builtIn.statements.count)
  }

  @Test func snapshot_answersAsTheBuiltIndexDoes() throws {
    let index = try #require(Snapshot.decode(Snapshot.encode(KnowledgeIndex(try Fixtures.knowledge()))))
    let c = Conversation(index: index)
    let answer = c.ask("How much does Kyrgyzstan owe China?")
    #expect(answer.status == .answered)
    #expect(answer.text.contains("1.7"))
  }

  /// Cut short, made from other declarations or with a changed byte: refused whole, never half-read.
  @Test func damagedSnapshot_isRefusedNotHalfRead() throws {
    let bytes = Snapshot.encode(KnowledgeIndex(try Fixtures.knowledge()))
    #expect(Snapshot.decode(bytes) != nil)
    #expect(Snapshot.decode([]) == nil)
    for cut in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 97)) {
      #expect(Snapshot.decode(Array(bytes[0..<cut])) == nil, "cut at \(cut)")
    }
    // Another schema (a property renamed): the first letter of the schema text is changed.
    var otherSchema = bytes
    let schemaStart = try #require(bytes.firstIndex(of: UInt8(ascii: "{"))) - 1
    otherSchema[schemaStart] ^= 0x20
    #expect(Snapshot.decode(otherSchema) == nil)
    // Flipping bytes must never crash. The format has no checksum: about a third of these flips
    // (91 of 300 with this seed) are refused; the rest give a different but whole index, one
    // that encodes and decodes back to itself and answers a question.
    var rng = SeededRandom(seed: 11)
    var refused = 0
    for _ in 0..<300 {
      var damaged = bytes
      let at = Int(rng.next() % UInt64(bytes.count))
      damaged[at] ^= UInt8(truncatingIfNeeded: rng.next() | 1)
      guard let index = Snapshot.decode(damaged) else {
        refused += 1
        continue
      }
      let again = Snapshot.encode(index)
      #expect(Snapshot.decode(again).map(Snapshot.encode) == again, "flip at \(at) decoded to an index that does not round-trip")
      #expect(Conversation(index: index).respond(to: "How much does Kyrgyzstan owe China?") != nil, "flip at \(at)")
    }
    #expect(refused >= 60, "only \(refused) of 300 damaged snapshots were refused")
  }
}
