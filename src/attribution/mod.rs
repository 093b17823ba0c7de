//! Quote attribution: who is quoted in each paragraph, and which country they speak for.
//!
//! The rules follow how news is written, never particular names:
//! 1. Quotation marks delimit quotes ([`quotes`]); scare quotes (short, unattributed, or after
//!    `so-called`) are not quotes.
//! 2. Speech verbs (`said`, `told`, `urged`, `according to`…) with their subject phrase, before
//!    the verb (`Ushakov said`) or after it (`“…,” said Cooper`), are speech events
//!    ([`phrases`]). A quote takes the event of its own sentence: after it when the quote ends
//!    with a comma, before it otherwise.
//! 3. Pronouns and descriptions (`he said`, `the minister said`) resolve to the last speaker, or
//!    to the last person with that title; surnames resolve to the full name used anywhere in the
//!    dispatch or on its profile cards.
//! 4. A quote without its own attribution takes the speaker of the other quotes of its paragraph;
//!    a paragraph that opens with a quote continues the previous paragraph's speaker.
//! 5. Countries come from profile cards first, then from titles, demonyms and institutions next
//!    to any mention of the person (`Kremlin spokesman`, `Russia's foreign minister`); a person
//!    whose country the dispatch does not give gets none.
//! 6. Institutions (`the Kremlin said`, `NATO said`) are organisations, never speakers.

pub mod gazetteer;
mod people;
mod phrases;
mod quotes;
mod tokens;

pub use gazetteer::Gazetteer;

use people::{People, Position, Speaker};
use phrases::{analyze, phrase_backward, phrase_forward, Subject};
use quotes::{find_quotes, has_quote_mark, word_count, Quote};
use tokens::{is_inversion_verb, is_speech_verb, is_verb_filler, tokenize_into, Token};

/// Paragraphs longer than this are indexed without attribution: no wire paragraph is this
/// long, and the rules should stay linear on hostile input.
pub const MAX_ATTRIBUTED_PARAGRAPH_BYTES: usize = 64 * 1024;

/// How many tokens after a quote its speech verb may stand (`“…,” Myint Thein of the National
/// League for Democracy (NLD) was quoted as saying`).
const AFTER_QUOTE_WINDOW: usize = 24;

/// Quotes of at most this many words need their own speech verb to count (else scare quotes).
const SHORT_QUOTE_WORDS: usize = 3;

/// Words a paragraph needs to be a dispatch's lead rather than a date line.
const LEAD_MIN_WORDS: usize = 8;

/// Who is quoted in one paragraph.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Attribution {
    /// Full names of the people quoted, in order of first quote.
    pub speakers: Vec<String>,
    /// Countries those people speak for.
    pub countries: Vec<String>,
    /// Institutions quoted as such.
    pub organizations: Vec<String>,
}

/// A profile card as attribution sees it.
#[derive(Debug, Clone, Copy)]
pub struct KnownPerson<'a> {
    /// Full name.
    pub name: &'a str,
    /// Country on the card.
    pub country: Option<&'a str>,
    /// Biography (its titles help resolve `the army secretary`).
    pub bio: &'a str,
}

/// One speech verb with its subject, in a paragraph.
#[derive(Debug, Clone)]
struct Event {
    /// Token index of the verb.
    verb: usize,
    speaker: Option<Speaker>,
    named: bool,
    /// The first speech verb of its sentence.
    main: bool,
    /// The first of two people named as joint subjects (`Conyers and Sanchez wrote`).
    also: Option<Speaker>,
}

/// Attributes the quotes of every paragraph of one dispatch; `place` is the dateline place.
pub fn attribute(
    paragraphs: &[&str],
    profiles: &[KnownPerson<'_>],
    place: Option<&str>,
) -> Vec<Attribution> {
    attribute_dated(paragraphs, profiles, place, None)
}

/// [`attribute`] for a dispatch whose publication date is known: before 1991 `Moscow` speaks
/// for the Soviet Union.
pub fn attribute_dated(
    paragraphs: &[&str],
    profiles: &[KnownPerson<'_>],
    place: Option<&str>,
    date: Option<time::Date>,
) -> Vec<Attribution> {
    // Speakers come only from quotes: a dispatch without a quotation mark needs no work.
    if !paragraphs.iter().any(|p| has_quote_mark(p)) {
        return vec![Attribution::default(); paragraphs.len()];
    }
    let gazetteer = Gazetteer::get();
    let joined: Vec<std::borrow::Cow<'_, str>> = paragraphs
        .iter()
        .map(|p| match join_split_demonyms(p, gazetteer) {
            std::borrow::Cow::Borrowed(p) => quotes::drop_nicknames(p),
            std::borrow::Cow::Owned(p) => match quotes::drop_nicknames(&p) {
                std::borrow::Cow::Owned(dropped) => std::borrow::Cow::Owned(dropped),
                std::borrow::Cow::Borrowed(_) => std::borrow::Cow::Owned(p),
            },
        })
        .collect();
    let paragraphs: Vec<&str> = joined.iter().map(AsRef::as_ref).collect();
    let paragraphs = &paragraphs[..];
    let mut people = People::new(gazetteer);
    for p in profiles {
        people.add_profile(p.name, p.country);
    }
    let quoted: Vec<Vec<Quote>> = paragraphs
        .iter()
        .map(|p| {
            if p.len() > MAX_ATTRIBUTED_PARAGRAPH_BYTES {
                Vec::new()
            } else {
                find_quotes(p)
            }
        })
        .collect();
    // One lowercased copy per paragraph and biography: tokens borrow their lowercase forms from
    // it instead of allocating a String per capitalized word.
    let lowered: Vec<String> = paragraphs
        .iter()
        .map(|p| {
            if p.len() > MAX_ATTRIBUTED_PARAGRAPH_BYTES {
                String::new()
            } else {
                p.to_ascii_lowercase()
            }
        })
        .collect();
    let bios_lowered: Vec<String> = profiles
        .iter()
        .map(|p| p.bio.to_ascii_lowercase())
        .collect();
    let mut tokenized: Vec<Vec<Token<'_>>> = paragraphs
        .iter()
        .zip(&quoted)
        .zip(&lowered)
        .map(|((p, quotes), lower)| {
            if p.len() > MAX_ATTRIBUTED_PARAGRAPH_BYTES {
                Vec::new()
            } else {
                frame_tokens(p, lower, quotes)
            }
        })
        .collect();
    // (`Australian news Australian Prime Minister , Kevin Rudd faced …`: a wiki news item's
    // category label, run into its lead, is a heading of its own, not the lead's subject.)
    // (`Canadian news`, `Australia news`: a label of a country's news places the story too.)
    let mut label_country = None;
    if let (None, Some(lead), Some(tokens)) = (place, paragraphs.first(), tokenized.first_mut()) {
        if let Some(label) = category_label(lead) {
            let words: Vec<&str> = label.split_whitespace().collect();
            if let Some((n, gazetteer::Entity::Country(c), _)) = gazetteer.longest_match(&words) {
                if n == words.len() {
                    label_country = Some(c);
                }
            }
            let label_end = lead.find(label).map_or(0, |at| at + label.len());
            if let Some(k) = tokens
                .iter()
                .position(|t| t.start >= label_end && matches!(t.text, "news" | "infobox"))
            {
                let end = tokens[k].start + tokens[k].text.len();
                tokens.insert(k + 1, Token::mark(".", end));
            }
        }
    }
    // (`New Zealand A Yemeni man … has been deported`: or a country's name alone, run into a
    // lead whose first sentence opens after it; it says whose story this is.)
    if let (None, None, Some(tokens)) = (place, label_country, tokenized.first_mut()) {
        if let Some((n, country)) = country_label(tokens, gazetteer) {
            let end = tokens[n - 1].start + tokens[n - 1].text.len();
            tokens.insert(n, Token::mark(".", end));
            label_country = Some(country);
        }
    }
    // `Moscow`, `Belgrade`, `German` in 1987 mean the Soviet Union, Yugoslavia, West Germany.
    let day = date.map(|d| {
        u32::try_from(d.year()).unwrap_or(0) * 10_000
            + u32::from(u8::from(d.month())) * 100
            + u32::from(d.day())
    });
    let mut era = era_map(&tokenized, day, gazetteer);
    // `BRAZZAVILLE - … the ruling Congolese Labour Party`: a demonym or name two states share
    // means the one the dispatch is filed from, when the text never names the other by a term
    // of its own (`Kinshasa`, `DRC`).
    if let Some(seat) = place.and_then(|p| place_country(p, gazetteer)) {
        if let Some(owner) = gazetteer.shared_owner(seat) {
            if !names_country_by_own_term(&tokenized, owner, seat, gazetteer) {
                era.push((owner, seat));
            }
        }
    }
    people.set_era(era.clone());
    // The countries the dispatch names by name, demonym or metonym (`Brazil`, `Brazilian`,
    // `Brasilia`).
    let dateline_city = place.map(|p| p.split([',', '/']).next().unwrap_or(p).trim());
    let named_counts = named_countries(&tokenized, gazetteer, &era, true, dateline_city);
    people.set_named_countries(&named_counts);
    tracing::trace!(
        countries = ?named_counts
            .iter()
            .map(|&(c, n)| (gazetteer.country_name(c), n))
            .collect::<Vec<_>>(),
        "countries the dispatch names"
    );
    let named: Vec<usize> = named_counts.iter().map(|&(c, _)| c).collect();
    for tokens in &tokenized {
        people.note_state_companies(tokens);
    }
    // Mentions first, so a surname can resolve to a full name given later or on a card.
    for (k, tokens) in tokenized.iter().enumerate() {
        people.scan_mentions(tokens, k);
    }
    people.start_reading_cards();
    for (k, (p, lower)) in profiles.iter().zip(&bios_lowered).enumerate() {
        let mut tokens = Vec::with_capacity(p.bio.len() / 6 + 1);
        tokenize_into(p.bio, Some(lower), 0, &mut tokens);
        people.scan_mentions(&tokens, paragraphs.len() + k);
        people.add_bio_office(p.name, &tokens);
    }
    // `Venezuela's government said …` / `“…,” Vice Foreign Minister X said`, `Rwanda rejected
    // the accusation. “…,” government spokeswoman X wrote`: an official introduced right after
    // a country speaks or reacts is that country's, wherever the dispatch was filed.
    let mut context: Vec<(Position, usize, bool)> = tokenized
        .iter()
        .enumerate()
        .flat_map(|(k, tokens)| {
            let mut found: Vec<(usize, usize, bool)> = countries_speaking(tokens, gazetteer)
                .into_iter()
                .map(|(at, c)| (at, c, true))
                .collect();
            found.extend(countries_reacting(tokens, gazetteer));
            found
                .into_iter()
                .map(move |(at, c, reaches_next)| ((k, at), c, reaches_next))
        })
        .map(|(at, c, reaches_next)| (at, in_era(&era, c), reaches_next))
        .collect();
    if !context.is_empty() {
        context.sort_unstable();
        people.assign_context_countries(&context);
    }
    // Wire style names the country of foreign officials (`French Prime Minister Jacques
    // Chirac`) but not of the dateline's own (`WASHINGTON - President Reagan`).
    // Only when the dispatch names that country itself: a dispatch from SINGAPORE that never
    // says `Singapore` is about visitors (`Secretary of State George Shultz told a conference`).
    // `Brazil is not happy with …, Finance Minister Dilson Funaro said.`: a lead whose
    // sentence opens with a country and closes with its speaker says whom that speaker speaks
    // for (when nothing else does).
    let mut lead_speaker_country = None;
    if let Some(tokens) = tokenized.first() {
        if let Some((country, subject)) = lead_country_speaker(tokens, gazetteer) {
            let country = in_era(&era, country);
            lead_speaker_country = Some(country);
            if let Subject::Named {
                words,
                titles,
                usual_country,
                qualified,
                country: None,
            } = subject
            {
                let with_country = Subject::Named {
                    words,
                    titles,
                    country: Some(country),
                    usual_country,
                    qualified,
                };
                people.resolve(&with_country, None, (0, 0));
            }
        }
    }
    if let Some((head, country)) = tokenized
        .first()
        .and_then(|tokens| lead_description(tokens, gazetteer))
    {
        people.attach_lead_description(&head, in_era(&era, country));
    }
    // A lead whose subject is one country's officials (`NEW YORK - … senior Mexican officials
    // said.`), or whose speaker speaks for a country (`LONDON - Brazil is not happy …, Finance
    // Minister Dilson Funaro said.`), tells whose officials the dispatch quotes, wherever it
    // was filed (`central bank president Francisco Gros` travels with him).
    let lead = tokenized
        .first()
        .and_then(|tokens| lead_officials_country(tokens, gazetteer))
        .map(|c| in_era(&era, c))
        .or(lead_speaker_country);
    // (A wiki news item's category label places it when it has no dateline, and names the
    // place itself.)
    let label = paragraphs
        .first()
        .filter(|_| place.is_none())
        .and_then(|lead| category_label(lead));
    let seat = place
        .or(label)
        .and_then(|p| place_country(p, gazetteer))
        .map(|c| in_era(&era, c));
    // (A dispatch from a capital that names no country at all is about the capital's
    // government: `WASHINGTON - Senate Republican Leader Robert Dole said …`. So is one from
    // Washington that names others: American wire copy from there leaves the United States
    // unsaid, `WASHINGTON - Commerce Secretary Malcolm Baldrige said he would not object to
    // the sale … to Japan`; foreign ministers there are visitors, see `assign_local_country`.)
    let capital = place.is_some_and(|p| is_capital(p, gazetteer));
    let named_seat = seat.filter(|c| {
        label.is_some()
            || (capital && (named.is_empty() || gazetteer.country_name(*c) == "United States"))
            || named.contains(c)
    });
    if let Some(country) = named_seat {
        people.set_seat_country(country);
    }
    // (`WARSAW - Poland's central bank held rates …`: a story about a central bank.)
    if let Some(lead) = tokenized.first() {
        if phrases::names_central_bank(lead) {
            people.set_central_bank_story();
        }
    }
    if let Some(country) = lead {
        people.assign_local_country(country);
    } else if let Some(country) = seat {
        if named_seat.is_some() {
            people.assign_local_country(country);
        }
    } else if (place.is_none() && date.is_some()) || (place.is_some() && seat.is_none()) {
        // A dispatch with a date line instead of a dateline (`Thursday, June 26, 2008`, then
        // the lead), or with a dateline the gazetteer cannot place (`Blantyre (AFP) - Malawi's
        // government on Thursday appealed …`): a lead that names a single country, as a
        // possessive or a demonym (`The day before Zimbabwe's presidential runoff, President
        // Robert Mugabe says …`), places it as a dateline would. (Not a country the lead only
        // talks about: `Bush said that he considered Iran a threat`.)
        let lead = tokenized
            .iter()
            .find(|tokens| tokens.iter().filter(|t| !t.punct).count() >= LEAD_MIN_WORDS);
        if let Some(lead) = lead {
            let lead_countries =
                named_countries(std::slice::from_ref(lead), gazetteer, &era, false, None);
            // (`Two South Carolina supporters of Barack Obama pressured the state Democratic
            // council`: a lead that names no country but one country's states or provinces.)
            let mut placed = false;
            if let Some(country) = label_country {
                people.assign_local_country(in_era(&era, country));
                placed = true;
            }
            let region_country = (lead_countries.is_empty() && !placed)
                .then(|| lead_region_country(lead, gazetteer))
                .flatten();
            if let Some(country) = region_country {
                people.assign_local_country(in_era(&era, country));
                placed = true;
            }
            if let ([(only, _)], false) = (&lead_countries[..], placed) {
                let only = *only;
                let owned = lead.iter().enumerate().any(|(i, _)| {
                    let words = lead[i..].iter().map(|t| t.text);
                    match gazetteer.longest_match(words) {
                        Some((n, gazetteer::Entity::Country(c), kind)) => {
                            // (`Pakistan Information Minister X announced`: a country's name
                            // before a title of its government owns it too.)
                            // (`Zimbabwe Police`: or a body of its state.)
                            let title_of = lead[i + n..]
                                .iter()
                                .take(3)
                                .take_while(|t| !t.punct && t.is_capitalized())
                                .any(|t| {
                                    people::is_government_title(t.lower())
                                        || matches!(t.lower(), "police" | "government" | "army")
                                });
                            // (`Police in Zimbabwe have stopped …`: the state's people in it.)
                            // (`police officers in Afghanistan have been killed`,
                            // `policemen in X`.)
                            let police_officers = i >= 3
                                && (lead[i - 2].lower() == "policemen"
                                    || (lead[i - 2].lower() == "officers"
                                        && lead[i - 3].lower() == "police"));
                            let state_in = i >= 2
                                && lead[i - 1].lower() == "in"
                                && (police_officers
                                    || matches!(
                                        lead[i - 2].lower(),
                                        "police"
                                            | "government"
                                            | "authorities"
                                            | "officials"
                                            | "army"
                                    ));
                            // (Under a dateline the gazetteer cannot place, a demonym
                            // counts only before the state's people: `West German state
                            // prosecutors`, not `British property developer` or `10 mln
                            // Canadian dlrs`.)
                            let of_the_state = lead[i + n..].iter().take(2).any(|t| {
                                matches!(
                                    t.lower(),
                                    "government"
                                        | "state"
                                        | "officials"
                                        | "authorities"
                                        | "prosecutors"
                                        | "police"
                                        | "ministry"
                                        | "army"
                                )
                            });
                            let demonym = kind == gazetteer::TermKind::Demonym
                                && (place.is_none() || of_the_state);
                            in_era(&era, c) == only
                                && (demonym || lead[i + n - 1].possessive || title_of || state_in)
                        }
                        _ => false,
                    }
                });
                if owned {
                    people.assign_local_country(only);
                    placed = true;
                }
            }
            // (Else a story that keeps naming one country, twice or more and four times as
            // often as any other, is about that country's politics. Not under a dateline the
            // gazetteer cannot place: `GENEVA - Chrysler Corp will begin exporting …` names
            // West Germany most, and its officers are the firm's.)
            if !placed && place.is_none() {
                if let [(most, n), rest @ ..] = &named_counts[..] {
                    if *n >= 2 && rest.first().is_none_or(|(_, m)| n >= &(4 * m)) {
                        people.assign_local_country(*most);
                        placed = true;
                    }
                }
            }
            // (Or one whose officials, where the text gives their country, all speak for the
            // country it names most, at least twice and twice as often as any other: `President
            // Bush` in a story of `the United States` whose `U.S. Attorney General` is named.)
            if !placed && place.is_none() {
                if let (Some(name), [(most, n), rest @ ..]) =
                    (people.officials_country(), &named_counts[..])
                {
                    let dominant = *n >= 2 && rest.first().is_none_or(|(_, m)| *n >= 2 * m);
                    if dominant && gazetteer.country_name(*most) == name {
                        people.assign_local_country(*most);
                    }
                }
            }
        }
    }
    // `RUST_LOG=chancery::attribution=trace` shows who the dispatch names, to explain a result.
    tracing::trace!(persons = ?people.summary(), "people of the dispatch");

    let mut state = Carry::default();
    let mut lead_speakers = Vec::new();
    let mut lead_holder = None;
    // Only quotes get speakers: what follows the last quote hands nothing on.
    let last_quoted = quoted.iter().rposition(|q| !q.is_empty());
    let mut attributions: Vec<Attribution> = paragraphs
        .iter()
        .zip(tokenized.iter().zip(&quoted))
        .enumerate()
        .map(|(k, (text, (tokens, quotes)))| {
            if last_quoted.is_none_or(|last| k > last) {
                return Attribution::default();
            }
            if text.len() > MAX_ATTRIBUTED_PARAGRAPH_BYTES {
                state = Carry::default();
                return Attribution::default();
            }
            let mut attribution =
                attribute_paragraph(text, quotes, tokens, k, &mut people, &mut state);
            if k == 1 {
                // (A lead without a quote, `The dollar is near appropriate levels, a top
                // Bundesbank official said.`, speaks through its description's speaker.)
                let lead_office = state.lead_office.take();
                if lead_speakers.is_empty() {
                    lead_speakers.extend(lead_office.as_ref().map(|o| o.speaker.clone()));
                }
                lead_holder = lead_office.and_then(|office| {
                    people
                        .lead_office_holder(
                            &office.head,
                            &office.qualifiers,
                            &lead_speakers,
                            &state.quote_speakers,
                        )
                        // (`…, according to an Iraqi government official.` / `President
                        // Bush said …`: someone unnamed is never a head of state.)
                        .filter(|holder| office.definite || !people.holds_top_office(holder))
                });
                // (`Russia's deputy foreign minister said …` / `“…,” Vadim Shestopalov told
                // reporters`: the holder speaks for the lead's country from here on.)
                if let Some(holder) = &lead_holder {
                    if let Some(guessed) = people.adopt_lead_country(holder, &lead_speakers) {
                        attribution
                            .countries
                            .retain(|c| Some(c) != guessed.as_ref());
                        people.describe(holder, &mut attribution);
                    }
                }
            }
            lead_speakers = std::mem::take(&mut state.quote_speakers);
            attribution
        })
        .collect();
    // `The head of the UN nuclear watchdog said …` / `“…,” IAEA Director General X told
    // reporters`: the lead's office is the holder the next paragraph quotes.
    // (Only a lead that quotes: an unquoted one names nobody.)
    let lead_quotes = quoted.first().is_some_and(|q| !q.is_empty());
    if let (Some(holder), Some(lead)) = (lead_holder, attributions.first_mut()) {
        if lead_quotes && lead.speakers.is_empty() && lead.organizations.is_empty() {
            people.describe(&holder, lead);
        }
    }
    // A quote that runs over several paragraphs is attributed at its end (`"Those who …` /
    // `"Those few …," Petricioli said.`): a paragraph that only opens a running quote, with
    // no speech verb of its own, takes the speaker of the paragraph that continues it.
    for k in (0..attributions.len().saturating_sub(1)).rev() {
        let runs_on = quoted[k]
            .first()
            .is_some_and(|q| !q.closed && q.open == quoted_start(paragraphs[k]))
            && quoted[k].len() == 1
            && !tokenized[k]
                .iter()
                .any(|t| !t.punct && is_speech_verb(t.text));
        let continued = quoted[k + 1]
            .first()
            .is_some_and(|q| q.open == quoted_start(paragraphs[k + 1]))
            && !attributions[k + 1].speakers.is_empty();
        if runs_on && continued {
            attributions[k] = attributions[k + 1].clone();
        }
    }
    attributions
}

/// Wiki text whose links were stripped splits a demonym from its country's name
/// (`[[Australia]]n minister` → `Australia n minister`, `Pakistan i Federal Interior
/// Minister`): joined again (`Australian minister`) where name and ending make a demonym.
fn join_split_demonyms<'a>(text: &'a str, gazetteer: &Gazetteer) -> std::borrow::Cow<'a, str> {
    const ENDINGS: [&str; 5] = [" n ", " i ", " an ", " ian ", " ese "];
    // (SIMD substring searchers built once: this runs on every paragraph of a dispatch that
    // quotes.)
    static FINDERS: std::sync::LazyLock<Vec<memchr::memmem::Finder<'static>>> =
        std::sync::LazyLock::new(|| {
            ENDINGS
                .iter()
                .map(|e| memchr::memmem::Finder::new(e.as_bytes()))
                .collect()
        });
    // The spaces to drop, one before each ending that completes a demonym.
    let mut splits = Vec::new();
    let mut candidate = String::new();
    for (ending, finder) in ENDINGS.iter().zip(FINDERS.iter()) {
        for at in finder.find_iter(text.as_bytes()) {
            let before = &text[..at];
            // (Only after a capitalized word: ` an ` is mostly the article. Country names are
            // ASCII words of up to a dozen letters.)
            let bytes = before.as_bytes();
            let mut last = at;
            while last > 0 && at - last < 16 && bytes[last - 1].is_ascii_alphabetic() {
                last -= 1;
            }
            if last == at || !bytes[last].is_ascii_uppercase() {
                continue;
            }
            // (The country's name is the last one to three words before the ending.)
            let joins = (1..=3).any(|n| {
                let start = before
                    .rmatch_indices(' ')
                    .nth(n - 1)
                    .map_or(0, |(k, _)| k + 1);
                let name = &before[start..];
                candidate.clear();
                candidate.push_str(name);
                candidate.push_str(ending.trim());
                name.split(' ').count() == n
                    && matches!(
                        gazetteer.lookup(&candidate),
                        Some((gazetteer::Entity::Country(_), gazetteer::TermKind::Demonym))
                    )
            });
            if joins {
                splits.push(at);
            }
        }
    }
    if splits.is_empty() {
        return std::borrow::Cow::Borrowed(text);
    }
    splits.sort_unstable();
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    for at in splits {
        out.push_str(&text[from..at]);
        from = at + 1;
    }
    out.push_str(&text[from..]);
    std::borrow::Cow::Owned(out)
}

/// Byte offset of the first non-space character (where a paragraph's opening quote stands).
fn quoted_start(text: &str) -> usize {
    text.len() - text.trim_start().len()
}

/// The country of a dateline place (`KYIV, Ukraine`, `WASHINGTON`, `MANILA`, `QUEBEC`).
fn place_country(place: &str, gazetteer: &Gazetteer) -> Option<usize> {
    // (`BEIRUT/NICOSIA`: a story filed from two cities is placed by the first, where wire
    // style puts the main one.)
    let place = place.split('/').next().unwrap_or(place);
    place.split(',').rev().find_map(|part| {
        let joined = title_case(part);
        let country = |candidate: &str| match gazetteer.lookup(candidate) {
            Some((gazetteer::Entity::Country(c), _)) => Some(c),
            _ => None,
        };
        // `QUEBEC`, `BEAVER CREEK, Colo.`: a province or state places the dispatch too.
        country(part.trim())
            .or_else(|| country(&joined))
            .or_else(|| gazetteer.city_country(part))
            .or_else(|| gazetteer.region_abbreviation(part.trim()))
            .or_else(|| gazetteer.region_abbreviation(&joined))
            // (`GUATEMALA CITY`, `KUWAIT CITY`, `PANAMA CITY`: a capital named after its
            // country.)
            .or_else(|| joined.strip_suffix(" City").and_then(country))
            // (`DAR ES SALAAM`, `N'DJAMENA`: a name title-casing does not restore.)
            .or_else(|| match gazetteer.lookup_any_case(part) {
                Some((gazetteer::Entity::Country(c), _)) => Some(c),
                _ => None,
            })
            // (`JOHOR BAHRU`: a city named after the region it stands in.)
            .or_else(|| {
                let words: Vec<&str> = joined.split(' ').collect();
                gazetteer
                    .region_words(&words)
                    .filter(|&n| n < words.len())
                    .and_then(|n| gazetteer.region_starting(&words[..n]))
            })
    })
}

/// Is the dateline place a seat of government (`WASHINGTON`, `TOKYO`), not another city?
fn is_capital(place: &str, gazetteer: &Gazetteer) -> bool {
    let city = place.split([',', '/']).next().unwrap_or(place);
    let seat = |found| {
        matches!(
            found,
            Some((gazetteer::Entity::Country(_), gazetteer::TermKind::Metonym))
        )
    };
    let found = gazetteer.lookup(&title_case(city));
    seat(found)
        || (found.is_none() && seat(gazetteer.lookup_any_case(city)))
        || gazetteer.is_seat_city(city)
}

/// A dateline place as the gazetteer writes it (`BEAVER CREEK` → `Beaver Creek`).
/// (A curly apostrophe is the gazetteer's straight one: `NUKU’ALOFA` → `Nuku'alofa`.)
fn title_case(place: &str) -> String {
    place
        .split_whitespace()
        .map(|w| {
            let mut chars = w.chars().map(|c| if c == '’' { '\'' } else { c });
            chars.next().map_or_else(String::new, |first| {
                first
                    .to_uppercase()
                    .chain(chars.flat_map(char::to_lowercase))
                    .collect()
            })
        })
        .collect::<Vec<String>>()
        .join(" ")
}

/// The category label a wiki news item opens its lead with (`Canadian news Contrary to …`,
/// `california infobox The …`, `<noinclude> Canada <!----> Team Canada …`): where the item
/// is placed, as a dateline would place it (if [`place_country`] knows the label).
fn category_label(lead: &str) -> Option<&str> {
    let mut text = lead.trim_start();
    let mut marked = false;
    while let Some(rest) = ["<noinclude>", "<!---->"]
        .iter()
        .find_map(|mark| text.strip_prefix(mark))
    {
        text = rest.trim_start();
        marked = true;
    }
    let head = text.get(..text.len().min(40))?;
    let end = [" news ", " infobox "]
        .iter()
        .filter_map(|word| head.find(word))
        .min()
        .or_else(|| marked.then(|| head.find(" <!---->")).flatten())?;
    let label = &text[..end];
    // (Not `The news`, which opens a sentence: the label must name a place.)
    let words = label.split_whitespace().count();
    (1..=3).contains(&words).then_some(label)
}

/// The one country whose states or provinces a lead names (`South Carolina`, `Ontario`), if
/// it names any and they are all one country's.
fn lead_region_country(lead: &[Token<'_>], gazetteer: &Gazetteer) -> Option<usize> {
    let mut found = None;
    let mut i = 0;
    while i < lead.len() {
        if lead[i].punct || !lead[i].is_capitalized() {
            i += 1;
            continue;
        }
        let words: Vec<&str> = lead[i..].iter().take(4).map(|t| t.text).collect();
        // (Not a state that is also a city, `New York`: the UN's, not the state's.)
        let city = |n: usize| gazetteer.city_country(&words[..n].join(" ")).is_some();
        match gazetteer.region_words(&words).filter(|&n| !city(n)) {
            Some(n) => {
                let country = gazetteer.region_starting(&words)?;
                if found.is_some_and(|c| c != country) {
                    return None;
                }
                found = Some(country);
                i += n;
            }
            None => i += 1,
        }
    }
    found
}

/// A lead opened by a definite description of one country's official (`Austria's environment
/// minister urged …`): the title's head word and the country.
fn lead_description(tokens: &[Token<'_>], gazetteer: &Gazetteer) -> Option<(String, usize)> {
    let range = phrase_forward(tokens, 0);
    // (`Kuwait's Oil Minister, in remarks published today, said`: past a lowercase
    // interjection between commas, to a speech verb.)
    let interjection_end = tokens
        .get(range.end)
        .filter(|t| t.is_punct(&[","]))
        .and_then(|_| {
            let opens = tokens
                .get(range.end + 1)
                .is_some_and(|t| !t.punct && !t.is_capitalized());
            let close =
                (range.end + 1..tokens.len().min(range.end + 10)).find(|&k| tokens[k].punct)?;
            let verb = tokens
                .get(close + 1)
                .is_some_and(|t| !t.punct && is_speech_verb(t.text));
            (opens && tokens[close].is_punct(&[","]) && verb).then_some(close + 1)
        });
    let verb_follows = tokens
        .get(interjection_end.unwrap_or(range.end))
        .is_some_and(|t| !t.punct && !t.is_capitalized());
    if !verb_follows {
        return None;
    }
    match analyze(&tokens[range.clone()], gazetteer) {
        Some(Subject::Description {
            head,
            definite: true,
            ..
        }) if people::is_government_title(&head) || head == "head" => {
            // (`The head of a Philippine panel charged with …`: or the nationality of the body
            // the title heads.)
            let of_a_national_body = || {
                let [of, article, demonym, ..] = tokens.get(range.end..)? else {
                    return None;
                };
                if of.text != "of" || !matches!(article.lower(), "a" | "an" | "the") {
                    return None;
                }
                match gazetteer.longest_match([demonym.text]) {
                    Some((1, gazetteer::Entity::Country(c), gazetteer::TermKind::Demonym)) => {
                        Some(c)
                    }
                    _ => None,
                }
            };
            phrases::description_country(&tokens[range.clone()], gazetteer)
                .or_else(of_a_national_body)
                .map(|c| (head, c))
        }
        _ => None,
    }
}

/// The country `country` meant in the dispatch's era (`Serbia` → `Yugoslavia` in 1987).
fn in_era(era: &[(usize, usize)], country: usize) -> usize {
    era.iter()
        .find(|(modern, _)| *modern == country)
        .map_or(country, |&(_, then)| then)
}

/// Does the text name `country` by a term that `sharer` does not share with it (`Kinshasa`,
/// `DRC`; not `Congo`, `Congolese`)?
fn names_country_by_own_term(
    tokenized: &[Vec<Token<'_>>],
    country: usize,
    sharer: usize,
    gazetteer: &Gazetteer,
) -> bool {
    tokenized.iter().any(|tokens| {
        (0..tokens.len()).any(|i| {
            if !tokens[i].is_capitalized() {
                return false;
            }
            match gazetteer.longest_match(tokens[i..].iter().take(8).map(|t| t.text)) {
                Some((n, gazetteer::Entity::Country(c), _)) if c == country => {
                    let term = tokens[i..i + n]
                        .iter()
                        .map(|t| t.text)
                        .collect::<Vec<_>>()
                        .join(" ");
                    !gazetteer.is_shared_term(sharer, &term)
                }
                _ => false,
            }
        })
    })
}

/// Which countries' terms meant a state of the past in this dispatch, as (modern, then)
/// pairs. With a date (`yyyymmdd`), every state that still existed on that day; without one,
/// the dispatch dates itself by naming a state of the past (`Soviet`, `West German`, not
/// `former Soviet`): it predates that state's end, and so every state that ended later.
fn era_map(
    tokenized: &[Vec<Token<'_>>],
    day: Option<u32>,
    gazetteer: &Gazetteer,
) -> Vec<(usize, usize)> {
    if gazetteer.eras.is_empty() {
        return Vec::new();
    }
    let named_end = || {
        let mut earliest: Option<u32> = None;
        for tokens in tokenized {
            for (i, t) in tokens.iter().enumerate() {
                if !t.is_capitalized() {
                    continue;
                }
                let mut words = [""; 8];
                let n = tokens.len().saturating_sub(i).min(words.len());
                for (slot, t) in words.iter_mut().zip(&tokens[i..i + n]) {
                    *slot = t.text;
                }
                let Some((
                    _,
                    gazetteer::Entity::Country(c),
                    gazetteer::TermKind::Name | gazetteer::TermKind::Demonym,
                )) = gazetteer.longest_match(&words[..n])
                else {
                    continue;
                };
                let former = i > 0 && matches!(tokens[i - 1].lower(), "former" | "ex" | "late");
                // (`a frontier drawn in Soviet times`, `since the Soviet collapse`: a state
                // the text looks back on.)
                let looking_back = tokens.get(i + 1).is_some_and(|n| {
                    matches!(
                        n.lower(),
                        "times"
                            | "era"
                            | "rule"
                            | "period"
                            | "days"
                            | "collapse"
                            | "breakup"
                            | "break-up"
                            | "occupation"
                            | "legacy"
                            | "past"
                    )
                });
                if former || looking_back {
                    continue;
                }
                if let Some(era) = gazetteer.eras.iter().find(|e| e.country == c) {
                    earliest = Some(earliest.map_or(era.until, |e| e.min(era.until)));
                }
            }
        }
        earliest
    };
    // (An undated dispatch that looks back on a year after the era, `since the 2020 war`, is
    // written after it; `by 2000`, `due 1997` look ahead.)
    let latest_year = || {
        tokenized
            .iter()
            .flat_map(|tokens| tokens.iter().enumerate().map(move |(i, t)| (tokens, i, t)))
            .filter(|(tokens, i, t)| {
                t.text.len() == 4
                    && t.text.bytes().all(|b| b.is_ascii_digit())
                    && !(*i > 0
                        && matches!(
                            tokens[i - 1].lower(),
                            "by" | "until" | "till" | "due" | "to" | "before" | "through"
                        ))
            })
            .filter_map(|(_, _, t)| t.text.parse::<u32>().ok())
            .filter(|year| (1900..=2100).contains(year))
            .max()
    };
    let applies: Box<dyn Fn(u32) -> bool> = match day {
        Some(day) => Box::new(move |until| day < until),
        None => match named_end() {
            Some(bound) => {
                let written_after = latest_year().map_or(0, |year| year * 10_000 + 1231);
                Box::new(move |until| bound <= until && written_after < until)
            }
            None => return Vec::new(),
        },
    };
    gazetteer
        .eras
        .iter()
        .filter(|e| applies(e.until))
        .flat_map(|e| e.included.iter().map(|&modern| (modern, e.country)))
        .collect()
}

/// A lead sentence that opens with a country (`Brazil is …`, `Kenya's economy …`) and closes
/// with `, TITLE NAME said` (or told): the country and that speaker.
fn lead_country_speaker(tokens: &[Token<'_>], gazetteer: &Gazetteer) -> Option<(usize, Subject)> {
    let first = tokens.first()?;
    if !first.is_capitalized() {
        return None;
    }
    let words: Vec<&str> = tokens.iter().take(4).map(|t| t.text).collect();
    // (`Australian troops in southern Iraq will shift …, says Defence Minister X`: or a
    // demonym before the state's people.)
    let state_people = |n: usize| {
        tokens.get(n).is_some_and(|t| {
            matches!(
                t.lower(),
                "troops" | "forces" | "soldiers" | "government" | "officials" | "authorities"
            )
        })
    };
    let (n, country) = match gazetteer.longest_match(&words)? {
        (n, gazetteer::Entity::Country(c), gazetteer::TermKind::Name) => (n, c),
        (n, gazetteer::Entity::Country(c), _) if tokens[n - 1].possessive => (n, c),
        (n, gazetteer::Entity::Country(c), gazetteer::TermKind::Demonym) if state_people(n) => {
            (n, c)
        }
        _ => return None,
    };
    let end = (n..tokens.len())
        .find(|&k| tokens[k].ends_sentence())
        .unwrap_or(tokens.len());
    // The sentence's clause closes with the speech verb (and perhaps its lowercase object or
    // a time: `told journalists`, `said on Wednesday`), after a comma and the speaker's phrase;
    // a participle clause may follow (`, deepening a dispute …`).
    let clause_end = |k: usize| (k + 1..end).find(|&m| tokens[m].punct).unwrap_or(end);
    let verb = (n..end).rev().find(|&k| {
        !tokens[k].punct
            && !tokens[k].is_capitalized()
            && is_speech_verb(tokens[k].text)
            && clause_end(k) - k <= 4
            && (clause_end(k) == end
                || (tokens[clause_end(k)].is_punct(&[","])
                    && tokens
                        .get(clause_end(k) + 1)
                        .is_some_and(|t| !t.punct && t.lower().ends_with("ing"))))
    });
    // (`…, says Defence Minister X.`: or the speaker after the verb, closing the sentence.)
    let inverted = || {
        let verb = (n..end).rev().find(|&k| {
            k > 0
                && tokens[k - 1].is_punct(&[","])
                && !tokens[k].is_capitalized()
                && is_inversion_verb(tokens[k].text)
        })?;
        let subject = phrase_forward(tokens, verb + 1);
        (!subject.is_empty() && subject.end == end).then_some(subject)
    };
    let subject = match verb {
        Some(verb) => {
            let subject = phrases::phrase_backward(tokens, verb);
            if subject.is_empty() || !tokens.get(subject.start.checked_sub(1)?)?.is_punct(&[","]) {
                return None;
            }
            subject
        }
        None => inverted()?,
    };
    match analyze(&tokens[subject], gazetteer)? {
        s @ Subject::Named { .. } => match &s {
            // (A government's office: `Barclays Bank Plc chairman-elect X` is no Briton's
            // voice.)
            Subject::Named { titles, .. }
                if titles.iter().any(|t| people::is_government_title(t)) =>
            {
                Some((country, s))
            }
            _ => None,
        },
        _ => None,
    }
}

/// `, a bus driver in …`: does an apposition naming a person's role (an article, then a few
/// lowercase words ending in a noun for a person) open at `comma`?
fn role_apposition_after(tokens: &[Token<'_>], comma: usize) -> bool {
    if !tokens.get(comma).is_some_and(|t| t.is_punct(&[","]))
        || !tokens
            .get(comma + 1)
            .is_some_and(|t| matches!(t.lower(), "a" | "an"))
    {
        return false;
    }
    let words = tokens[comma + 2..]
        .iter()
        .take(4)
        .take_while(|t| !t.punct && !t.is_capitalized() && !phrases::is_function_word(t.lower()))
        .count();
    words > 0 && {
        let head = &tokens[comma + 1 + words];
        head.is_title() || is_role_noun(head.lower())
    }
}

/// A lowercase noun for what someone does or is (`farmer`, `trader`, `resident`, `activist`,
/// `student`), told from its ending; not an adverb or a determiner that ends alike.
fn is_role_noun(lower: &str) -> bool {
    let ending = ["er", "or", "ist", "ant", "ent", "ian", "ee"]
        .iter()
        .any(|e| lower.len() > e.len() + 2 && lower.ends_with(e));
    ending
        && !matches!(
            lower,
            "after"
                | "later"
                | "earlier"
                | "under"
                | "over"
                | "never"
                | "ever"
                | "whether"
                | "another"
                | "rather"
                | "either"
                | "neither"
                | "other"
                | "together"
                | "recent"
                | "current"
                | "present"
                | "different"
                | "urgent"
                | "instant"
                | "important"
                | "independent"
                | "frequent"
                | "further"
                | "former"
                | "latter"
                | "major"
                | "minor"
                | "senior"
                | "junior"
                | "prior"
                | "interior"
                | "exterior"
                | "superior"
        )
}

/// `New Zealand A Yemeni man …`: a wiki news item's label, a country's name alone before the
/// lead's first sentence, at the start of `tokens`: how many tokens it takes, and the country.
fn country_label(tokens: &[Token<'_>], gazetteer: &Gazetteer) -> Option<(usize, usize)> {
    let (n, country) = match gazetteer.longest_match(tokens.iter().take(4).map(|t| t.text)) {
        Some((n, gazetteer::Entity::Country(c), gazetteer::TermKind::Name)) => (n, c),
        _ => return None,
    };
    let opens_sentence = tokens.get(n).is_some_and(|t| {
        matches!(
            t.text,
            "A" | "An"
                | "The"
                | "In"
                | "On"
                | "At"
                | "After"
                | "During"
                | "Following"
                | "According"
                | "Yesterday"
                | "Today"
                | "Last"
                | "This"
                | "Two"
                | "Three"
                | "Several"
        )
    });
    (n > 0 && !tokens[n - 1].possessive && opens_sentence).then_some((n, country))
}

/// A country named at token `i` (after an optional `the`): the index past it, the country and
/// how it was named.
fn country_at(
    tokens: &[Token<'_>],
    i: usize,
    gazetteer: &Gazetteer,
) -> Option<(usize, usize, gazetteer::TermKind)> {
    let opening = i + usize::from(tokens.get(i)?.lower() == "the");
    let words = tokens.get(opening..)?.iter().map(|t| t.text);
    match gazetteer.longest_match(words)? {
        (n, gazetteer::Entity::Country(c), kind) => Some((opening + n, c, kind)),
        _ => None,
    }
}

/// Sentences whose subject is a country's government speaking (`Venezuela's government said`,
/// `The Venezuelan foreign ministry said`), as (byte offset of the sentence, country).
fn countries_speaking(tokens: &[Token<'_>], gazetteer: &Gazetteer) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if !(i == 0 || tokens[i - 1].ends_sentence()) || t.punct {
            continue;
        }
        // (`Neighbouring Romania's National Cyber Security Directorate said`: past an
        // opening adjective.)
        let Some((mut k, c, kind)) = country_at(tokens, i, gazetteer).or_else(|| {
            let adjective = t.is_capitalized() && !t.possessive;
            adjective
                .then(|| country_at(tokens, i + 1, gazetteer))
                .flatten()
                .filter(|&(k, _, _)| tokens[k - 1].possessive)
        }) else {
            continue;
        };
        let possessive = tokens[k - 1].possessive;
        // (`Venezuela's government`, `the Venezuelan foreign ministry`: its government.)
        let body = tokens[k..]
            .iter()
            .take(2)
            .take_while(|t| !t.punct && matches!(t.lower(), "government" | "foreign" | "ministry"))
            .count();
        // (`The U.S. Indo-Pacific Command said`, `The U.S. Embassy said`: a capitalized body
        // of the state's.)
        let state_body = if body == 0 {
            let run = tokens[k..]
                .iter()
                .take(5)
                .take_while(|t| !t.punct && t.is_capitalized())
                .count();
            let last = run.checked_sub(1).map(|r| tokens[k + r].text);
            let of_state = last.is_some_and(|w| {
                matches!(
                    w,
                    "Command"
                        | "Embassy"
                        | "Ministry"
                        | "Department"
                        | "Army"
                        | "Navy"
                        | "Military"
                        | "Directorate"
                        | "Agency"
                        | "Police"
                        | "Guard"
                )
            });
            if of_state {
                run
            } else {
                0
            }
        } else {
            0
        };
        k += body + state_body;
        // (Not the country's bare name: `Iran demanded that Germany halt the rally` says
        // little about whom the next official serves.)
        let government =
            (body > 0 && (possessive || kind == gazetteer::TermKind::Demonym)) || state_body > 0;
        let speaks = tokens
            .get(k)
            .is_some_and(|v| !v.punct && is_speech_verb(v.lower()) && !is_participle(v.text));
        if government && speaks {
            found.push((t.start, c));
        }
    }
    found
}

/// Sentences whose subject is a country reacting (`Rwanda rejected the accusation.`, `Nepal,
/// which claims the area, objected within hours.`), as (byte offset of the sentence,
/// country, whether it reaches the next paragraph): an official named right after (in the
/// same paragraph or the next) answers for it. A country that only `said` something answers
/// for an official of its own paragraph: the next may have moved to another capital.
fn countries_reacting(tokens: &[Token<'_>], gazetteer: &Gazetteer) -> Vec<(usize, usize, bool)> {
    let mut found = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if !(i == 0 || tokens[i - 1].ends_sentence()) || t.punct {
            continue;
        }
        // (`In Beijing, China accused the Philippines …`: after the seat of its government.)
        let mut i = i;
        if t.lower() == "in" {
            let seat = tokens[i + 1..].iter().map(|t| t.text);
            if let Some((n, gazetteer::Entity::Country(_), gazetteer::TermKind::Metonym)) =
                gazetteer.longest_match(seat)
            {
                if tokens.get(i + 1 + n).is_some_and(|t| t.is_punct(&[","])) {
                    i += n + 2;
                }
            }
        }
        let Some(t) = tokens.get(i) else { continue };
        // (`Hardline lawmakers in Tehran criticised the talks.`, `Officials in Kyiv said`:
        // a state's officials named by its seat.)
        if let Some((k, c)) = officials_at_seat(tokens, i, gazetteer) {
            let verb = tokens.get(k).is_some_and(|v| {
                !v.punct && (is_reaction_verb(v.lower()) || is_speech_verb(v.lower()))
            });
            if verb {
                found.push((t.start, c, true));
            }
            continue;
        }
        if let Some((c, reaches_next)) = demonym_officials_reacting(tokens, i, gazetteer) {
            found.push((t.start, c, reaches_next));
            continue;
        }
        // (`Moscow criticised the proposal.`: a seat of government answers for its country as
        // well, though only with a verb of answering, below.)
        let Some((mut k, c, kind @ (gazetteer::TermKind::Name | gazetteer::TermKind::Metonym))) =
            country_at(tokens, i, gazetteer)
        else {
            continue;
        };
        if tokens[k - 1].possessive {
            continue;
        }
        // (`Egypt, which backs the army, welcomed the deal`: past the relative clause; `China,
        // the North's main ally, called for restraint`: or past an apposition.)
        if tokens.get(k).is_some_and(|t| t.is_punct(&[","]))
            && tokens
                .get(k + 1)
                .is_some_and(|t| matches!(t.lower(), "which" | "the" | "a" | "an"))
        {
            let Some(close) = (k + 2..tokens.len().min(k + 30)).find(|&j| tokens[j].punct) else {
                continue;
            };
            if !tokens[close].is_punct(&[","]) {
                continue;
            }
            k = close + 1;
        }
        let Some(verb) = tokens.get(k).map(|v| v.lower()) else {
            continue;
        };
        // (`China called for restraint.`: a call on the parties answers as well.)
        let calls_for = matches!(verb, "called" | "calls")
            && tokens.get(k + 1).is_some_and(|t| t.text == "for");
        if is_reaction_verb(verb) || calls_for {
            found.push((t.start, c, true));
        } else if kind == gazetteer::TermKind::Name && matches!(verb, "said" | "says") {
            // (`Israel, which is not party to the talks, said it would not be bound`.)
            found.push((t.start, c, false));
        }
    }
    found
}

/// Verbs of a government answering or objecting (`rejected`, `welcomed`, `criticised`).
fn is_reaction_verb(lower: &str) -> bool {
    matches!(
        lower,
        "rejected"
            | "accused"
            | "denied"
            | "welcomed"
            | "objected"
            | "protested"
            | "responded"
            | "reacted"
            | "dismissed"
            | "condemned"
            | "criticized"
            | "criticised"
            | "retorted"
            | "countered"
    )
}

/// `Some Venezuelan opposition figures described the moves as a distraction.`, `Iranian
/// lawmakers criticised the deal.`: a sentence (from `i`) whose subject is a country's
/// officials, by its demonym, answering or speaking: that country, and whether it reaches the
/// next paragraph (as for a country by name, only an answer does).
fn demonym_officials_reacting(
    tokens: &[Token<'_>],
    i: usize,
    gazetteer: &Gazetteer,
) -> Option<(usize, bool)> {
    let mut k = i;
    if tokens.get(k).is_some_and(|t| {
        matches!(
            t.lower(),
            "some" | "several" | "many" | "other" | "senior" | "top"
        )
    }) {
        k += 1;
    }
    let (n, entity, kind) = gazetteer.longest_match(tokens.get(k..)?.iter().map(|t| t.text))?;
    let (gazetteer::Entity::Country(c), gazetteer::TermKind::Demonym) = (entity, kind) else {
        return None;
    };
    k += n;
    let head = (k..tokens.len().min(k + 3)).find(|&j| {
        matches!(
            tokens[j].lower(),
            "officials"
                | "lawmakers"
                | "legislators"
                | "diplomats"
                | "ministers"
                | "figures"
                | "politicians"
                | "leaders"
        )
    })?;
    if tokens[k..=head]
        .iter()
        .any(|t| t.punct || t.is_capitalized())
    {
        return None;
    }
    let verb = tokens.get(head + 1)?;
    if verb.punct {
        return None;
    }
    let answers = is_reaction_verb(verb.lower()) || matches!(verb.lower(), "described" | "called");
    (answers || is_speech_verb(verb.lower())).then_some((c, answers))
}

/// The country whose seat of government opens the sentence of `at` (`In Canberra, …`).
fn opening_seat(tokens: &[Token<'_>], at: usize, gazetteer: &Gazetteer) -> Option<usize> {
    let start = sentence_start(tokens, at);
    if tokens.get(start)?.text != "In" {
        return None;
    }
    let words = tokens[start + 1..].iter().take(3).map(|t| t.text);
    match gazetteer.longest_match(words)? {
        (n, gazetteer::Entity::Country(c), gazetteer::TermKind::Metonym)
            if tokens.get(start + 1 + n)?.is_punct(&[","]) =>
        {
            Some(c)
        }
        _ => None,
    }
}

/// `Hardline lawmakers in Tehran`, `Officials in Kyiv`: at most two adjectives, a plural word
/// for officials, `in` and the seat of a government, from `i`; the position after it and the
/// seat's country.
fn officials_at_seat(
    tokens: &[Token<'_>],
    i: usize,
    gazetteer: &Gazetteer,
) -> Option<(usize, usize)> {
    let head = (i..tokens.len().min(i + 3)).find(|&k| {
        !tokens[k].punct && matches!(tokens[k].lower(), "officials" | "lawmakers" | "diplomats")
    })?;
    if tokens[i..head]
        .iter()
        .any(|t| t.punct || phrases::is_function_word(t.lower()))
        || tokens.get(head + 1)?.text != "in"
    {
        return None;
    }
    let seat = tokens[head + 2..].iter().map(|t| t.text);
    match gazetteer.longest_match(seat)? {
        (n, gazetteer::Entity::Country(c), gazetteer::TermKind::Metonym) => Some((head + 2 + n, c)),
        _ => None,
    }
}

/// The one country whose officials speak in a lead (`senior Mexican officials said`,
/// `Iran's oil ministry officials told reporters`): a country's name (possessive) or demonym,
/// at most two lowercase words, a word for officials, then a speech verb; or a lead that
/// opens with a country speaking (`DUBAI - Iran said on Tuesday …`, `The Kremlin warned`).
fn lead_officials_country(tokens: &[Token<'_>], gazetteer: &Gazetteer) -> Option<usize> {
    let mut found = None;
    let opening = usize::from(tokens.first().is_some_and(|t| t.lower() == "the"));
    let words: Vec<&str> = tokens[opening..tokens.len().min(opening + 4)]
        .iter()
        .map(|t| t.text)
        .collect();
    if let Some((n, gazetteer::Entity::Country(c), kind)) = gazetteer.longest_match(&words) {
        let speaks = tokens
            .get(opening + n)
            .is_some_and(|v| !v.punct && is_speech_verb(v.lower()));
        if speaks && kind != gazetteer::TermKind::Demonym && !tokens[opening + n - 1].possessive {
            found = Some(c);
        }
    }
    for (i, t) in tokens.iter().enumerate() {
        if !t.is_capitalized() {
            continue;
        }
        let words: Vec<&str> = tokens[i..tokens.len().min(i + 4)]
            .iter()
            .map(|t| t.text)
            .collect();
        let Some((n, gazetteer::Entity::Country(c), kind)) = gazetteer.longest_match(&words) else {
            continue;
        };
        let end = i + n;
        // `U.S. officials said`, `White House officials said`: a name or seat of government
        // before the word for officials owns them as a possessive or demonym does.
        let owner = tokens[end - 1].possessive
            || matches!(
                kind,
                gazetteer::TermKind::Demonym
                    | gazetteer::TermKind::Name
                    | gazetteer::TermKind::Metonym
            );
        if !owner {
            continue;
        }
        let Some(title) = (end..tokens.len().min(end + 3)).find(|&k| {
            matches!(
                tokens[k].lower(),
                "officials"
                    | "official"
                    | "leaders"
                    | "leader"
                    | "ministers"
                    | "authorities"
                    | "negotiators"
                    | "spokesman"
                    | "spokeswoman"
                    | "government"
            )
        }) else {
            continue;
        };
        let plain_between = tokens[end..title]
            .iter()
            .all(|t| !t.punct && !t.is_capitalized());
        let speaks = tokens
            .get(title + 1)
            .is_some_and(|v| is_speech_verb(v.lower()));
        if plain_between && speaks {
            match found {
                Some(other) if other != c => return None,
                _ => found = Some(c),
            }
        }
    }
    found
}

/// The countries the dispatch's frame text names by name or demonym (`Spain`, `Spanish`), and
/// with `metonyms` by a seat of its government or a capital (`the White House`, `Downing
/// Street`, `Khartoum`) other than the `dateline_city`, in their era's form, each once, the
/// most named first. (A lead's own count leaves metonyms out: a lead that names a state's seat
/// beside one of its regions is still placed by the region.)
fn named_countries(
    tokenized: &[Vec<Token<'_>>],
    gazetteer: &Gazetteer,
    era: &[(usize, usize)],
    metonyms: bool,
    dateline_city: Option<&str>,
) -> Vec<(usize, usize)> {
    let mut named: Vec<(usize, usize)> = Vec::new();
    for tokens in tokenized {
        for (i, t) in tokens.iter().enumerate() {
            if !t.is_capitalized() {
                continue;
            }
            // Country terms span a few words: a fixed buffer, no allocation per word.
            let mut words = [""; 8];
            let n = tokens.len().saturating_sub(i).min(words.len());
            for (slot, t) in words.iter_mut().zip(&tokens[i..i + n]) {
                *slot = t.text;
            }
            let mut term = gazetteer.longest_match(&words[..n]);
            // (`Pakistan People's Party`: a body whose name opens with its country's name names
            // the country too.)
            if matches!(term, Some((_, _, gazetteer::TermKind::Institution))) {
                term = gazetteer.longest_match(&words[..1]);
            }
            // (Not the dateline's own city: `monitored in Tokyo` under a TOKYO dateline is
            // where the news was heard, not a state that acts.)
            let counted =
                |(n, _, kind): &(usize, gazetteer::Entity, gazetteer::TermKind)| match kind {
                    gazetteer::TermKind::Name | gazetteer::TermKind::Demonym => true,
                    gazetteer::TermKind::Metonym => {
                        metonyms
                            && !dateline_city.is_some_and(|city| {
                                words[..*n].join(" ").eq_ignore_ascii_case(city)
                            })
                    }
                    _ => false,
                };
            if let Some((_, gazetteer::Entity::Country(c), _)) = term.filter(counted) {
                let c = in_era(era, c);
                match named.iter_mut().find(|(named, _)| *named == c) {
                    Some((_, count)) => *count += 1,
                    None => named.push((c, 1)),
                }
            }
        }
    }
    // Most named first (the first named first among equals).
    named.sort_by_key(|&(_, count)| std::cmp::Reverse(count));
    named
}

/// A lead's speaker that is an office nobody was named for (`The head of the UN nuclear
/// watchdog said`, `…, a top Bundesbank official said.`).
#[derive(Debug, Clone)]
struct LeadOffice {
    /// The description's last title word (`head`, `official`).
    head: String,
    /// The title words before it (`nuclear`, `top`).
    qualifiers: Vec<String>,
    /// The unnamed speaker the description resolved to.
    speaker: Speaker,
    /// `The head of …` rather than `a top … official`.
    definite: bool,
}

/// What one paragraph hands to the next.
#[derive(Debug, Default, Clone)]
struct Carry {
    /// Last speaker of a speech event (for `he said`).
    last: Option<Speaker>,
    /// Speaker of the previous paragraph's quotes (for a bare quote paragraph).
    previous_quote: Option<Speaker>,
    /// Speaker of a quote left open at the end of the previous paragraph.
    running: Option<Speaker>,
    /// Speaker of a previous paragraph ending `X said:`.
    colon: Option<Speaker>,
    /// The person an unnamed or institutional last speaker reported on (`A radio report
    /// said Foreign Minister X had called …`): whom a later `he` means.
    reported: Option<Speaker>,
    /// Head of the description of an unnamed last speaker (`a Western diplomat` → `diplomat`).
    unnamed_head: Option<String>,
    /// Unnamed speakers whose description gave a country, as (head, country), in order:
    /// whom a later `the spokesman said` means (`a government spokesman said` in a SEOUL
    /// lead).
    unnamed_countries: Vec<(String, String)>,
    /// The lead's speaker when it is an office nobody was named for (`The head of the UN
    /// nuclear watchdog said`): whom the next paragraph may name
    /// ([`People::lead_office_holder`]).
    lead_office: Option<LeadOffice>,
    /// The speakers the paragraph's quotes were given.
    quote_speakers: Vec<Speaker>,
}

/// Tokens outside quotes, with a `"` marker token where each quote stands.
/// `lower` is `text.to_ascii_lowercase()`.
fn frame_tokens<'a>(text: &'a str, lower: &'a str, quotes: &[Quote]) -> Vec<Token<'a>> {
    // Sized for the whole paragraph (about one token per six bytes): one allocation.
    let mut out = Vec::with_capacity(text.len() / 6 + quotes.len() + 1);
    let mut from = 0;
    for q in quotes {
        if let Some(frame) = text.get(from..q.open) {
            tokenize_into(frame, lower.get(from..q.open), from, &mut out);
        }
        // `… fears are "ludicrous." The Russian Foreign Minister …`: a quote inside a
        // sentence that closes on the sentence's end mark, before a capital, ends the frame's
        // sentence too. (Not a quote that opens its sentence: `"…." Bush said` is a typo
        // for `"…," Bush said`.)
        let embedded = out.last().is_some_and(|t| !t.punct);
        out.push(Token::mark("\"", q.open));
        let ends_sentence = embedded
            && q.closed
            && q.text(text).trim_end().ends_with(['.', '!', '?'])
            && text.get(q.end..).is_some_and(|rest| {
                rest.starts_with(' ') && rest.trim_start().starts_with(char::is_uppercase)
            });
        if ends_sentence {
            out.push(Token::mark(".", q.end));
        }
        from = q.end;
    }
    if let Some(frame) = text.get(from..) {
        tokenize_into(frame, lower.get(from..), from, &mut out);
    }
    drop_title_glosses(&mut out);
    out
}

/// `Irish Taoiseach (Prime Minister) Bertie Ahern`: a parenthesis that only glosses the title
/// before it is left out, so the title reaches the name; so is a firm's country unit,
/// `Bache Securities (Japan) analyst X`.
fn drop_title_glosses(tokens: &mut Vec<Token<'_>>) {
    let mut k = 1;
    while k + 1 < tokens.len() {
        let close = tokens[k]
            .is_punct(&["("])
            .then(|| (k + 1..tokens.len().min(k + 6)).find(|&j| tokens[j].punct))
            .flatten()
            .filter(|&j| tokens[j].is_punct(&[")"]) && j > k + 1);
        if let Some(close) = close {
            let gloss = tokens[k + 1..close]
                .iter()
                .all(|t| t.is_capitalized() && t.is_title());
            let between = tokens[k - 1].is_title()
                && tokens
                    .get(close + 1)
                    .is_some_and(|t| t.is_capitalized() && !t.punct);
            // (`Bache Securities (Japan) analyst Darrell Whitten`: a firm's country unit in
            // parentheses between its name and a title.)
            let unit = close == k + 2
                && tokens[k - 1].is_capitalized()
                && !tokens[k - 1].is_title()
                && tokens
                    .get(close + 1)
                    .is_some_and(|t| !t.punct && t.is_title())
                && matches!(
                    Gazetteer::get().lookup(tokens[k + 1].text),
                    Some((gazetteer::Entity::Country(_), gazetteer::TermKind::Name))
                );
            if (gloss && between) || unit {
                tokens.drain(k..=close);
                continue;
            }
            // `deputy khokim (mayor) X`, `The deputy akim (governor) of Kostanay region`: a
            // local word for an office, glossed in English; the gloss is the title.
            let local_office = close == k + 2
                && !tokens[k + 1].is_capitalized()
                && tokens[k + 1].is_title()
                && !tokens[k - 1].punct
                && !tokens[k - 1].is_capitalized()
                && !tokens[k - 1].is_title()
                && !phrases::is_function_word(tokens[k - 1].lower())
                && !matches!(tokens[k - 1].lower(), "the" | "a" | "an");
            if local_office {
                tokens.remove(close);
                tokens.remove(k);
                tokens.remove(k - 1);
                continue;
            }
        }
        k += 1;
    }
}

fn attribute_paragraph(
    text: &str,
    quotes: &[Quote],
    tokens: &[Token<'_>],
    para: usize,
    people: &mut People<'_>,
    carry: &mut Carry,
) -> Attribution {
    let ParagraphEvents {
        events,
        introduced,
        openers,
        reported,
        unnamed_head,
        unnamed_countries,
        lead_office,
    } = speech_events(tokens, para, people, carry);
    carry.lead_office = lead_office;
    carry.reported = reported;
    carry.unnamed_head = unnamed_head;
    carry.unnamed_countries = unnamed_countries;
    let markers: Vec<usize> = tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| t.punct && t.text == "\"")
        .map(|(i, _)| i)
        .collect();

    let mut speakers: Vec<Option<Speaker>> = Vec::with_capacity(quotes.len());
    let mut joint: Vec<Speaker> = Vec::new();
    let mut direct: Vec<bool> = Vec::with_capacity(quotes.len());
    for (n, q) in quotes.iter().enumerate() {
        let marker = markers.get(n).copied().unwrap_or(tokens.len());
        let content = q.text(text).trim_end();
        let continues_sentence = content.ends_with([',', '?', '!', '—', '-']);
        // (`“… to heal.” According to Tenenbaum, the reason …`: a capitalized `According`
        // opens a sentence of its own, about something else.)
        // (A quote of one word is more often a term than speech, and one that ends its own
        // sentence leaves the next to someone else: only a longer one inside the sentence
        // reaches a verb far after it.)
        let phrase =
            content.split_whitespace().nth(1).is_some() && !content.ends_with(['.', '?', '!']);
        let after = event_after(tokens, marker, &events, phrase)
            .filter(|e| !(e.verb == marker + 1 && tokens[e.verb].text == "According"));
        let before = event_before(tokens, marker, &events);
        // `X said his government would “look at the text,” according to the news agency
        // ANSA.`: a medium named after the quote passes on what the sentence's speaker said.
        let relayed = after.is_some_and(|e| {
            tokens[e.verb].lower() == "according" && !matches!(e.speaker, Some(Speaker::Person(_)))
        });
        let person_before = before.filter(|e| {
            matches!(e.speaker, Some(Speaker::Person(_)))
                && sentence_start(tokens, e.verb) == sentence_start(tokens, marker)
        });
        // (`described as a "disgraceful act" by X, and "deceitful" by Y`: a quote right
        // before `by` is the characterisation of whoever `by` names.)
        // (`the government called it a “welcome resolution”, as stated by Information Minister
        // X.`: so is a quote its sentence attributes with `as stated by`.)
        let passive_after = after.filter(|e| {
            (e.verb == marker + 1 && tokens[e.verb].text == "by")
                || (e.verb > 0
                    && tokens[e.verb - 1].lower() == "as"
                    && tokens.get(e.verb + 1).is_some_and(|t| t.text == "by")
                    && sentence_start(tokens, e.verb) == sentence_start(tokens, marker))
        });
        let chosen = if relayed && person_before.is_some() {
            person_before
        } else if passive_after.is_some() {
            passive_after
        } else if continues_sentence {
            // (`Senator X said, "…," That amendment was approved … in the Senate and added
            // …`: a person whose verb introduces the quote says it, whatever verb follows.)
            let introduced_by_person = person_before.filter(|e| {
                marker > e.verb
                    && marker - e.verb <= 2
                    && tokens[e.verb + 1..marker]
                        .iter()
                        .all(|t| t.is_punct(&[",", ":"]))
            });
            introduced_by_person.or(after).or(before)
        } else {
            before.or(after)
        };
        let scare = is_term_or_title(tokens, marker, content);
        if !scare {
            joint.extend(chosen.and_then(|e| e.also.clone()));
        }
        direct.push(chosen.is_some() && !scare);
        speakers.push(if scare {
            None
        } else {
            chosen.and_then(|e| e.speaker.clone())
        });
    }

    // Quotes without their own verb: same paragraph first, then the previous paragraph.
    let opens_with_quote = text.trim_start().starts_with(['“', '"', '„', '«']);
    let inherited = carry
        .running
        .clone()
        .or_else(|| carry.colon.clone())
        .or_else(|| {
            opens_with_quote
                .then(|| carry.previous_quote.clone().or_else(|| carry.last.clone()))
                .flatten()
        });
    for n in 0..quotes.len() {
        let marker = markers.get(n).copied().unwrap_or(0);
        if direct[n] || is_term_or_title(tokens, marker, quotes[n].text(text)) {
            continue;
        }
        if word_count(quotes[n].text(text)) <= SHORT_QUOTE_WORDS {
            continue;
        }
        let from_neighbours = (0..n)
            .rev()
            .chain(n + 1..quotes.len())
            .find(|&m| direct[m])
            .and_then(|m| speakers[m].clone());
        // `Chirac said the means were available. "What is needed is …"`
        let from_earlier_sentence = events
            .iter()
            .rev()
            .find(|e| e.verb < marker && e.speaker.is_some())
            .and_then(|e| e.speaker.clone());
        // `Mr. Calderón then took over. "Thank you …"`: a quote with no speech verb right
        // after a sentence opened by a person (or in one) is that person's.
        let from_opener = || {
            let own = sentence_start(tokens, marker);
            // (`one of his supporters stated that "…"`: a verb of its own, even one whose
            // subject is not understood, leaves the quote to that verb.)
            if tokens[own..marker]
                .iter()
                .any(|t| !t.punct && is_speech_verb(t.text))
            {
                return None;
            }
            let previous = if own > 0 {
                sentence_start(tokens, own - 1)
            } else {
                own
            };
            openers
                .iter()
                .rev()
                .find(|(at, _)| *at < marker && *at >= previous)
                .map(|(_, who)| who.clone())
        };
        let first_unattributed = n == 0 || !direct[..n].iter().any(|d| *d);
        let carried = carry.running.clone().or_else(|| carry.colon.clone());
        speakers[n] = from_neighbours
            .or(from_earlier_sentence)
            .or_else(|| carried.filter(|_| first_unattributed))
            .or_else(from_opener)
            .or_else(|| {
                if first_unattributed {
                    inherited.clone()
                } else {
                    None
                }
            });
    }

    let mut result = Attribution::default();
    for speaker in speakers.iter().flatten().chain(&joint) {
        people.describe(speaker, &mut result);
    }

    carry.running = quotes
        .last()
        .filter(|q| !q.closed)
        .and_then(|_| speakers.last().cloned().flatten());
    carry.colon = if text.trim_end().ends_with(':') {
        events.last().and_then(|e| e.speaker.clone())
    } else {
        None
    };
    carry.previous_quote = speakers.iter().rev().flatten().next().cloned();
    carry.quote_speakers = speakers.iter().flatten().cloned().collect();
    if let Some((n, last)) = events.iter().enumerate().rev().find(|(_, e)| e.main) {
        carry.last = last.speaker.clone();
        // `According to an anonymous official, one of them was X, who admitted …`: what an
        // unnamed informant relays, a named person said; the next `she said` is theirs.
        let relayed = tokens[last.verb].lower() == "according"
            && matches!(last.speaker, Some(Speaker::Unnamed(_)));
        if relayed {
            let sentence = sentence_start(tokens, last.verb);
            if let Some(person) = events[n + 1..].iter().rev().find(|e| {
                sentence_start(tokens, e.verb) == sentence
                    && matches!(e.speaker, Some(Speaker::Person(_)))
            }) {
                carry.last = person.speaker.clone();
            }
        }
    }
    if let Some(last) = carry.previous_quote.clone() {
        carry.last = Some(last);
    }
    // `Mia Mottley, the prime minister of Barbados, made an appeal.` closing a paragraph after
    // its quotes and verbs: the next paragraph's `she said` or bare quote is hers.
    if let Some((at, who @ Speaker::Person(_))) = introduced {
        let after_events = events.last().is_none_or(|e| e.verb < at);
        // (`Hezbollah leader X appeared on television and threatened to make it “a
        // graveyard.”`: a short quote after an official that nobody speaks leaves them the
        // last one named.)
        let titled = people.is_titled(&who);
        let after_quotes = markers
            .iter()
            .zip(&speakers)
            .zip(quotes)
            .all(|((&m, speaker), q)| {
                m < at
                    || (titled
                        && speaker.is_none()
                        && word_count(q.text(text)) <= SHORT_QUOTE_WORDS)
            });
        if after_events && after_quotes {
            carry.last = Some(who);
            carry.previous_quote = None;
        }
    }
    result
}

/// `source`, `official`, `diplomat`, `insider`: heads that name the same kind of unnamed
/// informant ([`is_anonymous_head`]), so `the official` may take up `a diplomat`.
fn same_informant_kind(a: &str, b: &str) -> bool {
    is_anonymous_head(a) && is_anonymous_head(b)
}

/// A new unnamed informant of no country, described by `head`, speaks: a later `the
/// diplomat` means them, not an earlier informant of that kind whose country was known.
fn forget_informants(unnamed_countries: &mut Vec<(String, String)>, head: &str) {
    unnamed_countries.retain(|(h, _)| h != head && !same_informant_kind(h, head));
}

/// Index of the first token of the frame clause that holds token `at`: after the last
/// sentence end or quote marker before it.
fn frame_start(tokens: &[Token<'_>], at: usize) -> usize {
    (0..at)
        .rev()
        .find(|&k| tokens[k].ends_sentence() || tokens[k].text == "\"")
        .map_or(0, |k| k + 1)
}

/// Index of the first token of the sentence that holds token `at`.
pub(super) fn sentence_start(tokens: &[Token<'_>], at: usize) -> usize {
    (0..at)
        .rev()
        .find(|&k| tokens[k].ends_sentence())
        .map_or(0, |k| k + 1)
}

/// What [`speech_events`] finds in a paragraph.
struct ParagraphEvents {
    /// Speech verbs with their speakers, in order.
    events: Vec<Event>,
    /// The last person who opened a sentence, with the token where they did.
    introduced: Option<(usize, Speaker)>,
    /// Every person who opened a sentence, with the token where they did, in order.
    openers: Vec<(usize, Speaker)>,
    /// See [`Carry::reported`].
    reported: Option<Speaker>,
    /// See [`Carry::unnamed_head`].
    unnamed_head: Option<String>,
    /// See [`Carry::unnamed_countries`].
    unnamed_countries: Vec<(String, String)>,
    /// See [`Carry::lead_office`].
    lead_office: Option<LeadOffice>,
}

/// Every speech verb of the paragraph with its resolved subject, in order; and the last
/// person who opened a sentence, with the token index where they did.
fn speech_events(
    tokens: &[Token<'_>],
    para: usize,
    people: &mut People<'_>,
    carry: &Carry,
) -> ParagraphEvents {
    let gazetteer = people.gazetteer();
    let mut events = Vec::new();
    let mut last = carry.last.clone();
    // Only a sentence's first speech verb is its main one: `He said the draft … when the Soviet
    // leader insisted …` leaves `he` as the speaker a later `he said` refers to.
    let mut sentence_has_event = false;
    let mut latest_introduced = None;
    let mut openers = Vec::new();
    let mut reported = carry.reported.clone();
    let mut unnamed_head = carry.unnamed_head.clone();
    let mut unnamed_countries = carry.unnamed_countries.clone();
    let mut lead_office = carry.lead_office.clone();
    for (i, t) in tokens.iter().enumerate() {
        // `The government says …, but opposition leader Nyongo says`: a clause coordinated
        // after a comma has a main verb of its own.
        let coordinated = i > 0
            && tokens[i - 1].is_punct(&[","])
            && matches!(t.lower(), "but" | "while" | "whereas");
        if t.ends_sentence() || coordinated {
            sentence_has_event = false;
        }
        if t.punct {
            continue;
        }
        // `Prime Minister Hasina backtracked … . "…," she said`: a person who opens a
        // sentence is who a later pronoun refers to, even without a speech verb.
        // (Also after a short opening phrase of place or time: `In China, Foreign Ministry
        // spokesman Liu Jianchao expressed concern …`.)
        let sentence_start = i == 0
            || tokens[i - 1].ends_sentence()
            || (tokens[i - 1].is_punct(&[","]) && after_opening_phrase(tokens, i - 1));
        // `… ahead of Howard's trip and Trade and Industry Secretary Paul Channon on Friday
        // sought to …`: a titled person opening a clause joined by `and` or `but`.
        let clause_start = !sentence_start
            && i >= 2
            && matches!(tokens[i - 1].text, "and" | "but")
            && !tokens[i - 2].punct
            && !tokens[i - 2].is_capitalized()
            // (`she and Soviet Premier Nikolai Ryzhkov had set targets`: two subjects.)
            && !tokens::is_pronoun(tokens[i - 2].lower());
        if clause_start && t.is_capitalized() {
            let range = phrase_forward(tokens, i);
            let verb_follows = tokens
                .get(range.end)
                .is_some_and(|n| !n.punct && !n.is_capitalized());
            if let Some(subject @ Subject::Named { .. }) = analyze(&tokens[range], gazetteer) {
                let titled_name = matches!(&subject, Subject::Named { words, titles, .. }
                    if words.len() >= 2 && !titles.is_empty());
                if titled_name && verb_follows {
                    last = people.resolve(&subject, last.as_ref(), (para, t.start));
                    latest_introduced = last.clone().map(|s| (i, s));
                    openers.extend(latest_introduced.clone());
                }
            }
        }
        // `A similar argument was made … by Federal Reserve Board chairman Paul Volcker.`: the
        // agent closing a passive sentence without a speech verb is whom a later `he` means.
        let agent_by = t.text == "by"
            && !sentence_has_event
            && tokens[self::sentence_start(tokens, i)..i]
                .windows(2)
                .any(|w| {
                    matches!(w[0].lower(), "was" | "were" | "been")
                        && (w[1].lower().ends_with("ed")
                            || matches!(w[1].lower(), "made" | "given"))
                });
        if agent_by {
            let range = phrase_forward(tokens, i + 1);
            let closes = range.end > range.start
                && (tokens[range.end - 1].ends_sentence()
                    || tokens
                        .get(range.end)
                        .is_some_and(|n| n.ends_sentence() && n.punct));
            if closes {
                if let Some(agent @ Subject::Named { .. }) = analyze(&tokens[range], gazetteer) {
                    if matches!(&agent, Subject::Named { words, .. } if words.len() >= 2) {
                        last = people.resolve(&agent, last.as_ref(), (para, t.start));
                    }
                }
            }
        }
        // (`In Port Sudan, a senior military officer dismissed …`: a place opening the
        // sentence is where, not who.)
        let opening_place = matches!(t.lower(), "in" | "at" | "from");
        if sentence_start && t.is_capitalized() && !opening_place {
            let range = phrase_forward(tokens, i);
            // `Baker's statements had moved markets, he said`: a possessive names the owner
            // of the subject, not the subject.
            let owner = range.end > range.start && tokens[range.end - 1].possessive;
            let opening = analyze(&tokens[range.clone()], gazetteer);
            // `A Kyrgyz official involved in the talks disputed that.`: an unnamed official
            // whose country the description gives, opening a sentence, is whom a later `the
            // official said` means.
            if let Some(
                described @ Subject::Description {
                    definite: false,
                    country: Some(phrases::Allegiance::Country(_)),
                    ..
                },
            ) = &opening
            {
                if let (Subject::Description { head, .. }, Some(Speaker::Unnamed(Some(country)))) =
                    (described, people.resolve(described, None, (para, t.start)))
                {
                    unnamed_countries.push((head.clone(), country.clone()));
                    // (A new informant: `the official` is this one now.)
                    last = Some(Speaker::Unnamed(Some(country)));
                    unnamed_head = Some(head.clone());
                }
            }
            // (`A Western diplomat following the talks was blunter.`: a new informant of no
            // country; a later `the diplomat` is not one met before it.)
            if let Some(Subject::Description {
                head,
                definite: false,
                country: None,
                ..
            }) = &opening
            {
                forget_informants(&mut unnamed_countries, head);
            }
            let subject = if owner { None } else { opening };
            // `Burundi's foreign minister, Emmanuel Ndikumasabo, was more cautious.`, `The
            // governor of Sandaun province, Lazarus Kumbu, welcomed …`: a description in
            // apposition to a name opens the sentence for that name.
            let subject = match subject {
                Some(named @ Subject::Named { .. }) => Some(named),
                // Only whom it names: the mention scan already judged whose official that is
                // (`The Conflicts Secretary of the Bolivian Miners Federation, X,` is no
                // Bolivian official).
                _ => name_after_description(tokens, description_end(tokens, range), gazetteer).map(
                    |subject| match subject {
                        Subject::Named {
                            words,
                            titles,
                            qualified,
                            ..
                        } => Subject::Named {
                            words,
                            titles,
                            country: None,
                            usual_country: None,
                            qualified,
                        },
                        other => other,
                    },
                ),
            };
            if let Some(subject @ Subject::Named { .. }) = subject {
                let introduced = match &subject {
                    Subject::Named { words, titles, .. } => words.len() >= 2 || !titles.is_empty(),
                    _ => false,
                };
                if introduced {
                    last = people.resolve(&subject, last.as_ref(), (para, t.start));
                    latest_introduced = last.clone().map(|s| (i, s));
                    openers.extend(latest_introduced.clone());
                } else if let Some(known @ Speaker::Person(_)) =
                    people.resolve(&subject, last.as_ref(), (para, t.start))
                {
                    // `Sourrouille reminded the committee … . But he said`: a surname of
                    // someone already named opens the sentence just as well.
                    latest_introduced = Some((i, known.clone()));
                    openers.extend(latest_introduced.clone());
                    last = Some(known);
                }
            }
        }
        // `At Kaneshie market in Accra, trader Akosua Boakye was not convinced.`, `The show's
        // presenter Patrick Lodiers revealed …`: a full name after a lowercase role opens the
        // sentence as a titled one does.
        if sentence_start {
            if let Some(name) = name_after_role(tokens, i, false)
                .or_else(|| opening_apposition_name(tokens, i))
                .or_else(|| name_among(tokens, i))
            {
                let range = phrase_forward(tokens, name);
                if let Some(subject @ Subject::Named { .. }) = analyze(&tokens[range], gazetteer) {
                    if matches!(&subject, Subject::Named { words, .. } if words.len() >= 2) {
                        last = people.resolve(&subject, last.as_ref(), (para, tokens[name].start));
                        latest_introduced = last.clone().map(|s| (name, s));
                        openers.extend(latest_introduced.clone());
                    }
                }
            }
        }
        // `For workers like Joselito Amaral da Costa, a bus driver in Ceilandia, the change
        // means … . "…," he said.`: a full name given a role in apposition, in a sentence that
        // reports no one's speech, is whom a later pronoun means.
        if !sentence_start
            && !sentence_has_event
            && t.is_capitalized()
            && tokens[i - 1].lower() == "like"
        {
            let range = phrase_forward(tokens, i);
            if role_apposition_after(tokens, range.end) {
                if let Some(subject @ Subject::Named { .. }) = analyze(&tokens[range], gazetteer) {
                    if matches!(&subject, Subject::Named { words, .. } if words.len() >= 2) {
                        last = people.resolve(&subject, last.as_ref(), (para, t.start));
                        latest_introduced = last.clone().map(|s| (i, s));
                        openers.extend(latest_introduced.clone());
                    }
                }
            }
        }
        let subject = if let Some(went) = went_on_to(tokens, i) {
            // `He then went on to say, "…"`, `The President went on to accuse …`: the subject
            // of `went`.
            subject_of_verb(tokens, went, gazetteer)
        } else if tokens::is_present_tense_report(t.text) {
            // (Right after a name or `he`/`she`, or an adverb after them: `Maebus then calls
            // Saudi Arabia a “mess,”`; not `a law which states`, `the bill, …, states`.)
            let mut k = i;
            if k > 0
                && (tokens[k - 1].lower().ends_with("ly")
                    || matches!(
                        tokens[k - 1].lower(),
                        "also" | "then" | "further" | "now" | "still" | "later"
                    ))
            {
                k -= 1;
            }
            let after_person = k > 0
                && !tokens[k - 1].punct
                && (tokens[k - 1].is_capitalized()
                    || matches!(tokens[k - 1].lower(), "he" | "she"));
            // (Not a body's name: `The Centre for Independent Studies describes itself`,
            // `Statoil ASA suggests`.)
            let body = after_person && {
                let mut start = k;
                while start > 0
                    && !tokens[start - 1].punct
                    && (tokens[start - 1].is_capitalized()
                        || matches!(tokens[start - 1].text, "of" | "for" | "on" | "the" | "and"))
                {
                    start -= 1;
                }
                let name = start..k;
                tokens[name.clone()]
                    .iter()
                    .any(|t| matches!(t.lower(), "the" | "of" | "for" | "on" | "and"))
                    || tokens[name].iter().any(|t| {
                        tokens::is_institution_word(t.text)
                            || matches!(
                                t.text,
                                "ASA" | "Inc" | "Ltd" | "Co" | "Corp" | "AG" | "SA" | "plc" | "PLC"
                            )
                    })
            };
            if !after_person || body {
                continue;
            }
            subject_of_verb(tokens, i, gazetteer)
        } else if is_speech_verb(t.text)
            // (`Adding, "…"` opening a sentence.)
            || (t.text == "Adding" && (i == 0 || tokens[i - 1].ends_sentence()))
        {
            if i > 0 && tokens[i - 1].text.eq_ignore_ascii_case("to") {
                continue;
            }
            // (`indicating he would have more to say "…"`: only before a clause, not
            // `possibly indicating pneumonia` or `indicating to Iran`.)
            let indicates = t.text == "indicating";
            if indicates
                && !tokens
                    .get(i + 1)
                    .is_some_and(|n| matches!(n.lower(), "that" | "he" | "she" | "they" | "we"))
            {
                continue;
            }
            if let Some(stated) = as_stated_by(tokens, i, gazetteer) {
                Some(stated)
            } else {
                // `The administration's proposed farm policy changes`, `the announced cuts`: a
                // participle after a determiner describes a noun; nobody speaks.
                let adjectival = t.text.ends_with("ed")
                    && i > 0
                    && (tokens[i - 1].possessive
                        || matches!(
                            tokens[i - 1].lower(),
                            "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "this"
                        ))
                    && tokens.get(i + 1).is_some_and(|n| {
                        !n.punct
                            && !n.is_capitalized()
                            && !phrases::is_function_word(n.lower())
                            && n.lower() != "that"
                    });
                // (`a self-proclaimed "dictocrat"`, `self proclaimed`: a label, not speech.)
                let self_styled =
                    i > 0 && tokens[i - 1].lower() == "self" || t.lower().starts_with("self-");
                // (`said Lopez Obrador's claims "…"`: after another speech verb, a word a
                // possessive owns is the noun it reports, not a verb; not `John Howard's claims
                // that …`, which are his.)
                let owned_noun = i > 0 && tokens[i - 1].possessive && !tokens[i - 1].punct && {
                    let owner = phrases::phrase_backward(tokens, i);
                    let mut before = owner.start;
                    if before > 0 && tokens[before - 1].lower() == "that" {
                        before -= 1;
                    }
                    before > 0 && is_speech_verb(tokens[before - 1].text)
                };
                if adjectival || self_styled || owned_noun {
                    continue;
                }
                // `The incident was described as “…” by X`: in the passive the subject is what is
                // spoken of; the speaker, if any, comes after `by`.
                let passive = t.text.ends_with("ed")
                    && i > 0
                    && matches!(tokens[i - 1].lower(), "was" | "were" | "been" | "being")
                    && tokens.get(i + 1).is_some_and(|n| n.lower() == "as");
                if passive {
                    continue;
                }
                // `continued making payments`, `if the slide continues.`: only `…," he
                // continued.` (a quote just before), `continued:` or `continued, "…"` speaks.
                if matches!(t.text, "continued" | "continues") {
                    let colon = tokens.get(i + 1).is_some_and(|n| n.is_punct(&[":"]))
                        || (tokens.get(i + 1).is_some_and(|n| n.is_punct(&[","]))
                            && tokens.get(i + 2).is_some_and(|n| n.text == "\"")
                            // (Of a person: not `If the calm continues, "…"`.)
                            && i > 0
                            && !tokens[i - 1].punct
                            && (tokens[i - 1].is_capitalized()
                                || matches!(tokens[i - 1].lower(), "he" | "she")));
                    let after_quote = tokens[i.saturating_sub(4)..i]
                        .iter()
                        .any(|p| p.text == "\"");
                    if !(colon || after_quote) {
                        continue;
                    }
                }
                subject_of_verb(tokens, i, gazetteer)
            }
        } else if matches!(t.lower(), "quoted" | "quotes") {
            // Only `X quoted NAME` / `NAME was quoted`: `the quoted price` says nothing.
            match quoted_as_saying(tokens, i, gazetteer) {
                Some(Subject::Organization(_)) | None => continue,
                subject => subject,
            }
        } else if matches!(t.text, "accusing" | "insisting") {
            // `…, with Tuvalu's climate minister accusing rich countries of “…”`: in an
            // absolute `with` clause the participle speaks for its subject (elsewhere
            // `accusing` and `insisting` follow too many other verbs to be speech).
            let range = phrase_backward(tokens, i);
            let with_clause =
                !range.is_empty() && range.start > 0 && tokens[range.start - 1].text == "with";
            match analyze(&tokens[range], gazetteer) {
                subject @ Some(
                    Subject::Named { .. } | Subject::Description { .. } | Subject::Unnamed(_),
                ) if with_clause => subject,
                _ => continue,
            }
        } else if let Some(subject) = as_put_it(tokens, i, gazetteer) {
            Some(subject)
        } else if let Some(subject) = passive_by(tokens, i, gazetteer) {
            Some(subject)
        } else if t.text.eq_ignore_ascii_case("according")
            && tokens.get(i + 1).is_some_and(|n| n.text == "to")
        {
            let range = phrase_forward(tokens, i + 2);
            // (`According to BBC News, spokesman X rejected the offer, saying “…”`: a medium
            // or body opening the sentence only sources the clause after it, whose own verb
            // speaks.)
            let sources_a_clause = self::sentence_start(tokens, i) == i
                && tokens.get(range.end).is_some_and(|n| n.is_punct(&[","]))
                && tokens.get(range.end + 1).is_some_and(|n| !n.punct)
                && tokens[range.end + 1..]
                    .iter()
                    .take_while(|n| !n.ends_sentence())
                    .any(|n| !n.punct && is_speech_verb(n.text));
            if sources_a_clause
                && !tokens[range.clone()].iter().any(|n| n.is_title())
                && matches!(
                    analyze(&tokens[range.clone()], gazetteer),
                    Some(Subject::Organization(_))
                )
            {
                continue;
            }
            // `according to the Minister of Foreign Relations, Celso Amorim,`
            match analyze(&tokens[range.clone()], gazetteer) {
                Some(
                    Subject::Description { .. } | Subject::Unnamed(_) | Subject::Organization(_),
                ) => name_after_description(tokens, range.clone(), gazetteer)
                    .or_else(|| analyze(&tokens[range], gazetteer)),
                subject => subject,
            }
        } else {
            continue;
        };
        let subject = match subject {
            None | Some(Subject::Unnamed(None)) if para == 0 => {
                lead_officials(tokens, i, gazetteer).or(subject)
            }
            subject => subject,
        };
        let Some(subject) = subject else { continue };
        // `In Canberra, a spokesperson for the Department of Foreign Affairs said`: an unnamed
        // official of a government the text leaves unnamed, in a sentence that opens at a seat
        // of government, is that seat's.
        let subject = match subject {
            Subject::Description {
                head,
                definite,
                country: Some(phrases::Allegiance::LocalGovernment),
                qualifiers,
            } => Subject::Description {
                country: Some(opening_seat(tokens, i, gazetteer).map_or(
                    phrases::Allegiance::LocalGovernment,
                    phrases::Allegiance::Country,
                )),
                head,
                definite,
                qualifiers,
            },
            subject => subject,
        };
        let named = matches!(subject, Subject::Named { .. });
        let at = (para, t.start);
        // `A radio report said Minister X had called …, he was quoted as saying`: after an
        // unnamed or institutional speaker, `he` is the person its report was about.
        let about_reported = match (&subject, &last) {
            (Subject::Pronoun(p), Some(Speaker::Unnamed(_) | Speaker::Organization(_)))
                if matches!(p.as_str(), "he" | "she") =>
            {
                reported.clone()
            }
            _ => None,
        };
        // (`the Reebok spokesman said`: a description naming another body is a new informant
        // of no country, and a later `the spokesman` is that one.)
        let names_a_body = matches!(subject, Subject::Description { .. })
            && tokens[phrase_backward(tokens, subject_end(tokens, i))]
                .iter()
                .any(|t| {
                    t.is_capitalized()
                        && !t.is_title()
                        && !matches!(t.lower(), "the" | "a" | "an")
                        && !tokens::is_institution_word(t.text)
                        && !phrases::is_government_body(t.text)
                        && gazetteer.lookup(t.text).is_none()
                });
        if names_a_body {
            if let Subject::Description { head, .. } = &subject {
                forget_informants(&mut unnamed_countries, head);
            }
        }
        // `A Western diplomat said …. “…,” the diplomat said`: the unnamed speaker again, not
        // a named diplomat from further up.
        let same_unnamed = match (&subject, &last, &unnamed_head) {
            (
                Subject::Description {
                    head,
                    definite: true,
                    ..
                },
                Some(again @ Speaker::Unnamed(_)),
                Some(h),
            ) if head == h && !names_a_body => Some(again.clone()),
            _ => None,
        };
        // `Two Saudi officials … said …. “…,” one of them said`: one of the unnamed speakers
        // again.
        let one_of_them = match &last {
            Some(again @ Speaker::Unnamed(_)) if one_of_them(tokens, i) => Some(again.clone()),
            _ => None,
        };
        // (The unnamed speaker just met again is no other kind of informant.)
        let met_again = same_unnamed.is_some();
        // `The utility has asked for more. "…," she said`: a `he` or `she` that opens its
        // clause is no body; the last person mentioned with a role, if any. (Not `quoted him
        // as saying`, whose speaker the medium's report may not have named.)
        let person_not_body = match (&subject, &last) {
            (Subject::Pronoun(p), Some(Speaker::Organization(_)))
                if matches!(p.as_str(), "he" | "she")
                    && subject_end(tokens, i)
                        .checked_sub(1)
                        .is_some_and(|k| matches!(tokens[k].lower(), "he" | "she")) =>
            {
                people.last_mentioned(at).map(Speaker::Person)
            }
            _ => None,
        };
        let speaker = about_reported
            .or(same_unnamed)
            .or(one_of_them)
            .or(person_not_body)
            .or_else(|| people.resolve(&subject, last.as_ref(), at));
        // `… a government spokesman said.` / `“…,” the spokesman said`: a definite
        // description without a country that names nobody known is the unnamed speaker of
        // that description met before.
        let speaker = match (&subject, speaker) {
            (
                Subject::Description {
                    head,
                    definite: true,
                    country: None,
                    ..
                },
                Some(Speaker::Unnamed(None)),
            ) if !names_a_body => Some(Speaker::Unnamed(
                unnamed_countries
                    .iter()
                    .rev()
                    .find(|(h, _)| h == head || (!met_again && same_informant_kind(h, head)))
                    .map(|(_, c)| c.clone()),
            )),
            (_, speaker) => speaker,
        };
        // (`Zardari states that …`, `Howard denies that …`: the present tense of a feature
        // speaks for a person the dispatch names; `the letter states`, `Gulf states`, `Western
        // calls`, `a website which describes itself` do not.)
        if tokens::is_present_tense_report(t.text) && !matches!(speaker, Some(Speaker::Person(_))) {
            continue;
        }
        match (&subject, &speaker) {
            (Subject::Description { head, .. }, Some(Speaker::Unnamed(Some(c)))) => {
                unnamed_countries.push((head.clone(), c.clone()));
            }
            // `A Slovak diplomat said …` then `A senior European diplomat … said`: a new
            // informant of no country; a later `the diplomat` is no longer the Slovak one.
            (
                Subject::Description {
                    head,
                    definite: false,
                    ..
                },
                Some(Speaker::Unnamed(None)),
            ) => forget_informants(&mut unnamed_countries, head),
            _ => {}
        }
        // `…, which Washington has been urging for months, Baldrige declined`: a verb in a
        // relative clause is not the sentence's own.
        // (Not a medium passing on what someone said: `X said …, Tehran Radio reported.`)
        let closing = !matches!(subject, Subject::Organization(_))
            && !matches!(t.lower(), "reported" | "reports")
            && closes_sentence(tokens, i);
        let main = (!sentence_has_event || closing) && !in_relative_clause(tokens, i);
        if main {
            // (The lead's first sentence: one further down may be about someone else.)
            if para == 0 && self::sentence_start(tokens, i) == 0 {
                // (`…, a top Bundesbank official said.` / `Board member X also told …`: an
                // indefinite one too.)
                lead_office = match (&subject, &speaker) {
                    (
                        Subject::Description {
                            head,
                            qualifiers,
                            definite,
                            ..
                        },
                        Some(unnamed @ Speaker::Unnamed(_)),
                    ) => Some(LeadOffice {
                        head: head.clone(),
                        qualifiers: qualifiers.clone(),
                        speaker: unnamed.clone(),
                        definite: *definite,
                    }),
                    _ => None,
                };
            }
            last = speaker.clone();
            sentence_has_event = true;
            unnamed_head = match (&subject, &speaker) {
                (Subject::Description { head, .. }, Some(Speaker::Unnamed(_))) => {
                    Some(head.clone())
                }
                (_, Some(Speaker::Unnamed(_))) => unnamed_head.take(),
                _ => None,
            };
            reported = match &speaker {
                Some(Speaker::Unnamed(_) | Speaker::Organization(_)) => {
                    reported_subject(tokens, i, gazetteer)
                        .and_then(|s| people.resolve(&s, None, at))
                        .filter(|s| matches!(s, Speaker::Person(_)))
                }
                _ => None,
            };
        }
        let also = if named {
            joint_subject(tokens, i, gazetteer)
                .and_then(|first| people.resolve(&first, None, (para, t.start)))
        } else {
            None
        };
        events.push(Event {
            verb: i,
            speaker,
            named,
            main,
            also,
        });
    }
    ParagraphEvents {
        events,
        introduced: latest_introduced,
        openers,
        reported,
        unnamed_head,
        unnamed_countries,
        lead_office,
    }
}

/// `went on to say` / `goes on to accuse`: the index of `went` when the word at `verb` is a
/// speech verb's base form after it.
fn went_on_to(tokens: &[Token<'_>], verb: usize) -> Option<usize> {
    if verb < 3 || tokens[verb - 1].text != "to" || tokens[verb - 2].text != "on" {
        return None;
    }
    let went = verb - 3;
    let base = matches!(
        tokens[verb].text,
        "say"
            | "add"
            | "tell"
            | "accuse"
            | "describe"
            | "call"
            | "warn"
            | "urge"
            | "insist"
            | "note"
            | "claim"
            | "argue"
            | "praise"
            | "criticize"
            | "criticise"
            | "ask"
            | "predict"
            | "suggest"
            | "explain"
            | "state"
            | "declare"
            | "stress"
            | "condemn"
            | "dismiss"
            | "deny"
            | "thank"
            | "express"
            | "question"
            | "compare"
            | "blame"
    );
    (base && matches!(tokens[went].text, "went" | "goes" | "go")).then_some(went)
}

/// `Negotiators agreed on a pact, Trade Minister X said.`: a speech verb whose subject follows
/// a comma and which closes the sentence (a short tail at most: `told reporters`, `on
/// Monday`) is the sentence's main one; the verbs before it are in the content it reports.
fn closes_sentence(tokens: &[Token<'_>], verb: usize) -> bool {
    let subject = phrase_backward(tokens, subject_end(tokens, verb));
    // (`…, conference chairman X said`: a word or two of description may come first.)
    let after_comma = !subject.is_empty()
        && (subject.start.saturating_sub(3)..subject.start)
            .rev()
            .find(|&k| tokens[k].punct)
            .is_some_and(|k| {
                tokens[k].is_punct(&[","])
                    && !tokens[k + 1..subject.start]
                        .iter()
                        .any(|t| is_speech_verb(t.text) || is_finite_verb(t.lower()))
            });
    let tail = tokens[verb + 1..]
        .iter()
        .take_while(|t| !t.ends_sentence())
        .collect::<Vec<_>>();
    after_comma
        && tail.len() <= 6
        && !tail
            .iter()
            .any(|t| t.punct || is_speech_verb(t.text) || is_finite_verb(t.lower()))
}

/// Plurals for unnamed informants, which a phrase leaves out (`Two Saudi officials`).
fn is_plural_informant(lower: &str) -> bool {
    matches!(lower, "officials" | "diplomats" | "sources")
}

/// Words counting unnamed informants (`Two Indian officials`, `several diplomats`).
fn is_count_word(lower: &str) -> bool {
    matches!(
        lower,
        "two" | "three" | "four" | "five" | "several" | "some" | "other"
    )
}

/// Words for an anonymous informant, which a later `the source` or `the official` takes up
/// whichever was used first (`an unnamed Kremlin official said …` / `the source said`).
fn is_anonymous_head(head: &str) -> bool {
    matches!(
        head,
        "official" | "source" | "diplomat" | "insider" | "officer"
    )
}

/// `Among them was Beatriz Castro Méndez, whose husband …`: a sentence that opens with
/// `Among …` and names someone after `was` or `were`; where the name starts.
fn name_among(tokens: &[Token<'_>], start: usize) -> Option<usize> {
    if tokens.get(start)?.text != "Among" {
        return None;
    }
    let verb = (start + 1..tokens.len().min(start + 8))
        .take_while(|&k| !tokens[k].punct)
        .find(|&k| matches!(tokens[k].text, "was" | "were"))?;
    tokens
        .get(verb + 1)
        .is_some_and(|t| t.is_capitalized() && !t.punct)
        .then_some(verb + 1)
}

/// `Her neighbor, fisherman Lin Cheng-fu, voted yes.`: a sentence that opens with a
/// determiner and a lowercase noun, then a role and a full name in apposition; where the name
/// starts.
fn opening_apposition_name(tokens: &[Token<'_>], start: usize) -> Option<usize> {
    let opener = tokens.get(start)?;
    if !matches!(
        opener.lower(),
        "his" | "her" | "their" | "its" | "the" | "a" | "an" | "one"
    ) {
        return None;
    }
    let nouns = tokens[start + 1..]
        .iter()
        .take(3)
        .take_while(|t| !t.punct && !t.is_capitalized() && !phrases::is_function_word(t.lower()))
        .count();
    let comma = start + 1 + nouns;
    if !(1..=2).contains(&nouns) || !tokens.get(comma)?.is_punct(&[","]) {
        return None;
    }
    name_after_role(tokens, comma + 1, true)
}

/// Where the name starts in a sentence that opens with a lowercase role before a full name
/// and its verb (`trader Akosua Boakye was`, `the show's presenter Patrick Lodiers revealed`):
/// one to three lowercase words, after an optional article, none a function word or a speech
/// verb, then capitalized words, then a lowercase word (or, with `closed_by_comma`, the comma
/// that closes an apposition).
fn name_after_role(tokens: &[Token<'_>], start: usize, closed_by_comma: bool) -> Option<usize> {
    let mut k = start;
    if tokens
        .get(k)
        .is_some_and(|t| matches!(t.lower(), "the" | "a" | "an"))
    {
        k += 1;
    }
    let role_start = k;
    while tokens.get(k).is_some_and(|t| {
        !t.punct
            && !t.is_capitalized()
            && !phrases::is_function_word(t.lower())
            && !tokens::is_pronoun(t.lower())
            && !is_speech_verb(t.text)
    }) {
        k += 1;
    }
    let roles = k - role_start;
    if roles == 0 || roles > 3 || tokens[k - 1].possessive {
        return None;
    }
    // (A noun for a person: an office, or an agent's ending: `trader`, `presenter`,
    // `historian`, `activist`, `migrant`, `resident`, `spokesman`; not markup or a date.)
    let head = &tokens[k - 1];
    let person_noun = head.is_title()
        || [
            "er", "or", "ist", "ian", "ant", "ent", "man", "woman", "person", "ess",
        ]
        .iter()
        .any(|ending| head.lower().ends_with(ending))
        || matches!(
            head.lower(),
            "hostage" | "expert" | "official" | "chief" | "head"
        );
    let plain_words = tokens[role_start..k].iter().all(|t| {
        t.text.len() >= 2
            && t.text
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b == b'-' || b == b'\'')
    });
    if !person_noun || !plain_words {
        return None;
    }
    let name_end = k + tokens[k..]
        .iter()
        .take_while(|t| !t.punct && t.is_capitalized() && !t.possessive)
        .count();
    let verb_follows = tokens.get(name_end).is_some_and(|t| {
        if closed_by_comma {
            t.is_punct(&[","])
        } else {
            !t.punct && !t.is_capitalized() && !phrases::is_function_word(t.lower())
        }
    });
    (name_end >= k + 2 && verb_follows).then_some(k)
}

/// Does the comma at `comma` close a short opening phrase of place or time (`In China,`,
/// `On Friday,`) or a sentence adverb (`Nevertheless,`) that began the sentence?
fn after_opening_phrase(tokens: &[Token<'_>], comma: usize) -> bool {
    let start = (0..comma)
        .rev()
        .find(|&k| tokens[k].ends_sentence() || tokens[k].punct)
        .map_or(0, |k| k + 1);
    let opens_sentence = start == 0 || tokens[start - 1].ends_sentence();
    // (A question put to someone runs longer: `Asked whether the talks could produce a deal
    // before the end of the year, X …`.)
    let longest = if tokens.get(start).is_some_and(|t| t.lower() == "asked") {
        20
    } else {
        12
    };
    // (`With regard to Guantanamo, X said`: a phrase of the topic.)
    let topic = tokens.get(start).is_some_and(|t| t.lower() == "with")
        && tokens
            .get(start + 1)
            .is_some_and(|t| matches!(t.lower(), "regard" | "respect"));
    opens_sentence
        && comma - start <= longest
        && (topic
            || tokens.get(start).is_some_and(|t| {
                matches!(
                    t.lower(),
                    "in" | "on"
                    | "at"
                    // (`Back in Budiriro, Mapfumo reached the front of the queue.`)
                    | "back"
                    | "outside"
                    | "inside"
                    | "near"
                    | "asked"
                    | "after"
                    | "during"
                    | "earlier"
                    | "later"
                    | "meanwhile"
                    | "nevertheless"
                    | "nonetheless"
                    | "however"
                    | "separately"
                    | "still"
                    | "instead"
                    | "similarly"
                    | "likewise"
                    | "moreover"
                    | "today"
                    | "yesterday"
                    | "regarding"
                )
            }))
}

/// The subject of the speech verb at `verb`: the phrase before it, or after it for inversions.
fn subject_of_verb(tokens: &[Token<'_>], verb: usize, gazetteer: &Gazetteer) -> Option<Subject> {
    if let Some(quoted) = quoted_as_saying(tokens, verb, gazetteer) {
        return Some(quoted);
    }
    // `The declaration was announced by Defense Minister X`: in the passive, the speaker is
    // the agent after `by`, not the subject (the thing announced).
    // (Verbs whose agent speaks: not `it was denied by Justice X`; `criticised by X as "…"`
    // is `passive_by`'s, which needs the quote.)
    let passive = verb > 0
        && matches!(
            tokens[verb - 1].lower(),
            "was" | "were" | "been" | "is" | "are"
        )
        && matches!(
            tokens[verb].lower(),
            "announced" | "said" | "stated" | "told" | "asked" | "declared"
        )
        && tokens.get(verb + 1).is_some_and(|t| t.text == "by");
    if passive {
        let agent = phrase_forward(tokens, verb + 2);
        // (Not `by Saddam's defense lawyers`: a name that owns the agent.)
        let owner = agent.end > agent.start && tokens[agent.end - 1].possessive;
        if !owner {
            if let Some(named @ Subject::Named { .. }) = analyze(&tokens[agent], gazetteer) {
                return Some(named);
            }
        }
    }
    // `U.S. President George W. Bush speaking at the White House ahead of the session called
    // the action "…"`: a titled name opening the sentence, then a participle phrase of the
    // occasion with no commas, is the subject of the verb after it.
    if let Some(subject) = subject_before_occasion(tokens, verb, gazetteer) {
        return Some(subject);
    }
    // `“…,” May said`, `May said the deal …`: a month right before the verb, after a quote or
    // opening the sentence, is a surname; alone, it names only someone the dispatch knows.
    if verb > 0
        && phrases::is_month_surname(tokens[verb - 1].text)
        && (verb == 1
            || tokens[verb - 2].ends_sentence()
            || tokens[verb - 2].is_punct(&["\""])
            || (verb > 2
                && tokens[verb - 2].is_punct(&[","])
                && tokens[verb - 3].is_punct(&["\""])))
        && !is_participle(tokens[verb].text)
    {
        return Some(Subject::Named {
            words: vec![tokens[verb - 1].text.to_string()],
            titles: Vec::new(),
            country: None,
            usual_country: None,
            qualified: false,
        });
    }
    let mut end = subject_end(tokens, verb);
    // `An official at the Foreign Ministry said`: an unnamed official placed in a state body.
    // (`an official at the state IT agency said`: the body's words may be lowercase.)
    if end > 0 && !tokens[end - 1].punct {
        let at = (end.saturating_sub(7)..end)
            .rev()
            .take_while(|&k| !tokens[k].punct)
            .find(|&k| matches!(tokens[k].lower(), "at" | "with"));
        if let Some(official) = at.and_then(|at| official_at_body(tokens, at, end, gazetteer)) {
            return Some(official);
        }
    }
    // (`X addressed a press conference at the Pentagon stating that "…"`: a place after a
    // preposition right before a participle is where, not who; the clause's subject speaks.)
    if is_participle(tokens[verb].text) && end > 0 && !tokens[end - 1].punct {
        let place = phrases::phrase_backward(tokens, end);
        // (Not a person: `a letter from U.S. President George Bush saying that …`.)
        if place.start > 0
            && !place.is_empty()
            && matches!(
                tokens[place.start - 1].lower(),
                "at" | "in" | "near" | "outside"
            )
            && !matches!(
                analyze(&tokens[place.clone()], gazetteer),
                Some(Subject::Named { .. })
            )
        {
            return clause_subject(tokens, end, gazetteer);
        }
    }
    // `Raimond said … . But added: "…"`: a sentence of `But`/`And` and a finite verb with no
    // subject continues the last speaker, like `he`.
    let conjunction_opens = end > 0
        && matches!(tokens[end - 1].text, "But" | "And")
        && (end == 1 || tokens[end - 2].ends_sentence());
    if conjunction_opens && !is_participle(tokens[verb].text) {
        return Some(Subject::Pronoun("he".to_string()));
    }
    // (`Also adding, "…"`, `Adding: "…"`: a sentence that opens with the participle before a
    // quote goes on with the last speaker.)
    let opens_with_adding = tokens[verb].lower() == "adding"
        && (end == 0
            || tokens[end - 1].ends_sentence()
            || (end == 1 && tokens[0].lower() == "also")
            || (end >= 2 && tokens[end - 1].lower() == "also" && tokens[end - 2].ends_sentence()))
        && tokens
            .get(verb + 1)
            .is_some_and(|t| t.is_punct(&[",", ":"]))
        && tokens.get(verb + 2).is_some_and(|t| t.text == "\"");
    if opens_with_adding {
        return Some(Subject::Pronoun("he".to_string()));
    }
    // `Hale, on the NBC program “Today,” said`: a quoted title closing an apposition.
    if end > 1
        && tokens[end - 1].text == "\""
        && (is_scare_quote(tokens, end - 1) || follows_kind_of_work(tokens, end - 1))
    {
        if let Some(named) = named_before_comma(tokens, end - 1, gazetteer) {
            return Some(named);
        }
    }
    // (`a house painter from Idlib who gave only his first name, Ahmad, said`.)
    if let Some(named) = given_name_in(tokens, frame_start(tokens, end), end) {
        return Some(named);
    }
    if end > 0 && tokens[end - 1].is_punct(&[","]) {
        // `…, saying "…"`: a participle takes the subject of its clause; after `X said,` the
        // subject of that speech verb (`U.S. banks have half the seats, he said, adding "…"`).
        if is_participle(tokens[verb].text) {
            let sentence = frame_start(tokens, end - 1);
            if let Some(said) = (sentence..end - 1).rev().find(|&k| {
                !tokens[k].punct && is_speech_verb(tokens[k].text) && !is_participle(tokens[k].text)
            }) {
                if let Some(subject) = subject_of_verb(tokens, said, gazetteer) {
                    return Some(subject);
                }
            }
            return clause_subject(tokens, end - 1, gazetteer);
        }
        // `X persuaded Kidman to visit and, during a conference held by Rupert Murdoch, said`:
        // a phrase set off by commas right after `and` leaves the verb to the clause's subject.
        let interjected_after_and = (end.saturating_sub(12)..end - 1)
            .rev()
            .find(|&k| tokens[k].punct)
            .filter(|&k| {
                k > 0 && tokens[k].is_punct(&[","]) && matches!(tokens[k - 1].text, "and" | "but")
            });
        if let Some(comma) = interjected_after_and {
            if let Some(subject) = clause_subject(tokens, comma - 1, gazetteer) {
                return Some(subject);
            }
        }
        if let Some(named) = named_before_comma(tokens, end, gazetteer) {
            return Some(named);
        }
        // `A Western diplomat who attended the session, and who spoke on condition of
        // anonymity, said`: the phrase before the relative clause that opens the sentence.
        let sentence = frame_start(tokens, end);
        let mut opening = phrase_forward(tokens, sentence);
        // (`Two Saudi officials, speaking …, said`: a count, then a plural the phrase leaves
        // out.)
        let counted = |t: &Token<'_>| is_count_word(t.lower()) || t.lower() == "senior";
        if opening.len() > 1 && counted(&tokens[opening.start]) {
            opening.start += 1;
        }
        if !opening.is_empty()
            && tokens
                .get(opening.end)
                .is_some_and(|t| is_plural_informant(t.lower()))
        {
            opening.end += 1;
        }
        // (`An Armenian official, speaking on condition of anonymity, said`, `A diplomat from
        // one ASEAN member, speaking …, said`: or a participle, after a short tail.)
        let tail_end = (opening.end..end.min(opening.end + 6))
            .find(|&k| tokens[k].punct)
            .unwrap_or(opening.end);
        // (`A senior Ukrainian official, who spoke on condition of anonymity, said`.)
        let who = |k: usize| {
            tokens
                .get(k)
                .is_some_and(|t| matches!(t.lower(), "who" | "whose"))
        };
        // (`Two Philippine officials, who spoke …, said`: or a plural.)
        let plural = !opening.is_empty() && is_plural_informant(tokens[opening.end - 1].lower());
        let relative = who(opening.end)
            || (opening.len() > 1
                && (matches!(tokens[opening.start].lower(), "a" | "an" | "one") || plural)
                && tokens.get(opening.end).is_some_and(|t| t.is_punct(&[","]))
                && who(opening.end + 1))
            || (tokens.get(tail_end).is_some_and(|t| t.is_punct(&[","]))
                && tokens.get(tail_end + 1).is_some_and(|t| {
                    // (`An Emirati official, asked about the allegations, said`: a past
                    // participle after an unnamed official.)
                    let unnamed = opening.len() > 1
                        && matches!(tokens[opening.start].lower(), "a" | "an" | "one");
                    !t.punct
                        && !t.is_capitalized()
                        && (t.text.ends_with("ing") || (unnamed && t.text.ends_with("ed")))
                }))
            // (`An Icelandic official involved in the drafting, who spoke …, said`, `A Chinese
            // diplomat in Honiara, who asked not to be named, said`: a relative clause after
            // the short tail of an unnamed official.)
            || (tail_end > opening.end
                && matches!(tokens[opening.start].lower(), "a" | "an" | "one")
                && tokens.get(tail_end).is_some_and(|t| t.is_punct(&[","]))
                && who(tail_end + 1));
        // (`A senior official at the Financial Services Commission, who asked not to be
        // named, said`.)
        if !opening.is_empty() && relative {
            if let Some(official) = official_at_body(tokens, opening.end, tail_end, gazetteer) {
                return Some(official);
            }
        }
        if !opening.is_empty() && relative {
            let seat = seat_after(tokens, opening.end, tail_end, gazetteer);
            return analyze(&tokens[opening.clone()], gazetteer)
                .map(|s| seated_official(s, &tokens[opening], seat));
        }
        // `…, the prince, who is here on an official visit, replied`: a definite description
        // before a relative clause.
        let who_comma = (sentence..end - 1)
            .rev()
            .find(|&k| tokens[k].is_punct(&[","]))
            .filter(|&k| tokens.get(k + 1).is_some_and(|t| t.lower() == "who"));
        if let Some(comma) = who_comma {
            let before = phrase_backward(tokens, comma);
            if let Some(s @ Subject::Description { definite: true, .. }) =
                analyze(&tokens[before], gazetteer)
            {
                return Some(s);
            }
        }
    }
    if end > 0 && matches!(tokens[end - 1].text, "and" | "but" | "yet") {
        return clause_subject(tokens, end - 1, gazetteer);
    }
    // `Chairman of the Presidential Commission (PCGG) told`: skip a parenthesis.
    if end > 0 && tokens[end - 1].is_punct(&[")"]) {
        if let Some(open) = (end.saturating_sub(12)..end - 1)
            .rev()
            .find(|&k| tokens[k].is_punct(&["("]))
        {
            // (`Rep. Ed Jones, (D-Tenn.) said`: a party tag after a comma belongs to the name
            // before the comma.)
            let tag_after_comma = open + 2 == end - 1
                && tokens::is_party_state_tag(tokens[open + 1].text)
                && open > 0
                && tokens[open - 1].is_punct(&[","]);
            end = if tag_after_comma { open - 1 } else { open };
        }
    }
    if let Some(unnamed) = unnamed_official_before_tail(tokens, end, gazetteer) {
        return Some(unnamed);
    }
    // `A senior European diplomat who followed the talks closely said`: the phrase opening the
    // sentence before a short relative clause, without commas, that runs up to the verb.
    let sentence = frame_start(tokens, end);
    let opening = phrase_forward(tokens, sentence);
    // (`Mushir al-Masri, who won the election said`: or after a comma, the clause's closing
    // comma left out.)
    let who_at =
        opening.end + usize::from(tokens.get(opening.end).is_some_and(|t| t.is_punct(&[","])));
    // (`Stansfield Turner, whose term as CIA director was during the administration of Jimmy
    // Carter said`: or `whose`, whose clause runs longer.)
    let relative_up_to_verb = !opening.is_empty()
        && tokens
            .get(who_at)
            .is_some_and(|t| matches!(t.lower(), "who" | "whose"))
        && end > who_at + 1
        && end - who_at
            <= if tokens[who_at].lower() == "whose" {
                16
            } else {
                10
            }
        && !tokens[who_at..end].iter().any(|t| t.punct);
    if relative_up_to_verb {
        return analyze(&tokens[opening], gazetteer);
    }
    // `Justice Minister Haim Ramon - a close confidant of Prime Minister Ehud Olmert - said`:
    // an apposition between dashes; the name before the first dash is the subject.
    let dash = |t: &Token<'_>| t.is_punct(&["-", "—", "–", "--"]);
    if end >= 3 && dash(&tokens[end - 1]) {
        let opening_dash = (end.saturating_sub(18)..end - 1)
            .rev()
            .take_while(|&k| !tokens[k].punct || dash(&tokens[k]))
            .find(|&k| dash(&tokens[k]));
        if let Some(k) = opening_dash.filter(|&k| k > 0 && k + 1 < end - 1) {
            let name = phrase_backward(tokens, k);
            if !name.is_empty() && !after_preposition(tokens, name.start) {
                if let Some(named @ Subject::Named { .. }) = analyze(&tokens[name], gazetteer) {
                    return Some(named);
                }
            }
            // (`a senior Democrat - Senator Dick Durbin of Illinois - denounced`: or the name
            // the dashes hold, after a description.)
            let inside = phrase_forward(tokens, k + 1);
            if inside.start == k + 1 && inside.end < end {
                if let Some(named @ Subject::Named { .. }) = analyze(&tokens[inside], gazetteer) {
                    return Some(named);
                }
            }
        }
    }
    if let Some(office) = office_of_up_to_verb(tokens, opening.clone(), end, gazetteer) {
        return Some(office);
    }
    // `Will Tanous, speaking on behalf of Warner Music group said "…"`: a participle clause
    // after the sentence's opening name, its closing comma left out.
    let participle_after_name = !opening.is_empty()
        && tokens.get(opening.end).is_some_and(|t| t.is_punct(&[","]))
        && tokens
            .get(opening.end + 1)
            .is_some_and(|t| !t.punct && !t.is_capitalized() && t.text.ends_with("ing"))
        && end > opening.end + 2
        && end - opening.end <= 12
        && !tokens[opening.end + 1..end].iter().any(|t| t.punct);
    if participle_after_name {
        if let Some(named @ Subject::Named { .. }) = analyze(&tokens[opening], gazetteer) {
            return Some(named);
        }
    }
    let range = phrases::past_opening_place(tokens, phrase_backward(tokens, end), gazetteer);
    // `Ehud Olmert the Israeli Prime Minister said`: an apposition with neither comma; the
    // full name before the definite description is the subject.
    if range.len() > 1
        && tokens[range.start].lower() == "the"
        && range.start > 0
        && !tokens[range.start - 1].punct
        && tokens[range.start - 1].is_capitalized()
    {
        let name = phrase_backward(tokens, range.start);
        let described = &tokens[range.clone()];
        let office = matches!(
            analyze(described, gazetteer),
            Some(Subject::Description { definite: true, .. })
        );
        let named = analyze(&tokens[name], gazetteer)
            .filter(|s| office && matches!(s, Subject::Named { words, .. } if words.len() >= 2));
        if let Some(named) = named {
            let country = phrases::description_country(described, gazetteer);
            return Some(described_name(named, described, country));
        }
    }
    // `…," Dan Rostenkowski, an Illinois Democrat said.`: an apposition whose closing comma
    // was left out; the name before it is the subject.
    if range.len() > 1
        && matches!(tokens[range.start].lower(), "a" | "an")
        && range.start > 1
        && tokens[range.start - 1].is_punct(&[","])
    {
        let name = phrase_backward(tokens, range.start - 1);
        // (Only a full name right after the quote or opening the sentence: not `Separately,
        // a Treasury spokesman said`.)
        // (Nor a place after a preposition: `In Port Sudan, a senior military officer`.)
        let opens = !tokens[frame_start(tokens, name.start)..name.start]
            .iter()
            .any(|t| t.punct)
            && !after_preposition(tokens, name.start)
            && !tokens
                .get(name.start)
                .is_some_and(|t| matches!(t.lower(), "in" | "at" | "from"));
        let named = analyze(&tokens[name], gazetteer)
            .filter(|s| opens && matches!(s, Subject::Named { words, .. } if words.len() >= 2));
        if let Some(named) = named {
            // (Whose the description says is left to the mention scan, which knows a
            // country's private bodies: `a director of the Lebanese Muslim Association`.)
            return Some(described_name(named, &tokens[range.clone()], None));
        }
    }
    // `Nabil Abu Rdeneh, spokesman for Palestinian President Mahmoud Abbas said`: the name
    // right before the verb is whom the office serves, in an apposition whose closing comma
    // was left out; the name before it is the subject.
    if let Some(named) = holder_before_office_for(tokens, range.clone(), gazetteer) {
        return Some(named);
    }
    let range = phrases::skip_located_place(tokens, range, gazetteer);
    // `Mahmoud Ahmadinejad in a speech to students in Tehran said`: a place after `in` or `at`
    // is where someone spoke, not who.
    let located = !range.is_empty()
        && range.start > 0
        && matches!(tokens[range.start - 1].lower(), "in" | "at")
        && {
            let words = tokens[range.clone()].iter().map(|t| t.text);
            matches!(
                gazetteer.longest_match(words),
                Some((n, gazetteer::Entity::Country(_), _)) if n == range.len()
            ) || (gazetteer.may_start_city(tokens[range.start].lower())
                && gazetteer
                    .city_country(
                        &tokens[range.clone()]
                            .iter()
                            .map(|t| t.text)
                            .collect::<Vec<_>>()
                            .join(" "),
                    )
                    .is_some())
        };
    if !range.is_empty() {
        // (A located place is looked past like an institution: `Ayyoub Muhanna, 29, who owns
        // a shop in Lebanon said`, `the U.S. agriculture counselor in Moscow said`.)
        let subject = if located {
            Some(Subject::Organization(String::new()))
        } else {
            analyze(&tokens[range.clone()], gazetteer)
        };
        // `Ramon Diaz, Chairman of the Presidential Commission on Good Government told`: the
        // phrase next to the verb is an institution; a person named before a comma is the
        // speaker.
        if matches!(
            subject,
            Some(Subject::Organization(_) | Subject::Unnamed(_) | Subject::Description { .. })
        ) {
            if let Some(named) = named_before_comma(tokens, range.start, gazetteer) {
                return Some(named);
            }
        }
        // `Frederick Chiluba, leader of the Zambian Congress of Trade Unions said`: a name
        // that is the object of the apposition's `of` is its body's; the person is before it.
        // (Or the whole apposition is the phrase: `leader of the … Unions`.)
        // (`Bumpei Otsuki, President of the Japan Federation of Employers' Associations
        // told`: capitalized too, when the name is the last word of the body's.)
        let of_at = tokens[range.clone()].iter().position(|t| t.text == "of");
        let name_in_body = |words: &[String]| {
            of_at.is_some_and(|of| {
                tokens[range.start + of..range.end]
                    .iter()
                    .any(|t| words.first().is_some_and(|w| w == t.text))
            })
        };
        let opens_description = tokens[range.start].is_title()
            && of_at.is_some()
            && (!tokens[range.start].is_capitalized()
                || matches!(&subject, Some(Subject::Named { words, .. }) if name_in_body(words)));
        // (Or a bare name closing it: `Franciso Chona, manager of the state-run oil company
        // Ecopetrol said`.)
        let bare = matches!(&subject, Some(Subject::Named { titles, .. }) if titles.is_empty());
        let body_word = matches!(subject, Some(Subject::Named { .. }))
            && range.start >= 2
            && (matches!(tokens[range.start - 1].text, "of" | "for")
                || (tokens[range.start - 1].text == "the"
                    && matches!(tokens[range.start - 2].text, "of" | "for"))
                || (opens_description && tokens[range.start - 1].is_punct(&[","]))
                || (bare && !tokens[range.start - 1].punct));
        if body_word {
            if let Some(named) = open_apposition_name(tokens, end, gazetteer) {
                return Some(named);
            }
        }
        // `Representative Hilda Solis of Los Angeles said`, `Myint Thein of the National League
        // for Democracy said`: the person before the prepositional chain, not the last noun.
        let mut start = range.start;
        for _ in 0..4 {
            // (`of the Centre for Strategic and International Studies said`: past an `and`
            // inside a body's name.)
            if start >= 2 && tokens[start - 1].text == "and" && tokens[start - 2].is_capitalized() {
                let before = phrase_backward(tokens, start - 1);
                if !before.is_empty() {
                    start = before.start;
                }
            }
            // (`of the governing Morena party said`, `of the migrant support group KISA said`:
            // past an article and up to three lowercase words, or a nationality: `of the Israeli
            // settlement watchdog Peace Now said`.)
            let describing = |t: &Token<'_>| {
                let demonym = t.is_capitalized()
                    && !t.possessive
                    && matches!(
                        gazetteer.longest_match([t.text]),
                        Some((1, _, gazetteer::TermKind::Demonym))
                    );
                !t.punct
                    && (!t.is_capitalized() || demonym)
                    && !phrases::is_function_word(t.lower())
                    && !matches!(t.lower(), "the" | "a" | "an" | "of" | "for")
                    && !is_speech_verb(t.text)
            };
            let mut words_before = start;
            while start - words_before < 3
                && words_before > 0
                && describing(&tokens[words_before - 1])
            {
                words_before -= 1;
            }
            if words_before < start
                && words_before >= 2
                && tokens[words_before - 1].text == "the"
                && matches!(tokens[words_before - 2].text, "of" | "for")
            {
                start = words_before - 1;
            }
            if start < 2 || !matches!(tokens[start - 1].text, "of" | "for" | "at" | "from" | "in") {
                break;
            }
            let owner = phrase_backward(tokens, start - 1);
            if owner.is_empty() {
                break;
            }
            // (`Economists at Goldman Sachs told`, `An economist at Merrill Lynch said`: people
            // the text does not name, at a firm; the firm is no person.)
            let firm = tokens[start - 1].text == "at"
                && matches!(&subject, Some(Subject::Named { titles, .. }) if titles.is_empty());
            match analyze(&tokens[owner.clone()], gazetteer) {
                Some(s @ Subject::Named { .. }) if !after_preposition(tokens, owner.start) => {
                    return Some(s);
                }
                Some(
                    s @ (Subject::Description {
                        definite: false, ..
                    }
                    | Subject::Unnamed(_)),
                ) if firm && !after_preposition(tokens, owner.start) => {
                    return Some(s);
                }
                // `a spokesman for the War Information Headquarters vowed`: a person speaks
                // for the body, unnamed.
                Some(s @ Subject::Description { .. })
                    if matches!(subject, Some(Subject::Organization(_)))
                        && !after_preposition(tokens, owner.start) =>
                {
                    return Some(s);
                }
                _ => {}
            }
            start = owner.start;
        }
        if !located {
            return subject;
        }
    }
    if let Some(named) = open_apposition_name(tokens, end, gazetteer) {
        return Some(named);
    }
    // `an article by China's commercial counsellor, Chen Shibiao, who said that "…"`: the
    // relative pronoun stands for the name before its comma.
    if end >= 2 && tokens[end - 1].lower() == "who" && tokens[end - 2].is_punct(&[","]) {
        let antecedent = phrase_backward(tokens, end - 2);
        if !antecedent.is_empty() {
            if let Some(s @ Subject::Named { .. }) = analyze(&tokens[antecedent], gazetteer) {
                return Some(s);
            }
        }
    }
    // (`challenged by acting Prosecutor General X who said, "…"`: or right before it, when the
    // name has a title.)
    let who_after_name = end >= 2
        && tokens[end - 1].lower() == "who"
        && !tokens[end - 2].punct
        && tokens[end - 2].is_capitalized();
    if who_after_name {
        let antecedent = phrase_backward(tokens, end - 1);
        if let Some(s @ Subject::Named { .. }) = analyze(&tokens[antecedent], gazetteer)
            .filter(|s| matches!(s, Subject::Named { titles, .. } if !titles.is_empty()))
        {
            return Some(s);
        }
    }
    // `Jack Straw in a television interview commented`: a person before a prepositional
    // phrase about the occasion.
    // (`Du Plessis in disclosing the agreement last night said`: or an `-ing` clause.)
    if let Some(p) = (end.saturating_sub(9)..end)
        .rev()
        .take_while(|&k| !tokens[k].punct)
        .find(|&k| {
            matches!(tokens[k].lower(), "in" | "during" | "on")
                && tokens.get(k + 1).is_some_and(|n| {
                    matches!(n.lower(), "a" | "an" | "the") || n.lower().ends_with("ing")
                })
        })
    {
        let owner = phrase_backward(tokens, p);
        if p > 0 && !owner.is_empty() && !after_preposition(tokens, owner.start) {
            if let Some(s @ Subject::Named { .. }) = analyze(&tokens[owner], gazetteer) {
                return Some(s);
            }
        }
    }
    // `an observer said`, `one said`, `another added`: someone the dispatch does not name.
    // (A participle takes its clause's subject instead: `X set out the position saying`.)
    if end > 0
        && !tokens[end - 1].punct
        && !tokens[end - 1].is_capitalized()
        && !is_participle(tokens[verb].text)
    {
        let k = end - 1;
        let determiner = |j: usize| {
            !tokens[j].punct && matches!(tokens[j].lower(), "a" | "an" | "one" | "another" | "the")
        };
        if matches!(tokens[k].lower(), "one" | "another")
            || (k >= 1 && determiner(k - 1))
            || (k >= 2 && determiner(k - 2) && !tokens[k - 1].punct)
        {
            // `another MITI official said`: the country its description gives.
            let start = if k >= 2 && determiner(k - 2) {
                k - 2
            } else {
                k.saturating_sub(1)
            };
            return Some(Subject::Unnamed(phrases::official_country(
                &tokens[start..end],
                gazetteer,
            )));
        }
    }
    // `…, with the government’s top spokesman calling the measures “unacceptable”`: the
    // participle's own subject, after `with`.
    if is_participle(tokens[verb].text) && end > 0 && !tokens[end - 1].punct {
        let with = (end.saturating_sub(6)..end)
            .rev()
            .take_while(|&k| !tokens[k].punct)
            .find(|&k| tokens[k].lower() == "with");
        if let Some(with) = with.filter(|&w| w + 1 < end) {
            if let Some(subject) = analyze(&tokens[with + 1..end], gazetteer) {
                return Some(subject);
            }
        }
    }
    // `Reinholdt opened the session by calling on allies to "…"`.
    if is_participle(tokens[verb].text) && end > 0 && !tokens[end - 1].punct {
        return clause_subject(tokens, end, gazetteer);
    }
    let at_start = end == 0 || tokens[end - 1].punct;
    if at_start && is_inversion_verb(tokens[verb].text) {
        let mut i = verb + 1;
        while i < tokens.len() && !tokens[i].punct && is_verb_filler(tokens[i].lower()) {
            i += 1;
        }
        // (`said a statement issued by Commerce Secretary X`: past who issued it.)
        if i > verb + 1
            && tokens[i - 1].lower() == "statement"
            && tokens
                .get(i)
                .is_some_and(|t| matches!(t.lower(), "issued" | "released" | "signed"))
            && tokens.get(i + 1).is_some_and(|t| t.lower() == "by")
        {
            i += 2;
        }
        // `said lawyer and legal rights activist X`: two roles joined by `and` before one
        // name; the second, with its modifiers, leads to the name.
        let role = |t: &Token<'_>| {
            !t.punct && !t.is_capitalized() && (t.is_title() || is_role_noun(t.lower()))
        };
        if tokens.get(i).is_some_and(role) && tokens.get(i + 1).is_some_and(|t| t.text == "and") {
            let second = tokens[(i + 2).min(tokens.len())..]
                .iter()
                .take(4)
                .take_while(|t| {
                    !t.punct && !t.is_capitalized() && !phrases::is_function_word(t.lower())
                })
                .count();
            if second > 0
                && role(&tokens[i + 1 + second])
                && tokens
                    .get(i + 2 + second)
                    .is_some_and(|t| t.is_capitalized() && !t.punct)
            {
                i += 2;
            }
        }
        // `asked an emotional Reyes`, `said a visibly tired Smith`: an article and words that
        // only describe a mood, then a name closing the clause.
        if i > verb + 1 && matches!(tokens[i - 1].lower(), "a" | "an") {
            let mood = tokens[i..]
                .iter()
                .take(3)
                .take_while(|t| {
                    !t.punct
                        && !t.is_capitalized()
                        && !t.is_title()
                        && !is_role_noun(t.lower())
                        && !phrases::is_function_word(t.lower())
                })
                .count();
            let name = phrase_forward(tokens, i + mood);
            let closes = tokens.get(name.end).is_none_or(|t| t.punct);
            if mood > 0 && !name.is_empty() && name.start == i + mood && closes {
                if let Some(named @ Subject::Named { .. }) = analyze(&tokens[name], gazetteer) {
                    return Some(named);
                }
            }
        }
        // (`said one vendor, who gave his name only as Top.`: the single name the speaker
        // gave, later in the sentence.)
        let sentence_end = (verb + 1..tokens.len())
            .find(|&k| tokens[k].ends_sentence())
            .unwrap_or(tokens.len());
        if let Some(named) = given_name_in(tokens, verb + 1, sentence_end) {
            return Some(named);
        }
        // `said one official`, `said another West African diplomat`: someone unnamed.
        if tokens
            .get(i)
            .is_some_and(|t| matches!(t.text, "one" | "another"))
        {
            let range = phrase_forward(tokens, i + 1);
            return Some(Subject::Unnamed(phrases::official_country(
                &tokens[range],
                gazetteer,
            )));
        }
        // `said a western diplomat`: the article opens the phrase, so its adjectives count.
        let with_article = (i > verb + 1 && matches!(tokens[i - 1].lower(), "a" | "an" | "the"))
            .then(|| phrase_forward(tokens, i - 1))
            .filter(|r| r.len() > 1);
        // `said department spokesperson, Sean McCormack`: a bare lowercase word before a title.
        let modifier = (with_article.is_none()
            && tokens
                .get(i)
                .is_some_and(|t| !t.punct && !t.is_capitalized() && !t.is_title())
            && tokens.get(i + 1).is_some_and(|t| !t.punct && t.is_title()))
        .then(|| i..phrase_forward(tokens, i + 1).end);
        // `said foreign ministry spokesman Michal Borowiec`: or a few, some of them titles,
        // before the title that leads to the name.
        let bare = tokens[i.min(tokens.len())..]
            .iter()
            .take(4)
            .take_while(|t| {
                !t.punct && !t.is_capitalized() && !phrases::is_function_word(t.lower())
            })
            .count();
        let modifiers = (with_article.is_none()
            && modifier.is_none()
            && bare > 1
            && tokens[i + bare - 1].is_title()
            && tokens[i..i + bare - 1].iter().any(|t| !t.is_title())
            && tokens.get(i + bare).is_some_and(|t| t.is_capitalized()))
        .then(|| i..phrase_forward(tokens, i + bare - 1).end);
        // `said dairy farmer Walter Cabrera`, `said resident Mary Cole`: a lowercase noun of
        // an occupation or a role (or two), then the name.
        let occupation = (with_article.is_none()
            && modifier.is_none()
            && modifiers.is_none()
            && (1..=2).contains(&bare)
            && tokens[i..i + bare].iter().all(|t| !t.is_title())
            && is_role_noun(tokens[i + bare - 1].lower())
            && tokens
                .get(i + bare)
                .is_some_and(|t| t.is_capitalized() && !t.punct))
        .then(|| i..phrase_forward(tokens, i + bare).end);
        // `said TAP commercial director X`: a body's name, then a lowercase word or two of
        // the office ending in its title, lead to the name.
        let body_office = || {
            let body = phrase_forward(tokens, i);
            let lowercase = tokens[body.end.min(tokens.len())..]
                .iter()
                .take(3)
                .take_while(|t| {
                    !t.punct
                        && !t.is_capitalized()
                        && !phrases::is_function_word(t.lower())
                        && !matches!(t.lower(), "a" | "an" | "the")
                        && !is_finite_verb(t.lower())
                })
                .count();
            (!body.is_empty()
                && body.start == i
                && (2..=3).contains(&lowercase)
                && tokens[body.end + lowercase - 1].is_title()
                && tokens
                    .get(body.end + lowercase)
                    .is_some_and(|t| t.is_capitalized() && !t.punct))
            // (The office and the name only, as before a verb: the mention scan judges whose
            // office it is, so `Chemical Bank Tokyo branch vice president X` is no Japanese
            // official.)
            .then(|| body.end..phrase_forward(tokens, body.end + lowercase - 1).end)
        };
        let range = with_article
            .or(modifier)
            .or(modifiers)
            .or(occupation)
            .or_else(body_office)
            .unwrap_or_else(|| phrase_forward(tokens, i));
        // `“Today,” said the United States did not want …`: a phrase followed by a verb of
        // its own is the subject of a reported clause, not of an inversion.
        // (`said an opposition official named X`: `named` before a name names the holder.)
        let naming = tokens.get(range.end).is_some_and(|t| t.text == "named")
            && tokens
                .get(range.end + 1)
                .is_some_and(|t| t.is_capitalized());
        if !naming
            && tokens
                .get(range.end)
                .is_some_and(|t| !t.punct && !t.is_capitalized() && is_finite_verb(t.lower()))
        {
            return None;
        }
        let subject = analyze(&tokens[range.clone()], gazetteer);
        // `said a 19-year-old who lives in …`: someone unnamed, whatever the phrase.
        let indefinite = tokens
            .get(verb + 1)
            .is_some_and(|t| matches!(t.lower(), "a" | "an"));
        if subject.is_none() && indefinite {
            return Some(Subject::Unnamed(None));
        }
        if matches!(
            subject,
            Some(Subject::Description { .. } | Subject::Unnamed(_) | Subject::Organization(_))
        ) {
            if let Some(named) = name_after_description(tokens, range, gazetteer) {
                return Some(named);
            }
        }
        return subject;
    }
    None
}

/// The titled name that opens the sentence before `speaking at …` (or `addressing …`,
/// `appearing on …`) when that participle phrase runs, without commas or another verb, up to
/// `verb`.
fn subject_before_occasion(
    tokens: &[Token<'_>],
    verb: usize,
    gazetteer: &Gazetteer,
) -> Option<Subject> {
    let start = sentence_start(tokens, verb);
    let participle = (start + 2..verb).find(|&k| {
        matches!(
            tokens[k].text,
            "speaking" | "addressing" | "appearing" | "testifying" | "writing"
        )
    })?;
    // (An adjective in `-ed` is no verb of its own: `an emergency closed session`.)
    let mut phrase = tokens[participle + 1..verb].iter();
    let own_verb = |t: &Token<'_>| {
        t.punct
            || is_speech_verb(t.text)
            || (is_finite_verb(t.lower()) && !t.lower().ends_with("ed"))
    };
    if phrase.any(own_verb) || verb - participle > 20 {
        return None;
    }
    let subject = phrase_forward(tokens, start);
    if subject.end != participle {
        return None;
    }
    analyze(&tokens[subject], gazetteer)
        .filter(|s| matches!(s, Subject::Named { titles, .. } if !titles.is_empty()))
}

/// The single name someone gave in `tokens[from..to]` (`who gave his name only as Top`).
fn given_name_in(tokens: &[Token<'_>], from: usize, to: usize) -> Option<Subject> {
    let at = (from..to.min(tokens.len())).find(|&k| people::given_name_at(tokens, k))?;
    Some(Subject::Named {
        words: vec![tokens[at].text.to_string()],
        titles: Vec::new(),
        country: None,
        usual_country: None,
        qualified: false,
    })
}

/// `said the president of Iran, Mahmoud Ahmadinejad.`, `said the chief negotiator for the
/// rebels, Mohaqher Iqbal`: after an inverted verb, a description (with an optional
/// prepositional tail) then a comma and a full name that closes the clause: the name is the
/// speaker, and the description gives titles and country.
fn name_after_description(
    tokens: &[Token<'_>],
    description: std::ops::Range<usize>,
    gazetteer: &Gazetteer,
) -> Option<Subject> {
    // (`said an opposition official named Omurbek Tekebayev`: a description naming its holder.)
    let named_at = match tokens.get(description.end).map(|t| t.text) {
        Some("named") => Some(description.end + 1),
        Some("identified")
            if tokens
                .get(description.end + 1)
                .is_some_and(|t| t.text == "as") =>
        {
            Some(description.end + 2)
        }
        _ => None,
    };
    if let Some(at) = named_at {
        let name = phrases::phrase_forward(tokens, at);
        if !name.is_empty() && tokens.get(name.end).is_none_or(|t| t.punct) {
            let named = analyze(&tokens[name], gazetteer)
                .filter(|s| matches!(s, Subject::Named { words, .. } if words.len() >= 2))?;
            let described = &tokens[description.clone()];
            let country = phrases::description_country(described, gazetteer);
            return Some(described_name(named, described, country));
        }
    }
    // (`said former ambassador to Britain and opposition leader Roza Otunbayeva to The
    // Times`: a second description, joined by `and`, ends in the name; it alone is the office
    // held now.)
    let and = (description.end..tokens.len().min(description.end + 6))
        .take_while(|&j| !tokens[j].punct)
        .find(|&j| tokens[j].text == "and");
    if let Some(and) = and {
        let second = phrases::phrase_forward(tokens, and + 1);
        // (A lowercase one only: `President and Chief Executive Officer X` is one title.)
        let titled = tokens.get(and + 1).is_some_and(|t| !t.is_capitalized())
            && tokens[second.clone()].iter().any(|t| t.is_title());
        let closes = tokens
            .get(second.end)
            .is_none_or(|t| t.punct || matches!(t.text, "to" | "in" | "on" | "at"));
        if titled && closes {
            if let Some(named @ Subject::Named { .. }) = analyze(&tokens[second], gazetteer)
                .filter(|s| matches!(s, Subject::Named { words, .. } if words.len() >= 2))
            {
                return Some(named);
            }
        }
    }
    let mut comma = description.end;
    // (`the chief executive officer, X`: a word the phrase left out may end the description.)
    if tokens.get(comma).is_some_and(|t| {
        !t.punct && !t.is_capitalized() && matches!(t.lower(), "officer" | "official")
    }) {
        comma += 1;
    }
    // (`Minister for International Development and the Pacific, X`: a domain of two parts.)
    let domain_and = tokens.get(comma).is_some_and(|t| t.text == "and")
        && tokens.get(comma + 1).is_some_and(|t| {
            t.is_capitalized()
                || (t.text == "the" && tokens.get(comma + 2).is_some_and(|n| n.is_capitalized()))
        });
    if domain_and
        || tokens
            .get(comma)
            .is_some_and(|t| matches!(t.lower(), "of" | "for" | "at" | "from" | "in" | "to"))
    {
        let tail = tokens[comma..].iter().take(12).position(|t| t.punct)?;
        comma += tail;
    }
    if !tokens.get(comma)?.is_punct(&[","]) {
        return None;
    }
    // (`said Nigeria's Minister of Industry, Trade and Investment, X`: the portfolios listed
    // after the title's own run to the comma before the name.)
    let listed = tokens[comma + 1..]
        .iter()
        .take(8)
        .take_while(|t| !t.is_punct(&[","]))
        .count();
    let portfolio_list = description.end >= 2
        && matches!(tokens[description.end - 2].text, "of" | "for")
        && tokens
            .get(comma + 1 + listed)
            .is_some_and(|t| t.is_punct(&[","]))
        && tokens[comma + 1..comma + 1 + listed]
            .iter()
            .any(|t| t.text == "and")
        && tokens[comma + 1..comma + 1 + listed].iter().all(|t| {
            t.text == "and"
                || (t.is_capitalized()
                    && (phrases::is_portfolio_word(t.lower()) || t.lower() == "affairs"))
        });
    if portfolio_list {
        comma += 1 + listed;
    }
    let name = phrases::phrase_forward(tokens, comma + 1);
    // `The Russian Foreign Minister, Sergei Lavrov responded`: a description opening the
    // sentence may leave the apposition's closing comma out.
    let opens_sentence = description.start == 0 || tokens[description.start - 1].ends_sentence();
    let open_apposition = opens_sentence
        && tokens
            .get(name.end)
            .is_some_and(|t| !t.punct && !t.is_capitalized());
    if name.is_empty() || (tokens.get(name.end).is_some_and(|t| !t.punct) && !open_apposition) {
        return None;
    }
    // (`said the Australian Governor General, Major General Jeffery,`: or one name after
    // a title of its own.)
    let named = analyze(&tokens[name], gazetteer).filter(|s| {
        matches!(s, Subject::Named { words, titles, .. }
            if words.len() >= 2 || titles.last().is_some_and(|t| people::is_personal_title(t)))
    })?;
    let described = &tokens[description.start..comma];
    let country = phrases::description_country(described, gazetteer);
    Some(described_name(named, described, country))
}

/// A named subject with the titles of the description in apposition to it (`Ehud Olmert the
/// Israeli Prime Minister`), and `country` when the name gives none.
/// `X, spokesman for President Y said`: the subject `X` when the phrase `range` before the verb
/// holds (or follows) `<office> for`/`to` in an apposition opened by a comma after a full name
/// that opens the sentence (only lowercase office words between the comma and `for`, or a
/// body's possessive and its office).
fn holder_before_office_for(
    tokens: &[Token<'_>],
    range: std::ops::Range<usize>,
    gazetteer: &Gazetteer,
) -> Option<Subject> {
    if range.is_empty() {
        return None;
    }
    let link = (range.start.saturating_sub(1)..range.end.saturating_sub(1)).find(|&k| {
        k >= 2 && matches!(tokens[k].lower(), "for" | "to") && tokens[k - 1].is_title()
    })?;
    let comma = (link.saturating_sub(4)..link)
        .rev()
        .find(|&k| tokens[k].punct)
        .filter(|&k| k > 0 && tokens[k].is_punct(&[","]))?;
    let office = &tokens[comma + 1..link];
    // (`Rastam Hadi, Petronas's Vice-President for Upstream Sector said`: or a body's office,
    // its owner's possessive first.)
    let owner = usize::from(office.len() > 1 && office[0].possessive && office[0].is_capitalized());
    let lowercase_office = !office.is_empty()
        && office[owner..].iter().all(|t| {
            (owner == 1 || !t.is_capitalized())
                && (t.is_title() || matches!(t.lower(), "a" | "the"))
        });
    // (Whom the office serves is named: `for Palestinian President Mahmoud Abbas`.)
    let served_named = tokens[link + 1..range.end]
        .iter()
        .all(|t| !t.punct && (t.is_capitalized() || t.is_title()));
    if !lowercase_office || !served_named {
        return None;
    }
    let name = phrase_backward(tokens, comma);
    let opens = !name.is_empty()
        && !tokens[frame_start(tokens, name.start)..name.start]
            .iter()
            .any(|t| t.punct)
        && !after_preposition(tokens, name.start);
    analyze(&tokens[name], gazetteer)
        .filter(|s| opens && matches!(s, Subject::Named { words, .. } if words.len() >= 2))
        .map(|named| described_name(named, office, None))
}

fn described_name(named: Subject, described: &[Token<'_>], country: Option<usize>) -> Subject {
    match named {
        Subject::Named {
            words,
            mut titles,
            country: own,
            usual_country,
            qualified,
        } => {
            titles.extend(
                described
                    .iter()
                    .filter(|t| !t.punct && t.is_title())
                    .map(|t| t.lower().to_string()),
            );
            Subject::Named {
                words,
                titles,
                country: own.or(country),
                usual_country,
                qualified,
            }
        }
        other => other,
    }
}

/// The phrase at `range` with the title words after it when it ends in a possessive
/// (`Burundi's` + `foreign minister`): the description a name may stand in apposition to.
fn description_end(tokens: &[Token<'_>], range: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let mut end = range.end;
    if end > range.start && tokens[end - 1].possessive {
        while tokens.get(end).is_some_and(|t| !t.punct && t.is_title()) {
            end += 1;
        }
    }
    range.start..end
}

/// Is the speech verb at `verb` inside a relative clause (`which Washington has been
/// urging`)?
fn in_relative_clause(tokens: &[Token<'_>], verb: usize) -> bool {
    let end = subject_end(tokens, verb);
    let subject = phrase_backward(tokens, end);
    !subject.is_empty()
        && subject.start > 0
        && matches!(tokens[subject.start - 1].lower(), "which" | "whom" | "that")
}

/// The titled or full name opening the clause a speech verb reports (`said [that] Foreign
/// Minister X had called`).
fn reported_subject(tokens: &[Token<'_>], verb: usize, gazetteer: &Gazetteer) -> Option<Subject> {
    let mut k = verb + 1;
    if tokens.get(k).is_some_and(|t| t.lower() == "that") {
        k += 1;
    }
    let range = phrase_forward(tokens, k);
    if range.is_empty() {
        return None;
    }
    match analyze(&tokens[range], gazetteer)? {
        s @ Subject::Named { .. } => match &s {
            Subject::Named { words, titles, .. } if words.len() >= 2 || !titles.is_empty() => {
                Some(s)
            }
            _ => None,
        },
        _ => None,
    }
}

/// `X was quoted by the daily Y as saying`, `the radio quoted him as saying`: the person
/// quoted speaks, not the medium that quotes them.
fn quoted_as_saying(tokens: &[Token<'_>], verb: usize, gazetteer: &Gazetteer) -> Option<Subject> {
    // `Mehr News Agency quoted Khamenei.`, `The Financial Times quotes Kouchner saying`: the
    // verb itself.
    let quoted = if matches!(tokens[verb].lower(), "quoted" | "quotes") {
        verb
    } else if tokens[verb].lower() != "saying" || verb < 2 || tokens[verb - 1].lower() != "as" {
        return None;
    } else {
        (verb.saturating_sub(12)..verb - 1)
            .rev()
            .take_while(|&k| !tokens[k].ends_sentence() && tokens[k].text != "\"")
            .find(|&k| matches!(tokens[k].lower(), "quoted" | "quotes"))?
    };
    let passive = quoted > 0
        && matches!(
            tokens[quoted - 1].lower(),
            "was" | "were" | "is" | "are" | "been" | "being"
        );
    if passive {
        let end = subject_end(tokens, quoted - 1);
        let range = phrase_backward(tokens, end);
        return analyze(&tokens[range], gazetteer);
    }
    let object = phrase_forward(tokens, quoted + 1);
    match tokens.get(object.start).map(Token::lower) {
        Some("him" | "her") => Some(Subject::Pronoun("he".to_string())),
        Some("them") => Some(Subject::Pronoun("they".to_string())),
        _ if !object.is_empty() => analyze(&tokens[object], gazetteer),
        _ => None,
    }
}

/// `…, as stated by Information Minister X.`: whom `as stated by` names after the verb at
/// `verb`: a person with a title, or a description with the name after it (not a medium: `as
/// stated by Der Spiegel`).
fn as_stated_by(tokens: &[Token<'_>], verb: usize, gazetteer: &Gazetteer) -> Option<Subject> {
    let stated = verb > 0
        && tokens[verb - 1].lower() == "as"
        && matches!(tokens[verb].lower(), "stated" | "said")
        && tokens.get(verb + 1).is_some_and(|t| t.text == "by");
    if !stated {
        return None;
    }
    let range = phrase_forward(tokens, verb + 2);
    match analyze(&tokens[range.clone()], gazetteer)? {
        named @ Subject::Named { .. } if matches!(&named, Subject::Named { titles, .. } if !titles.is_empty()) => {
            Some(named)
        }
        Subject::Description { .. } => name_after_description(tokens, range, gazetteer),
        _ => None,
    }
}

/// `"a fair international political system" — as Khamenei put it —`: the named subject of
/// `put it` after `as`, when `put` is at `verb`.
fn as_put_it(tokens: &[Token<'_>], verb: usize, gazetteer: &Gazetteer) -> Option<Subject> {
    if tokens[verb].text != "put" || tokens.get(verb + 1).is_none_or(|t| t.text != "it") {
        return None;
    }
    let range = phrase_backward(tokens, verb);
    let opens_with_as = range.start > 0 && tokens[range.start - 1].lower() == "as";
    match analyze(&tokens[range], gazetteer) {
        Some(named @ Subject::Named { .. }) if opens_with_as => Some(named),
        _ => None,
    }
}

/// `The resolution has been dismissed by Iranian President X as a "piece of paper."`: the
/// person a characterisation in the passive names (`by` at `by`), with its quote after `as`.
fn passive_by(tokens: &[Token<'_>], by: usize, gazetteer: &Gazetteer) -> Option<Subject> {
    if tokens[by].text != "by" || by == 0 {
        return None;
    }
    // `The incident was described as "a disgraceful act" by X`: the quote before `by`
    // (`described as a "disgraceful act" by X`: after an article).
    let article = by >= 4 && matches!(tokens[by - 2].lower(), "a" | "an" | "the");
    let as_at = if article {
        by - 3
    } else {
        by.saturating_sub(2)
    };
    let quote_before = by >= 3 && tokens[by - 1].text == "\"";
    let mut quoted_before = quote_before && tokens[as_at].lower() == "as";
    let mut participle = if quoted_before { as_at - 1 } else { by - 1 };
    // (`… as a "disgraceful act" by X, and "deceitful" by Y`: a second characterisation shares
    // the first one's participle.)
    if quote_before && tokens[by - 2].lower() == "and" {
        let sentence = (0..by - 2)
            .rev()
            .take_while(|&k| !tokens[k].ends_sentence())
            .find(|&k| {
                characterising(tokens[k].lower())
                    && tokens.get(k + 1).is_some_and(|t| t.lower() == "as")
            });
        if let Some(k) = sentence {
            participle = k;
            quoted_before = true;
        }
    }
    if !characterising(tokens[participle].lower()) {
        return None;
    }
    let range = phrase_forward(tokens, by + 1);
    let quoted_after_as = tokens.get(range.end).is_some_and(|t| t.lower() == "as")
        && (range.end + 1..tokens.len().min(range.end + 4)).any(|k| tokens[k].text == "\"");
    if range.is_empty() || !(quoted_after_as || quoted_before) {
        return None;
    }
    match analyze(&tokens[range.clone()], gazetteer) {
        Some(named @ Subject::Named { .. }) => Some(named),
        // (`by the Labor candidate for Lindsay, David Bradbury,`.)
        Some(Subject::Description { .. }) if quoted_before => {
            name_after_description(tokens, range, gazetteer)
        }
        _ => None,
    }
}

/// Participles that characterise what someone said in the passive (`described as`).
fn characterising(lower: &str) -> bool {
    matches!(
        lower,
        "dismissed"
            | "described"
            | "called"
            | "branded"
            | "labelled"
            | "labeled"
            | "denounced"
            | "condemned"
            | "criticised"
            | "criticized"
            | "hailed"
            | "praised"
            | "welcomed"
    )
}

/// `Conyers and Sanchez wrote`: a named person joined by `and` to the named subject of the
/// speech verb at `verb`, opening the clause; both are quoted.
fn joint_subject(tokens: &[Token<'_>], verb: usize, gazetteer: &Gazetteer) -> Option<Subject> {
    let end = subject_end(tokens, verb);
    let second = phrase_backward(tokens, end);
    if second.is_empty() || second.start < 2 || tokens[second.start - 1].text != "and" {
        return None;
    }
    let first = phrase_backward(tokens, second.start - 1);
    let opens_clause = first.start == 0 || tokens[first.start - 1].punct;
    // `James Capel and Co analyst X`, `Smith Barney, Harris Upham and Co said`: the `and`
    // is inside a firm's name.
    let firm = tokens[second.clone()]
        .first()
        .is_some_and(|t| matches!(t.text.trim_end_matches('.'), "Co" | "Company" | "Sons"))
        || tokens[first.clone()]
            .iter()
            .chain(&tokens[second])
            .any(|t| people::is_private_body_word(t.text));
    if first.is_empty() || !opens_clause || firm {
        return None;
    }
    analyze(&tokens[first], gazetteer).filter(|s| matches!(s, Subject::Named { .. }))
}

/// Auxiliaries, modals and past-tense forms: a word that makes the phrase before it a clause's
/// subject (`the United States did not want`, `the talks failed`).
fn is_finite_verb(word: &str) -> bool {
    matches!(
        word,
        "is" | "was"
            | "are"
            | "were"
            | "has"
            | "had"
            | "have"
            | "did"
            | "does"
            | "do"
            | "would"
            | "will"
            | "could"
            | "should"
            | "must"
            | "may"
            | "might"
            | "can"
    ) || (word.len() > 4 && word.ends_with("ed"))
}

/// Where the subject phrase of the verb at `verb` ends: before the fillers between them
/// (`X also said`, `X has said`).
fn subject_end(tokens: &[Token<'_>], verb: usize) -> usize {
    let mut end = verb;
    loop {
        if end > 0 && !tokens[end - 1].punct && is_verb_filler(tokens[end - 1].lower()) {
            end -= 1;
            continue;
        }
        // `President Reagan for the first time admitted`.
        let time = end >= 4
            && tokens[end - 4].lower() == "for"
            && tokens[end - 3].lower() == "the"
            && !tokens[end - 2].punct
            && tokens[end - 1].lower() == "time";
        if time {
            end -= 4;
            continue;
        }
        // (`Jenny Macklin in response called`, `Reagan angrily denounced`: a manner after a
        // name or `he`/`she`; not `It fully agrees`, a body's.)
        let after_subject = |k: usize| {
            k > 0
                && !tokens[k - 1].punct
                && (tokens[k - 1].is_capitalized() || matches!(tokens[k - 1].lower(), "he" | "she"))
                && !matches!(
                    tokens[k - 1].lower(),
                    "it" | "they" | "we" | "this" | "that"
                )
        };
        let in_response = end >= 3
            && tokens[end - 2].text == "in"
            && matches!(tokens[end - 1].text, "response" | "reply" | "turn")
            && after_subject(end - 2);
        if in_response {
            end -= 2;
            continue;
        }
        // (`Angela Merkel at the G8 summit yesterday said`, `Putin in Sochi on Monday told`: a
        // place or time phrase between a name or `he`/`she` and the verb.)
        let place_from = (end.saturating_sub(6)..end.saturating_sub(1)).find(|&k| {
            matches!(tokens[k].text, "at" | "in" | "on")
                && after_subject(k)
                && tokens[k + 1..end].iter().all(|t| {
                    !t.punct
                        && !t.possessive
                        && !matches!(
                            t.lower(),
                            "who" | "which" | "that" | "and" | "but" | "of" | "charge"
                        )
                        && !is_speech_verb(t.text)
                })
                // (An event or a time closes it; not `Sumitomo Bank in Duesseldorf said`, where
                // the place is part of whom the phrase names.)
                && matches!(
                    tokens[end - 1].lower(),
                    "summit"
                        | "meeting"
                        | "conference"
                        | "rally"
                        | "briefing"
                        | "forum"
                        | "talks"
                        | "session"
                        | "ceremony"
                        | "hearing"
                        | "interview"
                        | "yesterday"
                        | "today"
                        | "tonight"
                        | "monday"
                        | "tuesday"
                        | "wednesday"
                        | "thursday"
                        | "friday"
                        | "saturday"
                        | "sunday"
                )
        });
        if let Some(k) = place_from {
            end = k;
            continue;
        }
        // (`Joe Hockey (Liberal, North Sydney told journalists`: a parenthesis the text never
        // closed, a few words long, glosses the name before it.)
        let unclosed = (end.saturating_sub(7)..end)
            .rev()
            .take_while(|&k| !tokens[k].ends_sentence() && !tokens[k].is_punct(&[")"]))
            .find(|&k| tokens[k].is_punct(&["("]))
            .filter(|&k| k > 0 && tokens[k - 1].is_capitalized() && !tokens[k - 1].punct)
            // (Not a verb inside a parenthesis closed after it: `(LTTE, also called the
            // Tamil Tigers)`.)
            .filter(|_| {
                !tokens[verb..]
                    .iter()
                    .take_while(|t| !t.ends_sentence())
                    .any(|t| t.is_punct(&[")"]))
            });
        if let Some(k) = unclosed {
            end = k;
            continue;
        }
        // (`Murtha, who had served in Vietnam, angrily denounced`: or after the comma closing
        // an apposition.)
        let manner = end >= 2
            && tokens[end - 1].text.len() > 4
            && tokens[end - 1].text.ends_with("ly")
            && tokens[end - 1].text.bytes().all(|b| b.is_ascii_lowercase())
            && (after_subject(end - 1) || tokens[end - 2].is_punct(&[","]));
        if manner {
            end -= 1;
            continue;
        }
        return end;
    }
}

/// `WASHINGTON - … U.S. defense officials said today.`: unnamed officials of a lead, with the
/// country their description gives (later only a group, whom `he said` does not mean).
fn lead_officials(tokens: &[Token<'_>], verb: usize, gazetteer: &Gazetteer) -> Option<Subject> {
    let end = subject_end(tokens, verb);
    if end < 2 || !is_plural_informant(tokens[end - 1].lower()) {
        return None;
    }
    let modifier = |t: &Token<'_>| {
        !t.punct
            && (t.is_capitalized()
                || t.is_title()
                || matches!(
                    t.lower(),
                    "defense"
                        | "defence"
                        | "military"
                        | "government"
                        | "administration"
                        | "ministry"
                        | "intelligence"
                        | "two"
                        | "three"
                        | "several"
                        | "some"
                        | "other"
                        | "western"
                ))
    };
    let start = (end.saturating_sub(5)..end - 1)
        .rev()
        .take_while(|&k| modifier(&tokens[k]))
        .last()
        .unwrap_or(end - 1);
    match analyze(&tokens[start..end], gazetteer) {
        Some(s @ Subject::Unnamed(Some(_))) => Some(s),
        _ => None,
    }
}

/// `one of them said`, `one of the officials told Reuters`: the subject before the verb at
/// `verb` is one of a group already speaking.
fn one_of_them(tokens: &[Token<'_>], verb: usize) -> bool {
    let word = |k: usize| (!tokens[k].punct).then(|| tokens[k].lower());
    let one_of = |k: usize| word(k) == Some("one") && word(k + 1) == Some("of");
    // (`one of them`, or `one of the` and a lowercase plural.)
    let them = verb >= 3 && one_of(verb - 3) && word(verb - 1) == Some("them");
    let the_plural = verb >= 4
        && one_of(verb - 4)
        && word(verb - 2) == Some("the")
        && !tokens[verb - 1].is_capitalized()
        && word(verb - 1).is_some_and(|w| w.ends_with('s'));
    them || the_plural
}

/// `Konstantin Kosachev, chair of the Russian parliament's security committee told`: the name
/// before a title apposition left open up to the verb at `end`.
fn open_apposition_name(
    tokens: &[Token<'_>],
    end: usize,
    gazetteer: &Gazetteer,
) -> Option<Subject> {
    if end == 0 || tokens[end - 1].punct {
        return None;
    }
    let comma = (end.saturating_sub(12)..end)
        .rev()
        .find(|&j| tokens[j].punct)?;
    // (`Elham, a spokesman for the Iranian government said`, `President Bashar Assad of Syria,
    // a longtime Iranian ally said`: or a description.)
    let titled = tokens[comma].is_punct(&[","])
        && tokens
            .get(comma + 1)
            .is_some_and(|t| !t.punct && (t.is_title() || matches!(t.lower(), "a" | "an" | "the")));
    if !titled {
        return None;
    }
    named_before_comma(tokens, comma + 1, gazetteer)
}

/// `Lavrov, Russia's foreign minister, said` / `NATO's chief, Anders Rasmussen, said` /
/// `Kuroski, deputy director of Comecon, who heads the delegation, told`: a person named just
/// before one of the commas of the clause that ends at `end`.
fn named_before_comma(tokens: &[Token<'_>], end: usize, gazetteer: &Gazetteer) -> Option<Subject> {
    let floor = frame_start(tokens, end).max(end.saturating_sub(40));
    let commas: Vec<usize> = (floor..end)
        .filter(|&k| tokens[k].is_punct(&[","]))
        .collect();
    for (n, &comma) in commas.iter().enumerate().rev() {
        // `Simon, who served under presidents Nixon and Ford, said`: a name inside a relative
        // clause is never the subject.
        let segment_start = n.checked_sub(1).map_or(floor, |m| commas[m] + 1);
        // (`Priya Menon, a metals analyst at consultancy Straitline Research, said`: nor one
        // inside a description in apposition.)
        // (`Ousseynou Gaye Toure, of the anti-corruption group Forum Civil, said`: nor one
        // inside an apposition that places the name before it.)
        if tokens.get(segment_start).is_some_and(|t| {
            matches!(t.lower(), "who" | "whom" | "whose" | "which")
                || (n > 0 && matches!(t.lower(), "a" | "an" | "of" | "from"))
        }) {
            continue;
        }
        // (`Bill Frenzel, R-Minn., said`: the party tag after the name.)
        if comma == segment_start + 1 && tokens::is_party_state_tag(tokens[segment_start].text) {
            continue;
        }
        // (`X, a vice president of the Japanese Trade Union Confederation, known as Rengo,
        // said`: nor the short name of a body, after `known as`.)
        let known_as = tokens[segment_start..comma]
            .iter()
            .take(3)
            .position(|t| t.lower() == "known")
            .is_some_and(|k| {
                tokens
                    .get(segment_start + k + 1)
                    .is_some_and(|t| t.lower() == "as")
            });
        if known_as {
            continue;
        }
        let range = phrase_backward(tokens, comma);
        // (`Seiuli Tavita Ioane, one of the two independents who backed Tuilagi Sefo, said`:
        // nor the object of a relative clause further inside the segment.)
        if n > 0
            && tokens[segment_start..range.start.max(segment_start)]
                .iter()
                .any(|t| matches!(t.lower(), "who" | "whom" | "which"))
        {
            continue;
        }
        // `Arthur Krumper of Munich's Ifo institute, which …, said`: a name opening the
        // segment, placed by a preposition.
        let opening = phrase_forward(tokens, segment_start);
        // (A short segment: a longer one is a clause of its own, `Three United Steelworkers
        // of America locals on strike … rejected the contract, a union representative said`.)
        // (`Priya Nair of the Indian Federation of App-based Transport Workers, a union,
        // said`: or a body's long capitalized name.)
        let body_name = opening.end < comma
            && tokens[opening.end + 1..comma]
                .iter()
                .all(|t| t.is_capitalized() || matches!(t.text, "of" | "the" | "and" | "for"));
        let placed = !opening.is_empty()
            && opening.end < comma
            && (comma - segment_start <= 8 || (body_name && comma - segment_start <= 16))
            && matches!(tokens[opening.end].text, "of" | "at" | "from")
            && (segment_start == floor || tokens[segment_start - 1].is_punct(&[","]));
        // (In a segment opening the sentence, the phrase before the comma, if any, is then the
        // preposition's object: `Léa Agossou of the opposition Democrats party, who placed
        // second, told`.)
        let object = range.start > opening.end && segment_start == floor;
        if placed && (range.is_empty() || object) {
            if let Some(s @ Subject::Named { .. }) = analyze(&tokens[opening], gazetteer) {
                return Some(s);
            }
        }
        // `Kenneth Blaylock, president of the American Federation of Government Employees,
        // told`: a lowercase title with its body describes the name before it; the body's
        // last word is no one's name.
        // (Also `(Nikkeiren),` after it.)
        let segment = &tokens[segment_start.min(comma)..comma];
        // (`Chris Whitfield, managing director of Rio Tinto's unit Rio Sava,`, `X, economic
        // adviser to Treasury Minister Y,`, `X, the head of gas operator Plinacro,`: the
        // title may follow a lowercase word or an article, and its body `to` or `for`.)
        let lowercase_run = segment
            .iter()
            .take(3)
            .take_while(|t| !t.punct && !t.is_capitalized());
        let titled_first = segment
            .first()
            .is_some_and(|t| t.is_title() && !t.is_capitalized())
            && segment.iter().any(|t| t.text == "of");
        // (Only after a name: `After reciting a list of initiatives, ambassador to the UN Mike
        // Smith, described` opens with a phrase, and the title is the next name's own. Read
        // last: it analyzes a phrase.)
        let after_name = || {
            n > 0
                && matches!(
                    analyze(&tokens[phrase_backward(tokens, commas[n - 1])], gazetteer),
                    Some(Subject::Named { .. })
                )
        };
        // (`Tom Clarke, Coordinator of the Timor Sea Justice Campaign,`: or a capitalized
        // title.)
        let titled_run = (segment.first().is_some_and(|t| t.is_title())
            || (segment.first().is_some_and(|t| !t.is_capitalized())
                && lowercase_run.clone().any(|t| t.is_title())))
            && segment
                .iter()
                .any(|t| matches!(t.text, "of" | "to" | "for"))
            && after_name();
        let describes =
            titled_first || titled_run || segment.first().is_some_and(|t| t.is_punct(&["("]));
        if describes {
            continue;
        }
        // `President Bashar Assad of Syria, a longtime Iranian ally said`: the name before
        // `of COUNTRY`.
        if range.start >= 2 && tokens[range.start - 1].text == "of" {
            let owner = phrase_backward(tokens, range.start - 1);
            let country = matches!(
                analyze(&tokens[range.clone()], gazetteer),
                Some(Subject::Organization(_))
            );
            if country && !after_preposition(tokens, owner.start) {
                if let Some(s @ Subject::Named { .. }) = analyze(&tokens[owner], gazetteer) {
                    return Some(s);
                }
            }
        }
        // `…, recipient of the Nobel Prize in Literature, has said`: an object of a
        // preposition is never the subject (`In Port Sudan, a senior officer dismissed`).
        if after_preposition(tokens, range.start)
            || tokens
                .get(range.start)
                .is_some_and(|t| matches!(t.lower(), "in" | "at" | "from"))
        {
            continue;
        }
        // `De Croo, here for talks with officials and Congressmen, said`: the last item of a
        // list inside the apposition is not its subject either.
        // (`President and Prime Minister X, said`, `Opposition leader and acting President
        // X, said`: but offices joined by `and` before one name are that name's.)
        // (The segment holds only offices and `and` before the name, past a first word that
        // may name the body: not `a letter to Qwest Chairman and CEO X`, nor `Google's Vice
        // President of Corporate Development and Chief Legal Officer`.)
        let joined_offices = range.start >= segment_start + 2
            && tokens[range.start - 1].lower() == "and"
            && tokens[range.start - 2].is_title()
            && tokens[range.start..range.end.min(range.start + 2)]
                .iter()
                .any(Token::is_title)
            && tokens[segment_start + 1..range.start]
                .iter()
                .all(|t| t.is_title() || t.text == "and")
            && !tokens[segment_start].punct
            && !phrases::is_function_word(tokens[segment_start].lower());
        if range.start > 0
            && matches!(tokens[range.start - 1].lower(), "and" | "or")
            && !joined_offices
        {
            continue;
        }
        if let Some(s @ Subject::Named { .. }) = analyze(&tokens[range], gazetteer) {
            // (`"…," Zhu, the railway official, said`: a lone name takes the titles of the
            // description in apposition after it, so it names someone.)
            let lone = matches!(&s, Subject::Named { words, titles, .. }
                if words.len() == 1 && titles.is_empty());
            if let Some(&next) = commas.get(n + 1).filter(|_| lone) {
                let described = &tokens[comma + 1..next];
                let description = described
                    .first()
                    .is_some_and(|t| matches!(t.lower(), "the" | "a" | "an"))
                    && described.iter().all(|t| !t.punct && !t.is_capitalized())
                    && described.last().is_some_and(Token::is_title);
                if description {
                    return Some(described_name(s, described, None));
                }
            }
            return Some(s);
        }
    }
    None
}

/// `A French diplomat in Brussels said`, `A Qatari official involved in the mediation said`:
/// an official the text does not name but whose country it gives, before a short
/// prepositional tail that ends at the verb (`end`).
/// `The head of the UN nuclear watchdog said`, `the chairman of Iran's atomic agency told`: a
/// definite office opening the sentence, then `of` and what it heads, up to the verb with no
/// comma, is an unnamed holder of that office (of a country the object names, if one).
fn office_of_up_to_verb(
    tokens: &[Token<'_>],
    opening: std::ops::Range<usize>,
    end: usize,
    gazetteer: &Gazetteer,
) -> Option<Subject> {
    let of = opening.end;
    // (Not `The Peking representative of a Japanese securities house`: a firm's.)
    let shape = opening.len() >= 2
        && tokens[opening.start].lower() == "the"
        && !tokens[opening.start + 1..of].iter().any(|t| t.is_capitalized())
        && tokens.get(of).is_some_and(|t| t.text == "of")
        && end > of + 1
        && end - of <= 8
        && !tokens[of..end].iter().any(|t| t.punct)
        // (Not `the trade ambassador of the European Community Tran Van Thinh told`.)
        && !tokens[end - 1].is_capitalized()
        && !tokens[end - 1].possessive;
    if !shape {
        return None;
    }
    let Some(Subject::Description {
        head,
        definite: true,
        country,
        qualifiers,
    }) = analyze(&tokens[opening], gazetteer)
    else {
        return None;
    };
    let named = || {
        (of + 1..end).find_map(|k| {
            let words = tokens[k..end].iter().map(|t| t.text);
            match gazetteer.longest_match(words) {
                Some((n, gazetteer::Entity::Country(c), kind))
                    if kind == gazetteer::TermKind::Demonym
                        || tokens[k + n - 1].possessive
                        || k + n == end =>
                {
                    Some(phrases::Allegiance::Country(c))
                }
                _ => None,
            }
        })
    };
    Some(Subject::Description {
        head,
        definite: true,
        country: country.or_else(named),
        qualifiers,
    })
}

fn unnamed_official_before_tail(
    tokens: &[Token<'_>],
    end: usize,
    gazetteer: &Gazetteer,
) -> Option<Subject> {
    for p in (end.saturating_sub(6)..end).rev() {
        let t = &tokens[p];
        if t.punct {
            return None;
        }
        if !matches!(t.lower(), "in" | "at" | "from" | "with" | "on" | "for") || p == 0 {
            continue;
        }
        // (A participle may lead to the preposition: `involved in`, `based in`.)
        let before = &tokens[p - 1];
        // (Or an adjective of the anonymity formulas: `familiar with`, `close to`.)
        // (`A State Department official traveling with the delegation said`.)
        let participle = !before.punct
            && !before.is_capitalized()
            && (((before.lower().ends_with("ed") || before.lower().ends_with("ing"))
                && !is_speech_verb(before.lower()))
                || matches!(before.lower(), "familiar" | "close" | "knowledgeable"));
        let owner_end = p - usize::from(participle);
        // (A plural the phrase leaves out: `Two Indian officials familiar with …`.)
        let plural = owner_end > 0 && is_plural_informant(tokens[owner_end - 1].lower());
        let mut owner = phrase_backward(tokens, owner_end - usize::from(plural));
        if plural && !owner.is_empty() {
            owner.end += 1;
        }
        // (`Two Indian officials familiar with the negotiations told`: a count opens it.)
        if owner.len() > 1 && is_count_word(tokens[owner.start].lower()) {
            owner.start += 1;
        }
        let counted = owner.start > 0 && is_count_word(tokens[owner.start - 1].lower());
        let indefinite =
            (!owner.is_empty() && matches!(tokens[owner.start].lower(), "a" | "an")) || counted;
        if owner.len() < 2 || !indefinite {
            continue;
        }
        let seat = seat_after(tokens, p, end, gazetteer);
        // (`A spokesperson for the Chinese embassy said`: the body a spokesperson speaks for
        // is part of the description.)
        // (Not one in apposition to a name: `X, a spokesman for the US military commented`.)
        let speaks_for = t.lower() == "for"
            && matches!(before.lower(), "spokesman" | "spokeswoman" | "spokesperson")
            && !(owner.start > 0 && tokens[owner.start - 1].is_punct(&[","]));
        // (Up to where it sits: `… embassy in Suva`.)
        let described = if speaks_for {
            let sits_at = (p + 1..end)
                .find(|&k| matches!(tokens[k].lower(), "in" | "at"))
                .unwrap_or(end);
            owner.start..sits_at
        } else {
            owner.clone()
        };
        let subject = analyze(&tokens[described.clone()], gazetteer)
            .map(|s| seated_official(s, &tokens[described], seat));
        if let Some(
            s @ (Subject::Unnamed(Some(_))
            | Subject::Description {
                definite: false,
                country: Some(_),
                ..
            }),
        ) = subject
        {
            return Some(s);
        }
    }
    None
}

/// `An official in Dushanbe said`: a plain official at a seat of government (`seat`) is that
/// government's (not `a Western diplomat in Beijing`).
fn seated_official(subject: Subject, owner: &[Token<'_>], seat: Option<usize>) -> Subject {
    match (subject, seat) {
        (
            Subject::Description {
                head,
                definite: false,
                country: None,
                qualifiers,
            },
            Some(c),
        ) if plain_official(owner) => Subject::Description {
            head,
            definite: false,
            country: Some(phrases::Allegiance::Country(c)),
            qualifiers,
        },
        (subject, _) => subject,
    }
}

/// `an official at the Foreign Ministry`, `a senior official at the Financial Services
/// Commission`, `an official at the state IT agency`: the unnamed official (`a`, `an` or `one`
/// and a title ending just before `at`) of the state body named from `at` to `end`, whose
/// country is the body's or, unnamed, the dispatch's.
fn official_at_body(
    tokens: &[Token<'_>],
    at: usize,
    end: usize,
    gazetteer: &Gazetteer,
) -> Option<Subject> {
    if !matches!(tokens.get(at)?.lower(), "at" | "with") || at == 0 {
        return None;
    }
    let official = phrase_backward(tokens, at);
    // (Not an apposition: `Yigal Palmor, an official with the Israeli Foreign Ministry said`.)
    let apposition = official.start > 0 && tokens[official.start - 1].is_punct(&[","]);
    let unnamed = official.len() >= 2
        && !apposition
        && matches!(tokens[official.start].lower(), "a" | "an" | "one")
        && matches!(
            tokens[at - 1].lower(),
            "official" | "spokesman" | "spokeswoman" | "spokesperson"
        );
    if !unnamed {
        return None;
    }
    let body = tokens.get(at + 1..end)?;
    if body.is_empty() || body.iter().any(|t| t.punct) {
        return None;
    }
    let state_word = body.iter().any(|t| {
        phrases::is_government_body(t.text)
            || matches!(t.lower(), "ministry" | "government")
            || (t.text == "state" && !t.is_capitalized())
    }) || people::names_state_commission(body)
        || people::names_national_body(body);
    if !state_word {
        return None;
    }
    let country = phrases::description_country(body, gazetteer).map_or(
        phrases::Allegiance::LocalGovernment,
        phrases::Allegiance::Country,
    );
    Some(Subject::Description {
        head: tokens[at - 1].lower().to_string(),
        definite: false,
        country: Some(country),
        qualifiers: Vec::new(),
    })
}

/// The country whose seat of government (`Dushanbe`) `in` at `p` introduces, the phrase
/// ending there: at `end` (the verb) or a punctuation mark.
fn seat_after(tokens: &[Token<'_>], p: usize, end: usize, gazetteer: &Gazetteer) -> Option<usize> {
    if tokens.get(p)?.lower() != "in" {
        return None;
    }
    let closes = |k: usize| k == end || tokens.get(k).is_none_or(|t| t.punct);
    let words = tokens.get(p + 1..)?.iter().map(|t| t.text);
    match gazetteer.longest_match(words)? {
        (n, gazetteer::Entity::Country(c), gazetteer::TermKind::Metonym) if closes(p + 1 + n) => {
            Some(c)
        }
        // (`A senior official in Iraq's Oil Ministry, who …, said`: a state's ministry.)
        (n, gazetteer::Entity::Country(c), kind) => {
            let owner = &tokens[p + n];
            let owned = owner.possessive || kind == gazetteer::TermKind::Demonym;
            let body_end = (p + 1 + n..tokens.len().min(end))
                .find(|&k| !tokens[k].is_capitalized() || tokens[k].punct)
                .unwrap_or(tokens.len().min(end));
            let body = tokens.get(p + 1 + n..body_end)?;
            let ministry = body
                .last()
                .is_some_and(|t| phrases::is_government_body(t.text));
            (owned && ministry && closes(body_end)).then_some(c)
        }
        _ => None,
    }
}

/// `an official`, `a senior government official`: an article, lowercase words of rank or
/// government, and `official(s)`; nothing that names another body or a foreigner.
fn plain_official(owner: &[Token<'_>]) -> bool {
    let Some((head, rest)) = owner.split_last() else {
        return false;
    };
    matches!(head.lower(), "official" | "officials")
        && rest.iter().all(|t| {
            !t.punct
                && matches!(
                    t.lower(),
                    "a" | "an" | "senior" | "government" | "top" | "high-ranking" | "local"
                )
        })
}

/// Is the phrase starting at `start` the object of a preposition (`in Literature`)?
/// Also one word further back (`at stockbrokers Hoare Govett`, `After meeting Putin`).
fn after_preposition(tokens: &[Token<'_>], start: usize) -> bool {
    let preposition = |k: usize| {
        matches!(
            tokens[k].lower(),
            "in" | "of"
                | "at"
                | "for"
                | "to"
                | "from"
                | "with"
                | "by"
                | "on"
                | "about"
                | "against"
                | "after"
                | "before"
                | "during"
                | "without"
                | "between"
                // (`…, near Melilla, said`: a place tacked on.)
                | "near"
                | "outside"
                | "inside"
                | "across"
                | "along"
        )
    };
    if start == 0 {
        return false;
    }
    let previous = &tokens[start - 1];
    preposition(start - 1)
        || (start > 1 && !previous.punct && !previous.is_capitalized() && preposition(start - 2))
}

/// Participles that continue a clause (`…, saying "…"`).
fn is_participle(verb: &str) -> bool {
    verb.ends_with("ing")
}

/// `White House spokesman Marlin Fitzwater defended … and said`: the first phrase of the clause.
fn clause_subject(tokens: &[Token<'_>], and: usize, gazetteer: &Gazetteer) -> Option<Subject> {
    let start = frame_start(tokens, and);
    clause_subject_from(tokens, start, and, gazetteer).or_else(|| {
        // `X dismissed the speech as “theater” and told reporters`: a quoted word inside the
        // clause; its subject stands before the quote.
        let sentence = (0..and)
            .rev()
            .find(|&k| tokens[k].ends_sentence())
            .map_or(0, |k| k + 1);
        (sentence < start)
            .then(|| clause_subject_from(tokens, sentence, and, gazetteer))
            .flatten()
    })
}

fn clause_subject_from(
    tokens: &[Token<'_>],
    start: usize,
    and: usize,
    gazetteer: &Gazetteer,
) -> Option<Subject> {
    let mut i = start;
    // (`According to BBC News, spokesman X rejected the offer, saying`: the source before
    // the comma is not the clause's subject.)
    if tokens.get(i).is_some_and(|t| t.lower() == "according")
        && tokens.get(i + 1).is_some_and(|t| t.text == "to")
    {
        // (Not a person's office: `According to a hospital spokeswoman, X is “critical,” and
        // added` is the spokeswoman's.)
        if let Some(comma) = (i + 2..and).find(|&k| tokens[k].is_punct(&[","])) {
            if !tokens[i + 2..comma].iter().any(|t| t.is_title()) {
                i = comma + 1;
            }
        }
    }
    // (`At the press conference, X thanked Bush and praised him for his "…"`: an opening
    // place or time before a comma is not the clause's subject.)
    // (`At the press conference, held at X Airport in Cotonou, Yayi thanked …`: and a
    // participle clause after it.)
    let opens_with_place_or_time = tokens
        .get(i)
        .is_some_and(|t| matches!(t.text, "At" | "In" | "On" | "During" | "After" | "Before"));
    if opens_with_place_or_time {
        let comma_after = |from: usize| {
            (from..and.min(from + 10))
                .find(|&k| tokens[k].punct)
                .filter(|&k| tokens[k].is_punct(&[","]))
        };
        if let Some(comma) = comma_after(i + 1) {
            i = comma + 1;
            // (A lowercase word there that no subject opens with: `held`, `flanked by`.)
            let participle = tokens.get(i).is_some_and(|t| {
                !t.punct
                    && !t.is_capitalized()
                    && !matches!(
                        t.lower(),
                        "the" | "a" | "an" | "he" | "she" | "they" | "it" | "we" | "his" | "her"
                    )
            });
            if let Some(second) = comma_after(i).filter(|_| participle) {
                i = second + 1;
            }
        }
    }
    while i < and {
        let range = phrase_forward(tokens, i);
        if !range.is_empty() {
            if let Some(s) = analyze(&tokens[range.clone()], gazetteer) {
                // `Russia's U.N. ambassador, Vassily Nebenzia, dismissed … and told`: the name
                // in apposition to the title is the subject.
                // `Indonesia's coordinating minister for economic affairs, Hendra K., struck …`
                // (`Hamas government spokesman X was cautious …, saying`: an organisation,
                // then a lowercase body word, a title and a name.)
                if matches!(s, Subject::Description { .. } | Subject::Organization(_)) {
                    let described = matches!(s, Subject::Description { .. });
                    if let Some(named) = described
                        .then(|| name_after_description(tokens, range.clone(), gazetteer))
                        .flatten()
                    {
                        return Some(named);
                    }
                    // (`Foreign ministry spokesman X rejected the offer, saying`: a lowercase
                    // body word cuts the description; the title and name go on after it.)
                    // (The phrase may run past `and`.)
                    let body_words = tokens
                        .get(range.end..and)
                        .unwrap_or_default()
                        .iter()
                        .take_while(|t| is_lowercase_body_word(t))
                        .count();
                    let named_after_body = (1..=2).contains(&body_words).then(|| {
                        let after = phrase_forward(tokens, range.end + body_words);
                        (after.start == range.end + body_words)
                            .then(|| analyze(&tokens[after], gazetteer))
                            .flatten()
                    });
                    if let Some(Some(named @ Subject::Named { .. })) = named_after_body {
                        return Some(named);
                    }
                }
                if !matches!(s, Subject::Unnamed(_)) {
                    return Some(s);
                }
            }
            i = range.end.max(i + 1);
        } else {
            i += 1;
        }
    }
    None
}

/// A lowercase word naming a state body inside a title (`ministry` in `Foreign ministry
/// spokesman`).
fn is_lowercase_body_word(t: &Token<'_>) -> bool {
    !t.punct
        && !t.is_capitalized()
        && matches!(
            t.text,
            "ministry"
                | "department"
                | "office"
                | "agency"
                | "commission"
                | "council"
                | "bank"
                | "government"
        )
}

/// The event right after the quote marker, in the same sentence (`“…,” Ushakov said`);
/// `long_reach` lets a verb that closes the sentence stand further away.
fn event_after<'e>(
    tokens: &[Token<'_>],
    marker: usize,
    events: &'e [Event],
    long_reach: bool,
) -> Option<&'e Event> {
    // `X called it “unjustified,” while Y urged calm`: a conjunction after the quote opens
    // another clause, whose verb is not the quote's.
    let next = tokens
        .get(marker + 1)
        .filter(|t| t.is_punct(&[","]))
        .map_or(marker + 1, |_| marker + 2);
    if tokens.get(next).is_some_and(|t| {
        !t.punct
            && matches!(
                t.lower(),
                "while" | "whereas" | "but" | "although" | "though" | "because" | "whilst"
            )
    }) {
        return None;
    }
    // (`X said, “…,” and that the resolution expresses “…”`: a second `that` clause of the
    // same verb before the quote, not a new speaker.)
    if tokens.get(next).is_some_and(|t| t.text == "and")
        && tokens.get(next + 1).is_some_and(|t| t.text == "that")
    {
        return None;
    }
    let limit = (marker + 1..tokens.len())
        .find(|&k| tokens[k].ends_sentence() || tokens[k].text == "\"")
        .unwrap_or(tokens.len());
    // (`The United States is prepared to "pull out all the stops" to defend its rights under
    // the General Agreement on Tariffs and Trade (GATT), U.S. Ambassador Michael Samuels
    // said.`: a verb that closes the sentence after a comma is its main one, however long the
    // reported clause before it.)
    events.iter().find(|e| {
        e.verb > marker
            && e.verb < limit
            && (e.verb <= marker + AFTER_QUOTE_WINDOW
                || (long_reach
                    && e.verb <= marker + 2 * AFTER_QUOTE_WINDOW
                    && closes_sentence(tokens, e.verb)))
    })
}

/// The event before the quote marker, in the same sentence (`Ushakov said: “…”`).
fn event_before<'e>(tokens: &[Token<'_>], marker: usize, events: &'e [Event]) -> Option<&'e Event> {
    let start = frame_start(tokens, marker);
    let in_sentence = || events.iter().filter(|e| e.verb >= start && e.verb < marker);
    // A name that resolves to nobody (`Leading the chorus urging …, Sir Marcus Fox said:`)
    // does not outrank the sentence's other verbs.
    let known = |e: &&Event| {
        e.named
            && e.speaker
                .as_ref()
                .is_some_and(|s| !matches!(s, Speaker::Unnamed(_)))
    };
    // `after Brown called for "…"`: a verb whose object the quote is (a few words on, no
    // comma between) wins; otherwise the sentence's first named speaker, the main clause's subject (`Baker
    // noted that even though Sen. Bradley was urging relief …, "…"`).
    events
        .iter()
        .rev()
        .filter(|e| e.verb >= start && e.verb < marker)
        .filter(known)
        .find(|e| {
            marker - e.verb <= 10 && !tokens[e.verb..marker].iter().any(|t| t.is_punct(&[","]))
        })
        .or_else(|| in_sentence().find(known))
        .or_else(|| in_sentence().find(|e| e.named && e.speaker.is_some()))
        // (`Japan urged …, with the government’s top spokesman calling the measures “…”`: an
        // unnamed speaker whose verb takes the quote, over the sentence's first subject.)
        .or_else(|| {
            in_sentence().rev().find(|e| {
                let with_absolute = tokens[e.verb].text.ends_with("ing")
                    && (e.verb.saturating_sub(6)..e.verb)
                        .rev()
                        .take_while(|&k| !tokens[k].punct)
                        .any(|k| tokens[k].lower() == "with");
                with_absolute
                    && e.speaker.is_some()
                    && marker - e.verb <= 6
                    && !tokens[e.verb..marker].iter().any(|t| t.punct)
            })
        })
        .or_else(|| in_sentence().next())
}

/// `so-called “peace plan”`, `dubbed “Operation X”`: a term, not a quote.
fn is_scare_quote(tokens: &[Token<'_>], marker: usize) -> bool {
    let before = |k: usize| marker.checked_sub(k).and_then(|i| tokens.get(i));
    let one = before(1).map_or("", |t| t.lower());
    let two = before(2).map_or("", |t| t.lower());
    matches!(
        one,
        "so-called"
            | "dubbed"
            | "nicknamed"
            | "termed"
            | "titled"
            | "entitled"
            | "branded"
            | "labelled"
            | "labeled"
            | "word"
            | "term"
            | "phrase"
            | "slogan"
            | "codenamed"
            | "code-named"
    ) || (one == "as" && matches!(two, "known" | "referred" | "billed"))
}

/// `the NBC program “Today,”`, `the newspaper “Pravda”`: a quote right after a kind of work
/// may be its title (a quote about the work, `the programme “remains on track”`, is not; the
/// caller tells them apart by the capital a title opens with).
fn follows_kind_of_work(tokens: &[Token<'_>], marker: usize) -> bool {
    marker
        .checked_sub(1)
        .and_then(|i| tokens.get(i))
        .is_some_and(|t| {
            matches!(
                t.lower(),
                "program"
                    | "programme"
                    | "show"
                    | "newspaper"
                    | "magazine"
                    | "book"
                    | "film"
                    | "documentary"
                    | "song"
                    | "album"
            )
        })
}

/// Is the quote a term or a title rather than anyone's words ([`is_scare_quote`], or a
/// capitalized quote after a kind of work)?
fn is_term_or_title(tokens: &[Token<'_>], marker: usize, quoted: &str) -> bool {
    is_scare_quote(tokens, marker)
        || (follows_kind_of_work(tokens, marker)
            && quoted
                .trim_start()
                .chars()
                .find(|c| c.is_alphanumeric())
                .is_none_or(|c| !c.is_lowercase()))
}

#[cfg(test)]
mod tests;
