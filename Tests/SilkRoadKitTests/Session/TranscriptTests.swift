import Foundation
import Testing

@testable import SilkRoadKit

/// Replays every recorded session in Transcripts/ through the same conversation code the REPL
/// uses, and fails with a line-by-line diff when a reply differs. Never re-records.
@Suite struct TranscriptTests {
  static let directory = PackagePaths.path("Transcripts")

  static var files: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
  }

  @Test func thereAreTranscripts() {
    #expect(Self.files.count >= 3)
  }

  @Test(arguments: TranscriptTests.files)
  func transcript_replaysIdentically(_ name: String) throws {
    let text = try String(contentsOfFile: Self.directory + "/" + name, encoding: .utf8)
    let expected = Transcript.parse(text)
    #expect(!expected.exchanges.isEmpty)
    let actual = expected.replay(knowledge: Fixtures.builtIn)
    if let diff = Transcript.diff(expected: expected, actual: actual) {
      Issue.record("\(name) differs (re-record with `silkroad transcript rerecord Transcripts/\(name)` if the change is deliberate):\n\(diff)")
    }
  }

  @Test func transcript_roundTripsThroughText() {
    let t = Transcript(header: ["# A scenario"], exchanges: [.init(input: "hello", reply: ["Hi.", "", "More."])])
    let parsed = Transcript.parse(t.render())
    #expect(parsed.header == t.header)
    #expect(parsed.exchanges == t.exchanges)
  }
}
