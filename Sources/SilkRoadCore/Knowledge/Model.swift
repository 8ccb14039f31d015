/// The typed fact base: sources, topics, measures, entities and statements, as loaded and checked.
///
/// Shaped like Wikidata claims: a statement has subjects, a measure, a value with unit and scale,
/// qualifiers (time, according to whom, bound) and a reference (the citation).

/// Where in a source a fact comes from: a section and a paragraph numbered within it.
public struct Citation: Hashable, Sendable, Comparable, SnapshotStorable {
  public var source: String
  public var section: String
  public var paragraph: Int

  public init(source: String = "article", section: String, paragraph: Int) {
    self.source = source
    self.section = section
    self.paragraph = paragraph
  }

  public static func < (a: Citation, b: Citation) -> Bool {
    (a.source, a.section, a.paragraph) < (b.source, b.section, b.paragraph)
  }
}

public struct Section: Sendable, SnapshotStorable {
  public var name: String
  public var paragraphs: Int
  public var summary: String
  public var topics: [String]
}

public struct Source: Sendable, SnapshotStorable {
  public var id: String
  public var title: String
  public var date: String
  public var note: String
  public var sections: [Section]
  /// The entities the whole source is about (for the article, China): so common in it that a
  /// question naming them does not need a statement that names them too.
  public var subjects: [String] = []

  public func section(named name: String) -> Section? { sections.first { $0.name == name } }
}

public struct Topic: Sendable, SnapshotStorable {
  public var id: String
  public var name: String
  public var words: [String]
}

/// A kind of figure (debt owed to China, trade with China...), with the words that name it. A class,
/// like `Statement`: answers look measures up by id many times a question, and a look-up then
/// shares one instead of copying its strings.
public final class Measure: Sendable, SnapshotStorable {
  public let id: String
  public let name: String
  public let unit: String
  public let words: [String]
  public let contextWords: [String]
  public let comparable: Bool
  /// A question this measure answers, `{e}` standing for an entity: used to suggest questions.
  public let question: String?

  public init(id: String, name: String, unit: String, words: [String], contextWords: [String], comparable: Bool, question: String?) {
    self.id = id
    self.name = name
    self.unit = unit
    self.words = words
    self.contextWords = contextWords
    self.comparable = comparable
    self.question = question
  }
}

public struct Relation: Sendable, SnapshotStorable {
  public var relation: String
  public var target: String
  public var citation: Citation?
}

/// What sort of thing an entity is. Answers treat kinds differently: a place or region named
/// anywhere in a paragraph sets its scene, a project may be implied, a country must be named.
public enum EntityKind: String, Sendable, CaseIterable, SnapshotStorable {
  case country, region, place, organisation, company, person, group, media, project, programme, equipment, document, event
}

/// A country, person, company, project... that statements are about. A class, like `Statement`.
public final class Entity: Sendable, SnapshotStorable {
  public let id: String
  public let name: String
  public let kind: EntityKind
  public let aliases: [String]
  public let description: String
  public let role: String?
  public let relations: [Relation]
  public let citation: Citation?

  public init(
    id: String, name: String, kind: EntityKind, aliases: [String], description: String, role: String?, relations: [Relation], citation: Citation?
  ) {
    self.id = id
    self.name = name
    self.kind = kind
    self.aliases = aliases
    self.description = description
    self.role = role
    self.relations = relations
    self.citation = citation
  }
}

/// A year, or a year and month, or a period between two of those.
public struct TimeRef: Sendable, Hashable, SnapshotStorable, CustomStringConvertible {
  public var year: Int
  public var month: Int?
  public var endYear: Int?
  public var endMonth: Int?

  public init(year: Int, month: Int? = nil, endYear: Int? = nil, endMonth: Int? = nil) {
    self.year = year
    self.month = month
    self.endYear = endYear
    self.endMonth = endMonth
  }

  /// Parses `2018`, `2019-10` or `2003/2016`.
  public init?(_ text: String) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 1 || parts.count == 2 else { return nil }
    func point(_ s: Substring) -> (Int, Int?)? {
      let ym = s.split(separator: "-", omittingEmptySubsequences: false)
      guard ym.count <= 2, let y = Int(ym[0]), ym[0].count == 4 else { return nil }
      if ym.count == 2 {
        guard let m = Int(ym[1]), (1...12).contains(m) else { return nil }
        return (y, m)
      }
      return (y, nil)
    }
    guard let start = point(parts[0]) else { return nil }
    year = start.0
    month = start.1
    if parts.count == 2 {
      guard let end = point(parts[1]), end.0 >= start.0 else { return nil }
      endYear = end.0
      endMonth = end.1
    }
  }

  public var isPeriod: Bool { endYear != nil }

  public func contains(year y: Int, month m: Int? = nil) -> Bool {
    let last = endYear ?? year
    guard y >= year && y <= last else { return false }
    guard let m else { return true }
    if endYear == nil, let month { return month == m }
    return true
  }

  public static let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]

  public var description: String {
    func point(_ y: Int, _ m: Int?) -> String {
      if let m { return "\(TimeRef.monthNames[m - 1]) \(y)" }
      return "\(y)"
    }
    if let endYear { return "\(point(year, month))–\(point(endYear, endMonth))" }
    return point(year, month)
  }

  /// A sort key: periods sort by their start.
  public var sortKey: Int { year * 100 + (month ?? 0) }
}

/// How a figure is qualified in the source ("more than $1 billion", "about 10,000").
public enum Bound: String, Sendable, CaseIterable, SnapshotStorable {
  case moreThan = "more than", inExcessOf = "in excess of", greaterThan = "greater than", over, exceeded, atLeast = "at least"
  case lessThan = "less than", upTo = "up to"
  case nearly, about, almost, approximately, around, roughly

  /// Where the true figure lies from the stated one: above (1), below (-1) or near it (0). A
  /// ranking puts "greater than 20%" above 20% and a chart draws it open-ended.
  public var direction: Int {
    switch self {
    case .moreThan, .inExcessOf, .greaterThan, .over, .exceeded, .atLeast: return 1
    case .lessThan, .upTo: return -1
    case .nearly, .about, .almost, .approximately, .around, .roughly: return 0
    }
  }
}

public enum StatementKind: String, Sendable, CaseIterable, SnapshotStorable {
  case figure, event, claim, recommendation, summary
}

/// One claim of the knowledge base, with at most one figure. A class, so that the many places that
/// hold a statement while answering share it instead of copying a dozen strings each time.
public final class Statement: Sendable, SnapshotStorable {
  public let id: String
  public let kind: StatementKind
  public let about: [String]
  public let measure: String?
  public let value: Double?
  public let valueText: String?
  public let unit: String?
  public let scale: String?
  public let bound: Bound?
  public let time: TimeRef?
  public let accordingTo: String?
  public let conflict: String?
  public let to: [String]
  public let keywords: [String]
  public let related: [String]
  public let topics: [String]
  public let text: String
  public let citation: Citation
  public let position: SourcePosition

  /// Every entity the statement names in a field: its subjects, addressees and reporter, each once.
  public var entityIDs: [String] {
    var ids: [String] = []
    for id in about + to + [accordingTo].compactMap({ $0 }) { ids.appendIfNew(id) }
    return ids
  }

  public init(
    id: String,
    kind: StatementKind,
    about: [String],
    measure: String?,
    value: Double?,
    valueText: String?,
    unit: String?,
    scale: String?,
    bound: Bound?,
    time: TimeRef?,
    accordingTo: String?,
    conflict: String?,
    to: [String],
    keywords: [String],
    related: [String],
    topics: [String],
    text: String,
    citation: Citation,
    position: SourcePosition
  ) {
    self.id = id
    self.kind = kind
    self.about = about
    self.measure = measure
    self.value = value
    self.valueText = valueText
    self.unit = unit
    self.scale = scale
    self.bound = bound
    self.time = time
    self.accordingTo = accordingTo
    self.conflict = conflict
    self.to = to
    self.keywords = keywords
    self.related = related
    self.topics = topics
    self.text = text
    self.citation = citation
    self.position = position
  }
}

/// The kinds of question silkroad tells apart. Each is declared in the vocabulary with the phrases
/// that signal it; the answer modules decide by them (a figure for "how much", reasons for "why").
public enum Form: String, Sendable, CaseIterable, Comparable, SnapshotStorable {
  case howMuch = "how-much", superlative, superlativeLow = "superlative-low", compare, why, when, `where`, who, whatIs = "what-is", recommend, profile,
    timeline, list, yesNo = "yes-no", total, greeting, thanks, capabilities, goodbye, mention, personal, request

  public static func < (a: Form, b: Form) -> Bool { a.rawValue < b.rawValue }
}

/// A question form the matcher recognises ("how much", "why", "compare"), with the phrases that signal it.
public struct QuestionForm: Sendable, SnapshotStorable {
  public var id: Form
  public var phrases: [String]
}
