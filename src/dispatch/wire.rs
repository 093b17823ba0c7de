//! The wire layout: headline, dateline, paragraphs, section headings and profile carousels.
//!
//! One paragraph per line; blank lines are ignored. A short line without closing punctuation is
//! a heading. A heading followed (after an optional caption sentence) by a name line and a
//! country line starts a carousel of profile cards, each a name line, a country line and one or
//! more bio lines. Every non-empty line lands in exactly one place of the [`Layout`].

use super::dateline::{parse_dateline, Dateline};
use crate::model::{Paragraph, Profile};

/// Longest line, in words, that can still be a heading, a name or a country.
const MAX_SHORT_WORDS: usize = 12;
/// Longest line, in bytes, that can still be a heading, a name or a country.
const MAX_SHORT_BYTES: usize = 120;

/// What the wire text of one dispatch holds.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Layout {
    /// A title line above the dateline.
    pub headline: Option<String>,
    /// The dateline, when the text has one.
    pub dateline: Option<Dateline>,
    /// Body paragraphs.
    pub paragraphs: Vec<Paragraph>,
    /// Headings in order.
    pub headings: Vec<String>,
    /// Carousel captions.
    pub captions: Vec<String>,
    /// Profile cards.
    pub profiles: Vec<Profile>,
}

/// Splits wire text into its parts.
pub fn parse_layout(text: &str) -> Layout {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let mut layout = Layout::default();
    let mut i = 0;

    if lines.len() > 1 && is_short(lines[0]) && parse_dateline(lines[0]).is_none() {
        if let Some(d) = parse_dateline(lines[1]) {
            layout.headline = Some(lines[0].to_string());
            layout.dateline = Some(d);
            i = 2;
        }
    }
    if layout.dateline.is_none() {
        if let Some(d) = lines.first().and_then(|l| parse_dateline(l)) {
            layout.dateline = Some(d);
            i = 1;
        }
    }
    if let Some(d) = &layout.dateline {
        if !d.rest.is_empty() {
            layout.paragraphs.push(Paragraph {
                text: d.rest.clone(),
                section: None,
            });
        }
    }

    let mut section: Option<String> = None;
    while i < lines.len() {
        let line = lines[i];
        if !is_short(line) {
            layout.paragraphs.push(Paragraph {
                text: line.to_string(),
                section: section.clone(),
            });
            i += 1;
            continue;
        }
        // A short line: a heading, possibly opening a carousel.
        section = Some(line.to_string());
        layout.headings.push(line.to_string());
        i += 1;
        if let Some(caption_lines) = carousel_start(&lines, i) {
            if caption_lines == 1 {
                layout.captions.push(lines[i].to_string());
            }
            i += caption_lines;
            i = parse_cards(&lines, i, line, &mut layout.profiles);
        }
    }
    layout
}

/// If a carousel starts at `i`, how many caption lines precede its first card (0 or 1).
fn carousel_start(lines: &[&str], i: usize) -> Option<usize> {
    let card_at = |j: usize| {
        j + 2 < lines.len()
            && is_short(lines[j])
            && is_short(lines[j + 1])
            && !is_short(lines[j + 2])
            && looks_like_name(lines[j])
    };
    if card_at(i) {
        Some(0)
    } else if i < lines.len() && !is_short(lines[i]) && card_at(i + 1) {
        Some(1)
    } else {
        None
    }
}

/// Reads cards from `i` while the name/country/bio pattern holds; returns the next line index.
fn parse_cards(lines: &[&str], mut i: usize, heading: &str, out: &mut Vec<Profile>) -> usize {
    while i + 2 < lines.len()
        && is_short(lines[i])
        && is_short(lines[i + 1])
        && !is_short(lines[i + 2])
    {
        let name = lines[i].to_string();
        let country = lines[i + 1].to_string();
        i += 2;
        let mut bio = Vec::new();
        while i < lines.len() && !is_short(lines[i]) {
            bio.push(lines[i]);
            i += 1;
        }
        out.push(Profile {
            name,
            country: Some(country),
            bio: bio.join("\n"),
            section: Some(heading.to_string()),
        });
    }
    i
}

/// A heading, name or country line: short, and not ending like a sentence.
pub fn is_short(line: &str) -> bool {
    let line = line.trim();
    // Length first: most lines are paragraphs, and this is called several times per line.
    if line.len() > MAX_SHORT_BYTES {
        return false;
    }
    let Some(last) = line.chars().last() else {
        return false;
    };
    let sentence_end = matches!(
        last,
        '.' | '!' | '?' | ':' | ';' | ',' | '"' | '”' | '’' | '\'' | '…' | ')' | ']' | '»'
    ) && !ends_with_name_suffix(line);
    let starts_upper = line
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_numeric());
    !sentence_end && starts_upper && line.split_whitespace().count() <= MAX_SHORT_WORDS
}

/// `Ferdinand Marcos Jr.`: a name suffix's period does not end a sentence.
fn ends_with_name_suffix(line: &str) -> bool {
    line.rsplit(' ')
        .next()
        .is_some_and(|w| matches!(w, "Jr." | "Sr."))
        && line.split_whitespace().nth(1).is_some()
}

/// A person's name: two to five words, each starting with a capital or a name particle
/// (`de`, `van`, or one joined to the name: `al-Tayeb`, `el-Sisi`).
fn looks_like_name(line: &str) -> bool {
    let particle = |w: &str| {
        matches!(
            w,
            "de" | "da"
                | "das"
                | "do"
                | "dos"
                | "del"
                | "della"
                | "di"
                | "du"
                | "van"
                | "von"
                | "der"
                | "den"
                | "ter"
                | "bin"
                | "bint"
                | "ibn"
                | "al"
                | "el"
                | "la"
                | "le"
        )
    };
    let words: Vec<&str> = line.split_whitespace().collect();
    (1..=5).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                || particle(w)
                || w.split_once('-').is_some_and(|(first, rest)| {
                    particle(first) && rest.chars().next().is_some_and(char::is_uppercase)
                })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    const WIRE: &str = "Talks stall in Geneva\n\
GENEVA, Switzerland, March 14, 2025 (Reuters) — Negotiators met on Friday.\n\
\n\
The talks lasted five hours.\n\
What comes next\n\
Both sides will meet again next week.\n\
Key players in the Geneva talks\n\
A carousel of images showing the negotiators.\n\
Amara Okafor\n\
Nigeria\n\
Okafor is the foreign minister.\n\
She has led talks since 2023.\n\
Lena Brandt\n\
Germany\n\
Brandt is a veteran diplomat.\n";

    #[test]
    fn headline_dateline_paragraphs_and_sections() {
        let l = parse_layout(WIRE);
        assert_eq!(l.headline.as_deref(), Some("Talks stall in Geneva"));
        let d = l.dateline.expect("dateline");
        assert_eq!(d.source.as_deref(), Some("Reuters"));
        let texts: Vec<_> = l.paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Negotiators met on Friday.",
                "The talks lasted five hours.",
                "Both sides will meet again next week."
            ]
        );
        assert_eq!(l.paragraphs[2].section.as_deref(), Some("What comes next"));
        assert_eq!(
            l.headings,
            ["What comes next", "Key players in the Geneva talks"]
        );
    }

    #[test]
    fn carousel_with_caption_and_multi_line_bio() {
        let l = parse_layout(WIRE);
        assert_eq!(
            l.captions,
            ["A carousel of images showing the negotiators."]
        );
        assert_eq!(l.profiles.len(), 2);
        assert_eq!(l.profiles[0].name, "Amara Okafor");
        assert_eq!(l.profiles[0].country.as_deref(), Some("Nigeria"));
        assert_eq!(
            l.profiles[0].bio,
            "Okafor is the foreign minister.\nShe has led talks since 2023."
        );
        assert_eq!(
            l.profiles[1].section.as_deref(),
            Some("Key players in the Geneva talks")
        );
    }

    #[test]
    fn a_card_name_may_hold_a_joined_particle() {
        let text = "DJIBOUTI, Jan 28, 2026 (AFP) - Talks began.\n\
Key players in the Djibouti talks\n\
A carousel of images showing the negotiators.\n\
Omar Hassan al-Tayeb\n\
Sudan\n\
Al-Tayeb heads the army's delegation.\n\
Ahmed el-Sayed\n\
Egypt\n\
El-Sayed is a mediator.\n";
        let l = parse_layout(text);
        let names: Vec<&str> = l.profiles.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Omar Hassan al-Tayeb", "Ahmed el-Sayed"]);
        assert_eq!(l.headings, ["Key players in the Djibouti talks"]);
        assert_eq!(l.paragraphs.len(), 1);
    }

    #[test]
    fn a_card_name_may_end_with_a_suffix() {
        let text = "MANILA, Philippines (AP) — Talks began.\n\
Key players\n\
Ferdinand Marcos Jr.\n\
Philippines\n\
Marcos took office in 2022.\n";
        let l = parse_layout(text);
        assert_eq!(l.profiles.len(), 1);
        assert_eq!(l.profiles[0].name, "Ferdinand Marcos Jr.");
        assert_eq!(l.paragraphs.len(), 1);
    }

    #[test]
    fn short_line_rules() {
        assert!(is_short("Unclear where peace talks go now"));
        assert!(!is_short("Ukraine has ruled out giving up territory."));
        assert!(!is_short("“Not further,” he said"));
        assert!(!is_short("and then some lowercase line"));
    }

    #[test]
    fn heading_then_paragraph_is_not_a_carousel() {
        let l = parse_layout("Sanctions remain\nThe ministers disagreed on sanctions all day.\n");
        assert!(l.profiles.is_empty());
        assert_eq!(l.headline.as_deref(), None);
        assert_eq!(l.headings, ["Sanctions remain"]);
        assert_eq!(l.paragraphs.len(), 1);
    }
}
