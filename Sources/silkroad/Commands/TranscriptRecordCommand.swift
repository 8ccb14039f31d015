// `silkroad transcript record FILE`: questions from standard input, replies from silkroad.
import ArgumentParser
import SilkRoadKit

struct TranscriptRecordCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "record",
    abstract: "Record a transcript: questions from standard input (one per line), replies from silkroad. Lines starting with # become the description.")

  @OptionGroup var options: CommonOptions
  @Flag(name: .long, help: "Replace FILE if it exists.") var force = false
  @Argument(help: "The transcript file to write.") var file: String

  func run() throws {
    if Platform.fileExists(file) && !force {
      throw ValidationError(ShellText.transcriptExists(file))
    }
    var header: [String] = []
    var inputs: [String] = []
    while let line = Platform.readLine() {
      if line.hasPrefix("#") { header.append(line) } else if !line.trimmingCharacters().isEmpty { inputs.append(line) }
    }
    let index = KnowledgeLoader.loadOrExit(directory: options.knowledge)
    let t = Transcript(header: header, exchanges: inputs.map { .init(input: $0, reply: []) }).replay(index: index)
    try Platform.writeFileAtomically(file, t.render())
    Platform.writeLine(ShellText.transcriptRecorded(exchanges: t.exchanges.count, file: file))
  }
}
