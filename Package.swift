// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "silkroad",
  products: [
    .executable(name: "silkroad", targets: ["silkroad"]),
    .library(name: "SilkRoadKit", targets: ["SilkRoadKit"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
  ],
  targets: [
    // libedit, the BSD line editor, through a shim that wraps the variadic calls Swift cannot make.
    .systemLibrary(
      name: "CEditLine",
      pkgConfig: "libedit",
      providers: [.apt(["libedit-dev"])]
    ),
    // Everything silkroad knows and does; no terminal, no Glibc, no Foundation.
    .target(
      name: "SilkRoadKit",
      plugins: [.plugin(name: "EmbedKnowledge")]
    ),
    // The thin executable: command line, terminal, signals, files.
    .executableTarget(
      name: "silkroad",
      dependencies: [
        "SilkRoadKit", "CEditLine",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Build tool: turns Knowledge/*.json into Swift string literals compiled into SilkRoadKit.
    .executableTarget(name: "KnowledgeEmbedder"),
    .plugin(
      name: "EmbedKnowledge",
      capability: .buildTool(),
      dependencies: ["KnowledgeEmbedder"]
    ),
    .testTarget(name: "SilkRoadKitTests", dependencies: ["SilkRoadKit"]),
    .testTarget(name: "EndToEndTests", dependencies: ["silkroad"]),
  ]
)
