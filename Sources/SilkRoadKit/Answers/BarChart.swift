import SilkRoadCore

/// Horizontal bars for comparable figures, as plain text so pipes and transcripts keep them.
/// A bound ("more than 20%") is drawn open-ended with an arrow, not as a number it is not.
enum BarChart {
  static let width = 30

  static func lines(rows: [(label: String, statement: Statement)], _ m: MatchContext) -> [Answer.Line]? {
    let values = rows.compactMap { m.absolute($0.statement) }
    // (Bars grow from zero: a negative figure has no bar to draw.)
    guard rows.count >= 2, values.count == rows.count, values.allSatisfy({ $0 >= 0 }), let top = values.max(), top > 0 else { return nil }
    let labelWidth = rows.map(\.label.count).max() ?? 0
    var out: [Answer.Line] = []
    for (row, v) in zip(rows, values) {
      let eighths = Int((v / top * Double(width * 8)).rounded())
      var bar = String(repeating: "█", count: eighths / 8)
      let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"][eighths % 8]
      bar += partial
      if bar.isEmpty { bar = "▏" }
      let open = m.direction(row.statement) > 0 ? "▶" : ""
      let pad = String(repeating: " ", count: labelWidth - row.label.count)
      out.append(Answer.Line("  \(row.label)\(pad) │\(bar)\(open) \(m.value(row.statement))", citations: [row.statement.citation], style: .chart))
    }
    return out
  }

  /// The same chart in plain ASCII, for terminals that are not UTF-8 (or `--ascii`).
  static func ascii(_ text: String) -> String {
    var out = ""
    for c in text {
      switch c {
      case "█": out.append("#")
      case "▏", "▎", "▍", "▌", "▋", "▊", "▉": out.append(c == "▏" ? "|" : "+")
      case "│": out.append("|")
      case "▶": out.append(">")
      default: out.append(c)
      }
    }
    return out
  }
}
