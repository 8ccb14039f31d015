/// Writes JSON text for the `--json` outputs: strings escaped, keys in the order given.
public enum JSONWriter {
  public static func string(_ s: String) -> String {
    if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F }) { return "\"" + s + "\"" }
    var out = "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }

  public static func array(_ items: [String]) -> String { "[" + items.joined(separator: ",") + "]" }

  public static func object(_ members: [(String, String)]) -> String {
    "{" + members.map { string($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
  }

  public static func citation(_ c: Citation) -> String {
    object([("source", string(c.source)), ("section", string(c.section)), ("paragraph", String(c.paragraph))])
  }

  /// The `facts --json` line for one statement.
  public static func statementLine(_ s: Statement, knowledge: Knowledge) -> String {
    let unit = s.unit ?? s.measure.flatMap { knowledge.measureByID[$0]?.unit }
    return object([
      ("id", string(s.id)),
      ("kind", string(s.kind.rawValue)),
      ("entities", array(s.about.map(string))),
      ("measure", s.measure.map(string) ?? "null"),
      ("value", s.value.map { s.valueText ?? NumberText.format($0) } ?? "null"),
      ("unit", unit.map(string) ?? "null"),
      ("scale", s.scale.map(string) ?? "null"),
      ("bound", s.bound.map { string($0.rawValue) } ?? "null"),
      ("time", s.time.map { string($0.description) } ?? "null"),
      ("according_to", s.accordingTo.map(string) ?? "null"),
      ("text", string(s.text)),
      ("citation", citation(s.citation)),
    ])
  }
}
