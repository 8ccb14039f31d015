import SilkRoadCore
import Testing

@testable import SilkRoadKit

/// `facts FILTER`: by id, topic, measure, section, entity (any alias) or id prefix.
@Suite struct FactFilterTests {
  let filter = FactFilter(knowledge: Fixtures.Region.knowledge, index: Fixtures.Region.index)

  func ids(_ text: String) -> [String] { filter.select(text).map(\.id) }

  @Test func eachKindOfFilter() {
    #expect(ids("").count == Fixtures.Region.knowledge.statements.count)
    #expect(ids("debt-kg") == ["debt-kg"])
    #expect(ids("Military") == ["ex-kg", "ex-kz", "ex-tj", "military-base"])
    #expect(ids("joint-exercises") == ["ex-kg", "ex-kz", "ex-tj"])
    #expect(ids("Technology") == ["safe-city-uz", "safe-city-cost-uz", "huawei-cameras"])
    #expect(ids("trade-") == ["trade-kz", "trade-uz", "trade-uz-2013"])
  }

  /// An entity by any alias: every statement that mentions it, in its fields or its text.
  @Test func entity_byAnyAlias() {
    let dushanbe = ids("Dushanbe")
    #expect(dushanbe == ids("tajikistan"))
    #expect(dushanbe == ["debt-tj", "gdp-tj", "cdb-loan", "ex-tj", "general-visit"])
  }
}
