//! The people of one dispatch: profile cards and every named mention, with the titles and
//! country each mention gives, so that `Ushakov`, `he` or `the minister` resolve to a full name.

use super::gazetteer::{Entity, Gazetteer, TermKind};
use super::phrases::{analyze, phrase_forward, Subject};
use super::tokens::{is_title_word, Token};
use super::Attribution;

/// Who a quote is attributed to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Speaker {
    /// A person, by index into the dispatch's [`People`].
    Person(usize),
    /// An institution.
    Organization(String),
    /// Someone the text does not name (`an official`, `the diplomat`): blocks `he said` from
    /// reaching back to an earlier named person.
    Unnamed,
}

/// Position of a mention: paragraph index and byte offset.
type Position = (usize, usize);

#[derive(Debug)]
struct Person {
    words: Vec<String>,
    /// [`name_key`] of each word, computed when the name is set: lookups compare these
    /// instead of lowercasing both sides of every comparison.
    keys: Vec<String>,
    country: Option<String>,
    titles: Vec<String>,
    mentions: Vec<Position>,
    /// Described as an official of an international organisation (`UN chief`).
    international: bool,
    /// Described through some other body or person (`New York Fed President`).
    qualified: bool,
}

/// The people of one dispatch.
#[derive(Debug)]
pub struct People<'g> {
    gazetteer: &'g Gazetteer,
    persons: Vec<Person>,
}

impl<'g> People<'g> {
    /// An empty registry.
    pub fn new(gazetteer: &'g Gazetteer) -> Self {
        People {
            gazetteer,
            persons: Vec::new(),
        }
    }

    /// The gazetteer in use.
    pub fn gazetteer(&self) -> &'g Gazetteer {
        self.gazetteer
    }

    /// Adds a profile card: its country is the most reliable there is.
    pub fn add_profile(&mut self, name: &str, country: Option<&str>) {
        let words: Vec<String> = name.split_whitespace().map(str::to_string).collect();
        if words.is_empty() {
            return;
        }
        let country = country.map(|c| self.gazetteer.canonical_country(c));
        let keys = name_keys(&words);
        match self.find_exact(&keys) {
            Some(i) => {
                if country.is_some() {
                    self.persons[i].country = country;
                }
            }
            None => self.persons.push(Person {
                words,
                keys,
                country,
                titles: Vec::new(),
                mentions: Vec::new(),
                international: false,
                qualified: false,
            }),
        }
    }

    /// Records every named person in `tokens` (paragraph `para`), with titles and country.
    pub fn scan_mentions(&mut self, tokens: &[Token<'_>], para: usize) {
        let mut i = 0;
        while i < tokens.len() {
            let t = &tokens[i];
            if t.punct || !(t.is_capitalized() || is_title_word(t.lower())) {
                i += 1;
                continue;
            }
            let range = phrase_forward(tokens, i);
            let range_start = range.start;
            if range.is_empty() {
                i += 1;
                continue;
            }
            let end = range.end;
            let international_title = self.names_organization(&tokens[range.clone()]);
            if let Some(Subject::Named {
                words,
                titles,
                country,
                qualified,
            }) = analyze(&tokens[range], self.gazetteer)
            {
                let (more_titles, apposition_country, international_apposition) =
                    self.apposition(tokens, end);
                // `Hong Kong monetary affairs secretary Nendick`: the title runs on to the left
                // of the phrase, so it may name another country.
                let qualified = qualified || extends_left(tokens, range_start);
                let country = country.or(apposition_country);
                // A lone surname refers to someone already known, unless a title introduces
                // it (`President Reagan`).
                let titled = titles.last().is_some_and(|t| is_personal_title(t));
                let index = if words.len() >= 2 || titled {
                    Some(self.find_or_add(&words, (para, t.start)))
                } else {
                    self.find(&words, (para, t.start))
                };
                if let Some(index) = index {
                    let person = &mut self.persons[index];
                    person.mentions.push((para, t.start));
                    person.titles.extend(titles);
                    person.titles.extend(more_titles);
                    person.international |= international_title || international_apposition;
                    person.qualified |= qualified;
                    if person.country.is_none() {
                        person.country =
                            country.map(|c| self.gazetteer.country_name(c).to_string());
                    }
                }
            }
            i = end.max(i + 1);
        }
    }

    /// `Name, Russia's foreign minister,` or `Name of Kenya`: titles and country after a name.
    fn apposition(&self, tokens: &[Token<'_>], end: usize) -> (Vec<String>, Option<usize>, bool) {
        let Some(next) = tokens.get(end) else {
            return (Vec::new(), None, false);
        };
        if next.text == "of" {
            let words = tokens[end + 1..].iter().map(|t| t.text);
            return match self.gazetteer.longest_match(words) {
                Some((_, Entity::Country(c), _)) => (Vec::new(), Some(c), false),
                Some((_, Entity::Organization(_), _)) => (Vec::new(), None, true),
                None => (Vec::new(), None, false),
            };
        }
        if !next.is_punct(&[","]) {
            return (Vec::new(), None, false);
        }
        let mut titles = Vec::new();
        let mut country = None;
        let mut k = end + 1;
        while k < tokens.len() && k <= end + 12 {
            let t = &tokens[k];
            if t.punct {
                break;
            }
            let lower = t.lower();
            if is_title_word(lower) {
                titles.push(lower.to_string());
            }
            // `a banking expert in Tokyo`: a place after a locative preposition is where the
            // person is, not whom they speak for; a capital speaks for its country only as a
            // possessive (`the Kremlin's envoy`).
            let locative = tokens[k - 1].lower() == "in"
                || matches!(tokens[k - 1].lower(), "at" | "from" | "near" | "to");
            if country.is_none() && t.is_capitalized() && !locative {
                let words = tokens[k..].iter().map(|t| t.text);
                match self.gazetteer.longest_match(words) {
                    Some((n, Entity::Country(c), kind)) => {
                        let possessive = tokens.get(k + n - 1).is_some_and(|t| t.possessive);
                        if kind != TermKind::Metonym || possessive {
                            country = Some(Some(c));
                        }
                    }
                    Some((_, Entity::Organization(_), _)) => country = Some(None),
                    None => {}
                }
            }
            k += 1;
        }
        // Only an apposition that describes a role counts (`, who said …` does not).
        if titles.is_empty() {
            return (Vec::new(), None, false);
        }
        (titles, country.flatten(), country == Some(None))
    }

    /// Does the phrase name an international organisation (`former UN chief`)?
    fn names_organization(&self, tokens: &[Token<'_>]) -> bool {
        (0..tokens.len()).any(|k| {
            let words = tokens[k..].iter().map(|t| t.text);
            matches!(
                self.gazetteer.longest_match(words),
                Some((_, Entity::Organization(_), _))
            )
        })
    }

    /// Gives `country` to every official the dispatch names without a country or an
    /// international role: in wire style, those are the dateline country's own.
    pub fn assign_local_country(&mut self, country: usize) {
        let name = self.gazetteer.country_name(country).to_string();
        for person in &mut self.persons {
            let official = person.titles.iter().any(|t| is_government_title(t));
            if person.country.is_none() && !person.international && !person.qualified && official {
                person.country = Some(name.clone());
            }
        }
    }

    /// Resolves a subject phrase to a speaker; `last` is the previous speaker.
    pub fn resolve(
        &mut self,
        subject: &Subject,
        last: Option<&Speaker>,
        at: Position,
    ) -> Option<Speaker> {
        match subject {
            Subject::Named {
                words,
                titles,
                country,
                qualified,
            } => {
                let index = self.find_or_add(words, at);
                let person = &mut self.persons[index];
                person.qualified |= *qualified;
                person.titles.extend(titles.iter().cloned());
                if person.country.is_none() {
                    person.country = country.map(|c| self.gazetteer.country_name(c).to_string());
                }
                Some(Speaker::Person(index))
            }
            Subject::Pronoun(p) => match (p.as_str(), last) {
                ("it", Some(s @ Speaker::Organization(_))) => Some(s.clone()),
                ("it", _) => Some(Speaker::Unnamed),
                (_, Some(s @ (Speaker::Person(_) | Speaker::Unnamed))) => Some(s.clone()),
                ("they", Some(s)) => Some(s.clone()),
                (_, Some(Speaker::Organization(_))) => Some(Speaker::Unnamed),
                (_, None) => self.last_mentioned(at).map(Speaker::Person),
            },
            Subject::Description {
                head,
                definite: true,
            } => {
                if let Some(Speaker::Person(i)) = last {
                    if self.persons[*i].titles.iter().any(|t| t == head) {
                        return Some(Speaker::Person(*i));
                    }
                }
                let titled = self
                    .recent()
                    .filter(|(_, p)| p.titles.iter().any(|t| t == head))
                    .max_by_key(|(_, p)| p.last_mention_before(at))
                    .map(|(i, _)| Speaker::Person(i));
                titled.or(Some(Speaker::Unnamed))
            }
            Subject::Organization(name) => Some(Speaker::Organization(name.clone())),
            Subject::Description { .. } | Subject::Unnamed => Some(Speaker::Unnamed),
        }
    }

    /// Adds a speaker's name and country (or organisation) to an attribution, once each.
    pub fn describe(&self, speaker: &Speaker, out: &mut Attribution) {
        match speaker {
            Speaker::Person(i) => {
                let person = &self.persons[*i];
                push_unique(&mut out.speakers, person.words.join(" "));
                if let Some(c) = &person.country {
                    push_unique(&mut out.countries, c.clone());
                }
            }
            Speaker::Organization(name) => push_unique(&mut out.organizations, name.clone()),
            Speaker::Unnamed => {}
        }
    }

    /// The last person mentioned with a role (`Garcia, Peru's president`) before `at`: the
    /// referent of a `he said` that no speech verb introduced.
    fn last_mentioned(&self, at: Position) -> Option<usize> {
        self.recent()
            .filter(|(_, p)| !p.titles.is_empty() || p.country.is_some())
            .filter_map(|(i, p)| p.last_mention_before(at).map(|m| (m, i)))
            .max()
            .map(|(_, i)| i)
    }

    /// The most recently added people, newest first. Lookups stop there so that a hostile
    /// dispatch naming 100,000 people stays linear.
    fn recent(&self) -> impl Iterator<Item = (usize, &Person)> {
        self.persons.iter().enumerate().rev().take(MAX_CANDIDATES)
    }

    fn find_exact(&self, keys: &[String]) -> Option<usize> {
        self.recent().find(|(_, p)| p.keys == keys).map(|(i, _)| i)
    }

    /// A known person these words name: the full name, or a surname (most recent first).
    fn find(&self, words: &[String], at: Position) -> Option<usize> {
        self.find_keys(&name_keys(words), at)
    }

    /// [`People::find`] with the words' [`name_key`]s already computed.
    fn find_keys(&self, keys: &[String], at: Position) -> Option<usize> {
        if let Some(i) = self.find_exact(keys) {
            return Some(i);
        }
        let recency = |p: &Person| p.last_mention_before(at);
        let ends_with =
            |p: &Person| p.keys.len() > keys.len() && p.keys[p.keys.len() - keys.len()..] == *keys;
        let candidates = self.recent().filter(|(_, p)| ends_with(p));
        if let Some((i, _)) = candidates.max_by_key(|(i, p)| (recency(p), usize::MAX - i)) {
            return Some(i);
        }
        if keys.len() == 1 {
            // Surname first (`Lho` for `Lho Shin-yong`).
            return self
                .recent()
                .find(|(_, p)| p.keys.len() > 1 && p.keys[0] == keys[0])
                .map(|(i, _)| i);
        }
        None
    }

    fn find_or_add(&mut self, words: &[String], at: Position) -> usize {
        let keys = name_keys(words);
        if let Some(i) = self.find_keys(&keys, at) {
            return i;
        }
        if let Some(last) = keys.last().filter(|_| keys.len() >= 2) {
            // `Reagan` seen first, `Ronald Reagan` now: the same person, named in full.
            let single = self
                .recent()
                .find(|(_, p)| p.keys.len() == 1 && p.keys[0] == *last)
                .map(|(i, _)| i);
            if let Some(i) = single {
                self.persons[i].words = words.to_vec();
                self.persons[i].keys = keys;
                return i;
            }
        }
        self.persons.push(Person {
            words: words.to_vec(),
            keys,
            country: None,
            titles: Vec::new(),
            mentions: vec![at],
            international: false,
            qualified: false,
        });
        self.persons.len() - 1
    }
}

/// How many of the most recent people a lookup considers.
const MAX_CANDIDATES: usize = 512;

impl Person {
    /// The last mention before `at` (mentions are recorded in reading order).
    fn last_mention_before(&self, at: Position) -> Option<Position> {
        let n = self.mentions.partition_point(|m| *m < at);
        n.checked_sub(1).and_then(|i| self.mentions.get(i)).copied()
    }
}

/// Does the phrase at `start` begin in the middle of a longer title (`affairs secretary` after
/// `Hong Kong monetary`)? Only a phrase opening with a lowercase title word can; punctuation,
/// sentence starts and function words before it do not count.
fn extends_left(tokens: &[Token<'_>], start: usize) -> bool {
    let Some(previous) = start.checked_sub(1).and_then(|k| tokens.get(k)) else {
        return false;
    };
    let opens_lowercase = tokens
        .get(start)
        .is_some_and(|t| !t.punct && !t.is_capitalized());
    opens_lowercase
        && !previous.punct
        && !matches!(
            previous.lower(),
            "the"
                | "a"
                | "an"
                | "that"
                | "and"
                | "but"
                | "or"
                | "said"
                | "says"
                | "told"
                | "by"
                | "of"
                | "to"
                | "for"
                | "with"
                | "from"
                | "as"
                | "when"
                | "while"
                | "after"
                | "before"
                | "according"
                | "on"
                | "in"
                | "at"
                | "added"
                | "urged"
                | "warned"
                | "asked"
                | "wrote"
                | "noted"
                | "then"
                | "also"
                | "where"
                | "which"
                | "who"
                | "whom"
                | "whose"
                | "if"
                | "because"
                | "since"
                | "until"
                | "than"
        )
}

/// A title that stands right before a surname (`President Reagan`, `Mr. Lho`), as opposed to
/// the domain of a title (`State of the Union Address`).
fn is_personal_title(title: &str) -> bool {
    is_government_title(title)
        || matches!(
            title,
            "mr."
                | "mrs."
                | "ms."
                | "dr."
                | "mr"
                | "mrs"
                | "ms"
                | "dr"
                | "gen."
                | "gen"
                | "sen."
                | "sen"
                | "rep."
                | "gov."
                | "gov"
                | "prof."
                | "prof"
                | "chairman"
                | "chairwoman"
                | "governor"
                | "cardinal"
                | "pope"
                | "sheikh"
                | "emir"
                | "sultan"
                | "lord"
                | "sir"
                | "dame"
                | "judge"
                | "justice"
                | "admiral"
                | "colonel"
                | "lieutenant"
                | "commander"
                | "premier"
                | "chancellor"
        )
}

/// Titles of people who speak for a government.
fn is_government_title(title: &str) -> bool {
    matches!(
        title,
        "president"
            | "minister"
            | "secretary"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "ambassador"
            | "envoy"
            | "chancellor"
            | "premier"
            | "governor"
            | "senator"
            | "official"
            | "negotiator"
            | "representative"
            | "aide"
            | "adviser"
            | "advisor"
            | "director"
            | "commissioner"
            | "general"
            | "king"
            | "queen"
            | "prince"
            | "leader"
            | "diplomat"
            | "congressman"
            | "congresswoman"
            | "lawmaker"
            | "mayor"
    )
}

/// The form two name words are compared in: case-insensitive, and `al-Rifa'i` = `Rifa'i` (a
/// joined particle may be dropped). Words with equal keys are the same word.
fn name_key(w: &str) -> String {
    w.split_once('-')
        .filter(|(head, _)| super::tokens::is_name_particle(&head.to_lowercase()))
        .map_or(w, |(_, rest)| rest)
        .to_lowercase()
}

fn name_keys(words: &[String]) -> Vec<String> {
    words.iter().map(|w| name_key(w)).collect()
}

fn push_unique(list: &mut Vec<String>, value: String) {
    if !list.contains(&value) {
        list.push(value);
    }
}
