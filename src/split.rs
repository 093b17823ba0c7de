//! Splitting a [`Dispatch`] into searchable [`Document`]s: one per body paragraph, with the
//! speakers and countries attribution finds, and one per profile card.
//!
//! Invariants (checked by property tests): ids are unique within a dispatch, positions are
//! contiguous from 0 per kind, and splitting is deterministic.

use crate::attribution::{attribute_dated, Attribution, Gazetteer, KnownPerson};
use crate::model::{Dispatch, DocKind, Document};

/// Splits one dispatch into paragraph and profile documents.
pub fn split(dispatch: &Dispatch) -> Vec<Document> {
    documents(dispatch, attributions(dispatch))
}

/// [`split`] without quote attribution: paragraph documents get no speakers, countries or
/// organisations. Only the `split` bench uses it, as the baseline that attribution's cost is
/// measured against.
pub fn split_unattributed(dispatch: &Dispatch) -> Vec<Document> {
    documents(
        dispatch,
        vec![Attribution::default(); dispatch.paragraphs.len()],
    )
}

/// Who is quoted in each paragraph of the dispatch.
fn attributions(dispatch: &Dispatch) -> Vec<Attribution> {
    let texts: Vec<&str> = dispatch
        .paragraphs
        .iter()
        .map(|p| p.text.as_str())
        .collect();
    let known: Vec<KnownPerson<'_>> = dispatch
        .profiles
        .iter()
        .map(|p| KnownPerson {
            name: &p.name,
            country: p.country.as_deref(),
            bio: &p.bio,
        })
        .collect();
    attribute_dated(&texts, &known, dispatch.place.as_deref(), dispatch.date)
}

/// The documents of a dispatch, given the attribution of each of its paragraphs.
fn documents(dispatch: &Dispatch, attributions: Vec<Attribution>) -> Vec<Document> {
    let gazetteer = Gazetteer::get();

    let base = |kind: DocKind, position: usize, section: &Option<String>, text: &str| Document {
        id: match kind {
            DocKind::Paragraph => format!("{}:p{position}", dispatch.article_id),
            DocKind::Profile => format!("{}:profile{position}", dispatch.article_id),
        },
        article_id: dispatch.article_id.clone(),
        kind,
        position: u32::try_from(position).unwrap_or(u32::MAX),
        headline: dispatch.headline.clone(),
        section: section.clone(),
        date: dispatch.date,
        place: dispatch.place.clone(),
        source: dispatch.source.clone(),
        speakers: Vec::new(),
        countries: Vec::new(),
        organizations: Vec::new(),
        name: None,
        text: text.to_string(),
    };

    let mut docs = Vec::with_capacity(dispatch.paragraphs.len() + dispatch.profiles.len());
    for (n, (paragraph, attribution)) in dispatch.paragraphs.iter().zip(attributions).enumerate() {
        let mut doc = base(DocKind::Paragraph, n, &paragraph.section, &paragraph.text);
        doc.speakers = attribution.speakers;
        doc.countries = attribution.countries;
        doc.organizations = attribution.organizations;
        docs.push(doc);
    }
    for (n, profile) in dispatch.profiles.iter().enumerate() {
        let mut doc = base(DocKind::Profile, n, &profile.section, &profile.bio);
        doc.name = Some(profile.name.clone());
        doc.speakers = vec![profile.name.clone()];
        doc.countries = profile
            .country
            .iter()
            .map(|c| gazetteer.canonical_country(c))
            .collect();
        docs.push(doc);
    }
    docs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dispatch::parse_wire;

    #[test]
    fn ids_positions_and_profiles() {
        let d = parse_wire(
            "PARIS, May 2, 2025 (AFP) — Lead paragraph here.\nSecond paragraph here.\n\
             Key players\nAna Ruiz\nSpain\nRuiz is a diplomat.\n",
        )
        .expect("parses");
        let docs = split(&d);
        let ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
        let id = &d.article_id;
        assert_eq!(
            ids,
            [
                format!("{id}:p0"),
                format!("{id}:p1"),
                format!("{id}:profile0")
            ]
        );
        assert_eq!(docs[2].kind, DocKind::Profile);
        assert_eq!(docs[2].name.as_deref(), Some("Ana Ruiz"));
        assert_eq!(docs[2].speakers, ["Ana Ruiz"]);
        assert_eq!(docs[2].countries, ["Spain"]);
        assert_eq!(docs[2].section.as_deref(), Some("Key players"));
        assert!(docs.iter().all(|doc| doc.source.as_deref() == Some("AFP")));
    }
}
