// Every operating-system call silkroad makes, in one file: files, directories, environment,
// terminals and signals. The library never touches any of these.
#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

enum Platform {
  static func environment(_ name: String) -> String? {
    guard let value = getenv(name) else { return nil }
    return String(cString: value)
  }

  static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

  struct FileError: Error, CustomStringConvertible {
    var path: String
    var reason: String
    var description: String { "\(path): \(reason)" }
  }

  static func errorText() -> String { String(cString: strerror(errno)) }

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
    var ok = true
    var reason = ""
    let bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let n = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        ok = false
        reason = errorText()
        break
      }
      offset += n
    }
    if ok && fsync(fd) != 0 {
      ok = false
      reason = errorText()
    }
    if close(fd) != 0 && ok {
      ok = false
      reason = errorText()
    }
    if ok && rename(temp, path) != 0 {
      ok = false
      reason = errorText()
    }
    if !ok {
      unlink(temp)
      throw FileError(path: path, reason: reason)
    }
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

  static func writeStandardError(_ text: String) {
    var t = text
    t.withUTF8 { buffer in _ = write(2, buffer.baseAddress, buffer.count) }
  }

  static func flushStandardOutput() { fflush(nil) }

  static func writeStandardOutput(_ text: String) {
    var t = text
    t.withUTF8 { buffer in _ = write(1, buffer.baseAddress, buffer.count) }
  }

  static func exit(_ code: Int32) -> Never {
    fflush(nil)
    Glibc.exit(code)
  }
}
