import SilkRoadCore
import Testing

@testable import SilkRoadKit

/// The small-talk module alone.
@Suite struct SmallTalkAnswerTests {
  func propose(_ text: String) -> Proposal? { SmallTalkAnswer().propose(Stages.context(text)) }

  @Test func greetingsThanksGoodbyesAndCapabilities() {
    #expect(propose("Hello")?.answer.text == Messages.Answers.greeting.text)
    #expect(propose("Thank you")?.answer.text == Messages.Answers.thanks.text)
    #expect(propose("Goodbye")?.answer.text == Messages.Answers.goodbye.text)
    #expect(propose("What can you do?")?.answer.text == Messages.Answers.capabilities.text)
    #expect(propose("Hello")?.score == 1.5)
  }

  /// A greeting with a real question is the question.
  @Test func greetingWithAQuestion_isNotSmallTalk() {
    #expect(propose("Hello, how much does Kyrgyzstan owe?") == nil)
    #expect(propose("Thanks, and the joint exercises?") == nil)
    #expect(propose("How much does it cost?") == nil)
  }
}
