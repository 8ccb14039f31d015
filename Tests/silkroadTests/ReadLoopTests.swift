import Foundation
import SilkRoadKit
import Testing

@testable import silkroad

/// The read loop driven by scripted lines, as the prompt and pipes drive it.
@Suite struct ReadLoopTests {
  typealias Loop = ReadLoop<ScriptedLines, CapturedOutput>

  func loop(_ lines: [String], format: ReplyFormat = .conversation(.plain, flushEachReply: false), answers: [Bool] = []) -> Loop {
    let conversation = Conversation(index: KnowledgeLoader.loadOrExit(directory: nil))
    return Loop(conversation: conversation, format: format, source: ScriptedLines(lines, answers: answers), output: CapturedOutput())
  }

  @Test func conversation_answersEachLine_withABlankLineAfterEach_andFollowsUp() {
    var l = loop(["How much does Kyrgyzstan owe China?", "and Tajikistan?"])
    l.run()
    #expect(
      l.output.text == """
        Kyrgyzstan owes China $1.7 billion of its external debt. [Obstacles ¶6]
        China accounts for 45% of Kyrgyzstan's external borrowing, a sum of $1.7 billion. [Obstacles ¶6]
        Kyrgyzstan's debt to China is greater than 20% of its GDP. [Obstacles ¶6]

        Following on from “How much does Kyrgyzstan owe China?”.
        Tajikistan owes China $1.2 billion of its foreign debt. [Obstacles ¶6]
        China holds 52% of Tajikistan's foreign debt, worth $1.2 billion. [Obstacles ¶6]
        Tajikistan's debt to China is greater than 20% of its GDP. [Obstacles ¶6]


        """)
    #expect(l.output.flushes == 0)
    #expect(l.source.prompts == ["silkroad> ", "silkroad> ", "silkroad> "])
  }

  @Test func conversation_emptyLine_printsNothing() {
    var l = loop(["", "   "])
    l.run()
    #expect(l.output.lines.isEmpty)
  }

  @Test func quit_endsTheSession_withoutReadingFurther() {
    var l = loop(["hello", "quit", "How much does Kyrgyzstan owe China?"])
    l.run()
    #expect(l.source.lines == ["How much does Kyrgyzstan owe China?"])
    #expect(l.output.lines.count == 2)
    #expect(l.output.lines.last == "")
  }

  @Test func first_isAnsweredBeforeReading_andThePromptShowsTheTourStep() throws {
    var l = loop(["next"], format: .conversation(.plain, flushEachReply: true))
    l.run(first: "tour")
    let prompts = l.source.prompts
    try #require(prompts.count == 2)
    #expect(prompts[0].hasPrefix("silkroad [tour 1/"))
    #expect(prompts[1].hasPrefix("silkroad [tour 2/"))
    #expect(l.output.flushes == 2)
  }

  @Test func first_quit_endsBeforeAnythingIsRead() {
    var l = loop(["help"])
    l.run(first: "quit")
    #expect(l.source.prompts.isEmpty)
    #expect(l.output.lines.isEmpty)
  }

  @Test func batch_writesOneLinePerLine_evenForEmptyLinesAndQuit() {
    var l = loop(["How much does Kyrgyzstan owe China?", "", "quit", "reset"], format: .batch(json: false))
    l.run()
    #expect(
      l.output.lines == [
        "Kyrgyzstan owes China $1.7 billion of its external debt. [Obstacles ¶6] China accounts for 45% of Kyrgyzstan's external borrowing, a sum of $1.7 billion. [Obstacles ¶6] Kyrgyzstan's debt to China is greater than 20% of its GDP. [Obstacles ¶6]",
        "", "", "Context cleared: the next question starts afresh.",
      ])
    #expect(l.output.flushes == 4)
    #expect(l.source.prompts.allSatisfy { $0.isEmpty })
  }

  @Test func batchJSON_commandsAnswer_quitAndEmptyLinesDoNot() {
    var l = loop(["reset", "quit", ""], format: .batch(json: true))
    l.run()
    #expect(
      l.output.lines == [
        #"{"question":"reset","status":"answered","text":"Context cleared: the next question starts afresh.","citations":[],"intent":"command","facts":[]}"#,
        #"{"question":"quit","status":"no-answer","text":"","citations":[],"intent":"quit","facts":[]}"#,
        #"{"question":"","status":"no-answer","text":"","citations":[],"intent":"empty","facts":[]}"#,
      ])
  }

  @Test func pipedSource_neverConfirms() {
    let pipe = StandardInputLines()
    #expect(pipe.confirm("lesson.md exists. Overwrite it? [y/N] ") == false)
  }
}

/// `save` through the loop, against real files in a directory of its own.
@Suite struct ReadLoopSaveTests {
  let dir = NSTemporaryDirectory() + "silkroad-loop-" + UUID().uuidString

  func run(_ lines: [String], answers: [Bool], format: ReplyFormat = .conversation(.plain, flushEachReply: false)) -> ReadLoop<ScriptedLines, CapturedOutput> {
    let conversation = Conversation(index: KnowledgeLoader.loadOrExit(directory: nil))
    var l = ReadLoop(conversation: conversation, format: format, source: ScriptedLines(lines, answers: answers), output: CapturedOutput())
    l.run()
    return l
  }

  @Test func save_existingFile_isKeptWhenTheAnswerIsNo() throws {
    try Platform.makeDirectories(dir)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/lesson.md"
    try Platform.writeFileAtomically(path, "old")
    let l = run(["How much does Kyrgyzstan owe China?", "save \(path)"], answers: [false])
    #expect(l.source.questions == ["\(path) exists. Overwrite it? [y/N] "])
    #expect(l.output.lines.suffix(2) == ["\(path) already exists; not overwritten. Choose another name (or confirm at the prompt).", ""])
    #expect(try Platform.readFile(path) == "old")
  }

  @Test func save_existingFile_isReplacedWhenTheAnswerIsYes() throws {
    try Platform.makeDirectories(dir)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/lesson.md"
    try Platform.writeFileAtomically(path, "old")
    let l = run(["How much does Kyrgyzstan owe China?", "save \(path)"], answers: [true])
    #expect(l.output.lines.suffix(2) == ["Saved the lesson (1 exchange) to \(path).", ""])
    #expect(try Platform.readFile(path).contains("Kyrgyzstan owes China"))
  }

  @Test func batchSave_neverAsks_andNeverOverwrites() throws {
    try Platform.makeDirectories(dir)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/lesson.md"
    let l = run(["hello", "save \(path)", "save \(path)"], answers: [true], format: .batch(json: false))
    #expect(l.source.questions.isEmpty)
    #expect(
      l.output.lines.suffix(2) == [
        "Saved the lesson (1 exchange) to \(path).",
        "\(path) already exists; not overwritten. Choose another name (or confirm at the prompt).",
      ])
  }
}

/// The loop says what every recorded transcript says, so the prompt and `transcript verify`
/// cannot drift apart. Transcripts that save a lesson are left to the end-to-end tests, since
/// the loop would write the file.
@Suite struct ReadLoopTranscriptTests {
  static let directory: String = {
    var parts = #filePath.split(separator: "/").map(String.init)
    parts.removeLast(3)
    return "/" + parts.joined(separator: "/") + "/Transcripts"
  }()

  static var files: [String] {
    Platform.listFiles(directory).filter { file in
      let text = (try? Platform.readFile(directory + "/" + file)) ?? ""
      return !text.contains("\n\(Transcript.prompt)save ") && !text.contains("\n\(Transcript.prompt):save ")
    }
  }

  @Test(arguments: files) func loop_repliesAsRecorded(_ file: String) throws {
    let transcript = Transcript.parse(try Platform.readFile(Self.directory + "/" + file))
    let inputs = transcript.exchanges.map(\.input)
    let conversation = Conversation(index: KnowledgeLoader.loadOrExit(directory: nil))
    var l = ReadLoop(conversation: conversation, format: .conversation(.plain, flushEachReply: false), source: ScriptedLines(inputs), output: CapturedOutput())
    l.run()
    let expected = transcript.exchanges.flatMap { $0.reply.isEmpty ? [] : $0.reply + [""] }
    #expect(l.output.lines == expected)
  }
}
