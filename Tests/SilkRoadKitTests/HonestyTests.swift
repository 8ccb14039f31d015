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
  static var sessions: [[String]] {
    var sessions: [[String]] = []
    for name in TranscriptTests.files {
      let text = (try? String(contentsOfFile: TranscriptTests.directory + "/" + name, encoding: .utf8)) ?? ""
      sessions.append(Transcript.parse(text).exchanges.map(\.input))
    }
    var qs: [String] = []
    let dev = sharedSourcePath().replacingOccurrences(of: "source/paragraphs.jsonl", with: "eval/dev.jsonl")
    for line in ((try? String(contentsOfFile: dev, encoding: .utf8)) ?? "").split(separator: "\n") {
      if let o = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] {
        qs += (o["context"] as? [String]) ?? []
        if let q = o["q"] as? String { qs.append(q) }
      }
    }
    return sessions + [qs]
  }

  @Test func everyNumber_comesFromAFactOrShownArithmetic() {
    var failures: [String] = []
    for session in Self.sessions {
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
    guard case .answer(let a)? = conversation.respond(to: "quiz 20 seed 3") else {
      Issue.record("quiz starts")
      return
    }
    for line in a.lines where line.text.hasPrefix("  ") {
      for t in Tokenizer.tokens(line.text) where Double(t) != nil { #expect(values.contains(NumberText.format(Double(t)!)), "\(line.text)") }
    }
  }

  @Test func checker_catchesAnInventedNumber() {
    let a = Answer(status: .answered, intent: "figure", lines: [Answer.Line("Kyrgyzstan owes China $9.9 billion.")], facts: [])
    #expect(!Self.unexplainedNumbers(a, knowledge: Fixtures.builtIn).isEmpty)
  }

  @Test func everyAnswerWithAFigure_carriesACitation() {
    for session in Self.sessions {
      let conversation = Conversation(knowledge: Fixtures.builtIn)
      for q in session {
        guard case .answer(let a)? = conversation.respond(to: q), a.status == .answered, !a.facts.isEmpty else { continue }
        #expect(!a.citations.isEmpty, "\(q)")
      }
    }
  }
}
