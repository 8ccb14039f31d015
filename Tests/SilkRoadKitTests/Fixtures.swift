import SilkRoadKit

/// Tiny knowledge bases built inline, so each test shows exactly what it relies on.
enum Fixtures {
  static let source = """
    {"sources": [{"id": "article", "title": "Test article", "date": "2020-02", "note": "test",
      "sections": [{"name": "Debt", "paragraphs": 2, "summary": "Who owes what.", "topics": ["debt"]}]}],
     "topics": [{"id": "debt", "name": "Debt", "words": ["debt", "owe"]}],
     "forms": [{"id": "how-much", "phrases": ["how much", "how many"]}, {"id": "superlative", "phrases": ["most", "highest"]},
               {"id": "compare", "phrases": ["compare"]}, {"id": "why", "phrases": ["why"]}, {"id": "who", "phrases": ["which country"]}],
     "stopwords": ["the", "does", "of", "which", "has", "to", "and", "a", "is"]}
    """
  static let measures = """
    {"measures": [{"id": "debt-to-china", "name": "debt to China", "unit": "USD", "words": ["owe", "debt"], "comparable": true, "question": "How much does {e} owe China?"},
                  {"id": "debt-share-of-gdp", "name": "debt to China as a share of GDP", "unit": "percent", "words": ["owe", "debt"], "context_words": ["gdp"], "comparable": true}]}
    """
  static let entities = """
    {"entities": [
      {"id": "china", "name": "China", "kind": "country", "aliases": ["Chinese", "Beijing"], "description": "The lender.", "citation": {"section": "Debt", "paragraph": 1}},
      {"id": "kyrgyzstan", "name": "Kyrgyzstan", "kind": "country", "aliases": ["Kyrgyz", "Bishkek"], "description": "A borrower.", "citation": {"section": "Debt", "paragraph": 1}},
      {"id": "kazakhstan", "name": "Kazakhstan", "kind": "country", "aliases": ["Kazakh", "Astana"], "description": "Another borrower.", "citation": {"section": "Debt", "paragraph": 2}}]}
    """
  static let statements = """
    {"statements": [
      {"id": "debt-kg", "kind": "figure", "about": ["kyrgyzstan", "china"], "measure": "debt-to-china", "value": 1.7, "scale": "billion",
       "text": "Kyrgyzstan owes China $1.7 billion.", "citation": {"section": "Debt", "paragraph": 1}},
      {"id": "debt-kz", "kind": "figure", "about": ["kazakhstan", "china"], "measure": "debt-to-china", "value": 0.5, "scale": "billion",
       "text": "Kazakhstan owes China $0.5 billion.", "citation": {"section": "Debt", "paragraph": 2}},
      {"id": "gdp-kz", "kind": "figure", "about": ["kazakhstan", "china"], "measure": "debt-share-of-gdp", "value": 6.5,
       "text": "Kazakhstan's debt to China is 6.5% of its GDP.", "citation": {"section": "Debt", "paragraph": 2}},
      {"id": "gdp-kg", "kind": "figure", "about": ["kyrgyzstan", "china"], "measure": "debt-share-of-gdp", "value": 20, "bound": "greater than",
       "text": "Kyrgyzstan's debt to China is greater than 20% of its GDP.", "citation": {"section": "Debt", "paragraph": 1}},
      {"id": "why-kg", "kind": "claim", "about": ["kyrgyzstan"], "text": "Kyrgyzstan borrowed to build roads and power plants.",
       "citation": {"section": "Debt", "paragraph": 1}}]}
    """

  static var files: [KnowledgeFile] {
    [
      KnowledgeFile(name: "source.json", text: source), KnowledgeFile(name: "measures.json", text: measures),
      KnowledgeFile(name: "entities.json", text: entities), KnowledgeFile(name: "facts.json", text: statements),
    ]
  }

  static func knowledge(_ files: [KnowledgeFile] = files) throws -> Knowledge {
    try Knowledge.load(files).get()
  }

  /// The real built-in knowledge (Knowledge/ at the top of the package).
  static let builtIn: Knowledge = {
    switch Knowledge.load(EmbeddedKnowledge.allFiles) {
    case .success(let k): return k
    case .failure(let e): fatalError("built-in knowledge is broken:\n\(e)")
    }
  }()

  static let paragraphsFile = """
    {"section": "Debt", "paragraph": 1, "global": 1, "text": "Kyrgyzstan owes China $1.7 billion, greater than 20 percent of GDP; it borrowed for roads."}
    {"section": "Debt", "paragraph": 2, "global": 2, "text": "Kazakhstan owes $0.5 billion, or 6.5 percent of its GDP."}
    """
}
