// Lines typed at a terminal: libedit for editing, the history file, and the signals that drop a
// line (Ctrl-C) or end the session (SIGTERM, SIGHUP). Everything the prompt needs beyond reading
// lines is here, so that the read loop stays the same for pipes.

/// The person at the prompt, as a LineSource. Lines come back trimmed and never empty; an
/// interrupted line is dropped and the prompt shown again, as in a shell.
final class TerminalLines: LineSource {
  private let editor: LineEditor
  private var history: HistoryFile

  /// Starts line editing with the saved history, and catches signals from here on; nil when
  /// libedit cannot start, and the caller reads plainly instead.
  init?(completions: [String]) {
    let history = HistoryFile(path: HistoryFile.defaultPath())
    Platform.useLocaleWithUTF8()
    guard let editor = LineEditor(programName: "silkroad", completions: completions) else { return nil }
    if let problem = history.loadProblem { Platform.writeStandardError(ShellText.warning(problem)) }
    editor.addHistory(history.entries)
    self.editor = editor
    self.history = history
    Platform.catchSignals()
  }

  func readLine(prompt: String) -> String? {
    while true {
      editor.setPrompt(prompt)
      let input = editor.readLine()
      if case .terminate(let signal)? = Platform.takeSignal() {
        close()
        Platform.end(by: signal)
      }
      switch input {
      case .endOfFile:
        Platform.writeLine("")  // Ctrl-D leaves the cursor after the prompt
        return nil
      case .interrupted:
        Platform.writeLine(ShellText.interrupted)
      case .line(let line):
        let trimmed = line.trimmingCharacters()
        guard !trimmed.isEmpty else { continue }
        history.add(trimmed)
        editor.addHistory([trimmed])
        return trimmed
      }
    }
  }

  /// Anything but y or yes is no, Ctrl-C and Ctrl-D included.
  func confirm(_ question: String) -> Bool {
    editor.setPrompt(question)
    guard case .line(let answer) = editor.readLine() else { return false }
    return ["y", "yes"].contains(answer.trimmingCharacters().lowercased())
  }

  /// Saves the history; the session is over.
  func close() {
    if let problem = history.save() { Platform.writeStandardError(ShellText.warning(problem)) }
  }
}
