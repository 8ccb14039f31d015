import Foundation
import SilkRoadKit

/// The judging rules of `../shared/eval/score.py`, ported to Swift so that `swift test` scores the
/// question sets exactly as the shared scorer does. Everything works on Unicode scalars (Python
/// strings are sequences of code points; Swift's `String.contains` compares characters and
/// canonical equivalents, which would not agree). Each Python character class used below is
/// named after the Python test it stands for.
///
/// If score.py changes, change this file with it: `ScorePortTests` holds cases worked out with
/// score.py itself, and `AnswerFloorTests` can write its answers out for score.py to read
/// (`SILKROAD_ANSWERS_DIR`, see Tests/Questions/README.md).
enum EvalScore {
  typealias Scalars = [Unicode.Scalar]

  /// An `expect` or `forbid` item: a text, or a list meaning any-of (lists may nest, as in score.py).
  indirect enum Item: Equatable, Sendable, CustomStringConvertible {
    case text(String)
    case anyOf([Item])

    init(json: Any) throws {
      if let s = json as? String {
        self = .text(s)
      } else if let list = json as? [Any] {
        self = .anyOf(try list.map(Item.init(json:)))
      } else {
        // score.py would match str(item) (for a number, Python's spelling of it); the question
        // format has only strings and lists, so anything else is refused rather than guessed.
        throw EvalError("expect/forbid item \(json) is neither a string nor a list")
      }
    }

    /// As `json.dumps(item, ensure_ascii=False)` writes it, for the reasons score.py gives.
    var description: String {
      switch self {
      case .text(let s): return EvalScore.pythonJSONString(s)
      case .anyOf(let items): return "[" + items.map(\.description).joined(separator: ", ") + "]"
      }
    }
  }

  struct Question {
    var id: String
    var q: String
    var kind: String
    var expect: [Item]
    var forbid: [Item]
    var refuse: Bool
    var context: [String]

    init(json: Any) throws {
      guard let o = json as? [String: Any] else { throw EvalError("a question line is not a JSON object") }
      guard let id = o["id"] as? String else { throw EvalError("a question has no string id: \(o)") }
      guard let q = o["q"] as? String else { throw EvalError("question \(id) has no string q") }
      self.id = id
      self.q = q
      kind = o["kind"] as? String ?? "?"
      expect = try (o["expect"] as? [Any] ?? []).map(Item.init(json:))
      forbid = try (o["forbid"] as? [Any] ?? []).map(Item.init(json:))
      if o["expect"] != nil && !(o["expect"] is [Any]) { throw EvalError("question \(id): expect is not a list") }
      if o["forbid"] != nil && !(o["forbid"] is [Any]) { throw EvalError("question \(id): forbid is not a list") }
      refuse = EvalScore.pythonTruth(o["refuse"])
      // run.sh: `if q.get("context")` (an empty list is no context), then `list(q["context"])`.
      if EvalScore.pythonTruth(o["context"]) {
        guard let lines = o["context"] as? [String] else { throw EvalError("question \(id): context is not a list of strings") }
        context = lines
      } else {
        context = []
      }
    }
  }

  /// What run.sh records for one question: the status and text of its `batch --json` line.
  struct Answer {
    var status: String
    var text: String
  }

  struct EvalError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
  }

  // MARK: judging (score.py: normalize, _pattern, contains, judge)

  static let refusals = ["no-answer", "clarify"]

  /// score.py `judge`: (correct, reason).
  static func judge(_ q: Question, _ a: Answer?) -> (correct: Bool, reason: String) {
    let status = a?.status ?? "missing"
    if q.refuse {
      let ok = refusals.contains(status)
      return (ok, ok ? "" : "should refuse, got \(status)")
    }
    if status != "answered" { return (false, "status \(status)") }
    let text = normalize(a?.text ?? "")
    let missing = q.expect.filter { !contains(text, $0) }
    let present = q.forbid.filter { contains(text, $0) }
    if missing.isEmpty && present.isEmpty { return (true, "") }
    var why: [String] = []
    if !missing.isEmpty { why.append("missing " + Item.anyOf(missing).description) }
    if !present.isEmpty { why.append("forbidden " + Item.anyOf(present).description) }
    return (false, why.joined(separator: "; "))
  }

  /// score.py `contains`: whether the item (any-of for a list) occurs in normalised text.
  static func contains(_ normalizedText: Scalars, _ item: Item) -> Bool {
    switch item {
    case .anyOf(let items): return items.contains { contains(normalizedText, $0) }
    case .text(let s): return matches(normalizedText, normalize(s))
    }
  }

  static func contains(_ normalizedText: String, _ item: Item) -> Bool {
    contains(Array(normalizedText.unicodeScalars), item)
  }

  /// score.py `_pattern(item).search(text)`: an empty item matches nothing; an item starting with
  /// a digit must not continue a number (`(?<!\d)(?<!\d\.)`), one ending with a digit must not be
  /// continued by one (`(?!\.?\d)`). Otherwise a plain substring.
  static func matches(_ text: Scalars, _ n: Scalars) -> Bool {
    guard let first = n.first, let last = n.last, n.count <= text.count else { return false }
    let leading = isPythonDigit(first), trailing = isPythonDigit(last)
    for i in 0...(text.count - n.count) where text[i] == first && text[i..<(i + n.count)].elementsEqual(n) {
      if leading {
        if i >= 1 && isDecimal(text[i - 1]) { continue }
        if i >= 2 && text[i - 1] == "." && isDecimal(text[i - 2]) { continue }
      }
      if trailing {
        let j = i + n.count
        if j < text.count && isDecimal(text[j]) { continue }
        if j + 1 < text.count && text[j] == "." && isDecimal(text[j + 1]) { continue }
      }
      return true
    }
    return false
  }

  /// score.py `normalize`: NFKC, lowercase, ASCII quotes and dashes, no `us$` or `$`, no
  /// thousands commas, whitespace collapsed to single spaces and trimmed.
  static func normalize(_ s: String) -> Scalars {
    var t = pythonLower(Array(s.precomposedStringWithCompatibilityMapping.unicodeScalars))
    t = t.map { punctuation[$0] ?? $0 }
    // re.sub(r"\bus\$", "", s): "us$" not preceded by a word character; then every "$".
    var noDollars: Scalars = []
    noDollars.reserveCapacity(t.count)
    var i = 0
    while i < t.count {
      if t[i] == "u", i + 2 < t.count, t[i + 1] == "s", t[i + 2] == "$", i == 0 || !isWordCharacter(t[i - 1]) {
        i += 3
        continue
      }
      if t[i] != "$" { noDollars.append(t[i]) }
      i += 1
    }
    t = noDollars
    // re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", s): every such comma, judged on the text before any goes.
    var noCommas: Scalars = []
    noCommas.reserveCapacity(t.count)
    for (i, c) in t.enumerated() {
      if c == ",", i >= 1, isDecimal(t[i - 1]), i + 3 < t.count, t[(i + 1)...(i + 3)].allSatisfy(isDecimal),
        i + 4 >= t.count || !isDecimal(t[i + 4])
      {
        continue
      }
      noCommas.append(c)
    }
    return collapseWhitespace(noCommas)
  }

  static func normalizedString(_ s: String) -> String {
    var out = String.UnicodeScalarView()
    out.append(contentsOf: normalize(s))
    return String(out)
  }

  static let punctuation: [Unicode.Scalar: Unicode.Scalar] = {
    var map: [Unicode.Scalar: Unicode.Scalar] = [:]
    for c in [0x2018, 0x2019, 0x201A, 0x201B, 0x2032] { map[Unicode.Scalar(UInt32(c))!] = "'" }
    for c in [0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB] { map[Unicode.Scalar(UInt32(c))!] = "\"" }
    for c in [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63] { map[Unicode.Scalar(UInt32(c))!] = "-" }
    return map
  }()

  // MARK: Python's character classes and string methods

  /// `" ".join(s.split())`.
  static func collapseWhitespace(_ s: Scalars) -> Scalars {
    var out: Scalars = []
    out.reserveCapacity(s.count)
    var pendingSpace = false
    for c in s {
      if isPythonSpace(c) {
        pendingSpace = !out.isEmpty
      } else {
        if pendingSpace { out.append(" ") }
        pendingSpace = false
        out.append(c)
      }
    }
    return out
  }

  static func collapseWhitespace(_ s: String) -> String {
    var out = String.UnicodeScalarView()
    out.append(contentsOf: collapseWhitespace(Array(s.unicodeScalars)))
    return String(out)
  }

  /// `str.isspace()`: bidirectional class WS, B or S, or category Zs.
  static func isPythonSpace(_ c: Unicode.Scalar) -> Bool {
    switch c.value {
    case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
    default: return false
    }
  }

  /// `str.splitlines()`'s line boundaries (`\r\n` counts as one).
  static func pythonSplitLines(_ s: String) -> [String] {
    var lines: [String] = []
    var current = String.UnicodeScalarView()
    var previousCR = false
    for c in s.unicodeScalars {
      if previousCR && c == "\n" {
        previousCR = false
        continue
      }
      previousCR = c == "\r"
      switch c.value {
      case 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029:
        lines.append(String(current))
        current = String.UnicodeScalarView()
      default:
        current.append(c)
      }
    }
    if !current.isEmpty { lines.append(String(current)) }
    return lines
  }

  /// `re`'s `\d` in a str pattern: category Nd.
  static func isDecimal(_ c: Unicode.Scalar) -> Bool {
    c.properties.generalCategory == .decimalNumber
  }

  /// `str.isdigit()`: Numeric_Type Digit or Decimal.
  static func isPythonDigit(_ c: Unicode.Scalar) -> Bool {
    c.properties.numericType == .decimal || c.properties.numericType == .digit
  }

  /// `re`'s `\w` in a str pattern: `str.isalnum()` (a letter, or any numeric character) or "_".
  static func isWordCharacter(_ c: Unicode.Scalar) -> Bool {
    if c == "_" || c.properties.numericType != nil { return true }
    switch c.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
    default: return false
    }
  }

  /// `str.lower()`: the full lowercase mapping of each code point, with Greek capital sigma
  /// becoming final sigma (ς) at the end of a word as CPython decides it.
  static func pythonLower(_ s: Scalars) -> Scalars {
    var out: Scalars = []
    out.reserveCapacity(s.count)
    for (i, c) in s.enumerated() {
      if c.isASCII {
        out.append(c.properties.isUppercase ? Unicode.Scalar(c.value + 32)! : c)
      } else if c.value == 0x03A3 {
        out.append(finalSigma(s, at: i) ? "\u{03C2}" : "\u{03C3}")
      } else {
        out.append(contentsOf: c.properties.lowercaseMapping.unicodeScalars)
      }
    }
    return out
  }

  /// CPython's `handle_capital_sigma`: a cased letter before (past case-ignorables), and no cased
  /// letter after (past case-ignorables).
  static func finalSigma(_ s: Scalars, at i: Int) -> Bool {
    var j = i - 1
    while j >= 0 && s[j].properties.isCaseIgnorable { j -= 1 }
    guard j >= 0 && s[j].properties.isCased else { return false }
    j = i + 1
    while j < s.count && s[j].properties.isCaseIgnorable { j += 1 }
    return j == s.count || !s[j].properties.isCased
  }

  /// Python's truth value of a JSON value (`if q.get("refuse")`).
  static func pythonTruth(_ v: Any?) -> Bool {
    switch v {
    case nil: return false
    case is NSNull: return false
    case let b as Bool: return b
    case let n as NSNumber: return n.doubleValue != 0
    case let s as String: return !s.isEmpty
    case let a as [Any]: return !a.isEmpty
    case let d as [String: Any]: return !d.isEmpty
    default: return true
    }
  }

  /// `json.dumps(s, ensure_ascii=False)`.
  static func pythonJSONString(_ s: String) -> String {
    var out = "\""
    for c in s.unicodeScalars {
      switch c {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "\u{8}": out += "\\b"
      case "\u{C}": out += "\\f"
      default:
        if c.value < 0x20 {
          let hex = String(c.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(c)
        }
      }
    }
    return out + "\""
  }

  /// score.py `read_jsonl`: one JSON value per line that is not blank (a text file's lines end at
  /// "\n", "\r\n" or "\r").
  static func readQuestions(_ text: String) throws -> [Question] {
    let lines = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    return try lines.split(separator: "\n", omittingEmptySubsequences: false).compactMap { line -> Question? in
      guard !collapseWhitespace(String(line)).isEmpty else { return nil }
      return try Question(json: JSONSerialization.jsonObject(with: Data(line.utf8), options: [.fragmentsAllowed]))
    }
  }
}

/// How `../shared/eval/run.sh` gets its answers, done in process: each session is what one run
/// of `silkroad batch --json` does with its standard input, as `Session.batch` and
/// `CommonOptions.conversation()` in Sources/silkroad do it.
enum EvalRun {
  /// The index `silkroad` starts with when given no `--knowledge`: the build-time snapshot of
  /// the embedded files (`KnowledgeLoader.loadOrExit(directory: nil)`); SnapshotTests checks it
  /// is the index of `Fixtures.builtIn`.
  static let index: KnowledgeIndex = {
    switch EmbeddedKnowledge.index() {
    case .success(let l): return l
    case .failure(let e): fatalError("built-in knowledge is broken:\n\(e)")
    }
  }()

  /// `CommonOptions.localeIsUTF8`: charts are drawn in ASCII unless the locale is UTF-8, as
  /// `silkroad batch` under run.sh does in the same environment.
  static var asciiCharts: Bool {
    let env = ProcessInfo.processInfo.environment
    let locale = env["LC_ALL"].flatMap { $0.isEmpty ? nil : $0 } ?? env["LC_CTYPE"].flatMap { $0.isEmpty ? nil : $0 } ?? env["LANG"] ?? ""
    let l = locale.lowercased()
    return !(l.contains("utf-8") || l.contains("utf8"))
  }

  /// run.sh `session(lines)`: one process run, one conversation; one answer per input line.
  static func session(_ lines: [String]) -> [EvalScore.Answer] {
    let conversation = Conversation(index: index)
    conversation.asciiCharts = asciiCharts
    var stdout = ""
    for raw in lines {
      // run.sh writes `" ".join(str(l).split()) + "\n"`; the program's readLine() gives that back.
      let line = EvalScore.collapseWhitespace(raw)
      // Session.batch, json: true.
      var reply = conversation.respond(to: line)
      if case .save(let path, _, _) = reply {
        // The program writes the lesson when no file is there; the test leaves the disk alone
        // and reports what the program would.
        let existed = FileManager.default.fileExists(atPath: path)
        reply = .text([existed ? Messages.Session.exists(path: path).text : (reply?.plainLines.first ?? "")])
      }
      stdout += JSONWriter.answerLine(question: line, answer: Reply.batchAnswer(reply)) + "\n"
    }
    // run.sh: `[l for l in stdout.splitlines() if l.strip()]`, then one JSON object per line.
    let got = EvalScore.pythonSplitLines(stdout).filter { !EvalScore.collapseWhitespace($0).isEmpty }
    return lines.indices.map { i in
      guard i < got.count else { return EvalScore.Answer(status: "error", text: "") }
      guard let o = (try? JSONSerialization.jsonObject(with: Data(got[i].utf8), options: [.fragmentsAllowed])) as? [String: Any],
        let status = o["status"]
      else { return EvalScore.Answer(status: "error", text: got[i]) }
      let text: String
      switch o["text"] {
      case nil, is NSNull: text = ""
      case let s as String: text = s
      case let other?: text = "\(other)"
      }
      return EvalScore.Answer(status: status as? String ?? "\(status)", text: text)
    }
  }

  /// run.sh as a whole (ISOLATE unset): the plain questions through one session in order, then
  /// each question with a context in a session of its own, context first, its last answer kept.
  static func answers(_ questions: [EvalScore.Question]) -> [String: EvalScore.Answer] {
    var answers: [String: EvalScore.Answer] = [:]
    let plain = questions.filter { $0.context.isEmpty }
    if !plain.isEmpty {
      for (q, a) in zip(plain, session(plain.map(\.q))) { answers[q.id] = a }
    }
    for q in questions where !q.context.isEmpty {
      answers[q.id] = session(q.context + [q.q]).last
    }
    return answers
  }
}
