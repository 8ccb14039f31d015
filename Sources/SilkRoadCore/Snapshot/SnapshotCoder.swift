/// A small binary `Codable` format for the snapshot: what the types declare is what is stored, so
/// adding a table to an index is adding one stored property.
///
/// Every value starts with a tag byte, so a reader built from other types (a property renamed,
/// added or retyped since the snapshot was made) fails instead of misreading; a keyed container
/// stores its keys by name, sorted, so the same value always gives the same bytes. Strings are
/// stored once, in a table at the start, and referred to by number.
///
/// Layout: the string table (count, then each string's UTF-8 length and bytes), then one value.
/// A value is its tag and then:
/// - `nil`: nothing; `bool`: one byte; `int`: a zigzag LEB128 varint; `double`: 8 bytes, little-endian;
///   `string`: the varint number of a string in the table;
/// - `keyed`, `unkeyed`: the byte length of what follows, the element count, then the elements
///   (a keyed element is its key's string number, then its value).
package enum SnapshotCoder {
  enum Tag: UInt8 { case null = 0, bool, int, double, string, keyed, unkeyed }

  package static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
    let root = EncodedValue()
    try value.encode(to: ValueEncoder(root))
    var writer = ByteWriter()
    var body = ByteWriter()
    root.write(to: &body, strings: &writer.strings)
    writer.uint(writer.strings.list.count)
    for s in writer.strings.list {
      writer.uint(s.utf8.count)
      writer.bytes.append(contentsOf: s.utf8)
    }
    return writer.bytes + body.bytes
  }

  package static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
    var reader = ByteReader(bytes: bytes)
    let count = try reader.count()
    var strings: [String] = []
    strings.reserveCapacity(count)
    for _ in 0..<count {
      let n = try reader.count()
      strings.append(String(decoding: bytes[reader.at..<(reader.at + n)], as: UTF8.self))
      reader.at += n
    }
    let source = DecodingSource(bytes: bytes, strings: strings)
    let value = try T(from: ValueDecoder(source: source, at: reader.at, codingPath: []))
    guard try source.end(ofValueAt: reader.at) == bytes.count else { throw SnapshotError.damaged("bytes after the value") }
    return value
  }
}

package enum SnapshotError: Error, Equatable {
  case damaged(String)
}

// MARK: - Bytes

struct StringTable {
  var list: [String] = []
  var number: [String: Int] = [:]

  mutating func index(_ s: String) -> Int {
    if let n = number[s] { return n }
    number[s] = list.count
    list.append(s)
    return list.count - 1
  }
}

struct ByteWriter {
  var bytes: [UInt8] = []
  var strings = StringTable()

  mutating func uint(_ value: Int) {
    var v = UInt(value)
    while v >= 0x80 {
      bytes.append(UInt8(v & 0x7F) | 0x80)
      v >>= 7
    }
    bytes.append(UInt8(v))
  }

  mutating func int(_ v: Int64) {
    uint(Int(bitPattern: UInt((UInt64(bitPattern: v << 1) ^ UInt64(bitPattern: v >> 63)))))
  }
}

struct ByteReader {
  let bytes: [UInt8]
  var at = 0

  mutating func byte() throws -> UInt8 {
    guard at < bytes.count else { throw SnapshotError.damaged("cut short") }
    defer { at += 1 }
    return bytes[at]
  }

  mutating func uint() throws -> UInt64 {
    var v: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      let b = try byte()
      guard shift <= 63 else { throw SnapshotError.damaged("varint too long") }
      v |= UInt64(b & 0x7F) << shift
      if b < 0x80 { return v }
      shift += 7
    }
  }

  /// A count or length, which cannot exceed the bytes left (every element takes at least one).
  mutating func count() throws -> Int {
    let n = try uint()
    guard n <= UInt64(bytes.count - at) else { throw SnapshotError.damaged("count past the end") }
    return Int(n)
  }

  mutating func int() throws -> Int64 {
    let z = try uint()
    return Int64(bitPattern: (z >> 1) ^ (0 &- (z & 1)))
  }
}

// MARK: - Encoding

/// What one value encoded to, before it is written out.
final class EncodedValue {
  enum Content {
    case null, bool(Bool), int(Int64), double(Double), string(String)
    case keyed([String: EncodedValue]), unkeyed([EncodedValue])
  }
  var content = Content.null

  func write(to w: inout ByteWriter, strings: inout StringTable) {
    switch content {
    case .null: w.bytes.append(SnapshotCoder.Tag.null.rawValue)
    case .bool(let b): w.bytes += [SnapshotCoder.Tag.bool.rawValue, b ? 1 : 0]
    case .int(let i):
      w.bytes.append(SnapshotCoder.Tag.int.rawValue)
      w.int(i)
    case .double(let d):
      w.bytes.append(SnapshotCoder.Tag.double.rawValue)
      withUnsafeBytes(of: d.bitPattern.littleEndian) { w.bytes += $0 }
    case .string(let s):
      w.bytes.append(SnapshotCoder.Tag.string.rawValue)
      w.uint(strings.index(s))
    case .keyed(let members):
      writeContainer(.keyed, count: members.count, to: &w, strings: &strings) { part, strings in
        for key in members.keys.sorted() {
          part.uint(strings.index(key))
          members[key]!.write(to: &part, strings: &strings)
        }
      }
    case .unkeyed(let items):
      writeContainer(.unkeyed, count: items.count, to: &w, strings: &strings) { part, strings in
        for item in items { item.write(to: &part, strings: &strings) }
      }
    }
  }

  private func writeContainer(
    _ tag: SnapshotCoder.Tag, count: Int, to w: inout ByteWriter, strings: inout StringTable,
    _ elements: (inout ByteWriter, inout StringTable) -> Void
  ) {
    var part = ByteWriter()
    part.uint(count)
    elements(&part, &strings)
    w.bytes.append(tag.rawValue)
    w.uint(part.bytes.count)
    w.bytes += part.bytes
  }

  /// The value of anything encodable. A `Set` is stored sorted, so that its bytes do not depend
  /// on the order a run's hashing gives it.
  static func of<T: Encodable>(_ value: T) throws -> EncodedValue {
    let v = EncodedValue()
    if let set = value as? Set<String> {
      try set.sorted().encode(to: ValueEncoder(v))
    } else {
      try value.encode(to: ValueEncoder(v))
    }
    return v
  }
}

struct ValueEncoder: Encoder {
  let value: EncodedValue
  var codingPath: [any CodingKey] = []
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  init(_ value: EncodedValue) { self.value = value }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    if case .keyed = value.content {} else { value.content = .keyed([:]) }
    return KeyedEncodingContainer(KeyedEncoder<Key>(value: value))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    if case .unkeyed = value.content {} else { value.content = .unkeyed([]) }
    return UnkeyedEncoder(value: value)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer { SingleEncoder(value: value) }
}

struct KeyedEncoder<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let value: EncodedValue
  var codingPath: [any CodingKey] { [] }

  private func set(_ member: EncodedValue, _ key: Key) {
    guard case .keyed(var members) = value.content else { return }
    value.content = .null
    members[key.stringValue] = member
    value.content = .keyed(members)
  }

  mutating func encodeNil(forKey key: Key) throws { set(EncodedValue(), key) }
  mutating func encode<T: Encodable>(_ v: T, forKey key: Key) throws { set(try EncodedValue.of(v), key) }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
    let member = EncodedValue()
    set(member, key)
    return ValueEncoder(member).container(keyedBy: NestedKey.self)
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    let member = EncodedValue()
    set(member, key)
    return ValueEncoder(member).unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder { fatalError("snapshot types have no superclass") }
  mutating func superEncoder(forKey key: Key) -> any Encoder { fatalError("snapshot types have no superclass") }
}

struct UnkeyedEncoder: UnkeyedEncodingContainer {
  let value: EncodedValue
  var codingPath: [any CodingKey] { [] }
  var count: Int {
    if case .unkeyed(let items) = value.content { return items.count }
    return 0
  }

  private func append(_ item: EncodedValue) {
    guard case .unkeyed(var items) = value.content else { return }
    value.content = .null
    items.append(item)
    value.content = .unkeyed(items)
  }

  mutating func encodeNil() throws { append(EncodedValue()) }
  mutating func encode<T: Encodable>(_ v: T) throws { append(try EncodedValue.of(v)) }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
    let item = EncodedValue()
    append(item)
    return ValueEncoder(item).container(keyedBy: NestedKey.self)
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    let item = EncodedValue()
    append(item)
    return ValueEncoder(item).unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder { fatalError("snapshot types have no superclass") }
}

struct SingleEncoder: SingleValueEncodingContainer {
  let value: EncodedValue
  var codingPath: [any CodingKey] { [] }

  mutating func encodeNil() throws { value.content = .null }
  mutating func encode(_ v: Bool) throws { value.content = .bool(v) }
  mutating func encode(_ v: String) throws { value.content = .string(v) }
  mutating func encode(_ v: Double) throws { value.content = .double(v) }
  mutating func encode(_ v: Float) throws { value.content = .double(Double(v)) }
  mutating func encode(_ v: Int) throws { value.content = .int(Int64(v)) }
  mutating func encode(_ v: Int8) throws { value.content = .int(Int64(v)) }
  mutating func encode(_ v: Int16) throws { value.content = .int(Int64(v)) }
  mutating func encode(_ v: Int32) throws { value.content = .int(Int64(v)) }
  mutating func encode(_ v: Int64) throws { value.content = .int(v) }
  mutating func encode(_ v: UInt) throws { value.content = .int(try Self.signed(v)) }
  mutating func encode(_ v: UInt8) throws { value.content = .int(Int64(v)) }
  mutating func encode(_ v: UInt16) throws { value.content = .int(Int64(v)) }
  mutating func encode(_ v: UInt32) throws { value.content = .int(Int64(v)) }
  mutating func encode(_ v: UInt64) throws { value.content = .int(try Self.signed(v)) }
  mutating func encode<T: Encodable>(_ v: T) throws { value.content = try EncodedValue.of(v).content }

  static func signed(_ v: some UnsignedInteger) throws -> Int64 {
    guard let s = Int64(exactly: v) else {
      throw EncodingError.invalidValue(v, .init(codingPath: [], debugDescription: "too large for a snapshot"))
    }
    return s
  }
}

// MARK: - Decoding

/// The bytes and string table every decoder of one snapshot reads.
final class DecodingSource {
  let bytes: [UInt8]
  let strings: [String]

  init(bytes: [UInt8], strings: [String]) {
    self.bytes = bytes
    self.strings = strings
  }

  func reader(at position: Int) -> ByteReader { ByteReader(bytes: bytes, at: position) }

  /// Where the value starting at `position` ends.
  func end(ofValueAt position: Int) throws -> Int {
    var r = reader(at: position)
    switch SnapshotCoder.Tag(rawValue: try r.byte()) {
    case .null: break
    case .bool: r.at += 1
    case .int, .string: _ = try r.uint()
    case .double: r.at += 8
    case .keyed, .unkeyed: r.at += try r.count()
    case nil: throw SnapshotError.damaged("unknown tag")
    }
    guard r.at <= bytes.count else { throw SnapshotError.damaged("cut short") }
    return r.at
  }

  /// The reader just past a tag, after checking the tag is the one expected.
  func expect(_ tag: SnapshotCoder.Tag, at position: Int) throws -> ByteReader {
    var r = reader(at: position)
    guard try r.byte() == tag.rawValue else { throw SnapshotError.damaged("expected \(tag) at \(position)") }
    return r
  }

  /// A container's elements: where they start, how many, and where the container ends.
  func container(_ tag: SnapshotCoder.Tag, at position: Int) throws -> (start: Int, count: Int, end: Int) {
    var r = try expect(tag, at: position)
    let length = try r.count()
    let end = r.at + length
    let count = try r.count()
    return (r.at, count, end)
  }

  func isNull(at position: Int) -> Bool { position < bytes.count && bytes[position] == SnapshotCoder.Tag.null.rawValue }

  func bool(at position: Int) throws -> Bool {
    var r = try expect(.bool, at: position)
    switch try r.byte() {
    case 0: return false
    case 1: return true
    default: throw SnapshotError.damaged("not a bool")
    }
  }

  func int<T: FixedWidthInteger>(at position: Int) throws -> T {
    var r = try expect(.int, at: position)
    guard let v = T(exactly: try r.int()) else { throw SnapshotError.damaged("integer out of range") }
    return v
  }

  func double(at position: Int) throws -> Double {
    var r = try expect(.double, at: position)
    guard r.at + 8 <= bytes.count else { throw SnapshotError.damaged("cut short") }
    var bits: UInt64 = 0
    for i in 0..<8 { bits |= UInt64(bytes[r.at + i]) << (8 * UInt64(i)) }
    return Double(bitPattern: bits)
  }

  func string(at position: Int) throws -> String {
    var r = try expect(.string, at: position)
    let n = try r.uint()
    guard n < UInt64(strings.count) else { throw SnapshotError.damaged("no such string") }
    return strings[Int(n)]
  }
}

struct ValueDecoder: Decoder {
  let source: DecodingSource
  let at: Int
  var codingPath: [any CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    KeyedDecodingContainer(try KeyedDecoder<Key>(source: source, at: at, codingPath: codingPath))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    try UnkeyedDecoder(source: source, at: at, codingPath: codingPath)
  }

  func singleValueContainer() throws -> any SingleValueDecodingContainer { SingleDecoder(decoder: self) }
}

struct KeyedDecoder<Key: CodingKey>: KeyedDecodingContainerProtocol {
  let source: DecodingSource
  let codingPath: [any CodingKey]
  /// Each member's key and where its value starts, in stored (sorted) order.
  let members: [(key: String, at: Int)]
  /// (Made only when asked: only a dictionary asks, a struct knows its keys.)
  var allKeys: [Key] { members.compactMap { Key(stringValue: $0.key) } }

  init(source: DecodingSource, at position: Int, codingPath: [any CodingKey]) throws {
    self.source = source
    self.codingPath = codingPath
    let (start, count, end) = try source.container(.keyed, at: position)
    var members: [(key: String, at: Int)] = []
    members.reserveCapacity(count)
    var r = source.reader(at: start)
    for _ in 0..<count {
      let n = try r.uint()
      guard n < UInt64(source.strings.count) else { throw SnapshotError.damaged("no such key") }
      members.append((source.strings[Int(n)], r.at))
      r.at = try source.end(ofValueAt: r.at)
    }
    guard r.at == end else { throw SnapshotError.damaged("keyed container length") }
    self.members = members
  }

  func contains(_ key: Key) -> Bool { position(of: key) != nil }

  private func position(of key: Key) -> Int? {
    let name = key.stringValue
    // Members are sorted by key: a binary search finds one among the thousands of a large table.
    var low = 0, high = members.count
    while low < high {
      let mid = (low + high) / 2
      if members[mid].key < name { low = mid + 1 } else { high = mid }
    }
    return low < members.count && members[low].key == name ? members[low].at : nil
  }

  private func decoder(for key: Key) throws -> ValueDecoder {
    guard let at = position(of: key) else {
      throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "not in the snapshot"))
    }
    return ValueDecoder(source: source, at: at, codingPath: codingPath)
  }

  private func at(_ key: Key) throws -> Int { try decoder(for: key).at }

  func decodeNil(forKey key: Key) throws -> Bool { source.isNull(at: try decoder(for: key).at) }

  func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try T(from: decoder(for: key)) }
  // The common types read directly: through the generic path each would make a decoder and a container.
  func decode(_ type: String.Type, forKey key: Key) throws -> String { try source.string(at: at(key)) }
  func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try source.int(at: at(key)) }
  func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try source.double(at: at(key)) }
  func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try source.bool(at: at(key)) }

  func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
    try decoder(for: key).container(keyedBy: type)
  }

  func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer { try decoder(for: key).unkeyedContainer() }
  func superDecoder() throws -> any Decoder { throw SnapshotError.damaged("no superclass") }
  func superDecoder(forKey key: Key) throws -> any Decoder { throw SnapshotError.damaged("no superclass") }
}

struct UnkeyedDecoder: UnkeyedDecodingContainer {
  let source: DecodingSource
  let codingPath: [any CodingKey]
  let count: Int?
  let end: Int
  var currentIndex = 0
  var at: Int

  init(source: DecodingSource, at position: Int, codingPath: [any CodingKey]) throws {
    self.source = source
    self.codingPath = codingPath
    let (start, count, end) = try source.container(.unkeyed, at: position)
    self.count = count
    self.end = end
    at = start
  }

  var isAtEnd: Bool { currentIndex >= count! }

  private mutating func next() throws -> ValueDecoder {
    guard !isAtEnd, at < end else { throw SnapshotError.damaged("unkeyed container too short") }
    let d = ValueDecoder(source: source, at: at, codingPath: codingPath)
    at = try source.end(ofValueAt: at)
    currentIndex += 1
    return d
  }

  mutating func decodeNil() throws -> Bool {
    guard !isAtEnd, source.isNull(at: at) else { return false }
    _ = try next()
    return true
  }

  mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: next()) }
  // The common types read directly (see `KeyedDecoder`).
  mutating func decode(_ type: String.Type) throws -> String { try source.string(at: next().at) }
  mutating func decode(_ type: Int.Type) throws -> Int { try source.int(at: next().at) }
  mutating func decode(_ type: Double.Type) throws -> Double { try source.double(at: next().at) }
  mutating func decode(_ type: Bool.Type) throws -> Bool { try source.bool(at: next().at) }
  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
    try next().container(keyedBy: type)
  }
  mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { try next().unkeyedContainer() }
  mutating func superDecoder() throws -> any Decoder { throw SnapshotError.damaged("no superclass") }
}

struct SingleDecoder: SingleValueDecodingContainer {
  let decoder: ValueDecoder
  var codingPath: [any CodingKey] { decoder.codingPath }

  func decodeNil() -> Bool { decoder.source.isNull(at: decoder.at) }
  func decode(_ type: Bool.Type) throws -> Bool { try decoder.source.bool(at: decoder.at) }
  func decode(_ type: String.Type) throws -> String { try decoder.source.string(at: decoder.at) }
  func decode(_ type: Double.Type) throws -> Double { try decoder.source.double(at: decoder.at) }
  func decode(_ type: Float.Type) throws -> Float { Float(try decoder.source.double(at: decoder.at)) }
  func decode(_ type: Int.Type) throws -> Int { try decoder.source.int(at: decoder.at) }
  func decode(_ type: Int8.Type) throws -> Int8 { try decoder.source.int(at: decoder.at) }
  func decode(_ type: Int16.Type) throws -> Int16 { try decoder.source.int(at: decoder.at) }
  func decode(_ type: Int32.Type) throws -> Int32 { try decoder.source.int(at: decoder.at) }
  func decode(_ type: Int64.Type) throws -> Int64 { try decoder.source.int(at: decoder.at) }
  func decode(_ type: UInt.Type) throws -> UInt { try decoder.source.int(at: decoder.at) }
  func decode(_ type: UInt8.Type) throws -> UInt8 { try decoder.source.int(at: decoder.at) }
  func decode(_ type: UInt16.Type) throws -> UInt16 { try decoder.source.int(at: decoder.at) }
  func decode(_ type: UInt32.Type) throws -> UInt32 { try decoder.source.int(at: decoder.at) }
  func decode(_ type: UInt64.Type) throws -> UInt64 { try decoder.source.int(at: decoder.at) }
  func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: decoder) }
}
