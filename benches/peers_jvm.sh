#!/usr/bin/env bash
# Lucene side of the peers benchmark (benches/PEERS.md).
#
#   benches/peers_jvm.sh DOCS.jsonl QUERIES.jsonl [PeersLucene options...]
#   benches/peers_jvm.sh --setup      # only fetch the jar and compile
#
# Lucene comes from PyPI: Maven Central is not reachable here, but pyserini's wheel bundles
# Anserini's fat jar, and pyserini 0.22.0 bundles Lucene 9.5.0 (built for Java 11, runs on 17).
# The wheel is fetched with pip (no dependencies installed), and only Lucene's own classes
# (org/apache/lucene/**, the Snowball stemmers in org/tartarus/**, Lucene's META-INF/services)
# are copied into a slim jar, so the class path holds nothing but Lucene:
#
#   $PEERS_WORK/jars/lucene-from-pyserini-0.22.0.jar:$PEERS_WORK/lucene-classes
#
# Anything that offers lucene-core, lucene-analysis-common and lucene-queryparser 9.x works
# instead: set LUCENE_CP to their class path.
#
# Environment: PEERS_WORK (default /tmp/chancery-peers), PYSERINI_VERSION (default 0.22.0),
# JAVA_OPTS (default -Xms2g -Xmx2g), LUCENE_CP (skip the download).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
work=${PEERS_WORK:-/tmp/chancery-peers}
pyserini=${PYSERINI_VERSION:-0.22.0}
mkdir -p "$work/jars"

if [ -z "${LUCENE_CP:-}" ]; then
  slim="$work/jars/lucene-from-pyserini-$pyserini.jar"
  [ -s "$slim" ] || slim=
  if [ -z "$slim" ]; then
    dl="$work/dl-pyserini-$pyserini"
    mkdir -p "$dl"
    wheel=$(ls "$dl"/pyserini-"$pyserini"-*.whl 2>/dev/null | head -1 || true)
    if [ -z "$wheel" ]; then
      echo "peers_jvm: pip download pyserini==$pyserini --no-deps (about 150 MB)" >&2
      python3 -m pip download -q "pyserini==$pyserini" --no-deps -d "$dl" >&2
      wheel=$(ls "$dl"/pyserini-"$pyserini"-*.whl | head -1)
    fi
    python3 - "$wheel" "$work/jars" "$pyserini" <<'PY'
import io, re, sys, zipfile
wheel, out_dir, pyserini = sys.argv[1:]
with zipfile.ZipFile(wheel) as w:
    fat = [n for n in w.namelist() if re.search(r"anserini-.*-fatjar\.jar$", n)]
    if not fat:
        sys.exit(f"{wheel}: no anserini fat jar inside")
    data = w.read(fat[0])
keep = re.compile(r"^(org/apache/lucene/|org/tartarus/|META-INF/services/org\.apache\.lucene\.)")
with zipfile.ZipFile(io.BytesIO(data)) as fj:
    names = [n for n in fj.namelist() if keep.match(n)]
    path = f"{out_dir}/lucene-from-pyserini-{pyserini}.jar"
    with zipfile.ZipFile(path + ".part", "w", zipfile.ZIP_DEFLATED) as out:
        for n in names:
            out.writestr(fj.getinfo(n), fj.read(n))
import os
os.replace(path + ".part", path)
print(f"peers_jvm: {path} ({len(names)} entries from {fat[0]})", file=sys.stderr)
PY
    slim="$work/jars/lucene-from-pyserini-$pyserini.jar"
  fi
  LUCENE_CP=$slim
fi

classes="$work/lucene-classes"
src="$here/lucene/PeersLucene.java"
if [ ! -f "$classes/PeersLucene.class" ] || [ "$src" -nt "$classes/PeersLucene.class" ] \
   || [ "$(cat "$classes/.cp" 2>/dev/null)" != "$LUCENE_CP" ]; then
  mkdir -p "$classes"
  javac -nowarn -d "$classes" -cp "$LUCENE_CP" "$src"
  echo "$LUCENE_CP" > "$classes/.cp"
fi

if [ "${1:-}" = "--setup" ]; then
  echo "$LUCENE_CP:$classes"
  exit 0
fi
# shellcheck disable=SC2086
exec java ${JAVA_OPTS:--Xms2g -Xmx2g} -cp "$LUCENE_CP:$classes" PeersLucene bench "$@"
