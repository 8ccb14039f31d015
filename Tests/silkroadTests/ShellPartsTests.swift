import ArgumentParser
import SilkRoadKit
import Testing

@testable import silkroad

/// The small parts around the loop: prompt text, history, options as the prompt's commands.
@Suite struct ShellPartsTests {
  @Test func prompt_showsTheModeOnlyWhenThereIsOne() {
    #expect(ShellText.prompt(modeLabel: nil) == "silkroad> ")
    #expect(ShellText.prompt(modeLabel: "quiz 2/5") == "silkroad [quiz 2/5]> ")
  }

  @Test func colouredPrompt_bracketsItsEscapesForLibedit() {
    #expect(TerminalStyle(enabled: true).prompt("silkroad> ") == "\u{1}\u{1B}[1;32m\u{1}silkroad> \u{1}\u{1B}[0m\u{1}")
    #expect(TerminalStyle.plain.prompt("silkroad> ") == "silkroad> ")
  }

  @Test func quitAndSave_showNothingThemselves() {
    #expect(TerminalStyle.plain.lines(of: .quit).isEmpty)
    #expect(TerminalStyle.plain.lines(of: .save(path: "a.md", markdown: "", exchanges: 1)).isEmpty)
    #expect(TerminalStyle.plain.lines(of: .text(["a", "b"])) == ["a", "b"])
  }

  @Test func history_skipsConsecutiveDuplicates_andKeepsTheLastThousand() {
    var h = HistoryFile(path: nil)
    for i in 0..<1005 { h.add("q\(i)"); h.add("q\(i)") }
    h.add("")
    #expect(h.entries.count == 1000)
    #expect(h.entries.first == "q5")
    #expect(h.entries.last == "q1004")
  }

  @Test func history_withoutAHome_isAWarning() {
    let problem = HistoryFile(path: nil).save()
    #expect(problem.map(ShellText.warning) == "silkroad: history not saved: no home directory\n")
  }

  @Test func quizOptions_becomeTheQuizCommand() throws {
    #expect(try QuizCommand.parse(["--seed", "7", "-n", "3", "debt"]).quizLine == "quiz debt 3 seed 7")
    #expect(try QuizCommand.parse([]).quizLine == "quiz 5")
    #expect(throws: (any Error).self) { try QuizCommand.parse(["-n", "0"]) }
  }

  @Test func checkSource_idIsOptional_andAnEqualsSignInAFolderIsPartOfThePath() {
    #expect(CheckCommand.sourceAndPath("notes=p.jsonl") == ("notes", "p.jsonl"))
    #expect(CheckCommand.sourceAndPath("p.jsonl") == ("article", "p.jsonl"))
    #expect(CheckCommand.sourceAndPath("a=b/p.jsonl") == ("a", "b/p.jsonl"))
    #expect(CheckCommand.sourceAndPath("x/a=b.jsonl") == ("article", "x/a=b.jsonl"))
  }
}
