// usage: swift run SnapshotCodeGenerator        (rewrites Sources/SilkRoadCore/Snapshot/SnapshotCode.generated.swift)
//        swift run SnapshotCodeGenerator --check  (exit 1 when that file is not current)
import Foundation

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let output = root.appending(path: "Sources/SilkRoadCore/Snapshot/SnapshotCode.generated.swift")
let code = try snapshotCode(forPackageAt: root)
if CommandLine.arguments.dropFirst().first == "--check" {
  let current = try? String(contentsOf: output, encoding: .utf8)
  if current != code {
    FileHandle.standardError.write("\(output.path) is not current: run `swift run SnapshotCodeGenerator`\n".data(using: .utf8)!)
    exit(1)
  }
} else {
  try code.write(to: output, atomically: true, encoding: .utf8)
  print("wrote \(output.path)")
}
