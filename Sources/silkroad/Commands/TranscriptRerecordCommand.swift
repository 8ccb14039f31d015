// `silkroad transcript rerecord [FILE...]`: re-records transcripts after a deliberate change.
import ArgumentParser
import SilkRoadKit

struct TranscriptRerecordCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rerecord",
    abstract: "Re-record transcripts from their own questions after a deliberate change (default: all in Transcripts/).")

  @OptionGroup var options: CommonOptions
  @Argument(help: "Transcript files.") var files: [String] = []

  func run() throws {
    let index = KnowledgeLoader.loadOrExit(directory: options.knowledge)
    for file in TranscriptCommand.files(files) {
      let old = Transcript.parse(try Platform.readFile(file))
      let new = old.replay(index: index)
      try Platform.writeFileAtomically(file, new.render())
      Platform.writeLine(ShellText.transcriptRerecorded(file, changed: Transcript.diff(expected: old, actual: new) != nil))
    }
  }
}
