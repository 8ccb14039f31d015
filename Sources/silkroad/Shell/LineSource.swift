// Where the shell's lines come from. The read loop takes any LineSource and never learns which
// one it has, as lua.c's loop does not know whether readline or fgets is behind it.

/// Lines to answer: typed at the prompt (TerminalLines), piped in (StandardInputLines), or a
/// list in tests. A source deals with its own terminal, history and signals; the loop only reads.
protocol LineSource {
  /// The next line, nil at the end of input. `prompt` is shown only where someone can see it.
  mutating func readLine(prompt: String) -> String?
  /// Puts a yes/no question to the person typing; false where nobody can answer.
  mutating func confirm(_ question: String) -> Bool
}

/// Lines from standard input as they come, with no prompt and no editing (as sqlite3 reads a
/// pipe). It never confirms: in a pipe there is nobody to ask, so nothing is overwritten.
struct StandardInputLines: LineSource {
  func readLine(prompt: String) -> String? { Platform.readLine() }
  func confirm(_ question: String) -> Bool { false }
}
