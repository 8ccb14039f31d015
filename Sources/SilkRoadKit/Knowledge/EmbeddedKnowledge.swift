/// The default knowledge, compiled into the binary from the top-level `Knowledge/` folder by the
/// EmbedKnowledge build plugin (see `EmbeddedKnowledgeFiles.swift` in the build directory).
public enum EmbeddedKnowledge {
  /// Every embedded knowledge file, by path relative to `Knowledge/`.
  public static var allFiles: [KnowledgeFile] { files }
}
