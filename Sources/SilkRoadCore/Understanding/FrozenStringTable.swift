/// Read-only string-keyed tables for the lexicon's large indexes (terms, vocabulary, postings,
/// weights). Built once, then only looked up.
///
/// Unlike `Dictionary` and `Set`, whose hashing is seeded per process (so nothing of their layout
/// can be saved), these hash with a fixed, unseeded function: loading one from a snapshot is
/// reading its keys and values and placing each key by a multiplication per eight bytes, with no
/// `Hasher` at all. A look-up is one hash of a short word, a probe or two, and one comparison.

/// The key part: the keys in the order added, and an open-addressing slot array (linear probing,
/// at most half full).
public struct FrozenStringIndex: Sendable {
  @usableFromInline package private(set) var keys: [String] = []
  /// Per slot: key index + 1 (0 is empty), and the key's hash, so that a probe compares strings
  /// only when the hashes agree.
  @usableFromInline var slots: [(key: Int32, hash: UInt32)]
  @usableFromInline let mask: Int

  /// An empty index with room for `count` keys at most half full.
  init(capacityFor count: Int) {
    var capacity = 8
    while capacity < count * 2 { capacity <<= 1 }
    mask = capacity - 1
    slots = [(key: Int32, hash: UInt32)](repeating: (0, 0), count: capacity)
    keys.reserveCapacity(count)
  }

  /// The keys in the order given (a repeated key is kept once).
  init(keys: [String]) {
    self.init(capacityFor: keys.count)
    for key in keys { _ = insert(key) }
  }

  /// The key's position, adding it at the end if it is new (within the capacity given).
  mutating func insert(_ key: String) -> (index: Int, inserted: Bool) {
    switch probe(key) {
    case .found(let i): return (i, false)
    case .empty(let slot, let check):
      keys.append(key)
      slots[slot] = (Int32(keys.count), check)
      return (keys.count - 1, true)
    }
  }

  /// The key's position in `keys`, or nil. Inlinable, so that callers in other modules get it
  /// specialised and free of generic value witnesses: it is the lexicon's hottest path.
  @inlinable public func index(of key: String) -> Int? {
    if case .found(let i) = probe(key) { return i }
    return nil
  }

  @usableFromInline enum Probe {
    case found(Int)
    case empty(slot: Int, check: UInt32)
  }

  /// Where the key is, or the empty slot where it would go.
  @inlinable func probe(_ key: String) -> Probe {
    let h = Self.hash(key)
    let check = UInt32(truncatingIfNeeded: h >> 32)
    var s = Int(truncatingIfNeeded: h) & mask
    return slots.withUnsafeBufferPointer { slots in
      while true {
        let slot = slots[s]
        if slot.key == 0 { return .empty(slot: s, check: check) }
        if slot.hash == check && keys[Int(slot.key) - 1] == key { return .found(Int(slot.key) - 1) }
        s = (s + 1) & mask
      }
    }
  }

  @inlinable static func hash(_ key: String) -> UInt64 {
    // Native strings (all the lexicon's) lend their bytes without a copy or a retain.
    if let h = key.utf8.withContiguousStorageIfAvailable(hash(bytes:)) { return h }
    var key = key
    return key.withUTF8(hash(bytes:))
  }

  /// A word (eight bytes) at a time rather than a byte at a time: a byte-wise hash is a chain of
  /// dependent multiplications, one per letter, and look-ups are a large share of a question's
  /// time. Words shorter than eight bytes are read in two overlapping pieces (or three bytes), so
  /// among words of one such length the hash is one-to-one. Tables place their keys anew whenever
  /// they are made; only the snapshot's typo index stores hashes, and a snapshot is made by the
  /// same build that reads it, so this function is free to change.
  @inlinable static func hash(bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    let n = bytes.count
    var h: UInt64 = 0x9E37_79B9_7F4A_7C15 &+ UInt64(truncatingIfNeeded: n)
    guard let p = bytes.baseAddress, n > 0 else { return h }
    let raw = UnsafeRawPointer(p)
    if n >= 8 {
      var i = 0
      while i + 8 < n {
        h = mix(h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
        i += 8
      }
      h = mix(h ^ raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self))
    } else if n >= 4 {
      let low = UInt64(raw.loadUnaligned(fromByteOffset: 0, as: UInt32.self))
      let high = UInt64(raw.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self))
      h = mix(h ^ (low | high << 32))
    } else {
      h = mix(h ^ (UInt64(p[0]) | UInt64(p[n >> 1]) << 8 | UInt64(p[n - 1]) << 16))
    }
    return h ^ (h >> 32)
  }

  @inlinable static func mix(_ x: UInt64) -> UInt64 {
    let m = x &* 0xFF51_AFD7_ED55_8CCD
    return m ^ (m >> 29)
  }
}

/// A read-only map from strings.
public struct FrozenStringMap<Value: Sendable>: Sendable, Sequence {
  @usableFromInline let index: FrozenStringIndex
  public let values: [Value]

  package init(_ dictionary: [String: Value]) {
    let keys = dictionary.keys.sorted()
    index = FrozenStringIndex(keys: keys)
    values = keys.map { dictionary[$0]! }
  }

  /// From pairs, in their order; where a key repeats, its first value is kept. No `Hasher`, no sort.
  package init(firstOf pairs: [(String, Value)]) {
    var index = FrozenStringIndex(capacityFor: pairs.count)
    var values: [Value] = []
    for (k, v) in pairs where index.insert(k).inserted { values.append(v) }
    self.index = index
    self.values = values
  }

  /// From keys (distinct) and their values, as a snapshot holds them.
  init(distinctKeys keys: [String], values: [Value]) {
    precondition(keys.count == values.count)
    index = FrozenStringIndex(keys: keys)
    self.values = values
  }

  @inlinable public subscript(key: String) -> Value? {
    guard let i = index.index(of: key) else { return nil }
    return values[i]
  }

  public var keys: [String] { index.keys }
  public var count: Int { values.count }
  public var isEmpty: Bool { values.isEmpty }

  public func makeIterator() -> some IteratorProtocol<(key: String, value: Value)> {
    zip(index.keys, values).lazy.map { (key: $0.0, value: $0.1) }.makeIterator()
  }
}

extension FrozenStringMap {
  /// Groups (key, item) pairs, keys in order of first appearance, each key's items as given.
  package init<Item>(grouping pairs: [(String, Item)]) where Value == [Item] {
    // Room for every pair to be a new key while grouping; kept at the size of the keys found.
    var collecting = FrozenStringIndex(capacityFor: pairs.count)
    var values: [[Item]] = []
    for (k, item) in pairs {
      let (at, inserted) = collecting.insert(k)
      if inserted { values.append([item]) } else { values[at].append(item) }
    }
    self.index = collecting.keys.count == pairs.count ? collecting : FrozenStringIndex(keys: collecting.keys)
    self.values = values
  }
}

/// A read-only set of strings.
package struct FrozenStringSet: Sendable, Sequence {
  @usableFromInline let index: FrozenStringIndex

  /// The members sorted, so that a snapshot of the set is always the same bytes.
  package init<S: Sequence<String>>(_ members: S) {
    index = FrozenStringIndex(keys: Set(members).sorted())
  }

  /// The members in the order first given, repeats dropped: no sort, no `Hasher`, for the small
  /// sets built for every question.
  package init<S: Sequence<String>>(distinct members: S) {
    index = FrozenStringIndex(keys: Array(members))
  }

  @inlinable package func contains(_ member: String) -> Bool { index.index(of: member) != nil }
  package var count: Int { index.keys.count }
  package var isEmpty: Bool { index.keys.isEmpty }
  package func makeIterator() -> IndexingIterator<[String]> { index.keys.makeIterator() }
}

extension SnapshotWriter {
  mutating func map<V>(_ m: FrozenStringMap<V>, _ value: (inout SnapshotWriter, V) -> Void) {
    strings(m.keys)
    for v in m.values { value(&self, v) }
  }

  mutating func set(_ s: FrozenStringSet) { strings(s.index.keys) }
}

extension SnapshotReader {
  mutating func map<V>(_ value: (inout SnapshotReader) throws(SnapshotError) -> V) throws(SnapshotError) -> FrozenStringMap<V> {
    let keys = try sortedDistinctKeys()
    var values: [V] = []
    values.reserveCapacity(keys.count)
    for _ in keys { values.append(try value(&self)) }
    return FrozenStringMap(distinctKeys: keys, values: values)
  }

  mutating func set() throws(SnapshotError) -> FrozenStringSet {
    FrozenStringSet(distinct: try sortedDistinctKeys())
  }

  /// Keys as the writer put them: sorted and distinct (a damaged list is refused, since a
  /// repeated key would make two slots for one word).
  private mutating func sortedDistinctKeys() throws(SnapshotError) -> [String] {
    let keys = try strings()
    for i in keys.indices.dropFirst() where !(keys[i - 1] < keys[i]) { throw SnapshotError() }
    return keys
  }
}

extension FrozenStringSet: ExpressibleByArrayLiteral {
  package init(arrayLiteral elements: String...) { self.init(elements) }
}

extension FrozenStringMap: ExpressibleByDictionaryLiteral {
  public init(dictionaryLiteral elements: (String, Value)...) { self.init(firstOf: elements) }
}
