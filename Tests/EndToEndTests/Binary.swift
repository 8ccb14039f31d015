import Foundation

/// Runs the built `silkroad` binary, as users and scripts do.
enum Binary {
  static let url: URL = {
    // The test bundle sits next to the built products.
    var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = dir.appendingPathComponent("silkroad")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      dir = dir.deletingLastPathComponent()
    }
    var parts = #filePath.split(separator: "/").map(String.init)
    parts.removeLast(3)
    return URL(fileURLWithPath: "/" + parts.joined(separator: "/") + "/.build/debug/silkroad")
  }()

  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  static func run(_ arguments: [String], input: String = "", directory: String = NSTemporaryDirectory(), environment: [String: String] = [:]) throws -> Result {
    let process = Process()
    process.executableURL = url
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = nil
    for (k, v) in environment { env[k] = v }
    process.environment = env
    let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    let writer = Thread {
      stdin.fileHandleForWriting.write(Data(input.utf8))
      try? stdin.fileHandleForWriting.close()
    }
    writer.start()
    let out = stdout.fileHandleForReading.readDataToEndOfFile()
    let err = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
  }

  static func temporaryDirectory() throws -> String {
    let dir = NSTemporaryDirectory() + "silkroad-test-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
  }

  /// Removes a directory made by `temporaryDirectory()`, so test runs leave nothing behind.
  static func remove(_ dir: String) {
    try? FileManager.default.removeItem(atPath: dir)
  }
}
