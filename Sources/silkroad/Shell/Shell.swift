// What `silkroad` with no subcommand (and `tour`, `quiz`) runs: the prompt at a terminal, plain
// reading from a pipe (no banner, prompt or colour), the same read loop either way.
import SilkRoadKit

enum Shell {
  /// The prompt when standard input and output are both terminals, plain reading otherwise;
  /// `first` is answered before anything is read.
  static func start(_ options: CommonOptions, first: String?) {
    let conversation = options.conversation()
    if Platform.isTerminal(0) && Platform.isTerminal(1) {
      if let lines = TerminalLines(completions: completionWords(conversation.knowledge)) {
        Platform.writeLine(ShellText.banner)
        let style = TerminalStyle(choice: options.color, isTerminal: true)
        var loop = ReadLoop(conversation: conversation, format: .conversation(style, flushEachReply: true), source: lines, output: StandardOutput())
        loop.run(first: first)
        lines.close()
        return
      }
      Platform.writeStandardError(ShellText.noLineEditing)
    }
    var loop = ReadLoop(
      conversation: conversation, format: .conversation(.plain, flushEachReply: false), source: StandardInputLines(), output: StandardOutput())
    loop.run(first: first)
  }

  /// What Tab completes: the commands, and every entity's name and its aliases of three letters
  /// or more (shorter ones would match too much to help).
  static func completionWords(_ knowledge: Knowledge) -> [String] {
    var names = Command.names
    for e in knowledge.entities {
      names.append(e.name)
      names += e.aliases.filter { $0.count >= 3 }
    }
    return names
  }
}
