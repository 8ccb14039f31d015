/// Cross-reference checks over decoded knowledge: ids that must exist and citations that must point
/// at real sections and paragraphs. Provenance against the source text is `ProvenanceChecker`'s job.
package struct KnowledgeChecker {
  let d: KnowledgeDecoder
  let entityIDs: Set<String>
  let measureIDs: Set<String>
  let topicIDs: Set<String>
  let statementIDs: Set<String>
  /// Each source's sections, with how many paragraphs each has.
  let sections: [String: [String: Int]]
  var problems: [KnowledgeProblem] = []

  package static func check(_ d: KnowledgeDecoder) -> [KnowledgeProblem] {
    var checker = KnowledgeChecker(d)
    checker.checkSources()
    checker.checkEntities()
    checker.checkStatements()
    return checker.problems
  }

  init(_ d: KnowledgeDecoder) {
    self.d = d
    entityIDs = Set(d.parts.entities.map(\.id))
    measureIDs = Set(d.parts.measures.map(\.id))
    topicIDs = Set(d.parts.topics.map(\.id))
    statementIDs = Set(d.parts.statements.map(\.id))
    var sections: [String: [String: Int]] = [:]
    for source in d.parts.sources {
      for section in source.sections { sections[source.id, default: [:]][section.name] = section.paragraphs }
    }
    self.sections = sections
  }

  mutating func checkSources() {
    for source in d.parts.sources {
      for section in source.sections {
        for t in section.topics where !topicIDs.contains(t) {
          problems.append(KnowledgeProblem("section \"\(section.name)\" names undeclared topic \"\(t)\"", at: d.positions["source:" + source.id]))
        }
      }
    }
    if d.parts.sources.isEmpty { problems.append(KnowledgeProblem("no source is declared (a \"sources\" list is needed)", at: nil)) }
    for source in d.parts.sources {
      for id in source.subjects { entity(id, "source \"\(source.id)\" subject", at: d.positions["source:" + source.id]) }
    }
  }

  mutating func checkEntities() {
    for e in d.parts.entities {
      let at = d.positions["entity:" + e.id]
      citation(e.citation, "entity \"\(e.id)\"", at: at)
      for r in e.relations {
        entity(r.target, "relation \"\(r.relation)\" of entity \"\(e.id)\"", at: at)
        citation(r.citation, "relation \"\(r.relation)\" of entity \"\(e.id)\"", at: at)
      }
    }
  }

  mutating func checkStatements() {
    for s in d.parts.statements {
      let at = s.position
      let what = "statement \"\(s.id)\""
      citation(s.citation, what, at: at)
      for id in s.about { entity(id, what, at: at) }
      for id in s.to { entity(id, what, at: at) }
      if let a = s.accordingTo { entity(a, what, at: at) }
      if let m = s.measure, !measureIDs.contains(m) {
        problems.append(KnowledgeProblem("\(what) refers to undeclared measure \"\(m)\"\(Self.suggestion(m, measureIDs))", at: at))
      }
      for t in s.topics where !topicIDs.contains(t) {
        problems.append(KnowledgeProblem("\(what) refers to undeclared topic \"\(t)\"\(Self.suggestion(t, topicIDs))", at: at))
      }
      for r in s.related where !statementIDs.contains(r) {
        problems.append(KnowledgeProblem("\(what) relates to unknown statement \"\(r)\"", at: at))
      }
      if s.about.isEmpty { problems.append(KnowledgeProblem("\(what) is about no entity (\"about\" is empty)", at: at)) }
      checkFigureText(s)
      checkFigureYears(s)
    }
  }

  /// A figure's text shows its value (answers print the text, charts draw the value): "$1.9
  /// billion" over a value of 1.7 is a slip in one of them. The text may show other numbers too.
  mutating func checkFigureText(_ s: Statement) {
    guard s.kind == .figure, let value = s.value else { return }
    let text = ProvenanceChecker.normalize(s.text)
    let unit = (s.unit ?? s.measure.flatMap { id in d.parts.measures.first { $0.id == id }?.unit } ?? "").lowercased()
    if ProvenanceChecker.shows(s, unit: unit, in: text) { return }
    // The same amount in another scale: 1.7 billion as "1,700 million".
    if let scale = s.scale, let factor = KnowledgeDecoder.scales[scale] {
      for (name, other) in KnowledgeDecoder.scales {
        let form = NumberText.format(value * factor / other).replacing(",", with: "") + " " + name
        if ProvenanceChecker.containsNumber(form, in: text) { return }
      }
    }
    let shown = (s.valueText ?? NumberText.format(value)) + (s.scale.map { " " + $0 } ?? "")
    problems.append(KnowledgeProblem("statement \"\(s.id)\": its text does not show its value \(shown)", at: s.position))
  }

  /// A dated figure's text names no year outside its time ("in 2017" over a time of 2019).
  mutating func checkFigureYears(_ s: Statement) {
    guard s.kind == .figure, let time = s.time else { return }
    let years = Tokenizer.tokens(s.text).compactMap { token in token.utf8.count == 4 ? Int(token) : nil }.filter { (1900...2100).contains($0) }
    for year in years where !time.contains(year: year) {
      problems.append(KnowledgeProblem("statement \"\(s.id)\": its text names \(year), outside its time \(time)", at: s.position))
    }
  }

  mutating func citation(_ c: Citation?, _ what: String, at position: SourcePosition?) {
    guard let c else { return }
    guard let secs = sections[c.source] else {
      problems.append(KnowledgeProblem("\(what) cites unknown source \"\(c.source)\"", at: position))
      return
    }
    guard let count = secs[c.section] else {
      let known = secs.keys.sorted().joined(separator: ", ")
      problems.append(KnowledgeProblem("\(what) cites unknown section \"\(c.section)\" (sections: \(known))", at: position))
      return
    }
    if c.paragraph < 1 || c.paragraph > count {
      problems.append(KnowledgeProblem("\(what) cites \(c.section) ¶\(c.paragraph), but that section has \(count) paragraphs", at: position))
    }
  }

  mutating func entity(_ id: String, _ what: String, at position: SourcePosition?) {
    if !entityIDs.contains(id) {
      problems.append(KnowledgeProblem("\(what) refers to undeclared entity \"\(id)\"\(Self.suggestion(id, entityIDs))", at: position))
    }
  }

  private static func suggestion(_ id: String, _ known: Set<String>) -> String {
    let best = known.min { EditDistance.distance(id, $0) < EditDistance.distance(id, $1) }
    guard let best, EditDistance.distance(id, best) <= max(2, id.count / 3) else { return "" }
    return "; did you mean \"\(best)\"?"
  }
}
