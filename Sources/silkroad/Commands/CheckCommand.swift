// `silkroad check [--source FILE]`: every problem in the knowledge base, exit 65 when any.
import ArgumentParser
import SilkRoadKit

struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check the knowledge base and report every problem (exit 0 when clean, 65 otherwise).")

  @OptionGroup var options: CommonOptions
  @Option(
    name: .long,
    help: ArgumentHelp(
      "Also check provenance against a paragraphs file (JSON lines of section, paragraph, text); ID=FILE for a source other than the article.",
      valueName: "FILE"))
  var source: [String] = []

  func run() throws {
    let files: [KnowledgeFile]
    do { files = try KnowledgeLoader.files(directory: options.knowledge) } catch {
      Platform.writeStandardError(ShellText.cannotReadKnowledge(error))
      throw ExitCode(66)
    }
    switch Knowledge.load(files) {
    case .failure(let errors):
      Platform.writeLine(errors.description)
      throw ExitCode(65)
    case .success(let knowledge):
      let problems = try provenanceProblems(knowledge)
      for p in problems { Platform.writeLine("\(p)") }
      if !problems.isEmpty {
        Platform.writeLine(ShellText.problemsFound(problems.count))
        throw ExitCode(65)
      }
      Platform.writeLine(ShellText.knowledgeIsSound(knowledge, provenanceChecked: !source.isEmpty))
    }
  }

  /// Each `--source` checked against the figures that cite it; exit 66 when a file is unreadable.
  private func provenanceProblems(_ knowledge: Knowledge) throws -> [KnowledgeProblem] {
    var problems: [KnowledgeProblem] = []
    for spec in source {
      let (id, path) = Self.sourceAndPath(spec)
      let text: String
      do { text = try Platform.readFile(path) } catch {
        Platform.writeStandardError(ShellText.cannotReadSource(error))
        throw ExitCode(66)
      }
      problems += ProvenanceChecker.check(knowledge, sourceID: id, paragraphsJSONL: text, file: path)
    }
    return problems
  }

  /// `ID=FILE`, or a bare FILE for the article; an `=` inside a directory name is part of the path.
  static func sourceAndPath(_ spec: String) -> (id: String, path: String) {
    guard let eq = spec.firstIndex(of: "="), !spec[..<eq].contains("/") else { return ("article", spec) }
    return (String(spec[..<eq]), String(spec[spec.index(after: eq)...]))
  }
}
