import SilkRoadCore

/// Every fixed sentence silkroad says, in one place, so wording is consistent and easy to review.
///
/// Each sentence is a case that carries its context (a name, a count, a path), never prose; `text`
/// words it. Call sites pick a case and lay the text out: indentation, bullets, numbering and the
/// joining of the knowledge's own text ("Kyrgyzstan: a country…", "2019: …") stay with them, as do
/// the statements, summaries and names the knowledge supplies. Any line with a word of silkroad's
/// own is here, grouped by who says it: the session and its commands, the answers, the classroom
/// (tour, quiz, saved lessons) and the `why` report. Not here: the units a value is written in
/// (`MatchContext.value`, part of writing a number), the transcript checker's diff (a developer
/// tool's report, beside the format it checks), and the executable's own lines (prompt, warnings,
/// file errors), which are its `ShellText`.
public enum Messages {
  /// The conversation and its commands.
  public enum Session: Equatable, Sendable {
    case banner
    case help
    case saved(path: String, exchanges: Int)
    case exists(path: String)
    case saveNeedsFileName
    case contextCleared
    case topicsIntro
    case topic(name: String, facts: Int, words: [String])
    case sourceSection(name: String, paragraphs: Int, summary: String)
    case citationExample
    case nothingAskedYet
    case noStatementMatches(filter: String)
    case statementCount(Int)
    case inputTruncated(characters: Int)
    case followingOn(question: String)
    case takingAs(typed: String, name: String)
    case readingAs(typed: String, term: String)
    case duringTour(step: Int, of: Int)

    public var text: String {
      switch self {
      case .banner:
        "silkroad: questions about China in Central Asia (source: a 2020 policy article). Type `help` for examples, `quit` to leave."
      case .help: Messages.helpText
      case .saved(let path, let n): "Saved the lesson (\(n) exchange\(n == 1 ? "" : "s")) to \(path)."
      case .exists(let path): "\(path) already exists; not overwritten. Choose another name (or confirm at the prompt)."
      case .saveNeedsFileName: "Give a file name: save lesson.md"
      case .contextCleared: "Context cleared: the next question starts afresh."
      case .topicsIntro: "The source covers these topics (ask about any of them):"
      case .topic(let name, let facts, let words): "\(name) (\(facts) facts): try words like \(words.joined(separator: ", "))"
      case .sourceSection(let name, let paragraphs, let summary): "\(name): \(paragraphs) paragraphs. \(summary)"
      case .citationExample: "A citation such as [Obstacles ¶6] means section Obstacles, paragraph 6 of that section."
      case .nothingAskedYet: "Nothing asked yet: `why` explains how the last question was understood."
      case .noStatementMatches(let filter):
        "No statement matches “\(filter)”. Try an entity (Kyrgyzstan, Huawei) or a topic (debt, trade)."
      case .statementCount(let n): "(\(n) statements)"
      case .inputTruncated(let n): "(Only the first \(NumberText.format(Double(n))) characters were read.)"
      case .followingOn(let question): "Following on from “\(question)”."
      case .takingAs(let typed, let name): "Taking “\(typed)” as \(name)."
      case .readingAs(let typed, let term): "Reading “\(typed)” as “\(term)”."
      case .duringTour(let step, let count): "(Tour \(step)/\(count): `next` to go on.)"
      }
    }
  }

  /// What the answers say besides the knowledge's own statements.
  public enum Answers: Equatable, Sendable {
    case greeting, thanks, goodbye, capabilities
    case noOpinions
    case scope
    case didYouMean(names: [String], typed: String)
    case neverMentions(words: [String])
    case nothingFor(name: String, covered: [String])
    case doesNotSay
    case youCouldAsk
    case tellMeAbout(name: String)
    case noRecommendationFor(name: String, addressees: [String])
    case recommendations(for: String?)
    case figuresDisagree
    case disagreeingFigure(value: String, accordingTo: String?, statement: String)
    case gap(larger: String, smaller: String, gap: String, ratio: String?)
    case difference(larger: String, smaller: String, difference: String, ratio: String?)
    case together(terms: [String], sum: String)
    case noExactDifference(bounded: [String])
    case sideBySide
    case leader(lowest: Bool, names: [String], value: String, measure: String, period: String?)
    case boundsRanked
    case moreFromThatTime
    case role(String)
    case links([String])
    case moreInFacts(entity: String)
    case otherTopic

    public var text: String {
      switch self {
      case .greeting:
        "Hello! Ask me about China in Central Asia: debt, trade, investment, military ties, surveillance technology, soft power, protests or other powers. Type `help` for examples."
      case .thanks: "You're welcome. Ask another question whenever you like."
      case .goodbye: "Goodbye! Type `quit` (or press Ctrl-D) to leave."
      case .capabilities:
        "I answer questions about China's role in Central Asia from one 2020 policy article: figures, comparisons, rankings, explanations, timelines and the article's recommendations, each with the paragraph it comes from. Type `help` for examples or `topics` for what the source covers."
      case .noOpinions:
        "The source does not say: silkroad reports what the article says, and gives no personal advice or opinions of its own."
      case .scope:
        "The source is one early-2020 article on China in Central Asia: trade, investment, debt, military ties, surveillance technology, soft power, protests, Xinjiang, other powers and recommendations."
      case .didYouMean(let names, let typed):
        "Did you mean \(Messages.either(names))? (“\(typed)” is close to both.)"
      case .neverMentions(let words):
        "The source does not say: it never mentions \(words.map { "“\($0)”" }.joined(separator: ", "))."
      case .nothingFor(let name, let covered):
        "The source does not say: it has nothing on that for \(name), though it has related facts\(covered.isEmpty ? "" : " about \(covered.joined(separator: " and "))")."
      case .doesNotSay: "The source does not say."
      case .youCouldAsk: "You could ask:"
      case .tellMeAbout(let name): "Tell me about \(name)"
      case .noRecommendationFor(let name, let addressees):
        "The source makes no recommendation addressed to \(name); its recommendations are for \(addressees.joined(separator: ", "))."
      case .recommendations(let addressee): addressee.map { "The source's recommendations for \($0):" } ?? "The source's recommendations:"
      case .figuresDisagree: "The source gives different figures for this, depending on who counts:"
      case .disagreeingFigure(let value, let source, let statement):
        "\(value)\(source.map { " (according to \($0))" } ?? ""). \(statement)"
      case .gap(let a, let b, let gap, let ratio): Messages.arithmetic("Gap", a, b, gap, ratio)
      case .difference(let a, let b, let difference, let ratio): Messages.arithmetic("Difference", a, b, difference, ratio)
      case .together(let terms, let sum): "Together: \(terms.joined(separator: " + ")) = \(sum)."
      case .noExactDifference(let bounded):
        "No exact difference can be computed: the source gives \(bounded.joined(separator: " and ")) only as a bound."
      case .sideBySide: "Side by side"
      case .leader(let lowest, let names, let value, let measure, let period):
        "\(lowest ? "Lowest" : "Highest"): \(names.joined(separator: " and ")), with \(value)\(names.count > 1 ? " each" : "") (\(measure)\(period.map { ", \($0)" } ?? ""))."
      case .boundsRanked: "Figures given only as a bound are ranked by that bound and shown as the source gives them."
      case .moreFromThatTime: "… and more from that time; name a topic or a country to narrow it down."
      case .role(let role): "Role: \(role)"
      case .links(let links): "Links in the source: \(links.joined(separator: "; "))."
      case .moreInFacts(let entity): "(More in `facts \(entity)`.)"
      case .otherTopic: "Other"
      }
    }
  }

  /// The guided tour and the quiz (with the labels the prompt shows for them), and the saved lesson.
  public enum Classroom: Equatable, Sendable {
    case tourLabel(step: Int, of: Int)
    case quizLabel(question: Int, of: Int)
    case noTour(topic: String)
    case noTourInProgress
    case lastStep, firstStep
    case tourEnded
    case tourStep(step: Int, of: Int, topic: String?, title: String)
    case keyFigures
    case tourFooter(lastStep: Bool)
    case nothingToStop
    case noQuiz(topic: String)
    case quizIntro(questions: Int, seed: UInt64?)
    case question(number: Int, of: Int, text: String)
    case answerPrompt(tolerancePercent: Int?)
    case answerWithLetter(orNumber: Bool)
    case correct, notQuite, skipped
    case answerIs(letter: String, option: String)
    case score(Int, of: Int)
    case quizStopped(score: Int, of: Int)
    case quizOver(score: Int, of: Int, hints: Int)
    case hint(String)
    case noQuestionToHint, noQuestionToSkip
    case whichRanksHighest(measure: String)
    case whichDid(kind: String, relation: String, target: String)
    case lookInSection(String)
    case namedInSection(kind: String, section: String)
    case lessonTitle
    case lessonOmitted(exchanges: Int)
    case lessonSources

    public var text: String {
      switch self {
      case .tourLabel(let step, let count): "tour \(step)/\(count)"
      case .quizLabel(let number, let count): "quiz \(number)/\(count)"
      case .noTour(let topic): "No tour for “\(topic)”. Try `tour` for the whole article, or a topic from `topics`."
      case .noTourInProgress: "No tour in progress: type `tour` to start one."
      case .lastStep: "That was the last step: `back` to revisit, `stop` to end the tour."
      case .firstStep: "This is the first step."
      case .tourEnded: "Tour ended. Ask anything, or `tour` to start again."
      case .tourStep(let step, let count, let topic, let title): "Tour \(step)/\(count)\(topic.map { " (\($0))" } ?? ""): \(title)"
      case .keyFigures: "Key figures:"
      case .tourFooter(let last):
        "(\(last ? "this is the last step" : "`next` to go on"), `back` to return, `stop` to end the tour; questions are welcome at any point.)"
      case .nothingToStop: "Nothing to stop."
      case .noQuiz(let topic): "No quiz for “\(topic)”. Try `quiz` for the whole article, or a topic from `topics`."
      case .quizIntro(let n, let seed): "Quiz: \(n) question\(n == 1 ? "" : "s")\(seed.map { " (seed \($0))" } ?? "")."
      case .question(let number, let count, let text): "Question \(number)/\(count): \(text)"
      case .answerPrompt(let tolerance):
        "(Answer A–D\(tolerance.map { ", or type the number (within \($0)%)" } ?? ""); `hint`, `skip` or `stop`.)"
      case .answerWithLetter(let orNumber): "Answer with a letter A–D\(orNumber ? " or a number" : ""), or `hint`, `skip`, `stop`."
      case .correct: "Correct!"
      case .notQuite: "Not quite."
      case .skipped: "Skipped."
      case .answerIs(let letter, let option): "The answer is \(letter)) \(option)."
      case .score(let score, let answered): "Score: \(score)/\(answered)."
      case .quizStopped(let score, let answered): "Quiz stopped. Score: \(score)/\(answered)."
      case .quizOver(let score, let count, let hints):
        "Quiz over: \(score)/\(count) correct\(hints > 0 ? " (\(hints) hint\(hints == 1 ? "" : "s") used)" : "")."
      case .hint(let hint): "Hint: \(hint)"
      case .noQuestionToHint: "No quiz question to hint at: type `quiz` to start."
      case .noQuestionToSkip: "No quiz question to skip."
      case .whichRanksHighest(let measure): "Which of these ranks highest on \(measure)?"
      case .whichDid(let kind, let relation, let target): "Which \(kind) \(relation) \(target)?"
      case .lookInSection(let section): "Look in the section \(section)."
      case .namedInSection(let kind, let section): "It is a \(kind) named in the section \(section)."
      case .lessonTitle: "silkroad lesson"
      case .lessonOmitted(let n): "(The first \(n) exchanges of this session are not included.)"
      case .lessonSources: "Sources"
      }
    }
  }

  /// The `why` report, a line each; the fragments (`corrected`, `readAs`, `unknown`) word one item
  /// of a line's list.
  public enum Why: Equatable, Sendable {
    case question(String)
    case intent(String, score: Double)
    case runnerUp(String, score: Double)
    case forms([String])
    case entities([String])
    case corrected(name: String, typed: String)
    case measures([String])
    case time([String])
    case words([String])
    case readAs(typed: String, term: String)
    case unknown(String)
    case note(String)
    case factsUsed([String])
    case scored(candidates: Int)
    case candidate(id: String, relevance: Double, coverage: Double, echo: Double, lacks: [String])

    public var text: String {
      switch self {
      case .question(let text): "Question: \(text)"
      case .intent(let intent, let score): "Intent: \(intent) (score \(NumberText.format(score, places: 2)))"
      case .runnerUp(let intent, let score): "Runner-up: \(intent) (score \(NumberText.format(score, places: 2)))"
      case .forms(let forms): "Question form: \(forms.joined(separator: ", "))"
      case .entities(let names): "Entities: \(names.joined(separator: ", "))"
      case .corrected(let name, let typed): "\(name) (from “\(typed)”)"
      case .measures(let names): "Measures: \(names.joined(separator: ", "))"
      case .time(let parts): "Time: \(parts.joined(separator: " "))"
      case .words(let words): "Words: \(words.joined(separator: ", "))"
      case .readAs(let typed, let term): "\(typed) (as “\(term)”)"
      case .unknown(let typed): typed + " (unknown to the source)"
      case .note(let note): "Note: \(note)"
      case .factsUsed(let ids): "Facts used: \(ids.joined(separator: ", "))"
      case .scored(let n): "Scored \(n) candidate statement\(n == 1 ? "" : "s"); the best:"
      case .candidate(let id, let relevance, let coverage, let echo, let lacks):
        "candidate \(id): relevance \(NumberText.format(relevance, places: 2)), coverage \(NumberText.format(coverage, places: 2)), echo \(NumberText.format(echo, places: 2))\(lacks.isEmpty ? "" : ", lacks \(lacks.joined(separator: ", "))")"
      }
    }
  }

  /// "A or B", "A, B or C".
  static func either(_ names: [String]) -> String {
    names.count == 2 ? "\(names[0]) or \(names[1])" : names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "")
  }

  /// "Gap: 12 − 5 = 7; ratio: 12 ÷ 5 = 2.4." (the ratio only when there is one).
  static func arithmetic(_ label: String, _ a: String, _ b: String, _ result: String, _ ratio: String?) -> String {
    "\(label): \(a) − \(b) = \(result)\(ratio.map { "; ratio: \(a) ÷ \(b) = \($0)" } ?? "")."
  }

  static let helpText = """
    Ask in plain English, for example:
      How much does Kyrgyzstan owe China?
      Compare Kazakh and Chinese trade statistics
      Which country has the highest debt to China as a share of GDP?
      Why can't Russia compete with China in Central Asia?
      What happened in November 2019?
      What should Russia do?
      Tell me about Huawei
    Follow-ups work: after a question, try "and Tajikistan?" or "what about 2013?".
    Commands (with or without a leading colon):
      help      this text
      topics    what the source covers
      sources   the source document and how to read a citation
      facts X   the statements about an entity or topic (all with no X)
      why       how the last question was understood
    In class:
      tour [TOPIC]          a guided tour of the article (next, back, stop)
      quiz [TOPIC] [N] [seed S]   N questions (hint, skip, stop)
      save FILE.md          the session so far as a Markdown lesson
      quit      leave (also exit, or Ctrl-D)
    """
}
