/// What one line of input produces: an answer to a question, a command's text, or the end.
public enum Reply: Sendable {
  case answer(Answer)
  case text([String])
  case quit

  /// The reply as plain text lines (no colour), as transcripts record it.
  public var plainLines: [String] {
    switch self {
    case .answer(let a): return a.lines.map(CitationFormatter.line)
    case .text(let lines): return lines
    case .quit: return []
    }
  }
}
