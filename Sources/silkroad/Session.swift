// The three ways a conversation meets the outside world: the interactive REPL, plain piped
// reading (no banner, no prompt, no escapes, as sqlite3 does), and `batch` (one line out per
// question, optionally JSON). All of them feed lines to the same `Conversation`.
import SilkRoadKit
#if canImport(Glibc)
  import Glibc
#endif

enum Session {
  /// The REPL: libedit line editing, history, completion, signals. `first` runs before the
  /// first prompt (`silkroad tour` starts the tour).
  static func interactive(_ conversation: Conversation, style: Style, first: String? = nil) -> Int32 {
    var history = HistoryFile(path: HistoryFile.defaultPath())
    let k = conversation.knowledge
    var names = Command.names
    for e in k.entities {
      names.append(e.name)
      names += e.aliases.filter { $0.count >= 3 }
    }
    // libedit drops non-ASCII input unless the locale's character set is UTF-8.
    setlocale(LC_ALL, "")
    if let codeset = nl_langinfo(nl_item(CODESET)), String(cString: codeset) != "UTF-8" {
      setlocale(LC_CTYPE, "C.UTF-8")
    }
    guard let editor = LineEditor(programName: "silkroad", completions: names) else {
      Platform.writeStandardError("silkroad: cannot start line editing; reading plainly\n")
      return piped(conversation, first: first)
    }
    if let w = history.warning { Platform.writeStandardError("silkroad: \(w)\n") }
    editor.addHistory(history.entries)
    Signals.install()
    print(Messages.banner)

    func finish(_ code: Int32) -> Int32 {
      if let w = history.save() { Platform.writeStandardError("silkroad: \(w)\n") }
      return code
    }
    func handle(_ line: String) -> Bool {
      guard let reply = conversation.respond(to: line) else { return true }
      switch reply {
      case .quit: return false
      case .save(let path, let markdown, let n): save(path, markdown, n, confirm: { question in confirm(editor, question) })
      default: write(reply, style: style)
      }
      print("")
      Platform.flushStandardOutput()
      return true
    }
    if let first, !handle(first) { return finish(0) }
    while true {
      let label = conversation.modeLabel.map { " [\($0)]" } ?? ""
      editor.setPrompt(style.prompt("silkroad\(label)> "))
      let input = editor.readLine()
      let sig = Signals.take()
      if sig == SIGTERM || sig == SIGHUP {
        _ = finish(0)
        withExtendedLifetime(editor) {}
        Signals.reraise(sig)
      }
      switch input {
      case .endOfFile:
        print("")
        return finish(0)
      case .interrupted:
        print("^C")
        continue
      case .line(let line):
        let trimmed = line.trimmingCharacters()
        guard !trimmed.isEmpty else { continue }
        history.add(trimmed)
        editor.addHistory([trimmed])
        if !handle(trimmed) { return finish(0) }
      }
    }
  }

  /// Asks a yes/no question at the prompt; anything but y/yes is no.
  static func confirm(_ editor: LineEditor, _ question: String) -> Bool {
    editor.setPrompt(question + " [y/N] ")
    guard case .line(let answer) = editor.readLine() else { return false }
    return ["y", "yes"].contains(answer.trimmingCharacters().lowercased())
  }

  /// Writes a lesson; an existing file is replaced only when `confirm` says so (never in pipes).
  static func save(_ path: String, _ markdown: String, _ exchanges: Int, confirm: ((String) -> Bool)?) {
    if Platform.fileExists(path) {
      guard let confirm, confirm("\(path) exists. Overwrite it?") else {
        print(Messages.exists(path: path))
        return
      }
    }
    do {
      try Platform.writeFileAtomically(path, markdown)
      print(Messages.saved(path: path, exchanges: exchanges))
    } catch {
      print("Could not save the lesson: \(error)")
    }
  }

  /// Questions from a pipe: the answers, a blank line after each, nothing else.
  static func piped(_ conversation: Conversation, first: String? = nil) -> Int32 {
    let style = Style(choice: .never, isTerminal: false)
    func handle(_ line: String) -> Bool {
      guard let reply = conversation.respond(to: line) else { return true }
      switch reply {
      case .quit: return false
      case .save(let path, let markdown, let n): save(path, markdown, n, confirm: nil)
      default: write(reply, style: style)
      }
      print("")
      return true
    }
    if let first, !handle(first) { return 0 }
    while let line = readLine() {
      if !handle(line) { break }
    }
    return 0
  }

  /// `batch`: exactly one output line per input line (JSON with --json).
  static func batch(_ conversation: Conversation, json: Bool) -> Int32 {
    while let line = readLine() {
      var reply = conversation.respond(to: line)
      if case .save(let path, let markdown, _) = reply {
        let existed = Platform.fileExists(path)
        if !existed { try? Platform.writeFileAtomically(path, markdown) }
        reply = .text([existed ? Messages.exists(path: path) : (reply?.plainLines.first ?? "")])
      }
      if json {
        let answer: Answer
        switch reply {
        case .answer(let a): answer = a
        case .text(let lines): answer = Answer(status: .answered, intent: "command", lines: lines.map { Answer.Line($0) })
        case .quit, .save, .none: answer = Answer(status: .noAnswer, intent: reply.map { _ in "quit" } ?? "empty", lines: [])
        }
        print(JSONWriter.answerLine(question: line, answer: answer))
      } else {
        print((reply?.plainLines ?? []).joined(separator: " "))
      }
      Platform.flushStandardOutput()
    }
    return 0
  }

  static func write(_ reply: Reply, style: Style) {
    switch reply {
    case .answer(let a): for line in a.lines { print(style.render(line)) }
    case .text(let lines): for line in lines { print(line) }
    case .quit, .save: break
    }
  }
}

extension String {
  func trimmingCharacters() -> String {
    var s = Substring(self)
    while let f = s.first, f.isWhitespace { s.removeFirst() }
    while let l = s.last, l.isWhitespace { s.removeLast() }
    return String(s)
  }
}
