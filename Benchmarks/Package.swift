// swift-tools-version: 6.0
// Benchmarks for silkroad, kept out of the main package so `swift test` never builds them.
// Run: cd Benchmarks && swift run -c release silkroad-bench   (see README, "Performance").
//
// Why not ordo-one/package-benchmark: its 1.38 release needs swift-runtime-interposer on Linux
// with Swift 6.3, which is not in this machine's package mirror. This harness measures the same
// four things with no dependency: per-question latency (p50/p99), cold start of `silkroad ask`,
// peak memory, and latency against a knowledge base 100 times larger.
import PackageDescription

let package = Package(
  name: "SilkRoadBench",
  // "silkroad" is a link to the package root, so its identity is the same wherever it is cloned.
  dependencies: [.package(path: "silkroad")],
  targets: [
    .executableTarget(
      name: "silkroad-bench",
      dependencies: [.product(name: "SilkRoadKit", package: "silkroad")],
      path: "Sources/SilkRoadBench"
    )
  ]
)
