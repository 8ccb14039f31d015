// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "silkroad",
  products: [
    .executable(name: "silkroad", targets: ["silkroad"]),
    .library(name: "SilkRoadKit", targets: ["SilkRoadKit"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    // The natural logarithm behind term and entity weights, without Foundation or Glibc.
    .package(url: "https://github.com/apple/swift-numerics", from: "1.1.1"),
    // Base64 for carrying the knowledge snapshot inside a Swift string literal.
    .package(url: "https://github.com/swift-extras/swift-extras-base64", from: "1.2.0"),
  ],
  targets: [
    // libedit, the BSD line editor, through a shim that wraps the variadic calls Swift cannot make.
    .systemLibrary(
      name: "CEditLine",
      pkgConfig: "libedit",
      providers: [.apt(["libedit-dev"])]
    ),
    // The fact base and its indexes: JSON, the knowledge model, loading and checking, text rules
    // and the indexes, with their snapshot format. The build tool uses it too, to index the
    // default knowledge at build time. No terminal, no Glibc, no Foundation.
    .target(name: "SilkRoadCore", dependencies: [.product(name: "RealModule", package: "swift-numerics")]),
    // Writes SilkRoadCore's snapshot code (Snapshot/SnapshotCode.generated.swift) from the stored
    // properties of its SnapshotStorable types; a test checks that the committed file is current.
    // (Not a build plugin: the knowledge embedder, itself a plugin's tool, builds SilkRoadCore
    // without running plugins on it.)
    .executableTarget(name: "SnapshotCodeGenerator"),
    // Everything silkroad does with the knowledge: understanding, answers, sessions, classroom.
    .target(
      name: "SilkRoadKit",
      dependencies: ["SilkRoadCore", .product(name: "ExtrasBase64", package: "swift-extras-base64")],
      plugins: [.plugin(name: "EmbedKnowledge")]
    ),
    // The thin executable: command line, terminal, signals, files.
    .executableTarget(
      name: "silkroad",
      dependencies: [
        "SilkRoadKit", "CEditLine",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      // Release builds link the Swift runtime statically: no dozen shared libraries to find,
      // map and relocate at every start (about 3 ms of a cold `silkroad ask`).
      linkerSettings: [.unsafeFlags(["-static-stdlib", "-l_FoundationCollections", "-l_FoundationCShims", "-lswiftSynchronization"], .when(platforms: [.linux], configuration: .release))]
    ),
    // Build tool: turns Knowledge/*.json into Swift string literals compiled into SilkRoadKit,
    // with a snapshot of the checked, indexed knowledge so that silkroad starts without parsing.
    .executableTarget(
      name: "KnowledgeEmbedder",
      dependencies: ["SilkRoadCore", .product(name: "ExtrasBase64", package: "swift-extras-base64")]),
    .plugin(
      name: "EmbedKnowledge",
      capability: .buildTool(),
      dependencies: ["KnowledgeEmbedder"]
    ),
    .testTarget(name: "SilkRoadKitTests", dependencies: ["SilkRoadKit", "SilkRoadCore", "SnapshotCodeGenerator"]),
    .testTarget(name: "EndToEndTests", dependencies: ["silkroad"]),
    // The executable's own parts (the read loop, history, options), without a terminal.
    .testTarget(name: "silkroadTests", dependencies: ["silkroad", "SilkRoadKit"]),
  ]
)
