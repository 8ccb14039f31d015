// `silkroad quiz [--seed N] [-n N] [TOPIC]`: the prompt, starting with `quiz`.
import ArgumentParser

struct QuizCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "quiz",
    abstract: "Start a quiz generated from the knowledge base (hint, skip, stop).")

  @OptionGroup var options: CommonOptions
  @Option(name: .long, help: "Random seed: the same seed asks the same questions in the same order.") var seed: UInt64?
  @Option(name: [.customShort("n"), .long], help: "How many questions.") var count = 5
  @Argument(help: "A topic to be quizzed on (see `topics`).") var topic: [String] = []

  func validate() throws {
    guard (1...50).contains(count) else { throw ValidationError(ShellText.quizCountOutOfRange) }
  }

  /// The options spelt as the `quiz` command the prompt understands.
  var quizLine: String {
    var line = (["quiz"] + topic + [String(count)]).joined(separator: " ")
    if let seed { line += " seed \(seed)" }
    return line
  }

  func run() {
    Shell.start(options, first: quizLine)
  }
}
