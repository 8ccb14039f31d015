// The `silkroad` command line: a thin layer over SilkRoadKit. With no subcommand it starts the
// prompt on a terminal, or answers questions from standard input when piped.
import ArgumentParser

@main
struct SilkRoadCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "silkroad",
    abstract: "Answers questions about China's role in Central Asia, with citations to the source.",
    discussion: """
      With no subcommand, silkroad starts an interactive prompt when standard input and output are \
      terminals, and otherwise reads one question per line from standard input.
      """,
    version: "silkroad 0.1.0",
    subcommands: [
      AskCommand.self, BatchCommand.self, TourCommand.self, QuizCommand.self, FactsCommand.self,
      CheckCommand.self, TranscriptCommand.self,
    ]
  )

  @OptionGroup var options: CommonOptions

  func run() {
    Shell.start(options, first: nil)
  }
}
