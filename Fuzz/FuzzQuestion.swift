// libFuzzer entry point: every input is split into lines and fed, as one conversation, through the
// same path as the prompt (sanitising, commands, follow-ups, every answer module, quiz and tour).
// Anything that crashes, hangs or trips AddressSanitizer is a bug; each becomes a regression test
// in Tests/SilkRoadKitTests/FuzzRegressionTests.swift. Built by build.sh with swiftc (SilkRoadCore,
// then SilkRoadKit's sources with this file), because SwiftPM cannot link a libFuzzer executable
// (see README, "Fuzzing").
#if canImport(SilkRoadKit)
  import SilkRoadKit
#endif

// The index the binary uses: read from the build-time snapshot.
nonisolated(unsafe) let fuzzAnswerer: Answerer = {
  switch EmbeddedKnowledge.index() {
  case .success(let index): return Answerer(index: index)
  case .failure(let e): fatalError("\(e)")
  }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQuestion(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  let conversation = Conversation(answerer: fuzzAnswerer)
  for line in text.split(separator: "\n", maxSplits: 20, omittingEmptySubsequences: false) {
    if let reply = conversation.respond(to: String(line)) {
      _ = reply.plainLines
      if case .answer(let a) = reply { _ = JSONWriter.answerLine(question: String(line), answer: a) }
    }
  }
  return 0
}
