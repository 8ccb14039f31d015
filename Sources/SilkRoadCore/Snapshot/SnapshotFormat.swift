/// A value a snapshot can hold. The knowledge's types and the indexes are marked with it, and
/// the SnapshotCode build plugin writes their `init(snapshot:)` and `write(to:)` from their
/// stored properties: what a type declares is what is stored.
package protocol SnapshotStorable {
  init(snapshot r: inout SnapshotReader) throws(SnapshotError)
  func write(to w: inout SnapshotWriter)
}

package struct SnapshotError: Error {}

/// Writes values as bytes: integers as LEB128 varints (zigzag for signed values), doubles as
/// their 8 IEEE bytes, strings as numbers into a table of every distinct string (stored once).
/// Sets and dictionaries are written in sorted order, so the same values always give the same
/// bytes, which is how a test checks that the embedded snapshot is current.
package struct SnapshotWriter {
  private(set) var body: [UInt8] = []
  private(set) var strings: [String] = []
  private var number: [String: Int] = [:]

  package init() {}

  mutating func uint(_ count: Int) { uint(UInt(count)) }

  mutating func uint(_ value: UInt) {
    var v = value
    while v >= 0x80 {
      body.append(UInt8(v & 0x7F) | 0x80)
      v >>= 7
    }
    body.append(UInt8(v))
  }

  package mutating func write<T: SnapshotStorable>(_ value: T) { value.write(to: &self) }

  mutating func string(_ s: String) {
    if let n = number[s] { return uint(n) }
    number[s] = strings.count
    uint(strings.count)
    strings.append(s)
  }

  /// The string table, then the body.
  package func bytes() -> [UInt8] {
    var table = SnapshotWriter()
    table.uint(strings.count)
    for s in strings {
      table.uint(s.utf8.count)
      table.body += s.utf8
    }
    return table.body + body
  }
}

/// Reads what `SnapshotWriter` wrote; every count and index is checked against the bytes left,
/// so damaged bytes throw instead of trapping.
package struct SnapshotReader {
  private let bytes: [UInt8]
  private var at = 0
  private var strings: [String] = []

  package init(_ bytes: [UInt8]) throws(SnapshotError) {
    self.bytes = bytes
    let n = try count()
    strings.reserveCapacity(n)
    for _ in 0..<n {
      let length = try count()
      strings.append(String(decoding: bytes[at..<(at + length)], as: UTF8.self))
      at += length
    }
  }

  package var atEnd: Bool { at == bytes.count }

  package mutating func read<T: SnapshotStorable>() throws(SnapshotError) -> T { try T(snapshot: &self) }

  mutating func byte() throws(SnapshotError) -> UInt8 {
    guard at < bytes.count else { throw SnapshotError() }
    defer { at += 1 }
    return bytes[at]
  }

  mutating func uint() throws(SnapshotError) -> UInt {
    var v: UInt = 0
    var shift: UInt = 0
    while true {
      let b = try byte()
      guard shift <= 63 else { throw SnapshotError() }
      v |= UInt(b & 0x7F) << shift
      if b < 0x80 { return v }
      shift += 7
    }
  }

  /// A count or length: every element takes at least a byte, so a larger one is damage.
  mutating func count() throws(SnapshotError) -> Int {
    let n = try uint()
    guard n <= UInt(bytes.count - at) else { throw SnapshotError() }
    return Int(n)
  }

  mutating func string() throws(SnapshotError) -> String {
    let n = try uint()
    guard n < UInt(strings.count) else { throw SnapshotError() }
    return strings[Int(n)]
  }
}

// MARK: - The standard types

extension Int: SnapshotStorable {
  package init(snapshot r: inout SnapshotReader) throws(SnapshotError) {
    let z = try r.uint()
    self = Int(bitPattern: (z >> 1) ^ (0 &- (z & 1)))
  }
  package func write(to w: inout SnapshotWriter) { w.uint(UInt(bitPattern: (self << 1) ^ (self >> (Int.bitWidth - 1)))) }
}

extension Double: SnapshotStorable {
  package init(snapshot r: inout SnapshotReader) throws(SnapshotError) {
    var bits: UInt64 = 0
    for i in 0..<8 { bits |= UInt64(try r.byte()) << (8 * UInt64(i)) }
    self = Double(bitPattern: bits)
  }
  package func write(to w: inout SnapshotWriter) {
    // Eight bytes, little-endian: exact, where a decimal text would round.
    var value = bitPattern
    for _ in 0..<8 {
      w.rawByte(UInt8(truncatingIfNeeded: value))
      value >>= 8
    }
  }
}

extension SnapshotWriter {
  mutating func rawByte(_ b: UInt8) { body.append(b) }
}

extension Bool: SnapshotStorable {
  package init(snapshot r: inout SnapshotReader) throws(SnapshotError) {
    switch try r.byte() {
    case 0: self = false
    case 1: self = true
    default: throw SnapshotError()
    }
  }
  package func write(to w: inout SnapshotWriter) { w.rawByte(self ? 1 : 0) }
}

extension String: SnapshotStorable {
  package init(snapshot r: inout SnapshotReader) throws(SnapshotError) { self = try r.string() }
  package func write(to w: inout SnapshotWriter) { w.string(self) }
}

extension Optional: SnapshotStorable where Wrapped: SnapshotStorable {
  package init(snapshot r: inout SnapshotReader) throws(SnapshotError) {
    self = try Bool(snapshot: &r) ? try Wrapped(snapshot: &r) : nil
  }
  package func write(to w: inout SnapshotWriter) {
    w.write(self != nil)
    if let value = self { w.write(value) }
  }
}

extension Array: SnapshotStorable where Element: SnapshotStorable {
  package init(snapshot r: inout SnapshotReader) throws(SnapshotError) {
    let n = try r.count()
    self = []
    reserveCapacity(n)
    for _ in 0..<n { append(try Element(snapshot: &r)) }
  }
  package func write(to w: inout SnapshotWriter) {
    w.uint(count)
    for item in self { w.write(item) }
  }
}

extension Set: SnapshotStorable where Element: SnapshotStorable & Comparable {
  package init(snapshot r: inout SnapshotReader) throws(SnapshotError) { self = Set(try [Element](snapshot: &r)) }
  package func write(to w: inout SnapshotWriter) { w.write(sorted()) }
}

extension Dictionary: SnapshotStorable where Key: SnapshotStorable & Comparable, Value: SnapshotStorable {
  package init(snapshot r: inout SnapshotReader) throws(SnapshotError) {
    let n = try r.count()
    self = [:]
    reserveCapacity(n)
    for _ in 0..<n {
      let key = try Key(snapshot: &r)
      self[key] = try Value(snapshot: &r)
    }
  }
  package func write(to w: inout SnapshotWriter) {
    w.uint(count)
    for key in keys.sorted() {
      w.write(key)
      w.write(self[key]!)
    }
  }
}

/// Enums stored by their raw text (a statement's kind).
extension SnapshotStorable where Self: RawRepresentable, RawValue == String {
  package init(snapshot r: inout SnapshotReader) throws(SnapshotError) {
    guard let value = Self(rawValue: try r.string()) else { throw SnapshotError() }
    self = value
  }
  package func write(to w: inout SnapshotWriter) { w.string(rawValue) }
}
