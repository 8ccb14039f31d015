import SilkRoadCore

/// What silkroad replies to one question: a status, the lines to print, and what they rest on.
public struct Answer: Sendable {
  public enum Status: String, Sendable {
    case answered
    case noAnswer = "no-answer"
    case clarify
  }

  /// One printed line; `citations` are printed after it, `figure` marks text worth colouring.
  public struct Line: Sendable, Equatable {
    public enum Style: Sendable, Equatable { case plain, note, heading, chart, suggestion }
    public var text: String
    public var citations: [Citation]
    public var style: Style

    public init(_ text: String, citations: [Citation] = [], style: Style = .plain) {
      self.text = text
      self.citations = citations
      self.style = style
    }
  }

  public var status: Status
  public var intent: String
  public var lines: [Line]
  public var facts: [String]

  public init(status: Status, intent: String, lines: [Line], facts: [String] = []) {
    self.status = status
    self.intent = intent
    self.lines = lines
    self.facts = facts
  }

  /// Every citation in order of first appearance, without repeats.
  public var citations: [Citation] {
    var seen = Set<Citation>()
    return lines.flatMap(\.citations).filter { seen.insert($0).inserted }
  }

  /// The answer as plain text, one line per line, citations in brackets.
  public var text: String {
    lines.map { CitationFormatter.line($0) }.joined(separator: "\n")
  }
}

/// How citations read in answers: `[Obstacles ¶6]`, `[notes: Week 1 ¶2]` for a second source.
public enum CitationFormatter {
  public static func format(_ c: Citation) -> String {
    (c.source == "article" ? "" : c.source + ": ") + "\(c.section) ¶\(c.paragraph)"
  }

  public static func format(_ list: [Citation]) -> String {
    guard !list.isEmpty else { return "" }
    // Group paragraphs of one section: [Obstacles ¶4, ¶6].
    var parts: [String] = []
    var last: Citation?
    for c in list {
      if let l = last, l.source == c.source, l.section == c.section {
        parts[parts.count - 1] += ", ¶\(c.paragraph)"
      } else {
        parts.append(format(c))
      }
      last = c
    }
    return "[" + parts.joined(separator: "; ") + "]"
  }

  public static func line(_ line: Answer.Line) -> String {
    line.citations.isEmpty ? line.text : line.text + " " + format(line.citations)
  }
}
