//! The tantivy schema — the one place where index fields are defined — and the analyzers.
//!
//! | field | type | why |
//! |---|---|---|
//! | `text`, `headline`, `section`, `name` | text, `en_stem`, stored | BM25 search, snippets |
//! | `bigram` | text, `en_bigram` (adjacent stemmed word pairs of the four fields above), freqs only | two-word phrases as one term ([`crate::bigrams`]) |
//! | `speaker`, `country`, `organization`, `place`, `source` | text, `exact` (lowercased, folded), stored, fast (raw) | case-insensitive filters; counts by value; multi-valued |
//! | `kind` | raw string, stored, fast | filter, counts by kind |
//! | `id`, `article_id` | raw string, stored | lookups, upsert by `article_id` |
//! | `first` | raw string | marks one document per dispatch, to count dispatches |
//! | `position` | u64, stored | order within the dispatch |
//! | `date` | date, indexed, fast, stored | range filters and sort by date |
//! | `facet` | facet `/speaker/<name>`, `/country/<name>`, `/organization/…`, `/kind/…`, `/source/…`, `/place/…` | drill-down queries (`facet:/country/Russia`) |
//!
//! Counting (`facets`, `stats`) reads the fast columns of the value fields and of `date`
//! ([`crate::counting`]), which is much faster than walking facet dictionaries.

use tantivy::schema::{
    DateOptions, DateTimePrecision, FacetOptions, Field, IndexRecordOption, Schema,
    TextFieldIndexing, TextOptions, INDEXED, STORED,
};
use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, RawTokenizer, RemoveLongFilter, SimpleTokenizer, TextAnalyzer,
    TextAnalyzerBuilder, Tokenizer,
};
use tantivy::Index;

use crate::bigrams::AdjacentPairs;
use crate::stemming::CachedEnglishStemmer;

/// Schema version, bumped whenever fields change (a unit test compares the schema with
/// `schema/schema.v3.json`).
pub const SCHEMA_VERSION: u32 = 3;

/// English analyzer: words, lowercased, ASCII-folded, stemmed.
pub const EN_STEM: &str = "en_stem";
/// Word-pair analyzer: [`EN_STEM`]'s tokens, each adjacent pair as one token.
pub const EN_BIGRAM: &str = "en_bigram";
/// Exact-value analyzer: the whole value, lowercased and ASCII-folded.
pub const EXACT: &str = "exact";

/// Field names.
pub mod names {
    /// Document id `<article_id>:p<N>`.
    pub const ID: &str = "id";
    /// Dispatch id.
    pub const ARTICLE_ID: &str = "article_id";
    /// `paragraph` or `profile`.
    pub const KIND: &str = "kind";
    /// Position within the dispatch.
    pub const POSITION: &str = "position";
    /// Dispatch headline.
    pub const HEADLINE: &str = "headline";
    /// Section heading.
    pub const SECTION: &str = "section";
    /// Publication date.
    pub const DATE: &str = "date";
    /// Dateline place.
    pub const PLACE: &str = "place";
    /// Agency.
    pub const SOURCE: &str = "source";
    /// Quoted people.
    pub const SPEAKER: &str = "speaker";
    /// Their countries.
    pub const COUNTRY: &str = "country";
    /// Quoted institutions.
    pub const ORGANIZATION: &str = "organization";
    /// Profile name.
    pub const NAME: &str = "name";
    /// Paragraph text or biography.
    pub const TEXT: &str = "text";
    /// Adjacent word pairs of text, headline, section and name, for phrase queries.
    pub const BIGRAM: &str = "bigram";
    /// Present on exactly one document per dispatch.
    pub const FIRST: &str = "first";
    /// Hierarchical facets: `/speaker/<name>`, `/country/<name>`, `/kind/<kind>`…
    pub const FACET: &str = "facet";
}

/// Handles to every field.
#[derive(Debug, Clone, Copy)]
#[allow(missing_docs)]
pub struct Fields {
    pub id: Field,
    pub article_id: Field,
    pub kind: Field,
    pub position: Field,
    pub headline: Field,
    pub section: Field,
    pub date: Field,
    pub place: Field,
    pub source: Field,
    pub speaker: Field,
    pub country: Field,
    pub organization: Field,
    pub name: Field,
    pub text: Field,
    pub bigram: Field,
    pub first: Field,
    pub facet: Field,
}

/// Builds the schema.
pub fn build_schema() -> Schema {
    use names::*;
    let mut b = Schema::builder();
    let stemmed = TextOptions::default()
        .set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(EN_STEM)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        )
        .set_stored();
    // Exact and raw fields filter and look up; nothing ranks by their length, so they keep no
    // field norms (a byte per document and field saved, and less indexing work).
    let exact = TextOptions::default()
        .set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(EXACT)
                .set_index_option(IndexRecordOption::Basic)
                .set_fieldnorms(false),
        )
        .set_stored();
    let raw = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer("raw")
            .set_index_option(IndexRecordOption::Basic)
            .set_fieldnorms(false),
    );
    // Value fields keep their original spelling in the fast column (for counts) and are
    // indexed lowercased and folded (for case-insensitive filters).
    let value = exact.clone().set_fast("raw");
    b.add_text_field(ID, raw.clone().set_stored());
    b.add_text_field(ARTICLE_ID, raw.clone().set_stored());
    b.add_text_field(KIND, raw.clone().set_stored().set_fast("raw"));
    b.add_u64_field(POSITION, STORED);
    b.add_text_field(HEADLINE, stemmed.clone());
    b.add_text_field(SECTION, stemmed.clone());
    b.add_date_field(
        DATE,
        DateOptions::from(INDEXED)
            .set_stored()
            .set_fast()
            .set_precision(DateTimePrecision::Seconds),
    );
    b.add_text_field(PLACE, value.clone());
    b.add_text_field(SOURCE, value.clone());
    b.add_text_field(SPEAKER, value.clone());
    b.add_text_field(COUNTRY, value.clone());
    b.add_text_field(ORGANIZATION, value);
    b.add_text_field(NAME, stemmed.clone());
    b.add_text_field(TEXT, stemmed);
    b.add_text_field(
        BIGRAM,
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(EN_BIGRAM)
                .set_index_option(IndexRecordOption::WithFreqs),
        ),
    );
    b.add_text_field(FIRST, raw);
    b.add_facet_field(FACET, FacetOptions::default());
    b.build()
}

impl Fields {
    /// Looks every field up in `schema`; fails on an index built by something else.
    pub fn resolve(schema: &Schema) -> tantivy::Result<Fields> {
        use names::*;
        let f = |name: &str| schema.get_field(name);
        Ok(Fields {
            id: f(ID)?,
            article_id: f(ARTICLE_ID)?,
            kind: f(KIND)?,
            position: f(POSITION)?,
            headline: f(HEADLINE)?,
            section: f(SECTION)?,
            date: f(DATE)?,
            place: f(PLACE)?,
            source: f(SOURCE)?,
            speaker: f(SPEAKER)?,
            country: f(COUNTRY)?,
            organization: f(ORGANIZATION)?,
            name: f(NAME)?,
            text: f(TEXT)?,
            bigram: f(BIGRAM)?,
            first: f(FIRST)?,
            facet: f(FACET)?,
        })
    }
}

/// The [`EN_STEM`] pipeline, to build on: words, long ones dropped, lowercased, ASCII-folded,
/// stemmed.
pub fn english_words() -> TextAnalyzerBuilder<impl Tokenizer> {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(CachedEnglishStemmer)
}

/// Registers Chancery's analyzers on an index (needed on every open: tantivy does not persist
/// custom tokenizers).
pub fn register_tokenizers(index: &Index) {
    let stem = english_words().build();
    let bigram = english_words().filter(AdjacentPairs).build();
    let exact = TextAnalyzer::builder(RawTokenizer::default())
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build();
    index.tokenizers().register(EN_STEM, stem);
    index.tokenizers().register(EN_BIGRAM, bigram);
    index.tokenizers().register(EXACT, exact);
}

/// The form an exact field stores a value under: lowercase, ASCII-folded, like [`EXACT`].
pub fn exact_term(value: &str) -> String {
    let mut analyzer = TextAnalyzer::builder(RawTokenizer::default())
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build();
    let mut stream = analyzer.token_stream(value.trim());
    let mut out = String::new();
    while let Some(token) = stream.next() {
        out.push_str(&token.text);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schema_resolves_and_matches_golden_file() {
        let schema = build_schema();
        assert!(Fields::resolve(&schema).is_ok());
        let golden = include_str!("../schema/schema.v3.json");
        let current = serde_json::to_string_pretty(&schema).expect("schema serializes");
        // `CHANCERY_BLESS=1 cargo test --lib schema` rewrites the golden file after a change.
        if std::env::var_os("CHANCERY_BLESS").is_some() {
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/schema/schema.v3.json");
            std::fs::write(path, format!("{current}\n")).expect("write golden schema");
            return;
        }
        assert_eq!(
            current.trim(),
            golden.trim(),
            "schema changed: bump SCHEMA_VERSION and regenerate schema/schema.v3.json"
        );
    }

    #[test]
    fn exact_terms_fold_case_and_accents() {
        assert_eq!(exact_term(" Sergéy Lavrov "), "sergey lavrov");
    }
}
