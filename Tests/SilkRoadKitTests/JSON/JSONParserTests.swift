import Testing

@testable import SilkRoadKit

@Suite struct JSONParserTests {
  @Test func parse_nestedValues() throws {
    let v = try JSONParser.parse(#"{"a": [1, 2.5, "x\u00fc\n"], "b": {"c": true, "d": null}}"#, file: "t.json")
    guard case .array(let items, _)? = v["a"], case .string(let s, _) = items[2] else {
      Issue.record("wrong shape")
      return
    }
    #expect(items.count == 3)
    #expect(s == "xü\n")
    guard case .bool(true, _)? = v["b"]?["c"] else {
      Issue.record("expected true")
      return
    }
  }

  @Test func syntaxError_reportsLineAndColumn() {
    do {
      _ = try JSONParser.parse("{\n  \"a\": 1,\n  \"b\" 2\n}", file: "k.json")
      Issue.record("expected an error")
    } catch {
      #expect(error.description == "k.json:3:7: expected ':' after key")
    }
  }

  @Test func duplicateKey_isAnError() {
    #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(#"{"a": 1, "a": 2}"#, file: "d.json") }
  }

  @Test func writer_escapesControlCharacters() {
    #expect(JSONWriter.string("a\"b\\c\n\u{1}") == #""a\"b\\c\n\u0001""#)
  }
}
