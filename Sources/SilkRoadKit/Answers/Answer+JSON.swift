import SilkRoadCore

extension JSONWriter {
  /// The `batch --json` line for one question.
  public static func answerLine(question: String, answer: Answer) -> String {
    object([
      ("question", string(question)),
      ("status", string(answer.status.rawValue)),
      ("text", string(answer.text)),
      ("citations", array(answer.citations.map(citation))),
      ("intent", string(answer.intent)),
      ("facts", array(answer.facts.map(string))),
    ])
  }
}
