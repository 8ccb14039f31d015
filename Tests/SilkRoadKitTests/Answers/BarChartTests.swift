import SilkRoadCore
import Testing

@testable import SilkRoadKit

/// Bars for comparable figures, drawn from the figures themselves.
@Suite struct BarChartTests {
  let m = MatchContext(index: Fixtures.Region.index, query: Query(text: ""), ranked: [])

  func row(_ label: String, _ id: String) -> (label: String, statement: Statement) {
    (label, Fixtures.Region.knowledge.statement(id: id)!)
  }

  /// The largest value fills the width; the others are in proportion, to an eighth of a block;
  /// labels are padded to one width.
  @Test func bars_areInProportion() throws {
    let lines = try #require(BarChart.lines(rows: [row("Kyrgyzstan", "debt-kg"), row("Kazakh", "debt-kz")], m))
    #expect(
      lines.map(\.text) == [
        "  Kyrgyzstan │" + String(repeating: "█", count: 30) + " $1.7 billion",
        // 0.5 / 1.7 of 240 eighths is 70.6: 71 eighths, eight blocks and seven eighths.
        "  Kazakh     │" + String(repeating: "█", count: 8) + "▉ $0.5 billion",
      ])
    #expect(lines.allSatisfy { $0.style == .chart })
    #expect(lines.map(\.citations) == [[Citation(section: "Debt", paragraph: 1)], [Citation(section: "Debt", paragraph: 2)]])
  }

  /// "Greater than 20%" is drawn open-ended.
  @Test func lowerBound_isDrawnOpenEnded() throws {
    let lines = try #require(BarChart.lines(rows: [row("Kyrgyzstan", "gdp-kg"), row("Tajikistan", "gdp-tj")], m))
    #expect(lines[0].text.hasSuffix("█▶ greater than 20%"))
    #expect(!lines[1].text.contains("▶"))
  }

  @Test func oneRowOrARowWithoutAValue_isNoChart() {
    #expect(BarChart.lines(rows: [row("Kyrgyzstan", "debt-kg")], m) == nil)
    #expect(BarChart.lines(rows: [row("Kyrgyzstan", "debt-kg"), row("Roads", "why-kg")], m) == nil)
  }

  @Test func ascii_replacesEveryBlockCharacter() {
    #expect(BarChart.ascii("  A │██▌▶ 5") == "  A |##+> 5")
    #expect(BarChart.ascii("▏▎▍▌▋▊▉") == "|++++++")
    #expect(BarChart.ascii("plain text ¶6") == "plain text ¶6")
  }
}
