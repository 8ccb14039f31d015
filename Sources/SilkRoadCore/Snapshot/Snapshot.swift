/// The indexed knowledge as bytes, made at build time by the KnowledgeEmbedder tool so that
/// silkroad starts without parsing JSON, checking it, tokenising every statement or building the
/// indexes (about nine tenths of a cold start otherwise).
///
/// Layout: the magic bytes `SRKS`, the schema (`Snapshot.schema`: every stored type and
/// property, written by the SnapshotCode plugin), then `KnowledgeIndex.Stored` as
/// `SnapshotWriter` writes it. A snapshot that is missing, damaged or made from other
/// declarations is refused as a whole (`nil`), and the caller builds from the JSON instead: a
/// snapshot can make silkroad slower, never wrong.
package enum Snapshot {
  static let magic: [UInt8] = Array("SRKS".utf8)

  package static func encode(_ index: KnowledgeIndex) -> [UInt8] {
    var w = SnapshotWriter()
    w.write(schema)
    w.write(index.stored)
    return magic + w.bytes()
  }

  package static func decode(_ bytes: [UInt8]) -> KnowledgeIndex? {
    guard bytes.starts(with: magic), var r = try? SnapshotReader(Array(bytes.dropFirst(magic.count))) else { return nil }
    guard (try? r.read() as String) == schema, let stored = try? r.read() as KnowledgeIndex.Stored, r.atEnd else { return nil }
    return KnowledgeIndex(stored)
  }
}
