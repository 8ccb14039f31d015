// Every sentence the executable itself shows, in one place, so that wording stays consistent
// and can be reviewed at a glance. Callers pass context (a path, an error, a count), never prose.
// Answers and the conversation's own messages come from SilkRoadKit's `Messages`; the few the
// shell shows are forwarded here so that this file lists everything the shell prints. The
// `--help` texts stay beside the options they describe, where ArgumentParser expects them.
import SilkRoadKit

enum ShellText {
  // MARK: The prompt

  static let banner = Messages.Session.banner.text

  /// `silkroad> `, or `silkroad [tour 3/12]> ` during a tour or quiz.
  static func prompt(modeLabel: String?) -> String {
    "silkroad\(modeLabel.map { " [\($0)]" } ?? "")> "
  }

  /// Echoed when Ctrl-C drops the line being typed.
  static let interrupted = "^C"

  /// The choices Tab offers: at most forty, then how many more there are.
  static func completionList(_ words: [String]) -> String {
    var list = "\n"
    for w in words.prefix(40) { list += w + "  " }
    if words.count > 40 { list += "… (\(words.count - 40) more)" }
    return list + "\n"
  }

  static func overwriteQuestion(path: String) -> String { "\(path) exists. Overwrite it? [y/N] " }
  static func lessonExists(path: String) -> String { Messages.Session.exists(path: path).text }
  static func lessonSaved(path: String, exchanges: Int) -> String { Messages.Session.saved(path: path, exchanges: exchanges).text }
  static func lessonNotSaved(_ error: any Error) -> String { "Could not save the lesson: \(error)" }

  // MARK: Warnings and errors on standard error, each a whole line

  private static func complaint(_ text: String) -> String { "silkroad: \(text)\n" }

  static let noLineEditing = complaint("cannot start line editing; reading plainly")

  static func warning(_ problem: HistoryFile.Problem) -> String {
    switch problem {
    case .notLoaded(let error): return complaint("history not loaded (\(error))")
    case .noHomeDirectory: return complaint("history not saved: no home directory")
    case .notSaved(let error): return complaint("history not saved (\(error))")
    }
  }

  static func cannotReadKnowledge(_ error: any Error) -> String { complaint("cannot read knowledge: \(error)") }
  static func cannotReadSource(_ error: any Error) -> String { complaint("cannot read source: \(error)") }
  static func brokenKnowledge(_ problems: some CustomStringConvertible) -> String {
    problems.description + "\n" + complaint("refusing to start on a broken knowledge base")
  }
  /// Why a `--knowledge` path was refused.
  static let notADirectory = "not a directory"

  // MARK: Command-line mistakes (ArgumentParser adds `Error:` and the usage)

  static let emptyQuestion = "Give a question to ask."
  static let quizCountOutOfRange = "--count must be between 1 and 50."
  static func transcriptExists(_ file: String) -> String {
    "\(file) exists; use --force to replace it, or `transcript rerecord` after a deliberate change"
  }

  // MARK: facts and check

  static func statement(_ s: Statement) -> String {
    "\(s.id)  \(CitationFormatter.format([s.citation]))\n  \(s.text)"
  }
  static func noStatementMatches(_ filter: String) -> String { complaint("no statement matches “\(filter)”") }

  static func problemsFound(_ count: Int) -> String { "\(count) problem\(count == 1 ? "" : "s") found" }
  static func knowledgeIsSound(_ k: Knowledge, provenanceChecked: Bool) -> String {
    let figures = k.statements.filter { $0.kind == .figure }.count
    return
      "ok: \(k.sources.count) source(s), \(k.entities.count) entities, \(k.measures.count) measures, \(k.statements.count) statements (\(figures) figures)\(provenanceChecked ? ", provenance checked" : "")"
  }

  // MARK: Transcripts

  static func transcriptRecorded(exchanges: Int, file: String) -> String { "recorded \(exchanges) exchanges in \(file)" }
  static func transcriptPassed(_ file: String) -> String { "ok   \(file)" }
  static func transcriptFailed(_ file: String, diff: String) -> String { "FAIL \(file)\n\(diff)" }
  static func transcriptRerecorded(_ file: String, changed: Bool) -> String { (changed ? "new  " : "same ") + file }
}
