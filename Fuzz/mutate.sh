#!/usr/bin/env bash
# Mutates the built-in facts as a careless editor would, N times (default 5000), and checks that
# each base is either refused with its problems or answers, charts, tours and quizzes without
# crashing (Tests/SilkRoadKitTests/Knowledge/MutatedKnowledgeTests.swift; CI runs 250).
# usage: Fuzz/mutate.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
SILKROAD_MUTATIONS=${1:-5000} swift test --filter MutatedKnowledgeTests
