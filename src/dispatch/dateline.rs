//! Datelines: `KYIV, Ukraine, December 3, 2025 (AP) — lead…`, the 1987 wire form
//! `WASHINGTON, June 1 - lead…`, and a date standing alone on a line (`Saturday, October 10, 2009`).
//!
//! A line counts as a dateline only when it looks like one: a place followed by a date and/or a
//! `(SOURCE)`, then a dash. An impossible date (February 30) keeps the dateline but no date, with
//! a warning; dates are never normalized.

use std::sync::LazyLock;

use regex::Regex;
use time::{Date, Month};

/// The parts of a dateline.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Dateline {
    /// The dateline as written, without the dash and the lead text.
    pub raw: String,
    /// `KYIV, Ukraine`.
    pub place: Option<String>,
    /// The date when the dateline gives a full, valid one.
    pub date: Option<Date>,
    /// `AP`.
    pub source: Option<String>,
    /// The lead text after the dash (empty for a date-only line).
    pub rest: String,
    /// Why the date was dropped, if it was.
    pub warning: Option<String>,
}

/// Longest dateline considered, in bytes.
const MAX_DATELINE_BYTES: usize = 200;

// Case-insensitive: wire copy also prints `BRASILIA, MARCH 26 -`.
const MONTH: &str = r"(?P<month>(?i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?))\.?";
const WEEKDAY: &str = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?";

// A constant pattern: compiling it cannot fail on user data (unit tests compile it).
// A hyphen ends the dateline only with a space beside it: `Port-au-Prince (AFP) -` is one
// place, not `Port` and a dash.
#[allow(clippy::expect_used)]
static WIRE: LazyLock<Regex> = LazyLock::new(|| {
    let pattern = format!(
        r"^\**(?P<place>\p{{Lu}}[^—–()\d]*?)(?:,\s*{WEEKDAY}{MONTH}\s+(?P<day>\d{{1,2}})(?:,?\s+(?P<year>\d{{4}}))?,?)?\s*(?:\((?P<source>[^()]+)\))?(?:\s*(?:—|–)|\s+--?|--?\s)\s*"
    );
    Regex::new(&pattern).expect("dateline pattern is valid")
});

/// Longest place and source a dateline has, in characters. (Checked after matching: a
/// counted repetition of these wide Unicode classes made the pattern take most of a small
/// run's time to compile, about 43 M instructions.)
const MAX_PLACE_CHARS: usize = 81;
const MAX_SOURCE_CHARS: usize = 40;

// A constant pattern: compiling it cannot fail on user data (unit tests compile it).
#[allow(clippy::expect_used)]
static DATE_ONLY: LazyLock<Regex> = LazyLock::new(|| {
    let pattern = format!(r"^{WEEKDAY}{MONTH}\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})$");
    Regex::new(&pattern).expect("date-only pattern is valid")
});

// A constant pattern: compiling it cannot fail on user data (unit tests compile it).
#[allow(clippy::expect_used)]
static ISO_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})$").expect("iso date pattern")
});

/// Parses the dateline at the start of `line`, or returns `None` when the line has none.
pub fn parse_dateline(line: &str) -> Option<Dateline> {
    let line = line.trim();
    if let Some(only) = parse_date_only(line) {
        return Some(only);
    }
    // A dateline is short: match only the head of the line, so a long lead paragraph costs
    // nothing (the pattern ends at the dash; the rest of the line is the lead).
    let mut head_end = line.len().min(MAX_DATELINE_BYTES);
    while !line.is_char_boundary(head_end) {
        head_end -= 1;
    }
    let caps = WIRE.captures(&line[..head_end])?;
    let too_long = |group: &str, max: usize| {
        caps.name(group)
            .is_some_and(|m| m.as_str().chars().count() > max)
    };
    if too_long("place", MAX_PLACE_CHARS) || too_long("source", MAX_SOURCE_CHARS) {
        return None;
    }
    let dash_end = caps.get(0).map_or(0, |m| m.end());
    let place = caps
        .name("place")?
        .as_str()
        .trim()
        .trim_end_matches(',')
        .trim();
    let has_date = caps.name("month").is_some();
    let source = caps.name("source").map(|m| m.as_str().trim().to_string());
    // The first part of the place is in capitals on the wire (KYIV, NEW YORK); with a date and
    // a source we also accept mixed case (Kyiv, Ukraine, Dec. 3, 2025 (Reuters) -).
    let first = place.split(',').next().unwrap_or_default();
    let capitals = first.chars().any(char::is_alphabetic)
        && first
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
    // (Or a place in title case before a news agency: `Manila (AFP) -`.)
    let titled_place_of_agency = source.as_deref().is_some_and(is_news_agency)
        && first.split_whitespace().count() <= 4
        && first
            .split_whitespace()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    // (Or a short place in title case before a date: `London, March 27 -`, `La paz, march
    // 4 -`, as some 1987 items print it; not a weekday taken for a place.)
    let titled_place_of_date = has_date
        && first.split_whitespace().count() <= 3
        && first.chars().next().is_some_and(char::is_uppercase)
        && !first.to_lowercase().ends_with("day");
    let accepted = (has_date && source.is_some())
        || (capitals && (has_date || source.is_some()))
        || titled_place_of_agency
        || titled_place_of_date;
    if !accepted || place.split_whitespace().count() > 8 {
        return None;
    }
    let rest = line[dash_end..].trim().to_string();
    let raw_end = dash_end;
    let raw = line[..raw_end]
        .trim_end()
        .trim_end_matches(['—', '–', '-'])
        .trim_end()
        .to_string();
    let (date, warning) = if has_date {
        date_from_caps(&caps)
    } else {
        (None, None)
    };
    Some(Dateline {
        raw,
        place: Some(place.to_string()),
        date,
        source,
        rest,
        warning,
    })
}

/// News agencies that sign datelines (`(AFP)`, `(Reuters)`).
fn is_news_agency(source: &str) -> bool {
    matches!(
        source.trim().to_ascii_lowercase().as_str(),
        "ap" | "afp"
            | "reuters"
            | "xinhua"
            | "dpa"
            | "kyodo"
            | "ansa"
            | "efe"
            | "tass"
            | "upi"
            | "yonhap"
            | "bernama"
            | "anadolu"
            | "bloomberg"
            | "pti"
            | "ians"
    )
}

/// A line holding only a date (`Saturday, October 10, 2009`, `2009-10-10`), as Wikinews prints it.
fn parse_date_only(line: &str) -> Option<Dateline> {
    let (date, warning) = if let Some(caps) = DATE_ONLY.captures(line) {
        date_from_caps(&caps)
    } else {
        let caps = ISO_DATE.captures(line)?;
        let number = |name: &str| caps.name(name).and_then(|m| m.as_str().parse::<u32>().ok());
        let (year, month, day) = (number("year")?, number("month")?, number("day")?);
        make_date(year as i32, month, day)
    };
    Some(Dateline {
        raw: line.to_string(),
        date,
        warning,
        ..Dateline::default()
    })
}

fn date_from_caps(caps: &regex::Captures<'_>) -> (Option<Date>, Option<String>) {
    let month = caps.name("month").and_then(|m| month_number(m.as_str()));
    let day = caps
        .name("day")
        .and_then(|m| m.as_str().parse::<u32>().ok());
    let year = caps
        .name("year")
        .and_then(|m| m.as_str().parse::<i32>().ok());
    match (year, month, day) {
        (Some(y), Some(m), Some(d)) => make_date(y, m, d),
        // A wire dateline without a year (1987 Reuters) gives no date rather than a guess.
        _ => (None, None),
    }
}

fn make_date(year: i32, month: u32, day: u32) -> (Option<Date>, Option<String>) {
    let built = u8::try_from(month)
        .ok()
        .and_then(|m| Month::try_from(m).ok())
        .zip(u8::try_from(day).ok())
        .and_then(|(m, d)| Date::from_calendar_date(year, m, d).ok());
    match built {
        Some(date) => (Some(date), None),
        None => (
            None,
            Some(format!(
                "impossible date {year:04}-{month:02}-{day:02} in dateline; indexed without a date"
            )),
        ),
    }
}

fn month_number(name: &str) -> Option<u32> {
    let key: String = name
        .chars()
        .take(3)
        .collect::<String>()
        .to_ascii_lowercase();
    let months = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    months.iter().position(|m| *m == key).map(|i| i as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn ap_dateline_with_region_year_and_source() {
        let d = parse_dateline("KYIV, Ukraine, December 3, 2025 (AP) — Ukraine and its allies")
            .expect("dateline");
        assert_eq!(d.place.as_deref(), Some("KYIV, Ukraine"));
        assert_eq!(d.date, Some(date!(2025 - 12 - 03)));
        assert_eq!(d.source.as_deref(), Some("AP"));
        assert_eq!(d.rest, "Ukraine and its allies");
        assert_eq!(d.raw, "KYIV, Ukraine, December 3, 2025 (AP)");
    }

    #[test]
    fn month_in_capitals() {
        let d = parse_dateline("BRASILIA, MARCH 26 - Brazil today suggested an extension")
            .expect("dateline");
        assert_eq!(d.place.as_deref(), Some("BRASILIA"));
        assert_eq!(d.rest, "Brazil today suggested an extension");
    }

    #[test]
    fn reuters_1987_dateline_has_place_but_no_year() {
        let d = parse_dateline("WASHINGTON, June 1 - President Reagan said he would")
            .expect("dateline");
        assert_eq!(d.place.as_deref(), Some("WASHINGTON"));
        assert_eq!(d.date, None);
        assert_eq!(d.warning, None);
        assert_eq!(d.rest, "President Reagan said he would");
        // (A comma left after the date before the dash, as a few 1987 items have it.)
        let d = parse_dateline("CHICAGO, March 4, - South Korea's surplus will shrink")
            .expect("dateline");
        assert_eq!(d.place.as_deref(), Some("CHICAGO"));
        assert_eq!(d.rest, "South Korea's surplus will shrink");
        // (A short place in title case before a date, and the asterisks some items open with.)
        let d = parse_dateline("La paz, march 4 - Bolivia said.").expect("dateline");
        assert_eq!(d.place.as_deref(), Some("La paz"));
        let d = parse_dateline("****RIO DE JANEIRO, March 5 - Brazil said.").expect("dateline");
        assert_eq!(d.place.as_deref(), Some("RIO DE JANEIRO"));
        assert!(parse_dateline("Monday, March 4 - a day of talks.").is_none());
    }

    #[test]
    fn place_and_source_without_date() {
        let d = parse_dateline("NEW YORK (Reuters) - Stocks rose.").expect("dateline");
        assert_eq!(d.place.as_deref(), Some("NEW YORK"));
        assert_eq!(d.source.as_deref(), Some("Reuters"));
    }

    #[test]
    fn title_case_place_before_a_news_agency() {
        let d = parse_dateline("Manila (AFP) - The Philippines accused China.").expect("dateline");
        assert_eq!(d.place.as_deref(), Some("Manila"));
        assert_eq!(d.source.as_deref(), Some("AFP"));
        // (A hyphen inside the place is no dash: it needs a space beside it.)
        let d =
            parse_dateline("Port-au-Prince (AFP) - Gangs tightened their grip.").expect("dateline");
        assert_eq!(d.place.as_deref(), Some("Port-au-Prince"));
        assert_eq!(d.source.as_deref(), Some("AFP"));
        assert_eq!(d.rest, "Gangs tightened their grip.");
        let d = parse_dateline("KYIV, Ukraine (AP)—Drones struck.").expect("dateline");
        assert_eq!(d.place.as_deref(), Some("KYIV, Ukraine"));
        // (Not any sentence with a parenthesis before a dash.)
        assert!(parse_dateline("Officials (unnamed) - and others - agreed.").is_none());
    }

    #[test]
    fn wikinews_date_line() {
        let d = parse_dateline("Saturday, October 10, 2009").expect("date line");
        assert_eq!(d.date, Some(date!(2009 - 10 - 10)));
        assert_eq!(d.place, None);
        assert!(d.rest.is_empty());
    }

    #[test]
    fn impossible_date_is_dropped_with_a_warning() {
        let d = parse_dateline("GENEVA, February 30, 2025 (AFP) — Talks.").expect("dateline");
        assert_eq!(d.date, None);
        assert!(d.warning.unwrap_or_default().contains("impossible date"));
    }

    #[test]
    fn ordinary_sentences_are_not_datelines() {
        assert!(parse_dateline("Ukraine has ruled out giving up territory.").is_none());
        assert!(parse_dateline("The Russian leader - as usual - said nothing.").is_none());
        assert!(parse_dateline("Steve Witkoff").is_none());
    }

    #[test]
    fn a_place_or_source_longer_than_a_datelines_is_no_dateline() {
        let place = |n: usize| "W".repeat(n);
        assert!(parse_dateline(&format!("{} (AP) — Talks.", place(81))).is_some());
        assert!(parse_dateline(&format!("{} (AP) — Talks.", place(82))).is_none());
        let source = |n: usize| "s".repeat(n);
        assert!(parse_dateline(&format!("KYIV ({}) — Talks.", source(40))).is_some());
        assert!(parse_dateline(&format!("KYIV ({}) — Talks.", source(41))).is_none());
    }
}
