// The prompt's history file: plain lines in $XDG_STATE_HOME/silkroad/history (default
// ~/.local/state/silkroad/history), the last 1,000 entries, consecutive duplicates skipped,
// written through a temporary file and a rename so a failed write never truncates the old one.

/// The history kept between sessions. A history that cannot be read or written is a warning,
/// never a reason to refuse the prompt.
struct HistoryFile {
  enum Problem: Error {
    case notLoaded(Platform.FileError)
    case noHomeDirectory
    case notSaved(Platform.FileError)
  }

  static let limit = 1000
  let path: String?
  private(set) var entries: [String] = []
  /// Why the old history is missing, if it could not be read.
  private(set) var loadProblem: Problem?

  init(path: String?) {
    self.path = path
    if let path, Platform.fileExists(path) {
      do {
        entries = try Platform.readFile(path).split(separator: "\n").map(String.init).suffix(Self.limit).map { $0 }
      } catch {
        loadProblem = .notLoaded(error)
      }
    }
  }

  static func defaultPath() -> String? {
    if let state = Platform.environment("XDG_STATE_HOME"), state.hasPrefix("/") {
      return state + "/silkroad/history"
    }
    guard let home = Platform.environment("HOME"), !home.isEmpty else { return nil }
    return home + "/.local/state/silkroad/history"
  }

  mutating func add(_ line: String) {
    guard !line.isEmpty, entries.last != line else { return }
    entries.append(line)
    if entries.count > Self.limit { entries.removeFirst(entries.count - Self.limit) }
  }

  /// Saves; returns the problem instead of failing when the location is not writable.
  func save() -> Problem? {
    guard let path else { return .noHomeDirectory }
    do {
      if let slash = path.lastIndex(of: "/") { try Platform.makeDirectories(String(path[..<slash])) }
      try Platform.writeFileAtomically(path, entries.map { $0 + "\n" }.joined(), mode: 0o600)
      return nil
    } catch {
      return .notSaved(error)
    }
  }
}
