// libFuzzer entry point for knowledge files, which teachers write by hand: every input is one more
// knowledge file beside the built-in ones (so its ids can refer to theirs), run through the JSON
// parser, the decoder and the checker; a base that loads is indexed, written to a snapshot and
// read back, and asked questions, a chart, a tour and a quiz. An input whose first byte is 0xFF
// is instead read as a snapshot (the rest of its bytes). Either the base is refused with its
// problems or nothing crashes. Built by build.sh (`Fuzz/build.sh knowledge`).
#if canImport(SilkRoadKit)
  import SilkRoadKit
#endif

let fuzzQuestions = [
  "How much does Kyrgyzstan owe China?", "Which country owes China the most?", "Compare Kazakh and Chinese trade",
  "Why did protests break out?", "What happened in 2019?", "tour", "next", "quiz 3", "1", "skip", "Tell me about Huawei",
]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzKnowledge(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  if bytes.first == 0xFF {
    if let index = Snapshot.decode(Array(bytes.dropFirst())) { exercise(index) }
    return 0
  }
  let file = KnowledgeFile(name: "fuzz.json", text: String(decoding: bytes, as: UTF8.self))
  guard case .success(let knowledge) = Knowledge.load(EmbeddedKnowledge.allFiles + [file]) else { return 0 }
  let index = KnowledgeIndex(knowledge)
  _ = Snapshot.decode(Snapshot.encode(index))
  exercise(index)
  return 0
}

func exercise(_ index: KnowledgeIndex) {
  let conversation = Conversation(index: index)
  for question in fuzzQuestions {
    if let reply = conversation.respond(to: question) {
      _ = reply.plainLines
      if case .answer(let a) = reply { _ = JSONWriter.answerLine(question: question, answer: a) }
    }
  }
}
