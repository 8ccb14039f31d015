/// Turns parsed JSON into typed knowledge, collecting every problem instead of stopping at the first.
///
/// It checks shape only (types, required and unknown fields, value formats). Cross-references
/// (ids that must exist, citations that must point at real paragraphs) are `KnowledgeChecker`'s job.
package struct KnowledgeDecoder {
  package var problems: [KnowledgeProblem] = []
  /// What the files declare, gathered in load order.
  package var parts = Knowledge.Parts()
  package var positions: [String: SourcePosition] = [:]  // "kind:id" -> where declared

  package static let topLevelKeys: Set<String> = [
    "$schema", "sources", "topics", "measures", "entities", "statements", "forms", "stopwords", "synonyms", "generic_words",
    "unit_words", "pronouns", "clause_openers", "follow_up_openers", "months",
  ]

  package mutating func decode(file: KnowledgeFile) {
    let root: JSONValue
    do {
      root = try JSONParser.parse(file.text, file: file.name)
    } catch {
      problems.append(KnowledgeProblem(error.message, at: error.position))
      return
    }
    guard case .object(let members, _) = root else {
      problems.append(KnowledgeProblem("a knowledge file must be a JSON object", at: root.position))
      return
    }
    for (key, value) in members {
      switch key {
      case "$schema": break
      case "sources": each(value, "source") { d, o in d.source(o) }
      case "topics": each(value, "topic") { d, o in d.topic(o) }
      case "measures": each(value, "measure") { d, o in d.measure(o) }
      case "entities": each(value, "entity") { d, o in d.entity(o) }
      case "statements": each(value, "statement") { d, o in d.statement(o) }
      case "forms": each(value, "form") { d, o in d.form(o) }
      case "synonyms":
        guard case .array(let groups, _) = value else {
          problems.append(KnowledgeProblem("\"synonyms\" must be an array of arrays of words", at: value.position))
          break
        }
        for group in groups {
          var r = Reader(object: .object([(key, group)], group.position))
          let words = r.strings(key, required: true)
          problems += r.problems
          if words.count < 2 {
            problems.append(KnowledgeProblem("a synonym group needs at least two words", at: group.position))
          } else {
            parts.synonyms.append(words)
          }
        }
      case "stopwords", "generic_words", "pronouns", "clause_openers", "follow_up_openers":
        var r = Reader(object: .object([(key, value)], value.position))
        let words = r.strings(key, required: true)
        problems += r.problems
        switch key {
        case "stopwords": parts.stopwords += words
        case "generic_words": parts.genericWords += words
        case "pronouns": parts.wordRoles.pronouns.formUnion(words)
        case "clause_openers": parts.wordRoles.clauseOpeners.formUnion(words)
        default: parts.wordRoles.followUpOpeners += words
        }
      case "months": months(value)
      case "unit_words": unitWords(value)
      default:
        problems.append(
          KnowledgeProblem(
            "unknown top-level key \"\(key)\" (expected one of: \(Self.topLevelKeys.sorted().joined(separator: ", ")))",
            at: value.position))
      }
    }
  }

  /// Twelve lists, January's names first: `[["january", "jan"], ...]`.
  private mutating func months(_ value: JSONValue) {
    guard case .array(let groups, _) = value, groups.count == 12 else {
      problems.append(KnowledgeProblem("\"months\" must be an array of twelve arrays of names, January first", at: value.position))
      return
    }
    for (i, group) in groups.enumerated() {
      var r = Reader(object: .object([("months", group)], group.position))
      for name in r.strings("months", required: true) where parts.wordRoles.months[name] == nil { parts.wordRoles.months[name] = i + 1 }
      problems += r.problems
    }
  }

  /// `{"usd": "money dollars worth", ...}`: the words that ask for figures in a unit.
  private mutating func unitWords(_ value: JSONValue) {
    guard case .object(let members, _) = value else {
      problems.append(KnowledgeProblem("\"unit_words\" must be an object of unit: words", at: value.position))
      return
    }
    for (unit, words) in members {
      guard case .string(let text, _) = words else {
        problems.append(KnowledgeProblem("the words of unit \"\(unit)\" must be a string, not \(words.typeName)", at: words.position))
        continue
      }
      parts.wordRoles.unitWords[unit.lowercased()] = text
    }
  }

  private mutating func each(_ value: JSONValue, _ what: String, _ body: (inout KnowledgeDecoder, JSONValue) -> Void) {
    guard case .array(let items, _) = value else {
      problems.append(KnowledgeProblem("expected an array of \(what) objects, found \(value.typeName)", at: value.position))
      return
    }
    for item in items {
      guard case .object = item else {
        problems.append(KnowledgeProblem("expected a \(what) object, found \(item.typeName)", at: item.position))
        continue
      }
      body(&self, item)
    }
  }

  private mutating func declare(_ kind: String, _ id: String, at position: SourcePosition) {
    let key = kind + ":" + id
    if let first = positions[key] {
      problems.append(KnowledgeProblem("duplicate \(kind) id \"\(id)\" (first declared at \(first))", at: position))
    } else {
      positions[key] = position
    }
  }

  private mutating func source(_ o: JSONValue) {
    var r = Reader(object: o)
    let id = r.id("id")
    let title = r.string("title", required: true) ?? ""
    let date = r.string("date", required: true) ?? ""
    let note = r.string("note") ?? ""
    let subjects = r.strings("subjects")
    var sections: [Section] = []
    if let list = r.array("sections", required: true) {
      for item in list {
        var s = Reader(object: item)
        let name = s.string("name", required: true) ?? ""
        let count = s.int("paragraphs", required: true) ?? 0
        let summary = s.string("summary", required: true) ?? ""
        let topics = s.strings("topics")
        s.finish(allowed: ["name", "paragraphs", "summary", "topics"])
        r.problems += s.problems
        sections.append(Section(name: name, paragraphs: count, summary: summary, topics: topics))
      }
    }
    r.finish(allowed: ["id", "title", "date", "note", "subjects", "sections"])
    problems += r.problems
    declare("source", id, at: o.position)
    parts.sources.append(Source(id: id, title: title, date: date, note: note, sections: sections, subjects: subjects))
  }

  private mutating func topic(_ o: JSONValue) {
    var r = Reader(object: o)
    let topic = Topic(id: r.id("id"), name: r.string("name", required: true) ?? "", words: r.strings("words", required: true))
    r.finish(allowed: ["id", "name", "words"])
    problems += r.problems
    declare("topic", topic.id, at: o.position)
    parts.topics.append(topic)
  }

  private mutating func measure(_ o: JSONValue) {
    var r = Reader(object: o)
    let measure = Measure(
      id: r.id("id"), name: r.string("name", required: true) ?? "", unit: r.string("unit", required: true) ?? "",
      words: r.strings("words", required: true), contextWords: r.strings("context_words"),
      comparable: r.bool("comparable") ?? false, question: r.string("question"))
    r.finish(allowed: ["id", "name", "unit", "words", "context_words", "comparable", "question"])
    problems += r.problems
    declare("measure", measure.id, at: o.position)
    parts.measures.append(measure)
  }

  private mutating func entity(_ o: JSONValue) {
    var r = Reader(object: o)
    let id = r.id("id")
    let name = r.string("name", required: true) ?? ""
    let kind = r.string("kind", required: true) ?? ""
    if !kind.isEmpty && EntityKind(rawValue: kind) == nil {
      let allowed = EntityKind.allCases.map(\.rawValue).sorted().joined(separator: ", ")
      r.problem("unknown entity kind \"\(kind)\" (expected one of: \(allowed))", at: o["kind"]?.position)
    }
    var relations: [Relation] = []
    for item in r.array("relations") ?? [] {
      var s = Reader(object: item)
      relations.append(
        Relation(
          relation: s.string("relation", required: true) ?? "", target: s.string("target", required: true) ?? "",
          citation: s.citation("citation")))
      s.finish(allowed: ["relation", "target", "citation"])
      r.problems += s.problems
    }
    let entity = Entity(
      // (An unknown kind is a problem above, so this placeholder never reaches a loaded base.)
      id: id, name: name, kind: EntityKind(rawValue: kind) ?? .organisation, aliases: r.strings("aliases"),
      description: r.string("description", required: true) ?? "", role: r.string("role"),
      relations: relations, citation: r.citation("citation", required: true))
    r.finish(allowed: ["id", "name", "kind", "aliases", "description", "role", "relations", "citation"])
    problems += r.problems
    declare("entity", id, at: o.position)
    parts.entities.append(entity)
  }

  package static let scales: [String: Double] = ["thousand": 1e3, "million": 1e6, "billion": 1e9]
  /// Figures are written below this, in their scale.
  package static let largestValue = 1e12

  private mutating func statement(_ o: JSONValue) {
    var r = Reader(object: o)
    let id = r.id("id")
    let kindText = r.string("kind", required: true) ?? "claim"
    let kind = StatementKind(rawValue: kindText) ?? .claim
    if StatementKind(rawValue: kindText) == nil {
      r.problem("unknown statement kind \"\(kindText)\" (expected one of: figure, event, claim, recommendation, summary)", at: o["kind"]?.position)
    }
    let (value, valueText) = Self.value(o["value"], &r)
    let scale = r.string("scale")
    if let scale, Self.scales[scale] == nil {
      r.problem("unknown scale \"\(scale)\" (expected thousand, million or billion)", at: o["scale"]?.position)
    }
    let boundText = r.string("bound")
    let bound = boundText.flatMap(Bound.init(rawValue:))
    if let boundText, bound == nil {
      let allowed = Bound.allCases.map(\.rawValue).sorted().joined(separator: ", ")
      r.problem("unknown bound \"\(boundText)\" (expected one of: \(allowed))", at: o["bound"]?.position)
    }
    var time: TimeRef?
    if let t = r.string("time") {
      time = TimeRef(t)
      if time == nil { r.problem("invalid time \"\(t)\" (expected 2018, 2019-10 or 2003/2016)", at: o["time"]?.position) }
    }
    let measure = r.string("measure")
    if kind == .figure {
      if measure == nil { r.problem("a figure statement needs a \"measure\"", at: o.position) }
      if value == nil && o["value"] == nil { r.problem("a figure statement needs a \"value\"", at: o.position) }
    }
    let to = r.strings("to")
    if kind == .recommendation && to.isEmpty { r.problem("a recommendation needs \"to\" (whom it is addressed to)", at: o.position) }
    let statement = Statement(
      id: id, kind: kind, about: r.strings("about", required: true), measure: measure, value: value,
      valueText: valueText, unit: r.string("unit"), scale: scale, bound: bound, time: time,
      accordingTo: r.string("according_to"), conflict: r.string("conflict"), to: to,
      keywords: r.strings("keywords"), related: r.strings("related"), topics: r.strings("topics"),
      text: r.string("text", required: true) ?? "",
      citation: r.citation("citation", required: true) ?? Citation(section: "", paragraph: 0),
      position: o.position)
    r.finish(allowed: [
      "id", "kind", "about", "measure", "value", "unit", "scale", "bound", "time", "according_to", "conflict",
      "to", "keywords", "related", "topics", "text", "citation",
    ])
    problems += r.problems
    declare("statement", id, at: o.position)
    parts.statements.append(statement)
  }

  /// A figure's value and its text as written, when it is a number in range.
  private static func value(_ v: JSONValue?, _ r: inout Reader) -> (Double?, String?) {
    guard let v else { return (nil, nil) }
    guard case .number(let d, let text, _) = v else {
      r.problem("\"value\" must be a number, found \(v.typeName)", at: v.position)
      return (nil, nil)
    }
    // Every consumer (charts, quiz distractors, arithmetic, formatting) handles figures of this
    // size; a larger one is nearly always a slip of scale.
    if !d.isFinite || abs(d) >= largestValue {
      r.problem(
        "\"value\" \(text) is out of range: write figures below a trillion, with a \"scale\" (\"million\", \"billion\") for large ones",
        at: v.position)
    }
    return (d, text)
  }

  private mutating func form(_ o: JSONValue) {
    var r = Reader(object: o)
    let id = r.id("id")
    let phrases = r.strings("phrases", required: true)
    r.finish(allowed: ["id", "phrases"])
    problems += r.problems
    declare("form", id, at: o.position)
    guard let form = Form(rawValue: id) else {
      let allowed = Form.allCases.map(\.rawValue).joined(separator: ", ")
      problems.append(KnowledgeProblem("unknown form \"\(id)\": silkroad answers only these forms (\(allowed))", at: o["id"]?.position ?? o.position))
      return
    }
    parts.forms.append(QuestionForm(id: form, phrases: phrases))
  }
}

/// Reads the fields of one JSON object, remembering which were used so unknown ones can be reported.
package struct Reader {
  package let object: JSONValue
  package var problems: [KnowledgeProblem] = []

  package init(object: JSONValue) {
    self.object = object
  }

  package mutating func problem(_ message: String, at position: SourcePosition?) {
    problems.append(KnowledgeProblem(message, at: position ?? object.position))
  }

  package mutating func field(_ key: String, required: Bool) -> JSONValue? {
    guard let value = object[key], !(isNull(value)) else {
      if required { problem("missing required field \"\(key)\"", at: object.position) }
      return nil
    }
    return value
  }

  private func isNull(_ v: JSONValue) -> Bool {
    if case .null = v { return true }
    return false
  }

  package mutating func string(_ key: String, required: Bool = false) -> String? {
    guard let v = field(key, required: required) else { return nil }
    guard case .string(let s, _) = v else {
      problem("\"\(key)\" must be a string, found \(v.typeName)", at: v.position)
      return nil
    }
    if required && s.allSatisfy(\.isWhitespace) { problem("\"\(key)\" must not be empty", at: v.position) }
    return s
  }

  package mutating func id(_ key: String) -> String {
    guard let s = string(key, required: true) else { return "" }
    let ok = !s.isEmpty && s.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    if !ok { problem("invalid id \"\(s)\": use lower-case letters, digits and '-'", at: object[key]?.position) }
    return s
  }

  package mutating func int(_ key: String, required: Bool = false) -> Int? {
    guard let v = field(key, required: required) else { return nil }
    guard case .number(let d, _, _) = v, d == d.rounded(), let i = Int(exactly: d) else {
      problem("\"\(key)\" must be a whole number, found \(v.typeName)", at: v.position)
      return nil
    }
    return i
  }

  package mutating func bool(_ key: String) -> Bool? {
    guard let v = field(key, required: false) else { return nil }
    guard case .bool(let b, _) = v else {
      problem("\"\(key)\" must be true or false, found \(v.typeName)", at: v.position)
      return nil
    }
    return b
  }

  package mutating func array(_ key: String, required: Bool = false) -> [JSONValue]? {
    guard let v = field(key, required: required) else { return nil }
    guard case .array(let items, _) = v else {
      problem("\"\(key)\" must be an array, found \(v.typeName)", at: v.position)
      return nil
    }
    return items
  }

  package mutating func strings(_ key: String, required: Bool = false) -> [String] {
    guard let items = array(key, required: required) else { return [] }
    var result: [String] = []
    for item in items {
      if case .string(let s, _) = item {
        result.append(s)
      } else {
        problem("\"\(key)\" must contain only strings, found \(item.typeName)", at: item.position)
      }
    }
    return result
  }

  package mutating func citation(_ key: String, required: Bool = false) -> Citation? {
    guard let v = field(key, required: required) else { return nil }
    guard case .object = v else {
      problem("\"\(key)\" must be an object {\"section\", \"paragraph\"}, found \(v.typeName)", at: v.position)
      return nil
    }
    var r = Reader(object: v)
    let source = r.string("source") ?? "article"
    let section = r.string("section", required: true)
    let paragraph = r.int("paragraph", required: true)
    r.finish(allowed: ["source", "section", "paragraph"])
    problems += r.problems
    guard let section, let paragraph else { return nil }
    return Citation(source: source, section: section, paragraph: paragraph)
  }

  package mutating func finish(allowed: Set<String>) {
    guard case .object(let members, _) = object else { return }
    for (key, value) in members where !allowed.contains(key) {
      problem("unknown field \"\(key)\" (allowed: \(allowed.sorted().joined(separator: ", ")))", at: value.position)
    }
  }
}
