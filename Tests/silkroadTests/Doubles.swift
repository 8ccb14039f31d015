// Stand-ins for the terminal: lines to read and a place to write, so the read loop runs in a test.
@testable import silkroad

/// Lines to hand out one by one, with answers for any yes/no question; it keeps the prompts and
/// questions it was shown.
struct ScriptedLines: LineSource {
  var lines: [String]
  var answers: [Bool] = []
  private(set) var prompts: [String] = []
  private(set) var questions: [String] = []

  init(_ lines: [String], answers: [Bool] = []) {
    self.lines = lines
    self.answers = answers
  }

  mutating func readLine(prompt: String) -> String? {
    prompts.append(prompt)
    return lines.isEmpty ? nil : lines.removeFirst()
  }

  mutating func confirm(_ question: String) -> Bool {
    questions.append(question)
    return answers.isEmpty ? false : answers.removeFirst()
  }
}

/// Every line written, and how many times it was flushed.
struct CapturedOutput: ShellOutput {
  private(set) var lines: [String] = []
  private(set) var flushes = 0
  var text: String { lines.map { $0 + "\n" }.joined() }

  mutating func writeLine(_ line: String) { lines.append(line) }
  mutating func flush() { flushes += 1 }
}
