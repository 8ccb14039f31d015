import Foundation
import Testing

@testable import SilkRoadKit

/// Every number silkroad prints must come from a fact the answer used, or from arithmetic the
/// answer shows (the result after "="). Checked over every transcript and the public questions.
@Suite struct HonestyTests {
  static func unexplainedNumbers(_ answer: Answer, knowledge k: Knowledge) -> [String] {
    var allowed = Set<String>()
    func allow(_ text: String) { for t in Tokenizer.tokens(text) where Double(t) != nil { allowed.insert(t) } }
    for id in answer.facts {
      guard let s = k.statement(id: id) else { continue }
      allow(s.text)
      if let v = s.value { allow(NumberText.format(v)) }
      if let t = s.time { allow(t.description) }
      for e in s.about { allow(k.entityByID[e]?.description ?? "") }
    }
    for e in k.entities { allow(e.description + " " + (e.role ?? "")) }
    for s in k.sources { for sec in s.sections { allow(sec.summary) } }
    var bad: [String] = []
    // Headings, notes and suggestions are structure (steps, scores, questions to try), not figures.
    for line in answer.lines where [.plain, .chart].contains(line.style) {
      // Computed results follow "=" in each clause; the operands before it must be facts.
      let cited = line.text.split(separator: "[").first.map(String.init) ?? line.text
      var text = cited.components(separatedBy: "; ").map { clause in
        clause.range(of: " = ").map { String(clause[..<$0.lowerBound]) } ?? clause
      }.joined(separator: "; ")
      if let dot = text.firstIndex(of: "."), text[..<dot].allSatisfy(\.isNumber) { text = String(text[text.index(after: dot)...]) }
      for t in Tokenizer.tokens(text) where Double(t) != nil && !allowed.contains(t) { bad.append(t + " in “" + line.text + "”") }
    }
    return bad
  }

  /// Sessions of questions: one per transcript, then the public questions (each with its context).
  /// A transcript or the dev set that cannot be read fails the test rather than shrinking what it
  /// checks (it used to read as empty, so without ../shared these tests passed on less).
  static func sessions() throws -> [[String]] {
    var sessions: [[String]] = []
    #expect(TranscriptTests.files.count >= 3, "transcripts not found in \(TranscriptTests.directory)")
    for name in TranscriptTests.files {
      let text = try String(contentsOfFile: TranscriptTests.directory + "/" + name, encoding: .utf8)
      sessions.append(Transcript.parse(text).exchanges.map(\.input))
    }
    var qs: [String] = []
    for question in try EvalScore.readQuestions(try PackagePaths.requireText(PackagePaths.devQuestions)) {
      qs += question.context
      qs.append(question.q)
    }
    #expect(qs.count >= 40, "the dev set has only \(qs.count) questions")
    return sessions + [qs]
  }

  @Test func everyNumber_comesFromAFactOrShownArithmetic() throws {
    var failures: [String] = []
    for session in try Self.sessions() {
      let conversation = Conversation(knowledge: Fixtures.builtIn)
      for q in session {
        guard case .answer(let a)? = conversation.respond(to: q), a.intent != "quiz" else { continue }
        failures += Self.unexplainedNumbers(a, knowledge: Fixtures.builtIn).map { "\(q): \($0)" }
      }
    }
    #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
  }

  @Test func quizOptions_areValuesOfFacts() {
    let values = Set(Fixtures.builtIn.statements.compactMap { $0.value.map(NumberText.format) })
    let conversation = Conversation(knowledge: Fixtures.builtIn)
    // Every question's options, skipping through the quiz (the first question alone, which this
    // test used to check, has names for options and no numbers at all).
    var lines: [Answer.Line] = []
    for input in ["quiz 20 seed 3"] + Array(repeating: "skip", count: 19) {
      guard case .answer(let a)? = conversation.respond(to: input) else {
        Issue.record("\(input): the quiz answers")
        return
      }
      lines += a.lines
    }
    var checked = 0
    for line in lines where line.text.hasPrefix("  ") {
      for t in Tokenizer.tokens(line.text) where Double(t) != nil {
        checked += 1
        #expect(values.contains(NumberText.format(Double(t)!)), "\(line.text)")
      }
    }
    #expect(checked >= 20, "only \(checked) numeric quiz options found")
  }

  @Test func checker_catchesAnInventedNumber() {
    let a = Answer(status: .answered, intent: "figure", lines: [Answer.Line("Kyrgyzstan owes China $9.9 billion.")], facts: [])
    #expect(!Self.unexplainedNumbers(a, knowledge: Fixtures.builtIn).isEmpty)
  }

  @Test func everyAnswerWithAFigure_carriesACitation() throws {
    for session in try Self.sessions() {
      let conversation = Conversation(knowledge: Fixtures.builtIn)
      for q in session {
        guard case .answer(let a)? = conversation.respond(to: q), a.status == .answered, !a.facts.isEmpty else { continue }
        #expect(!a.citations.isEmpty, "\(q)")
      }
    }
  }
}
