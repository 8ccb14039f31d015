// libedit, wrapped for the prompt: emacs keys, Ctrl-R search, ~/.editrc, history and Tab
// completion. It only edits lines; TerminalLines decides what a line, an interrupt or the end of
// input means, and Platform reads the keys.
import CEditLine
import SilkRoadKit

// libedit asks for the prompt and completes words through C callbacks, which cannot capture
// context; these two are what the callbacks read. There is one editor per process.
nonisolated(unsafe) private var currentPrompt = LineEditor.cString("> ")
nonisolated(unsafe) private var completionWords: [String] = []

final class LineEditor {
  enum Input {
    case line(String)
    case endOfFile
    case interrupted
  }

  private let editLine: OpaquePointer
  private let history: OpaquePointer

  init?(programName: String, completions: [String]) {
    guard let streams = Platform.standardStreams(),
      let el = el_init(programName, streams.input, streams.output, streams.error),
      let hist = history_init()
    else { return nil }
    editLine = el
    history = hist
    completionWords = completions
    var event = HistEvent()
    silk_history_setsize(hist, &event, 1000)
    silk_history_setunique(hist, &event, 1)
    silk_el_set_editor(el, "emacs")
    silk_el_set_hist(el, hist)
    silk_el_set_prompt(el) { _ in currentPrompt }
    silk_el_set_getc(el) { _, out in LineEditor.readCharacter(out) }
    silk_el_add_fn(el, "silkroad-complete", "Complete a command or a name from the knowledge") { el, _ in
      guard let el else { return UInt8(CC_ERROR) }
      return LineEditor.complete(el)
    }
    silk_el_bind(el, "^I", "silkroad-complete")
    el_source(el, nil)  // ~/.editrc, or $EDITRC
  }

  deinit {
    el_end(editLine)
    history_end(history)
  }

  /// The prompt; escape sequences must be wrapped in \u{1}...\u{1} so libedit does not count them.
  func setPrompt(_ prompt: String) {
    let old = currentPrompt
    currentPrompt = Self.cString(prompt)
    old.deallocate()
  }

  func readLine() -> Input {
    el_resize(editLine)
    var count: Int32 = 0
    guard let raw = el_gets(editLine, &count) else {
      return count < 0 ? .interrupted : .endOfFile
    }
    var line = String(cString: raw)
    if line.hasSuffix("\n") { line.removeLast() }
    return .line(line)
  }

  func addHistory(_ entries: [String]) {
    var event = HistEvent()
    for e in entries { silk_history_enter(history, &event, e) }
  }

  /// A copy of `text` that outlives the call, for libedit to read until the next prompt.
  static func cString(_ text: String) -> UnsafeMutablePointer<CChar> {
    let bytes = text.utf8CString
    let copy = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count)
    _ = UnsafeMutableBufferPointer(start: copy, count: bytes.count).initialize(from: bytes)
    return copy
  }

  /// Reads one character for libedit: -1 when a signal interrupts (errno EINTR) or the input
  /// breaks off mid-character, 0 at end of input, 1 with the character decoded from UTF-8.
  static func readCharacter(_ out: UnsafeMutablePointer<wchar_t>?) -> Int32 {
    var bytes: [UInt8] = []
    var expected = 1
    while bytes.count < expected {
      let byte: UInt8
      switch Platform.readTerminalByte() {
      case .byte(let b): byte = b
      case .endOfInput: return bytes.isEmpty ? 0 : -1
      case .interrupted, .failed: return -1
      }
      if !bytes.isEmpty && byte & 0xC0 != 0x80 { bytes = [] }  // a broken sequence: restart here
      if bytes.isEmpty {
        switch byte {
        case 0xC0...0xDF: expected = 2
        case 0xE0...0xEF: expected = 3
        case 0xF0...0xF7: expected = 4
        default: expected = 1
        }
      }
      bytes.append(byte)
    }
    let scalar = String(decoding: bytes, as: UTF8.self).unicodeScalars.first ?? "\u{FFFD}"
    out?.pointee = wchar_t(bitPattern: scalar.value)
    return 1
  }

  /// Completes the word before the cursor from commands (first word only) and knowledge names:
  /// a unique match is inserted whole, several are narrowed to their common prefix and listed.
  static func complete(_ el: OpaquePointer) -> UInt8 {
    guard let info = el_line(el)?.pointee else { return UInt8(CC_ERROR) }
    let before = String(cString: Array(UnsafeBufferPointer(start: info.buffer, count: info.cursor - info.buffer)).map { $0 } + [0])
    let start = before.lastIndex(where: { $0 == " " }).map { before.index(after: $0) } ?? before.startIndex
    let prefix = String(before[start...])
    guard !prefix.isEmpty else { return UInt8(CC_ERROR) }
    let matches = completions(of: prefix, atLineStart: before[..<start].allSatisfy { $0 == " " || $0 == ":" })
    guard !matches.isEmpty else { return UInt8(CC_ERROR) }
    var common = matches[0]
    for m in matches.dropFirst() {
      while !m.lowercased().hasPrefix(common.lowercased()) { common.removeLast() }
    }
    if matches.count == 1 { common += " " }
    if common.count >= prefix.count {
      el_deletestr(el, Int32(prefix.count))
      el_insertstr(el, common)
    }
    if matches.count > 1 && common.count <= prefix.count {
      Platform.flushStandardOutput()
      Platform.writeStandardOutput(ShellText.completionList(matches))
      return UInt8(CC_REDISPLAY)
    }
    return UInt8(CC_REFRESH)
  }

  /// The words that start with `prefix`, ignoring case, each once; command names only as the
  /// first word of a line.
  private static func completions(of prefix: String, atLineStart: Bool) -> [String] {
    let lower = prefix.lowercased()
    var seen = Set<String>()
    return completionWords.filter { w in
      let lw = w.lowercased()
      guard lw.hasPrefix(lower), seen.insert(lw).inserted else { return false }
      return atLineStart || !Command.names.contains(w)
    }
  }
}
