// Where the shell's replies go. Standard output when silkroad runs; tests keep the lines.

/// A destination for whole lines of reply.
protocol ShellOutput {
  mutating func writeLine(_ line: String)
  /// Sends buffered lines on. At a terminal libedit draws the prompt through a stream of its own,
  /// and `batch` may feed a program that waits for each answer.
  mutating func flush()
}

/// Standard output, buffered by the C library between flushes.
struct StandardOutput: ShellOutput {
  func writeLine(_ line: String) { Platform.writeLine(line) }
  func flush() { Platform.flushStandardOutput() }
}
