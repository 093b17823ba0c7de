#!/usr/bin/env python3
"""tantivy-py on Chancery's documents and query file.

    python3 benches/peers_tantivy_py.py DOCS.jsonl QUERIES.jsonl [--index DIR] [--reuse]
        [--passes 10] [--seed 42] [--cold 20] [--json] [--out FILE]

DOCS.jsonl is what `chancery split DISPATCHES.jsonl --json` prints (one Chancery document per
line), so this index holds exactly the documents Chancery indexes. QUERIES.jsonl is a
`chancery bench` query file (benches/queries/synthetic.jsonl).

It builds a tantivy-py index (reported build time: documents read, added, committed, one
segment), then replays the query file the way `chancery bench` does: every query once as a
warm-up (which also records its match count, untimed), then PASSES passes in an order
shuffled with SEED, one thread, and prints p50/p95/p99 per class. With --cold K it also times
K fresh `python3 peers_tantivy_py.py --search-once ...` processes (interpreter start, import,
index open, the query, stored documents, snippets) on the query `chancery bench --cold`
picks (the first search whose class contains "snippet").

Per query, as Chancery does (src/search.rs, src/bench.rs):
  * ranked search: the user query parsed over text, headline, section, name (headline and name
    boosted 2x, conjunction by default), filters as required clauses scored 0, top 10 by BM25
    without a total count (or by date, newest first), then the stored document and a
    180-character snippet of `text` for each hit (the snippet highlights the query as typed,
    without the filters; an empty fragment falls back to the first 180 characters);
  * facets: a terms aggregation (top 10) over the fast column of country or speaker; for dates
    a 1-day date_histogram rolled up to months in Python (Chancery counts days and rolls up).

Differences from Chancery's schema and query path are listed in benches/PEERS.md.
"""

import argparse
import importlib.metadata
import datetime as dt
import json
import os
import random
import subprocess
import sys
import time
import unicodedata

import tantivy
from tantivy import Filter, Occur, Query, TextAnalyzerBuilder, Tokenizer

SEARCH_FIELDS = ["text", "headline", "section", "name"]
BOOSTS = {"headline": 2.0, "name": 2.0}
VALUE_FIELDS = ["speaker", "country", "organization", "place", "source"]
SNIPPET_CHARS = 180
STEM = "chancery_stem"
EXACT = "exact"
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)


def build_schema():
    sb = tantivy.SchemaBuilder()
    sb.add_text_field("id", stored=True, tokenizer_name="raw", index_option="basic")
    sb.add_text_field("article_id", stored=True, tokenizer_name="raw", index_option="basic")
    sb.add_text_field("kind", stored=True, fast=True, tokenizer_name="raw", index_option="basic")
    sb.add_unsigned_field("position", stored=True)
    for f in ["headline", "section"]:
        sb.add_text_field(f, stored=True, tokenizer_name=STEM, index_option="position")
    sb.add_date_field("date", stored=True, indexed=True, fast=True)
    for f in VALUE_FIELDS:
        sb.add_text_field(f, stored=True, fast=True, tokenizer_name=EXACT, index_option="basic")
    for f in ["name", "text"]:
        sb.add_text_field(f, stored=True, tokenizer_name=STEM, index_option="position")
    return sb.build()


def register(index):
    # Chancery's en_stem: SimpleTokenizer, RemoveLong(40), LowerCaser, AsciiFolding, Snowball
    # English. Its exact analyzer: the whole value, lowercased and ASCII-folded.
    stem = (
        TextAnalyzerBuilder(Tokenizer.simple())
        .filter(Filter.remove_long(40))
        .filter(Filter.lowercase())
        .filter(Filter.ascii_fold())
        .filter(Filter.stemmer("english"))
        .build()
    )
    exact = (
        TextAnalyzerBuilder(Tokenizer.raw())
        .filter(Filter.lowercase())
        .filter(Filter.ascii_fold())
        .build()
    )
    index.register_tokenizer(STEM, stem)
    index.register_tokenizer(EXACT, exact)
    # tantivy-py takes a text field's fast-column tokenizer from its indexing tokenizer, so the
    # fast column holds the folded value (Chancery's keeps the original spelling).
    index.register_fast_field_tokenizer(EXACT, exact)


def exact_term(value):
    """Like Chancery's exact_term: lowercase and fold accents (approximation of AsciiFolding)."""
    v = unicodedata.normalize("NFKD", value.strip().lower())
    return "".join(c for c in v if not unicodedata.combining(c))


def parse_day(s):
    y, m, d = (int(x) for x in s.split("-"))
    return dt.datetime(y, m, d, tzinfo=dt.timezone.utc)


def open_index(path):
    index = tantivy.Index(build_schema(), path=path, reuse=True)
    register(index)
    return index


def build_index(docs_path, path, heap_mb):
    os.makedirs(path, exist_ok=True)
    if os.listdir(path) and not os.path.exists(os.path.join(path, "meta.json")):
        raise SystemExit(f"{path} is neither empty nor a tantivy index: not overwriting it")
    for name in os.listdir(path):
        os.remove(os.path.join(path, name))
    t = time.perf_counter()
    index = tantivy.Index(build_schema(), path=path, reuse=False)
    register(index)
    # One indexing thread and a heap large enough for a single segment (tantivy-py has no merge
    # call; Chancery merges into one segment at the end of `chancery index`).
    writer = index.writer(heap_size=heap_mb * 1024 * 1024, num_threads=1)
    n = 0
    with open(docs_path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            d = json.loads(line)
            fields = {
                "id": d["id"],
                "article_id": d["article_id"],
                "kind": d["kind"],
                "position": d["position"],
                "text": d["text"],
            }
            for k in ["headline", "section", "name", "place", "source"]:
                if d.get(k):
                    fields[k] = d[k]
            if d.get("date"):
                fields["date"] = parse_day(d["date"])
            for src, dst in [("speakers", "speaker"), ("countries", "country"),
                             ("organizations", "organization")]:
                if d.get(src):
                    fields[dst] = d[src]
            writer.add_document(tantivy.Document(**fields))
            n += 1
    writer.commit()
    writer.wait_merging_threads()
    index.reload()
    return index, n, time.perf_counter() - t


# --- queries -------------------------------------------------------------------------------


class BenchQuery:
    def __init__(self, line, number):
        self.line = number
        self.q = line["q"]
        self.speakers = as_list(line.get("speaker"))
        self.countries = as_list(line.get("country"))
        self.since = parse_day(line["since"]) if line.get("since") else None
        self.until = parse_day(line["until"]) if line.get("until") else None
        self.facet_by = line.get("facet_by")
        self.interval = line.get("interval", "month")
        self.sort = line.get("sort", "score")
        self.snippets = line.get("snippets", True)
        self.limit = line.get("limit", 10)
        if self.facet_by and self.facet_by not in ("speaker", "country", "organization", "date",
                                                   "kind", "source", "place"):
            raise ValueError(f"line {number}: unknown facet_by {self.facet_by!r}")
        self.cls = line.get("class") or (f"facet_{self.facet_by}" if self.facet_by else "search")
        self.raw = line


def as_list(v):
    if v is None:
        return []
    return [v] if isinstance(v, str) else list(v)


def read_queries(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            s = raw.strip()
            if not s or s.startswith("#") or s.startswith("//"):
                continue
            out.append(BenchQuery(json.loads(s), n))
    if not out:
        raise SystemExit(f"{path}: no queries")
    return out


class Engine:
    def __init__(self, index):
        self.index = index
        self.schema = index.schema
        self.searcher = index.searcher()

    def user_query(self, text):
        t = text.strip()
        if not t or t == "*":
            return Query.all_query()
        return self.index.parse_query(t, SEARCH_FIELDS, BOOSTS, conjunction_by_default=True)

    def full_query(self, bq):
        user = self.user_query(bq.q)
        filters = []

        def any_of(field, values):
            return Query.boolean_query(
                [(Occur.Should, Query.term_query(self.schema, field, exact_term(v),
                                                 index_option="basic")) for v in values])

        if bq.speakers:
            filters.append(any_of("speaker", bq.speakers))
        if bq.countries:
            # Chancery first maps aliases (U.S. -> United States) through its gazetteer.
            filters.append(any_of("country", bq.countries))
        if bq.since or bq.until:
            upper = bq.until + dt.timedelta(days=1) if bq.until else None
            filters.append(Query.range_query(self.schema, "date", tantivy.FieldType.Date,
                                             bq.since, upper, include_lower=True,
                                             include_upper=upper is None))
        if not filters:
            return user
        clauses = [(Occur.Must, user)]
        clauses += [(Occur.Must, Query.const_score_query(f, 0.0)) for f in filters]
        return Query.boolean_query(clauses)

    def search(self, bq, query=None):
        s = self.searcher
        query = query or self.full_query(bq)
        if bq.sort == "date":
            hits = s.search(query, bq.limit, count=False, order_by_field="date",
                            order=tantivy.Order.Desc).hits
        else:
            hits = s.search(query, bq.limit, count=False).hits
        gen = None
        if bq.snippets and hits:
            gen = tantivy.SnippetGenerator.create(s, self.user_query(bq.q), self.schema, "text")
            gen.set_max_num_chars(SNIPPET_CHARS)
        out = []
        for score, addr in hits:
            doc = s.doc(addr)
            d = doc.to_dict()
            snippet = None
            if gen is not None:
                sn = gen.snippet_from_doc(doc)
                frag = sn.fragment()
                if frag:
                    snippet = (frag, [(r.start, r.end) for r in sn.highlighted()])
                else:
                    text = d.get("text", [""])[0]
                    snippet = (text[:SNIPPET_CHARS] + ("…" if len(text) > SNIPPET_CHARS else ""), [])
            # Sorted by date, tantivy returns the date as the "score": Chancery reports 0.
            out.append((0.0 if bq.sort == "date" else score, d, snippet))
        return out

    def facets(self, bq, query=None):
        query = query or self.full_query(bq)
        if bq.facet_by == "date":
            r = self.searcher.aggregate(query, {"d": {"date_histogram": {
                "field": "date", "fixed_interval": "1d", "min_doc_count": 1}}})
            width = {"day": 10, "month": 7, "year": 4}[bq.interval]
            buckets = {}
            for b in r["d"]["buckets"]:
                key = b["key_as_string"][:width]
                buckets[key] = buckets.get(key, 0) + b["doc_count"]
            return sorted(buckets.items())
        r = self.searcher.aggregate(query, {"v": {"terms": {"field": bq.facet_by, "size": 10}}})
        return [(b["key"], b["doc_count"]) for b in r["v"]["buckets"]]

    def run(self, bq):
        if bq.facet_by:
            return len(self.facets(bq))
        return len(self.search(bq))

    def matches(self, bq):
        return self.searcher.search(self.full_query(bq), 1, count=True).count


# --- report --------------------------------------------------------------------------------


def quantile(sorted_ms, q):
    """Nearest rank, like an HDR histogram's value_at_quantile."""
    if not sorted_ms:
        return 0.0
    i = max(0, min(len(sorted_ms) - 1, int(-(-q * len(sorted_ms) // 1)) - 1))
    return sorted_ms[i]


def summarize(cls, queries, mean_matches, samples):
    v = sorted(samples)
    mean = sum(v) / len(v)
    return {
        "class": cls, "queries": queries, "mean_matches": mean_matches, "count": len(v),
        "p50_ms": quantile(v, 0.50), "p95_ms": quantile(v, 0.95), "p99_ms": quantile(v, 0.99),
        "max_ms": v[-1], "mean_ms": mean, "qps": 1000.0 / mean if mean > 0 else 0.0,
    }


def render(r, per_query=False):
    lines = [
        f"{r['engine']}: index {r['index']} ({r['documents']} documents, {r['segments']} segments), "
        f"{r['queries']} queries from {r['query_file']}, {r['passes']} passes, 1 thread(s), "
        f"seed {r['seed']}, opened in {r['open_ms']:.1f} ms"
    ]
    if r.get("build_secs") is not None:
        lines.insert(0, f"{r['engine']}: indexed {r['documents']} documents in "
                        f"{r['build_secs']:.1f} s")
    lines.append(f"{'class':<22} {'n':>5} {'matches':>11} {'runs':>8} {'p50 ms':>9} "
                 f"{'p95 ms':>9} {'p99 ms':>9} {'max ms':>9} {'qps':>10}")
    for c in r["classes"] + [r["overall"]]:
        lines.append(f"{c['class']:<22} {c['queries']:>5} {c['mean_matches']:>11.0f} "
                     f"{c['count']:>8} {c['p50_ms']:>9.3f} {c['p95_ms']:>9.3f} "
                     f"{c['p99_ms']:>9.3f} {c['max_ms']:>9.3f} {c['qps']:>10.0f}")
    if per_query:
        lines.append(f"{'line':>5} {'class':<20} {'matches':>9} {'p50 ms':>9}  query")
        for p in r["per_query"]:
            lines.append(f"{p['line']:>5} {p['class']:<20} {p['matches']:>9} {p['p50_ms']:>9.3f}  {p['q']}")
    c = r.get("cold")
    if c:
        lines.append(f"cold process x{c['runs']}: p50 {c['p50_ms']:.2f} ms, p95 {c['p95_ms']:.2f} ms, "
                     f"min {c['min_ms']:.2f} ms, max {c['max_ms']:.2f} ms  ({c['query']})")
    return "\n".join(lines)


def cold_query(queries):
    searches = [q for q in queries if not q.facet_by]
    for q in searches:
        if "snippet" in q.cls:
            return q
    return searches[0] if searches else None


def cold_runs(index_path, q, k):
    cmd = [sys.executable, os.path.abspath(__file__), "--search-once", json.dumps(q.raw),
           "--index", index_path]
    def once():
        t = time.perf_counter()
        subprocess.run(cmd, check=True, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
        return (time.perf_counter() - t) * 1000.0
    once()  # untimed: interpreter, library and index files into the page cache
    v = sorted(once() for _ in range(k))
    return {"query": f"{q.q} (limit {q.limit}, snippets)", "runs": k,
            "p50_ms": quantile(v, 0.5), "p95_ms": quantile(v, 0.95), "min_ms": v[0],
            "max_ms": v[-1]}


def search_once(index_path, line):
    """A fresh process's whole job: open, search, print hits with snippets (like `chancery search`)."""
    engine = Engine(open_index(index_path))
    bq = BenchQuery(json.loads(line), 1)
    out = sys.stdout
    for score, d, snippet in engine.search(bq):
        out.write(json.dumps({"score": score, "id": d.get("id", [""])[0],
                              "headline": d.get("headline", [None])[0],
                              "snippet": snippet[0] if snippet else None},
                             ensure_ascii=False) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("docs", nargs="?", help="documents (chancery split --json output)")
    ap.add_argument("queries", nargs="?", help="query file (JSON Lines)")
    ap.add_argument("--index", help="index directory (default: /tmp/chancery-peers/tantivy-py-<docs name>)")
    ap.add_argument("--reuse", action="store_true", help="reuse an existing index instead of building")
    ap.add_argument("--heap-mb", type=int, default=2000, help="writer heap (one thread)")
    ap.add_argument("--passes", type=int, default=10)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--cold", type=int, default=0, help="fresh processes to time")
    ap.add_argument("--json", action="store_true", help="print the report as JSON")
    ap.add_argument("--out", help="also write the JSON report here")
    ap.add_argument("--per-query", action="store_true", help="also print matches and p50 per query")
    ap.add_argument("--search-once", help=argparse.SUPPRESS)
    a = ap.parse_args()

    if a.search_once is not None:
        search_once(a.index, a.search_once)
        return
    if not a.docs or not a.queries:
        ap.error("DOCS and QUERIES are required")
    index_path = a.index or os.path.join(
        "/tmp/chancery-peers", "tantivy-py-" + os.path.splitext(os.path.basename(a.docs))[0])
    queries = read_queries(a.queries)

    build_secs = None
    if a.reuse and tantivy.Index.exists(index_path):
        pass
    else:
        _, n, build_secs = build_index(a.docs, index_path, a.heap_mb)
    t = time.perf_counter()
    index = open_index(index_path)
    engine = Engine(index)
    open_ms = (time.perf_counter() - t) * 1000.0

    match_sums = {}
    per_query_matches = []
    for q in queries:
        try:
            engine.run(q)
        except Exception as e:  # noqa: BLE001 - report the line, like chancery bench
            raise SystemExit(f"query file line {q.line} ({q.q!r}): {e}")
        m = engine.matches(q)
        per_query_matches.append(m)
        n, s = match_sums.get(q.cls, (0, 0))
        match_sums[q.cls] = (n + 1, s + m)

    rng = random.Random(a.seed)
    order = list(range(len(queries)))
    samples = {}
    per_query = [[] for _ in queries]
    started = time.perf_counter()
    for _ in range(max(1, a.passes)):
        rng.shuffle(order)
        for i in order:
            q = queries[i]
            t = time.perf_counter()
            engine.run(q)
            ms = (time.perf_counter() - t) * 1000.0
            samples.setdefault(q.cls, []).append(ms)
            per_query[i].append(ms)
    wall = time.perf_counter() - started

    classes = []
    for cls in sorted(samples):
        n, s = match_sums[cls]
        classes.append(summarize(cls, n, s / n, samples[cls]))
    everything = [x for v in samples.values() for x in v]
    overall = summarize("all", len(queries), sum(s for _, s in match_sums.values()) / len(queries),
                        everything)
    overall["qps"] = len(everything) / wall
    report = {
        "engine": "tantivy-py " + importlib.metadata.version("tantivy"),
        "index": index_path,
        "documents": engine.searcher.num_docs,
        "segments": engine.searcher.num_segments,
        "query_file": a.queries,
        "queries": len(queries),
        "passes": max(1, a.passes),
        "threads": 1,
        "seed": a.seed,
        "build_secs": build_secs,
        "open_ms": open_ms,
        "wall_secs": wall,
        "classes": classes,
        "overall": overall,
        "cold": None,
        "per_query": [
            {"line": q.line, "q": q.q, "class": q.cls, "matches": per_query_matches[i],
             "p50_ms": quantile(sorted(per_query[i]), 0.5)}
            for i, q in enumerate(queries)],
    }
    if a.cold > 0:
        q = cold_query(queries)
        if q is not None:
            report["cold"] = cold_runs(index_path, q, a.cold)
    if a.out:
        with open(a.out, "w", encoding="utf-8") as f:
            json.dump(report, f, indent=1)
    print(json.dumps(report, indent=1) if a.json else render(report, a.per_query))


if __name__ == "__main__":
    main()
