// Line input for the REPL: libedit on a terminal (emacs keys, Ctrl-R search, ~/.editrc, history,
// Tab completion). The REPL loop only sees `readLine()`; pipes never come here.
import CEditLine
import SilkRoadKit
#if canImport(Glibc)
  import Glibc
#endif

nonisolated(unsafe) private var currentPrompt: UnsafeMutablePointer<CChar> = strdup("> ")
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
    guard let input = fdopen(0, "r"), let output = fdopen(1, "w"), let errors = fdopen(2, "w"),
      let el = el_init(programName, input, output, errors), let hist = history_init() else { return nil }
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
    currentPrompt = strdup(prompt)
    free(old)
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

  /// Reads one character for libedit, waiting with poll so that a signal that arrived at any
  /// moment (even just before the read) interrupts the line: returns -1 with EINTR when one is
  /// pending, 0 at end of input, 1 with the character decoded from UTF-8.
  static func readCharacter(_ out: UnsafeMutablePointer<wchar_t>?) -> Int32 {
    var bytes: [UInt8] = []
    var expected = 1
    while bytes.count < expected {
      if pendingSignal != 0 {
        errno = EINTR
        return -1
      }
      var p = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
      let ready = poll(&p, 1, 200)
      if ready < 0 && errno == EINTR { continue }
      if ready <= 0 { continue }
      var byte: UInt8 = 0
      let n = read(0, &byte, 1)
      if n < 0 {
        if errno == EINTR || errno == EAGAIN { continue }
        return -1
      }
      if n == 0 { return bytes.isEmpty ? 0 : -1 }
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
    let atLineStart = before[..<start].allSatisfy { $0 == " " || $0 == ":" }
    let lower = prefix.lowercased()
    var seen = Set<String>()
    let matches = completionWords.filter { w in
      let lw = w.lowercased()
      guard lw.hasPrefix(lower), seen.insert(lw).inserted else { return false }
      return atLineStart || !Command.names.contains(w)
    }
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
      var list = "\n"
      for m in matches.prefix(40) { list += m + "  " }
      if matches.count > 40 { list += "… (\(matches.count - 40) more)" }
      list += "\n"
      Platform.flushStandardOutput()
      Platform.writeStandardOutput(list)
      return UInt8(CC_REDISPLAY)
    }
    return UInt8(CC_REFRESH)
  }
}
