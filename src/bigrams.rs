//! Adjacent word pairs, indexed so that phrase queries are term lookups.
//!
//! A phrase query has to read the positions of every document that holds all its words, and
//! tantivy cannot prune phrase scorers by their best possible score: `"foreign minister"` took
//! 6 ms at a million paragraphs, because "foreign" and "minister" each occur in tens of
//! thousands. A phrase with one rare word is cheap already (the rare word leads the
//! intersection), so, like Lucene's common-grams filter, the index also holds each pair of
//! adjacent stemmed words that are *both* among the most frequent words of news
//! ([`is_common`], `schema/common_words.txt`) as one term of the
//! [`names::BIGRAM`](crate::schema::names::BIGRAM) field. Indexing every pair instead made the
//! index 60–75 % larger; common pairs only cost a fraction of that.
//!
//! A two-word phrase of common words then becomes one term query (ranked with block-max WAND);
//! a longer phrase requires its common pairs and is checked on positions only for the
//! documents that hold them. The matches are the same as the phrase's in the four searchable
//! fields: a pair is only made of tokens at consecutive positions of one field value. The
//! ranking of a two-word common phrase differs slightly: the pair's BM25 in the pair field
//! instead of the phrase's per field.

use tantivy::query_grammar::{Delimiter, UserInputAst, UserInputLeaf, UserInputLiteral};
use tantivy::tokenizer::{TextAnalyzer, Token, TokenFilter, TokenStream, Tokenizer};

use std::collections::HashSet;
use std::sync::OnceLock;

use crate::schema::names;

/// The most frequent stems of news text, one per line (see [`is_common`]).
const COMMON_WORDS: &str = include_str!("../schema/common_words.txt");

/// Whether a stemmed, lowercased token is one of the common words whose pairs are indexed.
/// Index and queries must agree on this list: changing it needs a schema version bump.
pub fn is_common(stem: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        COMMON_WORDS
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
    .contains(stem)
}

/// Separates the two words of a pair term; tokens never contain a space.
const PAIR_SEPARATOR: char = ' ';

/// Token filter: each pair of adjacent common tokens ([`is_common`]) becomes one token
/// `"first second"`, at the position of the first; other tokens are dropped.
#[derive(Clone, Copy, Debug, Default)]
pub struct AdjacentPairs;

impl TokenFilter for AdjacentPairs {
    type Tokenizer<T: Tokenizer> = AdjacentPairsFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> AdjacentPairsFilter<T> {
        AdjacentPairsFilter { inner: tokenizer }
    }
}

/// The tokenizer [`AdjacentPairs`] wraps around.
#[derive(Clone)]
pub struct AdjacentPairsFilter<T> {
    inner: T,
}

impl<T: Tokenizer> Tokenizer for AdjacentPairsFilter<T> {
    type TokenStream<'a> = AdjacentPairsStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        AdjacentPairsStream {
            tail: self.inner.token_stream(text),
            previous: None,
            pair: Token::default(),
        }
    }
}

/// Token stream of [`AdjacentPairsFilter`].
pub struct AdjacentPairsStream<T> {
    tail: T,
    previous: Option<Token>,
    pair: Token,
}

impl<T: TokenStream> TokenStream for AdjacentPairsStream<T> {
    fn advance(&mut self) -> bool {
        while self.tail.advance() {
            let current = self.tail.token();
            let Some(previous) = self.previous.as_mut() else {
                self.previous = Some(current.clone());
                continue;
            };
            // A gap (a token dropped as too long) breaks the phrase, as it does for positions.
            let adjacent = previous.position + 1 == current.position
                && is_common(&previous.text)
                && is_common(&current.text);
            if adjacent {
                self.pair.text.clear();
                self.pair.text.push_str(&previous.text);
                self.pair.text.push(PAIR_SEPARATOR);
                self.pair.text.push_str(&current.text);
                self.pair.offset_from = previous.offset_from;
                self.pair.offset_to = current.offset_to;
                self.pair.position = previous.position;
                self.pair.position_length = 2;
            }
            previous.clone_from(current);
            if adjacent {
                return true;
            }
        }
        false
    }

    fn token(&self) -> &Token {
        &self.pair
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.pair
    }
}

/// Rewrites the phrases of a parsed user query that search the default fields: a phrase of two
/// common words becomes a lookup of its pair, a longer one requires each of its common pairs
/// besides the phrase itself. Phrases on a named field, with slop or as a prefix, and phrases
/// without a common pair are left alone.
/// `words` is the analyzer of the searchable fields, used to find the phrase's words.
pub fn phrases_to_pairs(ast: UserInputAst, words: &mut TextAnalyzer) -> UserInputAst {
    match ast {
        UserInputAst::Clause(clauses) => UserInputAst::Clause(
            clauses
                .into_iter()
                .map(|(occur, sub)| (occur, phrases_to_pairs(sub, words)))
                .collect(),
        ),
        UserInputAst::Boost(sub, boost) => {
            UserInputAst::Boost(Box::new(phrases_to_pairs(*sub, words)), boost)
        }
        UserInputAst::Leaf(leaf) => match *leaf {
            UserInputLeaf::Literal(literal) if is_default_field_phrase(&literal) => {
                pairs_of(literal, words)
            }
            other => UserInputAst::Leaf(Box::new(other)),
        },
    }
}

fn is_default_field_phrase(literal: &UserInputLiteral) -> bool {
    literal.field_name.is_none()
        && literal.delimiter == Delimiter::DoubleQuotes
        && literal.slop == 0
        && !literal.prefix
}

fn pairs_of(literal: UserInputLiteral, words: &mut TextAnalyzer) -> UserInputAst {
    // (byte span, position, common) of each word.
    let mut spans: Vec<(usize, usize, usize, bool)> = Vec::new();
    {
        let mut stream = words.token_stream(&literal.phrase);
        while let Some(token) = stream.next() {
            let common = is_common(&token.text);
            spans.push((token.offset_from, token.offset_to, token.position, common));
        }
    }
    // The pairs the index holds: common words at consecutive positions (as AdjacentPairs).
    let indexed = |w: &[(usize, usize, usize, bool)]| w[0].3 && w[1].3 && w[0].2 + 1 == w[1].2;
    let whole_phrase_is_one_pair = spans.len() == 2 && indexed(&spans);
    let pair_literal = |from: usize, to: usize| -> Option<UserInputAst> {
        let phrase = literal.phrase.get(from..to)?.to_string();
        Some(UserInputAst::Leaf(Box::new(UserInputLeaf::Literal(
            UserInputLiteral {
                field_name: Some(names::BIGRAM.to_string()),
                phrase,
                delimiter: Delimiter::DoubleQuotes,
                slop: 0,
                prefix: false,
            },
        ))))
    };
    let pairs: Option<Vec<UserInputAst>> = spans
        .windows(2)
        .filter(|w| indexed(w))
        .map(|w| pair_literal(w[0].0, w[1].1))
        .collect();
    match pairs {
        Some(mut pairs) if whole_phrase_is_one_pair && pairs.len() == 1 => pairs.remove(0),
        Some(pairs) if !pairs.is_empty() => {
            let mut clauses: Vec<_> = pairs
                .into_iter()
                .map(|p| (Some(tantivy::query_grammar::Occur::Must), p))
                .collect();
            clauses.push((
                Some(tantivy::query_grammar::Occur::Must),
                UserInputAst::Leaf(Box::new(UserInputLeaf::Literal(literal))),
            ));
            UserInputAst::Clause(clauses)
        }
        _ => UserInputAst::Leaf(Box::new(UserInputLeaf::Literal(literal))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stemming::CachedEnglishStemmer;
    use tantivy::tokenizer::{LowerCaser, RemoveLongFilter, SimpleTokenizer};

    fn stemmed(long: usize) -> TextAnalyzer {
        TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(long))
            .filter(LowerCaser)
            .filter(CachedEnglishStemmer)
            .build()
    }

    fn pairs(text: &str) -> Vec<(String, usize)> {
        let mut analyzer = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(10))
            .filter(LowerCaser)
            .filter(CachedEnglishStemmer)
            .filter(AdjacentPairs)
            .build();
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while let Some(t) = stream.next() {
            out.push((t.text.clone(), t.position));
        }
        out
    }

    #[test]
    fn adjacent_common_words_pair_up_at_the_first_position() {
        assert_eq!(
            pairs("The Foreign Minister, said"),
            [
                ("the foreign".to_string(), 0),
                ("foreign minist".to_string(), 1),
                ("minist said".to_string(), 2)
            ]
        );
        assert!(pairs("said").is_empty());
        assert!(pairs("").is_empty());
    }

    #[test]
    fn a_rare_word_makes_no_pair() {
        assert_eq!(
            pairs("the gasoil trade talks"),
            [("trade talk".to_string(), 2)]
        );
    }

    #[test]
    fn a_dropped_token_breaks_the_pair() {
        assert_eq!(
            pairs("trade extraordinarily talks said"),
            [("talk said".to_string(), 2)]
        );
    }

    fn rewrite(q: &str) -> String {
        let mut words = stemmed(40);
        let ast = tantivy::query_grammar::parse_query(q).expect("parses");
        format!("{:?}", phrases_to_pairs(ast, &mut words))
    }

    #[test]
    fn two_word_phrases_become_pair_lookups() {
        assert_eq!(
            rewrite("\"foreign minister\""),
            "\"bigram\":\"foreign minister\""
        );
        assert_eq!(
            rewrite("talks \"Foreign  Minister\""),
            "(*talks *\"bigram\":\"Foreign  Minister\")"
        );
    }

    #[test]
    fn longer_phrases_require_their_common_pairs_and_the_phrase() {
        assert_eq!(
            rewrite("\"told the reporters\""),
            "(+\"bigram\":\"told the\" +\"bigram\":\"the reporters\" +\"told the reporters\")"
        );
        assert_eq!(
            rewrite("\"the gasoil trade talks\""),
            "(+\"bigram\":\"trade talks\" +\"the gasoil trade talks\")"
        );
    }

    #[test]
    fn other_phrases_and_words_are_left_alone() {
        for q in [
            "text:\"foreign minister\"",
            "\"foreign minister\"~2",
            "\"minister\"",
            "minister",
            "\"gasoil trade\"",
            "'foreign minister'",
        ] {
            let ast = tantivy::query_grammar::parse_query(q).expect("parses");
            assert_eq!(rewrite(q), format!("{ast:?}"), "{q}");
        }
    }
}

/// Regenerates `schema/common_words.txt` from the real corpora in `../shared/corpus-raw`:
/// `cargo test --release --lib regenerate_common_words -- --ignored`. Changing the list changes
/// what the pair field holds, so it needs a schema version bump.
#[cfg(test)]
mod common_words {
    use std::collections::HashMap;

    use crate::convert::{convert, Corpus};

    /// How many stems the list holds.
    const SIZE: usize = 1200;

    #[test]
    #[ignore = "regenerates schema/common_words.txt from ../shared/corpus-raw"]
    fn regenerate_common_words() {
        let raw = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus-raw");
        let mut analyzer = crate::schema::english_words().build();
        // Document frequency over paragraphs (a word in many paragraphs is one whose phrases
        // are slow to check), as a share of each corpus's paragraphs so that wire news, general
        // news and diplomatic speeches weigh the same.
        let mut share: HashMap<String, f64> = HashMap::new();
        for corpus in [Corpus::Reuters, Corpus::Wikinews, Corpus::UnDebates] {
            let mut df: HashMap<String, u64> = HashMap::new();
            let mut paragraphs_seen = 0u64;
            let mut jsonl = Vec::new();
            convert(corpus, &raw, &mut jsonl).expect("convert corpus");
            for line in String::from_utf8_lossy(&jsonl).lines() {
                let value: serde_json::Value = serde_json::from_str(line).expect("json");
                let paragraphs = value["paragraphs"].as_array().cloned().unwrap_or_default();
                for p in paragraphs.iter().filter_map(|p| p.as_str()) {
                    paragraphs_seen += 1;
                    let mut seen = std::collections::HashSet::new();
                    let mut stream = analyzer.token_stream(p);
                    while let Some(t) = stream.next() {
                        if seen.insert(t.text.clone()) {
                            *df.entry(t.text.clone()).or_default() += 1;
                        }
                    }
                }
            }
            for (word, n) in df {
                *share.entry(word).or_default() += n as f64 / paragraphs_seen.max(1) as f64;
            }
        }
        let mut ranked: Vec<(String, f64)> = share
            .into_iter()
            .filter(|(w, _)| w.chars().any(|c| c.is_alphabetic()))
            .collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        let mut out = String::from(
            "# The most frequent English stems of news paragraphs (Reuters-21578, Wikinews and UN\n\
             # General Debates, by share of paragraphs), whose adjacent pairs Chancery indexes.\n\
             # Generated by `cargo test --release --lib regenerate_common_words -- --ignored`.\n",
        );
        for (word, _) in ranked.into_iter().take(SIZE) {
            out.push_str(&word);
            out.push('\n');
        }
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/schema/common_words.txt");
        std::fs::write(path, out).expect("write common words");
    }
}
