/// The indexed knowledge as bytes, made at build time by the KnowledgeEmbedder tool so that
/// silkroad starts without parsing JSON, checking it, tokenising every statement or building the
/// indexes (about nine tenths of a cold start otherwise).
///
/// What it holds is `KnowledgeIndex.Stored`, written by `SnapshotCoder`. A snapshot that is
/// missing, damaged or made from other types is refused as a whole (`nil`), and the caller builds
/// from the JSON instead: a snapshot can make silkroad slower, never wrong.
package enum Snapshot {
  /// "SRK" and the version of `SnapshotCoder`'s byte format (not of the tables: the coder
  /// checks those by name and type).
  static let magic: [UInt8] = Array("SRK1".utf8)

  package static func encode(_ index: KnowledgeIndex) -> [UInt8] {
    // Encoding plain tables cannot fail; a failure here is a bug in the coder.
    magic + (try! SnapshotCoder.encode(index.stored))
  }

  package static func decode(_ bytes: [UInt8]) -> KnowledgeIndex? {
    guard bytes.starts(with: magic) else { return nil }
    guard let stored = try? SnapshotCoder.decode(KnowledgeIndex.Stored.self, from: Array(bytes.dropFirst(magic.count))) else {
      return nil
    }
    return KnowledgeIndex(stored)
  }
}
