//! Word tokens with byte offsets, and the closed word lists the attribution rules use
//! (speech verbs, titles, pronouns, words that end a name).

use std::borrow::Cow;
use std::sync::LazyLock;

use rustc_hash::FxHashSet;

/// The first bytes and lengths of a list's words: most words asked about are in no list, and
/// are turned away by these before any hashing.
pub(crate) struct WordShapes([u32; 256]);

impl std::fmt::Debug for WordShapes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let first_bytes = self.0.iter().filter(|lengths| **lengths != 0).count();
        f.debug_struct("WordShapes")
            .field("first_bytes", &first_bytes)
            .finish()
    }
}

impl WordShapes {
    /// For each first byte, bit `min(len, 32) - 1` is set when a word of that length starts
    /// with it.
    pub(crate) fn new<'w>(words: impl IntoIterator<Item = &'w str>) -> Self {
        let mut shapes = [0u32; 256];
        for word in words {
            if let Some(&first) = word.as_bytes().first() {
                shapes[usize::from(first)] |= Self::length_bit(word.len());
            }
        }
        WordShapes(shapes)
    }

    fn length_bit(len: usize) -> u32 {
        1 << (len.clamp(1, 32) - 1)
    }

    /// Could `word` be one of the words? (`false` is certain; `true` needs the lookup.)
    pub(crate) fn may_contain(&self, word: &str) -> bool {
        word.as_bytes()
            .first()
            .is_none_or(|&first| self.0[usize::from(first)] & Self::length_bit(word.len()) != 0)
    }
}

/// A fixed word list, looked up by hashing: the rules ask about every token many times, and a
/// `matches!` over a hundred strings compares them one by one.
struct WordSet {
    words: FxHashSet<&'static str>,
    shapes: WordShapes,
}

impl WordSet {
    fn new(words: &[&'static str]) -> Self {
        WordSet {
            words: words.iter().copied().collect(),
            shapes: WordShapes::new(words.iter().copied()),
        }
    }

    fn contains(&self, word: &str) -> bool {
        self.shapes.may_contain(word) && self.words.contains(word)
    }
}

/// One token of frame text (text outside quotation marks).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token<'a> {
    /// The word without a possessive `'s` and without a sentence-final period.
    pub text: &'a str,
    /// Byte offset of the token in the paragraph.
    pub start: usize,
    /// `Putin's`.
    pub possessive: bool,
    /// A punctuation mark rather than a word.
    pub punct: bool,
    /// The word lowercased, computed once (borrowed when already lowercase).
    pub lowered: Cow<'a, str>,
    /// [`Token::is_capitalized`], computed once: the rules ask it of every token many times.
    capitalized: bool,
    /// [`Token::is_title`], computed once for the same reason.
    title: bool,
}

impl<'a> Token<'a> {
    /// Starts with an uppercase letter.
    pub fn is_capitalized(&self) -> bool {
        self.capitalized
    }

    /// A word of official titles ([`is_title_word`]).
    pub fn is_title(&self) -> bool {
        self.title
    }

    /// Is this punctuation mark one of `marks`?
    pub fn is_punct(&self, marks: &[&str]) -> bool {
        self.punct && marks.contains(&self.text)
    }

    /// Ends a sentence: `.`, `!`, `?`.
    pub fn ends_sentence(&self) -> bool {
        self.is_punct(&[".", "!", "?"])
    }

    /// Lowercased word, for list lookups.
    pub fn lower(&self) -> &str {
        &self.lowered
    }

    /// A punctuation or marker token.
    pub fn mark(text: &'a str, start: usize) -> Self {
        Token {
            text,
            start,
            possessive: false,
            punct: true,
            lowered: Cow::Borrowed(text),
            capitalized: false,
            title: false,
        }
    }

    /// A word token; `ascii_lower`, when given, is `text.to_ascii_lowercase()` (a slice of the
    /// paragraph's lowercased copy), so an ASCII word needs no String of its own.
    fn word(text: &'a str, ascii_lower: Option<&'a str>, start: usize, possessive: bool) -> Self {
        // ASCII words (nearly all of them) need no Unicode case tables; all branches give
        // `text.to_lowercase()`.
        let ascii = text.is_ascii();
        let has_upper = if ascii {
            text.bytes().any(|b| b.is_ascii_uppercase())
        } else {
            text.chars().any(char::is_uppercase)
        };
        let lowered = match (has_upper, ascii) {
            (false, _) => Cow::Borrowed(text),
            (true, true) => ascii_lower
                .filter(|l| l.len() == text.len())
                .map_or_else(|| Cow::Owned(text.to_ascii_lowercase()), Cow::Borrowed),
            (true, false) => Cow::Owned(text.to_lowercase()),
        };
        let upper = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
        // `al-Amr`, `el-Sisi`, `bin-Salman`: a particle joined to a capitalized name. (A plain
        // byte loop: words are short, and memchr's call costs more than it saves here.)
        // (`d'Entremont`, `d’Estaing`: or an elided `de`.)
        let capitalized = upper(text)
            || text
                .bytes()
                .position(|b| b == b'-')
                .is_some_and(|dash| is_name_particle(&text[..dash]) && upper(&text[dash + 1..]))
            || (text.starts_with('d')
                && ["d'", "d’"]
                    .iter()
                    .any(|elided| text.strip_prefix(elided).is_some_and(upper)));
        let title = is_title_word(&lowered) || (capitalized && is_plural_title(&lowered));
        Token {
            text,
            start,
            possessive,
            punct: false,
            lowered,
            capitalized,
            title,
        }
    }
}

/// Abbreviations that keep their period (so `U.S.` or `Mr.` do not end a sentence).
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Maj", "Capt", "Sgt", "St",
    "Jr", "Sr", "No", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec",
    "Prof", "Rev", "Adm", "Cmdr", "Brig", "Amb", "Pres", "vs", "Co", "Corp", "Inc", "Ltd", "Mt",
];

/// Splits `text` into tokens, offsets shifted by `base` (the tests' shorthand; attribution
/// itself uses [`tokenize_into`] with a lowercased copy).
#[cfg(test)]
pub fn tokenize(text: &str, base: usize) -> Vec<Token<'_>> {
    // About one token per six bytes of news prose: one allocation instead of a dozen regrowths.
    let mut tokens = Vec::with_capacity(text.len() / 6 + 1);
    tokenize_into(text, None, base, &mut tokens);
    tokens
}

/// [`tokenize`], appending to `tokens` (a paragraph's frames go into one vector). `ascii_lower`,
/// when given, is `text.to_ascii_lowercase()`: the lowercase forms of ASCII words are borrowed
/// from it instead of allocated one by one.
pub fn tokenize_into<'a>(
    text: &'a str,
    ascii_lower: Option<&'a str>,
    base: usize,
    tokens: &mut Vec<Token<'a>>,
) {
    // `to_ascii_lowercase` keeps every byte offset, so word slices line up.
    let ascii_lower = ascii_lower.filter(|l| l.len() == text.len());
    let bytes = text.as_bytes();
    let mut i = 0;
    // ASCII bytes (nearly all of news text) are classified without UTF-8 decoding; the rules
    // are the same as for any character (`char::is_alphanumeric` is `is_ascii_alphanumeric`
    // on ASCII).
    while let Some(&b) = bytes.get(i) {
        let (c, width) = if b.is_ascii() {
            (char::from(b), 1)
        } else {
            match text.get(i..).and_then(|rest| rest.chars().next()) {
                Some(c) => (c, c.len_utf8()),
                None => break,
            }
        };
        if c.is_alphanumeric() {
            let mut end = word_end(text, i + width);
            // `Mr.Bush said`: an honorific run into the name is a word of its own.
            let honorific = matches!(b, b'M' | b'D')
                .then(|| {
                    ["Mr.", "Mrs.", "Ms.", "Dr."]
                        .into_iter()
                        .find(|h| text[i..end].starts_with(h))
                })
                .flatten();
            if let Some(honorific) = honorific {
                let name = i + honorific.len();
                if text[name..end].starts_with(|c: char| c.is_ascii_uppercase()) {
                    end = name;
                }
            }
            push_word(tokens, text, ascii_lower, i, end, base);
            // `Major General X`: the adjective is a rank only before `General`.
            // (`a senior army officer`: an officer is an office only of the armed forces
            // or the services, not `Chief Executive Officer`; nor a police officer, more often
            // a witness than a state's voice.)
            if let [.., rank, general] = tokens.as_mut_slice() {
                if rank.text == "Major" && general.text == "General" && !rank.punct {
                    rank.title = true;
                }
                // `Major Alan Kabakoff`: the army rank before a first name (not `Major League`,
                // `Major Powers`: those are no names).
                if rank.text == "Major"
                    && !rank.punct
                    && general.is_capitalized()
                    && !general.title
                    && is_given_name_shape(general.text)
                {
                    rank.title = true;
                }
                // (`Social Democrat finance spokesperson X`, `Christian Democratic leader X`: the
                // first word of a party's name is part of the party label, as `Democrat` is.)
                if matches!(rank.text, "Social" | "Christian" | "Free")
                    && matches!(general.text, "Democrat" | "Democrats" | "Democratic")
                {
                    rank.title = general.title;
                }
                // `Bundesbank board member X`, `central bank council member X`: the body's
                // seat is part of the office, so the institution before it still owns it.
                if general.text == "member"
                    && matches!(
                        rank.lower(),
                        "board" | "council" | "committee" | "directorate" | "commission"
                    )
                {
                    rank.title = true;
                }
                // (`a community leader in Western Province`, `a business leader`: a leader of
                // private life holds no office.)
                if matches!(general.text, "leader" | "leaders" | "elder" | "elders")
                    && matches!(
                        rank.lower(),
                        "community" | "business" | "student" | "religious" | "civic" | "church"
                    )
                {
                    general.title = false;
                }
                if general.text == "officer"
                    && matches!(
                        rank.text,
                        "army" | "military" | "navy" | "security" | "intelligence"
                    )
                {
                    general.title = true;
                }
            }
            i = end;
        } else if matches!(c, '\'' | '’')
            && detached_possessive(bytes, i, width)
            && tokens.last().is_some_and(|t| {
                !t.punct
                    && !matches!(t.lower(), "the" | "a" | "an")
                    && !super::phrases::is_function_word(t.lower())
            })
        {
            // `Canada 's Prime Minister`: text whose links were stripped (Wikinews) leaves a
            // space before the possessive; the word before owns it (not `The 's`, where the
            // owner's name was lost).
            if let Some(owner) = tokens.last_mut() {
                owner.possessive = true;
            }
            i += width + 1;
        } else if c == '"'
            && i > 0
            && bytes[i - 1].is_ascii_alphabetic()
            && bytes.get(i + 1) == Some(&b's')
            && bytes.get(i + 2).is_none_or(|b| !b.is_ascii_alphanumeric())
            && tokens.last().is_some_and(|t| !t.punct)
        {
            // `Kuwait"s Oil Minister`: a possessive typed with a double quote (the quote finder
            // already reads it as no quote).
            if let Some(owner) = tokens.last_mut() {
                owner.possessive = true;
            }
            i += 2;
        } else {
            // (`… live coverage. ===Reaction from China=== Andrew Yang, …`: a wiki section
            // heading left inside a paragraph is a sentence of its own.)
            // (`=== The opposition === *Yukio Hatoyama, Secretary General …`: and so is each
            // item of a wiki list, opened by an asterisk after a space.)
            let bullet = c == '*' && (i == 0 || bytes[i - 1].is_ascii_whitespace());
            if (c == '=' && bytes.get(i + 1) == Some(&b'=')) || bullet {
                if !tokens.last().is_some_and(Token::ends_sentence) {
                    tokens.push(Token::mark(".", base + i));
                }
                let mark = bytes[i];
                i += bytes[i..].iter().take_while(|&&next| next == mark).count();
                continue;
            }
            // (`Rep. Martin Frost (D-Tex.). told Reuters`: a period typed after a closing
            // parenthesis, before a lowercase word, ends no sentence.)
            let stray_period = c == '.'
                && tokens.last().is_some_and(|t| t.is_punct(&[")"]))
                && text[i + 1..]
                    .trim_start_matches(' ')
                    .starts_with(|n: char| n.is_ascii_lowercase());
            // (`Haim Ramon - a close confidant of X - said`: a hyphen standing alone between
            // spaces is a dash, as typed where the em dash was not.)
            // (Not before a quote, `their slogan - "Intel Inside"`, which a colon would
            // introduce no better; nor after a headline's capitals, `KERBS AFT OPENING - APR 7`.)
            let spaced_hyphen = c == '-'
                && i > 0
                && bytes[i - 1] == b' '
                && bytes.get(i + 1) == Some(&b' ')
                && !text[i + 2..].starts_with(['"', '“', '\'', '‘', '['])
                && tokens
                    .last()
                    .is_some_and(|t| t.text.bytes().any(|b| b.is_ascii_lowercase()));
            if (matches!(c, ',' | ';' | ':' | '.' | '!' | '?' | '—' | '–' | '(' | ')')
                && !stray_period)
                || spaced_hyphen
            {
                tokens.push(Token::mark(&text[i..i + width], base + i));
            } else if c == '/'
                && bytes.get(i + 1).is_some_and(u8::is_ascii_uppercase)
                && bytes.get(i + 2).is_some_and(u8::is_ascii_alphabetic)
                && i > 0
                && bytes[i - 1].is_ascii_alphabetic()
                && tokens
                    .last()
                    .is_some_and(|t| !t.punct && t.text.len() > 1 && t.is_capitalized())
            {
                // `the Boren/Boschwitz plan`: two names joined by a slash are not one name (a
                // company's `A/S` is left as it was).
                tokens.push(Token::mark(&text[i..i + width], base + i));
            }
            i += width;
        }
    }
}

/// Is the apostrophe at byte `at`, `width` bytes long, a possessive `'s` set apart from its
/// word (`Canada 's`)? A space before it, a letter or digit before that, and no letter after
/// the `s`.
fn detached_possessive(bytes: &[u8], at: usize, width: usize) -> bool {
    let s = at + width;
    at >= 2
        && bytes[at - 1] == b' '
        && bytes[at - 2].is_ascii_alphanumeric()
        && bytes.get(s) == Some(&b's')
        && !bytes
            .get(s + 1)
            .is_some_and(|b| b.is_ascii_alphanumeric() || *b >= 0x80)
}

/// Could `word` be a given name after a rank? Capitalized, not all capitals, and not one of
/// the nouns `Major` forms names with (`Major League`, `Major Powers`, `Major Road`).
fn is_given_name_shape(word: &str) -> bool {
    let lowercase_rest = word.chars().skip(1).any(char::is_lowercase);
    lowercase_rest
        && !matches!(
            word,
            "League"
                | "Leagues"
                | "Powers"
                | "Road"
                | "Roads"
                | "Crimes"
                | "Cities"
                | "Oil"
                | "Oils"
                | "Banks"
                | "Bank"
                | "Party"
                | "Parties"
                | "Market"
                | "Markets"
                | "Airport"
                | "Hospital"
                | "Project"
                | "Projects"
        )
}

/// The end of the word continuing at byte `end`: letters, digits and the inner marks `'`, `’`,
/// `-`, `.`, `&`.
fn word_end(text: &str, mut end: usize) -> usize {
    let bytes = text.as_bytes();
    while let Some(&b) = bytes.get(end) {
        if b.is_ascii() {
            // (`3,000`: a thousands separator is inside the number, no clause break.)
            let separator = || {
                b == b','
                    && end > 0
                    && bytes[end - 1].is_ascii_digit()
                    && bytes.get(end + 1).is_some_and(u8::is_ascii_digit)
            };
            if b.is_ascii_alphanumeric() || matches!(b, b'\'' | b'-' | b'.' | b'&') || separator() {
                end += 1;
                continue;
            }
            break;
        }
        match text.get(end..).and_then(|rest| rest.chars().next()) {
            Some(d) if d.is_alphanumeric() || d == '’' => end += d.len_utf8(),
            _ => break,
        }
    }
    end
}

fn push_word<'a>(
    tokens: &mut Vec<Token<'a>>,
    text: &'a str,
    ascii_lower: Option<&'a str>,
    start: usize,
    end: usize,
    base: usize,
) {
    let mut word = &text[start..end];
    // Most words end in a letter or digit other than `s`: nothing to trim, no period, no
    // possessive, so the checks below could not change them.
    if word
        .as_bytes()
        .last()
        .is_some_and(|&b| b.is_ascii_alphanumeric() && b != b's')
    {
        let lower = ascii_lower.and_then(|l| l.get(start..end));
        tokens.push(Token::word(word, lower, base + start, false));
        return;
    }
    let mut trailing_period = false;
    // `the Houthis' chief negotiator`: a plural's possessive apostrophe.
    let plural_possessive = word.ends_with("s'") || word.ends_with("s’");
    // Trailing dashes and apostrophes are never part of the word.
    word = word.trim_end_matches(['-', '\'', '’']);
    if word.ends_with('.') {
        let stem = word.trim_end_matches('.');
        // `U.S.`, or a middle initial (`George W. Bush`).
        let initials = is_initials(word) || is_middle_initial(word);
        // `(D-N.J.)`, `Inc., said`: a period before a comma or a closing parenthesis ends
        // an abbreviation, never a sentence.
        let inside_clause = text[end..].starts_with([',', ';', ')']);
        if !(initials || ABBREVIATIONS.contains(&stem)) {
            word = stem;
            trailing_period = !inside_clause;
        } else if initials && ends_text_sentence(text, end) {
            // "…talks with the U.S. The envoy said" — the initials end the sentence too.
            trailing_period = true;
        }
    }
    let mut possessive = plural_possessive && word.len() > 1;
    for suffix in ["'s", "’s"] {
        if let Some(stem) = word.strip_suffix(suffix) {
            if !stem.is_empty() {
                word = stem;
                possessive = true;
            }
        }
    }
    if !word.is_empty() {
        // Trimming only shortens the word at its end.
        let lower = ascii_lower.and_then(|l| l.get(start..start + word.len()));
        tokens.push(Token::word(word, lower, base + start, possessive));
    }
    if trailing_period {
        tokens.push(Token::mark(".", base + end - 1));
    }
}

/// `W.` in `George W. Bush`.
fn is_middle_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next(), chars.next()), (Some(c), Some('.'), None) if c.is_uppercase())
}

/// `U.S.`, `U.K.`, `E.U.`: single letters with periods.
fn is_initials(word: &str) -> bool {
    let parts: Vec<&str> = word.trim_end_matches('.').split('.').collect();
    parts.len() >= 2 && parts.iter().all(|p| p.chars().count() == 1)
}

/// After initials at `end`: is the next word capitalized after a space at the end of text?
fn ends_text_sentence(text: &str, end: usize) -> bool {
    text[end..].trim().is_empty()
}

static NAME_PARTICLES: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(&[
        "de", "da", "di", "del", "della", "van", "von", "der", "den", "bin", "ibn", "al", "el",
        "la", "le", "du", "dos", "das", "ben", "y", "e", "arap",
        // (`Ramil Rafiq oglu Hasanzade`: Turkic patronymics, son or daughter of.)
        "oglu", "oğlu", "ogly", "uulu", "kyzy", "qizi", "gizi",
    ])
});

/// A token that can start or continue a person's name.
pub fn is_name_particle(word: &str) -> bool {
    NAME_PARTICLES.contains(word)
}

static SPEECH_VERBS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(&[
        "said",
        "says",
        "say",
        "saying",
        "told",
        "tells",
        "telling",
        "added",
        "adds",
        "adding",
        "urged",
        "urges",
        "urging",
        "warned",
        "warns",
        "warning",
        "insisted",
        "insists",
        "asked",
        "asks",
        "noted",
        "notes",
        "stated",
        "declared",
        "proclaimed",
        "proclaims",
        "declares",
        "stressed",
        "stresses",
        "explained",
        "explains",
        "agreed",
        "agrees",
        "wrote",
        "writes",
        "writing",
        "tweeted",
        "posted",
        "argued",
        "argues",
        "claimed",
        "claims",
        "replied",
        "replies",
        "responded",
        "announced",
        "announces",
        "commented",
        "commenting",
        "stating",
        "condemned",
        "denounced",
        "denounces",
        "continued",
        "continues",
        "remarked",
        "acknowledged",
        "admitted",
        "conceded",
        "predicted",
        "recalled",
        "vowed",
        "vows",
        "pledged",
        "promised",
        "cautioned",
        "complained",
        "emphasized",
        "emphasised",
        "described",
        "characterized",
        "characterised",
        "characterizing",
        "characterising",
        "termed",
        "branded",
        "describing",
        "dismissed",
        "dismisses",
        "expressed",
        "expresses",
        "called",
        "calling",
        "proposed",
        "suggested",
        // (`…, indicating he would have more to say "in short order."`.)
        "indicating",
        "assured",
        "maintained",
        "observed",
        "quipped",
        "joked",
        "boasted",
        "charged",
        "accused",
        "demanded",
        "reiterated",
        "confirmed",
        "denied",
        "hailed",
        "praised",
        "criticized",
        "criticised",
        "testified",
        "appealed",
        "answered",
        "reported",
        "asserted",
        "contended",
        "countered",
        "recounted",
        "shouted",
        "wondered",
        "affirmed",
        "concluded",
        "indicated",
        "mentioned",
        "pointed",
    ])
});

/// Present-tense verbs of features and Wikinews that report speech only after a person's
/// name (`Zardari states that …`, `Howard denies that …`): other subjects share them (`the
/// letter states`, `Western calls`, `the ITC confirms`), so they are no [`is_speech_verb`].
pub fn is_present_tense_report(word: &str) -> bool {
    matches!(
        word,
        "states"
            | "calls"
            | "denies"
            | "accuses"
            | "describes"
            | "suggests"
            | "admits"
            | "concedes"
            | "predicts"
            | "responds"
            | "asserts"
            | "confirms"
            | "complains"
            | "acknowledges"
    )
}

/// Verbs that introduce or close a quotation (`said`, `told`, `urged`…), in all their forms.
pub fn is_speech_verb(word: &str) -> bool {
    SPEECH_VERBS.contains(word)
}

static INVERSION_VERBS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(&[
        "said",
        "says",
        // The present tense of features and Wikinews (`argues Norton in the paper`).
        "adds",
        "argues",
        "writes",
        "insists",
        "warns",
        "explains",
        "notes",
        "claims",
        "asks",
        "continues",
        "stresses",
        "added",
        "asked",
        "wrote",
        "continued",
        "explained",
        "insisted",
        "warned",
        "declared",
        "replied",
        "stated",
        "noted",
        "remarked",
        "recalled",
        "cautioned",
        "stressed",
        "argued",
        "responded",
        "complained",
        "conceded",
        "admitted",
        "acknowledged",
        "observed",
        "quipped",
        "joked",
        "urged",
        "answered",
        "concluded",
        "tweeted",
        "posted",
        "predicted",
        "commented",
        "countered",
        "suggested",
        "agreed",
        "charged",
        "claimed",
        "maintained",
    ])
});

/// Speech verbs that can stand before their subject after a quote (`“…,” said Cooper`).
pub fn is_inversion_verb(word: &str) -> bool {
    INVERSION_VERBS.contains(word)
}

static VERB_FILLERS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(&[
        "also",
        "later",
        "earlier",
        "then",
        "again",
        "further",
        "previously",
        "reportedly",
        "separately",
        "once",
        "recently",
        "repeatedly",
        "has",
        "had",
        "have",
        "was",
        "is",
        "were",
        "been",
        "quoted",
        "as",
        "would",
        "will",
        "on",
        "today",
        "yesterday",
        "tonight",
        "last",
        "week",
        "simply",
        "merely",
        "only",
        "similarly",
        "likewise",
        "bluntly",
        "flatly",
        "publicly",
        "privately",
        "subsequently",
        "himself",
        "herself",
        "however",
        "in",
        "a",
        "an",
        "the",
        "statement",
        "interview",
        "speech",
        "letter",
        "post",
        "briefing",
        "conference",
        "news",
    ])
});

/// Words that may sit between a subject and its verb (`Peskov also said`, `was quoted as`).
pub fn is_verb_filler(word: &str) -> bool {
    VERB_FILLERS.contains(word) || is_weekday(word)
}

/// Days of the week (`said Wednesday`).
pub fn is_weekday(word: &str) -> bool {
    matches!(
        word,
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
    )
}

/// `R-Minn`, `D-IL`, `I-Vt.`: the party and state tag after a member of Congress's name.
pub fn is_party_state_tag(text: &str) -> bool {
    let Some(state) = ["R-", "D-", "I-"]
        .into_iter()
        .find_map(|party| text.strip_prefix(party))
    else {
        return false;
    };
    state.starts_with(|c: char| c.is_ascii_uppercase())
        && state.len() <= 6
        && state.chars().all(|c| c.is_ascii_alphabetic() || c == '.')
}

/// Pronouns that refer back to a speaker.
pub fn is_pronoun(lower: &str) -> bool {
    matches!(lower, "he" | "she" | "they" | "it" | "we" | "i")
}

/// Words of official titles and descriptions (`Foreign Secretary`, `spokesman`, `adviser`),
/// and hyphenated compounds of them (`Vice-Premier`, `vice-chairman`).
pub fn is_title_word(lower: &str) -> bool {
    listed_title_word(lower)
        || split_at_first_hyphen(lower).is_some_and(|(first, rest)| {
            !first.is_empty() && listed_title_word(first) && is_title_word(rest)
        })
}

/// `word.split_once('-')` by a plain byte loop: it runs on every word, and words are short
/// enough that the library's character search costs more than the scan.
pub fn split_at_first_hyphen(word: &str) -> Option<(&str, &str)> {
    let at = word.bytes().position(|b| b == b'-')?;
    Some((&word[..at], &word[at + 1..]))
}

/// The part of `word` after its last hyphen (`vice-minister` → `minister`), or all of it;
/// `word.rsplit('-').next()` by a byte loop, as [`split_at_first_hyphen`].
pub fn after_last_hyphen(word: &str) -> &str {
    word.bytes()
        .rposition(|b| b == b'-')
        .map_or(word, |at| &word[at + 1..])
}

/// Offices of firms and the trade's commentators (`CEO`, `economist`): titles that keep the
/// firm out of a name (`Apple CEO Steve Jobs`) but give no country.
pub fn is_business_title(lower: &str) -> bool {
    matches!(
        lower,
        "ceo" | "cfo" | "coo" | "founder" | "co-founder" | "economist" | "analyst" | "strategist"
    )
}

/// Occupations outside government, of universities and research (`a professor of North
/// Korean studies`) or trades (`an Afghan trader`): an apposition of them places its holder in
/// no state's service.
pub fn is_private_occupation(lower: &str) -> bool {
    matches!(
        lower,
        "professor"
            | "lecturer"
            | "researcher"
            | "scholar"
            | "trader"
            | "dealer"
            | "broker"
            | "stockbroker"
            | "banker"
            | "businessman"
            | "businesswoman"
            | "correspondent"
    )
}

/// The capitalized plural of an office shared by the names that follow (`Vice-Premiers Li
/// Peng and Tian Jiyun`); lowercase (`briefed the ministers`) it is no title.
fn is_plural_title(lower: &str) -> bool {
    lower.strip_suffix('s').is_some_and(|singular| {
        let office = after_last_hyphen(singular);
        is_plural_office(office) && is_title_word(singular)
    })
}

/// Offices whose plural stands before names like a title (`Foreign Ministers`, `Presidents`).
pub fn is_plural_office(word: &str) -> bool {
    matches!(
        word,
        "minister" | "premier" | "president" | "ambassador" | "envoy" | "senator" | "governor"
    )
}

static TITLE_WORDS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(&[
        "president",
        "vice",
        "prime",
        "minister",
        "secretary",
        "foreign",
        "defense",
        "defence",
        "finance",
        "trade",
        "interior",
        "economy",
        "economic",
        "economics",
        "state",
        "deputy",
        "chief",
        "head",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "manager",
        "adviser",
        "advisor",
        "aide",
        "envoy",
        "ambassador",
        "chancellor",
        "premier",
        // `PM Jose Maria Aznar`; Ireland's head of government (`Taoiseach Bertie Ahern`).
        "pm",
        "taoiseach",
        "prosecutor",
        "king",
        "queen",
        "prince",
        "princess",
        "sheikh",
        "emir",
        "general",
        "gen.",
        "lieutenant",
        "lt.",
        "maj.",
        // (`Brig. Abdullah al-Mohannadi`.)
        "brig.",
        "colonel",
        "col.",
        "admiral",
        // (`Rear Adm. Gregory Smith`.)
        "adm.",
        "rear",
        "commodore",
        "brigadier",
        "captain",
        "marshal",
        "commander",
        "senator",
        "sen.",
        "rep.",
        "representative",
        "congressman",
        "congresswoman",
        "governor",
        "mayor",
        "chairman",
        "chair",
        "chairwoman",
        "chairperson",
        "director",
        "official",
        "diplomat",
        "source",
        "negotiator",
        "leader",
        "counterpart",
        "commissioner",
        "mr.",
        "mrs.",
        "ms.",
        "dr.",
        "professor",
        "prof.",
        "democratic",
        "democrat",
        "republican",
        "conservative",
        "greens",
        "liberal",
        "socialist",
        "communist",
        "prof",
        "dr",
        "mr",
        "mrs",
        "ms",
        // Commonwealth parliaments' honorifics (`Hon Benson-Pope said`, `the Rt Hon. X`).
        "hon",
        "hon.",
        "honourable",
        "honorable",
        "rt",
        "rt.",
        "gen",
        "sen",
        "gov",
        "gov.",
        "lt",
        "col",
        "sgt",
        "capt",
        "judge",
        "justice",
        "attorney",
        "speaker",
        "delegate",
        "coordinator",
        "co-ordinator",
        "administrator",
        // Business offices (`Apple CEO Steve Jobs`), so the firm and the office stay out of
        // the name; and the suffixes of offices not yet taken up (`President-elect`,
        // `Minister-designate`).
        // Police ranks (`Superintendent Neil Smith said`).
        "superintendent",
        // Heads of provinces and departments (`East Flores Regent X`, `the prefect of Ariège`).
        "regent",
        "prefect",
        "inspector",
        "detective",
        "constable",
        "sergeant",
        "ceo",
        "cfo",
        "coo",
        "founder",
        "co-founder",
        "co-director",
        "co-chair",
        "co-chairman",
        "co-chairwoman",
        "co-leader",
        "economist",
        "analyst",
        "strategist",
        "elect",
        "designate",
        "executive",
        "secretary-general",
        "undersecretary",
        "under-secretary",
        "assistant",
        "senior",
        "top",
        "former",
        "acting",
        "then",
        "affairs",
        "national",
        "security",
        "policy",
        "relations",
        "cabinet",
        "army",
        "military",
        "intelligence",
        "navy",
        "treasury",
        "agriculture",
        "energy",
        "health",
        "labor",
        "labour",
        "industry",
        "commerce",
        "development",
        "cooperation",
        "international",
        "presidential",
        "press",
        "representative's",
        "pope",
        "cardinal",
        "archbishop",
        "bishop",
        "rabbi",
        "imam",
        // (`Its president, the Reverend Everton Bailey,`.)
        "reverend",
        "rev.",
        "ayatollah",
        "monarch",
        "sultan",
        "crown",
        "lord",
        "lady",
        "sir",
        "dame",
        "mp",
        "lawmaker",
        "politician",
        "councilor",
        "councillor",
        // (`Councilman Darrell L. Clarke`, `Assemblyman Mark Leno`: a council's or an
        // assembly's elected member.)
        "councilman",
        "councilwoman",
        "assemblyman",
        "assemblywoman",
        "alderman",
        "solicitor",
        // (`Sgt. Nick Muyo`, `Capt. Yael Harman`, `Sheik Ali Mohamud Rage`, `Hojatoleslam
        // Akbar Hashemi Rafsanjani`, `MEP Michel Rocard`, `Sheriff Sam Page`, `Doctor Michael
        // Cullen`, `Filmmaker Merlin Miller`: ranks, honorifics and roles before a name.)
        "sgt.",
        "capt.",
        "cpl.",
        "pvt.",
        "sheik",
        "hojatoleslam",
        "mep",
        "sheriff",
        "doctor",
        "filmmaker",
        "investor",
        "climatologist",
        "correspondent",
        "legislator",
        "strongman",
        "dictator",
        "ruler",
        "analyst",
        "critic",
        "member",
        "economist",
        "expert",
        "researcher",
        "activist",
        "lawyer",
        "ombudsman",
        "ombudswoman",
        "candidate",
        "opposition",
        "party",
        "bloc",
        "alliance",
        "union",
        "chancellery",
        "communications",
        "parliamentary",
        "ex",
        "veteran",
        "longtime",
        "incoming",
        "outgoing",
        "interim",
        "special",
        "permanent",
        // (`Principal Secretary X`, Kenya's head of a ministry's department.)
        "principal",
        "high",
        "commissioner's",
        "rapporteur",
        "mediator",
        "chiefs",
        "staff",
        "general's",
        "attache",
        "counsellor",
        "counselor",
        "consul",
        "trade-representative",
        "vice-president",
        "deputy-minister",
        "minister-president",
        "first",
        "lady's",
        "son-in-law",
        "secretary's",
        // Trades that stand before a name like a title (`Miami Beach broker George Fox`).
        "broker",
        "brokers",
        "stockbroker",
        "stockbrokers",
        "banker",
        "dealer",
        "trader",
        "businessman",
        "businesswoman",
        "treasurer",
        // A party's manager in parliament (`opposition whip X`, `Chief Whip X`).
        "whip",
        // (`SEC Chief Accountant X`, `State Controller X`.)
        "accountant",
        "controller",
        "comptroller",
        "consultant",
        "strategist",
        "rep",
        "rear-admiral",
    ])
});

fn listed_title_word(lower: &str) -> bool {
    TITLE_WORDS.contains(lower)
}

static CAPITALIZED_STOPWORDS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(&[
        "The",
        "A",
        "An",
        "But",
        "And",
        "Or",
        "After",
        "Asked",
        // (`Says Rumsfeld, "…"`: a sentence opening with its verb; not `Said`, which is
        // also a name: `Abdourahim Said Bacar`.)
        "Says",
        "Adds",
        "Added",
        "In",
        "On",
        "At",
        "When",
        "While",
        "Later",
        "However",
        "Meanwhile",
        "Since",
        "If",
        "As",
        "Also",
        "This",
        "That",
        "These",
        "Those",
        "It",
        "He",
        "She",
        "They",
        "We",
        "I",
        "His",
        "Her",
        "Their",
        "Its",
        "Our",
        "My",
        "Speaking",
        "Under",
        "Many",
        "Where",
        "What",
        "Who",
        "Why",
        "How",
        "There",
        "Here",
        "For",
        "From",
        "With",
        "Without",
        "By",
        "To",
        "Of",
        "Some",
        "Both",
        "All",
        "Still",
        "Yet",
        "So",
        "Then",
        "Now",
        "Earlier",
        "Before",
        "During",
        "According",
        "Despite",
        "Although",
        "Though",
        "Because",
        "Once",
        "Until",
        "Even",
        "Unlike",
        "Like",
        "Among",
        "Between",
        "Over",
        "Against",
        "About",
        "Addressing",
        "Responding",
        "Writing",
        "Saying",
        "Welcoming",
        "Referring",
        "Mr",
        "Mrs",
        "Ms",
        "Today",
        "Yesterday",
        "Tomorrow",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "Reuters",
        "AP",
        "AFP",
        "Associated",
        "Press",
        "Sources",
        "Officials",
        "Economists",
        "Dealers",
        "Traders",
        "Bankers",
        "Brokers",
        "Investors",
        "Experts",
        "Observers",
        "Residents",
        "Witnesses",
        "Lawmakers",
        "Legislators",
        "Negotiators",
        "Delegates",
        "Ministers",
        "Leaders",
        "Authorities",
        "Police",
        "Investigators",
        "Protesters",
        "Activists",
        "Rebels",
        "Militants",
        "Soldiers",
        "Troops",
        "Aides",
        "Advisers",
        "Envoys",
        "Members",
        "Participants",
        "Organisers",
        "Organizers",
        "Spokesmen",
        "Industry",
        "Government",
        "Diplomats",
        "Analysts",
        "Critics",
        "Several",
        "Other",
        "Another",
        "Each",
        "Every",
        "No",
        "Not",
        "One",
        "Two",
        "Three",
        "Few",
        "Most",
        "More",
        "Such",
        "Only",
        "Just",
        "Instead",
        "Following",
        "Amid",
        "Within",
        "Through",
        "Throughout",
        "Toward",
        "Towards",
        "Upon",
        "Ahead",
        "Outside",
        "Inside",
        "Following,",
        "Besides",
        "Beyond",
        "Aside",
        "Apart",
        "Except",
        "Regarding",
        "Concerning",
        "Notwithstanding",
        "Unless",
        "Whereas",
        "Whether",
        "Nor",
        "Neither",
        "Either",
        "Across",
        "Along",
        "Around",
        "Thanks",
        "Democrats",
        "Republicans",
        "Voters",
        "Lawyers",
    ])
});

/// Capitalized words that are not names: sentence openers, months and the like.
pub fn is_capitalized_stopword(word: &str) -> bool {
    CAPITALIZED_STOPWORDS.contains(word)
}

static INSTITUTION_WORDS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(&[
        "Ministry",
        "Council",
        "Commission",
        "Office",
        "Department",
        "Union",
        "Party",
        "Agency",
        "Bank",
        "Fund",
        "Army",
        "Forces",
        "Government",
        "Committee",
        "Court",
        "Parliament",
        "Assembly",
        "Senate",
        "Congress",
        "Cabinet",
        "Embassy",
        "Mission",
        "Organization",
        "Organisation",
        "Association",
        "Group",
        "Company",
        "Corporation",
        "Institute",
        "University",
        "Federation",
        "Alliance",
        "Bureau",
        "Authority",
        "Administration",
        "Secretariat",
        "Headquarters",
        "Board",
        "Body",
        "Service",
        "Police",
        "News",
        "Times",
        "Post",
        "Journal",
        "Television",
        "Radio",
        "Agency's",
        "Press",
        "Inc",
        "Corp",
        "Ltd",
        "Co",
        // Company forms and bodies that speak as such (`Lufthansa AG`, `Chamber of Mines`).
        "Incorporated",
        "AG",
        "Spa",
        "SpA",
        "Plc",
        "PLC",
        "NV",
        "Industrie",
        "Industries",
        "Securities",
        "Holdings",
        "Chamber",
        "Exchange",
        "Trust",
        "County",
        "City",
        "TV",
        "Globe",
        "Rights",
        "Movement",
        "Front",
        "Command",
        "Guard",
        "Navy",
        "Coalition",
        "Summit",
        "Conference",
        "Talks",
        "Treaty",
        "Accord",
        "Agreement",
        "Plan",
        "Initiative",
        "Program",
        "Programme",
        "Palace",
        "House",
        "Street",
        "Hall",
        "Square",
        "Airport",
        "Sea",
        "Ocean",
        "River",
        "Gulf",
        "Strait",
        "Canal",
        "Corridor",
        "Region",
        "Province",
        "State",
        "States",
        "Republic",
        "Kingdom",
        "Nations",
        "Emirates",
        "Islands",
        "War",
        "Crisis",
        "Day",
        "Force",
        "Gazette",
        "Fed",
        "Address",
        "Herald",
        "Tribune",
        "Daily",
        "Telegraph",
        "Chronicle",
        "Courier",
        "Monitor",
        "Network",
        "Channel",
        "Magazine",
        "Newspaper",
        "Foundation",
        "Center",
        "Centre",
    ])
});

/// Words that make a capitalized phrase an institution rather than a person.
pub fn is_institution_word(word: &str) -> bool {
    // `Inc.`, `Co.` keep their period as abbreviations.
    let word = word.trim_end_matches('.');
    INSTITUTION_WORDS.contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text, 0).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn a_slash_parts_two_names_but_not_a_company_suffix_or_lowercase_words() {
        assert_eq!(
            words("the Boren/Boschwitz plan"),
            ["the", "Boren", "/", "Boschwitz", "plan"]
        );
        assert_eq!(words("Novo Industri A/S"), ["Novo", "Industri", "A", "S"]);
        assert_eq!(
            words("musician/activist Bono"),
            ["musician", "activist", "Bono"]
        );
    }

    #[test]
    fn a_wiki_heading_left_inside_a_paragraph_is_a_sentence_of_its_own() {
        assert_eq!(
            words("live coverage. ===Reaction from China=== Andrew Yang said"),
            ["live", "coverage", ".", "Reaction", "from", "China", ".", "Andrew", "Yang", "said"]
        );
        // (A list item opened by an asterisk after a space too; not one inside a word.)
        assert_eq!(
            words("in French: *Visitor : go *Sarkozy : no; S&P*"),
            [
                "in", "French", ":", ".", "Visitor", ":", "go", ".", "Sarkozy", ":", "no", ";",
                "S&P"
            ]
        );
    }

    #[test]
    fn a_period_after_a_parenthesis_before_a_lowercase_word_ends_no_sentence() {
        assert_eq!(
            words("Rep. Martin Frost (D-Tex.). told Reuters."),
            ["Rep.", "Martin", "Frost", "(", "D-Tex", ")", "told", "Reuters", "."]
        );
        // (Before a capital it does.)
        assert_eq!(
            words("(in Tokyo). The yen rose."),
            ["(", "in", "Tokyo", ")", ".", "The", "yen", "rose", "."]
        );
    }

    #[test]
    fn an_honorific_run_into_the_name_is_a_word_of_its_own() {
        assert_eq!(words("Mr.Bush said"), ["Mr.", "Bush", "said"]);
        assert_eq!(
            words("Dr.Cox and Mrs.Thatcher"),
            ["Dr.", "Cox", "and", "Mrs.", "Thatcher"]
        );
        // (Not initials: `Ms.` alone, or a lowercase run.)
        assert_eq!(words("Ms. Ruiz"), ["Ms.", "Ruiz"]);
    }

    #[test]
    fn keeps_initials_and_abbreviations_and_splits_sentence_periods() {
        assert_eq!(
            words("said U.K. Foreign Secretary Yvette Cooper. Mr. Sybiha"),
            [
                "said",
                "U.K.",
                "Foreign",
                "Secretary",
                "Yvette",
                "Cooper",
                ".",
                "Mr.",
                "Sybiha"
            ]
        );
    }

    #[test]
    fn possessives_are_flagged() {
        let t = tokenize("Putin’s adviser", 0);
        assert_eq!(t[0].text, "Putin");
        assert!(t[0].possessive);
        assert_eq!(t[1].start, "Putin’s ".len());
    }

    #[test]
    fn a_possessive_typed_with_a_double_quote_is_flagged() {
        let t = tokenize("Kuwait\"s Oil Minister said", 0);
        assert_eq!(t[0].text, "Kuwait");
        assert!(t[0].possessive);
        assert_eq!(t[1].text, "Oil");
    }

    #[test]
    fn a_possessive_set_apart_belongs_to_the_word_before() {
        let t = tokenize("Canada 's Prime Minister and The 's party", 0);
        assert_eq!(t[0].text, "Canada");
        assert!(t[0].possessive);
        assert_eq!(t[1].text, "Prime");
        // (`The 's`: the owner's name was lost; an article owns nothing.)
        assert_eq!(t[4].text, "The");
        assert!(!t[4].possessive);
    }

    #[test]
    fn hyphenated_names_stay_whole() {
        assert_eq!(
            words("Lho Shin-yong, who"),
            ["Lho", "Shin-yong", ",", "who"]
        );
    }
}
