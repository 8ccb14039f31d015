import Foundation
import Testing

@Suite struct CommandLineTests {
  @Test func piped_answersWithCitation_noEscapes_fromAnyDirectory() throws {
    let r = try Binary.run([], input: "How much does Kyrgyzstan owe China?\n", directory: "/", environment: ["TERM": "xterm-256color"])
    #expect(r.status == 0)
    #expect(r.stdout.contains("1.7 billion"))
    #expect(r.stdout.contains("[Obstacles ¶6]"))
    #expect(!r.stdout.contains("\u{1B}"))
    #expect(!r.stdout.contains("silkroad>"))
  }

  @Test func ask_exitCodes() throws {
    #expect(try Binary.run(["ask", "How much does Kyrgyzstan owe China?"]).status == 0)
    #expect(try Binary.run(["ask", "What is the best restaurant in Almaty?"]).status == 1)
    let usage = try Binary.run(["ask"])
    #expect(usage.status == 64)
    #expect(usage.stderr.contains("Usage"))
    #expect(try Binary.run(["--no-such-flag"]).status == 64)
  }

  @Test func colorAlways_usesEscapes_butNoColorWins() throws {
    let colored = try Binary.run(["ask", "--color", "always", "How much does Kyrgyzstan owe China?"])
    #expect(colored.stdout.contains("\u{1B}["))
    let plain = try Binary.run(["ask", "--color", "always", "How much does Kyrgyzstan owe China?"], environment: ["NO_COLOR": "1"])
    #expect(!plain.stdout.contains("\u{1B}"))
  }

  @Test func batchJSON_oneObjectPerInputLine_withTheContractFields() throws {
    let input = "How much does Kyrgyzstan owe China?\n\nand Tajikistan?\nWho is the president of France?\nhelp\n"
    let r = try Binary.run(["batch", "--json"], input: input)
    #expect(r.status == 0)
    let lines = r.stdout.split(separator: "\n")
    #expect(lines.count == 5)
    var statuses: [String] = []
    for line in lines {
      let o = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      for key in ["question", "status", "text", "citations", "intent", "facts"] { #expect(o[key] != nil, "missing \(key)") }
      statuses.append(o["status"] as? String ?? "")
    }
    #expect(statuses == ["answered", "no-answer", "answered", "no-answer", "answered"])
    let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
    let citations = try #require(first["citations"] as? [[String: Any]])
    #expect(citations.contains { $0["section"] as? String == "Obstacles" && $0["paragraph"] as? Int == 6 })
    let third = try #require(try JSONSerialization.jsonObject(with: Data(lines[2].utf8)) as? [String: Any])
    #expect((third["text"] as? String)?.contains("1.2 billion") == true)
  }

  @Test func brokenKnowledge_refusesToStart_withEveryProblem() throws {
    let dir = try Binary.temporaryDirectory()
    defer { Binary.remove(dir) }
    try
      #"{"statements": [{"id": "x-1", "kind": "figure", "about": ["atlantis"], "measure": "nothing", "value": 3, "text": "t", "citation": {"section": "Nowhere", "paragraph": 1}}]}"#
      .write(toFile: dir + "/broken.json", atomically: true, encoding: .utf8)
    let r = try Binary.run(["--knowledge", dir], input: "hello\n")
    #expect(r.status == 65)
    #expect(r.stderr.contains("undeclared entity \"atlantis\""))
    #expect(r.stderr.contains("undeclared measure \"nothing\""))
    #expect(r.stderr.contains("unknown section \"Nowhere\""))
    #expect(r.stdout.isEmpty)
    let check = try Binary.run(["check", "--knowledge", dir])
    #expect(check.status == 65)
    #expect(check.stdout.contains("broken.json:1:"))
  }

  @Test func teacherKnowledge_addsFactsAndASecondSource() throws {
    let dir = try Binary.temporaryDirectory()
    defer { Binary.remove(dir) }
    try """
    {"sources": [{"id": "lesson", "title": "Class notes", "date": "2024-01", "note": "", "sections": [{"name": "Week 1", "paragraphs": 1, "summary": "Notes."}]}],
     "measures": [{"id": "yurts", "name": "yurts built", "unit": "yurts", "words": ["yurts"], "comparable": false}],
     "statements": [{"id": "lesson-yurts", "kind": "figure", "about": ["kyrgyzstan"], "measure": "yurts", "value": 12, "text": "Our class built 12 yurts in Kyrgyzstan.", "citation": {"source": "lesson", "section": "Week 1", "paragraph": 1}}]}
    """.write(toFile: dir + "/lesson.json", atomically: true, encoding: .utf8)
    let r = try Binary.run(["ask", "--knowledge", dir, "How many yurts were built in Kyrgyzstan?"])
    #expect(r.status == 0)
    #expect(r.stdout.contains("12 yurts"))
    #expect(r.stdout.contains("[lesson: Week 1 ¶1]"))
  }

  @Test func check_provenance_cleanOnTheArticle() throws {
    var parts = #filePath.split(separator: "/").map(String.init)
    parts.removeLast(3)
    let paragraphs = "/" + parts.joined(separator: "/") + "/../shared/source/paragraphs.jsonl"
    // Fails without ../shared (it used to return and pass having checked nothing); CI has it.
    try #require(
      FileManager.default.fileExists(atPath: paragraphs),
      "\(paragraphs) is missing: this test needs ../shared beside the package, as every checkout and CI run has it")
    let r = try Binary.run(["check", "--source", paragraphs])
    #expect(r.status == 0, "\(r.stdout)")
    #expect(r.stdout.hasPrefix("ok:"))
  }

  @Test func facts_json_hasTheContractFields() throws {
    let r = try Binary.run(["facts", "--json", "Kyrgyzstan"])
    #expect(r.status == 0)
    let first = try #require(r.stdout.split(separator: "\n").first)
    let o = try #require(try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
    for key in ["id", "entities", "measure", "value", "unit", "text", "citation"] { #expect(o.keys.contains(key), "missing \(key)") }
  }

  @Test func versionAndHelp() throws {
    #expect(try Binary.run(["--version"]).stdout.hasPrefix("silkroad"))
    #expect(try Binary.run(["--help"]).stdout.contains("USAGE"))
  }
}

@Suite struct ClassroomCommandLineTests {
  @Test func quizSubcommand_withSeed_isRepeatable() throws {
    let a = try Binary.run(["quiz", "--seed", "5", "-n", "3"], input: "skip\nskip\nskip\n")
    let b = try Binary.run(["quiz", "--seed", "5", "-n", "3"], input: "skip\nskip\nskip\n")
    #expect(a.status == 0)
    #expect(a.stdout == b.stdout)
    #expect(a.stdout.contains("Quiz over: 0/3 correct."))
  }

  @Test func tourSubcommand_startsTheTour() throws {
    let r = try Binary.run(["tour"], input: "next\n")
    #expect(r.stdout.hasPrefix("Tour 1/12: Introduction"))
    #expect(r.stdout.contains("Tour 2/12: The Road to Pax Sinica"))
  }

  @Test func save_writesANewFile_butNeverOverwritesInAPipe() throws {
    let dir = try Binary.temporaryDirectory()
    defer { Binary.remove(dir) }
    let first = try Binary.run([], input: "How much does Kyrgyzstan owe China?\nsave lesson.md\n", directory: dir)
    #expect(first.stdout.contains("Saved the lesson (1 exchange) to lesson.md."))
    let saved = try String(contentsOfFile: dir + "/lesson.md", encoding: .utf8)
    #expect(saved.contains("1.7 billion"))
    let second = try Binary.run([], input: "hello\nsave lesson.md\n", directory: dir)
    #expect(second.stdout.contains("lesson.md already exists; not overwritten."))
    #expect(try String(contentsOfFile: dir + "/lesson.md", encoding: .utf8) == saved)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.contains(".tmp") }
    #expect(leftovers.isEmpty)
  }

  @Test func charts_areASCIIWhenTheLocaleIsNot_UTF8() throws {
    let q = "Which country has the highest debt to China as a share of GDP?\n"
    let plain = try Binary.run([], input: q, environment: ["LANG": "C", "LC_ALL": "C"])
    #expect(plain.stdout.contains("|##"))
    #expect(!plain.stdout.contains("█"))
    let unicode = try Binary.run([], input: q, environment: ["LANG": "C.UTF-8", "LC_ALL": ""])
    #expect(unicode.stdout.contains("│██"))
    let forced = try Binary.run(["--ascii"], input: q, environment: ["LANG": "C.UTF-8", "LC_ALL": ""])
    #expect(!forced.stdout.contains("█"))
  }
}
