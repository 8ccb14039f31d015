#!/usr/bin/env bash
# Builds the libFuzzer target with -sanitize=fuzzer,address: the packages it uses and SilkRoadCore
# as modules, then
# SilkRoadKit's sources, the embedded knowledge (with its snapshot) and FuzzQuestion.swift as a
# second, linked into Fuzz/.build/silkroad-fuzz.
# Whole-module (-wmo), as SwiftPM release builds are: a per-file -O build with the fuzzer
# instrumentation crashed in the standard library's string hashing on every input (Swift 6.3.1),
# while -Onone, -O -wmo and SwiftPM's own release + ASan build all run clean.
# usage: Fuzz/build.sh [question|knowledge]   (the target: questions, the default, or knowledge files)
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:-question}
case "$target" in
  question) entry=Fuzz/FuzzQuestion.swift binary=silkroad-fuzz ;;
  knowledge) entry=Fuzz/FuzzKnowledge.swift binary=silkroad-fuzz-knowledge ;;
  *) echo "usage: Fuzz/build.sh [question|knowledge]" >&2; exit 64 ;;
esac
out=Fuzz/.build
mkdir -p "$out"
swift build --product KnowledgeEmbedder >/dev/null
embedder=$(swift build --show-bin-path)/KnowledgeEmbedder
"$embedder" "$out/EmbeddedKnowledgeFiles.swift" Knowledge $(find Knowledge -name '*.json' -not -path '*/schema/*' | sort)
flags=(-parse-as-library ${SWIFT_OPT:--O -wmo} -g -sanitize=fuzzer,address -package-name silkroad)
# The packages SilkRoadCore and SilkRoadKit use, from SwiftPM's checkouts: RealModule (with its C
# shims) and ExtrasBase64, each as a module of its own.
checkouts=$(swift build --show-bin-path)/../../checkouts
numerics="$checkouts/swift-numerics/Sources"
swiftc "${flags[@]}" -module-name RealModule -I "$numerics/_NumericsShims/include" -emit-module -emit-module-path "$out/RealModule.swiftmodule" \
  -c -o "$out/RealModule.o" $(find "$numerics/RealModule" -name '*.swift' | sort)
# (With the language features its own manifest turns on.)
swiftc "${flags[@]}" -module-name ExtrasBase64 -enable-experimental-feature Lifetimes \
  -enable-experimental-feature SuppressedAssociatedTypesWithDefaults -enable-upcoming-feature LifetimeDependence \
  -enable-upcoming-feature InternalImportsByDefault -emit-module -emit-module-path "$out/ExtrasBase64.swiftmodule" \
  -c -o "$out/ExtrasBase64.o" $(find "$checkouts/swift-extras-base64/Sources/ExtrasBase64" -name '*.swift' | sort)
swiftc "${flags[@]}" -module-name SilkRoadCore -I "$out" -I "$numerics/_NumericsShims/include" -emit-module \
  -emit-module-path "$out/SilkRoadCore.swiftmodule" -c -o "$out/SilkRoadCore.o" $(find Sources/SilkRoadCore -name '*.swift' | sort)
# From inside $out, so that what swiftc writes beside the executable stays there.
root=$(pwd)
(cd "$out" && swiftc "${flags[@]}" -module-name SilkRoadFuzz -I . -I "$numerics/_NumericsShims/include" -o "$binary" \
  SilkRoadCore.o RealModule.o ExtrasBase64.o \
  $(cd "$root" && find "$root/Sources/SilkRoadKit" -name '*.swift' | sort) EmbeddedKnowledgeFiles.swift "$root/$entry")
echo "built $out/$binary"
