// The one read-eval-print loop, for the prompt, for pipes and for `batch`: lines from any
// LineSource go to one Conversation, and its replies to any ShellOutput. It knows nothing of
// terminals, history or signals (its line source deals with those), so a test drives it with a
// list of lines and reads back what it wrote.
import SilkRoadKit

/// How replies are shown, which also decides what ends the session.
enum ReplyFormat {
  /// The prompt and pipes: each reply in full, then a blank line; `quit` ends the session.
  /// A terminal needs each reply flushed before libedit draws the next prompt; a pipe does not.
  case conversation(TerminalStyle, flushEachReply: Bool)
  /// `batch`: exactly one line out per line in, plain or JSON, flushed at once; only the end of
  /// input ends it, so a script can count on one answer per question.
  case batch(json: Bool)
}

/// Reads lines and answers them as one conversation.
struct ReadLoop<Source: LineSource, Output: ShellOutput> {
  let conversation: Conversation
  let format: ReplyFormat
  var source: Source
  var output: Output

  /// Answers `first` as though it had been typed (`silkroad tour` starts the tour), then every
  /// line read, until the input ends or a reply ends the session.
  mutating func run(first: String? = nil) {
    if let first, !answer(first) { return }
    while let line = source.readLine(prompt: prompt) {
      if !answer(line) { return }
    }
  }

  /// The prompt, with the step of a tour or quiz in progress.
  var prompt: String {
    guard case .conversation(let style, _) = format else { return "" }
    return style.prompt(ShellText.prompt(modeLabel: conversation.modeLabel))
  }

  /// Shows the reply to one line; false when it ends the session.
  private mutating func answer(_ line: String) -> Bool {
    switch format {
    case .conversation(let style, let flushEachReply):
      return converse(line, style: style, flush: flushEachReply)
    case .batch(let json):
      answerInBatch(line, json: json)
      return true
    }
  }

  private mutating func converse(_ line: String, style: TerminalStyle, flush: Bool) -> Bool {
    guard let reply = conversation.respond(to: line) else { return true }
    switch reply {
    case .quit: return false
    case .save(let path, let markdown, let exchanges): saveLesson(markdown, to: path, exchanges: exchanges)
    default: for text in style.lines(of: reply) { output.writeLine(text) }
    }
    output.writeLine("")
    if flush { output.flush() }
    return true
  }

  /// Writes a lesson; an existing file is replaced only when the person typing says so.
  private mutating func saveLesson(_ markdown: String, to path: String, exchanges: Int) {
    if Platform.fileExists(path) && !source.confirm(ShellText.overwriteQuestion(path: path)) {
      output.writeLine(ShellText.lessonExists(path: path))
      return
    }
    do {
      try Platform.writeFileAtomically(path, markdown)
      output.writeLine(ShellText.lessonSaved(path: path, exchanges: exchanges))
    } catch {
      output.writeLine(ShellText.lessonNotSaved(error))
    }
  }

  /// One line for one line. `save` never overwrites here and never asks, as nobody is there to
  /// answer. A failed write goes unreported: the line still says the lesson was saved.
  private mutating func answerInBatch(_ line: String, json: Bool) {
    var reply = conversation.respond(to: line)
    if case .save(let path, let markdown, _) = reply {
      let existed = Platform.fileExists(path)
      if !existed { try? Platform.writeFileAtomically(path, markdown) }
      reply = .text([existed ? ShellText.lessonExists(path: path) : (reply?.plainLines.first ?? "")])
    }
    if json {
      output.writeLine(JSONWriter.answerLine(question: line, answer: Reply.batchAnswer(reply)))
    } else {
      output.writeLine((reply?.plainLines ?? []).joined(separator: " "))
    }
    output.flush()
  }
}
