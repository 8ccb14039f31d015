import SilkRoadCore

/// What one line of input produces: an answer to a question, a command's text, or the end.
public enum Reply: Sendable {
  case answer(Answer)
  case text([String])
  case quit
  /// Save the lesson so far: the caller writes `markdown` to `path` (never over an existing file
  /// without asking) and shows `Messages.Session.saved`.
  case save(path: String, markdown: String, exchanges: Int)

  /// The reply as plain text lines (no colour), as transcripts record it.
  public var plainLines: [String] {
    switch self {
    case .answer(let a): return a.lines.map(CitationFormatter.line)
    case .text(let lines): return lines
    case .quit: return []
    case .save(let path, _, let n): return [Messages.Session.saved(path: path, exchanges: n).text]
    }
  }

  /// A line's reply as `batch --json` reports it, so every line has the same fields: a command's
  /// text counts as answered, `quit` and an empty line (no reply) as no answer.
  public static func batchAnswer(_ reply: Reply?) -> Answer {
    switch reply {
    case .answer(let a): return a
    case .text(let lines): return Answer(status: .answered, intent: "command", lines: lines.map { Answer.Line($0) })
    case .quit, .save, .none: return Answer(status: .noAnswer, intent: reply.map { _ in "quit" } ?? "empty", lines: [])
    }
  }
}
