import SilkRoadCore

/// A recorded session as a plain-text file a teacher can read: `silkroad> ` and the question,
/// then silkroad's reply, then a blank line. Lines starting with `#` before the first prompt
/// describe the scenario.
public struct Transcript: Sendable {
  public struct Exchange: Sendable, Equatable {
    public var input: String
    public var reply: [String]
    public init(input: String, reply: [String]) {
      self.input = input
      self.reply = reply
    }
  }

  public static let prompt = "silkroad> "
  public var header: [String]
  public var exchanges: [Exchange]

  public init(header: [String], exchanges: [Exchange]) {
    self.header = header
    self.exchanges = exchanges
  }

  public static func parse(_ text: String) -> Transcript {
    var header: [String] = []
    var exchanges: [Exchange] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      if line.hasPrefix(prompt) || line == prompt.trimmingWhitespace {
        exchanges.append(Exchange(input: String(line.dropFirst(min(line.count, prompt.count))), reply: []))
      } else if exchanges.isEmpty {
        if !line.isEmpty { header.append(line) }
      } else {
        exchanges[exchanges.count - 1].reply.append(line)
      }
    }
    for i in exchanges.indices {
      while exchanges[i].reply.last == "" { exchanges[i].reply.removeLast() }
    }
    return Transcript(header: header, exchanges: exchanges)
  }

  public func render() -> String {
    var out = header.map { $0 + "\n" }.joined()
    if !header.isEmpty { out += "\n" }
    for e in exchanges {
      out += Transcript.prompt + e.input + "\n"
      for line in e.reply { out += line + "\n" }
      out += "\n"
    }
    return out
  }

  /// Plays the inputs through a fresh conversation and returns the transcript it produces.
  public func replay(knowledge: Knowledge, asciiCharts: Bool = false) -> Transcript {
    replay(index: KnowledgeIndex(knowledge), asciiCharts: asciiCharts)
  }

  public func replay(index: KnowledgeIndex, asciiCharts: Bool = false) -> Transcript {
    let conversation = Conversation(index: index)
    conversation.asciiCharts = asciiCharts
    var result = Transcript(header: header, exchanges: [])
    for e in exchanges {
      let reply = conversation.respond(to: e.input)
      result.exchanges.append(Exchange(input: e.input, reply: reply?.plainLines ?? []))
      if case .quit = reply { break }
    }
    return result
  }

  /// A readable line-by-line difference, or nil when the two are the same.
  public static func diff(expected: Transcript, actual: Transcript) -> String? {
    var out: [String] = []
    for i in 0..<max(expected.exchanges.count, actual.exchanges.count) {
      let e = i < expected.exchanges.count ? expected.exchanges[i] : nil
      let a = i < actual.exchanges.count ? actual.exchanges[i] : nil
      guard e != a else { continue }
      out.append("exchange \(i + 1): \(Transcript.prompt)\(e?.input ?? a?.input ?? "")")
      let el = e?.reply ?? [], al = a?.reply ?? []
      for j in 0..<max(el.count, al.count) {
        let x = j < el.count ? el[j] : nil, y = j < al.count ? al[j] : nil
        if x == y { continue }
        out.append("  line \(j + 1):")
        out.append("    expected: \(x ?? "(no line)")")
        out.append("    actual:   \(y ?? "(no line)")")
      }
    }
    return out.isEmpty ? nil : out.joined(separator: "\n")
  }
}
