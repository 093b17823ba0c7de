//! `chancery generate`: a deterministic, seeded generator of synthetic wire dispatches for
//! benchmarks, streamed as Chancery JSON Lines (one dispatch per line, `"body"` in wire form).
//!
//! Each dispatch has a headline, a dateline (`PLACE, Country, Month D, YYYY (SOURCE) — `) with
//! a date between 2015 and 2025, 5–25 paragraphs, sometimes section headings, quotes from a pool
//! of named officials spread over every country of the gazetteer (`“…,” said Brazil Foreign
//! Minister X.`, `X, Japan's trade minister, told reporters that “…”`, `“…,” X said.`), and in
//! some dispatches a "Key players" profile carousel. Ordinary words are drawn by rank from a
//! Zipf distribution over a vocabulary counted from real text (Reuters-21578 by default), so
//! term statistics look like news; a few topical phrases ("ceasefire talks") recur so phrase
//! and AND queries have realistic targets.
//!
//! `docs` counts index documents (paragraphs + profile cards), so `--docs 200000` gives an
//! index of exactly 200,000 documents. Output is streamed: memory does not grow with `docs`.
//! The same seed and vocabulary always give the same bytes.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};

use rand::rngs::SmallRng;
use rand::{Rng, SeedableRng};
use serde::Serialize;

use crate::attribution::Gazetteer;
use crate::error::{Error, Result};

/// Words kept in the vocabulary (by frequency rank).
pub const VOCABULARY_SIZE: usize = 40_000;
/// Zipf exponent for word ranks.
const ZIPF_S: f64 = 1.0;
/// Named officials in the pool.
pub const OFFICIALS: usize = 5_000;

/// What `generate` should do.
#[derive(Debug, Clone)]
pub struct GenerateOptions {
    /// Index documents to produce (paragraphs + profiles).
    pub docs: u64,
    /// Random seed.
    pub seed: u64,
    /// gzip (or plain) JSON Lines files whose text gives the vocabulary.
    pub vocabulary: Vec<PathBuf>,
}

/// The default vocabulary source, relative to the repository root.
pub const DEFAULT_VOCABULARY: &str = "../shared/corpus-raw/reuters21578/reuters21578.jsonl.gz";

/// Words ranked by frequency, with a Zipf sampler over their ranks.
#[derive(Debug, Clone)]
pub struct Vocabulary {
    words: Vec<String>,
    cdf: Vec<f64>,
}

impl Vocabulary {
    /// A vocabulary from words already in rank order (most frequent first).
    pub fn from_ranked(words: Vec<String>) -> Vocabulary {
        let mut cdf = Vec::with_capacity(words.len());
        let mut total = 0.0;
        for rank in 1..=words.len() {
            total += 1.0 / (rank as f64).powf(ZIPF_S);
            cdf.push(total);
        }
        for c in &mut cdf {
            *c /= total;
        }
        Vocabulary { words, cdf }
    }

    /// Counts lowercase alphabetic words in the string values of JSON Lines files (gzip when
    /// the name ends in `.gz`) and keeps the `VOCABULARY_SIZE` most frequent.
    pub fn from_files(paths: &[PathBuf]) -> Result<Vocabulary> {
        let mut counts: HashMap<String, u64> = HashMap::new();
        for path in paths {
            let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
            let reader: Box<dyn BufRead> = if path
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("gz"))
            {
                Box::new(BufReader::new(flate2::read::MultiGzDecoder::new(file)))
            } else {
                Box::new(BufReader::new(file))
            };
            for line in reader.lines() {
                let line = line.map_err(|e| Error::io(path, e))?;
                let Ok(value) = serde_json::from_str::<serde_json::Value>(&line) else {
                    continue;
                };
                count_strings(&value, &mut counts);
            }
        }
        if counts.len() < 100 {
            return Err(Error::Usage(format!(
                "the vocabulary files gave only {} distinct words",
                counts.len()
            )));
        }
        let mut ranked: Vec<(String, u64)> = counts.into_iter().collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        ranked.truncate(VOCABULARY_SIZE);
        Ok(Vocabulary::from_ranked(
            ranked.into_iter().map(|(w, _)| w).collect(),
        ))
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The word at a 0-based frequency rank.
    pub fn word(&self, rank: usize) -> &str {
        &self.words[rank.min(self.words.len() - 1)]
    }

    /// A word drawn by Zipfian rank.
    pub fn sample(&self, rng: &mut SmallRng) -> &str {
        let u: f64 = rng.random();
        let i = self.cdf.partition_point(|&c| c < u);
        self.word(i)
    }
}

fn count_strings(value: &serde_json::Value, counts: &mut HashMap<String, u64>) {
    match value {
        serde_json::Value::String(s) => {
            for word in s.split(|c: char| !c.is_alphabetic() && c != '\'') {
                let word = word.trim_matches('\'');
                if word.len() < 2
                    || word.len() > 20
                    || !word.chars().all(|c| c.is_ascii_alphabetic())
                {
                    continue;
                }
                // Keep ordinary words only: skip ALL-CAPS headlines and capitalised names.
                if word.chars().next().is_some_and(|c| c.is_uppercase()) {
                    continue;
                }
                *counts.entry(word.to_string()).or_default() += 1;
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| count_strings(v, counts)),
        serde_json::Value::Object(map) => {
            for (key, v) in map {
                if matches!(key.as_str(), "text" | "paragraphs" | "body") {
                    count_strings(v, counts);
                }
            }
        }
        _ => {}
    }
}

const FIRST_NAMES: &[&str] = &[
    "Ana",
    "Amir",
    "Anders",
    "Aiko",
    "Beatrice",
    "Bongani",
    "Carlos",
    "Chen",
    "Dmitri",
    "Dalia",
    "Elena",
    "Emeka",
    "Farid",
    "Fatima",
    "Giorgos",
    "Greta",
    "Hassan",
    "Hana",
    "Ivan",
    "Ingrid",
    "Jorge",
    "Jae-won",
    "Kwame",
    "Katarzyna",
    "Lars",
    "Leila",
    "Mateus",
    "Mariam",
    "Nikolai",
    "Nadia",
    "Omar",
    "Olga",
    "Pablo",
    "Priya",
    "Quentin",
    "Rania",
    "Rafael",
    "Sofia",
    "Sergei",
    "Tariq",
    "Tomasz",
    "Ulrike",
    "Viktor",
    "Valentina",
    "Wei",
    "Yusuf",
    "Yasmin",
    "Zoran",
    "Zanele",
    "Ahmed",
    "Bilal",
    "Camila",
    "Daniel",
    "Eitan",
    "Francesca",
    "Gustavo",
    "Hiroshi",
    "Isabel",
    "Jonas",
    "Kenji",
    "Lucia",
    "Mehmet",
    "Noura",
    "Oksana",
    "Pedro",
    "Rashid",
    "Svetlana",
    "Thabo",
    "Ursula",
    "Vikram",
    "Xavier",
    "Yuki",
    "Zainab",
    "Aleksander",
    "Babajide",
    "Cristina",
    "Dong-hyun",
    "Esra",
    "Fernando",
    "Gulnara",
    "Halima",
    "Ilhan",
    "Joaquim",
];

const SURNAMES: &[&str] = &[
    "Abadi",
    "Adeyemi",
    "Alvarez",
    "Amstutz",
    "Andersson",
    "Bakr",
    "Barros",
    "Becker",
    "Bondarenko",
    "Cabral",
    "Castillo",
    "Chaudhry",
    "Dahl",
    "Demir",
    "Diallo",
    "Dovhaliuk",
    "Eriksen",
    "Essien",
    "Fadel",
    "Ferreira",
    "Fischer",
    "Gallo",
    "Georgiou",
    "Gupta",
    "Haddad",
    "Hansen",
    "Horvat",
    "Ibrahim",
    "Ivanova",
    "Jansen",
    "Jovanovic",
    "Kaplan",
    "Karimi",
    "Kowalski",
    "Kuznetsov",
    "Laine",
    "Lindqvist",
    "Lopez",
    "Mahmoud",
    "Mansour",
    "Markovic",
    "Mendoza",
    "Moreau",
    "Mwangi",
    "Nakamura",
    "Novak",
    "Nwosu",
    "Okafor",
    "Olsen",
    "Ortega",
    "Park",
    "Petrov",
    "Popescu",
    "Qureshi",
    "Rahman",
    "Reyes",
    "Rossi",
    "Sato",
    "Schmidt",
    "Silva",
    "Sokolov",
    "Suleiman",
    "Tanaka",
    "Tembo",
    "Torres",
    "Umarov",
    "Van Dijk",
    "Vargas",
    "Volkov",
    "Wang",
    "Weber",
    "Yamamoto",
    "Yilmaz",
    "Zaman",
    "Zhang",
    "Zubiri",
    "Achterberg",
    "Bachmann",
    "Chikwanha",
    "Delacroix",
    "Ekwueme",
    "Fontaine",
    "Grigoryan",
    "Halvorsen",
    "Iwasaki",
    "Jaramillo",
    "Kovacs",
    "Lazarescu",
    "Mbeki",
    "Nordstrom",
    "Oyelaran",
    "Pereira",
    "Quintero",
    "Rasmussen",
    "Sandoval",
    "Takahashi",
    "Ueda",
    "Vasquez",
    "Wojcik",
    "Xiong",
    "Yoon",
    "Zelenko",
];

const TITLES: &[&str] = &[
    "Foreign Minister",
    "Deputy Foreign Minister",
    "Defence Minister",
    "Trade Minister",
    "Finance Minister",
    "Prime Minister",
    "President",
    "ambassador",
    "envoy",
    "Foreign Ministry spokesperson",
];

const CAPITALS: &[(&str, &str)] = &[
    ("GENEVA", "Switzerland"),
    ("BRUSSELS", "Belgium"),
    ("WASHINGTON", ""),
    ("MOSCOW", "Russia"),
    ("KYIV", "Ukraine"),
    ("BEIJING", "China"),
    ("TOKYO", "Japan"),
    ("NEW DELHI", "India"),
    ("BERLIN", "Germany"),
    ("PARIS", "France"),
    ("LONDON", "United Kingdom"),
    ("ANKARA", "Türkiye"),
    ("CAIRO", "Egypt"),
    ("NAIROBI", "Kenya"),
    ("ADDIS ABABA", "Ethiopia"),
    ("PRETORIA", "South Africa"),
    ("BRASÍLIA", "Brazil"),
    ("BUENOS AIRES", "Argentina"),
    ("MEXICO CITY", "Mexico"),
    ("OTTAWA", "Canada"),
    ("RIYADH", "Saudi Arabia"),
    ("TEHRAN", "Iran"),
    ("DOHA", "Qatar"),
    ("ISLAMABAD", "Pakistan"),
    ("JAKARTA", "Indonesia"),
    ("SEOUL", "South Korea"),
    ("CANBERRA", "Australia"),
    ("WARSAW", "Poland"),
    ("VIENNA", "Austria"),
    ("ROME", "Italy"),
    ("MADRID", "Spain"),
    ("STOCKHOLM", "Sweden"),
    ("HANOI", "Vietnam"),
    ("MANILA", "Philippines"),
    ("ABUJA", "Nigeria"),
    ("DAKAR", "Senegal"),
    ("BOGOTÁ", "Colombia"),
    ("SANTIAGO", "Chile"),
    ("UNITED NATIONS", ""),
    ("THE HAGUE", "Netherlands"),
];

const SOURCES: &[&str] = &[
    "AP", "Reuters", "AFP", "DPA", "Kyodo", "Anadolu", "EFE", "ANSA",
];

const MONTHS: &[&str] = &[
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
];

const TOPICS: &[&str] = &[
    "ceasefire talks",
    "trade deal",
    "nuclear programme",
    "sanctions relief",
    "peace agreement",
    "border dispute",
    "humanitarian aid",
    "climate finance",
    "prisoner exchange",
    "security guarantees",
    "debt restructuring",
    "grain corridor",
    "arms control",
    "energy prices",
    "refugee crisis",
    "maritime boundary",
    "tariff increases",
    "election observers",
    "military exercises",
    "peacekeeping mission",
];

const VERBS: &[&str] = &[
    "said",
    "told reporters",
    "told a news conference",
    "warned",
    "said in a statement",
    "added",
];

const HEADINGS: &[&str] = &[
    "Talks resume",
    "Next steps",
    "Reaction abroad",
    "Background",
    "Divisions remain",
    "Economic fallout",
    "What comes next",
    "A long dispute",
];

/// A named official.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Official {
    name: String,
    surname: String,
    country: String,
    title: &'static str,
}

/// Builds the official pool: deterministic for a seed, names unique.
fn officials(seed: u64) -> Vec<Official> {
    let countries = &Gazetteer::get().countries;
    let fallback = ["Atlantis".to_string()];
    let countries: &[String] = if countries.is_empty() {
        &fallback
    } else {
        countries
    };
    let mut rng = SmallRng::seed_from_u64(seed ^ 0x0ff1_c1a1);
    // Countries in a seeded order, so the most quoted officials are not all from "A" countries.
    let mut order: Vec<usize> = (0..countries.len()).collect();
    rand::seq::SliceRandom::shuffle(order.as_mut_slice(), &mut rng);
    let mut seen = std::collections::HashSet::new();
    let mut pool = Vec::with_capacity(OFFICIALS);
    while pool.len() < OFFICIALS {
        let first = FIRST_NAMES[rng.random_range(0..FIRST_NAMES.len())];
        let surname = SURNAMES[rng.random_range(0..SURNAMES.len())];
        let name = if seen.contains(&(first, surname)) {
            // A middle initial keeps names unique past the first/last combinations.
            let initial = char::from(b'A' + rng.random_range(0..26u8));
            format!("{first} {initial}. {surname}")
        } else {
            seen.insert((first, surname));
            format!("{first} {surname}")
        };
        if pool.iter().any(|o: &Official| o.name == name) {
            continue;
        }
        pool.push(Official {
            name,
            surname: surname.to_string(),
            country: countries[order[pool.len() % order.len()]].clone(),
            title: TITLES[rng.random_range(0..TITLES.len())],
        });
    }
    pool
}

#[derive(Serialize)]
struct OutDispatch<'a> {
    id: String,
    headline: &'a str,
    body: &'a str,
}

/// The generator: call [`Generator::next_dispatch`] until it returns `None`.
pub struct Generator {
    rng: SmallRng,
    vocab: Vocabulary,
    officials: Vec<Official>,
    speaker_cdf: Vec<f64>,
    remaining: u64,
    serial: u64,
    seed: u64,
}

impl Generator {
    /// A generator of `docs` documents.
    pub fn new(vocab: Vocabulary, seed: u64, docs: u64) -> Generator {
        let officials = officials(seed);
        // Speakers are Zipfian too (a few officials are quoted very often), with a flatter tail.
        let mut speaker_cdf = Vec::with_capacity(officials.len());
        let mut total = 0.0;
        for rank in 1..=officials.len() {
            total += 1.0 / (rank as f64).powf(0.8);
            speaker_cdf.push(total);
        }
        for c in &mut speaker_cdf {
            *c /= total;
        }
        Generator {
            rng: SmallRng::seed_from_u64(seed),
            vocab,
            officials,
            speaker_cdf,
            remaining: docs,
            serial: 0,
            seed,
        }
    }

    fn official(&mut self) -> usize {
        let u: f64 = self.rng.random();
        self.speaker_cdf
            .partition_point(|&c| c < u)
            .min(self.officials.len() - 1)
    }

    fn words(&mut self, n: usize, out: &mut String) {
        for k in 0..n {
            if k > 0 {
                out.push(' ');
            }
            let w = self.vocab.sample(&mut self.rng);
            out.push_str(w);
        }
    }

    /// One sentence (no final punctuation), optionally with a topical phrase.
    fn sentence(&mut self, topic: &str, out: &mut String) {
        let start = out.len();
        let n = self.rng.random_range(8..24);
        let at = if self.rng.random_bool(0.5) {
            self.rng.random_range(0..n)
        } else {
            usize::MAX
        };
        for k in 0..n {
            if k > 0 {
                out.push(' ');
            }
            if k == at {
                out.push_str(topic);
            } else {
                let w = self.vocab.sample(&mut self.rng);
                out.push_str(w);
            }
        }
        capitalize(out, start);
    }

    /// A quote paragraph naming an official.
    fn quote_paragraph(&mut self, topic: &str, quoted: &[usize], out: &mut String) -> usize {
        let form = self.rng.random_range(0..4);
        // A surname alone refers back to someone already named in the dispatch.
        let (who, form) = match (form, quoted.last()) {
            (2, Some(&w)) => (w, 2),
            (2, None) => (self.official(), 0),
            (f, _) => (self.official(), f),
        };
        let o = self.officials[who].clone();
        let mut quote = String::new();
        self.sentence(topic, &mut quote);
        let verb = VERBS[self.rng.random_range(0..VERBS.len())];
        match form {
            0 => {
                let verb = if verb.starts_with("told") || verb.ends_with("statement") {
                    "said"
                } else {
                    verb
                };
                out.push_str(&format!(
                    "“{quote},” {verb} {} {} {}.",
                    o.country, o.title, o.name
                ));
            }
            1 => {
                let mut rest = String::new();
                let n = self.rng.random_range(6..14);
                self.words(n, &mut rest);
                out.push_str(&format!(
                    "{}, {}'s {}, told reporters that “{} {rest}.”",
                    o.name,
                    o.country,
                    o.title.to_lowercase(),
                    lower_first(&quote)
                ));
            }
            2 => {
                out.push_str(&format!("“{quote},” {} said.", o.surname));
            }
            _ => {
                let mut more = String::new();
                self.sentence(topic, &mut more);
                out.push_str(&format!(
                    "{}. “{quote},” {} {} {} said.",
                    more, o.country, o.title, o.name
                ));
            }
        }
        who
    }

    /// The next dispatch as one JSON line (without the newline), or `None` when done.
    pub fn next_dispatch(&mut self) -> Option<String> {
        if self.remaining == 0 {
            return None;
        }
        self.serial += 1;
        let topic = TOPICS[self.rng.random_range(0..TOPICS.len())];
        let (place, region) = CAPITALS[self.rng.random_range(0..CAPITALS.len())];
        let year = self.rng.random_range(2015..=2025);
        let month = self.rng.random_range(0..12usize);
        let day = self.rng.random_range(1..=28);
        let source = SOURCES[self.rng.random_range(0..SOURCES.len())];

        let mut paragraphs = self.rng.random_range(5..=25u64);
        let carousel = self.rng.random_bool(0.15);
        let mut cards = if carousel {
            self.rng.random_range(2..=5u64)
        } else {
            0
        };
        if paragraphs + cards > self.remaining {
            paragraphs = self.remaining.min(paragraphs);
            cards = self.remaining - paragraphs;
        }
        self.remaining -= paragraphs + cards;

        let mut headline = String::new();
        let n = self.rng.random_range(3..7);
        self.words(n, &mut headline);
        capitalize(&mut headline, 0);
        headline = format!("{headline} amid {topic}");

        let mut body = String::with_capacity(4096);
        let region = if region.is_empty() {
            String::new()
        } else {
            format!(", {region}")
        };
        body.push_str(&format!(
            "{place}{region}, {} {day}, {year} ({source}) — ",
            MONTHS[month]
        ));
        let headings = if paragraphs >= 8 && self.rng.random_bool(0.5) {
            self.rng.random_range(1..=3)
        } else {
            0
        };
        let mut quoted = Vec::new();
        for p in 0..paragraphs {
            if p > 0 {
                body.push('\n');
                if headings > 0
                    && p % (paragraphs / (headings + 1)).max(2) == 0
                    && p + 1 < paragraphs
                {
                    body.push_str(HEADINGS[self.rng.random_range(0..HEADINGS.len())]);
                    body.push('\n');
                }
            }
            if p > 0 && self.rng.random_bool(0.4) {
                let who = self.quote_paragraph(topic, &quoted, &mut body);
                quoted.push(who);
            } else {
                for s in 0..self.rng.random_range(1..=3) {
                    if s > 0 {
                        body.push(' ');
                    }
                    self.sentence(topic, &mut body);
                    body.push('.');
                }
            }
        }
        if cards > 0 {
            body.push_str("\nKey players\n");
            body.push_str(
                "A carousel of images and text showing key details about the officials in this report.",
            );
            for _ in 0..cards {
                let who = match quoted.pop() {
                    Some(w) => w,
                    None => self.official(),
                };
                let o = self.officials[who].clone();
                let mut bio = String::new();
                self.sentence(topic, &mut bio);
                body.push_str(&format!(
                    "\n{}\n{}\n{} has served as {}'s {} since {}. {bio}.",
                    o.name,
                    o.country,
                    o.surname,
                    o.country,
                    o.title.to_lowercase(),
                    year - self.rng.random_range(1..8)
                ));
            }
        }
        let out = OutDispatch {
            id: format!("synth-{}-{}", self.seed, self.serial),
            headline: &headline,
            body: &body,
        };
        Some(serde_json::to_string(&out).unwrap_or_default())
    }
}

fn capitalize(s: &mut String, start: usize) {
    if let Some(c) = s[start..].chars().next() {
        let upper: String = c.to_uppercase().collect();
        s.replace_range(start..start + c.len_utf8(), &upper);
    }
}

fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Writes `options.docs` documents' worth of dispatches to `out`; returns the dispatch count.
pub fn generate(options: &GenerateOptions, out: &mut dyn Write) -> Result<u64> {
    let paths = if options.vocabulary.is_empty() {
        vec![PathBuf::from(DEFAULT_VOCABULARY)]
    } else {
        options.vocabulary.clone()
    };
    let vocab = Vocabulary::from_files(&paths)?;
    let mut generator = Generator::new(vocab, options.seed, options.docs);
    let mut n = 0;
    while let Some(line) = generator.next_dispatch() {
        out.write_all(line.as_bytes())
            .and_then(|()| out.write_all(b"\n"))
            .map_err(|e| Error::io(Path::new("<output>"), e))?;
        n += 1;
    }
    out.flush()
        .map_err(|e| Error::io(Path::new("<output>"), e))?;
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dispatch::parse_json_dispatch;

    fn vocab() -> Vocabulary {
        let words = "the of to and in said a for on is that it by with from at as be was has \
                     would will talks government trade minister officials country security peace"
            .split_whitespace()
            .map(str::to_string)
            .collect();
        Vocabulary::from_ranked(words)
    }

    fn all(seed: u64, docs: u64) -> Vec<String> {
        let mut g = Generator::new(vocab(), seed, docs);
        std::iter::from_fn(|| g.next_dispatch()).collect()
    }

    #[test]
    fn same_seed_same_output_other_seed_other_output() {
        assert_eq!(all(7, 300), all(7, 300));
        assert_ne!(all(7, 300), all(8, 300));
    }

    #[test]
    fn produces_exactly_the_requested_documents() {
        for docs in [1, 5, 37, 500] {
            let mut total = 0;
            for line in all(3, docs) {
                let d = parse_json_dispatch(&line).expect("generated JSON parses");
                assert!(d.date.is_some(), "{line}");
                assert!(d.source.is_some(), "{line}");
                total += crate::split(&d).len();
            }
            assert_eq!(total as u64, docs);
        }
    }

    #[test]
    fn zipf_sampling_favours_low_ranks() {
        let v = vocab();
        let mut rng = SmallRng::seed_from_u64(1);
        let mut first = 0;
        for _ in 0..10_000 {
            if v.sample(&mut rng) == "the" {
                first += 1;
            }
        }
        // 1/H(31) ≈ 0.25 of the draws.
        assert!((2000..3000).contains(&first), "{first}");
    }

    #[test]
    fn officials_are_unique_and_span_countries() {
        let pool = officials(1);
        assert_eq!(pool.len(), OFFICIALS);
        let names: std::collections::HashSet<_> = pool.iter().map(|o| &o.name).collect();
        assert_eq!(names.len(), OFFICIALS);
        let countries: std::collections::HashSet<_> = pool.iter().map(|o| &o.country).collect();
        assert!(countries.len() >= Gazetteer::get().countries.len().min(150));
    }
}
