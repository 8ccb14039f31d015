// `silkroad transcript record/verify/rerecord`: recorded sessions kept as regression tests.
import ArgumentParser

struct TranscriptCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "transcript",
    abstract: "Record, verify and re-record transcripts (recorded sessions used as regression tests).",
    subcommands: [TranscriptRecordCommand.self, TranscriptVerifyCommand.self, TranscriptRerecordCommand.self]
  )

  /// The files named, or every transcript in Transcripts/.
  static func files(_ named: [String]) -> [String] {
    named.isEmpty ? Platform.listFiles("Transcripts").map { "Transcripts/" + $0 } : named
  }
}
