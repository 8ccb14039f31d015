import ExtrasBase64
import SilkRoadCore

/// The default knowledge, compiled into the binary from the top-level `Knowledge/` folder by the
/// EmbedKnowledge build plugin (see `EmbeddedKnowledgeFiles.swift` in the build directory): the
/// files themselves, and a snapshot of their index made at build time.
public enum EmbeddedKnowledge {
  /// Every embedded knowledge file, by path relative to `Knowledge/`.
  public static var allFiles: [KnowledgeFile] { files }

  /// The index of the embedded knowledge, read from the build-time snapshot. Nil only when the
  /// snapshot is missing or unreadable (the files did not load at build time); then load `allFiles`.
  public static func snapshotIndex() -> KnowledgeIndex? {
    (try? Base64.decode(string: snapshotBase64)).flatMap(Snapshot.decode)
  }

  /// The index of the embedded knowledge: from the snapshot, else built from the files.
  public static func index() -> Result<KnowledgeIndex, KnowledgeErrors> {
    if let index = snapshotIndex() { return .success(index) }
    return Knowledge.load(allFiles).map(KnowledgeIndex.init)
  }
}
