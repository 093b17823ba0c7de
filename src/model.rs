//! Plain data types shared by the pipeline: a parsed [`Dispatch`] and the [`Document`]s it splits
//! into. Nothing here knows about tantivy; the index layer maps these types onto its schema.

use serde::{Deserialize, Serialize};
use time::Date;

/// A dispatch after parsing, before attribution and splitting.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Dispatch {
    /// Stable identifier: the feed's id, or a hash of the normalized text.
    pub article_id: String,
    /// Headline, from the feed or from a title line above the dateline.
    pub headline: Option<String>,
    /// The dateline exactly as written (`KYIV, Ukraine, December 3, 2025 (AP)`), when present.
    pub dateline: Option<String>,
    /// Publication date, from the dateline or the feed.
    pub date: Option<Date>,
    /// Place of the dateline (`KYIV, Ukraine`).
    pub place: Option<String>,
    /// Agency or publisher (`AP`).
    pub source: Option<String>,
    /// Link to the original, when the feed gives one.
    pub url: Option<String>,
    /// Body paragraphs in reading order.
    pub paragraphs: Vec<Paragraph>,
    /// Section headings in reading order (carousel headings included).
    pub headings: Vec<String>,
    /// Caption lines that introduce a profile carousel.
    pub captions: Vec<String>,
    /// Profile cards.
    pub profiles: Vec<Profile>,
    /// Non-fatal problems found while parsing (an impossible date, say).
    pub warnings: Vec<String>,
}

/// One body paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// The paragraph text (the lead paragraph without its dateline).
    pub text: String,
    /// The heading the paragraph sits under, if any.
    pub section: Option<String>,
}

/// One profile card of a "Key players" carousel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    /// The person's full name.
    pub name: String,
    /// The country the person speaks for, as printed on the card.
    pub country: Option<String>,
    /// Biography lines, joined with newlines.
    pub bio: String,
    /// The carousel heading.
    pub section: Option<String>,
}

/// Whether a document is a body paragraph or a profile card.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DocKind {
    /// A body paragraph.
    Paragraph,
    /// A profile card.
    Profile,
}

impl DocKind {
    /// The lowercase name used in the index, in JSON and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            DocKind::Paragraph => "paragraph",
            DocKind::Profile => "profile",
        }
    }
}

/// A searchable unit: one paragraph or one profile card, with the facets of its dispatch.
///
/// Serializes to the JSON object printed by `chancery split --json` and `search --json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    /// `<article_id>:p<N>` or `<article_id>:profile<N>`.
    pub id: String,
    /// Identifier of the dispatch the document comes from.
    pub article_id: String,
    /// Paragraph or profile.
    pub kind: DocKind,
    /// 0-based position among the dispatch's documents of the same kind.
    pub position: u32,
    /// Dispatch headline.
    pub headline: Option<String>,
    /// Heading the document sits under.
    pub section: Option<String>,
    /// Publication date as `YYYY-MM-DD`.
    #[serde(with = "date_format")]
    pub date: Option<Date>,
    /// Dateline place.
    pub place: Option<String>,
    /// Agency or publisher.
    pub source: Option<String>,
    /// People quoted in the document (for a profile: the person it describes).
    pub speakers: Vec<String>,
    /// Countries those people speak for.
    pub countries: Vec<String>,
    /// Organisations and governments quoted as institutions (`the Kremlin said`, `NATO said`).
    pub organizations: Vec<String>,
    /// Profile name (null for paragraphs).
    pub name: Option<String>,
    /// Paragraph text or profile biography.
    pub text: String,
}

/// `Option<Date>` as `"YYYY-MM-DD"` or null.
pub(crate) mod date_format {
    use serde::{Deserialize, Deserializer, Serializer};
    use time::Date;

    const FORMAT: &[time::format_description::BorrowedFormatItem<'static>] =
        time::macros::format_description!("[year]-[month]-[day]");

    /// Formats a date as `YYYY-MM-DD`.
    pub fn to_string(date: Date) -> String {
        date.format(FORMAT).unwrap_or_default()
    }

    /// Parses `YYYY-MM-DD` strictly (an impossible day is an error, never normalized).
    pub fn parse(text: &str) -> Option<Date> {
        Date::parse(text.trim(), FORMAT).ok()
    }

    pub fn serialize<S: Serializer>(date: &Option<Date>, s: S) -> Result<S::Ok, S::Error> {
        match date {
            Some(d) => s.serialize_str(&to_string(*d)),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Date>, D::Error> {
        let text: Option<String> = Option::deserialize(d)?;
        match text {
            None => Ok(None),
            Some(t) => parse(&t)
                .map(Some)
                .ok_or_else(|| serde::de::Error::custom(format!("invalid date {t:?}"))),
        }
    }
}

pub use date_format::{parse as parse_date, to_string as format_date};
