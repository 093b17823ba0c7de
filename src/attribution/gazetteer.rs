//! The gazetteer: countries (names, aliases, demonyms, metonyms such as "Kremlin") and
//! international organisations, loaded once from `schema/gazetteer.json`.
//!
//! Lookups work on word tokens and prefer the longest match, so "People's Republic of China"
//! is China and not Taiwan's "Republic of China".

use std::sync::LazyLock;

use rustc_hash::{FxHashMap, FxHashSet};
use serde::Deserialize;

use super::tokens::WordShapes;

/// The data file, compiled into the binary so a search never depends on the working directory.
const GAZETTEER_JSON: &str = include_str!("../../schema/gazetteer.json");

/// What a gazetteer term stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entity {
    /// A country, by index into [`Gazetteer::countries`].
    Country(usize),
    /// An organisation, by index into [`Gazetteer::organizations`].
    Organization(usize),
}

/// How a country term is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TermKind {
    /// The country's own name or an alias (`U.K.`, `Britain`).
    Name,
    /// `Russian`, `British`.
    Demonym,
    /// A seat of government standing for it (`Kremlin`, `White House`, `Moscow`).
    Metonym,
    /// One of its state institutions (`Bundesbank`, `MITI`, `Bank of England`): whoever
    /// holds an office there speaks for the country.
    Institution,
    /// An organisation's name or alias.
    Organization,
}

#[derive(Deserialize)]
struct RawGazetteer {
    countries: Vec<RawCountry>,
    organizations: Vec<RawOrganization>,
    /// Parts of the world that are no state (`East Africa`, `the Sahel`): an office's domain
    /// (`director for East Africa`), never a person's name.
    #[serde(default)]
    world_regions: Vec<String>,
}

#[derive(Deserialize)]
struct RawCountry {
    name: String,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    demonyms: Vec<String>,
    #[serde(default)]
    metonyms: Vec<String>,
    #[serde(default)]
    institutions: Vec<String>,
    /// Its political parties by names that no other country's party goes by (`Likud`, `BJP`):
    /// a party's officers and legislators speak in the country's politics, so a party counts
    /// as one of its institutions.
    #[serde(default)]
    parties: Vec<String>,
    /// Titles that exist in this country's government only (`secretary of state`), lowercase.
    #[serde(default)]
    titles: Vec<String>,
    /// Titles that mostly mean this country but exist elsewhere too (`treasury secretary`):
    /// they yield to the dateline's country.
    #[serde(default)]
    usual_titles: Vec<String>,
    /// Parts of the country that name its legislators and governors (`California Rep.`,
    /// `(D-N.J.)`): never a country of their own, so kept out of the term index.
    #[serde(default)]
    regions: Vec<String>,
    /// Cities other than the capital that head datelines (`RIO DE JANEIRO`): they place a
    /// dispatch in the country, but are no metonym for its government in the text.
    #[serde(default)]
    cities: Vec<String>,
    /// Capitals kept out of `metonyms` because the word is also a name (`Wellington`,
    /// `Kingston`, `Sofia`): like `cities` they place a dispatch but are no metonym in the
    /// text; unlike them they are the seat of government for the dateline rules.
    #[serde(default)]
    seat_cities: Vec<String>,
    /// A state of the past: the day it ended (`1991-12-26`)…
    #[serde(default)]
    until: Option<String>,
    /// …and the countries whose names, capitals and demonyms meant it before then (`Russia`,
    /// `Moscow`, `Russian` for the Soviet Union).
    #[serde(default)]
    included: Vec<String>,
    /// Demonyms and names another country owns in the index (`Congolese`, `Congo` for the
    /// Democratic Republic of the Congo) that mean this one in a dispatch filed here (from
    /// Brazzaville).
    #[serde(default)]
    shared_terms: Vec<String>,
}

/// A state of the past and what it then included.
#[derive(Debug)]
pub struct Era {
    /// The historical country (`Soviet Union`).
    pub country: usize,
    /// Its last day plus one, as `yyyymmdd`.
    pub until: u32,
    /// Countries whose terms meant it before `until`.
    pub included: Vec<usize>,
}

#[derive(Deserialize)]
struct RawOrganization {
    name: String,
    #[serde(default)]
    aliases: Vec<String>,
    /// An armed or political movement (`Hamas`), not a body of states: its officers speak for
    /// a side of their country, not for no state.
    #[serde(default)]
    movement: bool,
}

/// Countries and organisations with a token-sequence index.
#[derive(Debug)]
pub struct Gazetteer {
    /// Country names, as indexed and shown (`United Kingdom`).
    pub countries: Vec<String>,
    /// Organisation names (`NATO`).
    pub organizations: Vec<String>,
    /// Which organisations are movements rather than bodies of states, by the same index.
    movements: Vec<bool>,
    /// Fx hashing: keys are short words looked up for every capitalized token, where SipHash
    /// dominated; the keys come from our own data file, so flooding is no concern.
    terms: FxHashMap<String, (Entity, TermKind)>,
    /// First words of all terms (most capitalized words are not, and need no lookup), with the
    /// word counts of the terms each starts: `Russian` starts only a one-word term, so it is
    /// looked up once and needs no key built.
    first_words: FxHashMap<String, TermLengths>,
    /// Terms by their lowercase form, for datelines in capitals (`DAR ES SALAAM`, `N'DJAMENA`,
    /// whose own spelling no title-casing restores); a form two entities share is left out.
    folded_terms: FxHashMap<String, (Entity, TermKind)>,
    /// The shapes of `first_words`' keys, tested before hashing.
    first_word_shapes: WordShapes,
    /// Lowercase title word sequences that exist in one country only (`true`), or mostly.
    titles: FxHashMap<String, (usize, bool)>,
    /// First words of `titles`, with the word counts of the titles each starts: most words
    /// start none, and need no key built.
    title_first_words: FxHashMap<String, TermLengths>,
    title_first_word_shapes: WordShapes,
    /// Regions (`California`, `N.J.`) and their country.
    regions: FxHashMap<String, usize>,
    max_region_words: usize,
    /// Parts of the world that are no state (`East Africa`).
    world_regions: FxHashSet<String>,
    max_world_region_words: usize,
    /// Dateline cities (`Rio de Janeiro`), lowercase, with their country and whether the city
    /// is its seat of government (a `seat_cities` entry).
    cities: FxHashMap<String, (usize, bool)>,
    /// The first words of `cities`, lowercase: a cheap test before building a key.
    city_first_words: FxHashSet<String>,
    /// States of the past (`Soviet Union`, `West Germany`).
    pub eras: Vec<Era>,
    /// (country, the country that owns a term it shares, the term): [`Gazetteer::shared_owner`].
    shared_terms: Vec<(usize, usize, String)>,
}

/// The word counts of the terms that start with one word.
#[derive(Debug, Clone, Copy, Default)]
struct TermLengths {
    /// Bit `n - 1` is set when a term of `n` words (`n <= 64`) starts with the word.
    mask: u64,
    /// The longest such term, in words.
    longest: usize,
}

impl TermLengths {
    /// The word counts of `terms` (words joined by single spaces), by first word.
    fn by_first_word<'t>(terms: impl Iterator<Item = &'t String>) -> FxHashMap<String, Self> {
        let mut first_words: FxHashMap<String, TermLengths> = FxHashMap::default();
        for term in terms {
            let mut words = term.split_whitespace();
            let Some(first) = words.next() else { continue };
            let n = 1 + words.count();
            let lengths = first_words.entry(first.to_string()).or_default();
            if n <= 64 {
                lengths.mask |= 1 << (n - 1);
            }
            lengths.longest = lengths.longest.max(n);
        }
        first_words
    }

    /// Can a term of `n` words start with the word?
    fn has(self, n: usize) -> bool {
        n > 64 || self.mask & (1 << (n - 1)) != 0
    }
}

static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(|| {
    // The file is part of the source tree and checked by a unit test, so a parse failure is a
    // build defect; an empty gazetteer keeps the tool usable rather than panicking.
    let raw: RawGazetteer = serde_json::from_str(GAZETTEER_JSON).unwrap_or(RawGazetteer {
        countries: Vec::new(),
        organizations: Vec::new(),
        world_regions: Vec::new(),
    });
    Gazetteer::build(raw)
});

impl Gazetteer {
    /// The gazetteer compiled into the binary.
    pub fn get() -> &'static Gazetteer {
        &GAZETTEER
    }

    fn build(raw: RawGazetteer) -> Gazetteer {
        let mut terms = FxHashMap::default();
        let mut countries = Vec::new();
        let mut organizations = Vec::new();
        let mut movements = Vec::new();
        let mut titles = FxHashMap::default();
        let mut regions = FxHashMap::default();
        let mut cities = FxHashMap::default();
        let mut pending_eras = Vec::new();
        let mut pending_shared = Vec::new();
        for (i, c) in raw.countries.into_iter().enumerate() {
            let entity = Entity::Country(i);
            for t in c.titles {
                titles.insert(t.to_lowercase(), (i, true));
            }
            for t in c.usual_titles {
                titles.insert(t.to_lowercase(), (i, false));
            }
            for city in &c.cities {
                cities.insert(city.to_lowercase(), (i, false));
            }
            for city in &c.seat_cities {
                cities.insert(city.to_lowercase(), (i, true));
            }
            for r in c.regions {
                regions.insert(r, i);
            }
            if let Some(until) = c.until.as_deref().and_then(parse_day) {
                pending_eras.push((i, until, c.included));
            }
            pending_shared.extend(c.shared_terms.into_iter().map(|term| (i, term)));
            // `Central Bank of Kuwait`: every state's central bank by that name is its own
            // institution (by the country's name only: formal aliases name no central bank;
            // listed ones, `Central Bank of the Republic of Turkey`, stay as written).
            terms
                .entry(format!("Central Bank of {}", c.name))
                .or_insert((entity, TermKind::Institution));
            terms.insert(c.name.clone(), (entity, TermKind::Name));
            for a in c.aliases {
                terms.insert(a, (entity, TermKind::Name));
            }
            for d in c.demonyms {
                terms.insert(d, (entity, TermKind::Demonym));
            }
            for m in c.metonyms {
                terms.insert(m, (entity, TermKind::Metonym));
            }
            for m in c.institutions.into_iter().chain(c.parties) {
                terms.insert(m, (entity, TermKind::Institution));
            }
            countries.push(c.name);
        }
        // `British Columbia`, `New South Wales`, `Inner Mongolia`: a region whose name holds
        // another country's name or demonym is a term for its own country, so the longer name
        // wins (British Columbia's premier is no Briton).
        for (region, &owner) in &regions {
            let words: Vec<&str> = region.split_whitespace().collect();
            let holds_another = (0..words.len()).any(|k| {
                (k + 1..=words.len()).any(|j| {
                    j - k < words.len()
                        && matches!(
                            terms.get(&words[k..j].join(" ")),
                            Some(&(Entity::Country(other), _)) if other != owner
                        )
                })
            });
            if holds_another {
                terms
                    .entry(region.clone())
                    .or_insert((Entity::Country(owner), TermKind::Name));
            }
        }
        for (i, o) in raw.organizations.into_iter().enumerate() {
            let entity = Entity::Organization(i);
            terms.insert(o.name.clone(), (entity, TermKind::Organization));
            for a in o.aliases {
                terms.insert(a, (entity, TermKind::Organization));
            }
            organizations.push(o.name);
            movements.push(o.movement);
        }
        // Tokens carry a possessive as a flag, without its `'s`: `National People's Congress`
        // is also matched as the tokens' `National People Congress`.
        let possessive_forms: Vec<(String, (Entity, TermKind))> = terms
            .iter()
            .filter_map(|(term, &value)| {
                let bare = term
                    .split_whitespace()
                    .map(|w| w.strip_suffix("'s").or(w.strip_suffix("’s")).unwrap_or(w))
                    .collect::<Vec<_>>()
                    .join(" ");
                (bare != *term).then_some((bare, value))
            })
            .collect();
        for (bare, value) in possessive_forms {
            terms.entry(bare).or_insert(value);
        }
        let position = |name: &String| countries.iter().position(|c| c == name);
        let eras = pending_eras
            .into_iter()
            .map(|(country, until, included)| Era {
                country,
                until,
                included: included.iter().filter_map(position).collect(),
            })
            .collect();
        let shared_terms = pending_shared
            .into_iter()
            .filter_map(|(i, term)| match terms.get(&term) {
                Some(&(Entity::Country(owner), _)) if owner != i => Some((i, owner, term)),
                _ => None,
            })
            .collect();
        let words = |t: &String| t.split_whitespace().count();
        let max_region_words = regions.keys().map(words).max().unwrap_or(1);
        let world_regions: FxHashSet<String> = raw.world_regions.into_iter().collect();
        let max_world_region_words = world_regions.iter().map(words).max().unwrap_or(1);
        let first_words = TermLengths::by_first_word(terms.keys());
        let mut folded_terms: FxHashMap<String, (Entity, TermKind)> = FxHashMap::default();
        let mut ambiguous = FxHashSet::default();
        for (term, &meaning) in &terms {
            let folded = term.to_lowercase();
            match folded_terms.get(&folded) {
                Some((entity, _)) if *entity != meaning.0 => {
                    ambiguous.insert(folded);
                }
                Some(_) => {}
                None => {
                    folded_terms.insert(folded, meaning);
                }
            }
        }
        for folded in &ambiguous {
            folded_terms.remove(folded);
        }
        let title_first_words = TermLengths::by_first_word(titles.keys());
        Gazetteer {
            countries,
            organizations,
            movements,
            terms,
            first_word_shapes: WordShapes::new(first_words.keys().map(String::as_str)),
            folded_terms,
            first_words,
            titles,
            title_first_word_shapes: WordShapes::new(title_first_words.keys().map(String::as_str)),
            title_first_words,
            regions,
            city_first_words: cities
                .keys()
                .filter_map(|city| city.split_whitespace().next())
                .map(str::to_string)
                .collect(),
            cities,
            max_region_words,
            world_regions,
            max_world_region_words,
            eras,
            shared_terms,
        }
    }

    /// The country whose government has the title that starts at `words[0]` (lowercase
    /// words: `secretary of state`), with the number of words it spans and whether that
    /// government alone has it.
    pub fn title_country(&self, words: &[&str]) -> Option<(usize, usize, bool)> {
        let first = *words.first()?;
        if !self.title_first_word_shapes.may_contain(first) {
            return None;
        }
        let lengths = *self.title_first_words.get(first)?;
        let mut key = String::new();
        let mut best = None;
        for (n, word) in (1..=lengths.longest).zip(words) {
            if n > 1 {
                key.push(' ');
            }
            key.push_str(word);
            if lengths.has(n) {
                if let Some(&(c, only)) = self.titles.get(&key) {
                    best = Some((n, c, only));
                }
            }
        }
        best
    }

    /// The country of the region that ends at the last of `words` (`New Jersey`, `Calif.`).
    pub fn region_ending(&self, words: &[&str]) -> Option<usize> {
        (1..=self.max_region_words.min(words.len())).find_map(|n| {
            let key = words[words.len() - n..].join(" ");
            self.regions.get(&key).copied()
        })
    }

    /// The country of the region that starts at `words[0]`.
    pub fn region_starting(&self, words: &[&str]) -> Option<usize> {
        (1..=self.max_region_words.min(words.len()))
            .rev()
            .find_map(|n| self.regions.get(&words[..n].join(" ")).copied())
    }

    /// How many of `words` the longest region starting at `words[0]` spans (`New York` → 2).
    pub fn region_words(&self, words: &[&str]) -> Option<usize> {
        (1..=self.max_region_words.min(words.len()))
            .rev()
            .find(|&n| self.regions.contains_key(&words[..n].join(" ")))
    }

    /// How many of `words` the longest part of the world starting at `words[0]` spans
    /// (`East Africa` → 2), when it is no state's.
    pub fn world_region_words(&self, words: &[&str]) -> Option<usize> {
        (1..=self.max_world_region_words.min(words.len()))
            .rev()
            .find(|&n| self.world_regions.contains(&words[..n].join(" ")))
    }

    /// The country of a region written as an abbreviation, with or without its final
    /// period (`N.J` in the party tag `D-N.J.`, `Calif`, `NY`).
    pub fn region_abbreviation(&self, word: &str) -> Option<usize> {
        self.regions.get(word).copied().or_else(|| {
            let mut dotted = String::with_capacity(word.len() + 1);
            dotted.push_str(word);
            dotted.push('.');
            self.regions.get(&dotted).copied()
        })
    }

    /// The longest term starting at the first of `words`: how many words it spans and what it
    /// means. `words` are single words without whitespace, as tokens are. Only as many words as
    /// the longest term with that first word has are read, so callers may pass the rest of a
    /// paragraph lazily (`tokens[k..].iter().map(|t| t.text)`) without collecting it.
    pub fn longest_match<I>(&self, words: I) -> Option<(usize, Entity, TermKind)>
    where
        I: IntoIterator,
        I::Item: AsRef<str>,
    {
        let mut words = words.into_iter().peekable();
        let first = words.next()?;
        let first = first.as_ref();
        if !self.first_word_shapes.may_contain(first) {
            return None;
        }
        let lengths = *self.first_words.get(first)?;
        let found = |key: &str, n: usize| self.terms.get(key).map(|&(e, kind)| (n, e, kind));
        let mut best = if lengths.has(1) {
            found(first, 1)
        } else {
            None
        };
        // `the Indian Ocean Commission`: a demonym naming a sea is no country's.
        if matches!(best, Some((_, _, TermKind::Demonym)))
            && words.peek().is_some_and(|w| w.as_ref() == "Ocean")
        {
            best = None;
        }
        if lengths.longest < 2 {
            return best;
        }
        // A term of n words is the key of n words joined by single spaces.
        let mut key = String::with_capacity(64);
        key.push_str(first);
        for (n, word) in (2..=lengths.longest).zip(words) {
            key.push(' ');
            key.push_str(word.as_ref());
            if lengths.has(n) {
                best = found(&key, n).or(best);
            }
        }
        best
    }

    /// The entity a whole phrase names (`Kremlin`, `Ukrainian`, `NATO`), if any.
    pub fn lookup(&self, phrase: &str) -> Option<(Entity, TermKind)> {
        self.terms.get(phrase).copied()
    }

    /// [`Gazetteer::lookup`] whatever the phrase's case (`DAR ES SALAAM`), for a dateline.
    pub fn lookup_any_case(&self, phrase: &str) -> Option<(Entity, TermKind)> {
        self.folded_terms
            .get(&phrase.trim().to_lowercase())
            .copied()
    }

    /// The country of a dateline city the metonyms leave out (`SAO PAULO` → Brazil, `WELLINGTON`
    /// → New Zealand).
    pub fn city_country(&self, place: &str) -> Option<usize> {
        self.cities
            .get(&place.trim().to_lowercase())
            .map(|&(c, _)| c)
    }

    /// Is this dateline city a capital kept out of the metonyms (`WELLINGTON`)?
    pub fn is_seat_city(&self, place: &str) -> bool {
        self.cities
            .get(&place.trim().to_lowercase())
            .is_some_and(|&(_, seat)| seat)
    }

    /// Can a city of [`Gazetteer::city_country`] start with this lowercase word?
    pub fn may_start_city(&self, lower: &str) -> bool {
        self.city_first_words.contains(lower)
    }

    /// The display name of a country.
    pub fn country_name(&self, index: usize) -> &str {
        self.countries.get(index).map_or("", String::as_str)
    }

    /// The display name of an organisation.
    pub fn organization_name(&self, index: usize) -> &str {
        self.organizations.get(index).map_or("", String::as_str)
    }

    /// The country whose terms `country` shares (the Democratic Republic of the Congo for the
    /// Republic of the Congo: `Congolese`, `Congo`), if any.
    pub fn shared_owner(&self, country: usize) -> Option<usize> {
        self.shared_terms
            .iter()
            .find(|(c, _, _)| *c == country)
            .map(|&(_, owner, _)| owner)
    }

    /// Is `term` one `country` shares with another ([`Gazetteer::shared_owner`])?
    pub fn is_shared_term(&self, country: usize, term: &str) -> bool {
        self.shared_terms
            .iter()
            .any(|(c, _, t)| *c == country && t == term)
    }

    /// Is the organisation at `index` an armed or political movement (`Hamas`, `Taliban`)
    /// rather than a body of states?
    pub fn is_movement(&self, index: usize) -> bool {
        self.movements.get(index).copied().unwrap_or(false)
    }

    /// The canonical country name for a name as printed on a profile card (`U.K.` → `United
    /// Kingdom`), or the printed name when the gazetteer does not know it.
    pub fn canonical_country(&self, printed: &str) -> String {
        let printed = printed.trim();
        let exact = self.lookup(printed);
        // Users type `u.s.` or `UNITED KINGDOM`: fall back to a case-insensitive match.
        let any_case = || {
            self.terms
                .iter()
                .find(|(term, (_, kind))| {
                    *kind == TermKind::Name && term.eq_ignore_ascii_case(printed)
                })
                .map(|(_, &found)| found)
        };
        match exact.or_else(any_case) {
            Some((Entity::Country(i), TermKind::Name)) => self.country_name(i).to_string(),
            _ => printed.to_string(),
        }
    }
}

/// `1991-12-26` as `19911226`.
fn parse_day(day: &str) -> Option<u32> {
    let mut parts = day.split('-').map(|p| p.parse::<u32>().ok());
    let (y, m, d) = (parts.next()??, parts.next()??, parts.next()??);
    Some(y * 10_000 + m * 100 + d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_file_parses_and_covers_the_un() {
        let raw: RawGazetteer = serde_json::from_str(GAZETTEER_JSON).expect("gazetteer.json");
        assert!(raw.countries.len() >= 193);
        assert!(!raw.organizations.is_empty());
    }

    #[test]
    fn aliases_demonyms_metonyms() {
        let g = Gazetteer::get();
        let country = |p: &str| match g.lookup(p) {
            Some((Entity::Country(i), _)) => g.country_name(i).to_string(),
            other => format!("{other:?}"),
        };
        assert_eq!(country("U.K."), "United Kingdom");
        assert_eq!(country("Ukrainian"), "Ukraine");
        assert_eq!(country("Kremlin"), "Russia");
        assert_eq!(country("White House"), "United States");
        assert!(matches!(
            g.lookup("NATO"),
            Some((Entity::Organization(_), _))
        ));
    }

    #[test]
    fn a_region_holding_another_countrys_name_is_its_own_countrys() {
        let g = Gazetteer::get();
        let country = |name: &str| match g.lookup(name) {
            Some((Entity::Country(c), _)) => c,
            other => panic!("{name}: {other:?}"),
        };
        for (words, owner) in [
            (&["British", "Columbia", "premier"][..], "Canada"),
            (&["New", "South", "Wales", "Premier"][..], "Australia"),
            (&["Inner", "Mongolia"][..], "China"),
        ] {
            let found = g.longest_match(words.iter().copied());
            assert!(
                matches!(found, Some((_, Entity::Country(c), _)) if c == country(owner)),
                "{words:?}: {found:?}"
            );
        }
    }

    #[test]
    fn eras_titles_and_regions() {
        let g = Gazetteer::get();
        let index = |name: &str| g.countries.iter().position(|c| c == name).unwrap();
        let soviet = g
            .eras
            .iter()
            .find(|e| e.country == index("Soviet Union"))
            .expect("Soviet era");
        assert_eq!(soviet.until, 19_911_226);
        assert!(soviet.included.contains(&index("Russia")));
        let us = index("United States");
        assert_eq!(
            g.title_country(&["secretary", "of", "state", "x"]),
            Some((3, us, true))
        );
        assert_eq!(
            g.title_country(&["treasury", "secretary"]),
            Some((2, us, false))
        );
        assert_eq!(g.title_country(&["foreign", "minister"]), None);
        assert_eq!(g.region_ending(&["Sen.", "New", "Jersey"]), Some(us));
        assert_eq!(g.region_abbreviation("N.J"), Some(us));
        assert_eq!(g.region_abbreviation("Calif"), Some(us));
        // Regions are no gazetteer terms: `Virginia Smith` is a name.
        assert_eq!(g.lookup("Virginia"), None);
    }

    #[test]
    fn longest_match_wins() {
        let g = Gazetteer::get();
        let words = ["People's", "Republic", "of", "China", "said"];
        let (n, entity, _) = g.longest_match(&words).expect("match");
        assert_eq!(n, 4);
        assert_eq!(
            entity,
            Entity::Country(g.countries.iter().position(|c| c == "China").unwrap())
        );
        assert_eq!(g.canonical_country("U.S."), "United States");
        assert_eq!(g.canonical_country("Atlantis"), "Atlantis");
    }
}
