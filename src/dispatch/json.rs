//! JSON dispatches (one object, also one line of JSON Lines):
//! `{"id"?, "headline"?, "source"?, "date"?, "place"?, "url"?, "body" | "paragraphs", "profiles"?}`.
//!
//! `body` is wire text (it may carry its own dateline; fields given in the JSON win).
//! `paragraphs` is a list of paragraph strings, where a short unpunctuated string is a heading.

use serde::Deserialize;

use super::{apply_layout, content_id, parse_layout, ParseError};
use crate::model::{parse_date, Dispatch, Profile};

#[derive(Debug, Deserialize)]
struct JsonDispatch {
    id: Option<JsonId>,
    headline: Option<String>,
    source: Option<String>,
    date: Option<String>,
    place: Option<String>,
    url: Option<String>,
    body: Option<String>,
    paragraphs: Option<Vec<String>>,
    #[serde(default)]
    profiles: Vec<JsonProfile>,
}

/// Feeds use numbers as ids as often as strings.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum JsonId {
    Text(String),
    Number(serde_json::Number),
}

#[derive(Debug, Deserialize)]
struct JsonProfile {
    name: String,
    country: Option<String>,
    #[serde(default)]
    bio: String,
}

/// One line of wire text per paragraph: a paragraph's inner line breaks and runs of spaces are
/// only wrapping, so its words are joined by single spaces. (Written into one string: this runs
/// for every dispatch of a corpus.)
fn join_paragraphs(paragraphs: &[String]) -> String {
    let mut body = String::with_capacity(paragraphs.iter().map(|p| p.len() + 1).sum());
    for (k, paragraph) in paragraphs.iter().enumerate() {
        if k > 0 {
            body.push('\n');
        }
        for (j, word) in paragraph.split_whitespace().enumerate() {
            if j > 0 {
                body.push(' ');
            }
            body.push_str(word);
        }
    }
    body
}

/// Parses one JSON dispatch.
pub fn parse_json_dispatch(text: &str) -> Result<Dispatch, ParseError> {
    let raw: JsonDispatch =
        serde_json::from_str(text).map_err(|e| ParseError::Json(e.to_string()))?;
    let body = match (&raw.body, &raw.paragraphs) {
        (Some(body), _) if !body.trim().is_empty() => body.clone(),
        (_, Some(paragraphs)) if paragraphs.iter().any(|p| !p.trim().is_empty()) => {
            join_paragraphs(paragraphs)
        }
        _ if !raw.profiles.is_empty() => String::new(),
        _ => return Err(ParseError::NoBody),
    };
    let mut warnings = Vec::new();
    let has_text = |p: &Vec<String>| p.iter().any(|p| !p.trim().is_empty());
    if raw.body.as_ref().is_some_and(|b| !b.trim().is_empty())
        && raw.paragraphs.as_ref().is_some_and(has_text)
    {
        // Feeds that send both usually send the same text twice; say which one was used.
        warnings.push("both \"body\" and \"paragraphs\" given; \"paragraphs\" ignored".into());
    }
    let date = raw.date.as_deref().and_then(|d| {
        // Accept a full timestamp too (`2025-12-03T10:00:00Z`): the day is what we index.
        let day = d.get(..10).unwrap_or(d);
        let parsed = parse_date(day);
        if parsed.is_none() {
            warnings.push(format!(
                "invalid date {d:?} (want YYYY-MM-DD); indexed without a date"
            ));
        }
        parsed
    });
    let article_id = match raw.id {
        Some(JsonId::Text(id)) if !id.trim().is_empty() => id.trim().to_string(),
        Some(JsonId::Number(n)) => n.to_string(),
        _ => content_id(text),
    };
    let mut dispatch = Dispatch {
        article_id,
        headline: non_empty(raw.headline),
        date,
        place: non_empty(raw.place),
        source: non_empty(raw.source),
        url: non_empty(raw.url),
        warnings,
        ..Dispatch::default()
    };
    for (n, p) in raw.profiles.iter().enumerate() {
        if p.name.trim().is_empty() {
            dispatch.warnings.push(format!(
                "profile {n} has no \"name\"; the card is not indexed"
            ));
        }
    }
    dispatch.profiles = raw
        .profiles
        .into_iter()
        .filter(|p| !p.name.trim().is_empty())
        .map(|p| Profile {
            name: p.name.trim().to_string(),
            country: non_empty(p.country),
            bio: p.bio.trim().to_string(),
            section: None,
        })
        .collect();
    apply_layout(&mut dispatch, parse_layout(&body));
    Ok(dispatch)
}

fn non_empty(value: Option<String>) -> Option<String> {
    value
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn paragraphs_become_lines_with_their_wrapping_undone() {
        let paragraphs = [
            "A  wrapped\nparagraph ".to_string(),
            String::new(),
            " end".into(),
        ];
        assert_eq!(join_paragraphs(&paragraphs), "A wrapped paragraph\n\nend");
    }

    #[test]
    fn body_with_fields() {
        let d = parse_json_dispatch(
            r#"{"id":"x1","headline":"H","source":"AFP","date":"2025-01-02","place":"PARIS",
                "body":"First paragraph here.\nSecond paragraph here."}"#,
        )
        .expect("parses");
        assert_eq!(d.article_id, "x1");
        assert_eq!(d.date, Some(date!(2025 - 01 - 02)));
        assert_eq!(d.paragraphs.len(), 2);
        assert_eq!(d.source.as_deref(), Some("AFP"));
    }

    #[test]
    fn paragraphs_and_profiles() {
        let d = parse_json_dispatch(
            r#"{"id":7,"paragraphs":["Lead paragraph here.","Next steps","More text here."],
                "profiles":[{"name":"Ana Ruiz","country":"Spain","bio":"Ruiz is a diplomat."}]}"#,
        )
        .expect("parses");
        assert_eq!(d.article_id, "7");
        assert_eq!(d.headings, ["Next steps"]);
        assert_eq!(d.paragraphs[1].section.as_deref(), Some("Next steps"));
        assert_eq!(d.profiles[0].country.as_deref(), Some("Spain"));
    }

    #[test]
    fn wrong_types_and_missing_body_are_errors() {
        assert!(matches!(
            parse_json_dispatch(r#"{"body": 12}"#),
            Err(ParseError::Json(_))
        ));
        assert_eq!(
            parse_json_dispatch(r#"{"headline":"only"}"#),
            Err(ParseError::NoBody)
        );
        assert!(matches!(
            parse_json_dispatch("[1,2]"),
            Err(ParseError::Json(_))
        ));
    }

    #[test]
    fn text_that_is_not_indexed_is_warned_about() {
        let d = parse_json_dispatch(
            r#"{"body":"Body text here.","paragraphs":["Other text here."],
                "profiles":[{"name":" ","country":"Chad","bio":"A bio."}]}"#,
        )
        .expect("parses");
        assert_eq!(d.paragraphs.len(), 1);
        assert!(d.profiles.is_empty());
        assert_eq!(d.warnings.len(), 2, "{:?}", d.warnings);
        assert!(d.warnings[0].contains("\"paragraphs\" ignored"));
        assert!(d.warnings[1].contains("profile 0 has no \"name\""));
    }

    #[test]
    fn impossible_json_date_is_a_warning() {
        let d = parse_json_dispatch(r#"{"date":"2025-02-30","body":"Some text here."}"#)
            .expect("parses");
        assert_eq!(d.date, None);
        assert_eq!(d.warnings.len(), 1);
    }
}
