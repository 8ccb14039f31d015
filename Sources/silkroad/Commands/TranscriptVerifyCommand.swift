// `silkroad transcript verify [FILE...]`: replays transcripts and shows what changed.
import ArgumentParser
import SilkRoadKit

struct TranscriptVerifyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "verify",
    abstract: "Replay transcripts and show differences (default: every file in Transcripts/).")

  @OptionGroup var options: CommonOptions
  @Argument(help: "Transcript files.") var files: [String] = []

  func run() throws {
    let index = KnowledgeLoader.loadOrExit(directory: options.knowledge)
    var failed = 0
    for file in TranscriptCommand.files(files) {
      let expected = Transcript.parse(try Platform.readFile(file))
      if let diff = Transcript.diff(expected: expected, actual: expected.replay(index: index)) {
        failed += 1
        Platform.writeLine(ShellText.transcriptFailed(file, diff: diff))
      } else {
        Platform.writeLine(ShellText.transcriptPassed(file))
      }
    }
    if failed > 0 { throw ExitCode(1) }
  }
}
