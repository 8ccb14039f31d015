#!/usr/bin/env bash
# Seeds a corpus from the transcripts and the question sets, then fuzzes for SECONDS (default 600).
# usage: Fuzz/run.sh [SECONDS] [question|knowledge]   (after Fuzz/build.sh with the same target)
# The knowledge target is seeded from the built-in knowledge files (each alone, as a teacher's
# file would be) and a few snapshots, and reads inputs up to 64 KB.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
if [ "${2:-question}" = knowledge ]; then
  mkdir -p Fuzz/corpus-knowledge
  for f in $(find Knowledge -name '*.json' -not -path '*/schema/*'); do cp "$f" "Fuzz/corpus-knowledge/$(echo "$f" | tr / -)"; done
  cd Fuzz && exec ./.build/silkroad-fuzz-knowledge corpus-knowledge -max_total_time="$seconds" -max_len=65536 -timeout=30 \
    -rss_limit_mb=4096 -print_final_stats=1
fi
mkdir -p Fuzz/corpus
i=0
for f in Transcripts/*.txt; do
  grep '^silkroad> ' "$f" | sed 's/^silkroad> //' > "Fuzz/corpus/transcript-$(basename "$f" .txt)"
done
for q in ../shared/eval/dev.jsonl Tests/Questions/*.jsonl; do
  [ -f "$q" ] || continue
  python3 -c 'import json,sys
for i,l in enumerate(open(sys.argv[1])):
    if l.strip():
        o=json.loads(l); open("Fuzz/corpus/q-%s-%d"%(sys.argv[2],i),"w").write("\n".join(o.get("context",[])+[o["q"]]))' "$q" "$(basename "$q" .jsonl)"
done
cd Fuzz && ./.build/silkroad-fuzz corpus -max_total_time="$seconds" -max_len=2048 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
