import Foundation
import Testing

@testable import SilkRoadKit

@Suite struct KnowledgeCheckTests {
  func problems(replacing old: String, with new: String, in file: String = "facts.json") -> [String] {
    let files = Fixtures.files.map { f in
      f.name == file ? KnowledgeFile(name: f.name, text: f.text.replacing(old, with: new)) : f
    }
    switch Knowledge.load(files) {
    case .success: return []
    case .failure(let e): return e.problems.map(\.description)
    }
  }

  @Test func fixture_isClean() throws {
    let k = try Fixtures.knowledge()
    #expect(k.statements.count == 5)
    let provenance = ProvenanceChecker.check(k, sourceID: "article", paragraphsJSONL: Fixtures.paragraphsFile, file: "p.jsonl")
    #expect(provenance.isEmpty, "\(provenance)")
  }

  @Test func danglingEntity_isReported() {
    let p = problems(
      replacing: #""about": ["kyrgyzstan", "china"], "measure": "debt-to-china""#, with: #""about": ["kyrgyzstn", "china"], "measure": "debt-to-china""#)
    #expect(p.count == 1)
    #expect(p.first?.contains("undeclared entity \"kyrgyzstn\"; did you mean \"kyrgyzstan\"?") == true)
  }

  /// A source's declared subjects must be entities; a declared one is background for matching.
  @Test func sourceSubjects_areCheckedAndMadeBackground() throws {
    let p = problems(replacing: #""note": "test","#, with: #""note": "test", "subjects": ["chna"],"#, in: "source.json")
    #expect(p.count == 1)
    #expect(p.first?.contains("source \"article\" subject refers to undeclared entity \"chna\"; did you mean \"china\"?") == true)
    // In the built-in knowledge Kazakhstan is named often but not in a fifth of all statements.
    #expect(!KnowledgeIndex(Fixtures.builtIn).entities.background.contains("kazakhstan"))
    let files = EmbeddedKnowledge.allFiles.map { f in
      f.name == "source.json"
        ? KnowledgeFile(name: f.name, text: f.text.replacing(#""subjects": ["china"]"#, with: #""subjects": ["china", "kazakhstan"]"#)) : f
    }
    guard case .success(let k) = Knowledge.load(files) else {
      Issue.record("a declared subject that exists is fine")
      return
    }
    #expect(k.sources[0].subjects == ["china", "kazakhstan"])
    #expect(KnowledgeIndex(k).entities.background.contains("kazakhstan"))
  }

  @Test func missingParagraph_isReported() {
    let p = problems(
      replacing: #""text": "Kyrgyzstan owes China $1.7 billion.", "citation": {"section": "Debt", "paragraph": 1}"#,
      with: #""text": "Kyrgyzstan owes China $1.7 billion.", "citation": {"section": "Debt", "paragraph": 9}"#)
    #expect(p == ["facts.json:2:3: statement \"debt-kg\" cites Debt ¶9, but that section has 2 paragraphs"])
  }

  @Test func unknownSection_andUnknownField_andDuplicateID_allReported() {
    var text = Fixtures.statements.replacing(#""section": "Debt", "paragraph": 2}},"#, with: #""section": "Dept", "paragraph": 2}, "colour": "red"},"#)
    text = text.replacing(#""id": "gdp-kg""#, with: #""id": "debt-kg""#)
    let files = Fixtures.files.map { $0.name == "facts.json" ? KnowledgeFile(name: $0.name, text: text) : $0 }
    guard case .failure(let e) = Knowledge.load(files) else {
      Issue.record("expected problems")
      return
    }
    let all = e.problems.map(\.description).joined(separator: "\n")
    #expect(all.contains("unknown field \"colour\""))
    #expect(all.contains("duplicate statement id \"debt-kg\""))
    #expect(all.contains("cites unknown section \"Dept\""))
    #expect(e.problems.count == 5, "\(all)")  // the field and the section are wrong in two statements
  }

  @Test func valueThatIsNotANumber_isReported() {
    let p = problems(replacing: #""value": 1.7"#, with: #""value": "1.7""#)
    #expect(p.contains { $0.contains("\"value\" must be a number, found a string") })
  }

  @Test func syntaxError_stopsThatFile_withPosition() {
    let p = problems(replacing: #""kind": "claim""#, with: #""kind" "claim""#)
    #expect(p.count == 1)
    #expect(p.first?.hasPrefix("facts.json:10:27: expected ':' after key") == true, "\(p)")
  }

  @Test func wrongValue_isCaughtByProvenance() throws {
    let k = try Fixtures.knowledge(
      Fixtures.files.map {
        // (Value and text changed together: plain `check` refuses a text that disagrees with its value.)
        $0.name == "facts.json"
          ? KnowledgeFile(name: $0.name, text: $0.text.replacing(#""value": 6.5"#, with: #""value": 6.6"#).replacing("is 6.5%", with: "is 6.6%"))
          : $0
      })
    let p = ProvenanceChecker.check(k, sourceID: "article", paragraphsJSONL: Fixtures.paragraphsFile, file: "p.jsonl")
    #expect(
      p.map(\.message) == [
        "statement \"gdp-kz\": value 6.6 does not appear in Debt ¶2",
        "statement \"gdp-kz\": its text says 6.6, which does not appear in Debt ¶2",
      ])
  }

  @Test func numberInTextNotInParagraph_isCaughtByProvenance() throws {
    let k = try Fixtures.knowledge(
      Fixtures.files.map {
        $0.name == "facts.json" ? KnowledgeFile(name: $0.name, text: $0.text.replacing("build roads", with: "build 40 roads")) : $0
      })
    let p = ProvenanceChecker.check(k, sourceID: "article", paragraphsJSONL: Fixtures.paragraphsFile, file: "p.jsonl")
    #expect(p.map(\.message) == ["statement \"why-kg\": its text says 40, which does not appear in Debt ¶1"])
  }

  @Test func laterFileWithSameName_replacesEarlier() throws {
    let replacement = KnowledgeFile(name: "facts.json", text: #"{"statements": []}"#)
    let k = try Fixtures.knowledge(Fixtures.files + [replacement])
    #expect(k.statements.isEmpty)
  }

  @Test func builtInKnowledge_isCleanAgainstTheArticle() throws {
    let k = Fixtures.builtIn
    #expect(k.statements.count > 250)
    // Without ../shared this fails (it used to return early and pass having checked nothing).
    let text = try PackagePaths.requireText(PackagePaths.paragraphs)
    let p = ProvenanceChecker.check(k, sourceID: "article", paragraphsJSONL: text, file: PackagePaths.paragraphs)
    #expect(p.isEmpty, "\(p.map(\.description).joined(separator: "\n"))")
  }
}
