import SilkRoadCore
import Testing

@testable import SilkRoadKit

/// A figure with a slip of scale (an absurdly large value) is refused when the knowledge loads,
/// and nothing that shows figures traps on one that is merely large or negative.
@Suite struct FigureRangeTests {
  static func figure(_ value: String) -> String {
    #"{"id": "odd", "kind": "figure", "about": ["kyrgyzstan"], "measure": "debt-to-china", "value": "# + value
      + #", "text": "An odd figure.", "citation": {"section": "Debt", "paragraph": 1}}"#
  }

  @Test(arguments: ["1e300", "1e400", "-2e12", "1000000000000"])
  func absurdValue_isAProblemNamingFileLineAndWhatIsAllowed(_ value: String) {
    let file = KnowledgeFile(name: "more.json", text: #"{"statements": ["# + Self.figure(value) + "]}")
    guard case .failure(let errors) = Knowledge.load(Fixtures.Region.files + [file]) else {
      Issue.record("a value of \(value) loaded")
      return
    }
    #expect(errors.description.contains("more.json:1:"))
    #expect(errors.description.contains("\"value\" \(value) is out of range"))
    #expect(errors.description.contains("scale"))
  }

  @Test func largestAllowedValue_loads() throws {
    _ = try Fixtures.Region.index(adding: Self.figure("999999999999"))
  }

  @Test func formatting_neverTraps() {
    #expect(NumberText.format(999_999_999_999) == "999,999,999,999")
    #expect(NumberText.format(1e300) == "1e+300")
    #expect(NumberText.format(-1e20) == "-1e+20")
    #expect(NumberText.format(.infinity) == "inf")
    #expect(NumberText.format(0.0000001) == "1e-07" || NumberText.format(0.0000001) == "0.0")
  }

  /// Bars grow from zero: with a negative figure among the rows there is no chart, not a trap.
  @Test func negativeFigure_drawsNoChart() throws {
    let index = try Fixtures.Region.index(adding: Self.figure("-3"))
    let m = MatchContext(index: index, query: Query(text: ""), ranked: [])
    let rows = ["debt-kg", "odd"].map { ("row", index.knowledge.statement(id: $0)!) }
    #expect(BarChart.lines(rows: rows, m) == nil)
  }
}
