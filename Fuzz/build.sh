#!/usr/bin/env bash
# Builds the libFuzzer target: the library sources, the embedded knowledge and FuzzQuestion.swift
# compiled as one module with -sanitize=fuzzer,address. Output: Fuzz/.build/silkroad-fuzz
# Whole-module (-wmo), as SwiftPM release builds are: a per-file -O build with the fuzzer
# instrumentation crashed in the standard library's string hashing on every input (Swift 6.3.1),
# while -Onone, -O -wmo and SwiftPM's own release + ASan build all run clean.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p Fuzz/.build
swift build --product KnowledgeEmbedder >/dev/null
embedder=$(swift build --show-bin-path)/KnowledgeEmbedder
"$embedder" Fuzz/.build/EmbeddedKnowledgeFiles.swift Knowledge $(find Knowledge -name '*.json' -not -path '*/schema/*' | sort)
swiftc -parse-as-library ${SWIFT_OPT:--O -wmo} -g -sanitize=fuzzer,address -module-name SilkRoadFuzz \
  -o Fuzz/.build/silkroad-fuzz \
  $(find Sources/SilkRoadKit -name '*.swift' | sort) Fuzz/.build/EmbeddedKnowledgeFiles.swift Fuzz/FuzzQuestion.swift
echo "built Fuzz/.build/silkroad-fuzz"
