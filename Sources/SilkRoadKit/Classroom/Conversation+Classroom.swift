import SilkRoadCore

/// The classroom modes of a conversation: the guided tour and the quiz, with their commands
/// (`tour`, `next`, `back`, `stop`, `quiz`, `hint`, `skip`) and how a quiz takes answers.
extension Conversation {
  /// A context with no question, for building tours and quizzes (it can check questions by answering them).
  var context: MatchContext { MatchContext(index: answerer.index, query: Query(text: ""), ranked: [], suggestionChecker: answerer) }

  func classroom(_ intent: String, _ lines: [Answer.Line], facts: [String] = []) -> Reply {
    .answer(Answer(status: .answered, intent: intent, lines: lines, facts: facts))
  }

  func startTour(_ topic: String) -> Reply {
    guard let t = Tour(knowledge: knowledge, index: answerer.index, topic: topic.isEmpty ? nil : topic) else {
      return .text([Messages.Classroom.noTour(topic: topic).text])
    }
    tour = t
    quiz = nil
    return tourStep()
  }

  func moveTour(by step: Int) -> Reply {
    guard var t = tour else { return .text([Messages.Classroom.noTourInProgress.text]) }
    let target = t.position + step
    guard target >= 0 && target < t.steps.count else {
      return .text([(step > 0 ? Messages.Classroom.lastStep : .firstStep).text])
    }
    t.position = target
    tour = t
    return tourStep()
  }

  func tourStep() -> Reply {
    guard let t = tour else { return .text([]) }
    let (lines, facts) = t.render(context) { q in self.answerer.isAnswerable(q) }
    return classroom("tour", lines, facts: facts)
  }

  func stopMode() -> Reply {
    if var q = quiz, q.current != nil {
      q.position = q.questions.count
      quiz = q
      return .text([Messages.Classroom.quizStopped(score: q.score, of: q.answered).text])
    }
    if tour != nil {
      tour = nil
      return .text([Messages.Classroom.tourEnded.text])
    }
    return .text([Messages.Classroom.nothingToStop.text])
  }

  /// `quiz [topic] [N] [seed S]`.
  func startQuiz(_ spec: String) -> Reply {
    var count = 5
    var seed: UInt64?
    var words: [String] = []
    let parts = spec.split(separator: " ").map(String.init)
    var i = 0
    while i < parts.count {
      if parts[i].lowercased() == "seed", i + 1 < parts.count, let s = UInt64(parts[i + 1]) {
        seed = s
        i += 2
        continue
      }
      if let n = Int(parts[i]), n > 0 { count = min(n, 50) } else { words.append(parts[i]) }
      i += 1
    }
    var random = SystemRandomNumberGenerator()
    let topic = words.joined(separator: " ")
    guard let q = Quiz(context, topic: topic.isEmpty ? nil : topic, count: count, seed: seed ?? random.next()) else {
      return .text([Messages.Classroom.noQuiz(topic: topic).text])
    }
    quiz = q
    tour = nil
    let intro = Answer.Line(Messages.Classroom.quizIntro(questions: q.questions.count, seed: seed).text, style: .heading)
    return classroom("quiz", [intro] + q.ask())
  }

  func quizAnswer(_ input: String) -> Reply {
    guard var q = quiz, let current = q.current else { return .text([]) }
    guard let ok = q.isCorrect(input, current) else {
      return classroom("quiz", [Answer.Line(Messages.Classroom.answerWithLetter(orNumber: current.number != nil).text, style: .note)])
    }
    q.answered += 1
    if ok { q.score += 1 }
    var lines = [Answer.Line((ok ? Messages.Classroom.correct : .notQuite).text, style: .heading)] + q.reveal(current)
    q.position += 1
    lines.append(Answer.Line(Messages.Classroom.score(q.score, of: q.answered).text, style: .note))
    quiz = q
    lines += next(q)
    return classroom("quiz", lines, facts: [current.statement.id].filter { knowledge.statement(id: $0) != nil })
  }

  func next(_ q: Quiz) -> [Answer.Line] {
    if q.current != nil { return q.ask() }
    return [Answer.Line(Messages.Classroom.quizOver(score: q.score, of: q.questions.count, hints: q.hintsUsed).text, style: .heading)]
  }

  func quizHint() -> Reply {
    guard var q = quiz, let current = q.current else { return .text([Messages.Classroom.noQuestionToHint.text]) }
    q.hintsUsed += 1
    quiz = q
    return classroom("quiz", [Answer.Line(Messages.Classroom.hint(current.hint).text, style: .note)])
  }

  func quizSkip() -> Reply {
    guard var q = quiz, let current = q.current else { return .text([Messages.Classroom.noQuestionToSkip.text]) }
    q.answered += 1
    q.position += 1
    quiz = q
    let lines =
      [Answer.Line(Messages.Classroom.skipped.text, style: .heading)] + q.reveal(current) + [
        Answer.Line(Messages.Classroom.score(q.score, of: q.answered).text, style: .note)
      ] + next(q)
    return classroom("quiz", lines, facts: [current.statement.id].filter { knowledge.statement(id: $0) != nil })
  }
}
