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

extension Fixtures {
  /// A small region, with the word roles the built-in vocabulary has (synonyms, unit words,
  /// pronouns, clause openers, follow-up openers, months, everyday words) and just enough facts
  /// for every stage and answer module to have something to find and something to miss.
  ///
  /// Thirty-three statements: an entity named by seven or more is a background entity, like
  /// China. Every other entity is named by at most five, so none of them is.
  enum Region {
    static let vocabulary = """
      {"sources": [{"id": "article", "title": "Test region", "date": "2020-02", "note": "test", "subjects": ["china"],
        "sections": [{"name": "Debt", "paragraphs": 3, "summary": "Who owes what.", "topics": ["debt"]},
                     {"name": "Security", "paragraphs": 5, "summary": "Borders and soldiers.", "topics": ["security"]},
                     {"name": "Technology", "paragraphs": 2, "summary": "Cameras.", "topics": ["surveillance"]},
                     {"name": "Soft Power", "paragraphs": 4, "summary": "Culture and students.", "topics": ["soft-power"]},
                     {"name": "Trade", "paragraphs": 3, "summary": "Goods.", "topics": ["trade"]},
                     {"name": "Recommendations", "paragraphs": 2, "summary": "What to do.", "topics": ["recommendations"]}]}],
       "topics": [{"id": "debt", "name": "Debt", "words": ["debt", "loan", "lend"]},
                  {"id": "security", "name": "Security", "words": ["security", "border", "militant"]},
                  {"id": "surveillance", "name": "Surveillance", "words": ["surveillance", "safe city", "camera"]},
                  {"id": "soft-power", "name": "Soft power", "words": ["soft power", "culture"]},
                  {"id": "trade", "name": "Trade", "words": ["trade", "export"]},
                  {"id": "military", "name": "Military", "words": ["exercise", "military base"]},
                  {"id": "recommendations", "name": "Recommendations", "words": ["recommendation", "advice"]}],
       "forms": [{"id": "how-much", "phrases": ["how much", "how many", "what share", "what is the value"]},
                 {"id": "superlative", "phrases": ["the most", "most", "highest"]},
                 {"id": "superlative-low", "phrases": ["the least", "least", "lowest"]},
                 {"id": "compare", "phrases": ["compare", "versus"]},
                 {"id": "total", "phrases": ["in total", "combined"]},
                 {"id": "why", "phrases": ["why", "what caused"]},
                 {"id": "when", "phrases": ["when", "what year"]},
                 {"id": "who", "phrases": ["who", "which country"]},
                 {"id": "what-is", "phrases": ["what is", "what are"]},
                 {"id": "recommend", "phrases": ["should", "recommend"]},
                 {"id": "profile", "phrases": ["tell me about", "who is"]},
                 {"id": "timeline", "phrases": ["what happened", "timeline of", "timeline"]},
                 {"id": "yes-no", "phrases": ["is it true", "does", "did"]},
                 {"id": "greeting", "phrases": ["hello", "hi"]},
                 {"id": "thanks", "phrases": ["thanks", "thank you"]},
                 {"id": "goodbye", "phrases": ["bye", "goodbye"]},
                 {"id": "capabilities", "phrases": ["what can you do"]},
                 {"id": "personal", "phrases": ["should i", "do you think"]}],
       "stopwords": ["a", "an", "the", "of", "to", "in", "on", "at", "for", "from", "by", "with", "and", "or", "is", "are", "was",
                     "were", "be", "do", "does", "did", "has", "have", "had", "it", "its", "this", "that", "they", "their", "them",
                     "i", "me", "you", "us", "we", "what", "which", "who", "when", "where", "why", "how", "much", "many", "about",
                     "than", "most", "least", "tell", "know", "while", "since", "after", "before", "because", "year", "years",
                     "number", "amount", "total", "can", "there", "should", "would", "will", "happened"],
       "generic_words": ["issue", "matter", "deal", "look", "think"],
       "synonyms": [["money", "cash", "dollars", "cost"], ["debt", "owe", "owed", "owes", "owing", "borrowing"],
                    ["percent", "percentage", "share", "proportion"], ["exercise", "drill", "drills"], ["trade", "commerce"]],
       "unit_words": {"usd": "money dollars worth value cost", "percent": "percent share proportion"},
       "pronouns": ["it", "its", "they", "them", "their", "there", "that", "this", "he", "she"],
       "clause_openers": ["while", "because", "although", "after", "before", "since", "until"],
       "follow_up_openers": ["and", "what about", "how about"],
       "months": [["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"], ["june", "jun"],
                  ["july", "jul"], ["august", "aug"], ["september", "sep"], ["october", "oct"], ["november", "nov"], ["december", "dec"]]}
      """
    static let measures = """
      {"measures": [
        {"id": "debt-to-china", "name": "debt to China", "unit": "USD", "words": ["debt", "owe"], "comparable": true, "question": "How much does {e} owe China?"},
        {"id": "debt-share-of-gdp", "name": "debt to China as a share of GDP", "unit": "percent", "words": ["debt", "owe"], "context_words": ["gdp"], "comparable": true},
        {"id": "joint-exercises", "name": "joint military exercises", "unit": "exercises", "words": ["joint exercises", "exercise"], "comparable": true,
         "question": "How many joint exercises did China have with {e}?"},
        {"id": "trade-volume", "name": "trade with China", "unit": "USD", "words": ["trade"], "comparable": true, "question": "What was {e}'s trade with China?"},
        {"id": "china-exports", "name": "China's exports", "unit": "USD", "words": ["china's exports"]},
        {"id": "safe-city-cost", "name": "cost of Safe City", "unit": "USD", "words": ["safe city"]},
        {"id": "students-in-china", "name": "students in China", "unit": "students", "words": ["students"]},
        {"id": "gas-to-china", "name": "gas exports to China", "unit": "bcm", "words": ["gas"], "comparable": true}]}
      """
    static let entities = """
      {"entities": [
        {"id": "china", "name": "China", "kind": "country", "aliases": ["Chinese", "Beijing"], "description": "The lender.", "citation": {"section": "Debt", "paragraph": 1}},
        {"id": "china-development-bank", "name": "China Development Bank", "kind": "organisation", "aliases": ["CDB"], "description": "A state bank.", "citation": {"section": "Debt", "paragraph": 3}},
        {"id": "kyrgyzstan", "name": "Kyrgyzstan", "kind": "country", "aliases": ["Kyrgyz", "Bishkek"], "description": "A borrower in the mountains.", "citation": {"section": "Debt", "paragraph": 1}},
        {"id": "kazakhstan", "name": "Kazakhstan", "kind": "country", "aliases": ["Kazakh", "Astana"], "description": "The largest economy.", "citation": {"section": "Debt", "paragraph": 2}},
        {"id": "tajikistan", "name": "Tajikistan", "kind": "country", "aliases": ["Tajik", "Dushanbe"], "description": "A borrower on the border.", "citation": {"section": "Debt", "paragraph": 1}},
        {"id": "uzbekistan", "name": "Uzbekistan", "kind": "country", "aliases": ["Uzbek", "Tashkent"], "description": "The most populous.", "citation": {"section": "Trade", "paragraph": 1}},
        {"id": "turkmenistan", "name": "Turkmenistan", "kind": "country", "aliases": ["Turkmen", "Ashgabat"], "description": "A gas seller.", "citation": {"section": "Trade", "paragraph": 2}},
        {"id": "united-states", "name": "United States", "kind": "country", "aliases": ["US", "America"], "description": "A distant power.", "citation": {"section": "Security", "paragraph": 5}},
        {"id": "central-asia", "name": "Central Asia", "kind": "region", "aliases": [], "description": "The five states.", "citation": {"section": "Soft Power", "paragraph": 1}},
        {"id": "xinjiang", "name": "Xinjiang", "kind": "place", "aliases": [], "description": "China's western region.", "citation": {"section": "Security", "paragraph": 3}},
        {"id": "safe-city", "name": "Safe City", "kind": "project", "aliases": [], "description": "A surveillance project.", "citation": {"section": "Technology", "paragraph": 1}},
        {"id": "huawei", "name": "Huawei", "kind": "company", "aliases": [], "description": "A telecoms company.", "role": "supplier of cameras",
         "relations": [{"relation": "supplies", "target": "safe-city", "citation": {"section": "Technology", "paragraph": 1}}], "citation": {"section": "Technology", "paragraph": 2}},
        {"id": "zhang-wei", "name": "Zhang Wei", "kind": "person", "aliases": [], "description": "A general.", "citation": {"section": "Security", "paragraph": 4}},
        {"id": "sinophiles", "name": "Sinophiles", "kind": "group", "aliases": [], "description": "Friends of China.", "citation": {"section": "Soft Power", "paragraph": 3}},
        {"id": "sinophobes", "name": "Sinophobes", "kind": "group", "aliases": [], "description": "Those who fear China.", "citation": {"section": "Soft Power", "paragraph": 3}},
        {"id": "the-west", "name": "the West", "kind": "group", "aliases": ["Western countries"], "description": "Europe and America.", "citation": {"section": "Recommendations", "paragraph": 1}},
        {"id": "european-union", "name": "European Union", "kind": "organisation", "aliases": ["EU"], "description": "A union of states.",
         "relations": [{"relation": "part of", "target": "the-west"}], "citation": {"section": "Recommendations", "paragraph": 1}}]}
      """
    static let statements = """
      {"statements": [
        {"id": "debt-kg", "kind": "figure", "about": ["kyrgyzstan", "china"], "measure": "debt-to-china", "value": 1.7, "scale": "billion", "time": "2019",
         "topics": ["debt"], "related": ["gdp-kg"], "text": "Kyrgyzstan owes China $1.7 billion.", "citation": {"section": "Debt", "paragraph": 1}},
        {"id": "debt-tj", "kind": "figure", "about": ["tajikistan", "china"], "measure": "debt-to-china", "value": 1.2, "scale": "billion", "time": "2019",
         "topics": ["debt"], "text": "Tajikistan owes China $1.2 billion.", "citation": {"section": "Debt", "paragraph": 1}},
        {"id": "debt-kz", "kind": "figure", "about": ["kazakhstan", "china"], "measure": "debt-to-china", "value": 0.5, "scale": "billion", "time": "2019",
         "topics": ["debt"], "text": "Kazakhstan owes China $0.5 billion.", "citation": {"section": "Debt", "paragraph": 2}},
        {"id": "gdp-kg", "kind": "figure", "about": ["kyrgyzstan", "china"], "measure": "debt-share-of-gdp", "value": 20, "bound": "greater than",
         "topics": ["debt"], "text": "Kyrgyzstan's debt to China is greater than 20% of its GDP.", "citation": {"section": "Debt", "paragraph": 1}},
        {"id": "gdp-tj", "kind": "figure", "about": ["tajikistan", "china"], "measure": "debt-share-of-gdp", "value": 16.9,
         "topics": ["debt"], "text": "Tajikistan's debt to China is 16.9% of its GDP.", "citation": {"section": "Debt", "paragraph": 1}},
        {"id": "gdp-kz", "kind": "figure", "about": ["kazakhstan", "china"], "measure": "debt-share-of-gdp", "value": 6.5,
         "topics": ["debt"], "text": "Kazakhstan's debt to China is 6.5% of its GDP.", "citation": {"section": "Debt", "paragraph": 2}},
        {"id": "why-kg", "kind": "claim", "about": ["kyrgyzstan"], "topics": ["debt"],
         "text": "Kyrgyzstan borrowed from China to build roads and power plants.", "citation": {"section": "Debt", "paragraph": 2}},
        {"id": "why-kg-station", "kind": "claim", "about": ["kyrgyzstan"], "topics": ["debt"],
         "text": "The loans paid for a new power station in Bishkek.", "citation": {"section": "Debt", "paragraph": 2}},
        {"id": "cdb-loan", "kind": "event", "about": ["china-development-bank"], "time": "2013", "topics": ["debt"],
         "text": "The China Development Bank lent $300 million for a road in Tajikistan.", "citation": {"section": "Debt", "paragraph": 3}},
        {"id": "ex-kg", "kind": "figure", "about": ["kyrgyzstan", "china"], "measure": "joint-exercises", "value": 5, "time": "2003/2016",
         "topics": ["military"], "text": "China held 5 joint exercises with Kyrgyzstan.", "citation": {"section": "Security", "paragraph": 1}},
        {"id": "ex-kz", "kind": "figure", "about": ["kazakhstan", "china"], "measure": "joint-exercises", "value": 3, "time": "2003/2016",
         "topics": ["military"], "text": "China held 3 joint exercises with Kazakhstan.", "citation": {"section": "Security", "paragraph": 1}},
        {"id": "ex-tj", "kind": "figure", "about": ["tajikistan", "china"], "measure": "joint-exercises", "value": 7, "time": "2003/2016",
         "topics": ["military"], "text": "China held 7 joint exercises with Tajikistan.", "citation": {"section": "Security", "paragraph": 2}},
        {"id": "border-post", "kind": "event", "about": ["china"], "time": "2016-08", "topics": ["security"],
         "text": "In August 2016 China opened a border post in Xinjiang.", "citation": {"section": "Security", "paragraph": 3}},
        {"id": "military-base", "kind": "event", "about": ["china"], "time": "2016", "topics": ["security", "military"],
         "text": "China built a military base near the Afghan border.", "citation": {"section": "Security", "paragraph": 3}},
        {"id": "general-visit", "kind": "event", "about": ["zhang-wei"], "time": "2019-05", "topics": ["security"],
         "text": "Zhang Wei, a Chinese general, visited Dushanbe in May 2019.", "citation": {"section": "Security", "paragraph": 4}},
        {"id": "militants", "kind": "claim", "about": ["china"], "topics": ["security"],
         "text": "China fears that militants from Afghanistan will reach Xinjiang.", "citation": {"section": "Security", "paragraph": 5}},
        {"id": "safe-city-uz", "kind": "event", "about": ["safe-city", "uzbekistan"], "time": "2019", "topics": ["surveillance"],
         "text": "Uzbekistan signed a Safe City deal with Huawei in 2019.", "citation": {"section": "Technology", "paragraph": 1}},
        {"id": "safe-city-cost-uz", "kind": "figure", "about": ["uzbekistan"], "measure": "safe-city-cost", "value": 1, "scale": "billion",
         "topics": ["surveillance"], "text": "Uzbekistan's Safe City will cost $1 billion.", "citation": {"section": "Technology", "paragraph": 1}},
        {"id": "huawei-cameras", "kind": "claim", "about": ["huawei"], "topics": ["surveillance"],
         "text": "Huawei cameras watch the streets of Tashkent.", "citation": {"section": "Technology", "paragraph": 2}},
        {"id": "institutes", "kind": "claim", "about": ["central-asia"], "topics": ["soft-power"],
         "text": "China has opened thirteen Confucius institutes across Central Asia.", "citation": {"section": "Soft Power", "paragraph": 1}},
        {"id": "students-kz", "kind": "figure", "about": ["kazakhstan"], "measure": "students-in-china", "value": 14000,
         "topics": ["soft-power"], "text": "14,000 Kazakh students study in China.", "citation": {"section": "Soft Power", "paragraph": 2}},
        {"id": "sinophiles-power", "kind": "claim", "about": ["sinophiles"], "topics": ["soft-power"],
         "text": "Sinophiles in Central Asia are close to those in power.", "citation": {"section": "Soft Power", "paragraph": 3}},
        {"id": "sinophobes-fear", "kind": "claim", "about": ["sinophobes"], "topics": ["soft-power"],
         "text": "Sinophobes fear Chinese expansion.", "citation": {"section": "Soft Power", "paragraph": 3}},
        {"id": "soft-power-culture", "kind": "claim", "about": ["china"], "topics": ["soft-power"],
         "text": "China's soft power relies on culture and scholarships.", "citation": {"section": "Soft Power", "paragraph": 4}},
        {"id": "trade-kz", "kind": "figure", "about": ["kazakhstan", "china"], "measure": "trade-volume", "value": 14.4, "scale": "billion", "time": "2018",
         "topics": ["trade"], "text": "Trade between Kazakhstan and China reached $14.4 billion in 2018.", "citation": {"section": "Trade", "paragraph": 1}},
        {"id": "trade-uz", "kind": "figure", "about": ["uzbekistan", "china"], "measure": "trade-volume", "value": 7.6, "scale": "billion", "time": "2018",
         "topics": ["trade"], "text": "Trade between Uzbekistan and China reached $7.6 billion in 2018.", "citation": {"section": "Trade", "paragraph": 1}},
        {"id": "trade-uz-2013", "kind": "figure", "about": ["uzbekistan", "china"], "measure": "trade-volume", "value": 4.5, "scale": "billion", "time": "2013",
         "topics": ["trade"], "text": "In 2013 trade between Uzbekistan and China was $4.5 billion.", "citation": {"section": "Trade", "paragraph": 2}},
        {"id": "exports-ca", "kind": "figure", "about": ["china", "central-asia"], "measure": "china-exports", "value": 18, "scale": "billion", "time": "2018",
         "topics": ["trade"], "text": "China's exports to Central Asia were worth $18 billion in 2018.", "citation": {"section": "Trade", "paragraph": 3}},
        {"id": "gas-tm-cn", "kind": "figure", "about": ["turkmenistan", "china"], "measure": "gas-to-china", "value": 31.6, "time": "2018",
         "according_to": "china", "conflict": "tm-gas", "topics": ["trade"], "text": "China counts 31.6 bcm of gas bought from Turkmenistan in 2018.",
         "citation": {"section": "Trade", "paragraph": 2}},
        {"id": "gas-tm-tm", "kind": "figure", "about": ["turkmenistan", "china"], "measure": "gas-to-china", "value": 35, "time": "2018",
         "according_to": "turkmenistan", "conflict": "tm-gas", "topics": ["trade"], "text": "Turkmenistan counts 35 bcm of gas sold to China in 2018.",
         "citation": {"section": "Trade", "paragraph": 2}},
        {"id": "us-trade", "kind": "claim", "about": ["united-states"], "topics": ["trade"],
         "text": "The United States trades little with the region.", "citation": {"section": "Security", "paragraph": 5}},
        {"id": "rec-west", "kind": "recommendation", "about": ["the-west"], "to": ["the-west"], "topics": ["recommendations"],
         "text": "Western countries should offer the region alternatives to Chinese loans.", "citation": {"section": "Recommendations", "paragraph": 1}},
        {"id": "rec-ca", "kind": "recommendation", "about": ["central-asia"], "to": ["central-asia"], "topics": ["recommendations"],
         "text": "Central Asian governments should publish the terms of their loans.", "citation": {"section": "Recommendations", "paragraph": 2}}]}
      """

    static var files: [KnowledgeFile] {
      [
        KnowledgeFile(name: "vocabulary.json", text: vocabulary), KnowledgeFile(name: "measures.json", text: measures),
        KnowledgeFile(name: "entities.json", text: entities), KnowledgeFile(name: "facts.json", text: statements),
      ]
    }

    static let knowledge: Knowledge = {
      switch Knowledge.load(files) {
      case .success(let k): return k
      case .failure(let e): fatalError("the region fixture is broken:\n\(e)")
      }
    }()

    static let index = KnowledgeIndex(knowledge)

    /// The region with `extra` statements (a JSON list's items) added, and measures if given,
    /// for a test that needs a fact the shared fixture does not have.
    static func index(adding extra: String, measures: String = "") throws -> KnowledgeIndex {
      let more = KnowledgeFile(name: "more.json", text: #"{"statements": ["# + extra + #"], "measures": ["# + measures + "]}")
      return KnowledgeIndex(try Knowledge.load(files + [more]).get())
    }
  }
}
