// The options every subcommand takes: which knowledge, colour, and plain ASCII charts.
import ArgumentParser
import SilkRoadKit

/// When replies are coloured: `auto` only on a terminal. A non-empty NO_COLOR wins over all.
enum ColorChoice: String, CaseIterable, ExpressibleByArgument {
  case auto, always, never
}

struct CommonOptions: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp("Add or override knowledge files from DIR (same names replace built-in files).", valueName: "DIR"))
  var knowledge: String?

  @Option(name: .long, help: "Colour: auto (only on a terminal), always or never. A non-empty NO_COLOR turns it off.")
  var color: ColorChoice = .auto

  @Flag(name: .long, help: "Draw charts with plain ASCII (the default when the locale is not UTF-8).")
  var ascii = false

  /// A conversation over the knowledge these options name, or exit 65 when it is broken.
  func conversation() -> Conversation {
    let c = Conversation(index: KnowledgeLoader.loadOrExit(directory: knowledge))
    c.asciiCharts = ascii || !Platform.localeIsUTF8
    return c
  }
}
