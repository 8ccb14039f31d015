import Foundation
import SilkRoadCore
import Testing

@testable import SilkRoadKit

/// Knowledge files are written by hand, so they are untrusted input: a base made by mutating the
/// built-in facts as a careless editor would (numbers, strings, lists, missing and repeated
/// fields) is either refused with its problems or answers, charts, tours and quizzes without
/// crashing. `SILKROAD_MUTATIONS=5000 swift test --filter MutatedKnowledge` runs thousands.
@Suite struct MutatedKnowledgeTests {
  static let count = Int(ProcessInfo.processInfo.environment["SILKROAD_MUTATIONS"] ?? "") ?? 250

  static let questions = [
    "How much does Kyrgyzstan owe China?", "Which country owes China the most?", "Compare Kazakhstan and Uzbekistan trade",
    "Why did protests break out?", "What happened in 2019?", "tour", "next", "quiz 3", "1", "skip", "Tell me about Huawei",
  ]

  @Test func mutatedBases_areRefusedOrNeverCrash() throws {
    var random = SeededRandom(seed: 18)
    let files = EmbeddedKnowledge.allFiles
    let facts = files.indices.filter { files[$0].name.hasPrefix("facts/") }
    var accepted = 0
    for _ in 0..<Self.count {
      let i = facts[Int(random.next() % UInt64(facts.count))]
      var root = try JSONParser.parse(files[i].text, file: files[i].name)
      for _ in 0...Int(random.next() % 3) { root = Self.mutate(root, &random) }
      var mutated = files
      mutated[i] = KnowledgeFile(name: files[i].name, text: Self.text(root))
      guard case .success(let knowledge) = Knowledge.load(mutated) else { continue }
      accepted += 1
      let conversation = Conversation(index: KnowledgeIndex(knowledge))
      for q in Self.questions { _ = conversation.respond(to: q)?.plainLines }
    }
    // Some mutations leave a base that still loads (a changed word, a smaller number): both paths run.
    #expect(accepted > 0 && accepted < Self.count, "\(accepted) of \(Self.count) mutated bases loaded")
  }

  /// One mutation somewhere in the value: at each level, a random member or element is descended
  /// into or changed.
  static func mutate(_ v: JSONValue, _ random: inout SeededRandom) -> JSONValue {
    let roll = random.next() % 10
    switch v {
    case .object(var members, let p) where !members.isEmpty:
      let k = Int(random.next() % UInt64(members.count))
      switch roll {
      case 0: members.remove(at: k)
      case 1: members.append(members[k])
      default: members[k].value = mutate(members[k].value, &random)
      }
      return .object(members, p)
    case .array(var items, let p) where !items.isEmpty:
      let k = Int(random.next() % UInt64(items.count))
      switch roll {
      case 0: items.remove(at: k)
      case 1: items.append(items[k])
      case 2: return .array([], p)
      default: items[k] = mutate(items[k], &random)
      }
      return .array(items, p)
    case .number(let d, _, let p):
      let values = [0, -d, d * 1e6, d * 1e15, 1e308, d + 0.5, 3]
      let n = values[Int(random.next() % UInt64(values.count))]
      return .number(n, "\(n)", p)
    case .string(let s, let p):
      let strings = ["", s + s, String(s.reversed()), "kyrgyzstan", "2019/2016", "more than", "0", String(repeating: "x", count: 300)]
      return roll < 2 ? .number(7, "7", p) : .string(strings[Int(random.next() % UInt64(strings.count))], p)
    default:
      return roll < 5 ? .null(v.position) : .string("x", v.position)
    }
  }

  /// JSON text for a value (keys in their order, repeated keys kept).
  static func text(_ v: JSONValue) -> String {
    switch v {
    case .null: return "null"
    case .bool(let b, _): return b ? "true" : "false"
    case .number(let d, let t, _): return d.isFinite ? t : "1e999"
    case .string(let s, _): return JSONWriter.string(s)
    case .array(let items, _): return "[" + items.map(text).joined(separator: ", ") + "]"
    case .object(let members, _): return "{" + members.map { JSONWriter.string($0.key) + ": " + text($0.value) }.joined(separator: ", ") + "}"
    }
  }
}
