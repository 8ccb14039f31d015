import SilkRoadCore

/// Writes a session as a Markdown lesson: each question and its answer, charts in code blocks, and
/// a numbered list of the sources cited. Pure text; the executable writes the file.
public enum LessonExporter {
  public static func markdown(
    _ log: [(input: String, reply: Reply)], knowledge k: Knowledge, title: String = Messages.Classroom.lessonTitle.text, omitted: Int = 0
  ) -> String {
    var out = "# \(title)\n\n"
    if omitted > 0 { out += Messages.Classroom.lessonOmitted(exchanges: omitted).text + "\n\n" }
    var cited: [Citation] = []
    for (input, reply) in log {
      out += "## \(input)\n\n"
      switch reply {
      case .answer(let a):
        var inChart = false
        for line in a.lines {
          if line.style == .chart && !inChart {
            out += "```\n"
            inChart = true
          } else if line.style != .chart && inChart {
            out += "```\n\n"
            inChart = false
          }
          if line.style == .chart {
            out += line.text + "\n"
            continue
          }
          var text = line.text
          if !line.citations.isEmpty {
            let numbers = line.citations.map { c -> Int in
              if let i = cited.firstIndex(of: c) { return i + 1 }
              cited.append(c)
              return cited.count
            }
            text += " " + numbers.map { "[\($0)]" }.joined()
          }
          out += (line.style == .suggestion ? "- " + text.trimmingWhitespace : text) + "\n\n"
        }
        if inChart { out += "```\n\n" }
      case .text(let lines):
        out += lines.map { "    " + $0 }.joined(separator: "\n") + "\n\n"
      case .quit, .save:
        break
      }
    }
    if !cited.isEmpty {
      out += "## \(Messages.Classroom.lessonSources.text)\n\n"
      for (i, c) in cited.enumerated() {
        let title = k.source(id: c.source).map { "\($0.title) (\($0.date))" } ?? c.source
        out += "\(i + 1). \(title), \(c.section) ¶\(c.paragraph)\n"
      }
    }
    return out
  }
}
