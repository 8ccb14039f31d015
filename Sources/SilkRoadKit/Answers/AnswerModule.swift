import SilkRoadCore

/// One way of answering (a figure, a comparison, a ranking...). Each module looks at the matched
/// question and proposes an answer with a score; the best proposal above the threshold wins.
protocol AnswerModule: Sendable {
  var name: String { get }
  func propose(_ m: MatchContext) -> Proposal?
}

/// An answer a module offers, with how sure it is (0...1 is typical; above 1 is a strong match).
/// The answer is built only if this proposal wins: every module proposes for every question, and
/// most proposals lose.
struct Proposal {
  var intent: String
  var score: Double
  private let build: () -> Answer

  init(intent: String, score: Double, answer: @escaping @autoclosure () -> Answer) {
    self.intent = intent
    self.score = score
    build = answer
  }

  var answer: Answer { build() }
}
