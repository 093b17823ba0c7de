#!/usr/bin/env bash
# Chancery's peers, one command: tantivy-py and Lucene on the same documents and query file,
# then one table of p50/p99 per class. See benches/PEERS.md.
#
#   benches/run_peers.sh DOCS.jsonl [QUERIES.jsonl]
#
# DOCS.jsonl is Chancery's documents: `chancery split DISPATCHES.jsonl --json > DOCS.jsonl`.
# QUERIES.jsonl defaults to benches/queries/synthetic.jsonl.
#
# Environment:
#   PEERS_WORK      work directory: venv, jars, indexes, results (default /tmp/chancery-peers)
#   PASSES          timed passes (default 10)          COLD     fresh processes to time (default 20)
#   SEED            shuffle seed (default 42)          REUSE=1  reuse indexes, skip the builds
#   LUCENE_WARMUP   untimed passes for Lucene before timing (default 10: HotSpot compiles hot
#                   code only after thousands of calls; 1, as chancery bench does, times the JIT)
#   CHANCERY_INDEX  a Chancery index of the same dispatches: adds a `chancery bench` column
#   CHANCERY_BIN    the chancery binary for that column (default target/release/chancery)
#
# Installs what it needs, idempotently: a venv with tantivy==0.27.0 (PyPI), Lucene 9.5.0 from
# the pyserini 0.22.0 wheel (benches/peers_jvm.sh), compiled with the javac on PATH.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
if [ $# -lt 1 ]; then
  sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi
docs=$(realpath "$1")
queries=$(realpath "${2:-$root/benches/queries/synthetic.jsonl}")
work=${PEERS_WORK:-/tmp/chancery-peers}
export PEERS_WORK=$work
passes=${PASSES:-10}
cold=${COLD:-20}
seed=${SEED:-42}
warmup=${LUCENE_WARMUP:-10}
name=$(basename "$docs" .jsonl)
results="$work/results"
mkdir -p "$results"
reuse=()
[ "${REUSE:-0}" = 1 ] && reuse=(--reuse)

# tantivy-py, in its own venv.
venv="$work/venv"
if ! "$venv/bin/python" -c 'import importlib.metadata as m, sys; sys.exit(m.version("tantivy") != "0.27.0")' 2>/dev/null; then
  echo "run_peers: installing tantivy==0.27.0 into $venv" >&2
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q "tantivy==0.27.0"
fi
# Lucene jar and classes.
"$here/peers_jvm.sh" --setup >/dev/null

echo "== tantivy-py ($name)" >&2
timeout 900 "$venv/bin/python" "$here/peers_tantivy_py.py" "$docs" "$queries" \
  --index "$work/tantivy-py-$name" "${reuse[@]}" --passes "$passes" --seed "$seed" --cold "$cold" \
  --out "$results/tantivy-py-$name.json" >&2

echo "== Lucene ($name)" >&2
timeout 900 "$here/peers_jvm.sh" "$docs" "$queries" \
  --index "$work/lucene-$name" "${reuse[@]}" --passes "$passes" --warmup "$warmup" --seed "$seed" \
  --cold "$cold" --out "$results/lucene-$name.json" >&2

reports=("$results/tantivy-py-$name.json" "$results/lucene-$name.json")
if [ -n "${CHANCERY_INDEX:-}" ]; then
  bin=${CHANCERY_BIN:-$root/target/release/chancery}
  echo "== chancery ($CHANCERY_INDEX)" >&2
  timeout 900 "$bin" --index "$CHANCERY_INDEX" bench "$queries" --passes "$passes" --seed "$seed" \
    --cold "$cold" --json > "$results/chancery-$name.json"
  reports+=("$results/chancery-$name.json")
fi

python3 - "${reports[@]}" <<'PY'
import json, sys
reports = [json.load(open(p)) for p in sys.argv[1:]]
names = [r.get("engine", "chancery").split(" ")[0] for r in reports]
classes = []
for r in reports:
    for c in r["classes"]:
        if c["class"] not in classes:
            classes.append(c["class"])
classes.sort()
def row(r, cls):
    if cls == "all":
        return r["overall"]
    return next((c for c in r["classes"] if c["class"] == cls), None)
r0 = reports[0]
print(f"\n{r0['documents']} documents, {r0['queries']} queries from {r0['query_file']}, "
      f"{r0['passes']} passes, 1 thread, latency in ms")
w = max(12, max(len(n) for n in names) + 1)
head = f"{'class':<20} {'matches':>9}" + "".join(f"{n + ' p50':>{w + 4}}" for n in names) \
    + "".join(f"{n + ' p99':>{w + 4}}" for n in names)
print(head)
for cls in classes + ["all"]:
    rows = [row(r, cls) for r in reports]
    m = next((x["mean_matches"] for x in rows if x), 0)
    line = f"{cls:<20} {m:>9.0f}"
    line += "".join(f"{x['p50_ms']:>{w + 4}.3f}" if x else f"{'-':>{w + 4}}" for x in rows)
    line += "".join(f"{x['p99_ms']:>{w + 4}.3f}" if x else f"{'-':>{w + 4}}" for x in rows)
    print(line)
print()
for n, r in zip(names, reports):
    build = f"built in {r['build_secs']:.1f} s" if r.get("build_secs") else "index reused (no build time)"
    cold = r.get("cold")
    cold_s = (f"fresh process p50 {cold['p50_ms']:.1f} ms (min {cold['min_ms']:.1f}, max {cold['max_ms']:.1f}, "
              f"x{cold['runs']})") if cold else "no fresh-process runs"
    seg = r.get("segments")
    print(f"{n:<{w}} {r.get('engine', 'chancery')}: {build}, {seg} segment(s), "
          f"opened in {r['open_ms']:.1f} ms; {cold_s}")
if any(r.get("engine") is None for r in reports):
    print("(chancery's build time is not measured here: see `chancery index --json`)")
# Match counts per query, where the engines disagree (stemming, tokenizing).
pq = [{p["line"]: p for p in r.get("per_query", [])} for r in reports]
if len(pq) >= 2 and pq[0] and pq[1]:
    diff = [(l, p) for l, p in pq[0].items() if l in pq[1] and pq[1][l]["matches"] != p["matches"]]
    if diff:
        print(f"\nqueries where {names[0]} and {names[1]} match different documents:")
        for l, p in diff:
            print(f"  line {l:>3} {p['class']:<18} {p['matches']:>8} vs {pq[1][l]['matches']:>8}  {p['q']}")
PY
