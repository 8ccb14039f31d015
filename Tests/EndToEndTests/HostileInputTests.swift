import Foundation
import Testing

/// Bad input never crashes, hangs or drives the terminal, and batch keeps one line per question.
@Suite struct HostileInputTests {
  @Test func batch_survivesHostileLines_withOneAnswerLinePerInputLine() throws {
    var input = Data()
    let lines: [[UInt8]] = [
      Array("How much does \u{1B}[31mKyrgyzstan\u{1B}]0;owned\u{07} owe China?\r".utf8),  // escapes, CRLF
      [0xFF, 0xFE, 0x41, 0x00, 0x42],  // invalid UTF-8 and a NUL byte
      Array("   \t  ".utf8),  // only whitespace
      Array(String(repeating: "Tajikistan debt ", count: 70_000).utf8),  // over 1 MB
      Array("\u{1B}[2J\u{1B}[H clear the screen?".utf8),
    ]
    for l in lines { input.append(contentsOf: l + [0x0A]) }
    let r = try Binary.run(["batch", "--json"], input: String(decoding: input, as: UTF8.self))
    #expect(r.status == 0)
    let out = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(out.count == lines.count)
    #expect(!r.stdout.contains("\u{1B}"))
    #expect(r.stdout.contains("1.7 billion"))
    for line in out {
      #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil, "not JSON: \(line.prefix(80))")
    }
  }

  @Test func piped_neverEchoesEscapeSequences() throws {
    let r = try Binary.run([], input: "Who is \u{1B}[5mNobody\u{1B}[0m Important?\nfacts \u{1B}]52;c;ZXZpbA==\u{07}x\n")
    #expect(r.status == 0)
    #expect(!r.stdout.contains("\u{1B}"))
    #expect(!r.stdout.contains("\u{07}"))
  }

  @Test func manyLines_areAllAnswered() throws {
    let questions = ["How much does Kyrgyzstan owe China?", "and Tajikistan?", "What is the GDP of Kazakhstan?", "tour", "next", "stop"]
    let input = (0..<2000).map { questions[$0 % questions.count] }.joined(separator: "\n") + "\n"
    let r = try Binary.run(["batch"], input: input)
    #expect(r.status == 0)
    #expect(r.stdout.split(separator: "\n", omittingEmptySubsequences: false).count == 2001)
  }

  @Test func closedPipe_endsQuietly() throws {
    // `silkroad batch < questions | head -1`, exactly as a user would write it.
    let dir = try Binary.temporaryDirectory()
    defer { Binary.remove(dir) }
    try String(repeating: "How much does Kyrgyzstan owe China?\n", count: 5000).write(toFile: dir + "/q.txt", atomically: true, encoding: .utf8)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", "\"$0\" batch < \"$1\" | head -1", Binary.url.path, dir + "/q.txt"]
    let stdout = Pipe(), stderr = Pipe()
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    let out = String(decoding: stdout.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    let err = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(out.split(separator: "\n").count == 1)
    #expect(err.isEmpty, "stderr: \(err)")
  }

  /// A teacher's file with a slip of scale, or a text that disagrees with its figure: `check`
  /// names each (exit 65), and the quiz, which used to trap on such a value, refuses to start.
  @Test func slipsInAKnowledgeFile_areReportedNotCrashedOn() throws {
    let dir = try Binary.temporaryDirectory()
    defer { Binary.remove(dir) }
    let statements = [
      #"{"id": "slip-scale", "kind": "figure", "about": ["kyrgyzstan"], "measure": "debt-to-china", "value": 17000000000000, "text": "Kyrgyzstan owes China 17000000000000 dollars.", "citation": {"section": "Obstacles", "paragraph": 6}}"#,
      #"{"id": "slip-text", "kind": "figure", "about": ["tajikistan"], "measure": "debt-to-china", "value": 1.7, "scale": "billion", "text": "Tajikistan owes China $1.9 billion.", "citation": {"section": "Obstacles", "paragraph": 6}}"#,
    ]
    try (#"{"statements": ["# + statements.joined(separator: ",\n") + "]}").write(toFile: dir + "/slips.json", atomically: true, encoding: .utf8)
    let check = try Binary.run(["check", "--knowledge", dir])
    #expect(check.status == 65)
    #expect(check.stdout.contains("slips.json:1:") || check.stderr.contains("slips.json:1:"))
    let report = check.stdout + check.stderr
    #expect(report.contains("\"value\" 17000000000000 is out of range"))
    #expect(report.contains("statement \"slip-text\": its text does not show its value 1.7 billion"))
    let quiz = try Binary.run(["--knowledge", dir, "quiz", "debt"])
    #expect(quiz.status == 65)
  }
}
