// silkroad-bench: measures what the Performance section of README.md reports.
//   per-question latency over the public question set, in one process (p50, p99)
//   cold start of `silkroad ask "…"` from process start to exit (median of runs)
//   peak memory (resident set) of `silkroad ask` and of this process
//   the same latency with a synthetic knowledge base 100 times larger
import Foundation
import SilkRoadKit

func now() -> UInt64 {
  var ts = timespec()
  clock_gettime(CLOCK_MONOTONIC, &ts)
  return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
}

func percentile(_ sorted: [UInt64], _ p: Double) -> Double {
  guard !sorted.isEmpty else { return 0 }
  let i = min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))
  return Double(sorted[i]) / 1000
}

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()
let questionsPath = CommandLine.arguments.dropFirst().first ?? root.appendingPathComponent("../shared/eval/dev.jsonl").path
let questions: [String] = ((try? String(contentsOfFile: questionsPath, encoding: .utf8)) ?? "")
  .split(separator: "\n").compactMap { line in
    (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["q"] as? String
  }
guard !questions.isEmpty else {
  print("no questions read from \(questionsPath)")
  exit(1)
}

/// The time (ns) to answer one question in a fresh conversation, so no context carries.
func timeAnswer(_ answerer: Answerer, _ q: String) -> UInt64 {
  let c = Conversation(answerer: answerer)
  let t0 = now()
  let reply = c.respond(to: q)
  let t1 = now()
  precondition(reply != nil)
  return t1 - t0
}

/// Answers every question `rounds` times and returns the times in nanoseconds, sorted.
func latency(_ answerer: Answerer, rounds: Int) -> [UInt64] {
  var times: [UInt64] = []
  times.reserveCapacity(questions.count * rounds)
  for _ in 0..<rounds {
    for q in questions { times.append(timeAnswer(answerer, q)) }
  }
  return times.sorted()
}

func load(_ files: [KnowledgeFile]) -> Knowledge {
  switch Knowledge.load(files) {
  case .success(let k): return k
  case .failure(let e): fatalError("\(e)")
  }
}

func report(_ name: String, _ times: [UInt64]) {
  print(String(format: "%-34@ p50 %8.1f µs   p99 %8.1f µs   (n=%d)", name as NSString, percentile(times, 0.5), percentile(times, 0.99), times.count))
}

// 1. Latency with the real knowledge.
let base = Answerer(knowledge: load(EmbeddedKnowledge.allFiles))
_ = latency(base, rounds: 2)  // warm-up
let baseTimes = latency(base, rounds: Int(ProcessInfo.processInfo.environment["BENCH_ROUNDS"] ?? "20") ?? 20)
report("question latency (public set)", baseTimes)
// BENCH_ONLY_BASE=1 stops here (for profiling the per-question path alone).
if ProcessInfo.processInfo.environment["BENCH_ONLY_BASE"] != nil { exit(0) }
/// Each question's median time (µs) over 21 runs.
func perQuestion(_ answerer: Answerer) -> [Double] {
  questions.map { q in percentile((0..<21).map { _ in timeAnswer(answerer, q) }.sorted(), 0.5) }
}
// BENCH_PHASES=1 splits the time: understanding the question, then answering it.
if ProcessInfo.processInfo.environment["BENCH_PHASES"] != nil {
  var analyze: [UInt64] = [], answer: [UInt64] = []
  for _ in 0..<(Int(ProcessInfo.processInfo.environment["BENCH_ROUNDS"] ?? "20") ?? 20) {
    for q in questions {
      let t0 = now()
      let query = base.analyzer.analyze(q)
      let t1 = now()
      _ = base.answer(query)
      let t2 = now()
      analyze.append(t1 - t0)
      answer.append(t2 - t1)
    }
  }
  report("  analyze", analyze.sorted())
  report("  rank and answer", answer.sorted())
  exit(0)
}
// BENCH_PER_QUESTION=1 lists each question's median time, slowest first (=big: also with 100x).
let perQuestionMode = ProcessInfo.processInfo.environment["BENCH_PER_QUESTION"]
if perQuestionMode == "1" {
  for (t, q) in zip(perQuestion(base), questions).sorted(by: { $0.0 > $1.0 }) { print(String(format: "%8.1f µs  ", t) + q) }
  exit(0)
}

// 2. A knowledge base 100 times larger: 99 synthetic copies of every entity, measure and statement
//    with new ids, names and words, plus the real one, so the real questions still find their facts
//    among 100 times as many. Every run of letters in a copied text gets the copy's own suffix,
//    itself made of letters ("Kyrgyzstan's" becomes "Kyrgyzstanqbc'sqbc" in copy 12), so a copy
//    is about generated entities in a vocabulary of its own, as new material would be. (Suffixing
//    whole space-separated words, as this did at first, left "Kyrgyzstan" inside "Kyrgyzstan's" and
//    "China" inside "China-led", so every copy also mentioned the real entities: that measured 99
//    duplicates of the real facts, not a larger knowledge base.)
func synthSuffix(_ n: Int) -> String {
  "q" + String(String(n).unicodeScalars.map { Character(UnicodeScalar(UInt8(ascii: "a") + UInt8($0.value - 48))) })
}
func synthText(_ text: String, _ n: Int) -> String {
  let suffix = synthSuffix(n)
  var out = ""
  var inLetters = false
  for c in text {
    if inLetters && !c.isLetter { out += suffix }
    inLetters = c.isLetter
    out.append(c)
  }
  if inLetters { out += suffix }
  return out
}
func synthetic(copies: Int) -> [KnowledgeFile] {
  var files = EmbeddedKnowledge.allFiles
  let k = load(files)
  func esc(_ s: String) -> String { JSONWriter.string(s) }
  for n in 1..<copies {
    var entities: [String] = []
    for e in k.entities {
      entities.append(
        "{\"id\": \(esc("syn\(n)-" + e.id)), \"name\": \(esc(synthText(e.name, n))), \"kind\": \(esc(e.kind.rawValue)), \"aliases\": [\(esc("Synth" + synthSuffix(n) + e.id.filter(\.isLetter)))], \"description\": \(esc(synthText(e.description, n))), \"citation\": {\"section\": \(esc(e.citation!.section)), \"paragraph\": \(e.citation!.paragraph)}}"
      )
    }
    var measures: [String] = []
    for m in k.measures {
      measures.append(
        "{\"id\": \(esc("syn\(n)-" + m.id)), \"name\": \(esc(synthText(m.name, n))), \"unit\": \(esc(m.unit)), \"words\": [\(m.words.map { esc(synthText($0, n)) }.joined(separator: ", "))], \"comparable\": \(m.comparable)}"
      )
    }
    var statements: [String] = []
    for s in k.statements {
      var fields = [
        "\"id\": \(esc("syn\(n)-" + s.id))", "\"kind\": \(esc(s.kind.rawValue))",
        "\"about\": [\(s.about.map { esc("syn\(n)-" + $0) }.joined(separator: ", "))]",
        "\"text\": \(esc(synthText(s.text, n)))",
        "\"citation\": {\"section\": \(esc(s.citation.section)), \"paragraph\": \(s.citation.paragraph)}",
      ]
      if let m = s.measure { fields.append("\"measure\": \(esc("syn\(n)-" + m))") }
      if let v = s.valueText { fields.append("\"value\": \(v)") }
      if !s.to.isEmpty { fields.append("\"to\": [\(s.to.map { esc("syn\(n)-" + $0) }.joined(separator: ", "))]") }
      statements.append("{" + fields.joined(separator: ", ") + "}")
    }
    files.append(
      KnowledgeFile(
        name: "synthetic-\(n).json",
        text:
          "{\"entities\": [\(entities.joined(separator: ",\n"))], \"measures\": [\(measures.joined(separator: ",\n"))], \"statements\": [\(statements.joined(separator: ",\n"))]}"
      ))
  }
  return files
}
let t0 = now()
let bigFiles = synthetic(copies: 100)
// BENCH_WRITE_SYNTHETIC=DIR writes the synthetic files, to explore them with `silkroad --knowledge DIR`.
if let dir = ProcessInfo.processInfo.environment["BENCH_WRITE_SYNTHETIC"] {
  try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
  for f in bigFiles where f.name.hasPrefix("synthetic-") { try f.text.write(toFile: dir + "/" + f.name, atomically: true, encoding: .utf8) }
  print("wrote the synthetic knowledge to \(dir)")
  exit(0)
}
let bigKnowledge = load(bigFiles)
let big = Answerer(knowledge: bigKnowledge)
let buildSeconds = Double(now() - t0) / 1e9
_ = latency(big, rounds: 1)
if perQuestionMode == "big" {
  let small = perQuestion(base), large = perQuestion(big)
  for ((a, b), q) in zip(zip(small, large), questions).sorted(by: { $0.0.1 / $0.0.0 > $1.0.1 / $1.0.0 }) {
    print(String(format: "%8.1f µs %8.1f µs %5.1fx  ", a, b, b / a) + q)
  }
  exit(0)
}
// Normal and 100x knowledge measured alternately, question by question, so that both see the
// same machine: on a shared machine a separate run later can be 30% slower or faster by itself.
var pairedBase: [UInt64] = [], bigTimes: [UInt64] = []
for _ in 0..<(Int(ProcessInfo.processInfo.environment["BENCH_BIG_ROUNDS"] ?? "5") ?? 5) {
  for q in questions {
    pairedBase.append(timeAnswer(base, q))
    bigTimes.append(timeAnswer(big, q))
  }
}
pairedBase.sort()
bigTimes.sort()
report("question latency (100x knowledge)", bigTimes)
print(
  String(
    format: "  100x knowledge: %d statements, %d entities, loaded and indexed in %.2f s; p50 %.1f µs against %.1f µs measured alongside: ratio %.2fx",
    bigKnowledge.statements.count, bigKnowledge.entities.count, buildSeconds,
    percentile(bigTimes, 0.5), percentile(pairedBase, 0.5),
    percentile(bigTimes, 0.5) / max(0.001, percentile(pairedBase, 0.5))))

// 3. Cold start of the real binary, and its peak memory.
let binary = root.appendingPathComponent(".build/release/silkroad").path
if FileManager.default.isExecutableFile(atPath: binary) {
  var peakKB = 0
  // posix_spawn and waitpid directly: Foundation's Process adds milliseconds of its own.
  var actions = posix_spawn_file_actions_t()
  posix_spawn_file_actions_init(&actions)
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
  /// Runs each binary with `arguments` 50 times, in turn (so a slow spell of the machine falls on
  /// both), and prints each one's median and minimum wall time.
  func timeRuns(_ label: String, _ arguments: [String]) {
    // BENCH_COMPARE_WITH=PATH times another build of silkroad (say, an older commit's) alongside.
    let binaries = [binary] + [ProcessInfo.processInfo.environment["BENCH_COMPARE_WITH"]].compactMap { $0 }
    var walls = [[UInt64]](repeating: [], count: binaries.count)
    for _ in 0..<50 {
      for (b, path) in binaries.enumerated() {
        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
        var pid: pid_t = 0
        let start = now()
        guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else { break }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        walls[b].append(now() - start)
      }
    }
    for (b, path) in binaries.enumerated() where !walls[b].isEmpty {
      let sorted = walls[b].sorted()
      let name = b == 0 ? label : "  " + label + " (" + path + ")"
      print(
        String(
          format: "%-34@ median %6.1f ms   min %6.1f ms   (n=%d)", name as NSString, Double(sorted[sorted.count / 2]) / 1e6, Double(sorted[0]) / 1e6,
          sorted.count))
    }
  }
  timeRuns("cold `silkroad ask`", ["ask", "How much does Kyrgyzstan owe China?"])
  // The floor to read it against: the same binary doing nothing but print its version (its
  // libraries, runtime and argument parsing), timed the same way in the same minute.
  timeRuns("  floor: `silkroad --version`", ["--version"])
  // Peak memory of the child: its own getrusage, read through /usr/bin/time when present.
  if FileManager.default.isExecutableFile(atPath: "/usr/bin/time") {
    let p = Process()
    let out = Pipe()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/time")
    p.arguments = ["-f", "%M", binary, "ask", "How much does Kyrgyzstan owe China?"]
    p.standardOutput = FileHandle.nullDevice
    p.standardError = out
    try p.run()
    p.waitUntilExit()
    peakKB =
      Int(
        String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n")
          .last ?? "") ?? 0
    print(String(format: "%-34@ %6.1f MB", "peak memory of `silkroad ask`" as NSString, Double(peakKB) / 1024))
  }
} else {
  print("cold start: build the binary first (swift build -c release in the package root)")
}
var selfUsage = rusage()
getrusage(RUSAGE_SELF.rawValue, &selfUsage)
print(String(format: "%-34@ %6.1f MB", "peak memory of this benchmark" as NSString, Double(selfUsage.ru_maxrss) / 1024))
