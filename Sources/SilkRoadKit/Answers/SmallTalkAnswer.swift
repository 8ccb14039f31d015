import SilkRoadCore

/// Greetings, thanks and "what can you do": short, friendly, pointing to `help`.
struct SmallTalkAnswer: AnswerModule {
  let name = "small-talk"

  func propose(_ m: MatchContext) -> Proposal? {
    guard m.entityIDs.isEmpty, m.query.content.count <= 1 else { return nil }
    let text: String
    if m.has(.capabilities) {
      text = Messages.Answers.capabilities.text
    } else if m.has(.thanks) {
      text = Messages.Answers.thanks.text
    } else if m.has(.goodbye) {
      text = Messages.Answers.goodbye.text
    } else if m.has(.greeting) {
      text = Messages.Answers.greeting.text
    } else {
      return nil
    }
    return Proposal(intent: name, score: 1.5, answer: Answer(status: .answered, intent: name, lines: [Answer.Line(text)]))
  }
}
