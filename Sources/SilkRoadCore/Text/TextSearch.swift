extension String {
  /// Whether `part` occurs in this string, comparing UTF-8 bytes exactly. Several times quicker
  /// than `contains(_:)`, which searches by Unicode character; the knowledge's texts and the
  /// patterns looked for (`{e}`, names) are stored in one normal form, so bytes agree exactly
  /// where characters do.
  package func includes(_ part: String) -> Bool {
    guard !part.isEmpty else { return true }
    var text = self, part = part
    return text.withUTF8 { t in part.withUTF8 { p in Self.firstMatch(of: p, in: t, from: 0) != nil } }
  }

  /// Replaces every occurrence of `target`, left to right, matching UTF-8 bytes as `includes`
  /// does (Foundation-free; the standard search over characters was a large part of making a
  /// declined question's suggestions).
  package func replacingAll(_ target: String, with replacement: String) -> String {
    guard !target.isEmpty else { return self }
    var text = self, target = target
    return text.withUTF8 { t in
      target.withUTF8 { p in
        guard var match = Self.firstMatch(of: p, in: t, from: 0) else { return self }
        var out: [UInt8] = []
        out.reserveCapacity(t.count)
        var i = 0
        while true {
          out.append(contentsOf: t[i..<match])
          out.append(contentsOf: replacement.utf8)
          i = match + p.count
          guard let next = Self.firstMatch(of: p, in: t, from: i) else { break }
          match = next
        }
        out.append(contentsOf: t[i...])
        return String(decoding: out, as: UTF8.self)
      }
    }
  }

  /// Where the bytes `p` (not empty) first occur in `t` at or after `start`.
  static func firstMatch(of p: UnsafeBufferPointer<UInt8>, in t: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    guard p.count <= t.count else { return nil }
    let first = p[0]
    var i = start
    let last = t.count - p.count
    while i <= last {
      if t[i] == first {
        var j = 1
        while j < p.count && t[i + j] == p[j] { j += 1 }
        if j == p.count { return i }
      }
      i += 1
    }
    return nil
  }
}
