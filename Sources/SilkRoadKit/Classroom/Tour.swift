import SilkRoadCore

/// A guided tour through the article's sections (or through one topic): each step a short summary
/// in our words, two to four key figures with citations, and questions the class can ask next.
struct Tour {
  struct Step {
    var title: String
    var section: Section
    var statements: [Statement]
  }

  var steps: [Step]
  var position = 0
  var topic: String?

  /// The tour of every section in order, or of the sections about `topic` (an id, name or word).
  init?(knowledge k: Knowledge, index: KnowledgeIndex, topic filter: String?) {
    // The first source declared: the built-in article, before any a teacher adds.
    guard let source = k.sources.first else { return nil }
    var topicID: String?
    if let filter, !filter.isEmpty {
      let term = index.vocabulary.terms(filter)
      topicID =
        k.topics.first { t in
          t.id == TextNormalizer.fold(filter) || TextNormalizer.fold(t.name) == TextNormalizer.fold(filter)
            || index.phrases.topicPhrases[t.id]?.contains(where: { $0 == term }) == true
        }?.id
      guard topicID != nil else { return nil }
    }
    var steps: [Step] = []
    for section in source.sections {
      var facts = k.statements.filter { $0.citation.source == source.id && $0.citation.section == section.name }
      if let topicID {
        guard section.topics.contains(topicID) || facts.contains(where: { $0.topics.contains(topicID) }) else { continue }
        facts = facts.filter { $0.topics.contains(topicID) }
      }
      steps.append(Step(title: section.name, section: section, statements: facts))
    }
    guard !steps.isEmpty else { return nil }
    self.steps = steps
    self.topic = topicID.flatMap { k.topicByID[$0]?.name }
  }

  var label: String { Messages.Classroom.tourLabel(step: position + 1, of: steps.count).text }

  /// The lines for the current step, and the facts they show.
  func render(_ m: MatchContext, suggest: (String) -> Bool) -> (lines: [Answer.Line], facts: [String]) {
    let step = steps[position]
    var lines = [Answer.Line(Messages.Classroom.tourStep(step: position + 1, of: steps.count, topic: topic, title: step.title).text, style: .heading)]
    lines.append(Answer.Line("\(step.section.summary) [\(step.section.name) ¶1–\(step.section.paragraphs)]"))
    // Key figures: different measures, bounded ones last, at most four.
    var seen = Set<String>()
    let figures = step.statements.filter { $0.kind == .figure }.filter { seen.insert($0.measure ?? $0.id).inserted }
    var key = Array(figures.prefix(4))
    if !key.isEmpty {
      lines.append(Answer.Line(Messages.Classroom.keyFigures.text, style: .heading))
      lines += key.map { Answer.Line("• " + $0.text, citations: [$0.citation]) }
    } else if let claim = step.statements.first(where: { $0.kind == .claim || $0.kind == .recommendation }) {
      lines.append(Answer.Line("• " + claim.text, citations: [claim.citation]))
      key = [claim]
    }
    var questions: [String] = []
    for s in figures + step.statements where questions.count < 3 {
      guard let id = s.measure, let subject = s.about.first, let q = m.question(measure: id, subject: subject) else { continue }
      if !questions.contains(q) && suggest(q) { questions.append(q) }
    }
    for e in step.statements.flatMap(\.about) where questions.count < 2 {
      guard let entity = m.knowledge.entityByID[e], !m.index.entities.background.contains(e) else { continue }
      let q = Messages.Answers.tellMeAbout(name: entity.name).text
      if !questions.contains(q) && suggest(q) { questions.append(q) }
    }
    if !questions.isEmpty {
      lines.append(Answer.Line(Messages.Answers.youCouldAsk.text, style: .note))
      lines += questions.map { Answer.Line("  " + $0, style: .suggestion) }
    }
    lines.append(Answer.Line(Messages.Classroom.tourFooter(lastStep: position + 1 >= steps.count).text, style: .note))
    return (lines, key.map(\.id))
  }
}
