/// Checks the knowledge against the source text itself: every cited paragraph exists, each figure's
/// value appears in the paragraph it cites (in digits or in words), and every number a statement's
/// text prints appears there too. This is what keeps figures honest.
public enum ProvenanceChecker {
  public static func check(_ k: Knowledge, sourceID: String, paragraphsJSONL: String, file: String) -> [KnowledgeProblem] {
    var problems: [KnowledgeProblem] = []
    var paragraphs: [String: [Int: String]] = [:]
    for (n, line) in paragraphsJSONL.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      guard !line.allSatisfy(\.isWhitespace) else { continue }
      do {
        let v = try JSONParser.parse(String(line), file: "\(file):\(n + 1)")
        guard case .string(let section, _)? = v["section"], case .number(let number, _, _)? = v["paragraph"],
          let p = Int(exactly: number), case .string(let text, _)? = v["text"]
        else {
          problems.append(
            KnowledgeProblem("expected {\"section\", \"paragraph\" (a whole number), \"text\"}", at: SourcePosition(file: file, line: n + 1, column: 1)))
          continue
        }
        paragraphs[section, default: [:]][p] = normalize(text)
      } catch {
        problems.append(KnowledgeProblem(error.message, at: SourcePosition(file: file, line: n + 1, column: error.position.column)))
      }
    }
    if let source = k.source(id: sourceID) {
      for section in source.sections {
        let actual = paragraphs[section.name]?.count ?? 0
        if actual != section.paragraphs {
          problems.append(
            KnowledgeProblem("section \"\(section.name)\" is declared with \(section.paragraphs) paragraphs, the source file has \(actual)", at: nil))
        }
      }
    } else {
      problems.append(KnowledgeProblem("no source with id \"\(sourceID)\" is declared", at: nil))
    }
    for s in k.statements where s.citation.source == sourceID {
      guard let text = paragraphs[s.citation.section]?[s.citation.paragraph] else {
        problems.append(KnowledgeProblem("statement \"\(s.id)\" cites \(s.citation.section) ¶\(s.citation.paragraph), which is not in \(file)", at: s.position))
        continue
      }
      if s.kind == .figure, let value = s.value, !shows(s, unit: k.unit(of: s) ?? "", in: text) {
        problems.append(
          KnowledgeProblem(
            "statement \"\(s.id)\": value \(s.valueText ?? NumberText.format(value)) does not appear in \(s.citation.section) ¶\(s.citation.paragraph)",
            at: s.position))
      }
      for token in Tokenizer.tokens(s.text) {
        guard let number = Double(token), !appears(number, scale: nil, valueText: token, in: text) else { continue }
        problems.append(
          KnowledgeProblem(
            "statement \"\(s.id)\": its text says \(token), which does not appear in \(s.citation.section) ¶\(s.citation.paragraph)", at: s.position))
      }
    }
    return problems
  }

  /// Whether a normalised text shows a figure's value: in one of the usual forms, or as "a year"
  /// for one year.
  package static func shows(_ s: Statement, unit: String, in text: String) -> Bool {
    guard let value = s.value else { return true }
    if appears(value, scale: s.scale, valueText: s.valueText, in: text) { return true }
    return value == 1 && !unit.isEmpty && (text.contains("a " + singular(unit)) || text.contains("an " + singular(unit)))
  }

  /// "years" → "year": the article says "a year" for one.
  package static func singular(_ unit: String) -> String { unit.hasSuffix("s") ? String(unit.dropLast()) : unit }

  /// Folded text with thousands separators removed: "14,000" → "14000".
  package static func normalize(_ text: String) -> String {
    var out = ""
    let chars = Array(TextNormalizer.fold(text))
    for (i, c) in chars.enumerated() {
      if c == ",", i > 0, chars[i - 1].isNumber, i + 3 < chars.count + 0, i + 3 <= chars.count - 1 || i + 3 == chars.count,
        chars[(i + 1)..<min(chars.count, i + 4)].allSatisfy(\.isNumber), i + 4 >= chars.count || !chars[i + 4].isNumber
      {
        continue
      }
      out.append(c)
    }
    return out
  }

  package static func appears(_ value: Double, scale: String?, valueText: String?, in text: String) -> Bool {
    var forms: [String] = [NumberText.format(value).replacing(",", with: "")]
    if let valueText { forms.append(valueText) }
    if value == value.rounded(), let i = Int(exactly: value) {
      if let w = NumberText.words(i) { forms.append(w) }
      if value >= 1000 { forms.append(String(i)) }
    }
    if let scale, let factor = KnowledgeDecoder.scales[scale], let whole = Int(exactly: (value * factor).rounded()) {
      forms.append(String(whole))
    }
    return forms.contains { containsNumber($0, in: text) }
  }

  /// True when `number` occurs in `text` and is not part of a longer number or word.
  package static func containsNumber(_ number: String, in text: String) -> Bool {
    let hay = Array(text.utf8), needle = Array(number.lowercased().utf8)
    guard !needle.isEmpty, hay.count >= needle.count else { return false }
    func isWordByte(_ b: UInt8) -> Bool { (b >= 48 && b <= 57) || (b >= 97 && b <= 122) }
    var i = 0
    while i + needle.count <= hay.count {
      if hay[i..<(i + needle.count)].elementsEqual(needle) {
        let before = i == 0 ? UInt8(32) : hay[i - 1]
        let after = i + needle.count < hay.count ? hay[i + needle.count] : UInt8(32)
        let afterNext = i + needle.count + 1 < hay.count ? hay[i + needle.count + 1] : UInt8(32)
        let beforeOK = !isWordByte(before) && !(before == UInt8(ascii: ".") && i >= 2 && isWordByte(hay[i - 2]) && hay[i - 2] <= 57)
        let afterOK = !isWordByte(after) && !(after == UInt8(ascii: ".") && afterNext >= 48 && afterNext <= 57)
        if beforeOK && afterOK { return true }
      }
      i += 1
    }
    return false
  }
}
