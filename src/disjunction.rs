//! Disjunctions that are cheap to seek, for the OR-over-fields clauses inside conjunctions.
//!
//! The query parser turns each word of a query into an OR over the default fields (text,
//! headline, section, name), and a conjunction of words into an AND of those ORs. tantivy runs
//! every OR as a buffered union: on each `seek` it refills a window of 4,096 documents by
//! advancing and scoring every clause through that window. Inside a conjunction, where ORs are
//! only ever sought to the candidates of the rarest clause, that refill does work for thousands
//! of documents that are then thrown away; for a phrase clause it checks positions for all of
//! them, which made `gasoil "foreign minister"` take milliseconds at a million documents.
//!
//! [`SeekingUnion`] merges its clauses lazily instead: `seek` seeks each clause, and a clause
//! is scored only for the document the conjunction asks about. Its score is the same sum of
//! matching clause scores as tantivy's union. Top-level ORs are left to tantivy, whose union
//! prunes with block-max WAND when only the top hits are wanted.

use tantivy::query::{BooleanQuery, EnableScoring, Explanation, Occur, Query, Scorer, Weight};
use tantivy::{DocId, DocSet, Score, SegmentReader, Term, TERMINATED};

/// Rewrites the all-`Should` boolean queries that sit under a conjunction into [`SeekingUnion`]s.
/// Queries of other types are returned unchanged.
pub fn lazy_unions_in_conjunctions(query: Box<dyn Query>) -> Box<dyn Query> {
    rewrite(query, false)
}

/// Like [`lazy_unions_in_conjunctions`], for a query that will itself be a required clause of a
/// conjunction (a filter), so that a top-level OR in it is sought too.
pub fn lazy_unions_in_required_clause(query: Box<dyn Query>) -> Box<dyn Query> {
    rewrite(query, true)
}

fn rewrite(query: Box<dyn Query>, sought: bool) -> Box<dyn Query> {
    let Some(boolean) = query.downcast_ref::<BooleanQuery>() else {
        return query;
    };
    let clauses = boolean.clauses();
    let all_should = clauses.iter().all(|(occur, _)| *occur == Occur::Should);
    // Clauses of a boolean with a required or excluded clause are sought to its candidates;
    // a pure OR passes its own situation down.
    let children_sought = if all_should { sought } else { true };
    if all_should && sought && boolean.get_minimum_number_should_match() <= 1 && clauses.len() > 1 {
        let clauses = clauses
            .iter()
            .map(|(_, q)| rewrite(q.box_clone(), true))
            .collect();
        return Box::new(SeekingUnion { clauses });
    }
    let rewritten: Vec<(Occur, Box<dyn Query>)> = clauses
        .iter()
        .map(|(occur, q)| (*occur, rewrite(q.box_clone(), children_sought)))
        .collect();
    let mut out = BooleanQuery::new(rewritten);
    out.set_minimum_number_should_match(boolean.get_minimum_number_should_match());
    Box::new(out)
}

/// A disjunction (documents matching any clause, scored by the sum of the matching clauses)
/// whose scorer merges its clauses lazily, for use where it is sought rather than scanned.
#[derive(Debug)]
pub struct SeekingUnion {
    clauses: Vec<Box<dyn Query>>,
}

impl Clone for SeekingUnion {
    fn clone(&self) -> Self {
        SeekingUnion {
            clauses: self.clauses.iter().map(|q| q.box_clone()).collect(),
        }
    }
}

impl Query for SeekingUnion {
    fn weight(&self, enable_scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        let weights = self
            .clauses
            .iter()
            .map(|q| q.weight(enable_scoring))
            .collect::<tantivy::Result<Vec<_>>>()?;
        Ok(Box::new(SeekingUnionWeight { weights }))
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        for clause in &self.clauses {
            clause.query_terms(visitor);
        }
    }
}

struct SeekingUnionWeight {
    weights: Vec<Box<dyn Weight>>,
}

impl Weight for SeekingUnionWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        let mut scorers = Vec::with_capacity(self.weights.len());
        for weight in &self.weights {
            let scorer = weight.scorer(reader, boost)?;
            if scorer.doc() != TERMINATED {
                scorers.push(scorer);
            }
        }
        Ok(Box::new(SeekingUnionScorer::new(scorers)))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        let mut scorer = self.scorer(reader, 1.0)?;
        if scorer.seek(doc) != doc {
            return Err(tantivy::TantivyError::InvalidArgument(format!(
                "document {doc} does not match"
            )));
        }
        let mut explanation = Explanation::new("sum of matching clauses", scorer.score());
        for weight in &self.weights {
            if let Ok(child) = weight.explain(reader, doc) {
                explanation.add_detail(child);
            }
        }
        Ok(explanation)
    }
}

struct SeekingUnionScorer {
    scorers: Vec<Box<dyn Scorer>>,
    /// The current document of each scorer, kept here to save a virtual call per clause on
    /// every step (they are read far more often than they change).
    docs: Vec<DocId>,
    doc: DocId,
}

impl SeekingUnionScorer {
    fn new(scorers: Vec<Box<dyn Scorer>>) -> Self {
        let docs = scorers.iter().map(|s| s.doc()).collect();
        let mut union = SeekingUnionScorer {
            scorers,
            docs,
            doc: TERMINATED,
        };
        union.doc = union.min_doc();
        union
    }

    fn min_doc(&self) -> DocId {
        self.docs.iter().copied().min().unwrap_or(TERMINATED)
    }
}

impl DocSet for SeekingUnionScorer {
    fn advance(&mut self) -> DocId {
        let current = self.doc;
        if current == TERMINATED {
            return TERMINATED;
        }
        for (scorer, doc) in self.scorers.iter_mut().zip(&mut self.docs) {
            if *doc == current {
                *doc = scorer.advance();
            }
        }
        self.doc = self.min_doc();
        self.doc
    }

    fn seek(&mut self, target: DocId) -> DocId {
        if self.doc >= target {
            return self.doc;
        }
        for (scorer, doc) in self.scorers.iter_mut().zip(&mut self.docs) {
            if *doc < target {
                *doc = scorer.seek(target);
            }
        }
        self.doc = self.min_doc();
        self.doc
    }

    fn doc(&self) -> DocId {
        self.doc
    }

    fn size_hint(&self) -> u32 {
        self.scorers
            .iter()
            .fold(0u32, |sum, s| sum.saturating_add(s.size_hint()))
    }

    fn cost(&self) -> u64 {
        self.scorers.iter().map(|s| s.cost()).sum()
    }
}

impl Scorer for SeekingUnionScorer {
    fn score(&mut self) -> Score {
        let current = self.doc;
        self.scorers
            .iter_mut()
            .zip(&self.docs)
            .filter(|(_, doc)| **doc == current)
            .map(|(s, _)| s.score())
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::collector::{Count, TopDocs};
    use tantivy::query::QueryParser;
    use tantivy::schema::{Schema, TEXT};
    use tantivy::{doc, Index};

    fn index() -> (Index, QueryParser) {
        let mut builder = Schema::builder();
        let text = builder.add_text_field("text", TEXT);
        let title = builder.add_text_field("title", TEXT);
        let index = Index::create_in_ram(builder.build());
        let mut writer: tantivy::IndexWriter = index.writer(15_000_000).expect("writer");
        for i in 0..10_000u32 {
            let body = match i % 7 {
                0 => "the foreign minister said talks would resume",
                1 => "ceasefire talks resumed in geneva",
                2 => "the minister for foreign trade spoke",
                _ => "markets were quiet on monday",
            };
            let head = if i % 500 == 0 {
                "gasoil prices"
            } else {
                "news"
            };
            writer
                .add_document(doc!(text => body, title => head))
                .expect("add");
        }
        writer.commit().expect("commit");
        let mut parser = QueryParser::for_index(&index, vec![text, title]);
        parser.set_conjunction_by_default();
        (index, parser)
    }

    #[test]
    fn rewritten_queries_match_and_score_like_the_originals() {
        let (index, parser) = index();
        let searcher = index.reader().expect("reader").searcher();
        for q in [
            "gasoil \"foreign minister\"",
            "talks minister",
            "gasoil -ceasefire",
            "(talks OR markets) monday",
            "foreign OR gasoil",
            "+gasoil talks",
        ] {
            let original = parser.parse_query(q).expect("parse");
            let rewritten = lazy_unions_in_conjunctions(original.box_clone());
            let top = || TopDocs::with_limit(10_000).order_by_score();
            let (a, n) = searcher.search(&original, &(top(), Count)).expect("a");
            let (b, m) = searcher.search(&rewritten, &(top(), Count)).expect("b");
            assert_eq!(n, m, "{q}");
            let mut a: Vec<_> = a.iter().map(|(s, d)| (d.doc_id, *s)).collect();
            let mut b: Vec<_> = b.iter().map(|(s, d)| (d.doc_id, *s)).collect();
            a.sort_by_key(|x| x.0);
            b.sort_by_key(|x| x.0);
            assert_eq!(a.len(), b.len(), "{q}");
            for ((da, sa), (db, sb)) in a.iter().zip(&b) {
                assert_eq!(da, db, "{q}");
                assert!((sa - sb).abs() < 1e-4, "{q}: {sa} vs {sb}");
            }
        }
    }

    #[test]
    fn only_unions_under_a_conjunction_are_rewritten() {
        let (_, parser) = index();
        let top_level_or = lazy_unions_in_conjunctions(parser.parse_query("talks").expect("q"));
        assert!(top_level_or.downcast_ref::<BooleanQuery>().is_some());
        let and = lazy_unions_in_conjunctions(parser.parse_query("talks minister").expect("q"));
        let and = and.downcast_ref::<BooleanQuery>().expect("boolean");
        assert!(and
            .clauses()
            .iter()
            .all(|(_, q)| q.downcast_ref::<SeekingUnion>().is_some()));
    }
}
