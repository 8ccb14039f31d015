import SilkRoadCore

/// What the analyzer understood of one question: its form, the entities, measures, topics and
/// times it names, and the remaining content words with whether the knowledge knows them.
public struct Query: Sendable {
  public struct EntityMention: Sendable {
    public var entity: String
    /// The words as the user typed them.
    public var typed: String
    /// True when the name was matched with typo tolerance.
    public var corrected: Bool
  }

  public struct ContentTerm: Sendable {
    public var term: String
    public var typed: String
    /// The vocabulary term this was corrected to, when it was a typo.
    public var correctedFrom: String?
    public var known: Bool
    /// In a subordinate clause ("... while Gazprom stopped buying"): context, not the question's focus.
    public var subordinate = false
  }

  public struct Ambiguity: Sendable {
    public var typed: String
    public var candidates: [String]
  }

  public var text: String
  // (Lists of distinct items rather than sets: the order they were found in is kept, so the
  // same question reads the same in every run.)
  /// The question forms found ("how-much", "why"...), each once, in the order found.
  public var forms: [Form] = []
  public var entities: [EntityMention] = []
  /// Entities named only in a subordinate clause: context, so an answer need not mention them.
  public var contextEntities: [String] = []
  public var years: [Int] = []
  /// "since 2016": only what starts in or after that year matches.
  public var sinceYear: Int?
  public var months: [Int] = []
  public var measures: [(id: String, score: Double)] = []
  /// Measures named only by an entity's words, not by the question's own words.
  public var entityNamedMeasures: [String] = []
  /// Measures the question's own words name.
  public var askedMeasures: [String] {
    entityNamedMeasures.isEmpty ? measures.map { $0.id } : measures.map { $0.id }.filter { !entityNamedMeasures.contains($0) }
  }
  public var topics: [String] = []
  public var content: [ContentTerm] = []
  public var formTerms: [String] = []
  /// Words of quantity-asking forms ("what *share*", "how *big*"), which may name a measure.
  public var measureFormTerms: [String] = []
  /// The terms of every word typed, entity names included.
  public var allTerms: [String] = []
  /// Context carried from an earlier question: adds weight when matched, never required.
  public var contextTerms: [String] = []
  public var ambiguities: [Ambiguity] = []
  /// Unknown words that decide the question: a name the source never mentions ("France"), or the
  /// thing asked for right after the question words ("how many *tourists*").
  public var unknownFocus: [String] = []
  public var hasPronoun = false
  /// Opens like a follow-up: "and ...", "what about ...", "how about ...".
  public var followUpOpening = false

  public var entityIDs: [String] { entities.map { $0.entity } }
  /// The entities the question itself names (not carried from an earlier one).
  public var requiredEntityIDs: [String] { requiredEntityIDs(among: entityIDs) }
  /// `requiredEntityIDs` from `entityIDs` made already.
  func requiredEntityIDs(among ids: [String]) -> [String] { contextEntities.isEmpty ? ids : ids.filter { !contextEntities.contains($0) } }
  public var contentTerms: [String] { content.map { $0.term } }

  public init(text: String) { self.text = text }
}
