import Testing

@testable import SilkRoadKit

@Suite struct ClassroomTests {
  func texts(_ reply: Reply?) -> [String] { reply?.plainLines ?? [] }

  @Test func tour_walksEverySectionInOrder_andStopsAtTheEnds() {
    let c = Conversation(knowledge: Fixtures.builtIn)
    let first = texts(c.respond(to: "tour"))
    #expect(first.first == "Tour 1/12: Introduction")
    #expect(c.modeLabel == "tour 1/12")
    #expect(texts(c.respond(to: "back")) == ["This is the first step."])
    for step in 2...12 {
      #expect(texts(c.respond(to: "next")).first?.hasPrefix("Tour \(step)/12: ") == true, "step \(step)")
    }
    #expect(c.modeLabel == "tour 12/12")
    #expect(texts(c.respond(to: "next")).first?.hasPrefix("That was the last step") == true)
    // A question during the tour is answered, and the tour stays where it was.
    let answer = texts(c.respond(to: "How much does Kyrgyzstan owe China?"))
    #expect(answer.contains { $0.contains("$1.7 billion") })
    #expect(answer.last == "(Tour 12/12: `next` to go on.)")
    _ = c.respond(to: "stop")
    #expect(c.modeLabel == nil)
  }

  @Test func tour_ofATopic_keepsOnlyItsSections() {
    let c = Conversation(knowledge: Fixtures.builtIn)
    _ = c.respond(to: "tour debt")
    let label = c.modeLabel ?? ""
    #expect(label.hasPrefix("tour 1/"))
    #expect(!label.hasSuffix("/12"))
    #expect(texts(c.respond(to: "tour volcanoes")).first?.hasPrefix("No tour for") == true)
  }

  @Test func quiz_isDeterministicForASeed() {
    let a = Conversation(knowledge: Fixtures.builtIn), b = Conversation(knowledge: Fixtures.builtIn)
    #expect(texts(a.respond(to: "quiz 5 seed 9")) == texts(b.respond(to: "quiz 5 seed 9")))
    #expect(texts(a.respond(to: "skip")) == texts(b.respond(to: "skip")))
    let c = Conversation(knowledge: Fixtures.builtIn)
    #expect(texts(c.respond(to: "quiz 5 seed 10")) != texts(a.respond(to: "quiz 5 seed 9")))
  }

  @Test func quiz_acceptsLetterTextOrNumberWithinTolerance() throws {
    let m = MatchContext(index: KnowledgeIndex(Fixtures.builtIn), query: Query(text: ""), ranked: [])
    let quiz = try #require(Quiz(m, topic: "debt", count: 20, seed: 1))
    let q = try #require(quiz.questions.first { $0.number != nil })
    let letter = Quiz.letters[q.correct]
    #expect(quiz.isCorrect(letter.lowercased(), q) == true)
    #expect(quiz.isCorrect(q.options[q.correct], q) == true)
    #expect(quiz.isCorrect(Quiz.letters[(q.correct + 1) % 4], q) == false)
    let n = q.number!
    #expect(quiz.isCorrect(NumberText.format(n * 1.03, places: 3), q) == true)
    #expect(quiz.isCorrect(NumberText.format(n * 1.5, places: 3), q) == false)
    #expect(quiz.isCorrect("banana", q) == nil)
  }

  @Test func quiz_rankingQuestions_markTheLargestExactValue() throws {
    let a = Answerer(knowledge: Fixtures.builtIn)
    let m = MatchContext(index: a.index, query: Query(text: ""), ranked: [], suggestionChecker: a)
    let quiz = try #require(Quiz(m, topic: nil, count: 500, seed: 7))
    let rankings = quiz.questions.filter { $0.text.hasPrefix("Which of these ranks highest") }
    #expect(!rankings.isEmpty)
    for q in rankings {
      #expect(q.statement.bound == nil)
      #expect(q.options[q.correct] == m.name(q.statement.about[0]))
    }
  }

  @Test func quiz_figureQuestions_areAnsweredBySilkroadWithTheirFact() throws {
    let a = Answerer(knowledge: Fixtures.builtIn)
    let m = MatchContext(index: a.index, query: Query(text: ""), ranked: [], suggestionChecker: a)
    let quiz = try #require(Quiz(m, topic: nil, count: 500, seed: 3))
    #expect(quiz.questions.contains { $0.number != nil })
    for q in quiz.questions where q.number != nil {
      let (answer, _) = a.answer(a.analyzer.analyze(q.text), suggesting: false)
      #expect(answer.facts.contains(q.statement.id), "\(q.text)")
    }
  }

  @Test func quiz_scoresAndEnds() {
    let c = Conversation(knowledge: Fixtures.builtIn)
    _ = c.respond(to: "quiz 2 seed 4")
    _ = c.respond(to: "skip")
    let last = texts(c.respond(to: "skip"))
    #expect(last.last == "Quiz over: 0/2 correct.")
    #expect(c.modeLabel == nil)
  }

  /// However many lines are piped in, the lesson log stays bounded: the oldest exchanges go, and
  /// a saved lesson says how many.
  @Test func lessonLog_isBoundedAndSaysWhatItDropped() {
    let c = Conversation(knowledge: Fixtures.builtIn)
    c.logLimit = 3
    for i in 0..<7 { _ = c.respond(to: i % 2 == 0 ? "How much does Kyrgyzstan owe China?" : "and Tajikistan?") }
    #expect(c.log.count < 6)
    #expect(c.log.count + c.logDropped == 7)
    guard case .save(_, let md, let n)? = c.respond(to: "save lesson") else {
      Issue.record("save is a command")
      return
    }
    #expect(n == c.log.count)
    #expect(md.contains("(The first \(c.logDropped) exchanges of this session are not included.)"))
  }

  @Test func save_exportsMarkdownWithChartsAndNumberedSources() {
    let c = Conversation(knowledge: Fixtures.builtIn)
    _ = c.respond(to: "How much does Kyrgyzstan owe China?")
    _ = c.respond(to: "Which country has the highest debt to China as a share of GDP?")
    guard case .save(let path, let md, let n)? = c.respond(to: "save lesson") else {
      Issue.record("save is a command")
      return
    }
    #expect(path == "lesson.md")
    #expect(n == 2)
    #expect(md.hasPrefix("# silkroad lesson\n\n## How much does Kyrgyzstan owe China?\n"))
    #expect(md.contains("```\n  Kyrgyzstan"))
    #expect(md.contains("## Sources\n\n1. "))
    #expect(md.contains("Obstacles ¶6"))
  }

  @Test func asciiCharts_useNoBlockCharacters() {
    let c = Conversation(knowledge: Fixtures.builtIn)
    c.asciiCharts = true
    let lines = texts(c.respond(to: "Which country has the highest debt to China as a share of GDP?"))
    let chart = lines.filter { $0.contains("|") && $0.contains("#") }
    #expect(chart.count == 5)
    #expect(!lines.joined().contains("█"))
    #expect(chart.first?.contains("#> greater than 20%") == true)
  }
}
