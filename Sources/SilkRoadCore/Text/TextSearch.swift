extension String {
  /// Whether `part` occurs in this string, comparing UTF-8 bytes exactly. Several times quicker
  /// than `contains(_:)`, which searches by Unicode character; the knowledge's texts and the
  /// patterns looked for (`{e}`, names) are stored in one normal form, so bytes agree exactly
  /// where characters do.
  package func includes(_ part: String) -> Bool {
    var text = self, part = part
    return text.withUTF8 { t in
      part.withUTF8 { p in
        guard !p.isEmpty else { return true }
        guard p.count <= t.count else { return false }
        let first = p[0]
        var i = 0
        let last = t.count - p.count
        while i <= last {
          if t[i] == first {
            var j = 1
            while j < p.count && t[i + j] == p[j] { j += 1 }
            if j == p.count { return true }
          }
          i += 1
        }
        return false
      }
    }
  }
}
