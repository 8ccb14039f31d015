import Foundation
import PackagePlugin

/// Runs KnowledgeEmbedder over the top-level Knowledge/ folder, so the library compiles the
/// default knowledge in and rebuilds whenever a knowledge file changes.
@main
struct EmbedKnowledge: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let knowledge = context.package.directoryURL.appending(path: "Knowledge")
    var files: [URL] = []
    if let walker = FileManager.default.enumerator(at: knowledge, includingPropertiesForKeys: nil) {
      for case let url as URL in walker where url.pathExtension == "json" && !url.path.contains("/schema/") {
        files.append(url)
      }
    }
    files.sort { $0.path < $1.path }
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedKnowledgeFiles.swift")
    return [
      .buildCommand(
        displayName: "Embedding \(files.count) knowledge files",
        executable: try context.tool(named: "KnowledgeEmbedder").url,
        arguments: [output.path, knowledge.path] + files.map(\.path),
        inputFiles: files,
        outputFiles: [output]
      )
    ]
  }
}
