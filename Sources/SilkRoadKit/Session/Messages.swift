import SilkRoadCore

/// Every fixed sentence silkroad says, in one place, so wording is consistent and easy to review.
public enum Messages {
  public static let banner = "silkroad: questions about China in Central Asia (source: a 2020 policy article). Type `help` for examples, `quit` to leave."
  static let greeting = "Hello! Ask me about China in Central Asia: debt, trade, investment, military ties, surveillance technology, soft power, protests or other powers. Type `help` for examples."
  static let thanks = "You're welcome. Ask another question whenever you like."
  static let goodbye = "Goodbye! Type `quit` (or press Ctrl-D) to leave."
  static let capabilities = "I answer questions about China's role in Central Asia from one 2020 policy article: figures, comparisons, rankings, explanations, timelines and the article's recommendations, each with the paragraph it comes from. Type `help` for examples or `topics` for what the source covers."
  static let noOpinions = "The source does not say: silkroad reports what the article says, and gives no personal advice or opinions of its own."
  static let scope = "The source is one early-2020 article on China in Central Asia: trade, investment, debt, military ties, surveillance technology, soft power, protests, Xinjiang, other powers and recommendations."

  public static func saved(path: String, exchanges: Int) -> String {
    "Saved the lesson (\(exchanges) exchange\(exchanges == 1 ? "" : "s")) to \(path)."
  }
  public static func exists(path: String) -> String {
    "\(path) already exists; not overwritten. Choose another name (or confirm at the prompt)."
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
