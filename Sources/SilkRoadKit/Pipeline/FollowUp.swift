import SilkRoadCore

/// Follow-up completion, in one place: a question that leans on the one before ("and
/// Tajikistan?", "what about 2013?", "how much gas has it delivered?") gets the slots it lacks
/// from that question, and a new question on the same topic gets its words as soft context.
///
/// It carries only typed slots (entities, measures, content words, forms, years); it does not
/// resolve pronouns inside long texts or remember more than the last question.
struct FollowUp {
  let knowledge: Knowledge
  /// What the last answered question itself said, not what it borrowed from the one before.
  let previous: Query
  /// Subjects of the facts the last answer used: what "they" or "it" most likely points to.
  let answerSubjects: [String]

  init(after trace: Answerer.Trace, knowledge: Knowledge) {
    self.knowledge = knowledge
    var own = trace.query
    own.entities.removeAll { trace.query.contextEntities.contains($0.entity) }
    own.contextEntities = []
    own.contextTerms = []
    previous = own
    var subjects: [String] = []
    for id in trace.facts {
      if let s = knowledge.statement(id: id)?.about.first { subjects.appendIfNew(s) }
    }
    answerSubjects = subjects
  }

  /// Fills a follow-up's missing slots from the previous question; returns the note to show, if any.
  func complete(_ q: inout Query) -> String? {
    let onlySlots = q.content.isEmpty && q.measures.isEmpty
    let ellipsis = onlySlots && (!q.entities.isEmpty || !q.years.isEmpty) && (q.followUpOpening || isBare(q))
    let pronoun = q.hasPronoun && q.entities.isEmpty && !previous.entities.isEmpty && !onlySlots
    if ellipsis {
      fillSlots(&q)
    } else if pronoun {
      q.entities = previous.entities
      addAnswerSubjects(&q)
    } else {
      if q.followUpOpening || q.hasPronoun || q.entities.isEmpty { carryContext(&q) }
      return nil
    }
    return Messages.Session.followingOn(question: previous.text).text
  }

  /// "Kazakhstan?", "what about 2013?": a bare name or date in no more than four words, asking
  /// nothing new. A bare name must be of a kind the last question named ("Tajikistan?" after a
  /// country); a full question that happens to contain only names is not a follow-up.
  func isBare(_ q: Query) -> Bool {
    var kinds: [EntityKind] = []
    for mention in previous.entities {
      if let kind = kind(of: mention.entity) { kinds.appendIfNew(kind) }
    }
    let sameKind = !q.entities.isEmpty && q.entities.allSatisfy { kind(of: $0.entity).map(kinds.contains) ?? false }
    let sameForms = q.forms.isEmpty || q.forms.allSatisfy(previous.forms.contains)
    return sameForms && Tokenizer.tokens(q.text).count <= 4 && (sameKind || q.entities.isEmpty)
  }

  /// An ellipsis asks the last question again about something else: its words, measures, forms
  /// and (unless it names its own) its time; a new entity replaces the earlier one of its kind.
  func fillSlots(_ q: inout Query) {
    q.content = previous.content
    q.measures = previous.measures
    q.topics = previous.topics
    q.forms = previous.forms
    q.formTerms = previous.formTerms
    for t in previous.allTerms { q.allTerms.appendIfNew(t) }
    q.entityNamedMeasures = previous.entityNamedMeasures
    if q.years.isEmpty && !q.entities.isEmpty {
      q.years = previous.years
      q.months = previous.months
    }
    var entities = previous.entities
    for mention in q.entities {
      let kind = kind(of: mention.entity)
      if let i = entities.firstIndex(where: { self.kind(of: $0.entity) == kind && !knowledge.subjects.contains($0.entity) }) {
        entities[i] = mention
      } else if !entities.contains(where: { $0.entity == mention.entity }) {
        entities.append(mention)
      }
    }
    var seen = Set<String>()
    q.entities = entities.filter { seen.insert($0.entity).inserted }
  }

  /// Not a bare follow-up, but it may continue the topic ("and when did the Kyrgyz first try?"):
  /// the earlier entities and words count a little when they match, and are never required.
  func carryContext(_ q: inout Query) {
    let answered = answerSubjects.map { Query.EntityMention(entity: $0, typed: "", corrected: false) }
    for mention in previous.entities + answered where !q.entities.contains(where: { $0.entity == mention.entity }) {
      let kind = kind(of: mention.entity)
      if q.entities.contains(where: { self.kind(of: $0.entity) == kind }) { continue }
      q.entities.append(mention)
      q.contextEntities.appendIfNew(mention.entity)
    }
    let own = q.contentTerms
    q.contextTerms = []
    for t in previous.contentTerms where !own.contains(t) { q.contextTerms.appendIfNew(t) }
  }

  /// The subjects of the last answer's facts, as context a pronoun may point to.
  func addAnswerSubjects(_ q: inout Query) {
    for id in answerSubjects where !q.entities.contains(where: { $0.entity == id }) {
      q.entities.append(.init(entity: id, typed: "", corrected: false))
      q.contextEntities.appendIfNew(id)
    }
  }

  func kind(of entity: String) -> EntityKind? { knowledge.entityByID[entity]?.kind }
}
