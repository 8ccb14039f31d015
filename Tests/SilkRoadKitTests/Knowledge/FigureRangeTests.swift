import SilkRoadCore
import Testing

@testable import SilkRoadKit

/// A figure with a slip of scale (an absurdly large value) is refused when the knowledge loads,
/// and nothing that shows figures traps on one that is merely large or negative.
@Suite struct FigureRangeTests {
  static func figure(_ value: String) -> String {
    #"{"id": "odd", "kind": "figure", "about": ["kyrgyzstan"], "measure": "debt-to-china", "value": "# + value
      + #", "text": "An odd figure of "# + value + #".", "citation": {"section": "Debt", "paragraph": 1}}"#
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

/// `check` compares a figure's text with its value and time: answers print the text and charts
/// draw the value, so a slip in either shows one thing and draws another.
@Suite struct FigureTextTests {
  static func problems(value: String, scale: String? = "billion", time: String? = nil, text: String) -> String {
    let extra = (scale.map { #", "scale": ""# + $0 + #"""# } ?? "") + (time.map { #", "time": ""# + $0 + #"""# } ?? "")
    let statement =
      #"{"id": "odd", "kind": "figure", "about": ["kyrgyzstan"], "measure": "debt-to-china", "value": "# + value + extra
      + #", "text": ""# + text + #"", "citation": {"section": "Debt", "paragraph": 1}}"#
    let file = KnowledgeFile(name: "more.json", text: #"{"statements": ["# + statement + "]}")
    if case .failure(let errors) = Knowledge.load(Fixtures.Region.files + [file]) { return errors.description }
    return ""
  }

  @Test func textThatDisagreesWithItsValue_isAProblem() {
    let p = Self.problems(value: "1.7", text: "Kyrgyzstan owes China $1.9 billion.")
    #expect(p.contains("more.json:1:") && p.contains("statement \"odd\": its text does not show its value 1.7 billion"))
  }

  @Test func usualFormsOfTheValue_areAccepted() {
    #expect(Self.problems(value: "1.7", text: "Kyrgyzstan owes China $1.7 billion.") == "")
    #expect(Self.problems(value: "1.7", text: "Kyrgyzstan owes China $1,700 million, and more besides.") == "")
    #expect(Self.problems(value: "14000", scale: nil, text: "Some 14,000 students, out of 20,000 places.") == "")
    #expect(Self.problems(value: "16", scale: nil, text: "Sixteen joint exercises.") == "")
  }

  @Test func yearOutsideTheFiguresTime_isAProblem() {
    let p = Self.problems(value: "1.7", time: "2019", text: "In 2017 Kyrgyzstan owed China $1.7 billion.")
    #expect(p.contains("statement \"odd\": its text names 2017, outside its time 2019"))
    #expect(Self.problems(value: "1.7", time: "2016/2019", text: "By 2019 Kyrgyzstan owed China $1.7 billion.") == "")
  }
}

/// A source file given to `check --source` is hand-made too: a paragraph number that is not a
/// whole number is a problem on its line, not a trap.
@Suite struct SourceFileTests {
  @Test func oddParagraphNumbers_areProblemsOnTheirLine() throws {
    let k = try Fixtures.knowledge()
    let lines = """
      {"section": "Debt", "paragraph": 1e300, "text": "x"}
      {"section": "Debt", "paragraph": 1.5, "text": "x"}
      """
    let p = ProvenanceChecker.check(k, sourceID: "article", paragraphsJSONL: lines, file: "p.jsonl").map(\.description)
    #expect(p.filter { $0.contains("(a whole number)") }.count == 2)
    #expect(p.contains { $0.hasPrefix("p.jsonl:1:") } && p.contains { $0.hasPrefix("p.jsonl:2:") })
  }
}
