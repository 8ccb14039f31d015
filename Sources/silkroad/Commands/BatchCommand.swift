// `silkroad batch [--json]`: standard input as one conversation, one answer line per line.
import ArgumentParser

struct BatchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "batch",
    abstract: "Answer questions from standard input, one per line, as one conversation: one answer line per question.")

  @OptionGroup var options: CommonOptions
  @Flag(name: .long, help: "One JSON object per line: question, status, text, citations, intent, facts.") var json = false

  func run() {
    var loop = ReadLoop(conversation: options.conversation(), format: .batch(json: json), source: StandardInputLines(), output: StandardOutput())
    loop.run()
  }
}
