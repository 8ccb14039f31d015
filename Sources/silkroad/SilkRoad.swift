// The `silkroad` command line: a thin layer over SilkRoadKit. No subcommand starts the REPL on a
// terminal, or answers questions from standard input when piped.
import ArgumentParser
import SilkRoadKit

extension ColorChoice: ExpressibleByArgument {}

struct CommonOptions: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp("Add or override knowledge files from DIR (same names replace built-in files).", valueName: "DIR"))
  var knowledge: String?

  @Option(name: .long, help: "Colour: auto (only on a terminal), always or never. A non-empty NO_COLOR turns it off.")
  var color: ColorChoice = .auto

  @Flag(name: .long, help: "Draw charts with plain ASCII (the default when the locale is not UTF-8).")
  var ascii = false

  /// A conversation over the knowledge these options name, or exit 65 when it is broken.
  func conversation() -> Conversation {
    let c = Conversation(index: KnowledgeLoader.loadOrExit(directory: knowledge))
    c.asciiCharts = ascii || !Self.localeIsUTF8
    return c
  }

  static var localeIsUTF8: Bool {
    let locale = Platform.environment("LC_ALL").flatMap { $0.isEmpty ? nil : $0 }
      ?? Platform.environment("LC_CTYPE").flatMap { $0.isEmpty ? nil : $0 } ?? Platform.environment("LANG") ?? ""
    let l = locale.lowercased()
    return l.contains("utf-8") || l.contains("utf8")
  }
}

@main
struct SilkRoad: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "silkroad",
    abstract: "Answers questions about China's role in Central Asia, with citations to the source.",
    discussion: """
      With no subcommand, silkroad starts an interactive prompt when standard input and output are \
      terminals, and otherwise reads one question per line from standard input.
      """,
    version: "silkroad 0.1.0",
    subcommands: [Ask.self, Batch.self, Tour.self, Quiz.self, Facts.self, Check.self, TranscriptCommand.self]
  )

  @OptionGroup var options: CommonOptions

  func run() throws {
    try Self.start(options, first: nil)
  }

  /// The prompt on a terminal, plain reading otherwise; `first` is run before anything is read.
  static func start(_ options: CommonOptions, first: String?) throws {
    let conversation = options.conversation()
    let terminal = Platform.isTerminal(0) && Platform.isTerminal(1)
    let code: Int32
    if terminal {
      code = Session.interactive(conversation, style: Style(choice: options.color, isTerminal: true), first: first)
    } else {
      code = Session.piped(conversation, first: first)
    }
    if code != 0 { throw ExitCode(code) }
  }
}

struct Tour: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tour",
    abstract: "Start a guided tour of the article (next, back, stop; questions welcome at any step).")
  @OptionGroup var options: CommonOptions
  @Argument(help: "A topic to tour (see `topics`); the whole article when omitted.") var topic: [String] = []

  func run() throws {
    try SilkRoad.start(options, first: (["tour"] + topic).joined(separator: " "))
  }
}

struct Quiz: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "quiz",
    abstract: "Start a quiz generated from the knowledge base (hint, skip, stop).")
  @OptionGroup var options: CommonOptions
  @Option(name: .long, help: "Random seed: the same seed asks the same questions in the same order.") var seed: UInt64?
  @Option(name: [.customShort("n"), .long], help: "How many questions.") var count = 5
  @Argument(help: "A topic to be quizzed on (see `topics`).") var topic: [String] = []

  func validate() throws {
    guard (1...50).contains(count) else { throw ValidationError("--count must be between 1 and 50.") }
  }

  func run() throws {
    var first = (["quiz"] + topic + [String(count)]).joined(separator: " ")
    if let seed { first += " seed \(seed)" }
    try SilkRoad.start(options, first: first)
  }
}

struct Ask: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ask",
    abstract: "Answer one question. Exit 0 when answered, 1 when declined or asking for clarification.")

  @OptionGroup var options: CommonOptions
  @Flag(name: .long, help: "Print the answer as one JSON object.") var json = false
  @Argument(help: "The question, in plain English (quote it).") var question: [String]

  func validate() throws {
    if question.joined(separator: " ").trimmingCharacters().isEmpty { throw ValidationError("Give a question to ask.") }
  }

  func run() throws {
    let conversation = options.conversation()
    let text = question.joined(separator: " ")
    let reply = conversation.respond(to: text) ?? .text([])
    if json, case .answer(let a) = reply {
      print(JSONWriter.answerLine(question: text, answer: a))
    } else {
      Session.write(reply, style: Style(choice: options.color, isTerminal: Platform.isTerminal(1)))
    }
    // Exit here rather than return: tearing down the knowledge and its indexes only to exit costs
    // milliseconds of a one-shot command.
    if case .answer(let a) = reply, a.status != .answered { Platform.exit(1) }
    Platform.exit(0)
  }
}

struct Batch: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "batch",
    abstract: "Answer questions from standard input, one per line, as one conversation: one answer line per question.")

  @OptionGroup var options: CommonOptions
  @Flag(name: .long, help: "One JSON object per line: question, status, text, citations, intent, facts.") var json = false

  func run() throws {
    _ = Session.batch(options.conversation(), json: json)
  }
}

struct Facts: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "facts",
    abstract: "List the statements in the knowledge base: all, or those about an entity, topic, measure or section.")

  @OptionGroup var options: CommonOptions
  @Flag(name: .long, help: "One JSON object per line.") var json = false
  @Argument(help: "An entity (any alias), a topic, a measure id, a section name or an id prefix.") var filter: [String] = []

  func run() throws {
    let index = KnowledgeLoader.loadOrExit(directory: options.knowledge)
    let knowledge = index.knowledge
    let list = FactFilter(knowledge: knowledge, index: index).select(filter.joined(separator: " "))
    for s in list {
      if json {
        print(JSONWriter.statementLine(s, knowledge: knowledge))
      } else {
        print("\(s.id)  \(CitationFormatter.format([s.citation]))\n  \(s.text)")
      }
    }
    if list.isEmpty {
      Platform.writeStandardError("silkroad: no statement matches “\(filter.joined(separator: " "))”\n")
      throw ExitCode(1)
    }
  }
}

struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check the knowledge base and report every problem (exit 0 when clean, 65 otherwise).")

  @OptionGroup var options: CommonOptions
  @Option(name: .long, help: ArgumentHelp("Also check provenance against a paragraphs file (JSON lines of section, paragraph, text); ID=FILE for a source other than the article.", valueName: "FILE"))
  var source: [String] = []

  func run() throws {
    let files: [KnowledgeFile]
    do { files = try KnowledgeLoader.files(directory: options.knowledge) } catch {
      Platform.writeStandardError("silkroad: cannot read knowledge: \(error)\n")
      throw ExitCode(66)
    }
    switch Knowledge.load(files) {
    case .failure(let errors):
      print(errors.description)
      throw ExitCode(65)
    case .success(let knowledge):
      var problems: [KnowledgeProblem] = []
      for spec in source {
        var id = "article"
        var path = spec
        if let eq = spec.firstIndex(of: "="), !spec[..<eq].contains("/") {
          id = String(spec[..<eq])
          path = String(spec[spec.index(after: eq)...])
        }
        let text: String
        do { text = try Platform.readFile(path) } catch {
          Platform.writeStandardError("silkroad: cannot read source: \(error)\n")
          throw ExitCode(66)
        }
        problems += ProvenanceChecker.check(knowledge, sourceID: id, paragraphsJSONL: text, file: path)
      }
      for p in problems { print(p) }
      if !problems.isEmpty {
        print("\(problems.count) problem\(problems.count == 1 ? "" : "s") found")
        throw ExitCode(65)
      }
      let figures = knowledge.statements.filter { $0.kind == .figure }.count
      print("ok: \(knowledge.sources.count) source(s), \(knowledge.entities.count) entities, \(knowledge.measures.count) measures, \(knowledge.statements.count) statements (\(figures) figures)\(source.isEmpty ? "" : ", provenance checked")")
    }
  }
}

struct TranscriptCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "transcript",
    abstract: "Record, verify and re-record transcripts (recorded sessions used as regression tests).",
    subcommands: [Record.self, Verify.self, Rerecord.self]
  )

  struct Record: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "record",
      abstract: "Record a transcript: questions from standard input (one per line), replies from silkroad. Lines starting with # become the description.")
    @OptionGroup var options: CommonOptions
    @Flag(name: .long, help: "Replace FILE if it exists.") var force = false
    @Argument(help: "The transcript file to write.") var file: String

    func run() throws {
      if Platform.fileExists(file) && !force {
        throw ValidationError("\(file) exists; use --force to replace it, or `transcript rerecord` after a deliberate change")
      }
      var header: [String] = []
      var inputs: [String] = []
      while let line = readLine() {
        if line.hasPrefix("#") { header.append(line) } else if !line.trimmingCharacters().isEmpty { inputs.append(line) }
      }
      let index = KnowledgeLoader.loadOrExit(directory: options.knowledge)
      let t = Transcript(header: header, exchanges: inputs.map { .init(input: $0, reply: []) }).replay(index: index)
      try Platform.writeFileAtomically(file, t.render())
      print("recorded \(t.exchanges.count) exchanges in \(file)")
    }
  }

  /// The files named, or every transcript in Transcripts/.
  static func files(_ named: [String]) -> [String] {
    named.isEmpty ? Platform.listFiles("Transcripts").map { "Transcripts/" + $0 } : named
  }

  struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "verify", abstract: "Replay transcripts and show differences (default: every file in Transcripts/).")
    @OptionGroup var options: CommonOptions
    @Argument(help: "Transcript files.") var files: [String] = []

    func run() throws {
      let index = KnowledgeLoader.loadOrExit(directory: options.knowledge)
      var failed = 0
      let list = TranscriptCommand.files(files)
      for file in list {
        let expected = Transcript.parse(try Platform.readFile(file))
        if let diff = Transcript.diff(expected: expected, actual: expected.replay(index: index)) {
          failed += 1
          print("FAIL \(file)\n\(diff)")
        } else {
          print("ok   \(file)")
        }
      }
      if failed > 0 { throw ExitCode(1) }
    }
  }

  struct Rerecord: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rerecord", abstract: "Re-record transcripts from their own questions after a deliberate change (default: all in Transcripts/).")
    @OptionGroup var options: CommonOptions
    @Argument(help: "Transcript files.") var files: [String] = []

    func run() throws {
      let index = KnowledgeLoader.loadOrExit(directory: options.knowledge)
      let list = TranscriptCommand.files(files)
      for file in list {
        let old = Transcript.parse(try Platform.readFile(file))
        let new = old.replay(index: index)
        try Platform.writeFileAtomically(file, new.render())
        print((Transcript.diff(expected: old, actual: new) == nil ? "same " : "new  ") + file)
      }
    }
  }
}

