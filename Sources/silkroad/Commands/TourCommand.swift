// `silkroad tour [TOPIC]`: the prompt, starting with `tour`.
import ArgumentParser

struct TourCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tour",
    abstract: "Start a guided tour of the article (next, back, stop; questions welcome at any step).")

  @OptionGroup var options: CommonOptions
  @Argument(help: "A topic to tour (see `topics`); the whole article when omitted.") var topic: [String] = []

  func run() {
    Shell.start(options, first: (["tour"] + topic).joined(separator: " "))
  }
}
