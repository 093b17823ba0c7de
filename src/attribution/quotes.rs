//! Finding quoted passages in a paragraph.
//!
//! Curly marks pair up; a straight `"` toggles, except between two letters (`Japan"s`, a typo
//! for an apostrophe). A quote left open at the end of a paragraph runs to the end (and, in
//! wire style, on into the next paragraph). Single quotes are not treated as quotation marks:
//! in English news they are apostrophes or nested quotes.

/// One quoted passage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quote {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// Byte offset just after the closing mark, or the paragraph length if unclosed.
    pub end: usize,
    /// Byte range of the quoted words.
    pub content: (usize, usize),
    /// Whether a closing mark was found.
    pub closed: bool,
}

impl Quote {
    /// The quoted words.
    pub fn text<'a>(&self, paragraph: &'a str) -> &'a str {
        paragraph.get(self.content.0..self.content.1).unwrap_or("")
    }
}

/// Every quotation in `text`, in order.
pub fn find_quotes(text: &str) -> Vec<Quote> {
    let mut quotes = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in quote_marks(text) {
        let width = c.len_utf8();
        match c {
            '“' | '„' | '«' if open.is_none() => open = Some(i),
            '”' | '»' => {
                if let Some(start) = open.take() {
                    quotes.push(close(text, start, i, width));
                }
            }
            '"' => {
                // `Japan"s`: a possessive typed with a double quote.
                let prev = text[..i].chars().next_back();
                let mut after = text[i + width..].chars();
                let next = after.next();
                let after_next = after.next();
                let possessive = prev.is_some_and(char::is_alphanumeric)
                    && next == Some('s')
                    && !after_next.is_some_and(char::is_alphanumeric);
                if !possessive {
                    if let Some(start) = open.take() {
                        quotes.push(close(text, start, i, width));
                    } else {
                        open = Some(i);
                    }
                }
            }
            _ => {}
        }
    }
    if let Some(start) = open {
        let mark = text[start..].chars().next().map_or(1, char::len_utf8);
        // (`"If we had a package, we would pursue it, Fitzwater said.`: a closing mark left
        // out before the attribution that ends the paragraph.)
        // (Only a quote that opens the paragraph: elsewhere the mark may be a mistyped
        // apostrophe, `each others" positions`.)
        let opens_paragraph = text[..start].trim().is_empty();
        if let Some(comma) =
            attribution_after_missing_close(text, start + mark).filter(|_| opens_paragraph)
        {
            // (The comma inside, as in `"…,"`: the sentence goes on to its verb.)
            quotes.push(Quote {
                open: start,
                end: comma + 1,
                content: (start + mark, comma + 1),
                closed: true,
            });
            return quotes;
        }
        quotes.push(Quote {
            open: start,
            end: text.len(),
            content: (start + mark, text.len()),
            closed: false,
        });
    }
    quotes
}

/// The offset of the comma before `, Fitzwater said.` (or `, he said.`) ending `text`, when
/// an unclosed quote opened before `from`: the attribution the missing closing mark should have
/// set apart.
fn attribution_after_missing_close(text: &str, from: usize) -> Option<usize> {
    let body = text.get(from..)?.trim_end();
    let comma = from + body.rfind(", ")?;
    let tail = text[comma + 2..].trim_end().strip_suffix('.')?;
    let words: Vec<&str> = tail.split(' ').collect();
    let (verb, subject) = words.split_last()?;
    let pronoun = matches!(subject, ["he" | "she"]);
    let name = (1..=3).contains(&subject.len())
        && subject.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase()) && w.chars().all(char::is_alphabetic)
        });
    let speaker = pronoun || name;
    (speaker && matches!(*verb, "said" | "says" | "added")).then_some(comma)
}

/// Does `text` contain a double quotation mark of any style?
pub fn has_quote_mark(text: &str) -> bool {
    quote_marks(text).next().is_some()
}

/// The double quotation marks of `text` (`"`, `“`, `”`, `„`, `«`, `»`) with their byte offsets.
///
/// Each of them begins with `"`, 0xE2 or 0xC2, bytes that only ever begin a character, so a
/// SIMD byte search (memchr) finds the candidates and only those are decoded: most of a
/// paragraph is never looked at character by character.
fn quote_marks(text: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    memchr::memchr3_iter(b'"', 0xE2, 0xC2, text.as_bytes()).filter_map(move |i| {
        let c = text.get(i..)?.chars().next()?;
        matches!(c, '"' | '“' | '”' | '„' | '«' | '»').then_some((i, c))
    })
}

fn close(text: &str, start: usize, close_at: usize, width: usize) -> Quote {
    let mark = text[start..].chars().next().map_or(1, char::len_utf8);
    Quote {
        open: start,
        end: close_at + width,
        content: (start + mark, close_at),
        closed: true,
    }
}

/// The text without the nicknames quoted inside names (`C.J. "Pete" Silas`, `I. Lewis
/// “Scooter” Libby`), so the name reads whole and the nickname is no quotation: one
/// capitalized word in quotes between a capitalized word or initials and a capitalized word.
pub fn drop_nicknames(text: &str) -> std::borrow::Cow<'_, str> {
    let mut cuts = Vec::new();
    for q in find_quotes(text).iter().filter(|q| q.closed) {
        let nickname = q.text(text);
        let one_capitalized_word = (2..=15).contains(&nickname.len())
            && nickname.starts_with(|c: char| c.is_ascii_uppercase())
            && nickname[1..].bytes().all(|b| b.is_ascii_lowercase());
        if !one_capitalized_word {
            continue;
        }
        let Some(before) = text[..q.open].strip_suffix(' ') else {
            continue;
        };
        let given = before.rsplit(' ').next().unwrap_or(before);
        // (A given name, `Lewis`, or initials, `C.J.`; not a sentence's last word, `Smith.`,
        // nor an article, `The "Pete" Show`.)
        let initials = given.split_terminator('.').all(|part| part.len() == 1);
        let name_word = given.bytes().all(|b| b.is_ascii_alphabetic()) && given.len() >= 2;
        let given_ok = given.starts_with(|c: char| c.is_ascii_uppercase())
            && (name_word || (given.ends_with('.') && initials))
            && !matches!(given, "The" | "An");
        let surname_follows = text[q.end..]
            .strip_prefix(' ')
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_uppercase()));
        if given_ok && surname_follows {
            // The mark, the nickname, the closing mark and the space after it.
            cuts.push(q.open..q.end + 1);
        }
    }
    if cuts.is_empty() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    for cut in cuts {
        out.push_str(&text[from..cut.start]);
        from = cut.end;
    }
    out.push_str(&text[from..]);
    std::borrow::Cow::Owned(out)
}

/// Number of words in a quotation.
pub fn word_count(quote: &str) -> usize {
    quote.split_whitespace().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(p: &str) -> Vec<&str> {
        find_quotes(p).iter().map(|q| q.text(p)).collect()
    }

    #[test]
    fn curly_and_straight_quotes() {
        assert_eq!(texts("“A b,” he said. “C d.”"), ["A b,", "C d."]);
        assert_eq!(texts(r#""A b," he said. "C d.""#), ["A b,", "C d."]);
    }

    #[test]
    fn double_quote_between_letters_is_an_apostrophe() {
        assert_eq!(
            texts(r#"Japan"s trade "is unfair," he said."#),
            ["is unfair,"]
        );
    }

    #[test]
    fn unclosed_quote_runs_to_the_end() {
        let p = r#"He said: "We made progress. And more"#;
        let q = find_quotes(p);
        assert_eq!(q.len(), 1);
        assert!(!q[0].closed);
        assert_eq!(q[0].text(p), "We made progress. And more");
    }

    #[test]
    fn nicknames_inside_names_are_dropped() {
        assert_eq!(
            drop_nicknames(r#"C.J. "Pete" Silas, chairman, told Reuters "we will sell.""#),
            r#"C.J. Silas, chairman, told Reuters "we will sell.""#
        );
        assert_eq!(
            drop_nicknames("aide I. Lewis “Scooter” Libby said"),
            "aide I. Lewis Libby said"
        );
        // Not a quoted word after a sentence's end, an article, or before a lowercase word.
        for kept in [
            r#"He met Smith. "Never" Jones said."#,
            r#"on The "Pete" Show"#,
            r#"Bush called it "Outrageous" and left"#,
            r#"said "We will go" Jones"#,
        ] {
            assert_eq!(drop_nicknames(kept), kept);
        }
    }

    #[test]
    fn a_closing_mark_left_out_before_the_attribution_closes_there() {
        let text = r#""If we had a package, we would pursue it, Fitzwater said."#;
        let quotes = find_quotes(text);
        assert!(quotes[0].closed);
        assert_eq!(
            quotes[0].text(text),
            "If we had a package, we would pursue it,"
        );
        // (Not a quote that opens mid-paragraph: the mark may be an apostrophe.)
        let text = r#"Knowing each others" positions helped, he said."#;
        assert!(!find_quotes(text)[0].closed);
        // (Nor a paragraph that ends in something else.)
        let text = r#""We will go on, and on, and on."#;
        assert!(!find_quotes(text)[0].closed);
    }

    #[test]
    fn missing_space_before_opening_quote() {
        assert_eq!(texts(r#"he said"we will go," and left"#), ["we will go,"]);
    }
}
