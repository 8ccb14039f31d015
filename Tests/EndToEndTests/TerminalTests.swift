import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Drives the real binary through a pseudo-terminal, as a person at a prompt would. These checks
/// fail if line editing is replaced by plain reading: Up-arrow recall and Tab completion need it.
@Suite struct TerminalTests {
  final class PseudoTerminal {
    let pid: pid_t
    let master: Int32
    var output = ""

    init(arguments: [String], environment: [String: String]) throws {
      var fd: Int32 = 0
      var size = winsize(ws_row: 40, ws_col: 120, ws_xpixel: 0, ws_ypixel: 0)
      let argv = ([Binary.url.path] + arguments).map { strdup($0) } + [nil]
      let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
      let path = strdup(Binary.url.path)
      let child = forkpty(&fd, nil, nil, &size)
      if child == 0 {
        execve(path!, argv, envp)
        _exit(127)
      }
      guard child > 0 else { throw POSIXError(.EIO) }
      pid = child
      master = fd
      _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
    }

    /// Sends keys once the program has settled at its prompt (a person types after seeing it;
    /// keys typed while the terminal is still in cooked mode would be echoed by the kernel).
    func send(_ text: String) {
      usleep(150_000)
      _ = text.utf8CString.withUnsafeBufferPointer { write(master, $0.baseAddress, $0.count - 1) }
    }

    /// Reads until `text` appears after `from` in the output, or the timeout passes.
    @discardableResult
    func waitFor(_ text: String, after from: Int = 0, timeout: Double = 10) -> Bool {
      let deadline = Date().addingTimeInterval(timeout)
      var buffer = [UInt8](repeating: 0, count: 4096)
      while Date() < deadline {
        if String(output.dropFirst(from)).contains(text) { return true }
        var p = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        if poll(&p, 1, 50) > 0 {
          let n = read(master, &buffer, buffer.count)
          if n > 0 { output += String(decoding: buffer[0..<n], as: UTF8.self) } else if n == 0 || errno != EAGAIN { break }
        }
      }
      return String(output.dropFirst(from)).contains(text)
    }

    func exitStatus(timeout: Double = 10) -> Int32? {
      let deadline = Date().addingTimeInterval(timeout)
      var status: Int32 = 0
      while Date() < deadline {
        waitFor("\u{0}", timeout: 0.05)
        if waitpid(pid, &status, WNOHANG) == pid {
          return (status & 0x7f) == 0 ? (status >> 8) & 0xff : -(status & 0x7f)
        }
      }
      kill(pid, SIGKILL)
      return nil
    }

    deinit { close(master) }
  }

  func environment(home: String) -> [String: String] {
    ["HOME": home, "XDG_STATE_HOME": home + "/state", "TERM": "xterm", "NO_COLOR": "1", "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
  }

  @Test func repl_answers_recalls_completes_interrupts_andSavesHistory() throws {
    let home = try Binary.temporaryDirectory()
    defer { Binary.remove(home) }
    let t = try PseudoTerminal(arguments: [], environment: environment(home: home))
    #expect(t.waitFor("Type `help`"))
    #expect(t.waitFor("silkroad> "))

    var mark = t.output.count
    t.send("How much does Kyrgyzstan owe China?\r")
    #expect(t.waitFor("1.7 billion", after: mark), "answer: \(t.output)")
    #expect(t.waitFor("silkroad> ", after: mark))

    mark = t.output.count
    t.send("\u{1B}[A")  // Up arrow recalls the question
    #expect(t.waitFor("How much does Kyrgyzstan owe China?", after: mark), "up arrow: \(t.output.dropFirst(mark))")

    mark = t.output.count
    t.send("\u{3}")  // Ctrl-C clears the half-typed line
    #expect(t.waitFor("silkroad> ", after: mark), "ctrl-c: \(t.output.dropFirst(mark))")

    mark = t.output.count
    t.send("Tajiki\t")  // Tab completes a country name: the line sent is "Tajikistan "
    #expect(t.waitFor("stan", after: mark), "tab: \(t.output.dropFirst(mark))")
    t.send("\r")
    #expect(t.waitFor("Tajikistan", after: mark), "completed line answered: \(t.output.dropFirst(mark))")
    #expect(t.waitFor("silkroad> ", after: mark))

    t.send("\u{4}")  // Ctrl-D on an empty line leaves
    #expect(t.exitStatus() == 0)
    let history = try String(contentsOfFile: home + "/state/silkroad/history", encoding: .utf8)
    #expect(history.contains("How much does Kyrgyzstan owe China?"))
  }

  @Test func repl_sigterm_savesHistoryAndEnds() throws {
    let home = try Binary.temporaryDirectory()
    defer { Binary.remove(home) }
    let t = try PseudoTerminal(arguments: [], environment: environment(home: home))
    #expect(t.waitFor("silkroad> "))
    let mark = t.output.count
    t.send("tell me about Huawei\r")
    #expect(t.waitFor("silkroad> ", after: mark))
    kill(t.pid, SIGTERM)
    #expect(t.exitStatus() == -SIGTERM)
    let history = try String(contentsOfFile: home + "/state/silkroad/history", encoding: .utf8)
    #expect(history.contains("tell me about Huawei"))
  }

  @Test func repl_unwritableHistory_isAWarningNotAFailure() throws {
    let home = try Binary.temporaryDirectory()
    defer { Binary.remove(home) }
    try "not a directory".write(toFile: home + "/state", atomically: true, encoding: .utf8)
    let t = try PseudoTerminal(arguments: [], environment: environment(home: home))
    #expect(t.waitFor("silkroad> "))
    let mark = t.output.count
    t.send("hello\r")
    #expect(t.waitFor("Hello!", after: mark))
    #expect(t.waitFor("silkroad> ", after: mark))
    t.send("\u{4}")
    #expect(t.exitStatus() == 0)
    #expect(t.output.contains("history not saved"))
  }
}
