#!/usr/bin/env bash
# Checks that a change leaves Warta's output as it was: runs `warta analyze --format jsonl`
# of two builds over the same sample of the shared news (../shared/data/news) and diffs them.
#   scripts/same-output.sh OLD_WARTA_JAR OLD_BENCH_JAR [EVERY] [LIMIT]
# Copy warta-app/target/warta.jar and warta-bench/target/warta-bench.jar aside before the
# change (the old pair), rebuild (./warta build), then run this from the checkout. It also
# compares every article of the corpus through StageProfile --dump. Both runs must fall on the
# same day (relative dates without a year resolve against today). Exit 0 when identical.
# NEW_APP and NEW_BENCH, when set, name the new pair instead of this checkout's build.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/find-jdk.sh"
JAVA="$(find_jdk)/bin/java"
OLD_APP="$1"; OLD_BENCH="$2"; EVERY="${3:-15}"; LIMIT="${4:-500}"
NEW_APP="${NEW_APP:-$ROOT/warta-app/target/warta.jar}"; NEW_BENCH="${NEW_BENCH:-$ROOT/warta-bench/target/warta-bench.jar}"
WORK="$(mktemp -d)"; trap 'rm -rf "$WORK"' EXIT
cd "$ROOT"
"$JAVA" -cp "$NEW_BENCH" id.warta.bench.StageProfile --rounds 0 --every "$EVERY" --limit "$LIMIT" \
  --export "$WORK/sample.jsonl" >/dev/null 2>&1
status=0
for side in old new; do
  app=$([ $side = old ] && echo "$OLD_APP" || echo "$NEW_APP")
  bench=$([ $side = old ] && echo "$OLD_BENCH" || echo "$NEW_BENCH")
  "$JAVA" -jar "$app" analyze --format jsonl "$WORK/sample.jsonl" > "$WORK/cli-$side.jsonl" 2>/dev/null || true
  "$JAVA" -Xmx2g -cp "$bench" id.warta.bench.StageProfile --rounds 0 --dump "$WORK/all-$side.jsonl" >/dev/null 2>&1
done
for kind in cli all; do
  n=$(wc -l < "$WORK/$kind-new.jsonl")
  if cmp -s "$WORK/$kind-old.jsonl" "$WORK/$kind-new.jsonl"; then
    echo "$kind: $n articles, identical"
  else
    lines=$(awk 'NR==FNR{a[FNR]=$0;next} a[FNR]!=$0{print FNR}' "$WORK/$kind-old.jsonl" "$WORK/$kind-new.jsonl")
    echo "$kind: $n articles, $(echo "$lines" | wc -l) DIFFERENT (lines $(echo $lines | cut -c1-200)); the first:"
    first=$(echo "$lines" | head -1)
    diff <(sed -n "${first}p" "$WORK/$kind-old.jsonl" | tr ',' '\n') <(sed -n "${first}p" "$WORK/$kind-new.jsonl" | tr ',' '\n') | head -40 || true
    status=1
  fi
done
exit $status
