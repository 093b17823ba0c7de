#!/usr/bin/env bash
# Process-crash consistency of `chancery index`: SIGKILL it at random moments and check that the
# index always shows a committed state with every dispatch whole, and that a rerun converges.
#
# Usage: scripts/crash_loop.sh [iterations]        (default 25)
# Env:   BIN (default target/release/chancery, else target/debug/chancery),
#        DISPATCHES (default 3000), COMMIT_EVERY (default 50), SEED (for $RANDOM).
#
# Every synthetic dispatch has exactly PARAS paragraphs and no profile, so a dispatch is whole
# iff it has PARAS documents. After each kill:
#   - stats --json opens the index; documents == PARAS * dispatches (no partial dispatch);
#   - on a fresh index, dispatches is a multiple of COMMIT_EVERY (a commit boundary);
#   - sampled article_ids have 0 or PARAS documents; a search answers.
# The index is kept between iterations, so later kills land in reruns that replace dispatches.
# Finally a full rerun must give exactly DISPATCHES dispatches and PARAS * DISPATCHES documents.
set -euo pipefail
cd "$(dirname "$0")/.."

ITER=${1:-25}
DISPATCHES=${DISPATCHES:-3000}
COMMIT_EVERY=${COMMIT_EVERY:-50}
PARAS=3
RANDOM=${SEED:-$$}
if [ -z "${BIN:-}" ]; then
  if [ -x target/release/chancery ]; then BIN=target/release/chancery; else BIN=target/debug/chancery; fi
fi
[ -x "$BIN" ] || { echo "crash_loop: $BIN not built (cargo build)"; exit 1; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
CORPUS="$WORK/feed.jsonl"
IDX="$WORK/idx"

python3 - "$CORPUS" "$DISPATCHES" <<'PY'
import json, random, sys
path, n = sys.argv[1], int(sys.argv[2])
rng = random.Random(7)
people = ["Ana Ruiz", "Li Wei", "Omar Haddad", "Ingrid Berg", "Kofi Mensah"]
topics = ["ceasefire", "grain corridor", "sanctions", "prisoner exchange", "tariffs"]
with open(path, "w") as f:
    for i in range(n):
        t = rng.choice(topics)
        paras = [
            f"Envoys met on day {i} to discuss the {t}, officials said on Monday.",
            f"\"We expect progress on the {t},\" said {rng.choice(people)}, the chief negotiator.",
            f"Talks on dispatch number {i} are due to resume next week in the capital.",
        ]
        f.write(json.dumps({"id": f"d{i:05d}", "headline": f"Talks on {t}",
                            "date": f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}",
                            "source": "AFP", "paragraphs": paras}) + "\n")
PY

fail() { echo "crash_loop: iteration $1: $2"; exit 1; }

# "documents dispatches" from stats --json.
counts() {
  "$BIN" --index "$IDX" stats --json \
    | python3 -c 'import json,sys; s=json.load(sys.stdin); print(s["documents"], s["dispatches"])'
}

# Hits for one article_id.
hits_for() {
  "$BIN" --index "$IDX" search "article_id:$1" --json --limit 100 | wc -l
}

# Reference run: its wall time bounds the kill delays.
rm -rf "$IDX"
t0=$(date +%s%N)
"$BIN" --quiet --index "$IDX" index --commit-every "$COMMIT_EVERY" "$CORPUS" >/dev/null
t1=$(date +%s%N)
RUN_MS=$(( (t1 - t0) / 1000000 ))
read -r docs disp < <(counts)
[ "$disp" -eq "$DISPATCHES" ] && [ "$docs" -eq $((PARAS * DISPATCHES)) ] \
  || fail 0 "reference run has $docs documents / $disp dispatches"
echo "crash_loop: $DISPATCHES dispatches, $docs documents, full run ${RUN_MS} ms with $BIN"

kills=0
fresh_checks=0
partial_states=0
for i in $(seq 1 "$ITER"); do
  fresh=0
  if [ $((i % 3)) -eq 1 ]; then rm -rf "$IDX"; fresh=1; fi
  "$BIN" --quiet --index "$IDX" index --commit-every "$COMMIT_EVERY" "$CORPUS" >/dev/null 2>"$WORK/err.log" &
  pid=$!
  # Kill within 95% of a full run, so nearly every kill lands in a running indexer.
  delay_ms=$(( RANDOM * RANDOM % (RUN_MS * 19 / 20 + 1) ))
  sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
  if kill -9 "$pid" 2>/dev/null; then kills=$((kills + 1)); fi
  wait "$pid" 2>/dev/null || true

  if [ ! -e "$IDX/meta.json" ]; then
    # Killed before the index was created: the next run must still work.
    continue
  fi
  read -r docs disp < <(counts) || fail "$i" "stats could not open the index"
  [ "$docs" -eq $((PARAS * disp)) ] \
    || fail "$i" "$docs documents for $disp dispatches: a dispatch is partly indexed"
  [ "$disp" -le "$DISPATCHES" ] || fail "$i" "$disp dispatches > $DISPATCHES: duplicates"
  if [ "$fresh" -eq 1 ]; then
    fresh_checks=$((fresh_checks + 1))
    [ $((disp % COMMIT_EVERY)) -eq 0 ] || [ "$disp" -eq "$DISPATCHES" ] \
      || fail "$i" "$disp dispatches is not a commit boundary of $COMMIT_EVERY"
  fi
  if [ "$disp" -gt 0 ] && [ "$disp" -lt "$DISPATCHES" ]; then partial_states=$((partial_states + 1)); fi
  for _ in 1 2 3; do
    id=$(printf 'd%05d' $((RANDOM % DISPATCHES)))
    n=$(hits_for "$id")
    [ "$n" -eq 0 ] || [ "$n" -eq "$PARAS" ] || fail "$i" "$id has $n documents, want 0 or $PARAS"
  done
  rc=0
  "$BIN" --index "$IDX" search "ceasefire" --limit 3 >/dev/null || rc=$?
  [ "$rc" -eq 0 ] || fail "$i" "search exited $rc"
done

# Final rerun on the last (killed) index converges exactly.
"$BIN" --quiet --index "$IDX" index --commit-every "$COMMIT_EVERY" "$CORPUS" >/dev/null
read -r docs disp < <(counts)
[ "$disp" -eq "$DISPATCHES" ] && [ "$docs" -eq $((PARAS * DISPATCHES)) ] \
  || fail final "rerun has $docs documents / $disp dispatches, want $((PARAS * DISPATCHES)) / $DISPATCHES"
for id in d00000 "$(printf 'd%05d' $((DISPATCHES - 1)))" "$(printf 'd%05d' $((RANDOM % DISPATCHES)))"; do
  n=$(hits_for "$id")
  [ "$n" -eq "$PARAS" ] || fail final "$id has $n documents after the rerun"
done
echo "crash_loop: $ITER iterations, $kills SIGKILLs landed in a running index," \
  "$partial_states mid-run states checked ($fresh_checks on fresh indexes at commit boundaries);" \
  "final rerun: $docs documents, $disp dispatches, no duplicates"
