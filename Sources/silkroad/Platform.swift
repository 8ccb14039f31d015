// Every operating-system call silkroad makes, in one file: files and directories, the standard
// streams, the environment and locale, terminals, signals and exit. The library never touches any
// of these, and no other file of the executable imports the C library for them; anything that
// needs the machine asks here, so a port or a fake starts from one list.
#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Set by the signal handlers and read by the line editor between keys. A handler may do almost
/// nothing safely, so it only stores the signal's number; the prompt acts on it.
nonisolated(unsafe) private var pendingSignal: sig_atomic_t = 0

enum Platform {
  struct FileError: Error, CustomStringConvertible {
    var path: String
    var reason: String
    var description: String { "\(path): \(reason)" }
  }

  private static func errorText() -> String { String(cString: strerror(errno)) }

  // MARK: Environment and locale

  static func environment(_ name: String) -> String? {
    guard let value = getenv(name) else { return nil }
    return String(cString: value)
  }

  /// Whether the user's locale (LC_ALL, then LC_CTYPE, then LANG, as the C library decides)
  /// writes UTF-8; bar charts fall back to ASCII when it does not.
  static var localeIsUTF8: Bool {
    let locale =
      environment("LC_ALL").flatMap { $0.isEmpty ? nil : $0 }
      ?? environment("LC_CTYPE").flatMap { $0.isEmpty ? nil : $0 } ?? environment("LANG") ?? ""
    let l = locale.lowercased()
    return l.contains("utf-8") || l.contains("utf8")
  }

  /// Takes the user's locale, with a UTF-8 character set even when it names another: libedit
  /// drops non-ASCII input unless the locale's character set is UTF-8.
  static func useLocaleWithUTF8() {
    setlocale(LC_ALL, "")
    if let codeset = nl_langinfo(nl_item(CODESET)), String(cString: codeset) != "UTF-8" {
      setlocale(LC_CTYPE, "C.UTF-8")
    }
  }

  // MARK: Files

  /// Reads a whole file as UTF-8 (invalid bytes become U+FFFD).
  static func readFile(_ path: String) throws(FileError) -> String {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw FileError(path: path, reason: errorText()) }
    defer { close(fd) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        throw FileError(path: path, reason: errorText())
      }
      if n == 0 { break }
      bytes.append(contentsOf: buffer[0..<n])
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  static func fileExists(_ path: String) -> Bool { access(path, F_OK) == 0 }

  static func isDirectory(_ path: String) -> Bool {
    var st = stat()
    return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
  }

  /// Writes through a temporary file in the same directory and a rename, so a crash or a full
  /// disk never leaves the old file truncated or a new one half-written.
  static func writeFileAtomically(_ path: String, _ text: String, mode: mode_t = 0o644) throws(FileError) {
    let temp = path + ".tmp-\(getpid())"
    let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
    guard fd >= 0 else { throw FileError(path: path, reason: errorText()) }
    var failure = writeAll(fd, Array(text.utf8))
    if failure == nil && fsync(fd) != 0 { failure = errorText() }
    if close(fd) != 0 && failure == nil { failure = errorText() }
    if failure == nil && rename(temp, path) != 0 { failure = errorText() }
    if let failure {
      unlink(temp)
      throw FileError(path: path, reason: failure)
    }
  }

  /// Writes every byte, retrying after signals; the reason when the system refuses.
  private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> String? {
    var offset = 0
    while offset < bytes.count {
      let n = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        return errorText()
      }
      offset += n
    }
    return nil
  }

  /// `mkdir -p`.
  static func makeDirectories(_ path: String) throws(FileError) {
    var current = path.hasPrefix("/") ? "" : "."
    for part in path.split(separator: "/") {
      current += "/" + part
      if mkdir(current, 0o755) != 0 && errno != EEXIST {
        throw FileError(path: current, reason: errorText())
      }
    }
  }

  /// Paths of regular files under `dir` (recursively), relative to it, sorted.
  static func listFiles(_ dir: String, relativeTo prefix: String = "") -> [String] {
    guard let handle = opendir(dir) else { return [] }
    defer { closedir(handle) }
    var out: [String] = []
    while let entry = readdir(handle) {
      let name = withUnsafePointer(to: entry.pointee.d_name) {
        $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
      }
      if name == "." || name == ".." || name.hasPrefix(".") { continue }
      let full = dir + "/" + name
      let rel = prefix.isEmpty ? name : prefix + "/" + name
      if isDirectory(full) {
        out += listFiles(full, relativeTo: rel)
      } else {
        out.append(rel)
      }
    }
    return out.sorted()
  }

  // MARK: Standard streams

  /// One line of standard input without its line ending, nil at the end.
  static func readLine() -> String? { Swift.readLine() }

  /// One line on standard output, through the C library's buffer (as `print` writes).
  static func writeLine(_ text: String) { print(text) }

  /// Writes past the buffer, for text that must appear among libedit's own output.
  static func writeStandardOutput(_ text: String) {
    var t = text
    t.withUTF8 { buffer in _ = write(1, buffer.baseAddress, buffer.count) }
  }

  static func writeStandardError(_ text: String) {
    var t = text
    t.withUTF8 { buffer in _ = write(2, buffer.baseAddress, buffer.count) }
  }

  static func flushStandardOutput() { fflush(nil) }

  static func exit(_ code: Int32) -> Never {
    fflush(nil)
    Glibc.exit(code)
  }

  // MARK: Terminals

  static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

  /// Standard input, output and error as C streams, for libedit; nil if one cannot be opened.
  static func standardStreams() -> (input: UnsafeMutablePointer<FILE>, output: UnsafeMutablePointer<FILE>, error: UnsafeMutablePointer<FILE>)? {
    guard let input = fdopen(0, "r"), let output = fdopen(1, "w"), let error = fdopen(2, "w") else { return nil }
    return (input, output, error)
  }

  enum TerminalByte {
    case byte(UInt8)
    case endOfInput
    /// A signal arrived; errno says EINTR, as libedit expects of an interrupted read.
    case interrupted
    /// The read failed; errno says why.
    case failed
  }

  /// Waits for one byte of standard input. It polls rather than blocking in `read`, so that a
  /// signal that arrived at any moment, even just before the wait began, interrupts it.
  static func readTerminalByte() -> TerminalByte {
    while true {
      if pendingSignal != 0 {
        errno = EINTR
        return .interrupted
      }
      var p = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
      if poll(&p, 1, 200) <= 0 { continue }
      var byte: UInt8 = 0
      let n = read(0, &byte, 1)
      if n < 0 {
        if errno == EINTR || errno == EAGAIN { continue }
        return .failed
      }
      return n == 0 ? .endOfInput : .byte(byte)
    }
  }

  // MARK: Signals

  enum Signal: Equatable {
    /// Ctrl-C: drop the line being typed, keep the session.
    case interrupt
    /// SIGTERM or SIGHUP: end the session cleanly, then end as the signal would have.
    case terminate(Int32)
  }

  /// Catches Ctrl-C, SIGTERM and SIGHUP without SA_RESTART, so a blocked read returns EINTR and
  /// the prompt sees the flag. A parent may have started us with them blocked (the mask survives
  /// exec), so they are unblocked first.
  static func catchSignals() {
    var set = sigset_t()
    sigemptyset(&set)
    for sig in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&set, sig) }
    sigprocmask(SIG_UNBLOCK, &set, nil)
    for sig in [SIGINT, SIGTERM, SIGHUP] {
      var action = sigaction()
      action.__sigaction_handler.sa_handler = { signo in pendingSignal = signo }
      sigemptyset(&action.sa_mask)
      action.sa_flags = 0
      sigaction(sig, &action, nil)
    }
  }

  /// Takes the signal that arrived since the last look, if any.
  static func takeSignal() -> Signal? {
    let s = pendingSignal
    pendingSignal = 0
    switch s {
    case 0: return nil
    case SIGTERM, SIGHUP: return .terminate(s)
    default: return .interrupt
    }
  }

  /// Ends the process the way the signal would have, once the caller has cleaned up.
  static func end(by sig: Int32) -> Never {
    signal(sig, SIG_DFL)
    raise(sig)
    Glibc.exit(128 + sig)
  }
}
