// `silkroad ask QUESTION`: one answer, and an exit status a script can test.
import ArgumentParser
import SilkRoadKit

struct AskCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ask",
    abstract: "Answer one question. Exit 0 when answered, 1 when declined or asking for clarification.")

  @OptionGroup var options: CommonOptions
  @Flag(name: .long, help: "Print the answer as one JSON object.") var json = false
  @Argument(help: "The question, in plain English (quote it).") var question: [String]

  func validate() throws {
    if question.joined(separator: " ").trimmingCharacters().isEmpty { throw ValidationError(ShellText.emptyQuestion) }
  }

  func run() {
    let text = question.joined(separator: " ")
    let reply = options.conversation().respond(to: text) ?? .text([])
    if json, case .answer(let a) = reply {
      Platform.writeLine(JSONWriter.answerLine(question: text, answer: a))
    } else {
      let style = TerminalStyle(choice: options.color, isTerminal: Platform.isTerminal(1))
      for line in style.lines(of: reply) { Platform.writeLine(line) }
    }
    // Exit here rather than return: tearing down the knowledge and its indexes only to exit costs
    // milliseconds of a one-shot command.
    if case .answer(let a) = reply, a.status != .answered { Platform.exit(1) }
    Platform.exit(0)
  }
}
