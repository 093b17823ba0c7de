// Lucene on Chancery's documents and query file: the Lucene side of benches/PEERS.md.
//
//   java -cp LUCENE_JARS:CLASSES PeersLucene bench DOCS.jsonl QUERIES.jsonl [--index DIR]
//        [--reuse] [--passes 10] [--warmup 1] [--seed 42] [--cold 20] [--json] [--out FILE]
//        [--analyzer english|english-stop|snowball] [--query-cache] [--per-query]
//   java -cp ... PeersLucene search-once INDEX QUERY_JSON_LINE     (what --cold times)
//
// Needs only lucene-core, lucene-analysis-common and lucene-queryparser (9.x) on the class
// path; benches/peers_jvm.sh gets them and compiles this file. No JSON library: the tiny
// parser at the end reads the flat objects of `chancery split --json` and of query files.
//
// Per query, as Chancery does (src/search.rs, src/bench.rs):
//  * ranked search: MultiFieldQueryParser over text, headline, section, name (headline and
//    name boosted 2), AND by default; filters as FILTER clauses (they do not score); top 10 by
//    BM25 without a total count (IndexSearcher.search(q, 10): hits counted only up to 1,000,
//    then block-max WAND skips), or by date newest first (Sort on the date doc values); then
//    the stored document and a 180-character snippet of `text` per hit. Lucene's highlighter
//    module is not in the jar we can get, so the snippet is a port of tantivy's
//    SnippetGenerator (the same fragment search and term weights 1/(1+df)).
//  * facets: a collector over SortedSetDocValues (speaker, country, ...; top 10 by count) or
//    over the date NumericDocValues (documents per day, rolled up to months), as Chancery
//    counts days and rolls them up.

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.Version;

public final class PeersLucene {
  static final String[] SEARCH_FIELDS = {"text", "headline", "section", "name"};
  static final String[] VALUE_FIELDS = {"speaker", "country", "organization", "place", "source"};
  static final int SNIPPET_CHARS = 180;

  // ---------------------------------------------------------------- analysis

  static Analyzer analyzer(String name) {
    switch (name) {
      case "english": // EnglishAnalyzer without stop words: Chancery removes none
        return new EnglishAnalyzer(CharArraySet.EMPTY_SET);
      case "english-stop": // EnglishAnalyzer as shipped (33 stop words)
        return new EnglishAnalyzer();
      case "snowball": // closest to Chancery's en_stem: lowercase, ASCII-fold, Snowball English
        return new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String field) {
            Tokenizer src = new StandardTokenizer();
            TokenStream t = new LowerCaseFilter(src);
            t = new ASCIIFoldingFilter(t);
            t = new SnowballFilter(t, new org.tartarus.snowball.ext.EnglishStemmer());
            return new TokenStreamComponents(src, t);
          }

          @Override
          protected TokenStream normalize(String field, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
          }
        };
      default:
        throw new IllegalArgumentException("unknown analyzer " + name);
    }
  }

  /** Like Chancery's exact_term: trimmed, lowercased, accents folded. */
  static String exact(String v) {
    String s = Normalizer.normalize(v.trim().toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFKD);
    return s.replaceAll("\\p{M}", "");
  }

  // ---------------------------------------------------------------- index

  static long build(Path docs, Path dir, Analyzer analyzer) throws IOException {
    if (Files.exists(dir)) {
      try (Directory d = FSDirectory.open(dir)) {
        if (d.listAll().length > 0 && !DirectoryReader.indexExists(d))
          throw new IllegalArgumentException(dir + " is neither empty nor a Lucene index: not overwriting it");
      }
      try (var s = Files.list(dir)) {
        for (Path p : (Iterable<Path>) s::iterator) Files.delete(p);
      }
    }
    Files.createDirectories(dir);
    IndexWriterConfig cfg = new IndexWriterConfig(analyzer);
    cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    cfg.setRAMBufferSizeMB(256); // Chancery's default writer heap
    long n = 0;
    try (Directory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, cfg);
        BufferedReader r = Files.newBufferedReader(docs, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) continue;
        @SuppressWarnings("unchecked")
        Map<String, Object> j = (Map<String, Object>) new Json(line).value();
        w.addDocument(toLucene(j));
        n++;
      }
      w.forceMerge(1); // Chancery merges into one segment at the end of `chancery index`
      w.commit();
    }
    return n;
  }

  static Document toLucene(Map<String, Object> j) {
    Document d = new Document();
    d.add(new StringField("id", str(j.get("id")), Field.Store.YES));
    d.add(new StringField("article_id", str(j.get("article_id")), Field.Store.YES));
    String kind = str(j.get("kind"));
    d.add(new StringField("kind", kind, Field.Store.YES));
    d.add(new SortedDocValuesField("kind", new BytesRef(kind)));
    d.add(new StoredField("position", ((Number) j.get("position")).intValue()));
    for (String f : new String[] {"headline", "section", "name", "text"}) {
      Object v = j.get(f);
      if (v != null) d.add(new TextField(f, (String) v, Field.Store.YES));
    }
    Object date = j.get("date");
    if (date != null) {
      long day = LocalDate.parse((String) date).toEpochDay();
      d.add(new LongPoint("date", day));
      d.add(new NumericDocValuesField("date", day));
      d.add(new StoredField("date", (String) date));
    }
    String[][] values = {
      {"speakers", "speaker"}, {"countries", "country"}, {"organizations", "organization"},
      {"place", "place"}, {"source", "source"}
    };
    for (String[] fv : values) {
      Object v = j.get(fv[0]);
      List<String> list = new ArrayList<>();
      if (v instanceof String) list.add((String) v);
      else if (v instanceof List) for (Object o : (List<?>) v) list.add((String) o);
      for (String s : list) {
        d.add(new StringField(fv[1], exact(s), Field.Store.NO)); // filters
        d.add(new StoredField(fv[1], s));
        d.add(new SortedSetDocValuesField(fv[1], new BytesRef(s))); // counts, as spelled
      }
    }
    return d;
  }

  static String str(Object o) {
    return o == null ? "" : o.toString();
  }

  // ---------------------------------------------------------------- queries

  static final class BenchQuery {
    final int line;
    final Map<String, Object> raw;
    final String q;
    final String cls;
    final List<String> speakers, countries;
    final Long since, until;
    final String facetBy, interval;
    final boolean byDate, snippets;
    final int limit;

    BenchQuery(Map<String, Object> j, int line) {
      this.line = line;
      this.raw = j;
      this.q = (String) j.get("q");
      this.speakers = list(j.get("speaker"));
      this.countries = list(j.get("country"));
      this.since = j.get("since") == null ? null : LocalDate.parse((String) j.get("since")).toEpochDay();
      this.until = j.get("until") == null ? null : LocalDate.parse((String) j.get("until")).toEpochDay();
      this.facetBy = (String) j.get("facet_by");
      this.interval = j.get("interval") == null ? "month" : (String) j.get("interval");
      this.byDate = "date".equals(j.get("sort"));
      this.snippets = j.get("snippets") == null || Boolean.TRUE.equals(j.get("snippets"));
      this.limit = j.get("limit") == null ? 10 : ((Number) j.get("limit")).intValue();
      String c = (String) j.get("class");
      this.cls = c != null ? c : (facetBy != null ? "facet_" + facetBy : "search");
    }

    static List<String> list(Object o) {
      List<String> out = new ArrayList<>();
      if (o instanceof String) out.add((String) o);
      else if (o instanceof List) for (Object x : (List<?>) o) out.add((String) x);
      return out;
    }
  }

  static List<BenchQuery> readQueries(Path p) throws IOException {
    List<BenchQuery> out = new ArrayList<>();
    int n = 0;
    for (String raw : Files.readAllLines(p, StandardCharsets.UTF_8)) {
      n++;
      String s = raw.trim();
      if (s.isEmpty() || s.startsWith("#") || s.startsWith("//")) continue;
      @SuppressWarnings("unchecked")
      Map<String, Object> j = (Map<String, Object>) new Json(s).value();
      out.add(new BenchQuery(j, n));
    }
    if (out.isEmpty()) throw new IllegalArgumentException(p + ": no queries");
    return out;
  }

  static final class Engine {
    final IndexSearcher searcher;
    final Analyzer analyzer;
    final QueryParser parser;

    final long minDay, maxDay;

    Engine(DirectoryReader reader, Analyzer analyzer, boolean queryCache) throws IOException {
      this.searcher = new IndexSearcher(reader);
      // Lucene caches filter clauses that recur (LRUQueryCache); Chancery, tantivy and FTS5
      // cache nothing, and a bench replaying the same queries would mostly measure the cache.
      if (!queryCache) searcher.setQueryCache(null);
      long lo = Long.MAX_VALUE, hi = Long.MIN_VALUE;
      for (LeafReaderContext ctx : reader.leaves()) {
        PointValues pv = ctx.reader().getPointValues("date");
        if (pv == null) continue;
        lo = Math.min(lo, LongPoint.decodeDimension(pv.getMinPackedValue(), 0));
        hi = Math.max(hi, LongPoint.decodeDimension(pv.getMaxPackedValue(), 0));
      }
      this.minDay = lo == Long.MAX_VALUE ? 0 : lo;
      this.maxDay = hi == Long.MIN_VALUE ? -1 : hi;
      this.analyzer = analyzer;
      Map<String, Float> boosts = new HashMap<>();
      boosts.put("text", 1f);
      boosts.put("section", 1f);
      boosts.put("headline", 2f);
      boosts.put("name", 2f);
      this.parser = new MultiFieldQueryParser(SEARCH_FIELDS, analyzer, boosts);
      this.parser.setDefaultOperator(QueryParser.Operator.AND);
    }

    Query userQuery(String text) throws Exception {
      String t = text.trim();
      if (t.isEmpty() || t.equals("*")) return new MatchAllDocsQuery();
      return parser.parse(t);
    }

    Query fullQuery(BenchQuery bq) throws Exception {
      Query user = userQuery(bq.q);
      List<Query> filters = new ArrayList<>();
      if (!bq.speakers.isEmpty()) filters.add(anyOf("speaker", bq.speakers));
      // Chancery first maps country aliases (U.S. -> United States) through its gazetteer.
      if (!bq.countries.isEmpty()) filters.add(anyOf("country", bq.countries));
      if (bq.since != null || bq.until != null) {
        long lo = bq.since == null ? Long.MIN_VALUE : bq.since;
        long hi = bq.until == null ? Long.MAX_VALUE : bq.until; // inclusive, whole days
        filters.add(LongPoint.newRangeQuery("date", lo, hi));
      }
      if (filters.isEmpty()) return user;
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      b.add(user, BooleanClause.Occur.MUST);
      for (Query f : filters) b.add(f, BooleanClause.Occur.FILTER);
      return b.build();
    }

    static Query anyOf(String field, List<String> values) {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      for (String v : values) b.add(new TermQuery(new Term(field, exact(v))), BooleanClause.Occur.SHOULD);
      return new ConstantScoreQuery(b.build());
    }

    /** Ranked search with stored documents and snippets; returns the hits. */
    List<Map<String, Object>> search(BenchQuery bq) throws Exception {
      Query query = fullQuery(bq);
      TopDocs top =
          bq.byDate
              ? searcher.search(query, bq.limit, new Sort(new SortField("date", SortField.Type.LONG, true)))
              : searcher.search(query, bq.limit);
      List<Map<String, Object>> hits = new ArrayList<>(top.scoreDocs.length);
      Snippets gen = bq.snippets && top.scoreDocs.length > 0 ? new Snippets(this, userQuery(bq.q)) : null;
      StoredFields stored = searcher.storedFields();
      for (ScoreDoc sd : top.scoreDocs) {
        Document doc = stored.document(sd.doc);
        Map<String, Object> hit = new LinkedHashMap<>();
        for (IndexableField f : doc.getFields()) {
          Object v = f.numericValue() != null ? f.numericValue() : f.stringValue();
          hit.merge(f.name(), v, (a, b) -> {
            List<Object> l = a instanceof List ? castList(a) : new ArrayList<>(List.of(a));
            l.add(b);
            return l;
          });
        }
        hit.put("score", bq.byDate ? 0f : sd.score);
        if (gen != null) hit.put("snippet", gen.snippet(doc.get("text") == null ? "" : doc.get("text")));
        hits.add(hit);
      }
      return hits;
    }

    @SuppressWarnings("unchecked")
    static List<Object> castList(Object o) {
      return (List<Object>) o;
    }

    /** Facet counts: (value, count) pairs. */
    List<Map.Entry<String, Long>> facets(BenchQuery bq) throws Exception {
      Query query = fullQuery(bq);
      if (bq.facetBy.equals("date")) {
        DayCounts c = new DayCounts(minDay, maxDay);
        searcher.search(query, c);
        int width = bq.interval.equals("day") ? 10 : bq.interval.equals("year") ? 4 : 7;
        TreeMap<String, Long> buckets = new TreeMap<>();
        for (int d = 0; d < c.counts.length; d++) {
          if (c.counts[d] == 0) continue;
          String key = LocalDate.ofEpochDay(minDay + d).toString().substring(0, width);
          buckets.merge(key, c.counts[d], Long::sum);
        }
        return new ArrayList<>(buckets.entrySet());
      }
      ValueCounts c = new ValueCounts(bq.facetBy);
      searcher.search(query, c);
      c.finishLeaf();
      List<Map.Entry<String, Long>> out = new ArrayList<>(c.counts.entrySet());
      out.sort(
          (a, b) -> {
            int x = Long.compare(b.getValue(), a.getValue());
            return x != 0 ? x : a.getKey().compareTo(b.getKey());
          });
      return out.size() > 10 ? new ArrayList<>(out.subList(0, 10)) : out;
    }

    int run(BenchQuery bq) throws Exception {
      return bq.facetBy != null ? facets(bq).size() : search(bq).size();
    }

    int matches(BenchQuery bq) throws Exception {
      return searcher.count(fullQuery(bq));
    }
  }

  /** Documents per value of a SortedSetDocValues field. */
  static final class ValueCounts extends SimpleCollector {
    final String field;
    final Map<String, Long> counts = new HashMap<>();
    SortedSetDocValues dv;
    SortedDocValues single; // the column when no document has two values (Lucene stores it so)
    int[] ords;

    ValueCounts(String field) {
      this.field = field;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext ctx) throws IOException {
      finishLeaf();
      dv = DocValues.getSortedSet(ctx.reader(), field);
      single = DocValues.unwrapSingleton(dv);
      ords = new int[(int) dv.getValueCount()];
    }

    void finishLeaf() throws IOException {
      if (dv == null) return;
      for (int o = 0; o < ords.length; o++) {
        if (ords[o] != 0) counts.merge(dv.lookupOrd(o).utf8ToString(), (long) ords[o], Long::sum);
      }
      dv = null;
      single = null;
    }

    @Override
    public void collect(int doc) throws IOException {
      if (single != null) {
        if (single.advanceExact(doc)) ords[single.ordValue()]++;
      } else if (dv.advanceExact(doc)) {
        for (int i = dv.docValueCount(); i > 0; i--) ords[(int) dv.nextOrd()]++;
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }

  /**
   * Documents per day: an array over the index's date range (from the points' min and max), as
   * a per-day count over a few thousand days needs no hashing.
   */
  static final class DayCounts extends SimpleCollector {
    final long minDay;
    final long[] counts;
    NumericDocValues dv;

    DayCounts(long minDay, long maxDay) {
      this.minDay = minDay;
      this.counts = new long[(int) Math.max(0, maxDay - minDay + 1)];
    }

    @Override
    protected void doSetNextReader(LeafReaderContext ctx) throws IOException {
      dv = DocValues.getNumeric(ctx.reader(), "date");
    }

    @Override
    public void collect(int doc) throws IOException {
      if (dv.advanceExact(doc)) counts[(int) (dv.longValue() - minDay)]++;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }

  /**
   * tantivy's SnippetGenerator, ported: the query's terms on `text` weigh 1/(1+df); the text is
   * cut into fragments of at most 180 characters at token boundaries; the best-scoring fragment
   * (the first among equals) is the snippet, its matched tokens highlighted.
   */
  static final class Snippets {
    final Engine engine;
    final Map<String, Double> weights = new HashMap<>();

    Snippets(Engine engine, Query typed) throws IOException {
      this.engine = engine;
      List<Term> terms = new ArrayList<>();
      typed.visit(
          new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
              return field.equals("text");
            }

            @Override
            public void consumeTerms(Query q, Term... ts) {
              Collections.addAll(terms, ts);
            }
          });
      for (Term t : terms) {
        int df = engine.searcher.getIndexReader().docFreq(t);
        if (df > 0) weights.put(t.text(), 1.0 / (1.0 + df));
      }
    }

    Map<String, Object> snippet(String text) throws IOException {
      int bestStart = 0, bestStop = 0;
      double bestScore = 0;
      List<int[]> bestHl = List.of();
      int start = 0, stop = 0;
      double score = 0;
      List<int[]> hl = new ArrayList<>();
      if (!weights.isEmpty()) {
        try (TokenStream ts = engine.analyzer.tokenStream("text", text)) {
          CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
          OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
          ts.reset();
          while (ts.incrementToken()) {
            if (off.endOffset() - start > SNIPPET_CHARS) {
              if (score > bestScore) {
                bestScore = score;
                bestStart = start;
                bestStop = stop;
                bestHl = hl;
              }
              start = off.startOffset();
              score = 0;
              hl = new ArrayList<>();
            }
            stop = off.endOffset();
            Double w = weights.get(term.toString());
            if (w != null) {
              score += w;
              hl.add(new int[] {off.startOffset(), off.endOffset()});
            }
          }
          ts.end();
        }
        if (score > bestScore) {
          bestScore = score;
          bestStart = start;
          bestStop = stop;
          bestHl = hl;
        }
      }
      Map<String, Object> out = new LinkedHashMap<>();
      if (bestScore > 0) {
        out.put("text", text.substring(bestStart, bestStop));
        List<int[]> shifted = new ArrayList<>();
        for (int[] r : bestHl) shifted.add(new int[] {r[0] - bestStart, r[1] - bestStart});
        out.put("highlights", shifted);
      } else {
        int n = text.codePointCount(0, text.length());
        out.put("text", n > SNIPPET_CHARS ? text.substring(0, text.offsetByCodePoints(0, SNIPPET_CHARS)) + "…" : text);
        out.put("highlights", List.of());
      }
      return out;
    }
  }

  // ---------------------------------------------------------------- bench

  static double quantile(double[] sorted, double q) {
    if (sorted.length == 0) return 0;
    int i = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  static Map<String, Object> summarize(String cls, int queries, double meanMatches, List<Double> samples) {
    double[] v = samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    double mean = 0;
    for (double x : v) mean += x;
    mean /= v.length;
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("class", cls);
    m.put("queries", queries);
    m.put("mean_matches", meanMatches);
    m.put("count", v.length);
    m.put("p50_ms", quantile(v, 0.5));
    m.put("p95_ms", quantile(v, 0.95));
    m.put("p99_ms", quantile(v, 0.99));
    m.put("max_ms", v[v.length - 1]);
    m.put("mean_ms", mean);
    m.put("qps", mean > 0 ? 1000.0 / mean : 0.0);
    return m;
  }

  static BenchQuery coldQuery(List<BenchQuery> qs) {
    for (BenchQuery q : qs) if (q.facetBy == null && q.cls.contains("snippet")) return q;
    for (BenchQuery q : qs) if (q.facetBy == null) return q;
    return null;
  }

  static Map<String, Object> coldRuns(Path index, BenchQuery q, int k, String analyzerName) throws Exception {
    String javaBin = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>();
    cmd.add(javaBin);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("-Dpeers.analyzer=" + analyzerName);
    cmd.add("PeersLucene");
    cmd.add("search-once");
    cmd.add(index.toString());
    cmd.add(Json.write(q.raw));
    double[] v = new double[k];
    for (int i = -1; i < k; i++) { // run -1 is untimed: JVM, jars and index into the page cache
      long t = System.nanoTime();
      Process p =
          new ProcessBuilder(cmd)
              .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) throw new IllegalStateException("search-once failed");
      if (i >= 0) v[i] = (System.nanoTime() - t) / 1e6;
    }
    java.util.Arrays.sort(v);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("query", q.q + " (limit " + q.limit + ", snippets)");
    m.put("runs", k);
    m.put("p50_ms", quantile(v, 0.5));
    m.put("p95_ms", quantile(v, 0.95));
    m.put("min_ms", v[0]);
    m.put("max_ms", v[v.length - 1]);
    return m;
  }

  static void searchOnce(String[] args) throws Exception {
    String an = System.getProperty("peers.analyzer", "english");
    try (Directory d = FSDirectory.open(Paths.get(args[1]));
        DirectoryReader r = DirectoryReader.open(d)) {
      Engine e = new Engine(r, analyzer(an), false);
      @SuppressWarnings("unchecked")
      BenchQuery q = new BenchQuery((Map<String, Object>) new Json(args[2]).value(), 1);
      PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.UTF_8);
      for (Map<String, Object> hit : e.search(q)) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("score", hit.get("score"));
        o.put("id", hit.get("id"));
        o.put("headline", hit.get("headline"));
        Object sn = hit.get("snippet");
        o.put("snippet", sn == null ? null : ((Map<?, ?>) sn).get("text"));
        out.println(Json.write(o));
      }
      out.flush();
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length >= 3 && args[0].equals("search-once")) {
      searchOnce(args);
      return;
    }
    if (args.length < 3 || !args[0].equals("bench")) {
      System.err.println(
          "usage: PeersLucene bench DOCS.jsonl QUERIES.jsonl [--index DIR] [--reuse] [--passes N] [--warmup N]"
              + " [--seed S] [--cold K] [--json] [--out FILE] [--analyzer english|english-stop|snowball] [--query-cache] [--per-query]\n"
              + "       PeersLucene search-once INDEX QUERY_JSON");
      System.exit(2);
    }
    Path docs = Paths.get(args[1]);
    Path queriesPath = Paths.get(args[2]);
    String base = docs.getFileName().toString().replaceFirst("\\.[^.]*$", "");
    Path index = Paths.get("/tmp/chancery-peers", "lucene-" + base);
    boolean reuse = false, json = false, queryCache = false, perQueryText = false;
    int passes = 10, warmup = 1, cold = 0;
    long seed = 42;
    String out = null, analyzerName = "english";
    for (int i = 3; i < args.length; i++) {
      switch (args[i]) {
        case "--index": index = Paths.get(args[++i]); break;
        case "--reuse": reuse = true; break;
        case "--passes": passes = Math.max(1, Integer.parseInt(args[++i])); break;
        case "--warmup": warmup = Math.max(1, Integer.parseInt(args[++i])); break;
        case "--seed": seed = Long.parseLong(args[++i]); break;
        case "--cold": cold = Integer.parseInt(args[++i]); break;
        case "--json": json = true; break;
        case "--out": out = args[++i]; break;
        case "--analyzer": analyzerName = args[++i]; break;
        case "--query-cache": queryCache = true; break;
        case "--per-query": perQueryText = true; break;
        default: throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    Analyzer analyzer = analyzer(analyzerName);
    List<BenchQuery> queries = readQueries(queriesPath);

    Double buildSecs = null;
    if (!(reuse && DirectoryReader.indexExists(FSDirectory.open(index)))) {
      long t = System.nanoTime();
      build(docs, index, analyzer);
      buildSecs = (System.nanoTime() - t) / 1e9;
    }
    long t0 = System.nanoTime();
    try (Directory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      Engine e = new Engine(reader, analyzer, queryCache);
      double openMs = (System.nanoTime() - t0) / 1e6;

      Map<String, long[]> matchSums = new TreeMap<>();
      long[] perQueryMatches = new long[queries.size()];
      for (int w = 0; w < warmup; w++) {
        for (BenchQuery q : queries) {
          try {
            e.run(q);
          } catch (Exception ex) {
            throw new IllegalArgumentException("query file line " + q.line + " (" + q.q + "): " + ex, ex);
          }
          if (w == 0) {
            long[] s = matchSums.computeIfAbsent(q.cls, k -> new long[2]);
            long m = e.matches(q);
            perQueryMatches[queries.indexOf(q)] = m;
            s[0]++;
            s[1] += m;
          }
        }
      }
      Random rng = new Random(seed);
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < queries.size(); i++) order.add(i);
      Map<String, List<Double>> samples = new TreeMap<>();
      List<List<Double>> perQuery = new ArrayList<>();
      for (int i = 0; i < queries.size(); i++) perQuery.add(new ArrayList<>());
      long started = System.nanoTime();
      for (int p = 0; p < passes; p++) {
        Collections.shuffle(order, rng);
        for (int i : order) {
          BenchQuery q = queries.get(i);
          long t = System.nanoTime();
          int n = e.run(q);
          double ms = (System.nanoTime() - t) / 1e6;
          if (n < 0) throw new IllegalStateException();
          samples.computeIfAbsent(q.cls, k -> new ArrayList<>()).add(ms);
          perQuery.get(i).add(ms);
        }
      }
      double wall = (System.nanoTime() - started) / 1e9;

      List<Map<String, Object>> classes = new ArrayList<>();
      List<Double> all = new ArrayList<>();
      long totalMatches = 0;
      for (var en : samples.entrySet()) {
        long[] s = matchSums.get(en.getKey());
        classes.add(summarize(en.getKey(), (int) s[0], (double) s[1] / s[0], en.getValue()));
        all.addAll(en.getValue());
        totalMatches += s[1];
      }
      Map<String, Object> overall = summarize("all", queries.size(), (double) totalMatches / queries.size(), all);
      overall.put("qps", all.size() / wall);
      Map<String, Object> report = new LinkedHashMap<>();
      report.put("engine", "lucene " + Version.LATEST + " (" + analyzerName + " analyzer, Java " + Runtime.version().feature() + ")");
      report.put("index", index.toString());
      report.put("documents", reader.numDocs());
      report.put("segments", reader.leaves().size());
      report.put("query_file", queriesPath.toString());
      report.put("queries", queries.size());
      report.put("passes", passes);
      report.put("warmup_passes", warmup);
      report.put("threads", 1);
      report.put("seed", seed);
      report.put("query_cache", queryCache);
      report.put("build_secs", buildSecs);
      report.put("open_ms", openMs);
      report.put("wall_secs", wall);
      report.put("classes", classes);
      report.put("overall", overall);
      Map<String, Object> coldReport = null;
      if (cold > 0) {
        BenchQuery q = coldQuery(queries);
        if (q != null) coldReport = coldRuns(index, q, cold, analyzerName);
      }
      report.put("cold", coldReport);
      List<Map<String, Object>> pq = new ArrayList<>();
      for (int i = 0; i < queries.size(); i++) {
        BenchQuery q = queries.get(i);
        double[] v = perQuery.get(i).stream().mapToDouble(Double::doubleValue).sorted().toArray();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("line", q.line);
        m.put("q", q.q);
        m.put("class", q.cls);
        m.put("matches", perQueryMatches[i]);
        m.put("p50_ms", quantile(v, 0.5));
        pq.add(m);
      }
      report.put("per_query", pq);
      if (out != null) {
        try (Writer w = Files.newBufferedWriter(Paths.get(out), StandardCharsets.UTF_8)) {
          w.write(Json.write(report));
          w.write("\n");
        }
      }
      System.out.println(json ? Json.write(report) : render(report, perQueryText));
    }
  }

  @SuppressWarnings("unchecked")
  static String render(Map<String, Object> r, boolean perQuery) {
    StringBuilder s = new StringBuilder();
    if (r.get("build_secs") != null)
      s.append(String.format("%s: indexed %s documents in %.1f s%n", r.get("engine"), r.get("documents"), (Double) r.get("build_secs")));
    s.append(
        String.format(
            "%s: index %s (%s documents, %s segments), %s queries from %s, %s passes, 1 thread(s), seed %s, opened in %.1f ms%n",
            r.get("engine"), r.get("index"), r.get("documents"), r.get("segments"), r.get("queries"),
            r.get("query_file"), r.get("passes"), r.get("seed"), (Double) r.get("open_ms")));
    s.append(String.format("%-22s %5s %11s %8s %9s %9s %9s %9s %10s%n", "class", "n", "matches", "runs", "p50 ms", "p95 ms", "p99 ms", "max ms", "qps"));
    List<Map<String, Object>> rows = new ArrayList<>((List<Map<String, Object>>) r.get("classes"));
    rows.add((Map<String, Object>) r.get("overall"));
    for (Map<String, Object> c : rows) {
      s.append(
          String.format(
              "%-22s %5d %11.0f %8d %9.3f %9.3f %9.3f %9.3f %10.0f%n",
              c.get("class"), c.get("queries"), c.get("mean_matches"), c.get("count"), c.get("p50_ms"),
              c.get("p95_ms"), c.get("p99_ms"), c.get("max_ms"), c.get("qps")));
    }
    if (perQuery) {
      s.append(String.format("%5s %-20s %9s %9s  query%n", "line", "class", "matches", "p50 ms"));
      for (Map<String, Object> p : (List<Map<String, Object>>) r.get("per_query"))
        s.append(String.format("%5d %-20s %9d %9.3f  %s%n", p.get("line"), p.get("class"), p.get("matches"), p.get("p50_ms"), p.get("q")));
    }
    Map<String, Object> c = (Map<String, Object>) r.get("cold");
    if (c != null)
      s.append(
          String.format(
              "cold process x%s: p50 %.2f ms, p95 %.2f ms, min %.2f ms, max %.2f ms  (%s)%n",
              c.get("runs"), c.get("p50_ms"), c.get("p95_ms"), c.get("min_ms"), c.get("max_ms"), c.get("query")));
    return s.toString().stripTrailing();
  }

  // ---------------------------------------------------------------- minimal JSON

  static final class Json {
    final String s;
    int i;

    Json(String s) {
      this.s = s;
    }

    Object value() {
      ws();
      char c = s.charAt(i);
      switch (c) {
        case '{': {
          i++;
          Map<String, Object> m = new LinkedHashMap<>();
          ws();
          if (s.charAt(i) == '}') { i++; return m; }
          while (true) {
            ws();
            String k = string();
            ws();
            expect(':');
            m.put(k, value());
            ws();
            if (s.charAt(i) == ',') { i++; continue; }
            expect('}');
            return m;
          }
        }
        case '[': {
          i++;
          List<Object> l = new ArrayList<>();
          ws();
          if (s.charAt(i) == ']') { i++; return l; }
          while (true) {
            l.add(value());
            ws();
            if (s.charAt(i) == ',') { i++; continue; }
            expect(']');
            return l;
          }
        }
        case '"': return string();
        case 't': i += 4; return Boolean.TRUE;
        case 'f': i += 5; return Boolean.FALSE;
        case 'n': i += 4; return null;
        default: {
          int st = i;
          while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) i++;
          String num = s.substring(st, i);
          if (num.contains(".") || num.contains("e") || num.contains("E")) return Double.parseDouble(num);
          return Long.parseLong(num);
        }
      }
    }

    void ws() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
    }

    void expect(char c) {
      if (s.charAt(i) != c) throw new IllegalArgumentException("JSON: expected " + c + " at " + i);
      i++;
    }

    String string() {
      expect('"');
      StringBuilder b = new StringBuilder();
      while (true) {
        char c = s.charAt(i++);
        if (c == '"') return b.toString();
        if (c != '\\') { b.append(c); continue; }
        char e = s.charAt(i++);
        switch (e) {
          case 'n': b.append('\n'); break;
          case 't': b.append('\t'); break;
          case 'r': b.append('\r'); break;
          case 'b': b.append('\b'); break;
          case 'f': b.append('\f'); break;
          case 'u': b.append((char) Integer.parseInt(s.substring(i, i + 4), 16)); i += 4; break;
          default: b.append(e);
        }
      }
    }

    static String write(Object o) {
      StringBuilder b = new StringBuilder();
      write(b, o);
      return b.toString();
    }

    static void write(StringBuilder b, Object o) {
      if (o == null) b.append("null");
      else if (o instanceof String) quote(b, (String) o);
      else if (o instanceof Double || o instanceof Float) {
        double d = ((Number) o).doubleValue();
        b.append(Double.isFinite(d) ? Double.toString(d) : "null");
      } else if (o instanceof Number || o instanceof Boolean) b.append(o);
      else if (o instanceof Map) {
        b.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : ((Map<?, ?>) o).entrySet()) {
          if (!first) b.append(',');
          first = false;
          quote(b, e.getKey().toString());
          b.append(':');
          write(b, e.getValue());
        }
        b.append('}');
      } else if (o instanceof List) {
        b.append('[');
        boolean first = true;
        for (Object x : (List<?>) o) {
          if (!first) b.append(',');
          first = false;
          write(b, x);
        }
        b.append(']');
      } else if (o instanceof int[]) {
        int[] a = (int[]) o;
        b.append('[');
        for (int k = 0; k < a.length; k++) b.append(k == 0 ? "" : ",").append(a[k]);
        b.append(']');
      } else quote(b, o.toString());
    }

    static void quote(StringBuilder b, String s) {
      b.append('"');
      for (int k = 0; k < s.length(); k++) {
        char c = s.charAt(k);
        switch (c) {
          case '"': b.append("\\\""); break;
          case '\\': b.append("\\\\"); break;
          case '\n': b.append("\\n"); break;
          case '\r': b.append("\\r"); break;
          case '\t': b.append("\\t"); break;
          default:
            if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
      }
      b.append('"');
    }
  }
}
