import Foundation
import Testing

/// Where the package and `../shared` (the article and the eval files every checkout and every CI
/// run has beside the package) are, seen from this file.
enum PackagePaths {
  /// The package root (Tests/SilkRoadKitTests/ is two levels below it: this file stays at the top
  /// of the test target, and tests in its subfolders find files through it, never by `#filePath`).
  static let root: String = {
    var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    parts.removeLast(3)
    return parts.joined(separator: "/")
  }()

  /// A path relative to the package root, made absolute.
  static func path(_ relative: String) -> String { root + "/" + relative }

  static let paragraphs = "../shared/source/paragraphs.jsonl"
  static let devQuestions = "../shared/eval/dev.jsonl"

  /// The text of a file the test cannot do without. When it is missing the test fails here, saying
  /// which file and why, instead of passing without having checked anything: CI always has
  /// `../shared`, so a missing file means a broken checkout, not a reason to skip.
  static func requireText(_ relative: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
    let full = path(relative)
    let text = try? String(contentsOfFile: full, encoding: .utf8)
    return try #require(
      text,
      "cannot read \(relative) (\(full)): this test needs ../shared beside the package (the shared article and eval files), as every checkout and CI run has it",
      sourceLocation: sourceLocation)
  }
}
