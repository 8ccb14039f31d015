/// Cleans what a user typed before anything else sees it: terminal escape sequences and control
/// characters are removed (so pasted escapes can never drive the terminal when a question is
/// echoed back), invalid bytes were already replaced when the line was decoded, and over-long
/// input is cut to a length a question can have.
public enum InputSanitizer {
  /// Questions longer than this are cut; nobody types more, and matching cost grows with length.
  public static let maxCharacters = 1000

  public static func clean(_ text: String) -> (text: String, truncated: Bool) {
    // Most lines are printable ASCII and short enough: nothing to remove or cut.
    if text.utf8.count <= maxCharacters && text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return (text, false) }
    var out = String.UnicodeScalarView()
    var scalars = text.unicodeScalars.makeIterator()
    var count = 0
    var truncated = false
    while let s = scalars.next() {
      switch s.value {
      case 0x1B:  // ESC: drop the whole sequence (CSI "ESC [ ... final", OSC "ESC ] ... BEL/ST", or ESC x)
        guard let next = scalars.next() else { break }
        if next == "[" {
          while let c = scalars.next(), !(0x40...0x7E).contains(c.value) {}
        } else if next == "]" || next == "P" || next == "_" || next == "^" {
          while let c = scalars.next(), c.value != 0x07, c.value != 0x1B {}
        }
      case 0x09, 0x0A, 0x0D: out.append(" ")
      case 0x00...0x1F, 0x7F, 0x80...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: continue
      default:
        if count >= maxCharacters {
          truncated = true
          return (String(out), truncated)
        }
        out.append(s)
        count += 1
      }
    }
    return (String(out), truncated)
  }
}
