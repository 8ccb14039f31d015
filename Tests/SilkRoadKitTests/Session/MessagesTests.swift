import SilkRoadCore
import Testing

@testable import SilkRoadKit

/// The wording in `Messages`: every case has a sample here, renders a finished sentence, shows
/// every argument it is given and leaves nothing unfilled. The transcripts pin the exact wording
/// of what conversations say; these catch a case added without its words checked.
@Suite struct MessagesTests {
  // One sample of every case (both forms of a case whose optional or flag changes the sentence),
  // with arguments distinct enough to be found in the text.
  static let session: [Messages.Session] = [
    .banner, .help, .saved(path: "lesson.md", exchanges: 1), .saved(path: "class.md", exchanges: 7), .exists(path: "old.md"),
    .saveNeedsFileName, .contextCleared, .topicsIntro, .topic(name: "Debt", facts: 23, words: ["owe", "loan", "lend"]),
    .sourceSection(name: "Obstacles", paragraphs: 11, summary: "Corruption stalls projects."), .citationExample,
    .nothingAskedYet, .noStatementMatches(filter: "zebra"), .statementCount(42), .inputTruncated(characters: 900),
    .followingOn(question: "How much does Kyrgyzstan owe China?"), .takingAs(typed: "kyrgystan", name: "Kyrgyzstan"),
    .readingAs(typed: "instiutes", term: "institutes"), .duringTour(step: 3, of: 12),
  ]
  static let answers: [Messages.Answers] = [
    .greeting, .thanks, .goodbye, .capabilities, .noOpinions, .scope,
    .didYouMean(names: ["Kazakhstan", "Uzbekistan"], typed: "kazbekistan"),
    .didYouMean(names: ["Tajikistan", "Kazakhstan", "Pakistan"], typed: "takistan"),
    .neverMentions(words: ["zebra", "unicorn"]), .nothingFor(name: "Mongolia", covered: []),
    .nothingFor(name: "Mongolia", covered: ["Kazakhstan", "debt"]), .doesNotSay, .youCouldAsk, .tellMeAbout(name: "Huawei"),
    .noRecommendationFor(name: "Japan", addressees: ["Russia", "United States"]), .recommendations(for: "Russia"),
    .recommendations(for: nil), .figuresDisagree,
    .disagreeingFigure(value: "$12.7 billion", accordingTo: "Kazakhstan", statement: "Kazakhstan counts less."),
    .disagreeingFigure(value: "$19.9 billion", accordingTo: nil, statement: "China counts more."),
    .gap(larger: "19.9", smaller: "12.7", gap: "$7.2 billion", ratio: "1.6"), .gap(larger: "3", smaller: "0", gap: "3 visits", ratio: nil),
    .difference(larger: "16", smaller: "6.5", difference: "9.5 percentage points", ratio: "2.5"),
    .difference(larger: "4", smaller: "0", difference: "4 exercises", ratio: nil),
    .together(terms: ["1.7", "1.2"], sum: "$2.9 billion"), .noExactDifference(bounded: ["Tajikistan", "Kyrgyzstan"]),
    .sideBySide, .leader(lowest: false, names: ["Kyrgyzstan"], value: "41%", measure: "debt to China as a share of GDP", period: "2018"),
    .leader(lowest: true, names: ["Kazakhstan", "Uzbekistan"], value: "6.5%", measure: "external debt held by China", period: nil),
    .boundsRanked, .moreFromThatTime, .role("Telecommunications supplier"), .links(["built Safe City", "visited Hikvision"]),
    .moreInFacts(entity: "Huawei"), .otherTopic,
  ]
  static let classroom: [Messages.Classroom] = [
    .tourLabel(step: 3, of: 12), .quizLabel(question: 2, of: 5), .noTour(topic: "zebras"), .noTourInProgress, .lastStep, .firstStep,
    .tourEnded, .tourStep(step: 4, of: 12, topic: "Debt", title: "Obstacles"), .tourStep(step: 5, of: 12, topic: nil, title: "Trade"),
    .keyFigures, .tourFooter(lastStep: false), .tourFooter(lastStep: true), .nothingToStop, .noQuiz(topic: "zebras"),
    .quizIntro(questions: 1, seed: nil), .quizIntro(questions: 6, seed: 1234),
    .question(number: 2, of: 9, text: "Which country sued Gazprom?"), .answerPrompt(tolerancePercent: 5), .answerPrompt(tolerancePercent: nil),
    .answerWithLetter(orNumber: true), .answerWithLetter(orNumber: false), .correct, .notQuite, .skipped,
    .answerIs(letter: "C", option: "Turkmenistan"), .score(3, of: 4), .quizStopped(score: 2, of: 3),
    .quizOver(score: 4, of: 5, hints: 0), .quizOver(score: 1, of: 8, hints: 1), .quizOver(score: 6, of: 7, hints: 3),
    .hint("Look in the section Trade."), .noQuestionToHint, .noQuestionToSkip, .whichRanksHighest(measure: "trade with China"),
    .whichDid(kind: "company", relation: "upgraded", target: "Bishkek heat and power plant"), .lookInSection("Hard Power"),
    .namedInSection(kind: "person", section: "Technology"), .lessonTitle, .lessonOmitted(exchanges: 10_000), .lessonSources,
  ]
  static let why: [Messages.Why] = [
    .question("and Tajikistan?"), .intent("figure", score: 1.25), .runnerUp("explanation", score: 0.75),
    .forms(["how-much", "yes-no"]), .entities(["Kyrgyzstan", "China"]), .corrected(name: "Kyrgyzstan", typed: "kyrgystan"),
    .measures(["debt to China"]), .time(["November", "2019"]), .words(["owe", "loans"]), .readAs(typed: "instiutes", term: "institute"),
    .unknown("zebra"), .note("Following on from “x”."), .factsUsed(["debt-kyrgyzstan", "debt-tajikistan"]), .scored(candidates: 1),
    .scored(candidates: 17), .candidate(id: "debt-kyrgyzstan", relevance: 0.875, coverage: 0.5, echo: 0.25, lacks: []),
    .candidate(id: "trade-total", relevance: 0.125, coverage: 0.375, echo: 0.625, lacks: ["uzbekistan"]),
  ]

  /// Every sample: the enum it comes from, its case name, its argument values and its text.
  static var samples: [(group: String, name: String, arguments: [Any], text: String)] {
    session.map { ("Session", caseName($0), arguments($0), $0.text) } + answers.map { ("Answers", caseName($0), arguments($0), $0.text) }
      + classroom.map { ("Classroom", caseName($0), arguments($0), $0.text) } + why.map { ("Why", caseName($0), arguments($0), $0.text) }
  }

  /// Cases that are not sentences: labels, headings without a colon, a suggested question, the
  /// `why` report's fields and fragments; and one sentence that ends with the command to type.
  /// Everything else ends as a sentence (or introduces a list).
  static let notSentences: Set<String> = [
    "Session.saveNeedsFileName", "Session.topic", "Answers.tellMeAbout", "Answers.sideBySide", "Answers.role", "Answers.otherTopic",
    "Classroom.tourLabel", "Classroom.quizLabel", "Classroom.tourStep", "Classroom.lessonTitle", "Classroom.lessonSources",
  ]

  static func caseName(_ message: Any) -> String {
    Mirror(reflecting: message).children.first?.label ?? String(describing: message)
  }

  /// The values a case carries, optionals unwrapped and lists flattened (nil gives none).
  static func arguments(_ message: Any) -> [Any] {
    guard let payload = Mirror(reflecting: message).children.first?.value else { return [] }
    func flatten(_ value: Any) -> [Any] {
      let mirror = Mirror(reflecting: value)
      switch mirror.displayStyle {
      case .optional, .tuple, .collection: return mirror.children.flatMap { flatten($0.value) }
      default: return [value]
      }
    }
    return flatten(payload)
  }

  @Test func everyDeclaredCase_hasASample() throws {
    let source = try PackagePaths.requireText("Sources/SilkRoadKit/Session/Messages.swift")
    var declared: [String: Set<String>] = [:]
    var group = ""
    for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("  public enum "), let name = line.dropFirst(14).split(separator: ":").first { group = String(name) }
      guard line.hasPrefix("    case ") else { continue }
      // `case a, b(x: T, y: U)`: names are what precedes "(" or "," outside parentheses.
      var depth = 0
      var name = ""
      var names: [String] = []
      for c in line.dropFirst(9) {
        if c == "(" || c == "[" {
          if depth == 0 { names.append(name) }; depth += 1
        } else if c == ")" || c == "]" {
          depth -= 1; name = ""
        } else if depth == 0 && c == "," {
          if !name.isEmpty { names.append(name) }; name = ""
        } else if depth == 0 && c != " " {
          name.append(c)
        }
      }
      if !name.isEmpty { names.append(name) }
      declared[group, default: []].formUnion(names)
    }
    #expect(declared.keys.sorted() == ["Answers", "Classroom", "Session", "Why"])
    for (group, names) in declared {
      let sampled = Set(Self.samples.filter { $0.group == group }.map(\.name))
      #expect(names.subtracting(sampled).isEmpty, "Messages.\(group) cases without a sample here: \(names.subtracting(sampled).sorted())")
      #expect(sampled.subtracting(names).isEmpty, "samples of cases not found in Messages.swift: \(sampled.subtracting(names).sorted())")
    }
  }

  @Test func everySentence_endsInPunctuation() {
    for s in Self.samples where s.group != "Why" && !Self.notSentences.contains("\(s.group).\(s.name)") {
      #expect(s.text.last.map { ".!?:)".contains($0) } == true, "\(s.group).\(s.name) does not end a sentence: \(s.text)")
    }
  }

  @Test func everyTemplate_showsEachArgument() {
    for s in Self.samples {
      for argument in s.arguments {
        let shown: String
        switch argument {
        case let d as Double: shown = NumberText.format(d, places: 2)
        case let n as Int where n == 0: continue  // like nil, a count of none may leave nothing
        case let n as Int: shown = "\(n)"
        case is Bool: continue
        default: shown = "\(argument)"
        }
        #expect(s.text.contains(shown), "\(s.group).\(s.name) does not show \(shown): \(s.text)")
      }
    }
  }

  @Test func noMessage_isEmptyPaddedOrUnfilled() {
    for s in Self.samples {
      #expect(!s.text.isEmpty, "\(s.group).\(s.name) is empty")
      #expect(s.text.first?.isWhitespace == false && s.text.last?.isWhitespace == false, "\(s.group).\(s.name) is padded: “\(s.text)”")
      for leftover in ["\\(", "{", "}", "Optional(", "nil", "[\"", "  "] where s.name != "help" {
        #expect(!s.text.contains(leftover), "\(s.group).\(s.name) contains \(leftover): \(s.text)")
      }
    }
  }

  @Test func differentCases_sayDifferentThings() {
    var seen: [String: String] = [:]
    for s in Self.samples {
      if let other = seen[s.text] { Issue.record("\(s.group).\(s.name) says the same as \(other): \(s.text)") }
      seen[s.text] = "\(s.group).\(s.name)"
    }
  }

  @Test func templates_renderWholeSentences() {
    #expect(Messages.Session.saved(path: "a.md", exchanges: 1).text == "Saved the lesson (1 exchange) to a.md.")
    #expect(Messages.Session.saved(path: "a.md", exchanges: 2).text == "Saved the lesson (2 exchanges) to a.md.")
    #expect(Messages.Session.inputTruncated(characters: 2000).text == "(Only the first 2,000 characters were read.)")
    #expect(Messages.Answers.didYouMean(names: ["A", "B"], typed: "x").text == "Did you mean A or B? (“x” is close to both.)")
    #expect(Messages.Answers.didYouMean(names: ["A", "B", "C"], typed: "x").text == "Did you mean A, B or C? (“x” is close to both.)")
    #expect(Messages.Answers.neverMentions(words: ["a", "b"]).text == "The source does not say: it never mentions “a”, “b”.")
    #expect(
      Messages.Answers.nothingFor(name: "Mongolia", covered: ["debt", "trade"]).text
        == "The source does not say: it has nothing on that for Mongolia, though it has related facts about debt and trade.")
    #expect(
      Messages.Answers.difference(larger: "16", smaller: "6.5", difference: "9.5%", ratio: "2.5").text == "Difference: 16 − 6.5 = 9.5%; ratio: 16 ÷ 6.5 = 2.5.")
    #expect(Messages.Answers.gap(larger: "3", smaller: "0", gap: "3", ratio: nil).text == "Gap: 3 − 0 = 3.")
    #expect(Messages.Answers.leader(lowest: false, names: ["A"], value: "5%", measure: "debt", period: "2018").text == "Highest: A, with 5% (debt, 2018).")
    #expect(
      Messages.Answers.leader(lowest: true, names: ["A", "B"], value: "5%", measure: "debt", period: nil).text == "Lowest: A and B, with 5% each (debt).")
    #expect(Messages.Classroom.quizIntro(questions: 1, seed: 7).text == "Quiz: 1 question (seed 7).")
    #expect(Messages.Classroom.quizOver(score: 3, of: 5, hints: 1).text == "Quiz over: 3/5 correct (1 hint used).")
    #expect(Messages.Classroom.quizOver(score: 3, of: 5, hints: 0).text == "Quiz over: 3/5 correct.")
    #expect(Messages.Classroom.answerPrompt(tolerancePercent: 5).text == "(Answer A–D, or type the number (within 5%); `hint`, `skip` or `stop`.)")
    #expect(Messages.Why.scored(candidates: 1).text == "Scored 1 candidate statement; the best:")
    #expect(
      Messages.Why.candidate(id: "x", relevance: 1, coverage: 0.5, echo: 0, lacks: ["a", "b"]).text
        == "candidate x: relevance 1, coverage 0.5, echo 0, lacks a, b")
  }
}
