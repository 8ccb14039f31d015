// Colour for the terminal: figures bold, citations cyan, notes dim, the prompt bold green.
// Off unless stdout is a terminal (or --color always), and off whenever NO_COLOR is set.
import SilkRoadKit

/// How replies look on the way out: coloured or plain. It does not wrap lines or page output.
struct TerminalStyle {
  let enabled: Bool

  /// No colour at all: pipes and tests.
  static let plain = TerminalStyle(enabled: false)

  init(enabled: Bool) { self.enabled = enabled }

  init(choice: ColorChoice, isTerminal: Bool) {
    let noColor = !(Platform.environment("NO_COLOR") ?? "").isEmpty
    switch choice {
    case .always: enabled = !noColor
    case .never: enabled = false
    case .auto: enabled = isTerminal && !noColor && Platform.environment("TERM") != "dumb"
    }
  }

  private func wrap(_ s: String, _ code: String) -> String { enabled ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }

  /// A prompt with its escape codes bracketed by \u{1}, which libedit is told to skip when measuring.
  func prompt(_ text: String) -> String {
    enabled ? "\u{1}\u{1B}[1;32m\u{1}\(text)\u{1}\u{1B}[0m\u{1}" : text
  }

  /// A reply as the lines to show; `quit` and `save` show nothing themselves.
  func lines(of reply: Reply) -> [String] {
    switch reply {
    case .answer(let a): return a.lines.map(render)
    case .text(let lines): return lines
    case .quit, .save: return []
    }
  }

  func render(_ line: Answer.Line) -> String {
    var text: String
    switch line.style {
    case .note, .suggestion: text = wrap(line.text, "2")
    case .heading: text = wrap(line.text, "1")
    case .plain, .chart: text = enabled ? highlightFigures(line.text) : line.text
    }
    if !line.citations.isEmpty { text += " " + wrap(CitationFormatter.format(line.citations), "36") }
    return text
  }

  /// Bold for money, percentages and numbers in running text.
  private func highlightFigures(_ text: String) -> String {
    var out = ""
    var number = ""
    func flush() {
      if number.contains(where: \.isNumber) { out += "\u{1B}[1m\(number)\u{1B}[0m" } else { out += number }
      number = ""
    }
    var bracketDepth = 0  // citations such as [Hard Power ¶1–13] are not figures
    for c in text {
      if c == "[" { bracketDepth += 1 } else if c == "]" { bracketDepth = max(0, bracketDepth - 1) }
      if bracketDepth == 0 && (c.isNumber || (c == "$" && number.isEmpty) || (!number.isEmpty && (c == "." || c == "," || c == "%"))) {
        number.append(c)
      } else {
        if number.last == "." || number.last == "," {
          let last = number.removeLast()
          flush()
          out.append(last)
        } else {
          flush()
        }
        out.append(c)
      }
    }
    flush()
    return out
  }
}
