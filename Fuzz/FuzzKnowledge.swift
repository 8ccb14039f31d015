// libFuzzer entry point for knowledge files, which teachers write by hand: every input is a
// knowledge file that takes the place of the built-in file it is most like, run through the JSON
// parser, the decoder and the checker with the rest; a base that loads is indexed, written to a snapshot and
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
  // The input stands in for the built-in file it is most like (its seed, mutated), so that a
  // mutation of one file is tried with the rest of the knowledge as it is.
  let text = String(decoding: bytes, as: UTF8.self)
  var files = EmbeddedKnowledge.allFiles
  let like = files.indices.max { sharedStart(files[$0].text, text) < sharedStart(files[$1].text, text) }!
  files[like] = KnowledgeFile(name: files[like].name, text: text)
  guard case .success(let knowledge) = Knowledge.load(files) else { return 0 }
  let index = KnowledgeIndex(knowledge)
  _ = Snapshot.decode(Snapshot.encode(index))
  exercise(index)
  return 0
}

/// How many of their first 200 bytes two texts share.
func sharedStart(_ a: String, _ b: String) -> Int {
  zip(a.utf8.prefix(200), b.utf8.prefix(200)).prefix { $0 == $1 }.count
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
