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
        quotes.push(Quote {
            open: start,
            end: text.len(),
            content: (start + mark, text.len()),
            closed: false,
        });
    }
    quotes
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
    fn missing_space_before_opening_quote() {
        assert_eq!(texts(r#"he said"we will go," and left"#), ["we will go,"]);
    }
}
