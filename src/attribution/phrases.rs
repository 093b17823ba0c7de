//! Noun phrases around speech verbs: who is the subject of `said`, `told`, `urged`?
//!
//! A phrase is read word by word into labels (name, title, gazetteer term, institution) and
//! becomes a [`Subject`]: a named person with the title words and country the phrase gives,
//! a pronoun, a description (`the minister`), an institution (`the Kremlin`) or someone unnamed.

use super::gazetteer::{Entity, Gazetteer, TermKind};
use super::tokens::{
    is_capitalized_stopword, is_institution_word, is_name_particle, is_pronoun, Token,
};

/// Who a phrase refers to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    /// A person by name (`Yvette Cooper`, or only `Cooper`).
    Named {
        /// Name words.
        words: Vec<String>,
        /// Lowercase title words around the name (`foreign`, `secretary`).
        titles: Vec<String>,
        /// Country the phrase gives (`U.K. Foreign Secretary` → United Kingdom).
        country: Option<usize>,
        /// Country of a title that mostly means it (`Treasury Secretary`): used when
        /// neither the phrase nor the dateline gives one.
        usual_country: Option<usize>,
        /// The title names some other body or person (`New York Fed President`, `Putin's
        /// adviser`): the dateline's country is no safe guess for this person.
        qualified: bool,
    },
    /// `he`, `she`, `they`, `it`.
    Pronoun(String),
    /// `the minister`, `the country's foreign minister` (definite) or `an official`.
    Description {
        /// The last title word (`minister`).
        head: String,
        /// `the …` or a possessive, as opposed to `a …`.
        definite: bool,
        /// Whom an official's description says they speak for (`the Iranian spokesman`).
        country: Option<Allegiance>,
        /// The title words before the head (`the trade minister` → `trade`): which of the
        /// dispatch's ministers it means.
        qualifiers: Vec<String>,
    },
    /// An institution speaking (`the Kremlin`, `NATO`, `the Foreign Ministry`).
    Organization(String),
    /// Someone the text does not name (`officials`, `a diplomat`), with the country an
    /// official's description gives (`Iranian officials`).
    Unnamed(Option<Allegiance>),
}

/// Whom an unnamed official speaks for, as their description says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Allegiance {
    /// A country the description names (`an Israeli official`, `the president of Iran`).
    Country(usize),
    /// The government of the dispatch's own country (`a senior Foreign Ministry official` in
    /// a TOKYO dispatch), as wire style leaves it unnamed.
    LocalGovernment,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Label {
    Name,
    Particle,
    Title,
    Place(Entity, TermKind),
    Institution,
    Determiner,
    Other,
}

/// Can this token be part of a subject phrase?
fn is_phrase_word(t: &Token<'_>) -> bool {
    if t.punct {
        return false;
    }
    t.is_capitalized() || t.is_title() || is_name_particle(t.text)
}

/// `He Weiling said`, `He Kang, China's agriculture minister,`: the Chinese surname He, not the
/// pronoun, before a capitalized word that is no common word, title, body or place.
pub fn is_surname_he(tokens: &[Token<'_>], k: usize) -> bool {
    tokens[k].text == "He"
        && tokens.get(k + 1).is_some_and(|given| {
            !given.punct
                && given.is_capitalized()
                && !given.is_title()
                && !is_capitalized_stopword(given.text)
                && !is_institution_word(given.text)
                && !super::tokens::is_weekday(given.lower())
                && Gazetteer::get().lookup(given.text).is_none()
        })
}

/// `of` inside a title: `Secretary of State`, `Minister of Foreign Affairs`.
/// Also `the` in `Chancellor of the Exchequer`, `for` in `Minister for Foreign Affairs`,
/// `Minister of State for Trade`, `special envoy for Sudan`, and `to` in `Ambassador to Iraq`.
fn is_title_of(tokens: &[Token<'_>], k: usize) -> bool {
    let capitalized_at = |i: usize| tokens.get(i).is_some_and(|t| t.is_capitalized());
    // (`St. Kitts and Nevis Foreign Minister X`, `Ambassador to the Organisation for Economic
    // Cooperation and Development X`: a function word inside a name the gazetteer knows.)
    let inside_a_name = || {
        (k.saturating_sub(6)..k).any(|start| {
            tokens[start].is_capitalized()
                && Gazetteer::get()
                    .longest_match(tokens[start..].iter().take(10).map(|t| t.text))
                    .is_some_and(|(n, _, _)| start + n > k + 1)
        })
    };
    if matches!(tokens[k].text, "and" | "for" | "of" | "the")
        && capitalized_at(k + 1)
        && inside_a_name()
    {
        return true;
    }
    match tokens[k].text {
        "for" | "to" => {
            k > 0
                && (capitalized_at(k + 1)
                    || (tokens.get(k + 1).is_some_and(|t| t.text == "the")
                        && capitalized_at(k + 2)))
                && (tokens[k - 1].is_title()
                    // `Minister of State for`: the domain of an `of` before.
                    || (k > 1 && tokens[k - 2].text == "of" && tokens[k - 1].is_capitalized()))
        }
        // `Minister in the Presidency X`, `Minister in the Prime Minister's Office X`: a
        // minister without a ministry of his own, seated in the head of state's office.
        "in" => {
            k > 0
                && tokens[k - 1].text == "Minister"
                && tokens.get(k + 1).is_some_and(|t| t.text == "the")
                && capitalized_at(k + 2)
        }
        // `Senator from Ohio Mike DeWine`: a legislator's region.
        "from" => {
            k > 0
                && matches!(
                    tokens[k - 1].lower(),
                    "senator" | "representative" | "congressman" | "congresswoman" | "lawmaker"
                )
                && capitalized_at(k + 1)
        }
        "of" => {
            k > 0
                // `Chamber of Commerce president X`, `Bank of England`.
                && (tokens[k - 1].is_title()
                    || (tokens[k - 1].is_capitalized() && is_institution_word(tokens[k - 1].text)))
                && (capitalized_at(k + 1)
                    || (tokens.get(k + 1).is_some_and(|t| t.text == "the")
                        && capitalized_at(k + 2)))
        }
        "the" => {
            k > 0
                && matches!(tokens[k - 1].text, "of" | "for" | "to" | "in")
                && is_title_of(tokens, k - 1)
        }
        // `Minister for the Environment and Energy Security`: a domain of two parts, after
        // `the` (no name follows an article: `Secretary of State X and Y` is two people).
        // (`Agriculture and Livestock Development Minister`: or two portfolios before a title.)
        "and" => {
            let after_the_domain = (k.saturating_sub(3)..k).any(|the| {
                tokens[the].text == "the"
                    && the > 0
                    && is_title_of(tokens, the)
                    && tokens[the + 1..k].iter().all(|t| t.is_capitalized())
            });
            let portfolios = k > 0
                && tokens[k - 1].is_capitalized()
                && is_portfolio_word(tokens[k - 1].lower())
                && tokens[k + 1..]
                    .iter()
                    .take(4)
                    .take_while(|t| t.is_capitalized())
                    .any(|t| matches!(t.lower(), "minister" | "secretary"));
            // `Minister of Minerals and Energy X`, `Minister of Natural Resources and
            // Environment X`: the second part of an `of` domain is a portfolio, and no title
            // follows it (`Secretary of State Shultz and Defense Secretary X` is two people).
            // (`A Ministry of Foreign Economic Relations and Trade official`: a lowercase
            // office after it is the description's.)
            let after_the_of_domain = (k.saturating_sub(4)..k).any(|of| {
                // (After `for`, only portfolios: `Minister for Energy and Natural
                // Resources`, not `Vice President for Poverty Reduction and Economic
                // Management`, an office of no government.)
                let first_part = &tokens[of + 1..k];
                let part_ok = match tokens[of].text {
                    "of" => true,
                    // (`Minister for Climate Change and Energy X`: a portfolio and the word
                    // that completes it.)
                    "for" => {
                        first_part
                            .first()
                            .is_some_and(|t| is_portfolio_word(t.lower()))
                            && first_part[1..].iter().all(|t| {
                                is_portfolio_word(t.lower()) || completes_portfolio(t.lower())
                            })
                    }
                    _ => false,
                };
                part_ok && is_title_of(tokens, of) && first_part.iter().all(|t| t.is_capitalized())
            }) && second_portfolio_end(tokens, k + 1).is_some_and(
                |end| {
                    !tokens
                        .get(end)
                        .is_some_and(|t| t.is_title() && t.is_capitalized())
                },
            );
            // (`House Ways and Means Committee chairman X`: a legislature's committee.)
            let committee = (k.saturating_sub(3)..k).any(|chamber| {
                is_legislature_word(tokens[chamber].text)
                    && tokens[chamber..k]
                        .iter()
                        .all(|t| !t.punct && t.is_capitalized())
            }) && tokens[k + 1..]
                .iter()
                .take(4)
                .take_while(|t| !t.punct && t.is_capitalized())
                .any(|t| matches!(t.text, "Committee" | "Subcommittee"));
            capitalized_at(k + 1)
                && (after_the_domain || portfolios || after_the_of_domain || committee)
        }
        _ => false,
    }
}

/// The end of a portfolio of one or two capitalized words starting at `start` (`Energy`,
/// `Mineral Resources`, `Home Affairs`): the second part of a domain after `and`.
fn second_portfolio_end(tokens: &[Token<'_>], start: usize) -> Option<usize> {
    let portfolio = |t: &Token<'_>| {
        !t.punct && t.is_capitalized() && (is_portfolio_word(t.lower()) || t.lower() == "affairs")
    };
    let first = tokens
        .get(start)
        .filter(|t| !t.punct && t.is_capitalized())?;
    if portfolio(first) {
        return Some(start + 1);
    }
    tokens
        .get(start + 1)
        .filter(|t| portfolio(t) && !first.is_title())
        .map(|_| start + 2)
}

/// `a spokesman for the White House`, `for the Pentagon`: the seat of government of `n` words
/// at `k` is what someone speaks for (not a body named after it: `for the Kremlin Press
/// Office`, `for the Manila ICRC office`).
pub fn speaks_for_seat(tokens: &[Token<'_>], k: usize, n: usize) -> bool {
    let after_for = (k >= 1 && tokens[k - 1].lower() == "for")
        || (k >= 2 && tokens[k - 1].lower() == "the" && tokens[k - 2].lower() == "for");
    after_for && !tokens.get(k + n).is_some_and(|t| t.is_capitalized())
}

/// A preposition or conjunction: no adjective of a title.
pub fn is_function_word(lower: &str) -> bool {
    matches!(
        lower,
        "by" | "of" | "for" | "in" | "to" | "with" | "at" | "from" | "on" | "and" | "or"
    )
}

/// The phrase starting at `i`: a pronoun, or an optional determiner and phrase words.
pub fn phrase_forward(tokens: &[Token<'_>], i: usize) -> std::ops::Range<usize> {
    let Some(first) = tokens.get(i) else {
        return i..i;
    };
    let lower = first.lower();
    if is_pronoun(lower) && !first.punct && !is_surname_he(tokens, i) {
        return i..i + 1;
    }
    let mut j = i;
    let article = matches!(lower, "the" | "a" | "an");
    if article {
        j += 1;
        // `a western diplomat`, `an unnamed local official`: lowercase adjectives before a
        // title belong to the phrase; so do the ones before a nationality or a body
        // (`an unnamed U.S. official`).
        let adjectives = tokens[j..]
            .iter()
            .take(3)
            .take_while(|t| !t.punct && !t.is_capitalized() && !t.is_title())
            .count();
        let to_title = |k: usize| tokens.get(k).is_some_and(|t| !t.punct && t.is_title());
        let via_capitalized = |k: usize| {
            tokens
                .get(k)
                .is_some_and(|t| !t.punct && t.is_capitalized())
                && (k + 1..tokens.len().min(k + 4))
                    .take_while(|&m| tokens[m].is_capitalized() || tokens[m].is_title())
                    .any(to_title)
        };
        // (Adjectives only: `The call by U.S. Deputy Trade Representative X` is no phrase.)
        let function_word = tokens[j..j + adjectives]
            .iter()
            .any(|t| is_function_word(t.lower()));
        if adjectives > 0
            && adjectives < 3
            && (to_title(j + adjectives) || (!function_word && via_capitalized(j + adjectives)))
        {
            j += adjectives;
        }
    }
    while j < tokens.len() && (is_phrase_word(&tokens[j]) || is_title_of(tokens, j)) {
        let possessive = tokens[j].possessive;
        j += 1;
        // `Putin's adviser X` continues; a possessive at a lowercase word ends the phrase,
        // unless one or two adjectives lead to a title (`Indonesia's coordinating minister`,
        // and so after an article: `an Armenian government official`).
        // (`The Minister for Health and Ageing X`: a function word inside the title goes on.)
        if (possessive || article)
            && !tokens.get(j).is_some_and(is_phrase_word)
            && !(tokens.get(j).is_some_and(|t| t.text == "and") && is_title_of(tokens, j))
        {
            let adjectives = tokens[j..]
                .iter()
                .take(2)
                .take_while(|t| !t.punct && !t.is_capitalized() && !t.is_title())
                .count();
            // (`The Leader of the Opposition X`; but not `the head of the national agency`:
            // after an article, only a capitalized title goes on with the phrase.)
            let article_inside = tokens[j..j + adjectives]
                .iter()
                .any(|t| matches!(t.lower(), "the" | "a" | "an"));
            let to_title = adjectives > 0
                && tokens.get(j + adjectives).is_some_and(|t| {
                    !t.punct && t.is_title() && (t.is_capitalized() || !article_inside)
                });
            if !to_title {
                break;
            }
            j += adjectives;
        } else if tokens.get(j).is_some_and(|t| {
            matches!(
                t.text,
                "provincial" | "regional" | "district" | "county" | "municipal"
            )
        }) {
            // (`said Nampula provincial health director X`: a region's level of the state
            // between its name and the office, when a title follows within two words.)
            let to_title = (j + 1..tokens.len().min(j + 3))
                .take_while(|&k| !tokens[k].punct && !tokens[k].is_capitalized())
                .any(|k| tokens[k].is_title());
            if to_title {
                j += 1;
            }
        } else if tokens[j - 1].is_capitalized()
            && tokens.get(j).is_some_and(|t| {
                !t.punct && !t.is_capitalized() && !t.is_title() && is_portfolio_word(t.lower())
            })
            && tokens
                .get(j + 1)
                .is_some_and(|t| !t.punct && !t.is_capitalized() && t.is_title())
        {
            // (`said Green housing spokeswoman X`: a party's or body's lowercase portfolio
            // before a lowercase title.)
            j += 1;
        } else if let Some(end) = portfolio_after_on(tokens, j) {
            j = end;
        }
    }
    // `Donald Rumsfeld's first interview`: a possessive's lowercase modifiers that no title
    // follows are the phrase's next noun's, not an office.
    let modifiers = tokens[i..j]
        .iter()
        .rev()
        .take_while(|t| t.text.bytes().all(|b| b.is_ascii_lowercase()) && is_title_modifier(t.text))
        .count();
    if modifiers > 0 && j - modifiers > i && tokens[j - modifiers - 1].possessive {
        j -= modifiers;
    }
    if j == i + 1 && article {
        return i..i;
    }
    // `Ruiz then took over`: `then` (as in `the then foreign minister`) qualifies a title after
    // it; ending the phrase, it is an adverb.
    while j > i + 1 && tokens[j - 1].lower() == "then" {
        j -= 1;
    }
    i..j
}

/// Title words that only modify the title after them (`first deputy`, `special envoy`,
/// `presidential spokesman`, `foreign minister`): a phrase that ends in one names no office.
fn is_title_modifier(word: &str) -> bool {
    matches!(
        word,
        "first"
            | "special"
            | "high"
            | "permanent"
            | "principal"
            | "interim"
            | "incoming"
            | "outgoing"
            | "ex"
            | "vice"
            | "prime"
            | "presidential"
            | "parliamentary"
            | "foreign"
            | "defense"
            | "defence"
            | "finance"
            | "trade"
            | "interior"
            | "economic"
            | "senior"
            | "top"
            | "former"
            | "acting"
            | "national"
            | "security"
            | "policy"
            | "press"
            | "crown"
            | "elect"
            | "designate"
    )
}

/// The phrase ending just before `end`.
pub fn phrase_backward(tokens: &[Token<'_>], end: usize) -> std::ops::Range<usize> {
    // (`A spokesman for Japan's foreign ministry said`: a title for a portfolio's ministry,
    // lowercase, is a phrase too; the ministry alone, `the Italian foreign ministry declared`,
    // is left to the rules for bodies.)
    let ministry = end >= 2
        && tokens[end - 1].lower() == "ministry"
        && !tokens[end - 2].punct
        && tokens[end - 2].is_title();
    if ministry {
        let range = phrase_backward(tokens, end - 1);
        let title_for = tokens[range.clone()]
            .iter()
            .any(|t| matches!(t.text, "for" | "of"));
        if title_for {
            return range.start..end;
        }
    }
    if end == 0 {
        return 0..0;
    }
    let last = &tokens[end - 1];
    // `King Juan Carlos I`: a regnal number after a name is no pronoun.
    let regnal =
        last.text == "I" && end >= 2 && !tokens[end - 2].punct && tokens[end - 2].is_capitalized();
    if !last.punct && is_pronoun(last.lower()) && !regnal {
        return end - 1..end;
    }
    let mut start = end;
    let walk_back = |mut start: usize| {
        while start > 0 && (is_phrase_word(&tokens[start - 1]) || is_title_of(tokens, start - 1)) {
            start -= 1;
        }
        start
    };
    start = walk_back(start);
    // (`Opposition spokeswoman on labour X said`: the portfolio after `on`.)
    if let Some(on) = (start.saturating_sub(3)..start.saturating_sub(1))
        .find(|&on| portfolio_after_on(tokens, on) == Some(start))
    {
        start = walk_back(on);
    }
    // (`Minister for Climate, Energy and the Environment X`: a listed portfolio with its
    // article belongs to the title before it, not to the name.)
    let listed_portfolio = start >= 3
        && tokens[start - 1].text == "the"
        && tokens[start - 2].text == "and"
        && tokens[start - 3].is_capitalized()
        && is_portfolio_word(tokens[start - 3].lower());
    if listed_portfolio {
        start = walk_back(start - 3);
    } else if start > 0 && matches!(tokens[start - 1].lower(), "the" | "a" | "an") {
        start -= 1;
    } else if start < end && tokens[start].is_title() {
        // `the planning minister`, `the group's president`: one or two lowercase words
        // between the article (or a possessive) and the title belong to the phrase, as in
        // `phrase_forward`; after `the` or `a`, so do a body's or a nationality's capitalized
        // words (`the White House budget chief`, `an Armenian government official`).
        for adjectives in 1..=3 {
            let Some(at) = start.checked_sub(adjectives + 1) else {
                break;
            };
            let words = &tokens[at + 1..start];
            if words.iter().any(|t| t.punct) {
                break;
            }
            let lowercase = words.iter().all(|t| !t.is_capitalized());
            let opener = &tokens[at];
            let article = matches!(opener.lower(), "the" | "a" | "an");
            if article && (lowercase || !words.iter().any(|t| t.possessive)) {
                start = at;
                break;
            }
            if lowercase && tokens[start - 1].possessive && opener.lower() == "the" {
                start = at;
                break;
            }
            // (`Uzbekistan's water minister`: a portfolio the title words do not list, after
            // the owner's possessive; a state's office, not `Clinton's campaign manager`.)
            let state_office = matches!(
                tokens[start].lower(),
                "minister"
                    | "spokesman"
                    | "spokeswoman"
                    | "spokesperson"
                    | "negotiator"
                    | "envoy"
                    // (`The International Monetary Fund's resident representative, X,`: an
                    // office whose owner may be a body; the gazetteer then tells which.)
                    | "representative"
                    | "director"
            );
            if lowercase
                && adjectives <= 2
                && state_office
                && opener.possessive
                && opener.is_capitalized()
            {
                // (The owner's whole name: `South Sudan's information minister`.)
                start = at;
                while start > 0 && !tokens[start - 1].punct && tokens[start - 1].is_capitalized() {
                    start -= 1;
                }
                break;
            }
        }
    }
    start..end
}

/// `expert in Tokyo Tomas de Hora`: a place right after a locative preposition is where the
/// person is, not part of their title; the phrase starts after it.
pub fn skip_located_place(
    tokens: &[Token<'_>],
    range: std::ops::Range<usize>,
    gazetteer: &Gazetteer,
) -> std::ops::Range<usize> {
    let located = range.start > 0
        && !tokens[range.start - 1].punct
        && matches!(tokens[range.start - 1].lower(), "in" | "at" | "near");
    if !located {
        return range;
    }
    let words: Vec<&str> = tokens[range.clone()].iter().map(|t| t.text).collect();
    match gazetteer.longest_match(&words) {
        Some((n, Entity::Country(_), _))
            if n < range.len() && !tokens[range.start + n - 1].possessive =>
        {
            range.start + n..range.end
        }
        _ => range,
    }
}

/// Reads a phrase into a [`Subject`]; `None` when it is empty.
pub fn analyze(tokens: &[Token<'_>], gazetteer: &Gazetteer) -> Option<Subject> {
    // `Michael Howard QC MP`, `Gordon Brown PC MP`: honours and seats written after a name
    // are no part of it; a seat in parliament is still a title.
    let postnominals = tokens
        .iter()
        .rev()
        .take_while(|t| is_postnominal(t.text))
        .count();
    let named_before = postnominals > 0
        && tokens.len() >= postnominals + 2
        && tokens[..tokens.len() - postnominals]
            .iter()
            .rev()
            .take(2)
            .all(|t| t.is_capitalized() && !t.is_title() && !t.punct && !is_acronym(t.text));
    if named_before {
        let (name, after) = tokens.split_at(tokens.len() - postnominals);
        let mut subject = analyze_phrase(name, gazetteer);
        if let Some(Subject::Named { titles, .. }) = &mut subject {
            titles.extend(
                after
                    .iter()
                    .filter(|t| t.is_title())
                    .map(|t| t.lower().to_string()),
            );
        }
        return subject;
    }
    analyze_phrase(tokens, gazetteer)
}

/// `MP`, `QC`, `OBE`: letters of a seat or an honour that follow a British or Commonwealth
/// name.
fn is_postnominal(word: &str) -> bool {
    matches!(
        word,
        "MP" | "QC" | "KC" | "PC" | "MEP" | "MSP" | "MLA" | "OBE" | "CBE" | "MBE" | "KBE"
    )
}

fn analyze_phrase(tokens: &[Token<'_>], gazetteer: &Gazetteer) -> Option<Subject> {
    // Phrases are short: their words go in a stack buffer, not a new Vec per phrase.
    let mut buffer = [""; 16];
    let collected: Vec<&str>;
    let words: &[&str] = if tokens.len() <= buffer.len() {
        for (slot, t) in buffer.iter_mut().zip(tokens) {
            *slot = t.text;
        }
        &buffer[..tokens.len()]
    } else {
        collected = tokens.iter().map(|t| t.text).collect();
        &collected
    };
    if words.is_empty() {
        return None;
    }
    // `lower()` is the word's `to_lowercase()` wherever it can match a list word or a title.
    if words.len() == 1 && is_pronoun(tokens[0].lower()) {
        return Some(Subject::Pronoun(tokens[0].lower().to_string()));
    }
    let labels = label(tokens, words, gazetteer);
    // The name is the run of name words at the end of the phrase.
    let mut name_start = labels.len();
    while name_start > 0 && matches!(labels[name_start - 1], Label::Name | Label::Particle) {
        name_start -= 1;
    }
    while name_start < labels.len() && labels[name_start] == Label::Particle {
        name_start += 1;
    }
    // The name and title strings are only built for a named subject (most phrases are not).
    let name = &words[name_start..];
    let has_titles = labels.contains(&Label::Title);
    let by_title = title_country(&tokens[..name_start], &labels[..name_start], gazetteer);
    // (`American Soybean Association President X`: a private body's office, whatever
    // country its name opens with; read only when there is a country to drop.)
    let country = phrase_country(&labels[..name_start])
        .or_else(|| by_title.filter(|(_, only)| *only).map(|(c, _)| c))
        .filter(|_| {
            // (Not a word of a country's own name: `Soviet Union`.)
            // (`Nigeria Labour Congress President X`: nor a congress of unions.)
            !tokens[..name_start]
                .iter()
                .zip(&labels)
                .enumerate()
                .any(|(j, (t, l))| {
                    !matches!(l, Label::Place(..))
                        && (is_private_body_name(t.text) || is_unions_congress(tokens, j))
                })
        });
    let usual_country = by_title
        .filter(|(_, only)| !only && country.is_none())
        .map(|(c, _)| c);
    let definite = labels.first() == Some(&Label::Determiner)
        && words[0].eq_ignore_ascii_case("the")
        || tokens.iter().any(|t| t.possessive);

    // `the Saudi Gazette`: a name after `the` is a title of a work or an institution.
    let institution_name = labels.first() == Some(&Label::Determiner) && name_start == 1;
    // `UNAIDS said`, `OPEC said`: an acronym alone is an organisation.
    if name.len() == 1 && is_acronym(name[0]) && !has_titles {
        return Some(Subject::Organization(name[0].to_string()));
    }
    // `BBC Brown Boveri und Cie <BBCZ.Z> said`: a name ending in a stock ticker is a company's.
    // (`a spokesman for Daimler-Benz AG <DAIG.F>`: someone of the company, unnamed.)
    if let Some(ticker) = name.last().filter(|w| is_ticker(w)) {
        if has_titles {
            return Some(Subject::Unnamed(None));
        }
        let company = phrase_text(&tokens[..tokens.len() - 1], &labels[..labels.len() - 1]);
        return Some(Subject::Organization(if company.is_empty() {
            (*ticker).to_string()
        } else {
            company
        }));
    }
    // `Dome Petroleum said`, `General Motors said`: a name ending in a word of firms' names is
    // a company's, not a person's.
    if name
        .last()
        .is_some_and(|w| super::people::is_private_body_word(w))
    {
        return Some(Subject::Organization(phrase_text(tokens, &labels)));
    }
    // `archbishop of Sao Paulo`: a city is no person's name. (The first word is checked
    // first: analysis runs for every phrase, and the lookup key is a new string.)
    let city = !name.is_empty()
        && gazetteer.may_start_city(tokens[name_start].lower())
        && gazetteer.city_country(&name.join(" ")).is_some();
    // `the President of Sinn Fein`, `head of Reform Judaism`: a few capitalized words after a
    // title's `of`, none of them a title's own (`Secretary of State George Shultz`), name the
    // body it heads, not its holder.
    let of = tokens[..name_start].iter().rposition(|t| t.lower() == "of");
    if let Some(of) = of.filter(|&of| of >= 1 && labels[of - 1] == Label::Title) {
        let body = &tokens[of + 1..];
        let names_body = body.len() <= 2
            && body
                .iter()
                .all(|t| t.is_capitalized() && !t.is_title() && !t.possessive)
            && !labels[of + 1..]
                .iter()
                .any(|l| matches!(l, Label::Place(..)));
        if names_body {
            return Some(Subject::Description {
                head: tokens[of - 1].lower().to_string(),
                definite,
                country: None,
                qualifiers: Vec::new(),
            });
        }
    }
    // `A spokesman for Russian President Vladimir Putin`, `an aide to Prime Minister X`: the
    // unnamed informant of the person named, speaking for that person's country.
    let informant_of = matches!(words[0], "a" | "an" | "A" | "An")
        .then(|| {
            tokens[..name_start].windows(2).position(|w| {
                matches!(
                    w[0].lower(),
                    "spokesman" | "spokeswoman" | "spokesperson" | "aide" | "adviser" | "advisor"
                ) && matches!(w[1].text, "for" | "to")
            })
        })
        .flatten()
        .filter(|_| !name.is_empty());
    // (Only of a titled person: `a spokesperson for Swedish retailer H&M` is the firm's.)
    let served = informant_of.and_then(|j| match analyze(&tokens[j + 2..], gazetteer) {
        Some(Subject::Named {
            country,
            usual_country,
            titles,
            ..
        }) if !titles.is_empty() => Some((country.or(usual_country), titles)),
        _ => None,
    });
    if let Some((country, titles)) = served {
        // (`an aide to Agriculture Secretary Richard Lyng`: a government's officer whom the
        // phrase gives no country serves the dispatch's own government.)
        let allegiance = country.map(Allegiance::Country).or_else(|| {
            titles
                .iter()
                .any(|t| super::people::is_government_title(t))
                .then_some(Allegiance::LocalGovernment)
        });
        return Some(Subject::Unnamed(allegiance));
    }
    if !name.is_empty()
        && name.len() <= 5
        && labels[name_start..].contains(&Label::Name)
        && !institution_name
        && !city
    {
        // `Energy and Mineral Resources Minister X`: only governments have ministers, so
        // capitalized words before one name its portfolio, not another body.
        let ministerial = tokens[..name_start]
            .iter()
            .any(|t| super::tokens::after_last_hyphen(t.lower()) == "minister");
        // (`Romblon Gov. X`, `East Flores Regent X`: before a province's head, up to three
        // words that no gazetteer places are the province, not another body.)
        let province_end = name_start.checked_sub(1).filter(|&head| {
            (1..=3).contains(&head)
                && matches!(
                    tokens[head].lower(),
                    "governor" | "gov." | "gov" | "regent" | "prefect"
                )
                && tokens[..head].iter().all(|t| {
                    t.is_capitalized()
                        && !t.punct
                        && !t.possessive
                        && !t.is_title()
                        && !is_acronym(t.text)
                        && gazetteer.lookup(t.text).is_none()
                        && gazetteer.city_country(t.text).is_none()
                })
        });
        let qualified = tokens[..name_start]
            .iter()
            .zip(&labels[..name_start])
            .enumerate()
            .any(|(k, (t, l))| {
                if ministerial && *l == Label::Name && !t.possessive {
                    return false;
                }
                if province_end.is_some_and(|head| k < head) {
                    return false;
                }
                // (`Nampula provincial health director X`: a place before the level of the
                // state its office serves, not another body.)
                if tokens.get(k + 1).is_some_and(|n| {
                    matches!(
                        n.text,
                        "provincial" | "district" | "county" | "municipal" | "state"
                    )
                }) {
                    // (Not `regional`, which divides firms too: `Ansell regional director X`.)
                    return false;
                }
                // `Foreign Ministry spokesman`, `Chief Cabinet Secretary`: the government's own
                // bodies do not name another one. Nor do the state's other public bodies
                // (`Senate Democratic Leader`, `Reserve Bank governor`, `Deputy Under Secretary
                // of Commerce`), nor a sentence's opening word (`But President Reagan`).
                let own_government = *l == Label::Institution && is_government_body(t.text);
                // (`Petroleum Ministry spokesman`: a portfolio names the ministry, the
                // government's own; so do `Public Works Department director`'s words.)
                let portfolio_word = is_portfolio_word(t.lower())
                    || (is_portfolio_modifier(t.lower())
                        && tokens
                            .get(k + 1)
                            .is_some_and(|p| is_portfolio_word(p.lower())));
                let portfolio_of_ministry = portfolio_word
                    && tokens[k + 1..name_start]
                        .iter()
                        .take(3)
                        .take_while(|p| !p.punct && p.is_capitalized())
                        .any(|p| matches!(p.text, "Ministry" | "Department"));
                // (`PTI senator X`, `BJP lawmaker X`, `Mandera Sen. X`: a word before a
                // legislator's title is their party; a legislature is the state's. `Chania
                // mayor X`: before a mayor's, their town, a word of its own that no country's
                // city list places elsewhere, not `New York mayor` or `NYC mayor`.)
                let town = k == 0 || !tokens[k - 1].is_capitalized();
                // (`deputy` only right before the name: `deputy director-general` is no seat.)
                let legislator = |at: usize| {
                    tokens.get(at).is_some_and(|n| {
                        matches!(
                            n.lower(),
                            "senator"
                                | "sen."
                                | "rep."
                                | "lawmaker"
                                | "legislator"
                                | "mp"
                                | "congressman"
                        ) || (n.lower() == "deputy" && at + 1 == name_start)
                    })
                };
                // (`Radical Party Deputy X`: every word of a party's name before it.)
                let party_name = tokens[k..name_start]
                    .iter()
                    .take(4)
                    .take_while(|p| !p.punct && p.is_capitalized())
                    .position(|p| p.text == "Party")
                    .is_some_and(|j| legislator(k + j + 1));
                // (`Sami Parliament President X`: a people's or a region's parliament, one
                // word no gazetteer places before the chamber, is in the country's public life.)
                let chamber = |at: usize| {
                    tokens
                        .get(at)
                        .is_some_and(|n| matches!(n.text, "Parliament" | "Assembly"))
                        && tokens.get(at + 1).is_some_and(|n| n.is_title())
                };
                let party_or_town = gazetteer.lookup(t.text).is_none()
                    && (party_name
                        || (town && chamber(k + 1) && !is_acronym(t.text))
                        || tokens.get(k + 1).is_some_and(|n| {
                            legislator(k + 1)
                                || (n.lower() == "mayor"
                            && town
                                    && !is_acronym(t.text)
                                    && gazetteer.city_country(t.text).is_none())
                        }));
                // (`Senate Finance Committee Chairman X`, `Senate Foreign Relations Committee`: a
                // legislature's committee, and every word of its name, is the legislature's.)
                let unbroken = |p: &Token<'_>| !p.punct && !p.possessive;
                let legislature_committee = tokens[..=k]
                    .iter()
                    .rev()
                    .take(6)
                    .take_while(|p| unbroken(p))
                    .any(|p| is_legislature_word(p.text))
                    && tokens[k..name_start]
                        .iter()
                        .take(6)
                        .take_while(|p| unbroken(p))
                        .any(|p| matches!(p.text, "Committee" | "Subcommittee"));
                // (`Teachers Service Commission chief executive X`, `Electoral Commission
                // chairman X`: a state's commission, and every word of its name.)
                let commission_run = || {
                    tokens[k..name_start]
                        .iter()
                        .take(5)
                        .take_while(|p| unbroken(p) && p.is_capitalized())
                        .any(|p| p.text == "Commission")
                        && super::people::names_state_commission(&tokens[..name_start])
                };
                // (Not `Nigeria Labour Congress President X`: a congress of unions.)
                let public = (is_public_body_word(t.text) && !is_unions_congress(tokens, k))
                    || legislature_committee
                    || commission_run()
                    || (t.text == "Bank"
                        && k > 0
                        && is_public_bank_word(tokens[k - 1].text));
                t.is_capitalized()
                    && !own_government
                    && !portfolio_of_ministry
                    && !party_or_town
                    && !public
                    && !is_capitalized_stopword(t.text)
                    && matches!(l, Label::Name | Label::Institution)
            })
            // A former holder no longer speaks for the dateline's government either.
            || tokens[..name_start].iter().any(|t| is_former(t.lower()));
        let mut titles: Vec<String> = labels
            .iter()
            .zip(tokens)
            .filter(|(l, _)| **l == Label::Title)
            .map(|(_, t)| t.lower().to_string())
            .collect();
        // (`general manager X`, `general counsel X`: a firm's offices, no army's general.)
        if let Some(k) = titles
            .windows(2)
            .position(|w| w[0] == "general" && matches!(w[1].as_str(), "manager" | "counsel"))
        {
            titles.remove(k);
        }
        // `Radical Party Deputy Raul Baglini`, `opposition deputy X`: a party's deputy with no
        // office after the word sits in a chamber of deputies, a legislator. (A bare `Deputy
        // X` may be a deputy minister whose office the text lost.)
        // (`Liberal member Lloyd Axworthy`: so does a party's member.)
        let party_word = |t: &Token<'_>| {
            matches!(
                t.lower(),
                "party"
                    | "opposition"
                    | "ruling"
                    | "liberal"
                    | "conservative"
                    | "labour"
                    | "labor"
                    | "democrat"
                    | "democratic"
                    | "republican"
                    | "socialist"
                    | "communist"
            )
        };
        let seat_word = |t: &Token<'_>| match t.lower() {
            "deputy" => true,
            "member" => {
                t.is_capitalized() || name_start >= 2 && party_word(&tokens[name_start - 2])
            }
            _ => false,
        };
        if name_start > 1
            && seat_word(&tokens[name_start - 1])
            && tokens[..name_start - 1].iter().any(party_word)
        {
            titles.push("lawmaker".to_string());
        }
        // (`American businessman X`, `London broker X`, `A Russian researcher X`: a nationality
        // or a place before a private trade places no one in a state's service.)
        let private_trade = !titles.is_empty()
            && titles.iter().all(|t| {
                super::tokens::is_business_title(t) || super::tokens::is_private_occupation(t)
            });
        let country = country.filter(|_| !private_trade);
        return Some(Subject::Named {
            // (`George W Bush`: a middle initial written without its period takes one, so the
            // name is one however the dispatch spells it.)
            words: name
                .iter()
                .enumerate()
                .map(|(k, w)| {
                    let initial = w.len() == 1 && w.bytes().all(|b| b.is_ascii_uppercase());
                    // (Not `D K Shankaran`, initials all.)
                    if initial && k > 0 && k + 1 < name.len() && name[0].len() > 1 {
                        format!("{w}.")
                    } else {
                        w.to_string()
                    }
                })
                .collect(),
            titles,
            country,
            usual_country,
            qualified,
        });
    }
    let last_content = labels.iter().rposition(|l| *l != Label::Determiner)?;
    // `Ethiopia's Office of the Prime Minister`, `the Ministry of Foreign Affairs`: a body
    // named after an office is the body speaking, not the office holder.
    let body_of = (1..tokens.len()).any(|k| {
        let domain = if tokens.get(k + 1).is_some_and(|t| t.lower() == "the") {
            k + 2
        } else {
            k + 1
        };
        labels[k - 1] == Label::Institution
            && tokens[k].lower() == "of"
            && labels.get(domain) == Some(&Label::Title)
    });
    // (`A Ministry of Foreign Economic Relations and Trade official`: a lowercase office
    // after the body is someone of it.)
    let body_member =
        labels[last_content] == Label::Title && !tokens[last_content].is_capitalized();
    // (`A spokesman for Singapore's Ministry of Foreign Affairs`: nor is a title before a
    // ministry.)
    let first_content = labels.iter().position(|l| *l != Label::Determiner)?;
    let title_for_body = (first_content + 1..last_content).find(|&k| {
        matches!(tokens[k].lower(), "for" | "of" | "at" | "in")
            && labels[first_content..k].iter().all(|l| *l == Label::Title)
    });
    // (`A spokesperson for the British Embassy`, `for the British High Commission`: a state's
    // mission abroad is its body too.)
    // (`A spokesperson for the Water Authority of Jordan`: a public body named `of` its
    // country.)
    let names_ministry = |k: usize| {
        let body = &tokens[k + 1..];
        let of_country = matches!(
            labels.last(),
            Some(Label::Place(Entity::Country(_), TermKind::Name))
        ) && body.windows(2).any(|w| {
            (is_public_agency_word(w[0].text) || w[0].text == "Board") && w[1].text == "of"
        });
        of_country
            || body.iter().enumerate().any(|(j, t)| {
                !t.punct
                    && (matches!(
                        t.text,
                        "Ministry"
                            | "ministry"
                            | "Department"
                            | "Embassy"
                            | "Consulate"
                            | "Government"
                    ) || (t.text == "Commission" && j > 0 && body[j - 1].text == "High"))
            })
    };
    if body_of && !body_member && !title_for_body.is_some_and(names_ministry) {
        return Some(Subject::Organization(phrase_text(tokens, &labels)));
    }
    // `the president of Iran`, `Foreign Minister of Japan`: a title whose domain is a
    // country describes its holder, not the country's government speaking.
    if let Some(head) = title_of_country(tokens, &labels) {
        return Some(Subject::Description {
            head: tokens[head].lower().to_string(),
            definite,
            country: official_country(tokens, gazetteer),
            qualifiers: Vec::new(),
        });
    }
    // `A spokesperson for Finland's Foreign Ministry said`: a title for a state's body is an
    // unnamed official of that state, not the body speaking.
    // (`A spokesman for Singapore's Ministry of Foreign Affairs`: a ministry named with its
    // portfolio after `of` ends in the portfolio.)
    if let Some(k) =
        title_for_body.filter(|&k| labels[last_content] == Label::Institution || names_ministry(k))
    {
        let body = &tokens[k + 1..];
        let government = body.iter().any(|t| {
            !t.punct
                && (is_government_body(t.text) || matches!(t.lower(), "government" | "ministry"))
        });
        let country = description_country(body, gazetteer)
            .map(Allegiance::Country)
            .or(government.then_some(Allegiance::LocalGovernment));
        if let Some(country) =
            country.filter(|_| super::people::is_government_title(tokens[k - 1].lower()))
        {
            return Some(Subject::Description {
                head: tokens[k - 1].lower().to_string(),
                // (The body's possessive makes no description definite.)
                definite: tokens[0].lower() == "the",
                country: Some(country),
                qualifiers: Vec::new(),
            });
        }
    }
    match labels[last_content] {
        // (`A spokesperson for the American Chamber of Commerce said`: the body speaks through
        // its officer; the title is no part of its name.)
        // (Only a body set apart by its article or a firm's suffix: `High Commissioner for
        // Human Rights` is one office.)
        Label::Institution => {
            let body = title_for_body
                .map(|k| &tokens[k + 1..])
                .and_then(|body| match body {
                    [the, rest @ ..] if the.lower() == "the" && !rest.is_empty() => Some(rest),
                    [.., last] if matches!(last.text, "Corp" | "Inc" | "Ltd" | "Co" | "Plc") => {
                        Some(body)
                    }
                    _ => None,
                });
            Some(Subject::Organization(match body {
                Some(body) => body.iter().map(|t| t.text).collect::<Vec<_>>().join(" "),
                None => phrase_text(tokens, &labels),
            }))
        }
        Label::Place(Entity::Organization(i), _) => Some(Subject::Organization(
            gazetteer.organization_name(i).to_string(),
        )),
        // `the U.S. said`, `US officials`: a country speaking is named as `--country` names it,
        // so `facets --by organization` counts one United States.
        Label::Place(Entity::Country(c), TermKind::Name)
            if labels[..last_content].iter().all(|l| {
                *l == Label::Determiner || *l == Label::Place(Entity::Country(c), TermKind::Name)
            }) =>
        {
            Some(Subject::Organization(gazetteer.country_name(c).to_string()))
        }
        Label::Place(
            Entity::Country(_),
            TermKind::Metonym | TermKind::Name | TermKind::Institution,
        ) => Some(Subject::Organization(phrase_text(tokens, &labels))),
        Label::Title => Some(Subject::Description {
            head: tokens[last_content].lower().to_string(),
            definite,
            country: official_country(tokens, gazetteer),
            qualifiers: tokens[..last_content]
                .iter()
                .zip(&labels)
                .filter(|(_, l)| **l == Label::Title)
                .map(|(t, _)| t.lower().to_string())
                .collect(),
        }),
        _ => Some(Subject::Unnamed(official_country(tokens, gazetteer))),
    }
}

/// Whom an unnamed official speaks for, as the description gives it (`an Israeli official`,
/// `the Iranian spokesman`, `senior U.S. officials`, `the president of Iran`, `a Foreign
/// Ministry official`). Only offices of government speak for a country: `an Iranian analyst`
/// does not.
pub fn official_country(tokens: &[Token<'_>], gazetteer: &Gazetteer) -> Option<Allegiance> {
    // The office is the phrase's last word, or the title before `of` (`the president of Iran`).
    let last = tokens.iter().rposition(|t| !t.punct)?;
    let office = match tokens.iter().position(|t| t.lower() == "of") {
        Some(of) if !tokens[last].is_title() => of.checked_sub(1)?,
        _ => last,
    };
    // (`A spokesperson for the Chinese embassy (in Suva)`: a spokesperson for a state's own
    // body.)
    let speaks_for_state_body = tokens
        .windows(2)
        .position(|w| {
            w[1].text == "for"
                && matches!(w[0].lower(), "spokesman" | "spokeswoman" | "spokesperson")
        })
        .is_some_and(|at| {
            // (`A spokesman for the CIA`, `for the Pentagon`: a state's institution or seat
            // of government, the whole of the rest of the phrase.)
            let body = &tokens[at + 2..];
            let body = match body.first() {
                Some(t) if t.lower() == "the" => &body[1..],
                _ => body,
            };
            let words: Vec<&str> = body.iter().map(|t| t.text).collect();
            let institution = matches!(
                gazetteer.longest_match(&words),
                Some((n, Entity::Country(_), TermKind::Institution | TermKind::Metonym))
                    if n == words.len()
            );
            institution
                || tokens[at + 2..]
                    .iter()
                    .take_while(|t| !matches!(t.lower(), "in" | "at"))
                    .any(|t| {
                        matches!(
                            t.lower(),
                            "embassy"
                                | "consulate"
                                | "ministry"
                                | "government"
                                | "military"
                                | "army"
                                | "navy"
                                | "police"
                                | "presidency"
                                | "cabinet"
                        )
                    })
        });
    // `A Japanese government source`, `a senior Saudi military source`: a source inside the
    // state is one of its officials.
    // (`A senior army officer`: an officer of the armed forces or the services.)
    let state_officer = tokens[office].is_title() && tokens[office].lower() == "officer";
    let state_source = state_officer
        || tokens[office].lower() == "source"
            && office > 0
            && matches!(
                tokens[office - 1].lower(),
                "government"
                    | "official"
                    | "diplomatic"
                    | "military"
                    | "intelligence"
                    | "security"
                    | "ministry"
            );
    // (`Saudi officials`, `Iranian diplomats`: the plural of an office.)
    let office_word = tokens[office].lower();
    // (`a Saudi delegate`: at talks, an unnamed delegate is the state's.)
    let government_office = super::people::is_government_title(office_word)
        || office_word
            .strip_suffix('s')
            .is_some_and(super::people::is_government_title)
        || matches!(office_word, "delegate" | "delegates");
    // `the former British leader` no longer speaks for the government.
    if !(government_office || state_source || speaks_for_state_body)
        || tokens.iter().any(|t| is_former(t.lower()))
    {
        return None;
    }
    if let Some(country) = description_country(tokens, gazetteer) {
        // `a U.S. Sprint spokesman`, `a Japan Fund spokeswoman`: a country's name opening a
        // company's is no government's.
        let company = (0..office).any(|k| {
            let words: Vec<&str> = tokens[k..office].iter().map(|t| t.text).collect();
            let Some((n, Entity::Country(c), _)) = gazetteer.longest_match(&words) else {
                return false;
            };
            let next = &tokens[k + n];
            c == country
                && k + n < office
                && next.is_capitalized()
                && !next.is_title()
                && !is_government_body(next.text)
                && !is_public_body_word(next.text)
                && gazetteer.longest_match(&words[n..]).is_none()
        });
        return (!company).then_some(Allegiance::Country(country));
    }
    // `a Kremlin official`, `an anonymous Pentagon official`: a seat of government right
    // before the office is whose office it is (a city elsewhere is where someone sits).
    for k in 0..office {
        let words: Vec<&str> = tokens[k..office].iter().map(|t| t.text).collect();
        if let Some((n, Entity::Country(c), TermKind::Metonym)) = gazetteer.longest_match(&words) {
            if k + n == office {
                return Some(Allegiance::Country(c));
            }
        }
    }
    // A ministry, the government or the armed forces with no country named are the
    // dispatch's own (`a military spokesman said`).
    // (`a senior defence official`, `a fisheries official`: so is an official of a government
    // portfolio; not `a grain industry representative`, nor `An EU trade official` or `the
    // African Union's top security official`, an international body's.)
    let international = (0..office).any(|k| {
        let words: Vec<&str> = tokens[k..office].iter().map(|t| t.text).collect();
        matches!(
            gazetteer.longest_match(&words),
            Some((_, Entity::Organization(_), _))
        )
    });
    let portfolio_official = matches!(
        office_word,
        "official" | "spokesman" | "spokeswoman" | "spokesperson"
    ) && !international
        // (An unnamed one, `a …`, `one …`: not `The European Union 's highest justice
        // official`.)
        && tokens
            .first()
            .is_some_and(|t| matches!(t.lower(), "a" | "an" | "one" | "another"))
        && !tokens[..office].iter().any(|t| t.possessive)
        && tokens[..office].iter().any(|t| {
            !t.punct
                && !t.is_capitalized()
                && (matches!(t.lower(), "defence" | "defense")
                    || (is_portfolio_word(t.lower()) && t.lower() != "industry"))
        });
    let government = portfolio_official
        || tokens[..office].iter().any(|t| {
            !t.punct
                && (is_government_body(t.text)
                    || matches!(t.lower(), "government" | "ministry" | "military" | "army"))
        });
    // (`A central bank official said`: the country's central bank.)
    let central_bank = names_central_bank(&tokens[..office]);
    (government || central_bank).then_some(Allegiance::LocalGovernment)
}

/// Capitalized last words of private bodies' names (`Chamber of Commerce`, `Soybean
/// Association`).
pub fn is_private_body_name(word: &str) -> bool {
    // (Not `Institute` or `Corporation`, which name state bodies too: the Brazilian Coffee
    // Institute, the British Broadcasting Corporation.)
    matches!(
        word,
        // (`the Ghana Private Road Transport Union`: a trade union.)
        "Chamber" | "Association" | "Federation" | "Society" | "Foundation" | "Union"
    )
}

/// Does a description of an office name a body of members outside government, by the
/// words that make one: `the Petrol Dealers Association of Malaysia`, `the Cambodian Labour
/// Confederation`, `the Thai National Shippers' Council`, `the pilots' union SPAC`, `a
/// residents' platform`? Its officers speak for the body, not for the country in its name or
/// the dateline's. (Not a government's own body: `the Department of Veterans' Affairs`; nor a
/// party: `the Workers' Party`; nor a state: `the Russian Federation`, `the Swiss
/// Confederation`.)
pub fn describes_private_body(tokens: &[Token<'_>], gazetteer: &Gazetteer) -> bool {
    // (Nor a state company: `the state-owned company Ecopetrol`, `Paraguay's state power
    // company ANDE`, `Mali's national water company`.)
    // (`national` only of a company: `the association's national secretary` is no state's.)
    let national_company = |j: usize| {
        tokens[j + 1..]
            .iter()
            .take(3)
            .any(|t| matches!(t.text, "company" | "firm" | "utility" | "corporation"))
    };
    let government = tokens.iter().enumerate().any(|(j, t)| {
        is_government_body(t.text)
            || matches!(t.text, "party" | "government" | "ministry" | "state")
            || is_state_ownership_word(t.text)
            || (t.text == "national" && national_company(j))
            || (t.possessive
                && matches!(
                    gazetteer.lookup(t.text),
                    Some((Entity::Country(_), TermKind::Name))
                ))
    });
    !government
        && tokens.iter().enumerate().any(|(j, t)| {
            // (`the Mongolian National Chamber of Commerce`, `the Legal Network for Truthful
            // Elections`; not a legislature's `Chamber of Deputies`, nor a `Forum`, which
            // may be a party: `the Somali Salvation Forum`.)
            let chamber_of_deputies = t.text == "Chamber"
                && tokens.get(j + 1).is_some_and(|n| n.text == "of")
                && tokens
                    .get(j + 2)
                    .is_some_and(|n| matches!(n.text, "Deputies" | "Representatives" | "Senators"));
            // (`the Uruguayan Medical Union`, `the Argentine Rural Society`: a union of a trade
            // or a society; not the `European Union`, nor a party, `the Croatian Democratic
            // Union`.)
            let trade_union = j > 0
                && !tokens[j - 1].punct
                && ((t.text == "Society"
                    && tokens[j - 1].is_capitalized()
                    && gazetteer.lookup(tokens[j - 1].text).is_none())
                    || (t.text == "Union"
                        && matches!(
                            tokens[j - 1].text,
                            "Trade"
                                | "Medical"
                                | "Teachers"
                                | "Farmers"
                                | "Workers"
                                | "Journalists"
                                | "Students"
                                | "Nurses"
                                | "Doctors"
                                | "Miners"
                                | "Transport"
                                | "Postal"
                        ))
                    // (`the Nigeria Labour Congress`, `the Trades Union Congress`: a congress
                    // of workers' unions, no legislature.)
                    || is_unions_congress(tokens, j));
            let named = t.is_capitalized()
                && (trade_union
                    || matches!(
                        t.text,
                        "Association"
                            | "Associations"
                            // (`the National Council of Farmer Cooperatives`.)
                            | "Cooperatives"
                            | "Co-operatives"
                            | "Federation"
                            | "Confederation"
                            | "Chamber"
                            | "Network"
                    ))
                && !chamber_of_deputies
                && !(j > 0
                    && matches!(
                        gazetteer.lookup(tokens[j - 1].text),
                        Some((Entity::Country(_), TermKind::Demonym))
                    ));
            // (`a spokeswoman for the charity X`, `President of the new joint venture company
            // X`.)
            let lowercase = matches!(
                t.text,
                "association"
                    | "federation"
                    | "confederation"
                    | "union"
                    | "charity"
                    | "company"
                    | "firm"
            );
            // (`the pilots' union`, `the Thai National Shippers' Council`: the body of the
            // members a plural possessive names.)
            let members = j > 0 && {
                let owner = &tokens[j - 1];
                owner.possessive
                    && owner.text.len() > 3
                    && owner.text.ends_with('s')
                    && !owner.text.ends_with("ss")
                    && matches!(
                        t.lower(),
                        "council"
                            | "union"
                            | "association"
                            | "federation"
                            | "confederation"
                            | "platform"
                            | "group"
                            | "committee"
                            | "network"
                            | "alliance"
                            | "forum"
                            | "collective"
                            | "cooperative"
                    )
            };
            // (`executive director of Elders IXL Ltd's pastoral group`: a company's legal
            // form.)
            let incorporated = is_company_suffix(t.text);
            named || lowercase || members || incorporated
        })
}

/// The legal forms that end a company's name (`Ltd`, `Inc`, `Corp`, `GmbH`; not `Co`, also
/// an Irish county's `Co. Galway`).
fn is_company_suffix(word: &str) -> bool {
    matches!(
        word.trim_end_matches('.'),
        "Ltd" | "Inc" | "Corp" | "Plc" | "PLC" | "LLC" | "GmbH" | "Bhd" | "Limited"
    )
}

/// Adjectives that make a company the state's (`state-owned`, `state-run`).
pub fn is_state_ownership_word(lower: &str) -> bool {
    matches!(
        lower,
        "state-owned" | "state-run" | "state-controlled" | "government-owned"
    )
}

/// Institution words naming a government's own bodies (`Foreign Ministry`, `Cabinet`).
pub fn is_government_body(word: &str) -> bool {
    matches!(
        word,
        "Ministry" | "Cabinet" | "Government" | "Department" | "Office" | "Treasury"
    )
}

/// A legislature's name (`Senate`, `House`, `Congressional`): its committees are public bodies.
pub fn is_legislature_word(word: &str) -> bool {
    matches!(
        word,
        "House"
            | "Senate"
            | "Congress"
            | "Congressional"
            | "Parliament"
            | "Parliamentary"
            | "Assembly"
            | "Bundestag"
            | "Duma"
            | "Knesset"
            | "Diet"
    )
}

/// `Authority`, `Agency`, `Commission`: the last word of a public agency's name.
pub fn is_public_agency_word(word: &str) -> bool {
    matches!(
        word,
        "Authority"
            | "Agency"
            | "Commission"
            | "Bureau"
            | "Directorate"
            | "Inspectorate"
            | "Regulator"
    )
}

/// Capitalized words of a state's public bodies and offices, which place an official inside
/// the government rather than in some other body (`House Speaker`, `Senate Majority Leader`,
/// `Deputy Under Secretary of Commerce`, `Labour Party leader`).
pub fn is_public_body_word(word: &str) -> bool {
    matches!(
        word,
        "House"
            | "Senate"
            | "Congress"
            | "Parliament"
            | "Assembly"
            | "Court"
            | "Army"
            | "Navy"
            | "Forces"
            | "Armed"
            | "Police"
            | "Guard"
            | "Embassy"
            | "Administration"
            | "Commerce"
            | "State"
            | "Defense"
            | "Defence"
            | "Foreign"
            | "Interior"
            | "Finance"
            | "Justice"
            | "Trade"
            | "Agriculture"
            | "Energy"
            | "Labor"
            | "Labour"
            | "Economy"
            | "Economic"
            | "Affairs"
            | "External"
            | "Home"
            | "Under"
            | "Deputy"
            | "Vice"
            | "Chief"
            | "Senior"
            | "Acting"
            | "Majority"
            | "Minority"
            | "Democratic"
            | "Republican"
            | "Party"
            | "Central"
            | "Reserve"
            | "National"
            | "White"
            | "Monetary"
            // (Portfolios: `Transportation Secretary X`, `Education Minister X`.)
            | "Transportation"
            | "Transport"
            | "Education"
            | "Health"
            | "Housing"
            | "Environment"
            | "Information"
            | "Industry"
            | "Treasury"
            | "Veterans"
            | "Immigration"
            | "Security"
    )
}

/// Do the words name a central bank, in any case (`the central bank`, `Central Bank Governor`)?
pub fn names_central_bank(tokens: &[Token<'_>]) -> bool {
    tokens
        .windows(2)
        .any(|w| w[0].lower() == "central" && w[1].lower() == "bank")
}

/// Do the words name a bank of the state (`National Bank`, `Reserve Bank`), not a firm's?
pub fn names_public_bank(tokens: &[Token<'_>]) -> bool {
    tokens
        .windows(2)
        .any(|w| w[1].text == "Bank" && is_public_bank_word(w[0].text))
}

/// `Central Bank`, `Reserve Bank`, `State Bank`: a bank of the state, not a firm.
fn is_public_bank_word(word: &str) -> bool {
    matches!(
        word,
        "Central" | "Reserve" | "National" | "State" | "People's"
    )
}

/// In a phrase ending `TITLE of [the] COUNTRY`, the index of the title's last word.
fn title_of_country(tokens: &[Token<'_>], labels: &[Label]) -> Option<usize> {
    let mut place = labels.len();
    while place > 0 && matches!(labels[place - 1], Label::Place(Entity::Country(_), _)) {
        place -= 1;
    }
    if place == labels.len() {
        return None;
    }
    let mut of = place.checked_sub(1)?;
    if tokens[of].lower() == "the" {
        of = of.checked_sub(1)?;
    }
    if tokens[of].lower() != "of" || of == 0 {
        return None;
    }
    (labels[of - 1] == Label::Title).then_some(of - 1)
}

/// Months that are also surnames (`Theresa May`, `Elizabeth May`).
pub(super) fn is_month_surname(word: &str) -> bool {
    matches!(word, "May" | "June" | "April" | "August")
}

/// `Theresa May`, `Mrs May`: a month that is a surname, after a first name or an honorific.
fn month_as_name(tokens: &[Token<'_>], labels: &[Label], k: usize) -> bool {
    let month = is_month_surname(tokens[k].text);
    // (Not `Last August`, `Early May`: a word of time before it.)
    let after_name = k > 0
        && labels.get(k - 1) == Some(&Label::Name)
        && !matches!(
            tokens[k - 1].lower(),
            "last" | "next" | "early" | "late" | "mid" | "since" | "until" | "by" | "this" | "that"
        );
    let after_honorific = k > 0
        && matches!(
            tokens[k - 1].lower().trim_end_matches('.'),
            "mr" | "mrs" | "ms" | "dr"
        );
    month && (after_name || after_honorific)
}

/// The country a title phrase gives its holder (`the president of Iran`, `Iran's envoy`,
/// `the Iranian negotiator`): a country name, demonym or possessive, not a place the holder
/// is sent to or sits in (`the ambassador to Iran`, `a diplomat in Tehran`).
pub fn description_country(tokens: &[Token<'_>], gazetteer: &Gazetteer) -> Option<usize> {
    let mut k = 0;
    while k < tokens.len() {
        let locative = k > 0
            && matches!(
                tokens[k - 1].lower(),
                "to" | "in" | "at" | "from" | "near" | "with" | "against"
            );
        if tokens[k].is_capitalized() && !locative {
            let words: Vec<&str> = tokens[k..].iter().map(|t| t.text).collect();
            match gazetteer.longest_match(&words) {
                Some((n, Entity::Country(c), kind)) => {
                    let possessive = tokens[k + n - 1].possessive;
                    if kind != TermKind::Metonym || possessive || speaks_for_seat(tokens, k, n) {
                        return Some(c);
                    }
                    k += n;
                    continue;
                }
                Some((_, Entity::Organization(_), _)) => return None,
                None => {}
            }
        }
        k += 1;
    }
    None
}

/// `Opposition spokeswoman on labour X`, `the party's spokesman on foreign affairs X`,
/// `deputy minister for exploration X`: the end of the lowercase portfolio (one or two words)
/// that `on` at `on` gives a spokesperson (or `for` or `of` any lowercase title), when a
/// capitalized word follows it.
fn portfolio_after_on(tokens: &[Token<'_>], on: usize) -> Option<usize> {
    let spokesperson = on > 0
        && tokens.get(on).is_some_and(|t| t.text == "on")
        && matches!(
            tokens[on - 1].lower(),
            "spokesman" | "spokeswoman" | "spokesperson"
        );
    // (`NOC board member for exploration X`, `deputy minister of finance X`: or a lowercase
    // title's domain after `for` or `of`.)
    let title_for = on > 0
        && tokens
            .get(on)
            .is_some_and(|t| matches!(t.text, "for" | "of"))
        && !tokens[on - 1].punct
        && !tokens[on - 1].is_capitalized()
        && tokens[on - 1].is_title();
    if !(spokesperson || title_for) {
        return None;
    }
    let end = (on + 1..tokens.len().min(on + 3))
        .take_while(|&k| {
            let t = &tokens[k];
            !t.punct && !t.is_capitalized() && (is_portfolio_word(t.lower()) || t.is_title())
        })
        .last()?
        + 1;
    tokens
        .get(end)
        .is_some_and(|t| !t.punct && t.is_capitalized())
        .then_some(end)
}

/// Ministries' portfolios, title words only right before a title (`Planning Minister`).
pub(super) fn is_portfolio_word(lower: &str) -> bool {
    matches!(
        lower,
        "planning"
            | "economy"
            | "economic"
            | "energy"
            | "petroleum"
            | "oil"
            | "mines"
            | "mining"
            | "agriculture"
            | "health"
            | "education"
            | "labor"
            | "labour"
            | "justice"
            | "transport"
            | "industry"
            | "commerce"
            | "fisheries"
            | "information"
            | "culture"
            | "tourism"
            | "environment"
            | "housing"
            // (`Communities Secretary Ruth Kelly`.)
            | "communities"
            | "sport"
            | "veterans"
            | "employment"
            | "pensions"
            | "children"
            | "families"
            | "women"
            | "communications"
            | "development"
            | "budget"
            | "treasury"
            | "cooperation"
            | "security"
            | "intelligence"
            | "immigration"
            | "water"
            | "finance"
            | "trade"
            | "minerals"
            | "resources"
            // (`Public Works and Transport Minister X`.)
            | "works"
            | "industries"
            // (`Minister for Energy and Green Transition X`, `Minister of Humanitarian Affairs
            // and Disaster Management X`, `Minister of Science and Technology X`.)
            | "transition"
            | "management"
            | "climate"
            | "digital"
            | "infrastructure"
            | "technology"
            | "innovation"
            | "science"
            | "youth"
            | "sports"
            | "gender"
            | "welfare"
            // (`Minister of Industry, Trade and Investment, X,`.)
            | "investment"
            // (`Minister of Treasury and Public Credit X`.)
            | "credit"
            // (`Revenue Secretary X`, `Minister of State for Revenue X`.)
            | "revenue"
            // (`board member for exploration X`.)
            | "exploration"
            // (`Minister for Health and Ageing X`.)
            | "ageing"
            | "aging"
            | "forestry"
            | "livestock"
            | "irrigation"
            | "aviation"
            // (`banking commissioner X`: the state's supervisor of banks.)
            | "banking"
    )
}

/// `Change` in `Climate Change`, `Protection` in `Environmental Protection`: a word that is
/// no portfolio alone but completes the one before it.
fn completes_portfolio(lower: &str) -> bool {
    matches!(
        lower,
        "change" | "protection" | "relations" | "services" | "safety" | "affairs" | "reform"
    )
}

/// `Public Works Secretary X`, `Social Affairs Minister X`: a word that narrows the capitalized
/// portfolio after it, before a title, is part of the title (not a body named `Public`).
fn modifies_portfolio_before_title(tokens: &[Token<'_>], k: usize) -> bool {
    let modifier = tokens[k].is_capitalized() && is_portfolio_modifier(tokens[k].lower());
    modifier
        && tokens.get(k + 1).is_some_and(|portfolio| {
            portfolio.is_capitalized()
                && !portfolio.possessive
                && (is_portfolio_word(portfolio.lower())
                    || matches!(portfolio.lower(), "affairs" | "safety" | "service"))
        })
        && tokens
            .get(k + 2)
            .is_some_and(|title| title.is_title() && title.is_capitalized())
}

/// `Public` in `Public Works`, `Natural` in `Natural Resources`: a word that narrows the
/// portfolio after it.
pub(super) fn is_portfolio_modifier(lower: &str) -> bool {
    matches!(
        lower,
        "public" | "natural" | "social" | "civil" | "rural" | "urban" | "home" | "heavy" | "road"
    )
}

/// `former`, `retired`, `ex-`: a title its holder no longer has.
pub fn is_former(word: &str) -> bool {
    matches!(word, "former" | "retired" | "onetime") || word.starts_with("ex-")
}

/// `BBCZ.Z`, `PGLO.AS`, `HIT.T`: a Reuters stock ticker (capitals or digits, a period, one to
/// two capitals), as opposed to initials (`A.W.`, `U.S.`).
fn is_ticker(word: &str) -> bool {
    word.split_once('.').is_some_and(|(stock, exchange)| {
        stock.len() >= 2
            && stock
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
            && (1..=2).contains(&exchange.len())
            && exchange.bytes().all(|b| b.is_ascii_uppercase())
    })
}

/// `UNAIDS`, `OPEC`: three or more letters, all capitals.
pub fn is_acronym(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && word.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
}

/// Text of the phrase without its determiner (`the Kremlin` → `Kremlin`).
fn phrase_text(tokens: &[Token<'_>], labels: &[Label]) -> String {
    tokens
        .iter()
        .zip(labels)
        .filter(|(_, l)| **l != Label::Determiner)
        .map(|(t, _)| t.text)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The country a title gives: the gazetteer country nearest the name, unless an organisation
/// sits between (`former UN chief` speaks for no country).
fn phrase_country(labels: &[Label]) -> Option<usize> {
    for (k, label) in labels.iter().enumerate().rev() {
        match label {
            Label::Place(Entity::Country(i), _) => return Some(*i),
            // `Israeli U.N. Spokesman`: a nationality right before the organisation owns the
            // office (its mission there), as `Russia's U.N. ambassador` does.
            Label::Place(Entity::Organization(_), _) => {
                return match k.checked_sub(1).map(|j| &labels[j]) {
                    Some(Label::Place(Entity::Country(i), TermKind::Demonym)) => Some(*i),
                    _ => None,
                };
            }
            _ => {}
        }
    }
    None
}

/// A subject phrase without the country it follows `in` or `in the` with (`In the U.S. Silas
/// said`, `In Japan Smith said`): the place the sentence opens with, no nationality.
pub fn past_opening_place(
    tokens: &[Token<'_>],
    range: std::ops::Range<usize>,
    gazetteer: &Gazetteer,
) -> std::ops::Range<usize> {
    let mut start = range.start;
    while start < range.end && matches!(tokens[start].lower(), "in" | "the") {
        start += 1;
    }
    if !after_in(tokens, start) {
        return range;
    }
    let words: Vec<&str> = tokens[start..range.end].iter().map(|t| t.text).collect();
    match gazetteer.longest_match(&words) {
        // (Only before a bare name: `in the U.S. Department of Defense told` and `in the
        // U.S. Trade Representative's office` keep their country.)
        Some((n, Entity::Country(_), _))
            if start + n < range.end
                && tokens[start + n..range.end]
                    .iter()
                    .all(|t| !t.is_title() && !is_institution_word(t.lower())) =>
        {
            start + n..range.end
        }
        _ => range,
    }
}

/// Does the word at `k` follow `in` or `in the`?
fn after_in(tokens: &[Token<'_>], k: usize) -> bool {
    let before = |n: usize| k.checked_sub(n).map(|j| tokens[j].lower());
    before(1) == Some("in") || (before(1) == Some("the") && before(2) == Some("in"))
}

/// The country a title gives by itself when no country is named: a title that exists in one
/// government only (`Secretary of State`), or a region of one country right before the
/// title of its office (`California Rep.`, `Texas Gov.`); or, as `false`, one that mostly
/// means a country (`Treasury Secretary`).
/// A former holder (`Former Treasury Secretary William Simon`) no longer speaks for the
/// government.
fn title_country(
    tokens: &[Token<'_>],
    labels: &[Label],
    gazetteer: &Gazetteer,
) -> Option<(usize, bool)> {
    let lowered: Vec<&str> = tokens.iter().map(Token::lower).collect();
    if lowered.iter().any(|w| is_former(w)) {
        return None;
    }
    (0..tokens.len()).find_map(|k| {
        // `Arizona Senator John McCain`: the region names the country even where the title
        // alone only mostly means one (`senator`).
        // (`Queensland Attorney-General Kerry Shine`: or an office of the region's own
        // government.)
        // (`Maharashtra Chief Minister X`, `Bavarian Deputy Premier X`: a rank may stand
        // between the region and the office.)
        // (`Texas Democratic Senator X`: or the holder's party.)
        let mut office_start = k;
        while office_start > 0
            && ((labels[office_start - 1] == Label::Title
                && matches!(lowered[office_start - 1], "chief" | "deputy" | "first"))
                || matches!(lowered[office_start - 1], "democratic" | "republican"))
        {
            office_start -= 1;
        }
        let regional = labels[k] == Label::Title
            && (is_regional_office(lowered[k])
                || matches!(
                    lowered[k],
                    "attorney-general" | "treasurer" | "minister" | "secretary"
                ))
            && office_start > 0
            && labels[office_start - 1] != Label::Title;
        let region_before = |end: usize| {
            let words: Vec<&str> = tokens[end.saturating_sub(3)..end]
                .iter()
                .map(|t| t.text)
                .collect();
            gazetteer.region_ending(&words)
        };
        let region = regional.then(|| region_before(office_start)).flatten();
        // (`Texas Railroad Commissioner X`, `California Insurance Commissioner X`: a state's
        // elected commissioner, with the domain between region and office.)
        let commissioner = labels[k] == Label::Title
            && matches!(
                lowered[k],
                "commissioner" | "comptroller" | "controller" | "auditor"
            )
            && office_start > 1
            && tokens[office_start - 1].is_capitalized()
            && labels[office_start - 2] != Label::Title;
        let region = region.or_else(|| {
            commissioner
                .then(|| region_before(office_start - 1))
                .flatten()
        });
        // (`Secretary of State for Defence Geoff Hoon`: a one-government title with a
        // portfolio after `for` is another government's office of the same name.)
        // (`Labor Ministry Secretary of State X`: so is one held in a ministry, which the
        // governments of those titles do not have.)
        let in_ministry = k > 0 && lowered[k - 1] == "ministry";
        region.map(|c| (c, true)).or_else(|| {
            gazetteer
                .title_country(&lowered[k..])
                .filter(|&(n, _, only)| {
                    !(only && (lowered.get(k + n) == Some(&"for") || in_ministry))
                })
                .map(|(_, c, only)| (c, only))
        })
    })
}

/// Offices named after a region of a country (`California Rep.`, `Ohio Governor`), and the
/// party labels that stand in their place (`California Democrat Nancy Pelosi`).
pub fn is_regional_office(lower: &str) -> bool {
    matches!(
        lower,
        "senator"
            | "sen."
            | "sen"
            | "rep."
            | "rep"
            | "representative"
            | "congressman"
            | "congresswoman"
            | "governor"
            | "gov."
            | "gov"
            | "premier"
            | "lawmaker"
            | "legislator"
            | "democrat"
            | "republican"
    )
}

/// `Transparency International Bangladesh`, `WWF Norway`: after an international
/// organisation's name (the first `n` of `tokens`), the number of words of a country's name
/// that make the name of its national chapter; 0 when none does.
pub(super) fn organization_chapter(tokens: &[Token<'_>], n: usize, gazetteer: &Gazetteer) -> usize {
    if tokens[n - 1].possessive {
        return 0;
    }
    match gazetteer.longest_match(tokens[n..].iter().map(|t| t.text)) {
        Some((m, Entity::Country(_), TermKind::Name)) => m,
        _ => 0,
    }
}

/// `Labour Congress`, `Trades Union Congress`: is the word at `k` the `Congress` of workers'
/// unions, no legislature?
fn is_unions_congress(tokens: &[Token<'_>], k: usize) -> bool {
    tokens[k].text == "Congress"
        && k > 0
        && matches!(
            tokens[k - 1].text,
            "Labour" | "Labor" | "Union" | "Unions" | "Workers" | "Trades"
        )
}

/// Nouns of private life that open a sentence before a person's name (`Villager`, `Farmer`).
fn is_private_person_noun(lower: &str) -> bool {
    matches!(
        lower,
        "villager"
            | "resident"
            | "farmer"
            | "teacher"
            | "student"
            | "nurse"
            | "shopkeeper"
            | "vendor"
            | "fisherman"
            | "retiree"
            | "pensioner"
            | "protester"
            | "driver"
            | "worker"
            | "commuter"
            | "survivor"
            | "widow"
            | "mother"
            | "father"
            | "rider"
            | "voter"
            | "homeowner"
            | "tenant"
            | "parent"
            | "mechanic"
            | "labourer"
            | "laborer"
    )
}

fn label(tokens: &[Token<'_>], words: &[&str], gazetteer: &Gazetteer) -> Vec<Label> {
    let mut labels = Vec::with_capacity(words.len());
    let mut k = 0;
    while k < words.len() {
        let t = &tokens[k];
        let lower = t.lower();
        let after_name = labels.last() == Some(&Label::Name);
        if k == 0 && matches!(lower, "the" | "a" | "an") {
            labels.push(Label::Determiner);
            k += 1;
            continue;
        }
        // (`… of New York Roslynn Mauskopf`: a region's name of two words or more opening the
        // phrase before a plain name of two or three words is no part of the name; not one
        // word, which may be a given name, `Sabah Hadi al-Aqabi`.)
        // (The cheap tests first: `region_words` joins and hashes, and this runs on most
        // phrases.)
        let may_open_with_region = k == 0
            && (4..=7).contains(&words.len())
            && t.is_capitalized()
            && tokens[1].is_capitalized();
        if may_open_with_region {
            if let Some(n) = gazetteer.region_words(words).filter(|&n| n >= 2) {
                let plain = |r: &Token<'_>| {
                    r.is_capitalized()
                        && !r.punct
                        && !r.is_title()
                        && !is_institution_word(r.text)
                        && !super::people::is_private_body_word(r.text)
                        && !is_acronym(r.text)
                        && gazetteer.lookup(r.text).is_none()
                };
                let name = &tokens[n..words.len()];
                if (2..=3).contains(&name.len()) && name.iter().all(plain) {
                    labels.extend(std::iter::repeat_n(Label::Other, n));
                    k += n;
                    continue;
                }
            }
        }
        // `envoy for South Sudan`, `Minister for Foreign Affairs`, `Ambassador to the U.N.`:
        // a title's domain after `for` or `to`, even a country, is the office, not whom its
        // holder speaks for.
        let domain_from = |i: usize| {
            i > 0
                && matches!(words[i - 1], "for" | "to" | "from" | "in")
                && labels.get(i - 1) == Some(&Label::Other)
        };
        let after_the = k > 0 && words[k - 1] == "the" && domain_from(k - 1);
        if domain_from(k) || after_the {
            // `minister for the Middle East,`: after `the`, a run of capitalized words that
            // ends the phrase is the domain (no name follows); `and` may join two parts.
            let to_end = after_the
                && tokens[k..]
                    .iter()
                    .all(|t| (t.is_capitalized() && !t.possessive) || t.text == "and");
            // (`Minister for the Olympics Tessa Jowell`: but a run of three or more words that
            // ends in two plain words is a one-word domain and a name.)
            let run = &tokens[k..];
            let plain = |t: &Token<'_>| {
                !t.is_title()
                    && !is_portfolio_word(t.lower())
                    && !is_institution_word(t.text)
                    && gazetteer.longest_match([t.text]).is_none()
            };
            let named_after = run.len() >= 3
                && run.iter().all(|t| t.text != "and")
                && run[run.len() - 2..].iter().all(plain);
            // (`Commissioner for the Environment and Water Resources Oluwaseun Bankole`: with
            // two parts, the second is its portfolio words; plain words after them are a name.)
            let second_part_end = to_end
                .then(|| run.iter().position(|t| t.text == "and"))
                .flatten()
                .and_then(|and| {
                    let part = run[and + 1..]
                        .iter()
                        .take_while(|t| {
                            is_portfolio_word(t.lower())
                                || completes_portfolio(t.lower())
                                || is_portfolio_modifier(t.lower())
                        })
                        .count();
                    let name = &run[and + 1 + part..];
                    (part > 0 && name.len() >= 2 && name.iter().all(plain))
                        .then_some(and + 1 + part)
                });
            let n = if let Some(end) = second_part_end {
                end
            } else if to_end && named_after {
                words.len() - k - 2
            } else if to_end {
                words.len() - k
            } else {
                // (`Senator for New York`: a region is one domain too.)
                gazetteer
                    .longest_match(&words[k..])
                    .map(|(n, _, _)| n)
                    .or_else(|| gazetteer.region_words(&words[k..]))
                    // (`director general for East Africa`: or a part of the world.)
                    .or_else(|| gazetteer.world_region_words(&words[k..]))
                    .unwrap_or(1)
            };
            labels.extend(std::iter::repeat_n(Label::Title, n));
            k += n;
            continue;
        }
        if !after_name && t.is_capitalized() {
            // Gazetteer terms may span words; the possessive sits on the last one.
            if let Some((n, entity, kind)) = gazetteer.longest_match(&words[k..]) {
                // (`Taiwan Affairs Office spokesman X`, `Bureau of Indian Affairs`: an office
                // for a country's affairs is the domain of another state's office.)
                if words.get(k + n) == Some(&"Affairs") && !tokens[k + n - 1].possessive {
                    labels.extend(std::iter::repeat_n(Label::Title, n));
                    k += n;
                    continue;
                }
                let inner_possessive = tokens[k..k + n - 1].iter().any(|t| t.possessive);
                // `Energy Minister German Galushchenko`, `Foreign Minister Santiago Oliveri`:
                // nationalities and seats of government come before a title, so a one-word
                // demonym or capital between a title and a name is a first name.
                let surname_follows = tokens.get(k + 1).is_some_and(|next| {
                    next.is_capitalized()
                        && !next.is_title()
                        && !next.possessive
                        && gazetteer.longest_match(&words[k + 1..]).is_none()
                });
                let first_name = matches!(kind, TermKind::Demonym | TermKind::Metonym)
                    && n == 1
                    && labels.last() == Some(&Label::Title)
                    && super::people::is_government_title(tokens[k - 1].lower())
                    && surname_follows;
                // (`said Santiago Restrepo, head of strategy`: a two-word phrase of a capital
                // and a plain capitalized word is a person's name, not the capital's.)
                let capital_first_name = kind == TermKind::Metonym
                    && n == 1
                    && k == 0
                    && words.len() == 2
                    && surname_follows
                    && !is_institution_word(words[1])
                    && !super::people::is_private_body_word(words[1])
                    && !is_acronym(words[1]);
                // (`Greens environment spokesman Jordan Whitby`, `Georgia Brown said`: a few
                // countries' names are also given names; before a plain surname, one is.)
                let given_name_country = kind == TermKind::Name
                    && n == 1
                    && matches!(words[k], "Jordan" | "Chad" | "Georgia" | "Israel" | "India" | "Kenya")
                    && !t.possessive
                    && surname_follows
                    && tokens.get(k + 1).is_some_and(|next| {
                        !next.punct
                            && !is_institution_word(next.text)
                            && !super::people::is_private_body_word(next.text)
                            && !is_acronym(next.text)
                            && !is_capitalized_stopword(next.text)
                    })
                    // (Given name and surname only: `Israel Ehud Olmert` is a label and a name.)
                    && tokens.get(k + 2).is_none_or(|after| !after.is_capitalized());
                let first_name = first_name || capital_first_name || given_name_country;
                if !inner_possessive && !first_name {
                    // (`Transparency International Bangladesh's executive director`: a
                    // country's name right after an organisation's is its chapter's name.)
                    let chapter = if matches!(entity, Entity::Organization(_)) {
                        organization_chapter(&tokens[k..], n, gazetteer)
                    } else {
                        0
                    };
                    labels.extend(std::iter::repeat_n(Label::Place(entity, kind), n + chapter));
                    k += n + chapter;
                    continue;
                }
            }
        }
        // `Minister of Fisheries`: the word after a title's `of` is its domain, not a name.
        let after_of = |i: usize| i > 0 && words[i - 1] == "of";
        let title_domain = labels.last() == Some(&Label::Other)
            && (after_of(k) || (k > 0 && words[k - 1] == "the" && after_of(k - 1)));
        // (`Minister of Natural Resources and Environment X`: portfolio words go on with it.)
        // (`Minister of Petroleum and Mineral Resources X`: or a two-word portfolio after
        // `and`, whose first word is no portfolio of its own.)
        let portfolio_at = |i: usize| {
            tokens
                .get(i)
                .is_some_and(|t| t.is_capitalized() && is_portfolio_word(t.lower()))
        };
        // (`… Energy and the Environment X`: the last portfolio may take an article.)
        let after_and_title =
            (k > 1 && words[k - 1] == "and" && labels.get(k - 2) == Some(&Label::Title))
                || (k > 2
                    && words[k - 1] == "the"
                    && words[k - 2] == "and"
                    && (labels.get(k - 3) == Some(&Label::Title) || portfolio_at(k - 3)));
        // (`Minister for Climate Change X`: a word that completes the portfolio before it.)
        let completes = completes_portfolio(lower)
            && labels.last() == Some(&Label::Title)
            && k > 0
            && is_portfolio_word(tokens[k - 1].lower());
        let domain_goes_on = ((is_portfolio_word(lower) || completes)
            && (labels.last() == Some(&Label::Title) || after_and_title))
            || (after_and_title && !t.is_title() && k + 1 < words.len() && portfolio_at(k + 1));
        let title_domain = title_domain || domain_goes_on;
        // (`Villager Pius Kandai told the inquiry`: a private person's noun opening the
        // sentence before a name of two words or more is no part of the name.)
        let person_noun = k == 0
            && t.is_capitalized()
            && is_private_person_noun(lower)
            && tokens[1..]
                .iter()
                .take(2)
                .filter(|n| n.is_capitalized() && !n.punct && !n.is_title())
                .count()
                == 2;
        let label = if title_domain && t.is_capitalized() {
            Label::Title
        } else if person_noun {
            Label::Other
        } else if after_name && matches!(words[k], "I" | "II" | "III" | "IV") {
            // `King Juan Carlos I`: a regnal number is part of the name.
            Label::Name
        } else if is_name_particle(words[k]) {
            Label::Particle
        } else if t.is_capitalized()
            && is_institution_word(words[k])
            // (`Mr Hall said`: after an honorific, a name.)
            && !(k > 0
                && matches!(
                    tokens[k - 1].lower().trim_end_matches('.'),
                    "mr" | "mrs" | "ms" | "dr"
                ))
        {
            Label::Institution
        } else if after_name
            && k + 1 == words.len()
            && t.is_capitalized()
            && matches!(
                words[k],
                "King"
                    | "Bishop"
                    | "Judge"
                    | "Major"
                    | "Marshal"
                    | "Dean"
                    | "Prince"
                    | "Pope"
                    | "Sen"
            )
        {
            // `Senator Mark Bishop`, `Rep. Peter King`, `Amartya Sen`: a title that is also a
            // surname, right after a given name at the end of the phrase, is the surname.
            Label::Name
        } else if t.is_title()
            // `Planning Minister`, `Petroleum Secretary`: a portfolio before a title.
            || (t.is_capitalized()
                && is_portfolio_word(lower)
                && tokens.get(k + 1).is_some_and(|n| n.is_title()))
            || modifies_portfolio_before_title(tokens, k)
        {
            Label::Title
        } else if t.is_capitalized()
            && (!is_capitalized_stopword(words[k])
                || month_as_name(tokens, &labels, k)
                || is_surname_he(tokens, k))
            // A possessive name inside a phrase is someone else (`Putin's adviser X`).
            && (!t.possessive || k + 1 == words.len())
        {
            Label::Name
        } else {
            Label::Other
        };
        labels.push(label);
        k += 1;
    }
    labels
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn subject(text: &str) -> Option<Subject> {
        let tokens = tokenize(text, 0);
        analyze(&tokens, Gazetteer::get())
    }

    fn named(text: &str) -> (String, Option<String>) {
        match subject(text) {
            Some(Subject::Named { words, country, .. }) => (
                words.join(" "),
                country.map(|c| Gazetteer::get().country_name(c).to_string()),
            ),
            other => panic!("{text}: {other:?}"),
        }
    }

    #[test]
    fn titles_and_demonyms_give_the_country() {
        assert_eq!(
            named("U.K. Foreign Secretary Yvette Cooper"),
            ("Yvette Cooper".into(), Some("United Kingdom".into()))
        );
        assert_eq!(
            named("Ukrainian Foreign Minister Andrii Sybiha"),
            ("Andrii Sybiha".into(), Some("Ukraine".into()))
        );
        assert_eq!(
            named("Kremlin spokesman Dmitry Peskov"),
            ("Dmitry Peskov".into(), Some("Russia".into()))
        );
        assert_eq!(
            named("Putin’s foreign affairs adviser Yuri Ushakov"),
            ("Yuri Ushakov".into(), None)
        );
    }

    #[test]
    fn organisation_in_the_title_means_no_country() {
        assert_eq!(
            named("former UN chief Kofi Annan"),
            ("Kofi Annan".into(), None)
        );
    }

    #[test]
    fn descriptions_pronouns_and_institutions() {
        assert_eq!(subject("he"), Some(Subject::Pronoun("he".into())));
        assert_eq!(
            subject("the minister"),
            Some(Subject::Description {
                head: "minister".into(),
                definite: true,
                country: None,
                qualifiers: Vec::new(),
            })
        );
        assert_eq!(
            subject("the Kremlin"),
            Some(Subject::Organization("Kremlin".into()))
        );
        assert_eq!(subject("NATO"), Some(Subject::Organization("NATO".into())));
        assert_eq!(
            subject("the Foreign Ministry"),
            Some(Subject::Organization("Foreign Ministry".into()))
        );
    }

    #[test]
    fn phrase_boundaries() {
        let tokens = tokenize("After the talks, Ushakov told reporters", 0);
        let verb = tokens.iter().position(|t| t.text == "told").unwrap();
        let range = phrase_backward(&tokens, verb);
        assert_eq!(
            tokens[range].iter().map(|t| t.text).collect::<Vec<_>>(),
            ["Ushakov"]
        );
        let tokens = tokenize("said U.K. Foreign Secretary Yvette Cooper.", 0);
        let range = phrase_forward(&tokens, 1);
        assert_eq!(range, 1..6);
    }
}
