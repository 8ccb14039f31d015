/// A compact binary image of a checked knowledge base and its lexicon, made at build time by the
/// KnowledgeEmbedder tool, so that silkroad starts without parsing JSON, checking it, tokenising
/// every statement or building the term index (about nine tenths of a cold start before).
///
/// Layout: the magic bytes `SRKS`, the format version, a table of every distinct string (each
/// stored once, read once and then shared), then the body, whose strings are table indexes.
/// Integers are LEB128 varints (zigzag for signed values); doubles are their 8 IEEE bytes.
/// Sets and dictionaries are written in sorted order, so the same knowledge always gives the
/// same bytes, which is how a test checks that the embedded snapshot is current.
///
/// A snapshot that is missing, of another version or damaged is refused as a whole (`nil`), and the
/// caller builds from the JSON instead: a snapshot can make silkroad slower, never wrong.
package enum Snapshot {
  static let magic: [UInt8] = Array("SRKS".utf8)
  /// Bump whenever the layout, or what the lexicon computes, changes.
  static let version = 12

  /// The snapshot of a lexicon and the knowledge it indexes.
  package static func encode(_ lexicon: Lexicon) -> [UInt8] {
    var body = SnapshotWriter()
    body.knowledge(lexicon.knowledge)
    lexicon.write(to: &body)
    return body.finish()
  }

  /// The lexicon a snapshot holds, or nil when the bytes are not a whole snapshot of this version.
  package static func decode(_ bytes: [UInt8]) -> Lexicon? {
    do {
      var r = try SnapshotReader(bytes)
      let knowledge = try r.knowledge()
      let lexicon = try Lexicon(knowledge: knowledge, reading: &r)
      guard r.atEnd else { return nil }
      return lexicon
    } catch {
      return nil
    }
  }
}

// MARK: - Writing

package struct SnapshotWriter {
  private var body: [UInt8] = []
  private var table: [String] = []
  private var indexOf: [String: Int] = [:]

  package init() {}

  mutating func uint(_ v: Int) {
    precondition(v >= 0)
    raw(UInt(v))
  }

  private mutating func raw(_ value: UInt) {
    var v = value
    while v >= 0x80 {
      body.append(UInt8(v & 0x7F) | 0x80)
      v >>= 7
    }
    body.append(UInt8(v))
  }

  mutating func int(_ v: Int) { raw(UInt(bitPattern: (v << 1) ^ (v >> (Int.bitWidth - 1)))) }

  mutating func bool(_ v: Bool) { body.append(v ? 1 : 0) }

  mutating func double(_ v: Double) {
    var bits = v.bitPattern
    for _ in 0..<8 {
      body.append(UInt8(bits & 0xFF))
      bits >>= 8
    }
  }

  mutating func string(_ s: String) {
    if let i = indexOf[s] { return uint(i) }
    indexOf[s] = table.count
    uint(table.count)
    table.append(s)
  }

  /// A string written out in place: the string table's entries.
  private mutating func inlineString(_ s: String) {
    uint(s.utf8.count)
    body.append(contentsOf: s.utf8)
  }

  /// Numbers of a fixed width, little-endian, after their count: a reader takes them in one pass
  /// with no decoding (for the typo index's many hashes).
  mutating func fixedWidth<T: FixedWidthInteger & UnsignedInteger>(_ items: [T]) {
    uint(items.count)
    for item in items {
      var v = item
      for _ in 0..<MemoryLayout<T>.size {
        body.append(UInt8(truncatingIfNeeded: v))
        v >>= 8
      }
    }
  }

  mutating func optional<T>(_ v: T?, _ write: (inout SnapshotWriter, T) -> Void) {
    bool(v != nil)
    if let v { write(&self, v) }
  }

  mutating func optionalString(_ s: String?) { optional(s) { $0.string($1) } }

  mutating func array<C: Collection>(_ items: C, _ write: (inout SnapshotWriter, C.Element) -> Void) {
    uint(items.count)
    for item in items { write(&self, item) }
  }

  mutating func strings<C: Collection<String>>(_ items: C) { array(items) { $0.string($1) } }
  mutating func stringSet(_ set: Set<String>) { strings(set.sorted()) }
  mutating func ints(_ items: [Int]) { array(items) { $0.int($1) } }

  mutating func dictionary<K: Comparable, V>(
    _ d: [K: V], _ key: (inout SnapshotWriter, K) -> Void, _ value: (inout SnapshotWriter, V) -> Void
  ) {
    uint(d.count)
    for k in d.keys.sorted() {
      key(&self, k)
      value(&self, d[k]!)
    }
  }

  /// A part written with its length first, so that a reader can skip it and read it later
  /// (see `SnapshotReader.section()`). It shares the string table with everything else.
  mutating func section(_ write: (inout SnapshotWriter) -> Void) {
    let before = body
    body = []
    write(&self)
    let part = body
    body = before
    uint(part.count)
    body.append(contentsOf: part)
  }

  mutating func citation(_ c: Citation) {
    string(c.source)
    string(c.section)
    int(c.paragraph)
  }

  /// The magic, the version, the string table, then the body.
  package mutating func finish() -> [UInt8] {
    let content = body
    body = Snapshot.magic
    uint(Snapshot.version)
    uint(table.count)
    for s in table { inlineString(s) }
    body.append(contentsOf: content)
    return body
  }
}

// MARK: - Reading

package struct SnapshotError: Error {}

package struct SnapshotReader: Sendable {
  private let bytes: [UInt8]
  private var at = 0
  /// Where this reader stops: the end of the bytes, or of a section.
  private var end: Int
  private var table: [String] = []
  /// How many statements the knowledge part held, to check the indexes that follow it.
  var statementCount = 0

  init(_ bytes: [UInt8]) throws(SnapshotError) {
    self.bytes = bytes
    end = bytes.count
    guard bytes.count >= Snapshot.magic.count, Array(bytes[0..<Snapshot.magic.count]) == Snapshot.magic else {
      throw SnapshotError()
    }
    at = Snapshot.magic.count
    guard try uint() == Snapshot.version else { throw SnapshotError() }
    let count = try uint()
    guard count <= bytes.count else { throw SnapshotError() }
    table.reserveCapacity(count)
    for _ in 0..<count { table.append(try inlineString()) }
  }

  var atEnd: Bool { at == end }

  /// A reader over the next section (see `SnapshotWriter.section`), which this one skips.
  mutating func section() throws(SnapshotError) -> SnapshotReader {
    let n = try uint()
    guard n <= end - at else { throw SnapshotError() }
    var part = self
    part.end = at + n
    at += n
    return part
  }

  private mutating func byte() throws(SnapshotError) -> UInt8 {
    guard at < end else { throw SnapshotError() }
    defer { at += 1 }
    return bytes[at]
  }

  mutating func uint() throws(SnapshotError) -> Int {
    let v = try raw()
    guard v <= UInt(Int.max) else { throw SnapshotError() }
    return Int(v)
  }

  private mutating func raw() throws(SnapshotError) -> UInt {
    var v: UInt = 0
    var shift: UInt = 0
    while true {
      let b = try byte()
      guard shift <= 63 else { throw SnapshotError() }
      v |= UInt(b & 0x7F) << shift
      if b < 0x80 { break }
      shift += 7
    }
    return v
  }

  mutating func int() throws(SnapshotError) -> Int {
    let z = try raw()
    return Int(bitPattern: (z >> 1) ^ (0 &- (z & 1)))
  }

  mutating func bool() throws(SnapshotError) -> Bool {
    switch try byte() {
    case 0: return false
    case 1: return true
    default: throw SnapshotError()
    }
  }

  mutating func double() throws(SnapshotError) -> Double {
    var bits: UInt64 = 0
    for i in 0..<8 { bits |= UInt64(try byte()) << (8 * UInt64(i)) }
    return Double(bitPattern: bits)
  }

  mutating func string() throws(SnapshotError) -> String {
    let i = try uint()
    guard i < table.count else { throw SnapshotError() }
    return table[i]
  }

  private mutating func inlineString() throws(SnapshotError) -> String {
    let n = try uint()
    guard n <= end - at else { throw SnapshotError() }
    defer { at += n }
    return String(decoding: bytes[at..<(at + n)], as: UTF8.self)
  }

  /// Numbers as `SnapshotWriter.fixedWidth` wrote them.
  mutating func fixedWidth<T: FixedWidthInteger & UnsignedInteger>(_: T.Type) throws(SnapshotError) -> [T] {
    let n = try uint()
    let size = MemoryLayout<T>.size
    guard n <= (end - at) / size else { throw SnapshotError() }
    let start = at
    at += n * size
    return bytes.withUnsafeBytes { raw in
      (0..<n).map { T(littleEndian: raw.loadUnaligned(fromByteOffset: start + $0 * size, as: T.self)) }
    }
  }

  mutating func optional<T>(_ read: (inout SnapshotReader) throws(SnapshotError) -> T) throws(SnapshotError) -> T? {
    try bool() ? try read(&self) : nil
  }

  mutating func optionalString() throws(SnapshotError) -> String? { try optional { r throws(SnapshotError) in try r.string() } }

  mutating func count() throws(SnapshotError) -> Int {
    let n = try uint()
    // Every element takes at least one byte: a larger count can only come from damage.
    guard n <= end - at else { throw SnapshotError() }
    return n
  }

  mutating func array<T>(_ read: (inout SnapshotReader) throws(SnapshotError) -> T) throws(SnapshotError) -> [T] {
    let n = try count()
    var items: [T] = []
    items.reserveCapacity(n)
    for _ in 0..<n { items.append(try read(&self)) }
    return items
  }

  mutating func strings() throws(SnapshotError) -> [String] { try array { r throws(SnapshotError) in try r.string() } }
  mutating func stringSet() throws(SnapshotError) -> Set<String> { Set(try strings()) }
  mutating func ints() throws(SnapshotError) -> [Int] { try array { r throws(SnapshotError) in try r.int() } }

  /// Statement indexes, each checked against the number of statements read.
  mutating func indexes() throws(SnapshotError) -> [Int] {
    let list = try ints()
    for i in list where i < 0 || i >= statementCount { throw SnapshotError() }
    return list
  }

  mutating func dictionary<K: Hashable, V>(
    _ key: (inout SnapshotReader) throws(SnapshotError) -> K, _ value: (inout SnapshotReader) throws(SnapshotError) -> V
  ) throws(SnapshotError) -> [K: V] {
    let n = try count()
    var d: [K: V] = [:]
    d.reserveCapacity(n)
    for _ in 0..<n {
      let k = try key(&self)
      d[k] = try value(&self)
    }
    return d
  }

  /// A dictionary keyed by strings, the most common shape.
  mutating func byString<V>(_ value: (inout SnapshotReader) throws(SnapshotError) -> V) throws(SnapshotError) -> [String: V] {
    try dictionary({ r throws(SnapshotError) in try r.string() }, value)
  }

  mutating func citation() throws(SnapshotError) -> Citation {
    Citation(source: try string(), section: try string(), paragraph: try int())
  }
}

// MARK: - The knowledge

extension SnapshotWriter {
  mutating func position(_ p: SourcePosition) {
    string(p.file)
    int(p.line)
    int(p.column)
  }

  mutating func time(_ t: TimeRef) {
    int(t.year)
    optional(t.month) { $0.int($1) }
    optional(t.endYear) { $0.int($1) }
    optional(t.endMonth) { $0.int($1) }
  }

  mutating func knowledge(_ k: Knowledge) {
    array(k.sources) { w, s in
      w.string(s.id)
      w.string(s.title)
      w.string(s.date)
      w.string(s.note)
      w.strings(s.subjects)
      w.array(s.sections) { w, sec in
        w.string(sec.name)
        w.int(sec.paragraphs)
        w.string(sec.summary)
        w.strings(sec.topics)
      }
    }
    array(k.topics) { w, t in
      w.string(t.id)
      w.string(t.name)
      w.strings(t.words)
    }
    array(k.measures) { w, m in
      w.string(m.id)
      w.string(m.name)
      w.string(m.unit)
      w.strings(m.words)
      w.strings(m.contextWords)
      w.bool(m.comparable)
      w.optionalString(m.question)
    }
    array(k.entities) { w, e in
      w.string(e.id)
      w.string(e.name)
      w.string(e.kind)
      w.strings(e.aliases)
      w.string(e.description)
      w.optionalString(e.role)
      w.array(e.relations) { w, r in
        w.string(r.relation)
        w.string(r.target)
        w.optional(r.citation) { $0.citation($1) }
      }
      w.optional(e.citation) { $0.citation($1) }
    }
    array(k.statements) { w, s in
      w.string(s.id)
      w.string(s.kind.rawValue)
      w.strings(s.about)
      w.optionalString(s.measure)
      w.optional(s.value) { $0.double($1) }
      w.optionalString(s.valueText)
      w.optionalString(s.unit)
      w.optionalString(s.scale)
      w.optionalString(s.bound)
      w.optional(s.time) { $0.time($1) }
      w.optionalString(s.accordingTo)
      w.optionalString(s.conflict)
      w.strings(s.to)
      w.strings(s.keywords)
      w.strings(s.related)
      w.strings(s.topics)
      w.string(s.text)
      w.citation(s.citation)
      w.position(s.position)
    }
    array(k.forms) { w, f in
      w.string(f.id)
      w.strings(f.phrases)
    }
    stringSet(k.stopwords)
    stringSet(k.genericWords)
    array(k.synonyms) { $0.strings($1) }
  }
}

extension SnapshotReader {
  mutating func position() throws(SnapshotError) -> SourcePosition {
    SourcePosition(file: try string(), line: try int(), column: try int())
  }

  mutating func time() throws(SnapshotError) -> TimeRef {
    let int = { (r: inout SnapshotReader) throws(SnapshotError) -> Int in try r.int() }
    return TimeRef(year: try self.int(), month: try optional(int), endYear: try optional(int), endMonth: try optional(int))
  }

  mutating func knowledge() throws(SnapshotError) -> Knowledge {
    let sources = try array { r throws(SnapshotError) -> Source in
      let (id, title, date, note) = (try r.string(), try r.string(), try r.string(), try r.string())
      let subjects = try r.strings()
      let sections = try r.array { r throws(SnapshotError) in
        Section(name: try r.string(), paragraphs: try r.int(), summary: try r.string(), topics: try r.strings())
      }
      return Source(id: id, title: title, date: date, note: note, sections: sections, subjects: subjects)
    }
    let topics = try array { r throws(SnapshotError) in Topic(id: try r.string(), name: try r.string(), words: try r.strings()) }
    let measures = try array { r throws(SnapshotError) in
      Measure(
        id: try r.string(), name: try r.string(), unit: try r.string(), words: try r.strings(),
        contextWords: try r.strings(), comparable: try r.bool(), question: try r.optionalString())
    }
    let entities = try array { r throws(SnapshotError) in
      Entity(
        id: try r.string(), name: try r.string(), kind: try r.string(), aliases: try r.strings(),
        description: try r.string(), role: try r.optionalString(),
        relations: try r.array { r throws(SnapshotError) in
          Relation(relation: try r.string(), target: try r.string(), citation: try r.optional { r throws(SnapshotError) in try r.citation() })
        },
        citation: try r.optional { r throws(SnapshotError) in try r.citation() })
    }
    let statements = try array { r throws(SnapshotError) -> Statement in
      let id = try r.string()
      guard let kind = StatementKind(rawValue: try r.string()) else { throw SnapshotError() }
      return Statement(
        id: id, kind: kind, about: try r.strings(), measure: try r.optionalString(),
        value: try r.optional { r throws(SnapshotError) in try r.double() }, valueText: try r.optionalString(),
        unit: try r.optionalString(), scale: try r.optionalString(), bound: try r.optionalString(),
        time: try r.optional { r throws(SnapshotError) in try r.time() }, accordingTo: try r.optionalString(),
        conflict: try r.optionalString(), to: try r.strings(), keywords: try r.strings(), related: try r.strings(),
        topics: try r.strings(), text: try r.string(), citation: try r.citation(), position: try r.position())
    }
    statementCount = statements.count
    let forms = try array { r throws(SnapshotError) in QuestionForm(id: try r.string(), phrases: try r.strings()) }
    let stopwords = try strings()
    let genericWords = try strings()
    let synonyms = try array { r throws(SnapshotError) in try r.strings() }
    return Knowledge(
      sources: sources, topics: topics, measures: measures, entities: entities, statements: statements,
      forms: forms, stopwords: stopwords, genericWords: genericWords, synonyms: synonyms)
  }
}

// MARK: - Embedding

/// Base64 (RFC 4648, with padding), for carrying a snapshot in a Swift string literal.
package enum Base64 {
  static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

  package static func encode(_ bytes: [UInt8]) -> String {
    var out: [UInt8] = []
    out.reserveCapacity((bytes.count + 2) / 3 * 4)
    var i = 0
    while i < bytes.count {
      let n = min(3, bytes.count - i)
      var v = UInt32(bytes[i]) << 16
      if n > 1 { v |= UInt32(bytes[i + 1]) << 8 }
      if n > 2 { v |= UInt32(bytes[i + 2]) }
      for j in 0..<4 {
        out.append(j <= n ? alphabet[Int((v >> (18 - 6 * UInt32(j))) & 63)] : UInt8(ascii: "="))
      }
      i += 3
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The bytes, or nil for anything that is not base64. Tight, since a cold start runs it over the
  /// whole snapshot: four table look-ups per three bytes, no branch but the loop's, and the padded
  /// last group done apart.
  package static func decode(_ text: String) -> [UInt8]? {
    var value = [UInt32](repeating: 0xFFFF_FFFF, count: 256)
    for (i, c) in alphabet.enumerated() { value[Int(c)] = UInt32(i) }
    var text = text
    return text.withUTF8 { u -> [UInt8]? in
      guard u.count % 4 == 0 else { return nil }
      if u.isEmpty { return [] }
      let eq = UInt8(ascii: "=")
      let pad = u[u.count - 1] == eq ? (u[u.count - 2] == eq ? 2 : 1) : 0
      var bad: UInt32 = 0
      let groups = u.count / 4
      let out = value.withUnsafeBufferPointer { table in
        [UInt8](unsafeUninitializedCapacity: groups * 3) { buffer, count in
          var o = 0
          var i = 0
          let fullEnd = (groups - 1) * 4
          while i < fullEnd {
            let v = table[Int(u[i])] << 18 | table[Int(u[i &+ 1])] << 12 | table[Int(u[i &+ 2])] << 6 | table[Int(u[i &+ 3])]
            bad |= v
            buffer[o] = UInt8(truncatingIfNeeded: v >> 16)
            buffer[o &+ 1] = UInt8(truncatingIfNeeded: v >> 8)
            buffer[o &+ 2] = UInt8(truncatingIfNeeded: v)
            o &+= 3
            i &+= 4
          }
          // The last group, with its padding read as zeros.
          let c = pad == 2 ? 0 : table[Int(u[i &+ 2])]
          let d = pad >= 1 ? 0 : table[Int(u[i &+ 3])]
          let v = table[Int(u[i])] << 18 | table[Int(u[i &+ 1])] << 12 | c << 6 | d
          bad |= v
          buffer[o] = UInt8(truncatingIfNeeded: v >> 16)
          buffer[o &+ 1] = UInt8(truncatingIfNeeded: v >> 8)
          buffer[o &+ 2] = UInt8(truncatingIfNeeded: v)
          count = o + 3 - pad
        }
      }
      // A character outside the alphabet looks up all ones, which set bits above the 24 used.
      return bad >> 24 == 0 ? out : nil
    }
  }
}
