import Foundation
import SilkRoadCore
import Testing

/// The JSON schema an editor validates knowledge files with lists the same fixed values as the
/// code that loads them: a value added to one and not the other fails here.
@Suite struct SchemaTests {
  static func schema() throws -> [String: Any] {
    let data = try Data(contentsOf: URL(fileURLWithPath: PackagePaths.path("Knowledge/schema/knowledge.schema.json")))
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  static func enumValues(_ path: [String]) throws -> Set<String> {
    var node: Any = try schema()
    for key in path { node = try #require((node as? [String: Any])?[key], "no \(key) in the schema") }
    return Set(try #require((node as? [String: Any])?["enum"] as? [String]))
  }

  @Test func fixedValues_matchTheCode() throws {
    let item = { (part: String) in ["properties", part, "items", "properties"] }
    #expect(try Self.enumValues(item("statements") + ["bound"]) == Set(Bound.allCases.map(\.rawValue)))
    #expect(try Self.enumValues(item("statements") + ["kind"]) == Set(StatementKind.allCases.map(\.rawValue)))
    #expect(try Self.enumValues(item("entities") + ["kind"]) == Set(EntityKind.allCases.map(\.rawValue)))
    #expect(try Self.enumValues(item("forms") + ["id"]) == Set(Form.allCases.map(\.rawValue)))
  }

  /// Every top-level key the loader reads is in the schema, and nothing else.
  @Test func topLevelKeys_matchTheLoader() throws {
    let properties = try #require(try Self.schema()["properties"] as? [String: Any])
    #expect(Set(properties.keys) == KnowledgeDecoder.topLevelKeys)
  }

  /// A value outside the fixed lists is a problem that names the value, its place and what is allowed.
  @Test func unknownFixedValues_areProblemsThatSayWhatIsAllowed() {
    let file = KnowledgeFile(
      name: "odd.json",
      text: """
        {"forms": [{"id": "how-many", "phrases": ["how many"]}],
         "entities": [{"id": "x", "name": "X", "kind": "planet", "description": "d", "citation": {"section": "S", "paragraph": 1}}]}
        """)
    guard case .failure(let errors) = Knowledge.load([file]) else {
      Issue.record("a form and a kind outside the lists loaded")
      return
    }
    let text = errors.description
    #expect(text.contains("odd.json:1:") && text.contains("unknown form \"how-many\"") && text.contains("how-much"))
    #expect(text.contains("unknown entity kind \"planet\"") && text.contains("country"))
  }
}
