#!/usr/bin/env bash
# Builds the libFuzzer target with -sanitize=fuzzer,address: SilkRoadCore as one module, then
# SilkRoadKit's sources, the embedded knowledge (with its snapshot) and FuzzQuestion.swift as a
# second, linked into Fuzz/.build/silkroad-fuzz.
# Whole-module (-wmo), as SwiftPM release builds are: a per-file -O build with the fuzzer
# instrumentation crashed in the standard library's string hashing on every input (Swift 6.3.1),
# while -Onone, -O -wmo and SwiftPM's own release + ASan build all run clean.
set -euo pipefail
cd "$(dirname "$0")/.."
out=Fuzz/.build
mkdir -p "$out"
swift build --product KnowledgeEmbedder >/dev/null
embedder=$(swift build --show-bin-path)/KnowledgeEmbedder
"$embedder" "$out/EmbeddedKnowledgeFiles.swift" Knowledge $(find Knowledge -name '*.json' -not -path '*/schema/*' | sort)
flags=(-parse-as-library ${SWIFT_OPT:--O -wmo} -g -sanitize=fuzzer,address -package-name silkroad)
swiftc "${flags[@]}" -module-name SilkRoadCore -emit-module -emit-module-path "$out/SilkRoadCore.swiftmodule" \
  -c -o "$out/SilkRoadCore.o" $(find Sources/SilkRoadCore -name '*.swift' | sort)
# From inside $out, so that what swiftc writes beside the executable stays there.
root=$(pwd)
(cd "$out" && swiftc "${flags[@]}" -module-name SilkRoadFuzz -I . -o silkroad-fuzz SilkRoadCore.o \
  $(cd "$root" && find "$root/Sources/SilkRoadKit" -name '*.swift' | sort) EmbeddedKnowledgeFiles.swift "$root/Fuzz/FuzzQuestion.swift")
echo "built $out/silkroad-fuzz"
