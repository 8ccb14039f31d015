// Loads the knowledge: the built-in files, overlaid by a --knowledge directory's files (a file
// with the same relative name replaces the built-in one; new files add facts or sources).
// A broken knowledge base stops silkroad with every problem listed and exit 65.
import SilkRoadKit

enum KnowledgeLoader {
  static func files(directory: String?) throws(Platform.FileError) -> [KnowledgeFile] {
    var files = EmbeddedKnowledge.allFiles
    if let directory {
      guard Platform.isDirectory(directory) else {
        throw Platform.FileError(path: directory, reason: ShellText.notADirectory)
      }
      for name in Platform.listFiles(directory) where name.hasSuffix(".json") && !name.hasPrefix("schema/") {
        files.append(KnowledgeFile(name: name, text: try Platform.readFile(directory + "/" + name)))
      }
    }
    return files
  }

  /// The knowledge and its index, or exit 65 with every problem on standard error (66 when
  /// the files cannot be read). Without a directory this reads the snapshot made at build time,
  /// which skips parsing and indexing.
  static func loadOrExit(directory: String?) -> KnowledgeIndex {
    do {
      let result = directory == nil ? EmbeddedKnowledge.index() : Knowledge.load(try files(directory: directory)).map(KnowledgeIndex.init)
      switch result {
      case .success(let index): return index
      case .failure(let errors):
        Platform.writeStandardError(ShellText.brokenKnowledge(errors))
        Platform.exit(65)
      }
    } catch {
      Platform.writeStandardError(ShellText.cannotReadKnowledge(error))
      Platform.exit(66)
    }
  }
}
