import Testing

@testable import SilkRoadKit

@Suite struct SanitizerTests {
  @Test func escapesAndControls_areRemoved() {
    let (text, cut) = InputSanitizer.clean("a\u{1B}[31mb\u{1B}]0;title\u{07}c\u{0}d\u{7F}e\u{9B}f\u{202E}g\tx")
    #expect(text == "abcdefg x")
    #expect(!cut)
  }

  @Test func longInput_isCut() {
    let (text, cut) = InputSanitizer.clean(String(repeating: "ab", count: 5000))
    #expect(text.count == InputSanitizer.maxCharacters)
    #expect(cut)
  }

  @Test func conversation_answersTheCleanedQuestion_andSaysItWasCut() {
    let c = Conversation(knowledge: Fixtures.builtIn)
    let reply = c.respond(to: "How much does Kyrgyzstan owe China? " + String(repeating: "x", count: 3000))
    guard case .answer(let a)? = reply else {
      Issue.record("expected an answer")
      return
    }
    #expect(a.lines.first?.text == "(Only the first 1,000 characters were read.)")
  }

  @Test func oddInputs_neverCrash() {
    // Inputs of the shapes a fuzzer tries; every one must produce a reply or nothing, quickly.
    let c = Conversation(knowledge: Fixtures.builtIn)
    for input in [
      "", "?", ":", "::help", "quiz 0 seed 18446744073709551615", "quiz seed", "tour ", "save ",
      "facts \u{0}", "and", "what about", "2019", "november", "¶¶¶", "$$$ 1.7e308 billion",
      String(repeating: "kyrgyzstan ", count: 200), "sinopholes sinopholes", "why why why",
    ] {
      // Nothing for the empty line only; anything else gets a reply with something to show.
      let reply = c.respond(to: input)
      if input.isEmpty {
        #expect(reply == nil)
      } else {
        #expect(reply.map { !$0.plainLines.isEmpty } == true, "\(input.prefix(40)): \(String(describing: reply))")
      }
    }
  }
}
