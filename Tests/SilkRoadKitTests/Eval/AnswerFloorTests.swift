import Foundation
import SilkRoadKit
import Testing

/// A floor under the answers: every question set (the public dev set in ../shared/eval and every
/// `*.jsonl` in Tests/Questions) is answered as `../shared/eval/run.sh` answers it and scored by
/// score.py's rules (EvalScoring.swift); fewer correct answers than Tests/Questions/floors.json
/// allows fails, with the failing questions listed. See Tests/Questions/README.md.
@Suite struct AnswerFloorTests {
  static let floorsFile = "Tests/Questions/floors.json"

  /// Every question set, as paths relative to the package root.
  static let sets: [String] = {
    let local = (try? FileManager.default.contentsOfDirectory(atPath: PackagePaths.path("Tests/Questions"))) ?? []
    return [PackagePaths.devQuestions] + local.filter { $0.hasSuffix(".jsonl") }.sorted().map { "Tests/Questions/" + $0 }
  }()

  struct Floor: Equatable {
    var questions: Int
    var correct: Int
  }

  static func floors() throws -> [String: Floor] {
    let text = try PackagePaths.requireText(floorsFile)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "\(floorsFile) is not a JSON object")
    var floors: [String: Floor] = [:]
    for (set, value) in json {
      let entry = try #require(value as? [String: Any], "\(floorsFile): \(set) is not an object")
      let questions = try #require(entry["questions"] as? Int, "\(floorsFile): \(set) has no whole number \"questions\"")
      let correct = try #require(entry["correct"] as? Int, "\(floorsFile): \(set) has no whole number \"correct\"")
      floors[set] = Floor(questions: questions, correct: correct)
    }
    return floors
  }

  struct Failure {
    var question: EvalScore.Question
    var reason: String
  }

  struct Score {
    var questions: [EvalScore.Question]
    var answers: [String: EvalScore.Answer]
    var failures: [Failure]
    var correct: Int { questions.count - failures.count }
    var answerable: (correct: Int, n: Int) {
      let qs = questions.filter { !$0.refuse }
      return (qs.count - failures.filter { !$0.question.refuse }.count, qs.count)
    }
    var refusals: (correct: Int, n: Int) {
      let qs = questions.filter(\.refuse)
      return (qs.count - failures.filter(\.question.refuse).count, qs.count)
    }
  }

  static func score(_ set: String) throws -> Score {
    let questions = try EvalScore.readQuestions(try PackagePaths.requireText(set))
    let answers = EvalRun.answers(questions)
    var failures: [Failure] = []
    for q in questions {
      let (ok, reason) = EvalScore.judge(q, answers[q.id])
      if !ok { failures.append(Failure(question: q, reason: reason)) }
    }
    return Score(questions: questions, answers: answers, failures: failures)
  }

  @Test func questionSets_areFound() {
    #expect(Self.sets.first == PackagePaths.devQuestions)
    #expect(Self.sets.count > 1, "no *.jsonl found in Tests/Questions")
  }

  @Test(arguments: AnswerFloorTests.sets)
  func questionSet_scoresAtLeastItsFloor(_ set: String) throws {
    let score = try Self.score(set)
    #expect(!score.questions.isEmpty, "\(set) has no questions")
    let n = score.questions.count
    let summary =
      "\(set): \(score.correct)/\(n) correct (answerable \(score.answerable.correct)/\(score.answerable.n), refusals \(score.refusals.correct)/\(score.refusals.n))"
    let failing = score.failures.map { f in
      "  \(f.question.id) (\(f.question.kind)): \(f.question.q)\n      \(f.reason)"
    }.joined(separator: "\n")
    try writeAnswersIfAsked(set, score)

    let floors = try Self.floors()
    guard let floor = floors[set] else {
      Issue.record(
        """
        \(set) has no floor in \(Self.floorsFile); every question set needs one. Today: \(summary).
        Add "\(set)": {"questions": \(n), "correct": \(score.correct)}
        """)
      return
    }
    print("answer floor: \(summary); floor \(floor.correct)/\(floor.questions)")
    #expect(
      n == floor.questions,
      "\(set) has \(n) questions but \(Self.floorsFile) says \(floor.questions): a set that shrinks or grows needs its floor looked at again")
    if score.correct < floor.correct {
      Issue.record(
        """
        \(set) fell below its floor: \(score.correct) correct, floor \(floor.correct) (\(summary)).
        Failing questions:
        \(failing)
        """)
    } else if score.correct > floor.correct {
      print("answer floor: \(set) is above its floor (\(score.correct) > \(floor.correct)); raise it in \(Self.floorsFile)")
    }
  }

  /// Every floor names a question set that exists, and is possible.
  @Test func everyFloor_namesAQuestionSet() throws {
    let floors = try Self.floors()
    #expect(!floors.isEmpty)
    for (set, floor) in floors.sorted(by: { $0.key < $1.key }) {
      #expect(Self.sets.contains(set), "\(Self.floorsFile) has a floor for \(set), which is not a question set (renamed or removed?)")
      #expect(FileManager.default.fileExists(atPath: PackagePaths.path(set)), "\(set) is missing")
      #expect(floor.questions > 0 && (0...floor.questions).contains(floor.correct), "\(set): \(floor)")
    }
  }

  /// With SILKROAD_ANSWERS_DIR set, the answers go to DIR/<set>.jsonl as run.sh writes them, so
  /// that score.py can judge exactly what this test judged.
  func writeAnswersIfAsked(_ set: String, _ score: Score) throws {
    guard let dir = ProcessInfo.processInfo.environment["SILKROAD_ANSWERS_DIR"], !dir.isEmpty else { return }
    let name = (set as NSString).lastPathComponent
    let lines = score.questions.map { q in
      let a = score.answers[q.id]
      return JSONWriter.object([
        ("id", JSONWriter.string(q.id)), ("status", JSONWriter.string(a?.status ?? "missing")), ("text", JSONWriter.string(a?.text ?? "")),
      ])
    }
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    try (lines.joined(separator: "\n") + "\n").write(toFile: dir + "/" + name, atomically: true, encoding: .utf8)
  }
}

/// The Swift port of score.py against answers score.py itself gave (worked out with
/// `python3 -c 'from score import normalize, contains; ...'` in ../shared/eval).
@Suite struct ScorePortTests {
  typealias Item = EvalScore.Item

  @Test(arguments: [
    // A number matches only whole: "1.7" is not in "11.7" or "1.75", "1 billion" not in "11 billion".
    ("Kyrgyzstan owes $11.7 billion", Item.text("1.7"), false),
    ("about 1.75 billion", .text("1.7"), false),
    ("owes $1.7 billion.", .text("1.7"), true),
    ("v1.7", .text("1.7"), true),
    ("1.7bn", .text("1.7"), true),
    ("11 billion", .text("1 billion"), false),
    ("2.1 billion", .text("1 billion"), false),
    ("1 billion", .text("1 billion"), true),
    ("version 2.0.1", .text("0.1"), false),
    ("in 2013.", .text("2013"), true),
    ("in 2013.5", .text("2013"), false),
    ("x .3", .text("3"), true),
    ("x 0.3", .text("3"), false),
    ("3.x", .text("3"), true),
    ("30%", .text("3"), false),
    ("the 20th", .text("20"), true),
    // Any-of lists; an empty item matches nothing.
    ("123", .anyOf([.text("456"), .text("12")]), false),
    ("123", .anyOf([.text("456"), .text("123")]), true),
    ("abc", .text(""), false),
    // Normalisation: dollars, thousands commas, dashes, quotes, NFKC, spaces, final sigma.
    ("US$1,700,000", .text("1700000"), true),
    ("1,234,567 tonnes", .text("1234567"), true),
    ("1,7000", .text("17000"), false),
    ("5,123,45", .text("5123,45"), true),
    ("x,123", .text("x123"), false),
    ("it is 1 000", .text("1000"), false),
    ("14,000 students", .text("14000"), true),
    ("５,０００", .text("5000"), true),
    ("minus", .text("us$"), false),
    ("focus$5", .text("focus5"), true),
    ("the 2016–2018 plan", .text("2016-2018"), true),
    ("China’s “Pax Sinica”", .text("china's \"pax sinica\""), true),
    ("ｆｕｌｌ１２３", .text("123"), true),
    ("A\u{2003} B\u{2028}c", .text("a b c"), true),
    ("ΟΔΟΣ", .text("οδος"), true),
  ])
  func contains_agreesWithScorePy(_ text: String, _ item: Item, _ expected: Bool) {
    #expect(EvalScore.contains(EvalScore.normalize(text), item) == expected, "\(item) in \(text)")
  }

  @Test func normalize_agreesWithScorePy() {
    #expect(EvalScore.normalizedString("  US$1,700,000\tand  $5 ") == "1700000 and 5")
    #expect(EvalScore.normalizedString("ΟΔΟΣ ΣΑ AΣ. AΣ'B") == "οδος σα aς. aσ'b")
    #expect(EvalScore.normalizedString("Ürümqi — «Nur‑Sultan»") == "ürümqi - \"nur-sultan\"")
  }

  @Test func judge_agreesWithScorePy() throws {
    func question(_ json: String) throws -> EvalScore.Question {
      try EvalScore.Question(json: JSONSerialization.jsonObject(with: Data(json.utf8)))
    }
    let figure = try question(#"{"id": "x", "q": "?", "expect": ["1.7", ["court", "embezzled"]], "forbid": ["0.5"]}"#)
    let answered = { (text: String) in EvalScore.Answer(status: "answered", text: text) }
    #expect(EvalScore.judge(figure, answered("$1.7 billion, the court said")) == (true, ""))
    #expect(EvalScore.judge(figure, answered("$11.7 billion")) == (false, #"missing ["1.7", ["court", "embezzled"]]"#))
    #expect(EvalScore.judge(figure, answered("1.7 embezzled, not 0.5")) == (false, #"forbidden ["0.5"]"#))
    #expect(EvalScore.judge(figure, EvalScore.Answer(status: "no-answer", text: "1.7 court")) == (false, "status no-answer"))
    #expect(EvalScore.judge(figure, nil) == (false, "status missing"))
    let refusal = try question(#"{"id": "r", "q": "?", "refuse": true, "expect": ["x"]}"#)
    #expect(EvalScore.judge(refusal, EvalScore.Answer(status: "clarify", text: "")) == (true, ""))
    #expect(EvalScore.judge(refusal, EvalScore.Answer(status: "no-answer", text: "")) == (true, ""))
    #expect(EvalScore.judge(refusal, answered("x")) == (false, "should refuse, got answered"))
    let notRefusal = try question(#"{"id": "n", "q": "?", "refuse": false, "context": []}"#)
    #expect(EvalScore.judge(notRefusal, answered("")) == (true, ""))
    #expect(notRefusal.context.isEmpty)
  }

  /// run.sh splits the program's output with str.splitlines() and drops blank lines.
  @Test func splitLines_agreesWithPython() {
    #expect(EvalScore.pythonSplitLines("a\nb\r\nc\rd\u{2028}e\u{85}f\n\n") == ["a", "b", "c", "d", "e", "f", ""])
    #expect(EvalScore.collapseWhitespace(" what\u{1F} about\u{A0}\u{3000}2013? ") == "what about 2013?")
  }
}
