//! The people of one dispatch: profile cards and every named mention, with the titles and
//! country each mention gives, so that `Ushakov`, `he` or `the minister` resolve to a full name.

use super::gazetteer::{Entity, Gazetteer, TermKind};
use super::phrases::{
    analyze, is_acronym, is_former, is_function_word, is_government_body, is_regional_office,
    past_opening_place, phrase_forward, skip_located_place, Allegiance, Subject,
};
use super::tokens::{is_institution_word, is_inversion_verb, is_speech_verb, Token};
use super::Attribution;

/// Who a quote is attributed to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Speaker {
    /// A person, by index into the dispatch's [`People`].
    Person(usize),
    /// An institution.
    Organization(String),
    /// Someone the text does not name (`an official`, `the diplomat`): blocks `he said` from
    /// reaching back to an earlier named person. With the country an official's description
    /// gives (`an Israeli official`).
    Unnamed(Option<String>),
}

/// Position of a mention: paragraph index and byte offset.
pub type Position = (usize, usize);

#[derive(Debug)]
struct Person {
    words: Vec<String>,
    /// [`name_key`] of each word, computed when the name is set: lookups compare these
    /// instead of lowercasing both sides of every comparison.
    keys: Vec<String>,
    country: Option<String>,
    /// Country of a title that mostly means it (`Treasury Secretary`), when nothing else
    /// gives one.
    usual_country: Option<String>,
    titles: Vec<String>,
    mentions: Vec<Position>,
    /// Described as an official of an international organisation (`UN chief`).
    international: bool,
    /// Described through some other body or person (`New York Fed President`).
    qualified: bool,
    /// Has a profile card: known to the reader wherever in the dispatch it stands.
    profile: bool,
    /// Mentioned with a government title they no longer hold (`United Kingdom's former Prime
    /// Minister`, `Former U.S. Secretary of State`).
    former: bool,
    /// Mentioned with a government title that is not a former one.
    in_office: bool,
    /// Described in the text by an office at a firm or other private body (`X, managing
    /// director of Rio Tinto's Serbian unit,`): a card's nationality then speaks for no state.
    private_office: bool,
    /// Described in the text as an officer of a state company or of an institution the
    /// gazetteer gives a country (`Petronas chief executive X`).
    state_body_office: bool,
    /// The person whose aide or spokesman this one is (`X, an aide to Kim,`): speaks for
    /// that person's country.
    patron: Option<usize>,
    /// The country is only the dispatch's own, given to its officials whom nothing else
    /// places ([`People::assign_local_country`]): a lead's description may still say whose
    /// they are.
    local_guess: bool,
}

/// The people of one dispatch.
#[derive(Debug)]
pub struct People<'g> {
    gazetteer: &'g Gazetteer,
    persons: Vec<Person>,
    /// (modern, then) country pairs of the dispatch's era (`Russia` → `Soviet Union`).
    era: Vec<(usize, usize)>,
    /// The country of the dispatch's own officials ([`People::assign_local_country`]).
    local_country: Option<String>,
    /// The country of the dateline, when the dispatch names it: whose ministries an unnamed
    /// `Foreign Ministry spokesman` speaks for, even when the lead quotes another country's
    /// officials (`PEKING - … U.S. officials said`).
    seat_country: Option<String>,
    /// How often the dispatch names each country, most named first: a legislator's usual
    /// country (`Senator`) counts only when it is the first (Australia has senators too).
    named_counts: Vec<(String, usize)>,
    /// What the last sentence of the paragraph before the one being scanned names, for an
    /// `Its leader, X,` that opens a paragraph.
    paragraph_before: Antecedent,
    /// The dispatch's lead is about a central bank (`Poland's central bank held rates`): its
    /// board and council members are the state's officials.
    central_bank_story: bool,
    /// The names of the companies the dispatch calls the state's (`Tavanir, the state power
    /// grid company`, `state water company OSE`), lowercase, with the country whose they are
    /// when a possessive says so (`Azerbaijan's state energy company SOCAR`): whose officers
    /// are that state's officials.
    state_companies: Vec<(String, Option<usize>)>,
    /// The mentions being scanned are the profile cards' biographies.
    reading_cards: bool,
    /// The dispatch has spoken of a rebel or armed group (`The leader of an important rebel
    /// group in the Darfur region`): a movement's officers named after that are no state's.
    armed_groups_named: bool,
    /// The last word of each international organisation's name met so far (`bank` of `The
    /// World Bank`), for `the bank's representative`.
    organization_heads: Vec<String>,
    /// The acronyms the dispatch gives bodies outside any state (`the International Air
    /// Transport Association (IATA)`), for `IATA's regional vice president, X,`.
    non_state_acronyms: Vec<String>,
}

/// What a sentence names that a later `its` may refer to.
#[derive(Debug, Default, Clone, Copy)]
struct Antecedent {
    /// A party or the opposition (`The opposition Independence Party, which …, said`).
    party: bool,
    /// A country or one of its institutions (`The Central Bank of Kuwait`).
    country: Option<usize>,
    /// A state company (`EirGrid, the state-owned grid operator, has warned`).
    state_company: bool,
    /// A state body by its name (`The Tax Authority will begin registering taxpayers`).
    state_body: bool,
    /// A body of members outside government (`Labour federation COSATU said`).
    private_body: bool,
    /// An international organisation opening the sentence (`The U.N. human rights office
    /// said`).
    international: bool,
}

impl<'g> People<'g> {
    /// An empty registry.
    pub fn new(gazetteer: &'g Gazetteer) -> Self {
        People {
            gazetteer,
            persons: Vec::new(),
            local_country: None,
            seat_country: None,
            named_counts: Vec::new(),
            era: Vec::new(),
            paragraph_before: Antecedent::default(),
            reading_cards: false,
            armed_groups_named: false,
            organization_heads: Vec::new(),
            central_bank_story: false,
            state_companies: Vec::new(),
            non_state_acronyms: Vec::new(),
        }
    }

    /// Each person's name, country and titles, for tracing, with whether they speak for an
    /// international or other non-state body and have a profile card.
    pub fn summary(&self) -> Vec<String> {
        self.persons
            .iter()
            .map(|p| {
                format!(
                    "{} ({}; {}{}{})",
                    p.words.join(" "),
                    p.country.as_deref().unwrap_or("no country"),
                    p.titles.join(" "),
                    if p.international { "; non-state" } else { "" },
                    if p.profile { "; card" } else { "" },
                )
            })
            .collect()
    }

    /// Sets the dispatch's era: which countries' terms meant a state of the past.
    pub fn set_era(&mut self, era: Vec<(usize, usize)>) {
        self.era = era;
    }

    /// The name of the country `country` stood for in the dispatch's era.
    fn country_name(&self, country: usize) -> String {
        let then = self
            .era
            .iter()
            .find(|(modern, _)| *modern == country)
            .map_or(country, |&(_, then)| then);
        self.gazetteer.country_name(then).to_string()
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
        // A card that places someone in an international body (`European Union`, `United
        // Nations`) names no state they speak for; nor does one that places them in a
        // territory the gazetteer knows as no state (`Transnistria`, `Northern Cyprus`): the
        // profile keeps it, the quotes get none.
        let international = country.is_some_and(|c| {
            !matches!(
                self.gazetteer.lookup(c.trim()),
                Some((Entity::Country(_), _))
            )
        });
        let country = country
            .filter(|_| !international)
            .map(|c| self.gazetteer.canonical_country(c));
        let keys = name_keys(&words);
        match self.find_exact(&keys) {
            Some(i) => {
                self.persons[i].profile = true;
                self.persons[i].international |= international;
                if country.is_some() {
                    self.persons[i].country = country;
                }
            }
            None => self.persons.push(Person {
                words,
                keys,
                country,
                usual_country: None,
                titles: Vec::new(),
                mentions: Vec::new(),
                international,
                qualified: false,
                profile: true,
                former: false,
                in_office: false,
                private_office: false,
                state_body_office: false,
                patron: None,
                local_guess: false,
            }),
        }
    }

    /// `Aalto, a Finnish diplomat, is the chief spokesman of the International Atomic Energy
    /// Agency`: a card whose biography gives a present office in an international body speaks
    /// for no state, whatever nationality the card prints (the card keeps it for the profile).
    pub fn add_bio_office(&mut self, name: &str, bio: &[Token<'_>]) {
        let international =
            bio_holds_international_office(bio, self.gazetteer) || bio_serves_armed_group(bio);
        let private = !international && bio_works_outside_government(bio);
        let words: Vec<String> = name.split_whitespace().map(str::to_string).collect();
        if let Some(i) = self.find_exact(&name_keys(&words)) {
            let person = &mut self.persons[i];
            // (A bio that names no public role leaves only the text to give one: an office of
            // government or of a state company.)
            let quiet = !international
                && !bio_names_public_role(bio)
                && !person.state_body_office
                && !person.titles.iter().any(|t| is_government_title(t));
            if private || quiet {
                // (The card's country stays a nationality: see `describe`.)
                person.private_office = true;
                return;
            }
            if !international {
                return;
            }
            person.international = true;
            person.country = None;
            person.usual_country = None;
        }
    }

    /// Records every named person in `tokens` (paragraph `para`), with titles and country.
    pub fn scan_mentions(&mut self, tokens: &[Token<'_>], para: usize) {
        if !self.armed_groups_named {
            self.armed_groups_named = names_armed_group(tokens);
        }
        let mut i = 0;
        while i < tokens.len() {
            let t = &tokens[i];
            if t.punct || !(t.is_capitalized() || t.is_title()) {
                i += 1;
                continue;
            }
            let mut range = skip_located_place(tokens, phrase_forward(tokens, i), self.gazetteer);
            range = past_opening_place(tokens, range, self.gazetteer);
            // (`Deputy Minister of Industries, Mines and Energy X`: the portfolios listed
            // with commas belong to the title before them.)
            if let Some(listed) = portfolio_list_start(tokens, range.start, self.gazetteer) {
                range = listed..range.end;
            }
            // `President Chen Shui-bian's Democratic Progressive Party`, `Barack Obama's Saturday
            // announcement`: a person's name owning a capitalized name is that person's
            // mention; the body after it is read on its own.
            if let Some(owner_end) = self.owner_name_end(tokens, range.clone()) {
                range = range.start..owner_end;
            }
            let range_start = range.start;
            if range.is_empty() {
                i += 1;
                continue;
            }
            self.note_organization_head(&tokens[range.clone()]);
            let end = range.end;
            let international_title = self.names_organization(&tokens[range.clone()]);
            if let Some(Subject::Named {
                words,
                titles,
                country,
                usual_country,
                qualified,
            }) = analyze(&tokens[range], self.gazetteer)
            {
                // A lone surname refers to someone already known, unless a title introduces
                // it (`President Reagan`); a phrase that is nobody needs no further reading.
                let titled = titles.last().is_some_and(|t| is_personal_title(t));
                // `said Christophe, a police officer,`: one name, then who they are.
                // (`said Farid, 19, who asked …`, `said Hanan, a Jordanian-born teacher`: or
                // an age, or a nationality before the lowercase role.)
                let age = |t: &Token<'_>| {
                    (1..=2).contains(&t.text.len()) && t.text.bytes().all(|b| b.is_ascii_digit())
                };
                let role_follows = tokens
                    .get(end + 1)
                    .is_some_and(|t| matches!(t.lower(), "a" | "an"))
                    && tokens.get(end + 2).is_some_and(|t| {
                        !t.punct
                            && (!t.is_capitalized()
                                || tokens
                                    .get(end + 3)
                                    .is_some_and(|n| !n.punct && !n.is_capitalized()))
                    });
                let age_follows = tokens.get(end + 1).is_some_and(age)
                    && tokens.get(end + 2).is_none_or(|t| t.punct);
                let described = words.len() == 1
                    && range_start > 0
                    && is_inversion_verb(tokens[range_start - 1].text)
                    && tokens.get(end).is_some_and(|t| t.is_punct(&[","]))
                    && (role_follows || age_follows)
                    && self.gazetteer.lookup(&words[0]).is_none();
                // (`who gave his name only as Top`, `who gave only his first name, Ahmad,`: a
                // name the person gave alone.)
                let given = words.len() == 1 && given_name_at(tokens, range_start);
                let index = if words.len() >= 2 || titled || described || given {
                    Some(self.find_or_add(&words, (para, t.start)))
                } else {
                    self.find(&words, (para, t.start))
                };
                let Some(index) = index else {
                    i = end.max(i + 1);
                    continue;
                };
                let (more_titles, apposition_country, international_apposition) =
                    self.apposition(tokens, end);
                let served = self.serves(tokens, end).or_else(|| {
                    // `said Allawi spokesman Thaer al-Naqib`: a known person's surname before
                    // an aide's title is whom the aide serves.
                    let [patron, aide, ..] = tokens.get(range_start..end)? else {
                        return None;
                    };
                    let aide_title = matches!(
                        aide.text,
                        "spokesman"
                            | "spokeswoman"
                            | "spokesperson"
                            | "aide"
                            | "adviser"
                            | "advisor"
                    );
                    if !aide_title || !patron.is_capitalized() || patron.possessive {
                        return None;
                    }
                    let known = self.find(&[patron.text.to_string()], (usize::MAX, 0))?;
                    (known != index).then_some(Served {
                        patron: Some(known),
                        country: None,
                    })
                });
                let serves = served.as_ref().map(|s| s.patron);
                // `Russia's U.N. ambassador, Vassily Nebenzia,`: a title opening the sentence,
                // in apposition before the name.
                // (`…, retired Indonesian major general X,`: past the words of the name's own
                // description, a former office, a nationality and lowercase titles.)
                let mut apposed_start = range_start;
                while apposed_start > 0 && range_start - apposed_start < 4 {
                    let t = &tokens[apposed_start - 1];
                    let describes = !t.punct
                        && (is_former(t.lower())
                            || t.is_title()
                            // (`major`, `army`: a lowercase modifier of the title after it.)
                            || (tokens[apposed_start].is_title()
                                && !t.is_capitalized()
                                && t.text.bytes().all(|b| b.is_ascii_lowercase())
                                && !is_function_word(t.text)
                                && !is_speech_verb(t.text))
                            || matches!(
                                self.gazetteer.lookup(t.text),
                                Some((Entity::Country(_), TermKind::Demonym))
                            ));
                    if !describes {
                        break;
                    }
                    apposed_start -= 1;
                }
                let (title_before, country_before, international_before) =
                    self.apposition_before(tokens, apposed_start, end);
                // `Belgian Willy de Clercq, EC Commissioner on external affairs,`, `The head of
                // the ASEAN observer team, retired Indonesian major general X,`: a nationality,
                // with no office held now for a state, yields to the international office in
                // apposition.
                let retired = tokens[apposed_start..end]
                    .iter()
                    .any(|t| is_former(t.lower()));
                let state_office = !retired && titles.iter().any(|t| is_government_title(t));
                let nationality_yields =
                    (international_apposition || international_before) && !state_office;
                let country = country.filter(|_| !nationality_yields);
                // `Hong Kong monetary affairs secretary Nendick`: the title runs on to the left
                // of the phrase, so it may name another country.
                // `Philippine coast guard spokesperson X`: a demonym further left still
                // gives the country.
                let left_country = country_left_of_title(tokens, range_start, self.gazetteer);
                // `economist at Merrill Lynch Japan Inc.`: a country inside a firm's name.
                // (`Labour federation COSATU said the cut was too small. Spokesman Zola
                // Mthembu said`: a bare spokesperson right after a body of members spoke is
                // the body's.)
                // (`The U.N. human rights office said … . "…," spokeswoman X said`: or right
                // after a quote.)
                let bare_spokesperson = tokens[range_start..end].first().is_some_and(|t| {
                    matches!(t.lower(), "spokesman" | "spokeswoman" | "spokesperson")
                }) && (range_start == 0
                    || tokens[range_start - 1].ends_sentence()
                    || follows_quote(tokens, range_start));
                let outside_government = works_outside_government(tokens, end, self.gazetteer)
                    || (bare_spokesperson && {
                        let antecedent = self.sentence_before_antecedent(tokens, range_start);
                        antecedent.private_body || antecedent.international
                    });
                let apposition_country = apposition_country.filter(|_| !outside_government);
                // `visiting Chairman of General Motors Roger Smith`: a visitor is not the
                // dateline's own.
                let visiting = range_start > 0 && tokens[range_start - 1].lower() == "visiting";
                // (`X, chief executive of the state-controlled IPTO,`, `X, head of Stretto di
                // Messina, the state company in charge of the project,`: a state company's
                // officer speaks for its state.)
                // (`MAS managing director X`: or the name before a lowercase word of the office
                // that the phrase left out.)
                let noted_company = self
                    .names_noted_state_company(&tokens[range_start..end])
                    .or_else(|| {
                        // (A lowercase word of the office, not a verb or a function word
                        // between a body and someone else's title.)
                        let modifier = range_start.checked_sub(1)?;
                        let t = &tokens[modifier];
                        if t.punct
                            || t.is_capitalized()
                            || modifier == 0
                            || is_speech_verb(t.text)
                            || t.lower().ends_with("ed")
                            || super::phrases::is_function_word(t.lower())
                        {
                            return None;
                        }
                        let owner = super::phrases::phrase_backward(tokens, modifier);
                        if owner.end != modifier || owner.is_empty() {
                            return None;
                        }
                        // (`Petrobras exploration director X`: or a state's institution the
                        // gazetteer knows.)
                        let words = tokens[owner.clone()].iter().map(|t| t.text);
                        if let Some((n, Entity::Country(c), TermKind::Institution)) =
                            self.gazetteer.longest_match(words)
                        {
                            if n == owner.len() {
                                return Some(Some(c));
                            }
                        }
                        // (`National Bank managing director X`: or the state's bank.)
                        if super::phrases::names_public_bank(&tokens[owner.clone()]) {
                            return Some(None);
                        }
                        self.names_noted_state_company(&tokens[owner.start..end])
                    });
                let noted_company =
                    noted_company.or_else(|| self.apposed_office_of_noted_body(tokens, end));
                let state_company = runs_state_company(tokens, end) || noted_company.is_some();
                // (`union official X`, `said union leader X`: a trade union's officer.)
                let union_office = tokens[range_start..end].iter().any(|t| t.text == "union");
                let qualified = !state_company
                    && (qualified
                        || union_office
                        || serves.is_some()
                        || visiting
                        || (left_country.is_none()
                            && extends_left(tokens, range_start)
                            && !self.its_portfolio(tokens, range_start))
                        || outside_government
                        || body_owns_apposed_office(tokens, end, self.gazetteer)
                        || heads_unknown_body(tokens, end, self.gazetteer)
                        || (self.armed_groups_named && heads_movement(tokens, end)));
                let regional = titles
                    .iter()
                    .chain(&more_titles)
                    .any(|t| is_regional_office(t));
                let country = country
                    .or(noted_company.flatten())
                    .or(left_country.filter(|_| !nationality_yields))
                    .or(apposition_country)
                    .or(country_before)
                    .or_else(|| spokesperson_country(tokens, range_start, &titles, self.gazetteer))
                    .or_else(|| region_after_name(tokens, end, regional, self.gazetteer))
                    .or_else(|| city_before_mayor(&tokens[range_start..end], self.gazetteer))
                    .or_else(|| congress_party_apposition(tokens, end, self.gazetteer))
                    .or_else(|| briefing_country(tokens, range_start..end, &titles, self.gazetteer))
                    .or_else(|| self.home_capital_country(tokens, end, &titles))
                    .or_else(|| state_medium_country(tokens, range_start, &titles, self.gazetteer))
                    .or_else(|| self.his_office_country(tokens, range_start, para))
                    .or_else(|| counterpart_country(tokens, range_start, self.gazetteer))
                    .or_else(|| whose_country(tokens, range_start, &titles, self.gazetteer))
                    .or_else(|| behalf_country(tokens, end, self.gazetteer))
                    .or_else(|| served.as_ref().and_then(|s| s.country))
                    .or_else(|| {
                        // (`In Brussels, European Commission spokesman X`: not an international
                        // body's officer, whatever city the sentence opens with.)
                        let official = (!qualified || named_government_before(tokens, range_start))
                            && !international_title
                            && titles
                                .iter()
                                .chain(&title_before)
                                .any(|t| is_government_title(t));
                        official
                            .then(|| opening_country(tokens, range_start, self.gazetteer))
                            .flatten()
                    });
                let country = country.map(|c| self.country_name(c));
                let usual_country = usual_country
                    .or_else(|| usual_title_after(tokens, end, self.gazetteer))
                    .map(|c| self.country_name(c));
                // `Tony Blair, United Kingdom's former Prime Minister,`, `Former U.S.
                // Secretary of State Henry Kissinger`: a former official speaks for no state,
                // unless also named in an office held now (`Vice Premier X, a former Commerce
                // Minister,`).
                // Each list of titles is one description (`Vice Premier X, a former Commerce
                // Minister,` is in office).
                // (`Blair is an Envoy in the Quartet on the Middle East`: an international
                // office is no state's.)
                let lists = [
                    (&titles, international_title),
                    (&more_titles, international_apposition),
                    (&title_before, international_before),
                ];
                let former_office = |list: &Vec<String>| {
                    list.iter().any(|t| is_former(t)) && list.iter().any(|t| is_government_title(t))
                };
                let mention_former = lists.iter().any(|(l, _)| former_office(l));
                let mention_in_office = lists.iter().any(|(l, international)| {
                    !international
                        && !l.iter().any(|t| is_former(t))
                        && l.iter().any(|t| is_government_title(t))
                });
                // (`Cabinet Chief Martin Olazabal`: a title of a government's own body.)
                // (`National Bank Chairman X`, `Central Bank Governor X`: the state's bank.)
                let cabinet_title = (tokens[range_start..end]
                    .iter()
                    .any(|t| matches!(t.text, "Cabinet" | "Ministry" | "Treasury"))
                    || super::phrases::names_public_bank(&tokens[range_start..end])
                    || names_state_commission(&tokens[range_start..end])
                    || names_national_body(&tokens[range_start..end]))
                    && !titles.iter().any(|t| is_government_title(t));
                let public_body_office = self.public_body_office_before(tokens, range_start);
                // (`Stockholm regional police chief X`: the police is a state's force.)
                let police_office = !titles.is_empty()
                    && tokens[range_start.saturating_sub(1)..end]
                        .iter()
                        .any(|t| t.lower() == "police")
                    && !titles.iter().any(|t| is_government_title(t));
                {
                    let person = &mut self.persons[index];
                    if person.usual_country.is_none() {
                        person.usual_country = usual_country;
                    }
                    if public_body_office && !titles.iter().any(|t| is_government_title(t)) {
                        person.titles.push("official".to_string());
                    }
                    if cabinet_title || state_company || police_office {
                        person.titles.push("official".to_string());
                    }
                    // (`Central Bank governor X`: an office the United States does not have,
                    // see `assign_local_country`.)
                    if super::phrases::names_central_bank(&tokens[range_start..end]) {
                        person.titles.push("central-bank".to_string());
                    }
                    // (`Shadow business secretary X`: the opposition's spokesperson.)
                    // (A lowercase portfolio may stand between: the phrase starts after it.)
                    let shadow = tokens[range_start..end]
                        .iter()
                        .any(|t| t.lower() == "shadow")
                        || tokens[range_start.saturating_sub(3)..range_start]
                            .iter()
                            .rev()
                            .take_while(|t| !t.punct)
                            .any(|t| t.lower() == "shadow");
                    // (`Wayne Swan, the Shadow Treasurer,`: or in the apposition after it.)
                    let shadow_after = !more_titles.is_empty()
                        && tokens.get(end).is_some_and(|t| t.is_punct(&[","]))
                        && tokens[end + 1..]
                            .iter()
                            .take(6)
                            .take_while(|t| !t.punct)
                            .any(|t| t.lower() == "shadow");
                    if (shadow && !titles.is_empty()) || shadow_after {
                        person.titles.push("shadow".to_string());
                    }
                    person.mentions.push((para, t.start));
                    // (`Deputy X of the Republican Party`: a party's deputy sits in a chamber of
                    // deputies.)
                    let party_deputy = titles.last().is_some_and(|t| t == "deputy")
                        && tokens
                            .get(end)
                            .is_some_and(|t| matches!(t.text, "of" | "from"))
                        && tokens[end + 1..]
                            .iter()
                            .take(5)
                            .take_while(|t| !t.punct)
                            .any(|t| t.lower() == "party");
                    // (`Anthony Albanese (Labor, Grayndler)`: a party and a seat after the
                    // name; `Mr Hartsuyker told parliament`: a member addressing the chamber.)
                    let party_seat = tokens.get(end).is_some_and(|t| t.is_punct(&["("]))
                        && tokens.get(end + 1).is_some_and(|t| {
                            matches!(
                                t.text,
                                "Liberal"
                                    | "Labor"
                                    | "Labour"
                                    | "National"
                                    | "Nationals"
                                    | "Greens"
                                    | "Green"
                                    | "Conservative"
                                    | "Independent"
                            )
                        })
                        && tokens.get(end + 2).is_some_and(|t| t.is_punct(&[","]))
                        // (`Bob Katter (Independent, )`: the seat's link lost in the copy.)
                        && tokens
                            .get(end + 3)
                            .is_some_and(|t| t.is_capitalized() || t.is_punct(&[")"]));
                    // (`Phillip Ruddock (, ) moved a motion`: both links of a member's tag
                    // lost in the copy of a wiki.)
                    let party_seat = party_seat
                        || (tokens.get(end).is_some_and(|t| t.is_punct(&["("]))
                            && tokens.get(end + 1).is_some_and(|t| t.is_punct(&[","]))
                            && tokens.get(end + 2).is_some_and(|t| t.is_punct(&[")"])));
                    let told_chamber = tokens.get(end).is_some_and(|t| t.text == "told")
                        && tokens.get(end + 1).is_some_and(|t| {
                            matches!(t.text, "parliament" | "Parliament")
                                || (t.text == "the"
                                    && tokens.get(end + 2).is_some_and(|c| {
                                        matches!(c.text, "House" | "Senate" | "Commons")
                                    }))
                        })
                        // (Not `told the House Agriculture Subcommittee`: a witness.)
                        && !tokens[end + 1..]
                            .iter()
                            .take(8)
                            .take_while(|t| !t.punct)
                            .any(|t| t.lower().contains("committee"));
                    if party_seat || told_chamber {
                        person.titles.push("lawmaker".to_string());
                    }
                    if party_deputy {
                        person.titles.push("lawmaker".to_string());
                    }
                    person.titles.extend(titles);
                    // (`Senate Finance Committee Chairman X`: a senator; `House Ways and Means
                    // Committee Chairman X`: a representative.)
                    let chamber = &tokens[range_start..end];
                    let committee = chamber.iter().any(|t| t.text == "Committee");
                    if committee && chamber.first().is_some_and(|t| t.text == "Senate") {
                        person.titles.push("senator".to_string());
                    } else if committee && chamber.first().is_some_and(|t| t.text == "House") {
                        person.titles.push("representative".to_string());
                    }
                    person.titles.extend(more_titles);
                    person.titles.extend(title_before);
                    person.international |=
                        international_title || international_apposition || international_before;
                    person.qualified |= qualified;
                    // (The text's office, not a card's career: `a hydrologist who taught at the
                    // Bangladesh University of Engineering` is an adviser to the government now.)
                    person.private_office |= outside_government && !self.reading_cards;
                    // (Read only by a card's biography, so only for a carded person: the
                    // cards were added before the text is scanned.)
                    if person.profile {
                        person.state_body_office |= state_company
                            || tokens[range_start..end].iter().any(|t| {
                                matches!(
                                    self.gazetteer.lookup(t.text),
                                    Some((Entity::Country(_), TermKind::Institution))
                                )
                            });
                    }
                    if let Some(patron) = serves.flatten().filter(|&p| p != index) {
                        person.patron = Some(patron);
                    }
                    person.former |= mention_former;
                    person.in_office |= mention_in_office;
                    // (A card's international body outweighs the text's nationality: `a
                    // former Portuguese prime minister` who chairs the European Council.)
                    let card_international = person.profile && person.international;
                    if person.country.is_none() && !card_international {
                        person.country = country;
                    }
                }
            }
            i = end.max(i + 1);
        }
        self.paragraph_before = self.last_sentence_antecedent(tokens);
    }

    /// `Hikmet Hajiyev, foreign policy adviser to President Ilham Aliyev,`, `Koo Bon-yong, an
    /// aide to Kim,`: the apposition makes the person an aide of someone else, who holds no
    /// office of a government's own (so the dateline's country is no safe guess) but speaks
    /// for the country of the person served (see [`Served`]).
    fn serves(&self, tokens: &[Token<'_>], end: usize) -> Option<Served> {
        if !tokens.get(end).is_some_and(|t| t.is_punct(&[","])) {
            return None;
        }
        let k = (end + 2..tokens.len().min(end + 10))
            .take_while(|&k| !tokens[k].punct)
            .find(|&k| {
                matches!(tokens[k].lower(), "to" | "for")
                    && matches!(
                        tokens[k - 1].lower(),
                        "adviser" | "advisor" | "aide" | "assistant" | "spokesman" | "spokeswoman"
                    )
            })?;
        let start = k + 1 + usize::from(tokens.get(k + 1)?.lower() == "the");
        let next = tokens.get(start)?;
        if !next.is_capitalized() || next.possessive {
            return None;
        }
        let patron = phrase_forward(tokens, start);
        let head = tokens.get(patron.end.checked_sub(1)?)?;
        // `spokesman for the Foreign Ministry`, `for Iran`, `for the White House`: the
        // government's own; `for the American Manufacturing Trade Coalition`: a body outside it.
        let words = tokens[patron.clone()].iter().map(|t| t.text);
        // (`for the Ministry of Supply and Internal Trade`: a body named head first.)
        let head_first =
            is_government_body(next.text) && tokens.get(start + 1).is_some_and(|t| t.text == "of");
        let government = is_government_body(head.text)
            || head_first
            || matches!(
                head.text,
                "Embassy" | "Army" | "Navy" | "Police" | "Guard" | "Parliament" | "Senate"
            )
            || matches!(
                self.gazetteer.longest_match(words),
                Some((n, Entity::Country(_), _)) if n == patron.len()
            );
        if government {
            return None;
        }
        let patron_end = patron.end;
        Some(match analyze(&tokens[patron], self.gazetteer) {
            Some(Subject::Named { words, country, .. }) => match self.find(&words, (usize::MAX, 0))
            {
                Some(i) => Served {
                    patron: Some(i),
                    country: None,
                },
                // (`Bill O'Conner, aide to Rep. Edward Madigan (R-Ill),`: someone named for
                // the first time here, whose country only the phrase itself may give; not the
                // dateline's, which a visitor's aide would take.)
                None => Served {
                    patron: None,
                    country: country
                        .or_else(|| region_after_name(tokens, patron_end, true, self.gazetteer)),
                },
            },
            _ => Served {
                patron: None,
                country: None,
            },
        })
    }

    /// `Name, Russia's foreign minister,`, `Name is Russia's foreign minister` or `Name of
    /// Kenya`: titles and country after a name.
    fn apposition(&self, tokens: &[Token<'_>], end: usize) -> (Vec<String>, Option<usize>, bool) {
        let Some(next) = tokens.get(end) else {
            return (Vec::new(), None, false);
        };
        if next.text == "of" {
            // (`Frederick Wolf of the GAO`: past the article, a state institution named in
            // whole; not a body whose name opens with a country, `of the American Farm Bureau
            // Federation`.)
            let article = tokens.get(end + 1).is_some_and(|t| t.text == "the");
            let start = end + 1 + usize::from(article);
            // (`Purevdorjiin Solongo of the Democratic Party`, `X of the opposition Podemos
            // party`: a party's politician, in the country's politics.)
            let party = tokens[start..]
                .iter()
                .take(5)
                .take_while(|t| !t.punct)
                .any(|t| t.lower() == "party");
            if article && party {
                return (vec!["party-member".to_string()], None, false);
            }
            let words = tokens[start..].iter().map(|t| t.text);
            return match self.gazetteer.longest_match(words) {
                Some((n, Entity::Country(c), kind))
                    if !article
                        || (matches!(kind, TermKind::Institution | TermKind::Metonym)
                            && !tokens.get(start + n).is_some_and(|t| t.is_capitalized()))
                        // (`Commander Jeff Breslau of the U.S. Fifth Fleet`: a country's armed
                        // forces or envoys are its state.)
                        || (kind != TermKind::Metonym && names_armed_or_foreign_service(&tokens[start + n..])) =>
                {
                    (Vec::new(), Some(c), false)
                }
                Some((_, Entity::Country(_), _)) => (Vec::new(), None, false),
                Some((_, Entity::Organization(_), _)) => (Vec::new(), None, true),
                None => (Vec::new(), None, false),
            };
        }
        // `Akwasi Osei-Adjei is Ghana’s foreign minister.`: a copula describes as well.
        let copula = matches!(next.text, "is" | "was")
            && tokens.get(end + 1).is_some_and(|t| {
                !t.punct && (matches!(t.text, "the" | "a" | "an") || t.possessive)
            });
        let predicate = appointment_predicate(tokens, end);
        if !next.is_punct(&[","]) && !copula && predicate.is_none() {
            return (Vec::new(), None, false);
        }
        // `Maynard Glitman, who heads the American team,`, `X, who will lead the U.S. side,`:
        // the delegation's country.
        let auxiliary = tokens
            .get(end + 2)
            .is_some_and(|t| matches!(t.text, "will" | "would" | "is" | "was"));
        let verb = end + 2 + usize::from(auxiliary);
        let heads = tokens.get(end + 1).is_some_and(|t| t.text == "who")
            && tokens.get(verb).is_some_and(|t| {
                matches!(
                    t.text,
                    "heads" | "led" | "leads" | "headed" | "lead" | "head" | "leading" | "heading"
                )
            })
            && tokens.get(verb + 1).is_some_and(|t| t.text == "the");
        // (`Rizal Hartono, an Indonesian officer who leads the ASEAN observer team,`: whoever
        // leads an international body's mission speaks for it, not for a state.)
        if next.is_punct(&[","]) {
            let length = tokens[end + 1..]
                .iter()
                .take(14)
                .take_while(|t| !t.punct)
                .count();
            let apposition = &tokens[end + 1..end + 1 + length];
            let leads_international = apposition.windows(3).enumerate().any(|(j, w)| {
                w[0].text == "who"
                    && matches!(w[1].text, "leads" | "heads" | "led" | "headed")
                    && w[2].text == "the"
                    && matches!(
                        self.gazetteer
                            .longest_match(apposition[j + 3..].iter().take(4).map(|t| t.text)),
                        Some((_, Entity::Organization(_), _))
                    )
            });
            if leads_international {
                return (Vec::new(), None, true);
            }
        }
        if next.is_punct(&[","]) && heads {
            let words: Vec<&str> = tokens[verb + 2..].iter().take(3).map(|t| t.text).collect();
            if let Some((n, Entity::Country(c), TermKind::Demonym | TermKind::Name)) =
                self.gazetteer.longest_match(&words)
            {
                let body = tokens.get(verb + 2 + n).map(|t| t.lower());
                if matches!(body, Some("team" | "delegation" | "negotiators" | "side")) {
                    return (vec!["head".to_string()], Some(c), false);
                }
            }
            // `Teresa Ballester, who heads the ecological transition ministry in Madrid,`: a
            // state body placed by its capital or country.
            let run: Vec<&Token<'_>> = tokens[verb + 2..]
                .iter()
                .take(6)
                .take_while(|t| !t.punct)
                .collect();
            let state_body = |t: &&Token<'_>| {
                matches!(
                    t.lower(),
                    "ministry" | "government" | "department" | "delegation" | "embassy" | "agency"
                )
            };
            if let Some(at) = run.iter().position(state_body) {
                let place = run
                    .get(at + 1)
                    .filter(|t| matches!(t.lower(), "in" | "of"))
                    .and_then(|_| {
                        let words = run[at + 2..].iter().map(|t| t.text);
                        match self.gazetteer.longest_match(words) {
                            Some((_, Entity::Country(c), _)) => Some(c),
                            _ => run
                                .get(at + 2)
                                .and_then(|t| self.gazetteer.city_country(t.text)),
                        }
                    });
                if let Some(c) = place {
                    return (vec!["head".to_string()], Some(c), false);
                }
                // (`Mishari al-Othman, who heads the finance ministry's public debt
                // department,`: a state body's head, of the dispatch's state; not a
                // hospital's or a region's department.)
                let state_run = run[at].lower() != "department" || run[at].is_capitalized();
                if state_run {
                    return (vec!["official".to_string()], None, false);
                }
            }
        }
        // (`Lamia Jaziri, one of the lawmakers who voted against the law,`: a legislator.)
        if let [one, of, the, body, ..] = tokens.get(end + 1..).unwrap_or_default() {
            // (`Petra Kovac, one of its lawmakers,` after a party.)
            if one.text == "one"
                && of.text == "of"
                && matches!(the.lower(), "the" | "its" | "their" | "those" | "these")
                && matches!(
                    body.lower(),
                    "lawmakers" | "legislators" | "senators" | "deputies" | "mps"
                )
            {
                return (vec!["lawmaker".to_string()], None, false);
            }
        }
        // `Rolando Arrivillaga, the bank's resident representative,` after `The World Bank`:
        // an office of the international organisation the dispatch named.
        if let [the, body, ..] = tokens.get(end + 1..).unwrap_or_default() {
            if the.text == "the"
                && body.possessive
                && !body.is_capitalized()
                && self.organization_heads.iter().any(|h| h == body.text)
            {
                let titles = tokens[end + 3..]
                    .iter()
                    .take_while(|t| !t.punct)
                    .filter(|t| t.is_title())
                    .map(|t| t.lower().to_string())
                    .collect();
                return (titles, None, true);
            }
        }
        let mut titles = Vec::new();
        let mut country = None;
        let mut k = predicate.unwrap_or(end + 1);
        while k < tokens.len() && k <= end + 12 {
            let t = &tokens[k];
            // `Brazil's mines and energy minister`: `and` inside a portfolio before its title.
            let portfolio_and = t.lower() == "and"
                && tokens[k + 1..]
                    .iter()
                    .take(3)
                    .take_while(|n| !n.punct && n.lower() != "and")
                    .any(|n| n.is_title() && is_government_title(n.lower()));
            if t.punct || (t.lower() == "and" && !portfolio_and) {
                break;
            }
            let lower = t.lower();
            // `Bush, president of the United States met with …`: an apposition left open
            // ends at the clause's verb.
            // (`X, who is also Qatar's prime minister,` is a relative clause that describes.)
            let relative = tokens[end + 1..k].iter().any(|t| t.lower() == "who");
            // (`Felix Kulov, appointed acting minister of securities,`: a participle that
            // confers an office describes.)
            let confers = |w: &str| {
                matches!(
                    w,
                    "appointed" | "named" | "elected" | "nominated" | "designated"
                )
            };
            let conferred = k == end + 1 && confers(lower);
            // (… `by the reconvening former parliament`: who conferred it is no title of theirs.)
            if lower == "by" && confers(tokens[end + 1].lower()) {
                break;
            }
            if !t.is_capitalized()
                && !relative
                && !conferred
                && (is_speech_verb(lower) || ends_apposition(lower))
            {
                break;
            }
            // `Poehl, Finance Minister Gerhard Stoltenberg and …`: a list of people, not an
            // apposition; the titles are someone else's.
            let previous = &tokens[k - 1];
            if t.is_capitalized()
                && !t.is_title()
                && !is_institution_word(t.text)
                && previous.is_capitalized()
                && is_government_title(previous.lower())
                && self.gazetteer.lookup(t.text).is_none()
            {
                return (Vec::new(), None, false);
            }
            // (`general manager of a tour operator`: a firm's office, no army's general.)
            let firms_general = lower == "general"
                && tokens
                    .get(k + 1)
                    .is_some_and(|n| matches!(n.lower(), "manager" | "counsel"));
            if t.is_title() && !firms_general {
                titles.push(lower.to_string());
            }
            // `a banking expert in Tokyo`: a place after a locative preposition is where the
            // person is, not whom they speak for; a capital speaks for its country only as a
            // possessive (`the Kremlin's envoy`).
            // (`adviser to Azerbaijan's president`: a possessive after `to` owns the office.)
            let is_locative = |word: &str| matches!(word, "in" | "at" | "from" | "near" | "to");
            let locative = is_locative(tokens[k - 1].lower());
            // `who studied in the Soviet Union`: a place past a determiner too (but `an
            // undersecretary at the Omani foreign ministry` is the state's own body).
            let place_past_the = k >= end + 3
                && tokens[k - 1].lower() == "the"
                && is_locative(tokens[k - 2].lower());
            // `a spokesman for the American Manufacturing Trade Coalition`: a body named
            // with a country's adjective speaks for it only when it is the state's (`for the
            // Chinese Embassy`); `chief negotiator for Iran` does.
            // (`chairman of the American Chamber of Commerce in Vietnam` neither.)
            let for_a_body = tokens[k - 1].lower() == "for"
                || (k >= end + 3
                    && tokens[k - 1].lower() == "the"
                    && matches!(tokens[k - 2].lower(), "for" | "of"));
            let envoy_to = place_past_the && tokens[k - 2].lower() == "to";
            // (`a spokesman for the Foreign ministry in Tehran`: a government's own body placed
            // in its capital or country; not an embassy, which sits abroad.)
            let ministry_in = |k: usize| {
                k >= end + 3
                    && tokens[k - 1].lower() == "in"
                    && matches!(
                        tokens[k - 2].lower(),
                        "ministry" | "government" | "presidency" | "cabinet"
                    )
            };
            // (`responsible for Latin America`: no country's name inside a longer one.)
            // (`a researcher at El Colegio de Mexico`: nor inside the name of a place of
            // work, a capitalized run after `at` or `from`; read only for a capitalized word.)
            let workplace = || {
                let run_start = (end + 1..k)
                    .rev()
                    .take_while(|&j| {
                        tokens[j].is_capitalized()
                            || matches!(tokens[j].text, "de" | "del" | "of" | "the")
                    })
                    .last()
                    .unwrap_or(k);
                run_start > end + 1
                    && matches!(tokens[run_start - 1].text, "at" | "from")
                    && k >= 2
                    && matches!(tokens[k - 1].text, "de" | "del" | "of")
                    && tokens[k - 2].is_capitalized()
                    && !tokens[k - 2].is_title()
                    && !is_institution_word(tokens[k - 2].text)
            };
            // (`a New Mexico Republican`: nor the last word of a region's name.)
            let inside_region = || {
                (k.saturating_sub(2)..k).any(|from| {
                    let words: Vec<&str> = tokens[from..].iter().take(4).map(|t| t.text).collect();
                    self.gazetteer
                        .region_words(&words)
                        .is_some_and(|n| from + n > k)
                })
            };
            // (`vice president of the Union Bank of Switzerland`: a commercial bank named
            // after its country, not the state's bank.)
            let commercial_bank = || {
                k >= 3
                    && tokens[k - 1].text == "of"
                    && tokens[k - 2].text == "Bank"
                    && tokens[k - 3].is_capitalized()
                    && !tokens[k - 3].punct
                    && matches!(
                        tokens[k - 3].text,
                        "Union" | "Commercial" | "Merchant" | "Royal" | "Commonwealth" | "Savings"
                    )
            };
            let inside_name = |t: &Token<'_>| {
                (t.text == "America" && tokens[k - 1].is_capitalized())
                    || workplace()
                    || commercial_bank()
            };
            // (`a member of the Ontario Parliament`, `chairman of the Ontario Parliament's
            // Select Committee`: a region's legislature is its country's politics.)
            if country.is_none() && t.is_capitalized() && !locative {
                let words: Vec<&str> = tokens[k..].iter().take(4).map(|t| t.text).collect();
                if let Some(n) = self.gazetteer.region_words(&words) {
                    let legislature = tokens.get(k + n).is_some_and(|l| {
                        super::phrases::is_legislature_word(l.text) || l.text == "Legislature"
                    });
                    if legislature && !tokens[k + n - 1].possessive {
                        if let Some(c) = self.gazetteer.region_starting(&words[..n]) {
                            country = Some(Some(c));
                        }
                    }
                }
            }
            if country.is_none() && t.is_capitalized() && !inside_name(t) {
                let words = tokens[k..].iter().map(|t| t.text);
                match self.gazetteer.longest_match(words) {
                    // (`head of marine conservation at WWF Norway`: an organisation's national
                    // chapter, wherever it sits.)
                    Some((n, Entity::Organization(_), _))
                        if super::phrases::organization_chapter(
                            &tokens[k..],
                            n,
                            self.gazetteer,
                        ) > 0 =>
                    {
                        country = Some(None)
                    }
                    // `spokesman of the Bulgarian Socialist Party`: a party's politicians speak
                    // in their country's politics.
                    Some((n, Entity::Country(c), TermKind::Demonym))
                        if for_a_body && names_party(&tokens[k + n..]) =>
                    {
                        country = Some(Some(c));
                    }
                    Some((n, Entity::Country(_), TermKind::Demonym))
                        if for_a_body && !names_state_body(&tokens[k + n..]) => {}
                    // (`president of the Japan Chamber of Commerce`: nor a country's name
                    // opening a private body's.)
                    Some((n, Entity::Country(_), TermKind::Name))
                        if for_a_body && names_private_body(&tokens[k + n..]) => {}
                    // (`a delegate to the National People's Congress`: a state institution
                    // is no place.)
                    Some((_, Entity::Country(_), kind))
                        if place_past_the
                            && !matches!(kind, TermKind::Demonym | TermKind::Institution) => {}
                    // (Read only for a country's name: it joins words.)
                    Some((_, Entity::Country(_), _)) if inside_region() => {}
                    Some((n, Entity::Country(c), kind))
                        if !locative
                            || (tokens[k - 1].lower() == "to"
                                && tokens.get(k + n - 1).is_some_and(|t| t.possessive))
                            || (matches!(tokens[k - 1].lower(), "in" | "at")
                                && owns_state_body(tokens, k + n))
                            || ministry_in(k) =>
                    {
                        let possessive = tokens.get(k + n - 1).is_some_and(|t| t.possessive);
                        // `head of top Japanese business group Keidanren`: the country's
                        // business, not its government.
                        let private = names_private_sector(tokens, k + n);
                        // (`Jiang Yu, a Beijing foreign affairs spokeswoman,`: a seat of
                        // government right before an office is whose office it is.)
                        // (Not a place inside a name: `Council of New South Wales official`.)
                        let opens =
                            !tokens[k - 1].is_capitalized() && tokens[k - 1].lower() != "of";
                        let seat_of_office = opens
                            && tokens[k + n..]
                                .iter()
                                .take(4)
                                .take_while(|t| !t.punct && (!t.is_capitalized() || t.is_title()))
                                .any(|t| is_government_title(t.lower()));
                        // (`a spokesman for the Pentagon`: the seat a spokesman speaks for;
                        // not a place naming another body, `for the Manila ICRC office`.)
                        let speaks_for_seat = super::phrases::speaks_for_seat(tokens, k, n);
                        if (kind != TermKind::Metonym
                            || possessive
                            || seat_of_office
                            || speaks_for_seat
                            || ministry_in(k))
                            && !private
                        {
                            country = Some(Some(c));
                        }
                    }
                    // (`former ambassador to the European Union`: a state's envoy to it.)
                    // (Not the tail of a longer name: `the National Security Council` is
                    // no `Security Council`.)
                    Some((_, Entity::Organization(_), _))
                        if !locative && !envoy_to && !inside_longer_name(tokens, k) =>
                    {
                        country = Some(None)
                    }
                    // (`The Swiss National Bank …, Markus Lusser, a member of the Bank's
                    // directorate,`: a state institution named earlier, by its last word.)
                    None if t.possessive && tokens[k - 1].text == "the" => {
                        if let Some(c) = self.institution_named_before(tokens, end, t.text) {
                            country = Some(Some(c));
                        }
                    }
                    _ => {}
                }
            }
            k += 1;
        }
        // (`Menzies Campbell, a member of the British Parliament,`: a legislator; so is
        // `chairman of the lower house finance committee`, `speaker of the Senate`, where the
        // chamber is the state's own.)
        let legislator = tokens[end + 1..k].windows(2).enumerate().any(|(j, w)| {
            let member = w[0].lower() == "member";
            let seat = matches!(
                w[0].lower(),
                "chairman" | "chairwoman" | "chair" | "head" | "speaker"
            );
            let chamber = |m: usize| {
                let t = &tokens[m];
                let word = matches!(
                    t.lower(),
                    "parliament" | "congress" | "senate" | "assembly" | "house" | "legislature"
                );
                // (Not a region's or another state's chamber: `the Ontario Parliament's Select
                // Committee`, `the House of Representatives of Puerto Rico`.)
                let of_a_place = tokens.get(m + 1).is_some_and(|n| n.lower() == "of")
                    && tokens.get(m + 2).is_some_and(|n| n.is_capitalized());
                // (`speaker of parliament`: or right after the seat's `of`.)
                word && (member
                    || (matches!(tokens[m - 1].lower(), "the" | "lower" | "upper" | "of")
                        && !of_a_place))
            };
            let after = end + 1 + j + 2;
            (member || seat) && w[1].lower() == "of" && (after..k).take(4).any(chamber)
        });
        // (`X, a National Assembly deputy from Hai Phong,`: a legislature's deputy or member.)
        let chamber_seat = tokens[end + 1..k].windows(2).any(|w| {
            super::phrases::is_legislature_word(w[0].text)
                && matches!(w[1].lower(), "deputy" | "member" | "deputies" | "members")
        });
        if legislator || chamber_seat {
            titles.push("lawmaker".to_string());
        }
        // (`Jorge Gonzalez, undersecretary for external debt in the economics ministry,`: an
        // office in a ministry, which a republic without ministers does not have; see
        // [`People::assign_local_country`].)
        if !titles.is_empty() && tokens[end + 1..k].iter().any(|t| t.lower() == "ministry") {
            titles.push("ministry".to_string());
        }
        // Only an apposition that describes a role counts (`, who said …` does not).
        if titles.is_empty() {
            return (Vec::new(), None, false);
        }
        // (`Zoltan Boesze, chief of the Finance Ministry's budget financing division,`: an
        // office inside a government's own body is an official's.)
        // (Not `at the Government Accountability Project`: the word ends the body's name.)
        // (`Don Brash, head of the National Party,`: or a party, whose officers speak in
        // their country's politics.)
        let in_state_body = (end + 1..k).any(|j| {
            matches!(
                tokens[j].text,
                "Ministry" | "Cabinet" | "Government" | "Treasury" | "Party"
            ) && tokens
                .get(j + 1)
                .is_none_or(|n| n.punct || !n.is_capitalized())
        }) || names_national_body(&tokens[end + 1..k])
            || names_state_commission(&tokens[end + 1..k])
            // (`Marek Zielinski, head of the presidential chancellery,`: the head of state's
            // own office.)
            || (end + 1..k).any(|j| {
                tokens[j].lower() == "presidential"
                    && tokens.get(j + 1).is_some_and(|n| {
                        matches!(
                            n.lower(),
                            "chancellery" | "office" | "administration" | "palace" | "staff"
                        )
                    })
            });
        if in_state_body && !titles.iter().any(|t| is_government_title(t)) {
            titles.push("official".to_string());
        }
        // `Ian Narev, the CEO of the Commonwealth Bank of Australia,`: a firm's office speaks
        // for no country; nor does a chair or a trade (`Choi, a professor of North Korean
        // studies,`, `Gul Rahman, an Afghan trader,`).
        if titles
            .iter()
            .all(|t| super::tokens::is_business_title(t) || super::tokens::is_private_occupation(t))
        {
            return (titles, None, false);
        }
        // `, IGAD’s executive secretary,`, `, a spokesman for the rebel group,`: an office of
        // some body other than a state, so not the dateline country's either.
        let segment = &tokens[end + 1..k];
        // (`a lawmaker for the Movement of Society for Peace`: a legislator's body is the
        // party that seated them.)
        let legislator_for = |before: &[Token<'_>]| {
            before.windows(2).any(|w| {
                matches!(w[1].text, "for" | "of")
                    && matches!(
                        w[0].lower(),
                        "lawmaker" | "legislator" | "mp" | "parliamentarian" | "senator"
                    )
            })
        };
        let other_body = segment.iter().enumerate().any(|(j, t)| {
            let acronym_owner = t.possessive && is_acronym(t.text);
            // (Not the opposition or a party, whose officers speak in their country's
            // politics: `a spokesman for the opposition Alliance for the Republic`.)
            // (`a legal adviser at the organisation`: or where the holder works.)
            let non_state = j >= 2
                && segment[j - 1].text == "the"
                && matches!(segment[j - 2].text, "for" | "of" | "at")
                && is_non_state_body(t.lower())
                && !matches!(t.lower(), "opposition" | "party");
            // (`president of the American Association of Blood Banks`, `chairman of Merrill
            // Lynch Capital Partners`: a capitalized body of that kind further on.)
            // (Not a party, whose leaders speak in their country's politics, nor a state's
            // `Organization` or `Division`.)
            let named_body = t.is_capitalized()
                && matches!(
                    t.lower(),
                    "association"
                        | "union"
                        | "federation"
                        | "institute"
                        | "society"
                        | "foundation"
                        | "chamber"
                        | "coalition"
                        | "company"
                        | "corp"
                        | "corporation"
                        | "inc"
                        | "ltd"
                        | "plc"
                        | "partners"
                        | "productions"
                )
                && segment[..j].iter().any(|w| matches!(w.text, "of" | "for"))
                // (`a lawmaker for the ruling Democratic Union of Builders`: a party in
                // power or opposition, by what it does.)
                && !segment[..j].iter().any(|w| is_party_role(w.lower()));
            (acronym_owner || non_state || named_body) && !legislator_for(&segment[..j])
        });
        // `a former Costa Rican foreign minister who leads the Organization of American
        // States’ observer mission`: a former state office, now an international body's.
        let leads_international_body = titles.iter().any(|t| is_former(t))
            && segment.windows(2).enumerate().any(|(j, w)| {
                w[0].lower() == "who"
                    && matches!(
                        w[1].lower(),
                        "leads" | "heads" | "chairs" | "directs" | "runs" | "led" | "headed"
                    )
                    && (j + 2..j + 5).any(|m| {
                        // (The body's name may run past the words read above, but not past
                        // the paragraph.)
                        let words = tokens.get(end + 1 + m..).unwrap_or_default();
                        matches!(
                            self.gazetteer.longest_match(words.iter().map(|t| t.text)),
                            Some((_, Entity::Organization(_), _))
                        )
                    })
            });
        if leads_international_body {
            return (titles, None, true);
        }
        // (`X, the ministry's director general,` after `Israel's energy ministry`.)
        if country.is_none() {
            if let [the, body, ..] = segment {
                if the.text == "the"
                    && body.possessive
                    && !body.is_capitalized()
                    && is_government_body_noun(body.lower())
                {
                    country = owner_of_body_named_before(tokens, end, body.lower(), self.gazetteer)
                        .map(Some);
                }
            }
        }
        // (`The U.N. humanitarian office said … . "…," said X, a spokesperson for the office`:
        // the international body the sentence before opened with.)
        let of_international_body =
            segment.windows(3).any(|w| {
                matches!(w[0].text, "for" | "of" | "at")
                    && w[1].text == "the"
                    && matches!(
                        w[2].text,
                        "office" | "agency" | "mission" | "organisation" | "organization" | "body"
                    )
            }) && self.sentence_before_antecedent(tokens, end).international;
        if of_international_body {
            country = Some(None);
        }
        let organization = country == Some(None);
        // (`, chief executive of the Federation of Belgian Enterprises,`, `, president of
        // the pilots' union SPAC,`: a body of members speaks for no country, neither the one
        // in its name nor the dateline's.)
        let private_body = super::phrases::describes_private_body(segment, self.gazetteer);
        let other_body = other_body || private_body;
        let country = country.flatten().filter(|_| !private_body);
        // `Ramon Diaz, Chairman of the Presidential Commission on Good Government`: the head
        // of a state body is an official, whatever the title is called.
        // (`X, chairman of the Ngamiland district council,`: or of a local government.)
        let heads_state_body = !organization
            && !other_body
            && (segment.windows(3).any(|w| {
                w[0].text == "of"
                    && w[1].text == "the"
                    && w[2].is_capitalized()
                    && matches!(w[2].lower(), "presidential" | "state" | "federal")
            }) || names_local_government(segment));
        if heads_state_body && !titles.iter().any(|t| is_government_title(t)) {
            titles.push("official".to_string());
        }
        // (`Lt. Col. X, a spokesman for the multinational force in Baghdad,`: a force of many
        // states speaks for none of them.)
        let multinational = segment.iter().any(|t| t.lower() == "multinational");
        (
            titles,
            country,
            organization || multinational || (other_body && country.is_none()),
        )
    }

    /// `The head of the Syrian delegation, X,`, `A spokesperson for Nepal’s foreign ministry,
    /// X,`: a description opening the sentence and ending at `comma`, before the name: its
    /// titles, its country (none for an international
    /// body's office) and whether it names an international body.
    fn opening_description(
        &self,
        tokens: &[Token<'_>],
        comma: usize,
        closed: bool,
    ) -> Option<(Vec<String>, Option<usize>, bool)> {
        // `The head of the Syrian delegation, X,`, `A spokesperson for Nepal’s foreign
        // ministry, X,`: a description opening the sentence and ending in a lowercase noun.
        // (`The governor of Kazakhstan's Mangystau region, which includes Aktau, X,`.)
        let (comma, opening) = past_relative_clause(tokens, comma);
        // (`"…," the Economy Ministry's secretary of coordination of production, X, told`,
        // `"…," said the province's deputy minister of public works, X.`: after a quote, with
        // or without the speech verb, a description opens its clause as it would open a
        // sentence.)
        let (opening, after_quote) = if follows_quote(tokens, opening)
            && opening + 1 < comma
            && is_speech_verb(tokens[opening].text)
        {
            (opening + 1, true)
        } else {
            (opening, follows_quote(tokens, opening))
        };
        let segment = &tokens[opening..comma];
        // (`In Madrid, the energy spokeswoman of the opposition Popular Party, X,`: after a
        // sentence-opening place.)
        let after_place = opening >= 2 && tokens[opening - 1].is_punct(&[","]) && {
            let place = clause_start(tokens, opening - 1);
            (place == 0 || tokens[place - 1].ends_sentence())
                && tokens[place].lower() == "in"
                && tokens
                    .get(place + 1..opening - 1)
                    .is_some_and(|words| words.iter().all(|t| t.is_capitalized()))
        };
        let described = closed
            && (opening == 0 || tokens[opening - 1].ends_sentence() || after_place || after_quote)
            && segment.len() <= 12
            && segment
                .first()
                .is_some_and(|t| matches!(t.lower(), "the" | "a" | "an"))
            && segment.iter().any(|t| t.is_title());
        if !described {
            return None;
        }
        let mut titles: Vec<String> = segment
            .iter()
            .filter(|t| t.is_title())
            .map(|t| t.lower().to_string())
            .collect();
        // (`The party's acting deputy chairman, X,`: a party's officer is in the country's
        // politics.)
        if segment.iter().any(|t| t.possessive && t.lower() == "party") {
            titles.push("party-member".to_string());
        }
        // (`The president of the Petrol Dealers Association of Malaysia, X,`: nor does a
        // body of members.)
        if super::phrases::describes_private_body(segment, self.gazetteer) {
            return Some((titles, None, true));
        }
        let country = super::phrases::description_country(segment, self.gazetteer);
        // (`The chairman of the Ngamiland district council, X,`: the head of a local
        // government is an official of its state; `The head of the state power company
        // Barqi Tojik, X,`: so is a state company's.)
        if (names_local_government(segment) || mentions_state_company(segment))
            && !titles.iter().any(|t| is_government_title(t))
        {
            titles.push("official".to_string());
        }
        // (`The head of the West African regional bloc’s observer mission, X,`: an
        // international mission speaks for no state.)
        let international = self.names_organization(segment)
            || segment.windows(2).any(|w| {
                w[1].lower() == "mission"
                    && matches!(
                        w[0].lower(),
                        "observer" | "observation" | "monitoring" | "peacekeeping"
                    )
            });
        Some((titles, country.filter(|_| !international), international))
    }

    /// Is every capitalized word of `tokens[from..to]` a title word, an article, or part of a
    /// term the gazetteer knows (`White House`, `Indian`)?
    fn names_only_known_bodies(&self, tokens: &[Token<'_>], from: usize, to: usize) -> bool {
        let mut k = from;
        while k < to {
            let t = &tokens[k];
            if t.punct || !t.is_capitalized() || t.is_title() || t.lower() == "the" {
                k += 1;
                continue;
            }
            match self
                .gazetteer
                .longest_match(tokens[k..to].iter().map(|t| t.text))
            {
                Some((n, _, _)) => k += n,
                None => return false,
            }
        }
        true
    }

    /// `The commission's deputy chair, X,`: does the sentence open, at most seven tokens
    /// before the name at `start`, with an office a public body owns (not an international
    /// body the dispatch named: `The commission's chief executive` after the Mekong River
    /// Commission)?
    fn public_body_office_before(&self, tokens: &[Token<'_>], start: usize) -> bool {
        // (The cheap test first: this runs for every mention.)
        if start < 4 || !tokens[start - 1].is_punct(&[","]) {
            return false;
        }
        let window = start.saturating_sub(8);
        let sentence = match tokens[window..start].iter().rposition(Token::ends_sentence) {
            Some(k) => window + k + 1,
            None if window == 0 => 0,
            None => return false,
        };
        start >= sentence + 4
            && start - sentence <= 7
            && owned_by_public_body(tokens, sentence + 1)
            && !self
                .organization_heads
                .iter()
                .any(|h| h == tokens[sentence + 1].lower())
            && tokens[sentence + 2..start - 1]
                .iter()
                .all(|t| !t.punct && !t.is_capitalized() && t.is_title())
    }

    /// Records the last word of an international organisation that `phrase` opens with (`The
    /// World Bank's` → `bank`).
    fn note_organization_head(&mut self, phrase: &[Token<'_>]) {
        // (Only names that end in a common noun can be referred to by it; the check spares a
        // gazetteer lookup for every other phrase.)
        let head_noun = phrase.last().is_some_and(|t| {
            matches!(
                t.lower(),
                "bank"
                    | "fund"
                    | "organization"
                    | "organisation"
                    | "agency"
                    | "union"
                    | "court"
                    | "council"
                    | "commission"
                    | "programme"
                    | "program"
                    | "alliance"
                    | "association"
                    | "forum"
                    | "community"
                    | "office"
                    | "secretariat"
            )
        });
        if !head_noun {
            return;
        }
        let phrase = match phrase {
            [the, rest @ ..] if the.lower() == "the" => rest,
            _ => phrase,
        };
        if let Some((n, Entity::Organization(_), _)) =
            self.gazetteer.longest_match(phrase.iter().map(|t| t.text))
        {
            let head = phrase[n - 1].lower().to_string();
            if !self.organization_heads.contains(&head) {
                self.organization_heads.push(head);
            }
        }
    }

    /// The end of a person's name (two words or more, or titled) that owns the capitalized,
    /// untitled words after it inside the phrase `range`, if there is one.
    fn owner_name_end(&self, tokens: &[Token<'_>], range: std::ops::Range<usize>) -> Option<usize> {
        let owner = tokens[range.clone()]
            .iter()
            .position(|t| t.possessive && !t.punct)
            .map(|k| range.start + k + 1)?;
        let owned = tokens.get(owner).filter(|_| owner < range.end)?;
        if !owned.is_capitalized() || owned.is_title() {
            return None;
        }
        let person = match analyze(&tokens[range.start..owner], self.gazetteer) {
            Some(Subject::Named { words, titles, .. }) => {
                words.len() >= 2 || titles.last().is_some_and(|t| is_personal_title(t))
            }
            _ => false,
        };
        // (`Sony Prudential's Kono said`: a known person's surname after a body's possessive
        // is that person.)
        let known_after = || {
            tokens[owner..range.end]
                .iter()
                .any(|t| self.find(&[t.text.to_string()], (usize::MAX, 0)).is_some())
        };
        (person && !known_after()).then_some(owner)
    }

    /// `Russia's U.N. ambassador, Vassily Nebenzia, said`: titles and country of a title
    /// phrase that stands in apposition before the name at
    /// `start..end` (closed by a comma). A possessive country owns the title even when an
    /// organisation follows (`Russia's U.N. ambassador`); otherwise an organisation means no
    /// country (`the U.N. humanitarian chief`).
    fn apposition_before(
        &self,
        tokens: &[Token<'_>],
        start: usize,
        end: usize,
    ) -> (Vec<String>, Option<usize>, bool) {
        let none = (Vec::new(), None, false);
        // `The Russian Foreign Minister, Sergei Lavrov responded`: a sentence-opening
        // apposition may leave its closing comma out.
        // (`… a visit by Japan's foreign minister, Nobutaka Machimura.`: or the sentence's end,
        // after a country's office.)
        let country_office = || {
            tokens[start.saturating_sub(5)..start.saturating_sub(1)]
                .iter()
                .any(|t| {
                    t.possessive
                        && matches!(self.gazetteer.lookup(t.text), Some((Entity::Country(_), _)))
                })
        };
        // (`"…," said the province's deputy minister of public works, X.`: or, after a quote
        // and its speech verb, the sentence's end; only for a description naming no body the
        // gazetteer does not know, since these appositions are read without their body:
        // not `said Judicial Watch President, X.`.)
        let after_quote_verb = || {
            let clause = clause_start(tokens, start.saturating_sub(1));
            clause + 1 < start
                && is_speech_verb(tokens[clause].text)
                && follows_quote(tokens, clause)
                && self.names_only_known_bodies(tokens, clause + 1, start - 1)
        };
        let closed = tokens.get(end).is_some_and(|t| {
            t.is_punct(&[","]) || (t.ends_sentence() && (country_office() || after_quote_verb()))
        });
        let open = tokens
            .get(end)
            .is_some_and(|t| !t.punct && !t.is_capitalized());
        if start < 2 || !tokens[start - 1].is_punct(&[","]) || !(closed || open) {
            return none;
        }
        // (`A spokesman for the opposition Alliance for the Republic (APR), X,`: the body's
        // abbreviation in parentheses closes the description.)
        let description_end = match tokens.get(start.saturating_sub(4)..start - 1) {
            Some([open, _, close]) if open.text == "(" && close.text == ")" => start - 4,
            _ => start - 1,
        };
        // (`Hezbollah's parliamentary bloc voted in favour, although one of its members, X,
        // called …`: a member of a bloc or party in parliament is a lawmaker.)
        let sentence = super::sentence_start(tokens, description_end);
        if let Some([one, of, its, members]) = description_end
            .checked_sub(4)
            .and_then(|k| tokens.get(k..description_end))
        {
            let legislators = matches!(
                members.lower(),
                "lawmakers" | "legislators" | "deputies" | "mps"
            ) || (members.lower() == "members"
                && tokens[sentence..description_end].iter().any(|t| {
                    matches!(
                        t.lower(),
                        "parliamentary" | "parliament" | "party" | "bloc" | "caucus" | "faction"
                    )
                }));
            if one.lower() == "one"
                && of.text == "of"
                // (`One of those lawmakers, X, said`.)
                && matches!(its.lower(), "its" | "their" | "the" | "those" | "these")
                && legislators
            {
                return (vec!["lawmaker".to_string()], None, false);
            }
        }
        // (`The president of the Petrol Dealers Association of Malaysia, X,`: the office of a
        // body of members, whatever the last phrase of its name is.)
        if super::phrases::describes_private_body(
            &tokens[sentence..description_end],
            self.gazetteer,
        ) {
            if let Some(description) = self.opening_description(tokens, description_end, closed) {
                return description;
            }
        }
        let mut range = super::phrases::phrase_backward(tokens, description_end);
        // (`Its leader in parliament, X,`: a lowercase place after `in`, which no phrase
        // takes, is read as the place where the holder sits, below.)
        if range.is_empty()
            && description_end >= 3
            && matches!(tokens[description_end - 2].lower(), "in" | "at")
            && !tokens[description_end - 1].punct
            && !tokens[description_end - 1].is_capitalized()
        {
            range = description_end - 1..description_end;
        }
        // (`Uzbekistan's deputy minister of water resources, X,`: lowercase portfolios after
        // `of` or `for` that no phrase takes, up to two words, complete the title before them.)
        // (`Its deputy director of hydrology, X,`: or any lowercase domain of the office.)
        if range.is_empty() {
            let portfolio = (description_end.saturating_sub(2)..description_end).find(|&k| {
                tokens[k..description_end].iter().all(|t| {
                    !t.punct
                        && !t.is_capitalized()
                        && !super::phrases::is_function_word(t.lower())
                        && !matches!(t.lower(), "the" | "a" | "an")
                        && t.text.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                })
            });
            if let Some(k) = portfolio.filter(|&k| {
                k >= 2 && matches!(tokens[k - 1].text, "of" | "for") && tokens[k - 2].is_title()
            }) {
                range = k..description_end;
            }
        }
        // (`Senegal's Minister of Energy, Petroleum and Mines, X,`, `Brazil's mines and energy
        // minister, X,`: a title whose portfolios are listed; the phrase before the list holds
        // the title and its country.)
        if let Some(listed) = portfolio_list_start(tokens, range.start, self.gazetteer) {
            range = listed..range.end;
        }
        // (`China's commercial counsellor in its Washington embassy, X,`: a mission placed
        // by its city, after a determiner, is the seat too; the phrase starts after `in`.)
        if let Some(seat) = mission_seat_start(tokens, description_end) {
            range = seat..seat;
        }
        // (`Later, the White House spokesman, Scott McClellan said`: or after a short opening
        // phrase of time or place.)
        let opens_sentence = range.start == 0
            || tokens[range.start - 1].ends_sentence()
            || (tokens[range.start - 1].is_punct(&[","])
                && super::after_opening_phrase(tokens, range.start - 1));
        if !closed && !opens_sentence {
            return none;
        }
        // `China's commercial counsellor in Washington, Chen Shibiao,`: the place where the
        // holder sits is not the title phrase; the phrase ends before it.
        // (But `The political department head at Iraq's Defence Ministry, X,`: a country's own
        // body named there is whose office it is.)
        let mut seat_owner = None;
        if range.start >= 2 && matches!(tokens[range.start - 1].lower(), "in" | "at") {
            seat_owner = tokens[range.clone()].iter().enumerate().find_map(|(j, t)| {
                match self.gazetteer.lookup(t.text) {
                    Some((Entity::Country(c), _))
                        if t.possessive && owns_state_body(tokens, range.start + j + 1) =>
                    {
                        Some(c)
                    }
                    _ => None,
                }
            });
            range = super::phrases::phrase_backward(tokens, range.start - 1);
        }
        // `Armenia's special envoy for normalisation with Turkey, X,`: the office's domain
        // after its title; the title phrase ends before it.
        if !tokens[range.clone()].iter().any(|t| t.is_title()) {
            let limit = range.start.saturating_sub(6);
            let mut k = range.start;
            while k > limit && !tokens[k - 1].punct && !tokens[k - 1].is_title() {
                k -= 1;
            }
            let domain = tokens
                .get(k)
                .is_some_and(|t| matches!(t.lower(), "for" | "with" | "on" | "to"));
            if k > limit && tokens[k - 1].is_title() && domain {
                range = super::phrases::phrase_backward(tokens, k);
            }
        }
        // (`Portugal's minister of environment and energy, X,`: a domain of two lowercase
        // parts after `of` or `for`; the title before it carries the country.)
        {
            let mut k = if range.is_empty() {
                description_end
            } else {
                range.start
            };
            let limit = k.saturating_sub(6);
            let mut joined = false;
            while k > limit
                && !tokens[k - 1].punct
                && !tokens[k - 1].is_capitalized()
                && !matches!(tokens[k - 1].text, "of" | "for")
            {
                joined |= tokens[k - 1].text == "and";
                k -= 1;
            }
            // (`Its director of public health, X,`: or a portfolio narrowed by a word before
            // it.)
            let narrowed = range.start == k + 1
                && super::phrases::is_portfolio_modifier(tokens[k].lower())
                && tokens[range.clone()]
                    .iter()
                    .all(|t| super::phrases::is_portfolio_word(t.lower()));
            let owned = (joined || narrowed)
                && k >= 2
                && k < description_end
                && matches!(tokens[k - 1].text, "of" | "for")
                && tokens[k - 2].is_title()
                && !tokens[k - 2].punct;
            if owned {
                let owner = super::phrases::phrase_backward(tokens, k - 1);
                if !owner.is_empty() {
                    range = owner;
                }
            }
        }
        // `Qatar's minister of state for foreign affairs, X,`: a lowercase office or domain
        // after `of` or `for` completes the title before it, which carries the country.
        for _ in 0..3 {
            let lowercase =
                !range.is_empty() && tokens[range.clone()].iter().all(|t| !t.is_capitalized());
            let completes = lowercase
                && range.start >= 2
                && matches!(tokens[range.start - 1].text, "of" | "for")
                && tokens[range.start - 2].is_title()
                && !tokens[range.start - 2].punct;
            if !completes {
                break;
            }
            let owner = super::phrases::phrase_backward(tokens, range.start - 1);
            if owner.is_empty() {
                break;
            }
            range = owner;
        }
        if range.is_empty() {
            return self
                .opening_description(tokens, description_end, closed)
                .unwrap_or(none);
        }
        // (`A spokesman for the opposition Alliance for the Republic, X,`: an office of the
        // opposition or of a party, whose officers speak in their country's politics; the
        // party's name is no title of the holder's.)
        let politics = tokens[..description_end]
            .iter()
            .rposition(|t| t.ends_sentence())
            .map_or(0, |k| k + 1);
        let politics = tokens[politics..description_end]
            .iter()
            .any(|t| matches!(t.lower(), "opposition" | "party"));
        if politics {
            if let Some(description) = self.opening_description(tokens, description_end, closed) {
                return description;
            }
        }
        // (`The head of the state power company Barqi Tojik, X,`: an office of a state company
        // the description calls so, whose name is no title phrase.)
        let sentence_start = tokens[..description_end]
            .iter()
            .rposition(|t| t.ends_sentence())
            .map_or(0, |k| k + 1);
        if mentions_state_company(&tokens[sentence_start..description_end]) {
            if let Some(description) = self.opening_description(tokens, description_end, closed) {
                return description;
            }
        }
        let phrase_start = range.start;
        let phrase = &tokens[range];
        // `his South Korean counterpart, Cho Hyun,`: a title phrase without a name of its own;
        // `The Governor of the Bank of England, X,`: a title in an institution.
        // Only a state body counts there: `the Conflicts Secretary of the Bolivian Miners
        // Federation, X,` speaks for the union.
        let titled = phrase.iter().any(|t| !t.punct && t.is_title());
        let state_body = names_national_body(phrase)
            || phrase.iter().enumerate().any(|(k, t)| {
                let words: Vec<&str> = phrase[k..].iter().map(|t| t.text).collect();
                is_government_body(t.text)
                || (super::phrases::is_legislature_word(t.text) && t.possessive)
                || (t.text == "Commission" && runs_elections(phrase))
                || matches!(
                    self.gazetteer.longest_match(&words),
                    Some((_, Entity::Country(_), TermKind::Institution))
                )
                // (`the Electoral Commission of Zambia`: a body of the country named last.)
                || (t.text == "of"
                    && k > 0
                    && phrase[k - 1].is_capitalized()
                    && is_institution_word(phrase[k - 1].text)
                    && matches!(
                        self.gazetteer.longest_match(&words[1..]),
                        Some((n, Entity::Country(_), TermKind::Name)) if k + 1 + n == phrase.len()
                    ))
            });
        // (`The head of Mexico's National Water Commission`: a country's own body.)
        let owned = phrase.iter().any(|t| {
            t.possessive && matches!(self.gazetteer.lookup(t.text), Some((Entity::Country(_), _)))
        });
        // `A spokesman for the U.S. Department of Health and Human Services, X,`: a
        // description opening the sentence with a title, for a state's body (the phrase
        // before the comma is only the body's name, or part of it).
        let state_description = || {
            self.opening_description(tokens, description_end, closed)
                .filter(|(_, country, international)| {
                    *international
                        || (country.is_some()
                            && tokens[..description_end].iter().rev().take(12).any(|t| {
                                is_government_body(t.text)
                                    || (t.possessive
                                        && matches!(
                                            self.gazetteer.lookup(t.text),
                                            Some((Entity::Country(_), _))
                                        ))
                            }))
                })
        };
        match analyze(phrase, self.gazetteer) {
            Some(Subject::Description { .. } | Subject::Unnamed(_)) => {}
            Some(Subject::Organization(_)) if titled && (state_body || owned) => {}
            // `The head of the European Union Monitoring Mission in Armenia, X,`: the office
            // of an international body (not `the Conflicts Secretary of the Bolivian Miners
            // Federation`, whose union is no state's body either but speaks for no country).
            // (`The head of Mexico's National Water Commission, X,`, `A spokesman for the
            // U.S. Department of Health and Human Services, X,`: or a state's body, which a
            // possessive or a government word makes one.)
            Some(Subject::Organization(_)) if !(titled && (state_body || owned)) => {
                return state_description().unwrap_or(none)
            }
            _ if !titled => return state_description().unwrap_or(none),
            _ => return none,
        }
        let mut titles: Vec<String> = phrase
            .iter()
            .filter(|t| !t.punct && t.is_title())
            .map(|t| t.lower().to_string())
            .collect();
        let (mut country, mut possessive_country, mut organization) = (None, None, false);
        let mut k = 0;
        while k < phrase.len() {
            // `The EU's ambassador to Georgia`, `minister for the Middle East`: the place an
            // office deals with is not whom its holder speaks for.
            // (But a spokesman speaks for what follows `for`: `A spokesman for the US
            // military, X,`.)
            let preposition = if k > 0 && matches!(phrase[k - 1].text, "to" | "for") {
                Some(k - 1)
            } else if k > 1
                && phrase[k - 1].text == "the"
                && matches!(phrase[k - 2].text, "to" | "for")
            {
                Some(k - 2)
            } else {
                None
            };
            let speaks_for = preposition.is_some_and(|p| {
                p > 0
                    && phrase[p].text == "for"
                    && matches!(
                        phrase[p - 1].lower(),
                        "spokesman" | "spokeswoman" | "spokesperson"
                    )
            });
            let destination = preposition.is_some() && !speaks_for;
            let words: Vec<&str> = phrase[k..].iter().map(|t| t.text).collect();
            match self.gazetteer.longest_match(&words) {
                // (`The Eritrean ambassador to the UN`: nor the body an envoy is sent to.)
                Some((n, _, _)) if destination => k += n,
                Some((n, Entity::Country(c), _)) => {
                    if phrase[k + n - 1].possessive {
                        possessive_country = Some(c);
                    }
                    country = Some(c);
                    k += n;
                }
                Some((n, Entity::Organization(_), _)) => {
                    organization = true;
                    country = None;
                    // (`Transparency International Bangladesh's executive director`: and
                    // past the country's name of its national chapter.)
                    k += n + super::phrases::organization_chapter(&phrase[k..], n, self.gazetteer);
                }
                None => k += 1,
            }
        }
        // `The Nigeria Labour Congress … . Its president, X,`: the office of a body just named;
        // `Indonesia … had backed India. Its ambassador, X,`: or of the country just named.
        // (`its` in mid-sentence stays outside the phrase: lowercase.)
        // (`Its country director, X,`: past a lowercase word or two that are no title.)
        // (Where the `its` stands, which is where its antecedent is looked for: `Its water
        // minister` reads from `Its`, not from `minister`.)
        let its_at = if phrase.first().is_some_and(|t| t.lower() == "its") {
            Some(phrase_start)
        } else {
            tokens[..phrase_start]
                .iter()
                .rev()
                .take(3)
                .take_while(|t| !t.punct)
                .position(|t| t.lower() == "its")
                .filter(|&j| {
                    tokens[phrase_start - j..phrase_start]
                        .iter()
                        .all(|t| !t.is_capitalized())
                })
                .map(|j| phrase_start - j - 1)
        };
        let its = its_at.is_some();
        // `The Forum's deputy secretary-general, X,`: a body's office (`the` + a possessive
        // that is no country), not a state's; `Putin's adviser` has no article.
        // (`The forum's secretary general, X,`, `the bloc's envoy, X,`: or a common noun of
        // such bodies; not a party's, whose officers speak in their country's politics.)
        // (Not a legislature's: `The Senate's deputy chairman, X,` is an official.)
        let owned_by_the = phrase.len() > 2 && phrase[0].lower() == "the" && phrase[1].possessive;
        let of_the_legislature =
            owned_by_the && super::phrases::is_legislature_word(phrase[1].text);
        // (`the Coalition's energy spokesperson, X,`: a spokesperson for a government's
        // portfolio speaks for a party, in or out of office, in the country's politics.)
        let portfolio_spokesperson = owned_by_the
            && phrase.windows(2).any(|w| {
                !w[0].is_capitalized()
                    && super::phrases::is_portfolio_word(w[0].lower())
                    && matches!(w[1].lower(), "spokesperson" | "spokesman" | "spokeswoman")
            });
        if portfolio_spokesperson {
            titles.push("party-member".to_string());
        }
        // (`IATA's regional vice president, X,`: the acronym the dispatch gave a body outside
        // any state owns the office.)
        // (Lowercase words may stand between: `IATA's regional vice president`.)
        let owner = match phrase.first() {
            Some(first) if first.possessive => Some(first),
            _ => tokens[phrase_start.saturating_sub(3)..phrase_start]
                .iter()
                .rev()
                .find(|t| t.punct || t.is_capitalized())
                .filter(|t| !t.punct),
        };
        let acronym_owner = owner
            .is_some_and(|t| t.possessive && self.non_state_acronyms.iter().any(|a| a == t.text));
        let owned_by_the_body = owned_by_the
            && !of_the_legislature
            && !portfolio_spokesperson
            && (phrase[1].is_capitalized()
                || (is_non_state_body(phrase[1].lower())
                    && !matches!(phrase[1].lower(), "party" | "opposition"))
                || matches!(
                    phrase[1].lower(),
                    "forum" | "bloc" | "alliance" | "office" | "mission" | "front"
                ));
        let body_owner = (acronym_owner || owned_by_the_body)
            && country.is_none()
            && possessive_country.is_none();
        let its_country = its_at.and_then(|at| self.its_antecedent_country(tokens, at));
        // (`The opposition Nationalist Party voted against it. Its leader, X,`: a party's
        // officers speak in their country's politics.)
        let antecedent = match its_at {
            Some(at) => self.sentence_before_antecedent(tokens, at),
            None => Antecedent::default(),
        };
        let of_a_party = antecedent.party;
        // (`The opposition Homeland Union voted against the budget. Its leader in parliament,
        // X,`: a party's officer, in the country's politics.)
        if of_a_party && its_country.is_none() {
            titles.push("party-member".to_string());
        }
        // (`EirGrid, the state-owned grid operator, has warned … . Its chief executive, X,`:
        // a state company's officer speaks for its state, as in apposition.)
        // (`The Tax Authority will begin … . Its chairman, X,`: a state body's officer is an
        // official of the dispatch's state.)
        let of_a_state_company = antecedent.state_company || antecedent.state_body;
        // (`The Senate's deputy chairman, X,`: an officer of the legislature is an official.)
        // (`The chairman of the Central Referendum Commission, X,`: so is an election
        // authority's.)
        // (`The head of the Interior Ministry, X,`, `The executive director of the National
        // Drug Law Enforcement Agency, X,`: so is the officer of a state's body, whatever the
        // office is called.)
        let in_state_body = state_body && !titles.iter().any(|t| is_government_title(t));
        if of_a_state_company || of_the_legislature || runs_elections(phrase) || in_state_body {
            titles.push("official".to_string());
        }
        let of_a_body =
            (its && its_country.is_none() && !of_a_party && !of_a_state_company) || body_owner;
        // (`Israel's energy ministry … . "…," the ministry's director general, X,`.)
        let body_country = (owned_by_the
            && !phrase[1].is_capitalized()
            && is_government_body_noun(phrase[1].lower()))
        .then(|| {
            owner_of_body_named_before(tokens, phrase_start, phrase[1].lower(), self.gazetteer)
        })
        .flatten();
        let country = possessive_country
            .or(country)
            .or(its_country)
            .or(body_country)
            .or(seat_owner)
            .or_else(|| owner_before_adjectives(tokens, phrase_start, self.gazetteer));
        (
            titles,
            country,
            (organization || of_a_body) && country.is_none(),
        )
    }

    /// `The Popular Party said … . Its housing spokesman X`: a portfolio before a title at
    /// `start`, after `its` that refers to a party or a country, is the party's or the
    /// state's own, not some other body's.
    fn its_portfolio(&self, tokens: &[Token<'_>], start: usize) -> bool {
        let mut k = start;
        while k > 0 && start - k < 3 && super::phrases::is_portfolio_word(tokens[k - 1].lower()) {
            k -= 1;
        }
        k < start
            && k > 0
            && tokens[k - 1].lower() == "its"
            && (self.sentence_before_antecedent(tokens, k - 1).party
                || self.its_antecedent_country(tokens, k - 1).is_some())
    }

    /// What the sentence before the one of `at` names, for an `its` at `at` (`The opposition
    /// Nationalist Party voted … . Its leader, X,`); when `at`'s sentence opens the paragraph,
    /// what the last sentence of the paragraph before names.
    fn sentence_before_antecedent(&self, tokens: &[Token<'_>], at: usize) -> Antecedent {
        let start = super::sentence_start(tokens, at);
        match sentence_before(tokens, start) {
            Some(previous) => self.antecedent_in(tokens, previous),
            None if start == 0 => self.paragraph_before,
            None => Antecedent::default(),
        }
    }

    /// What the last sentence of a paragraph names, for an `its` opening the next one.
    fn last_sentence_antecedent(&self, tokens: &[Token<'_>]) -> Antecedent {
        let end = if tokens.last().is_some_and(|t| t.ends_sentence()) {
            tokens.len() - 1
        } else {
            tokens.len()
        };
        self.antecedent_in(tokens, super::sentence_start(tokens, end)..end)
    }

    /// What the sentence `tokens[sentence]` names that a later `its` may refer to.
    fn antecedent_in(&self, tokens: &[Token<'_>], sentence: std::ops::Range<usize>) -> Antecedent {
        let mut words = &tokens[sentence.clone()];
        // (`In Turkey, the main opposition Republican People's Party said … . Its deputy chair,
        // X,`: a party or state body the sentence places in a country is that country's.)
        let mut placed = None;
        if let [first, rest @ ..] = words {
            if first.lower() == "in" {
                if let Some((n, Entity::Country(c), TermKind::Name)) =
                    self.gazetteer.longest_match(rest.iter().map(|t| t.text))
                {
                    if rest.get(n).is_some_and(|t| t.is_punct(&[","])) {
                        placed = Some(c);
                        words = &rest[n + 1..];
                    }
                }
            }
        }
        let party = is_about_a_party(words);
        let state_body =
            opens_with_state_body(words, self.gazetteer) || ends_with_state_body(words);
        Antecedent {
            party,
            country: self
                .country_opening(tokens, sentence.start, sentence.end)
                .or(placed.filter(|_| party || state_body)),
            state_company: names_state_company(words),
            state_body,
            private_body: {
                let opening = words
                    .iter()
                    .take(8)
                    .take_while(|t| !t.punct && !is_speech_verb(t.text))
                    .count();
                super::phrases::describes_private_body(&words[..opening], self.gazetteer)
            },
            international: {
                let article = usize::from(words.first().is_some_and(|t| t.lower() == "the"));
                matches!(
                    self.gazetteer
                        .longest_match(words.iter().skip(article).take(6).map(|t| t.text)),
                    Some((_, Entity::Organization(_), _))
                )
            },
        }
    }

    /// The country that opens the sentence of `at`, when `at` is inside it (`The Soviet Union
    /// supports …, its ambassador to Kuwait, X, told`), or else the sentence before
    /// (`Indonesia, one of … . Its ambassador, X,`).
    fn its_antecedent_country(&self, tokens: &[Token<'_>], at: usize) -> Option<usize> {
        let sentence_start = super::sentence_start(tokens, at);
        // (`"…," its governor, X, said`: a sentence that opens with a quote names nothing
        // `its` could refer to; the sentence before does.)
        let quote_opens = tokens
            .get(sentence_start)
            .is_some_and(|t| t.is_punct(&["\""]));
        if quote_opens {
            self.sentence_before_antecedent(tokens, sentence_start)
                .country
        } else if sentence_start < at {
            self.country_opening(tokens, sentence_start, at)
        } else {
            // (`… . ¶ Its ambassador, X,`: or the paragraph before's last sentence.)
            self.sentence_before_antecedent(tokens, at).country
        }
    }

    /// The country (or its institution) that opens `tokens[start..end]`, as an antecedent of
    /// `its`.
    fn country_opening(&self, tokens: &[Token<'_>], start: usize, end: usize) -> Option<usize> {
        // `The Soviet Union`, `the Netherlands`.
        let start = if tokens.get(start).is_some_and(|t| t.lower() == "the") {
            start + 1
        } else {
            start
        };
        if start >= end {
            return None;
        }
        let words: Vec<&str> = tokens[start..end].iter().map(|t| t.text).collect();
        match self.gazetteer.longest_match(&words) {
            // Not a body named after it (`Nigeria Labour Congress`). (`The Central Bank of
            // Kuwait, which … . Its governor, X,`: a state institution's office is the state's.)
            Some((n, Entity::Country(c), TermKind::Name | TermKind::Institution))
                if !tokens[start + n - 1].possessive
                    && !tokens.get(start + n).is_some_and(|t| t.is_capitalized()) =>
            {
                Some(c)
            }
            // `Pakistan's Foreign Office said … . Its spokesman, X,`: the state's body.
            Some((n, Entity::Country(c), TermKind::Name)) if owns_state_body(tokens, start + n) => {
                Some(c)
            }
            // (A capital that is also a region's name speaks for the region when the dispatch
            // names the region's country and not the capital's: `Victoria` in Australia.)
            Some((_, Entity::Country(c), TermKind::Metonym)) => {
                self.region_opening(tokens, start, &words).filter(|&r| {
                    r != c
                        && self
                            .named_counts
                            .iter()
                            .any(|(name, _)| name == self.gazetteer.country_name(r))
                        && !self
                            .named_counts
                            .iter()
                            .any(|(name, _)| name == self.gazetteer.country_name(c))
                })
            }
            Some(_) => None,
            // `The National Reserve Bank of Tonga said … . Its governor, X,`: a public body
            // named `of` its country.
            None => self
                .public_body_of_country(&tokens[start..end])
                .or_else(|| self.region_opening(tokens, start, &words)),
        }
    }

    /// `Victoria, which has long opposed buybacks, said … . Its water minister, X,`: the
    /// country of a region opening the sentence at `start` as its subject (before a comma);
    /// a region's government is its country's public life.
    fn region_opening(&self, tokens: &[Token<'_>], start: usize, words: &[&str]) -> Option<usize> {
        let n = self.gazetteer.region_words(words)?;
        tokens
            .get(start + n)
            .is_some_and(|t| t.is_punct(&[","]))
            .then(|| self.gazetteer.region_starting(&words[..n]))
            .flatten()
    }

    /// The country that ends the capitalized name opening `name` (`National Reserve Bank of
    /// Tonga`, `Supreme Court of Pakistan`), when the name is a public body's (not `Bank of
    /// America`).
    fn public_body_of_country(&self, name: &[Token<'_>]) -> Option<usize> {
        let run = name
            .iter()
            .take(8)
            .take_while(|t| !t.punct && (t.is_capitalized() || t.text == "of"))
            .count();
        let of = name[..run].iter().rposition(|t| t.text == "of")?;
        let public = name[..of].iter().any(|t| {
            super::phrases::is_government_body(t.text)
                || super::phrases::is_legislature_word(t.text)
                || matches!(t.text, "Court" | "Commission" | "Authority" | "Agency")
        }) || super::phrases::names_public_bank(&name[..of])
            // (`The Bank of Lithuania said … . Its governor, X,`: a country's bank named after
            // it alone is its central bank; not the `Bank of America`.)
            || (of >= 1
                && name[of - 1].text == "Bank"
                && name[..of - 1].iter().all(|t| t.text == "The")
                && name.get(of + 1).is_some_and(|t| t.text != "America"));
        if !public {
            return None;
        }
        let words: Vec<&str> = name[of + 1..run].iter().map(|t| t.text).collect();
        match self.gazetteer.longest_match(&words) {
            Some((n, Entity::Country(c), TermKind::Name)) if n == words.len() => Some(c),
            _ => None,
        }
    }

    /// `Iranian Foreign Minister X said … . His ministry's spokesman, Y,`: an office of the
    /// body of the person named last (at the name starting at `start`) speaks for that
    /// person's country.
    fn his_office_country(&self, tokens: &[Token<'_>], start: usize, para: usize) -> Option<usize> {
        let comma = start.checked_sub(1)?;
        if !tokens[comma].is_punct(&[","]) {
            return None;
        }
        let opening = clause_start(tokens, comma);
        let segment = &tokens[opening..comma];
        let [pronoun, body, rest @ ..] = segment else {
            return None;
        };
        let his_body = matches!(pronoun.lower(), "his" | "her")
            && body.possessive
            && matches!(body.lower(), "ministry" | "government" | "office")
            && !rest.is_empty()
            && rest.iter().all(|t| t.is_title());
        if !his_body {
            return None;
        }
        let person = self.last_mentioned((para, tokens[opening].start))?;
        let country = self.persons[person].country.as_deref()?;
        match self.gazetteer.lookup(country) {
            Some((Entity::Country(c), _)) => Some(c),
            _ => None,
        }
    }

    /// The country of the state institution named before `before` whose name ends in `word`
    /// (`the Bank's` after `The Swiss National Bank`).
    fn institution_named_before(
        &self,
        tokens: &[Token<'_>],
        before: usize,
        word: &str,
    ) -> Option<usize> {
        let before = before.min(tokens.len());
        (0..before).find_map(|k| {
            let words = tokens[k..before].iter().map(|t| t.text);
            match self.gazetteer.longest_match(words) {
                Some((n, Entity::Country(c), TermKind::Institution))
                    if n > 1 && tokens[k + n - 1].text == word =>
                {
                    Some(c)
                }
                _ => None,
            }
        })
    }

    /// Does the phrase name an international organisation (`former UN chief`)? Not when a
    /// country before it holds a state's post concerning the body (`British EU relations
    /// minister`, `Russia's U.N. ambassador`).
    fn names_organization(&self, tokens: &[Token<'_>]) -> bool {
        let mut country_before = false;
        for k in 0..tokens.len() {
            let words = tokens[k..].iter().map(|t| t.text);
            match self.gazetteer.longest_match(words) {
                Some((_, Entity::Organization(o), _)) => {
                    let state_post = country_before
                        && tokens.iter().any(|t| {
                            matches!(
                                t.lower(),
                                "minister" | "ambassador" | "envoy" | "representative" | "delegate"
                            )
                        });
                    // (`Hezbollah lawmaker X`: a movement's member of parliament sits in a
                    // state's parliament.)
                    let movement_legislator = self.gazetteer.is_movement(o)
                        && tokens.iter().any(|t| {
                            matches!(
                                t.lower(),
                                "lawmaker" | "legislator" | "mp" | "parliamentarian" | "deputy"
                            )
                        });
                    return !state_post && !movement_legislator;
                }
                Some((_, Entity::Country(_), TermKind::Name | TermKind::Demonym)) => {
                    country_before = true;
                }
                _ => {}
            }
        }
        false
    }

    /// Marks the mentions scanned from now on as the profile cards' biographies.
    pub fn start_reading_cards(&mut self) {
        self.reading_cards = true;
    }

    /// Notes the names of the companies a paragraph calls the state's: `Tavanir, the state
    /// power grid company, said`, `Hydrogen Oman (Hydrom), the state-owned company that …`,
    /// `the decision by state water company OSE`, `state-owned Petrobras`.
    pub fn note_state_companies(&mut self, tokens: &[Token<'_>]) {
        self.note_public_bodies(tokens);
        for k in 0..tokens.len() {
            if tokens[k].possessive {
                self.note_country_agency(tokens, k);
            }
            // (The cheap test first: this runs on every word of a dispatch that quotes.)
            let word = tokens[k].lower();
            if tokens[k].punct
                || !(word.starts_with("state")
                    || word.starts_with("government")
                    || word == "national")
            {
                continue;
            }
            let next = |n: usize| tokens.get(k + n).map(|t| t.lower());
            // (`Malaysia's national oil company Petronas`: a country's national company.)
            let country_owner = k > 0
                && tokens[k - 1].possessive
                && matches!(
                    self.gazetteer.lookup(tokens[k - 1].text),
                    Some((Entity::Country(_), TermKind::Name))
                );
            let company = |w: Option<&str>| {
                matches!(
                    w,
                    Some("company" | "firm" | "airline" | "carrier" | "utility")
                )
            };
            let national =
                word == "national" && country_owner && (company(next(1)) || company(next(2)));
            if word == "national" && !national {
                continue;
            }
            // (`the state power grid company`, `State heat and power company X`, `the state gas
            // distributor X`: or up to three words of its trade.)
            let two_trade_words = word == "state" && names_state_trade_company(&tokens[k + 1..]);
            if !(says_state_owned(word, next(1), next(2)) || two_trade_words || national) {
                continue;
            }
            // (Before: `<Name>, the state …` and `<Name> (<ACRONYM>), the state …`.)
            if k >= 3 && tokens[k - 1].text == "the" && tokens[k - 2].is_punct(&[","]) {
                let mut end = k - 2;
                if end >= 3 && tokens[end - 1].is_punct(&[")"]) && tokens[end - 3].is_punct(&["("])
                {
                    self.note_state_company(&tokens[end - 2..end - 1], None);
                    end -= 3;
                }
                let name = super::phrases::phrase_backward(tokens, end);
                self.note_state_company(&tokens[name], None);
            }
            // (After: `state water company OSE`, `state-owned Petrobras`.)
            let mut company_end = (k + 1..tokens.len().min(k + 6))
                .find(|&j| tokens[j].punct || tokens[j].is_capitalized())
                .unwrap_or(tokens.len());
            // (`the state-run utility, Taipower,`: or its name in apposition.)
            if company_end > k + 1
                && tokens.get(company_end).is_some_and(|t| t.is_punct(&[","]))
                && tokens
                    .get(company_end + 1)
                    .is_some_and(|t| !t.punct && t.is_capitalized())
            {
                company_end += 1;
            }
            if company_end < tokens.len() && !tokens[company_end].punct {
                let owner = k
                    .checked_sub(1)
                    .filter(|&o| tokens[o].possessive)
                    .and_then(|o| match self.gazetteer.lookup(tokens[o].text) {
                        Some((Entity::Country(c), TermKind::Name)) => Some(c),
                        _ => None,
                    });
                // (`… company Petronas and Sarawak's state firm Petros`: the name ends where its
                // capitalized words do.)
                let name = phrase_forward(tokens, company_end);
                let name_end = (name.start..name.end)
                    .find(|&j| !tokens[j].is_capitalized())
                    .unwrap_or(name.end);
                self.note_state_company(&tokens[name.start..name_end], owner);
            }
        }
    }

    /// `Saudi Arabia's Civil Defense Authority`: a public agency the country's name ending in
    /// the possessive at `k` owns is that state's, and so are its officers where the dispatch
    /// names it again (`Civil Defense Authority director X`).
    fn note_country_agency(&mut self, tokens: &[Token<'_>], k: usize) {
        // (The cheap test first: two capitalized words after the possessive.)
        let capitalized_at = |j: usize| {
            tokens
                .get(j)
                .is_some_and(|t| !t.punct && t.is_capitalized())
        };
        if !(capitalized_at(k + 1) && capitalized_at(k + 2)) {
            return;
        }
        let body_end = (k + 1..tokens.len().min(k + 6))
            .take_while(|&j| !tokens[j].punct && tokens[j].is_capitalized())
            .last();
        // (Its name may hold a portfolio's title word: `Civil Defense Authority`.)
        // (`Libya's National Oil Corporation`: or be a national company's.)
        let Some(last) = body_end.filter(|&last| {
            last > k + 1
                && (super::phrases::is_public_agency_word(tokens[last].text)
                    || is_national_company(&tokens[k + 1..=last]))
        }) else {
            return;
        };
        // The country's name may be several words, the possessive on the last.
        let country = (k.saturating_sub(2)..=k).find_map(|start| {
            match self
                .gazetteer
                .longest_match(tokens[start..=k].iter().map(|t| t.text))
            {
                Some((n, Entity::Country(c), TermKind::Name)) if start + n == k + 1 => Some(c),
                _ => None,
            }
        });
        let Some(country) = country else {
            return;
        };
        let name = &tokens[k + 1..=last];
        if self.gazetteer.lookup(name[0].text).is_none() || is_national_company(name) {
            self.remember_state_body(name, Some(country));
        }
        // (`Libya's National Oil Corporation (NOC)`: and its acronym, when one follows.)
        if let [open, acronym, close, ..] = tokens.get(last + 1..).unwrap_or_default() {
            if open.is_punct(&["("]) && close.is_punct(&[")"]) && is_acronym(acronym.text) {
                self.remember_state_body(std::slice::from_ref(acronym), Some(country));
            }
        }
    }

    /// Notes the short names of the state's bodies a paragraph introduces, so that an office
    /// opening with one is an official's (`MAS managing director X`, `Conred spokesperson X`):
    /// `the Monetary Authority of Singapore (MAS)`, a public body's full name before its
    /// acronym; `the national disaster agency CONRED`, `Colombia's national weather institute,
    /// IDEAM,`: a national body's kind before its name.
    fn note_public_bodies(&mut self, tokens: &[Token<'_>]) {
        for k in 0..tokens.len() {
            // (The cheap test first: an opening parenthesis or the word `national`.)
            // (`the National Anti-Corruption Bureau of Ukraine, known as NABU,`: or after
            // `known as`.)
            // (`…, known by its French acronym CENI`: or after the acronym's mention.)
            let known_as = (k > 0 && tokens[k].text == "known" && tokens[k - 1].is_punct(&[","]))
                .then(|| match tokens.get(k + 1..).unwrap_or_default() {
                    [as_, ..] if as_.text == "as" => Some(k + 2),
                    [by, _, word, ..] if by.text == "by" && is_acronym_word(word.text) => {
                        Some(k + 4)
                    }
                    [by, _, _, word, ..] if by.text == "by" && is_acronym_word(word.text) => {
                        Some(k + 5)
                    }
                    _ => None,
                })
                .flatten();
            if tokens[k].is_punct(&["("]) || known_as.is_some() {
                let (acronym, name_end) = if let Some(at) = known_as {
                    let Some(acronym) = tokens.get(at) else {
                        continue;
                    };
                    (acronym, k - 1)
                } else {
                    let [acronym, close, ..] = tokens.get(k + 1..).unwrap_or_default() else {
                        continue;
                    };
                    if !close.is_punct(&[")"]) {
                        continue;
                    }
                    (acronym, k)
                };
                if !is_acronym(acronym.text) {
                    continue;
                }
                let k = name_end;
                // (The full name, back over `of` and `for`: `Monetary Authority of Singapore`.)
                let start = (k.saturating_sub(8)..k)
                    .rev()
                    .take_while(|&j| {
                        !tokens[j].punct
                            && (tokens[j].is_capitalized()
                                || matches!(tokens[j].text, "of" | "for" | "and"))
                    })
                    .last()
                    .unwrap_or(k);
                let words = &tokens[start..k];
                let public = words.iter().any(|t| {
                    super::phrases::is_public_agency_word(t.text)
                        || matches!(t.text, "Administration" | "Office")
                });
                // (Not `the American Farm Bureau Federation (AFBF)`: a body of members.)
                let members = words.iter().any(|t| {
                    matches!(
                        t.text,
                        "Federation" | "Association" | "Union" | "Chamber" | "Society" | "League"
                    )
                }) || super::phrases::describes_private_body(words, self.gazetteer);
                let foreign = self.names_foreign_or_international(words);
                if public && !members && !foreign {
                    self.note_state_company(std::slice::from_ref(acronym), None);
                } else if members || foreign {
                    self.non_state_acronyms.push(acronym.text.to_string());
                }
            } else if tokens[k].lower() == "national" {
                // (`the national disaster agency CONRED`, `national weather institute, IDEAM`.)
                let kind_end = (k + 1..tokens.len().min(k + 4)).find(|&j| {
                    matches!(
                        tokens[j].lower(),
                        "agency" | "institute" | "authority" | "regulator" | "commission"
                    )
                });
                let Some(kind_end) = kind_end else { continue };
                let lowercase = tokens[k + 1..kind_end]
                    .iter()
                    .all(|t| !t.punct && !t.is_capitalized());
                let mut at = kind_end + 1;
                if tokens.get(at).is_some_and(|t| t.is_punct(&[","])) {
                    at += 1;
                }
                let named = tokens.get(at).is_some_and(|t| {
                    is_acronym(t.text) || (t.is_capitalized() && !t.punct && !t.is_title())
                });
                let ends = tokens
                    .get(at + 1)
                    .is_none_or(|t| t.punct || !t.is_capitalized());
                if lowercase && named && ends {
                    self.note_state_company(&tokens[at..at + 1], None);
                }
            }
        }
    }

    /// Does a body's name say it is another country's or an international one's (`European`,
    /// `International`, a body the gazetteer knows)?
    fn names_foreign_or_international(&self, words: &[Token<'_>]) -> bool {
        words.iter().enumerate().any(|(j, t)| {
            matches!(
                t.text,
                "International"
                    | "European"
                    | "World"
                    | "Regional"
                    | "United"
                    | "Asian"
                    | "African"
                    | "Arab"
                    | "Islamic"
                    | "Atomic"
            ) || matches!(
                self.gazetteer
                    .longest_match(words[j..].iter().map(|t| t.text)),
                Some((_, Entity::Organization(_), _))
            )
        })
    }

    /// Notes one company name (capitalized words only, not a country or a title).
    fn note_state_company(&mut self, name: &[Token<'_>], owner: Option<usize>) {
        let named = !name.is_empty()
            && name
                .iter()
                .all(|t| !t.punct && t.is_capitalized() && !t.is_title())
            && self.gazetteer.lookup(name[0].text).is_none();
        if named {
            self.remember_state_body(name, owner);
        }
    }

    /// Records a state company's or body's name, with its country when known.
    fn remember_state_body(&mut self, name: &[Token<'_>], owner: Option<usize>) {
        let key = name.iter().map(|t| t.lower()).collect::<Vec<_>>().join(" ");
        if !self.state_companies.iter().any(|(known, _)| *known == key) {
            self.state_companies.push((key, owner));
        }
    }

    /// `X, a deputy director of NABU,`, `X, an NOC board member,`: an office in the apposition
    /// after the name (at `end`) of a state body or company the dispatch introduced; gives
    /// the body's country, when the dispatch named it.
    fn apposed_office_of_noted_body(
        &self,
        tokens: &[Token<'_>],
        end: usize,
    ) -> Option<Option<usize>> {
        if self.state_companies.is_empty() || !tokens.get(end).is_some_and(|t| t.is_punct(&[","])) {
            return None;
        }
        let apposition = &tokens[end + 1..];
        let length = apposition.iter().take(10).take_while(|t| !t.punct).count();
        let apposition = &apposition[..length];
        // (`X, an NOC board member,`: or the body's name before the office.)
        let article = usize::from(
            apposition
                .first()
                .is_some_and(|t| matches!(t.lower(), "a" | "an" | "the")),
        );
        let name = apposition[article..]
            .iter()
            .take_while(|t| t.is_capitalized() && !t.is_title())
            .count();
        if name > 0 && apposition[article + name..].iter().any(|t| t.is_title()) {
            if let Some(found) = self.noted_state_company(&apposition[article..article + name]) {
                return Some(found);
            }
        }
        let of = apposition.iter().position(|t| t.text == "of")?;
        let titled = apposition[..of].iter().any(|t| t.is_title());
        let mut body = &apposition[of + 1..];
        if body.first().is_some_and(|t| t.lower() == "the") {
            body = &body[1..];
        }
        if !titled || body.is_empty() || !body.iter().all(|t| t.is_capitalized()) {
            return None;
        }
        self.noted_state_company(body)
    }

    /// The noted state company or body whose name is exactly `words`, and its country.
    fn noted_state_company(&self, words: &[Token<'_>]) -> Option<Option<usize>> {
        self.state_companies
            .iter()
            .find(|(name, _)| {
                name.split(' ').count() == words.len()
                    && name.split(' ').zip(words).all(|(w, t)| w == t.lower())
            })
            .map(|&(_, country)| country)
    }

    /// Does a title phrase open with the name of a company the dispatch called the state's
    /// (`Tavanir spokeswoman`, `OSE President`), the whole of the words before its title? Then
    /// the company's country, when the dispatch gave it.
    fn names_noted_state_company(&self, phrase: &[Token<'_>]) -> Option<Option<usize>> {
        if self.state_companies.is_empty() {
            return None;
        }
        let first = usize::from(phrase.first().is_some_and(|t| t.lower() == "the"));
        // (`Civil Defense Authority director X`, `National Oil Corporation chairman X`: a public
        // agency's or a company's name, which may hold a title word, ends at its last word.)
        let agency_end = phrase[first..]
            .iter()
            .take_while(|t| !t.punct && t.is_capitalized())
            .position(|t| {
                super::phrases::is_public_agency_word(t.text)
                    || matches!(t.text, "Corporation" | "Company")
            })
            .map(|a| first + a + 1);
        if let Some(end) = agency_end.filter(|&end| end > first + 1) {
            if let Some(found) = self.noted_state_company(&phrase[first..end]) {
                return Some(found);
            }
        }
        let title = phrase.iter().position(|t| t.is_title())?;
        let owner = &phrase[first.min(title)..title];
        // (`MAS managing director X`: a lowercase word of the office may stand before its
        // title word.)
        let owner = &owner[..owner
            .iter()
            .position(|t| !t.is_capitalized())
            .unwrap_or(owner.len())];
        if owner.is_empty() {
            return None;
        }
        self.noted_state_company(owner)
    }

    /// `Opposition lawmaker X said in Kinshasa that …`, `NERC commissioner X told reporters in
    /// Abuja`: an official of a state (not its envoy, its foreign or defence minister, nor a
    /// secretary, who travel) who speaks in a seat of government speaks at home, when the
    /// dispatch names that country elsewhere too.
    fn home_capital_country(
        &self,
        tokens: &[Token<'_>],
        end: usize,
        titles: &[String],
    ) -> Option<usize> {
        let at_home = titles.iter().any(|t| is_government_title(t))
            && !titles.iter().any(|t| {
                matches!(
                    t.as_str(),
                    "ambassador"
                        | "envoy"
                        | "diplomat"
                        | "consul"
                        | "negotiator"
                        | "representative"
                        | "foreign"
                        | "defense"
                        | "defence"
                        | "secretary"
                )
            })
            && tokens
                .get(end)
                .is_some_and(|t| matches!(t.lower(), "said" | "told" | "says"));
        if !at_home {
            return None;
        }
        let at = (end + 1..tokens.len().min(end + 5))
            .take_while(|&k| !tokens[k].punct)
            .find(|&k| tokens[k].text == "in")?;
        let place = tokens[at + 1..].iter().take(3).map(|t| t.text);
        let (n, country) = match self.gazetteer.longest_match(place) {
            Some((n, Entity::Country(c), TermKind::Metonym)) => (n, c),
            _ => return None,
        };
        // (Not `in Moscow's view`; and not a capital the dispatch only visits.)
        let name = self.gazetteer.country_name(country);
        let named_elsewhere = self
            .named_counts
            .iter()
            .any(|(c, count)| c == name && *count >= 2);
        (!tokens[at + n].possessive && named_elsewhere).then_some(country)
    }

    /// Records the countries the dispatch names and how often (gazetteer indices, the most
    /// named first).
    pub fn set_named_countries(&mut self, countries: &[(usize, usize)]) {
        self.named_counts = countries
            .iter()
            .map(|&(c, n)| (self.gazetteer.country_name(c).to_string(), n))
            .collect();
    }

    /// `PRAGUE — Austria's environment minister urged …` then `"…," Theresa Kogler told
    /// reporters`: the one person the next two paragraphs introduce by full name alone is
    /// the official the lead describes, with that title and country.
    pub fn attach_lead_description(&mut self, head: &str, country: usize) {
        let name = self.gazetteer.country_name(country).to_string();
        let mut candidates = self.persons.iter_mut().filter(|p| {
            p.mentions.first().is_some_and(|m| (1..=2).contains(&m.0))
                // (`Sheikh Ali al-Khalifa al-Sabah was quoted …`: an honorific is no office.)
                // (`The head of a Philippine panel said …`, then `X, chief executive trustee of
                // the Asset Privatisation Trust,`: a head is whoever heads something.)
                && (p.titles.iter().all(|t| is_honorific(t))
                    || (head == "head"
                        && p.titles.iter().any(|t| {
                            matches!(t.as_str(), "chief" | "chairman" | "head" | "president")
                        })))
                && p.country.is_none()
                && !p.profile
                && p.words.len() >= 2
        });
        if let (Some(person), None) = (candidates.next(), candidates.next()) {
            person.country = Some(name);
            person.titles.push(head.to_string());
        }
    }

    /// Sets the dateline's country (see `seat_country`).
    pub fn set_seat_country(&mut self, country: usize) {
        self.seat_country = Some(self.gazetteer.country_name(country).to_string());
    }

    /// `context` lists where a country spoke or reacted (`Venezuela's government said`,
    /// `Rwanda rejected the accusation.`), in order: an official named without a country,
    /// first in the paragraph after such a sentence (when it reaches there) or later in its own,
    /// speaks for it; the nearest such sentence wins.
    pub fn assign_context_countries(&mut self, context: &[(Position, usize, bool)]) {
        for person in &mut self.persons {
            let Some(&(para, offset)) = person.mentions.iter().min() else {
                continue;
            };
            let official = person.titles.iter().any(|t| is_government_title(t));
            // (`China's foreign ministry said …` then, a paragraph later, `Opposition
            // politician X said`: the opposition is the home country's, not that of the
            // government that just spoke; `Some Venezuelan opposition figures described …,
            // said X, an opposition lawmaker` in one paragraph is still read.)
            let opposition = person
                .titles
                .iter()
                .any(|t| matches!(t.as_str(), "opposition" | "shadow"));
            if person.country.is_some()
                || !official
                || person.qualified
                || person.international
                || person.profile
                || person.patron.is_some()
            {
                continue;
            }
            // (In order, so the last match is the nearest: in the person's own paragraph if
            // any, else in the one before.)
            let context = context.iter().rev().find(|&&((p, at), _, reaches_next)| {
                (p == para && at < offset)
                    || (reaches_next && p + 1 == para && para > 0 && !opposition)
            });
            if let Some(&(_, c, _)) = context {
                person.country = Some(self.gazetteer.country_name(c).to_string());
            }
        }
    }

    /// Marks the dispatch as one about a central bank (see `central_bank_story`).
    pub fn set_central_bank_story(&mut self) {
        self.central_bank_story = true;
    }

    /// The one country the dispatch's officials speak for where the text gives their country
    /// (not by a guess from the dateline), if any does and none speaks for another.
    pub fn officials_country(&self) -> Option<&str> {
        let mut found = None;
        for p in &self.persons {
            let Some(c) = p.country.as_deref() else {
                continue;
            };
            if p.local_guess || p.international || !p.titles.iter().any(|t| is_government_title(t))
            {
                continue;
            }
            match found {
                None => found = Some(c),
                Some(f) if f == c => {}
                Some(_) => return None,
            }
        }
        found
    }

    /// Gives `country` to every official the dispatch names without a country or an
    /// international role: in wire style, those are the dateline country's own.
    pub fn assign_local_country(&mut self, country: usize) {
        let name = self.gazetteer.country_name(country).to_string();
        self.local_country = Some(name.clone());
        // `WASHINGTON - Foreign Secretary Joe Clark`, `Prime Minister Brian Mulroney`: the
        // United States has no ministers, premiers or monarchs, so those are visitors.
        let republic_without_ministers = name == "United States";
        // Whom such visitors speak for: the one other country the dispatch is about (`Clark
        // … deal seriously with Canada`, `Canadian files`), named at least twice and twice as
        // often as any third.
        let mut others = self.named_counts.iter().filter(|(c, _)| *c != name);
        let visitors_country = match (others.next(), others.next()) {
            (Some((c, n)), next) if *n >= 2 && next.is_none_or(|(_, m)| *n >= 2 * m) => {
                Some(c.clone())
            }
            _ => None,
        };
        let central_bank_story = self.central_bank_story;
        for person in &mut self.persons {
            // (`Board member X`, `Council member X` in a story about a central bank's decision.)
            // (The board's name is an institution, so only `member` is left of the title.)
            let bank_board = central_bank_story && person.titles.iter().any(|t| t == "member");
            let has = |word: &str| person.titles.iter().any(|t| t == word);
            // (`Parliamentary Speaker X`, `The superintendent of electricity, X,`, `a Semilla
            // deputy`, `Council member X`, `FCA board member X`, `a member of the cabinet`:
            // offices of the country's public life that the dateline places.)
            let public_office = person.titles.iter().any(|t| is_local_public_office(t))
                || (!person.titles.is_empty() && person.titles.iter().all(|t| t == "deputy"))
                || (has("member") && (has("council") || has("board") || has("cabinet")));
            let official = person.titles.iter().any(|t| is_government_title(t)) || public_office;
            let office_it_lacks = person.titles.iter().any(|t| {
                matches!(
                    super::tokens::after_last_hyphen(t),
                    "minister"
                        | "ministry"
                        | "premier"
                        | "king"
                        | "queen"
                        | "prince"
                        | "chancellor"
                ) || t == "central-bank"
            }) || (person.titles.iter().any(|t| t == "foreign")
                && person.titles.iter().any(|t| t == "secretary"));
            if republic_without_ministers && office_it_lacks {
                if person.country.is_none() && !person.international && !person.qualified {
                    person.country.clone_from(&visitors_country);
                }
                continue;
            }
            // (`Social Democrat lawmaker X`, `X, a senior member of the opposition Lelo party`:
            // a party's politician, whatever party names the title, is in the country's
            // politics.)
            let partisan = person.titles.iter().any(|t| {
                matches!(
                    t.as_str(),
                    "opposition"
                        | "lawmaker"
                        | "legislator"
                        | "mp"
                        | "caucus"
                        | "whip"
                        | "party-member"
                        // (`Shadow business secretary X`: the opposition's.)
                        | "shadow"
                )
            })
                // (`X, also a member of the ruling Progressive Conservative Party,`: a party's
                // member described as such.)
                || (has("member") && has("party"))
                || ((has("alliance") || has("bloc"))
                // (`X, energy spokesman for the GroenLinks-PvdA alliance`: an electoral
                // alliance's spokesperson speaks in the country's politics.)
                && (has("spokesman") || has("spokeswoman") || has("spokesperson")))
                || ((has("critic") || has("candidate") || has("leader"))
                // (`Conservative trade critic X`, `Labor candidate X`, `Conservative leader
                // David Cameron`: a party's.)
                && person.titles.iter().any(|t| {
                    matches!(
                        t.as_str(),
                        "conservative"
                            | "tory"
                            | "liberal"
                            | "labor"
                            | "labour"
                            | "republican"
                            | "democrat"
                            | "democratic"
                            | "presidential"
                    )
                }));
            if person.country.is_none()
                && !person.international
                && ((!person.qualified && official)
                    || partisan
                    || bank_board
                    || holds_office_of_state(&person.titles))
            {
                person.country = Some(name.clone());
                person.local_guess = true;
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
                usual_country,
                qualified,
            } => {
                // `Texaco said`, `Tass said`, `Putting …, he said`: a lone word that the
                // dispatch never gives a first name or a title is no person's name.
                if words.len() == 1 && titles.is_empty() && self.find(words, at).is_none() {
                    return Some(Speaker::Unnamed(None));
                }
                let index = self.find_or_add(words, at);
                let country = country.map(|c| self.country_name(c));
                let usual_country = usual_country.map(|c| self.country_name(c));
                let person = &mut self.persons[index];
                if person.usual_country.is_none() {
                    person.usual_country = usual_country;
                }
                person.qualified |= *qualified;
                person.titles.extend(titles.iter().cloned());
                // A nationality alone (`Belgian X`) yields to an international office.
                if person.country.is_none() && !(titles.is_empty() && person.international) {
                    person.country = country;
                }
                Some(Speaker::Person(index))
            }
            Subject::Pronoun(p) => match (p.as_str(), last) {
                ("it", Some(s @ Speaker::Organization(_))) => Some(s.clone()),
                ("it", _) => Some(Speaker::Unnamed(None)),
                (_, Some(s @ (Speaker::Person(_) | Speaker::Unnamed(_)))) => Some(s.clone()),
                ("they", Some(s)) => Some(s.clone()),
                (_, Some(Speaker::Organization(_))) => Some(Speaker::Unnamed(None)),
                (_, None) => self.last_mentioned(at).map(Speaker::Person),
            },
            // (`Senator Bishop also said` after `Senator Mark Bishop`: a surname that is also a
            // title word, after a title and with no article, is the person's.)
            Subject::Description {
                head,
                definite: false,
                qualifiers,
                ..
            } if !qualifiers.is_empty()
                && super::tokens::is_title_word(head)
                && self.persons.iter().any(|p| {
                    p.words.len() >= 2 && p.words.last().is_some_and(|w| w.to_lowercase() == *head)
                }) =>
            {
                let words = vec![head.clone()];
                self.find(&words, at).map(Speaker::Person)
            }
            Subject::Description {
                head,
                definite: true,
                country,
                qualifiers,
            } => {
                // `Oman's foreign minister` is no minister of another country's.
                let wanted = match country {
                    Some(Allegiance::Country(c)) => Some(self.country_name(*c)),
                    _ => None,
                };
                // (`Johor's chief minister` is not the transport minister named before: a rank
                // in the description is a different office unless the holder has it too.)
                let fits = |p: &Person| {
                    wanted
                        .as_ref()
                        .is_none_or(|w| p.country.as_ref().is_none_or(|c| c == w))
                        && qualifiers
                            .iter()
                            .filter(|q| is_rank_word(q))
                            .all(|q| p.titles.contains(q))
                };
                // `the trade minister said` after a deputy prime minister spoke: the minister
                // holding every word of the description, when one is known.
                if !qualifiers.is_empty() {
                    let exact = self
                        .recent()
                        .filter(|(_, p)| {
                            p.titles.iter().any(|t| same_office(t, head))
                                && qualifiers.iter().all(|q| p.titles.contains(q))
                                && fits(p)
                        })
                        .filter(|(_, p)| p.profile || p.last_mention_before(at).is_some())
                        .max_by_key(|(_, p)| p.last_mention_before(at))
                        .map(|(i, _)| Speaker::Person(i));
                    if exact.is_some() {
                        return exact;
                    }
                }
                if let Some(Speaker::Person(i)) = last {
                    let person = &self.persons[*i];
                    if person.titles.iter().any(|t| same_office(t, head)) && fits(person) {
                        return Some(Speaker::Person(*i));
                    }
                }
                // `the minister said` means someone already named, or on a profile card; not
                // a minister the dispatch only names further down.
                let titled = self
                    .recent()
                    .filter(|(_, p)| p.titles.iter().any(|t| same_office(t, head)) && fits(p))
                    .filter(|(_, p)| p.profile || p.last_mention_before(at).is_some())
                    .max_by_key(|(_, p)| p.last_mention_before(at))
                    .map(|(i, _)| Speaker::Person(i));
                // `the Maryland Democrat said`: a party label stands for the legislator named
                // before (`Rep. X, D-Md.`, `Senator X`).
                // (Or a party's leader in a chamber: `Senate Democratic leader X`, then `the
                // West Virginia Democrat said`.)
                let party = matches!(head.as_str(), "democrat" | "republican");
                let party_adjective = if head == "democrat" {
                    "democratic"
                } else {
                    "republican"
                };
                let legislator = || {
                    self.recent()
                        .filter(|(_, p)| {
                            p.titles
                                .iter()
                                .any(|t| is_regional_office(t) || t == party_adjective)
                                && p.last_mention_before(at).is_some()
                        })
                        .max_by_key(|(_, p)| p.last_mention_before(at))
                        .map(|(i, _)| Speaker::Person(i))
                };
                let titled = titled.or_else(|| if party { legislator() } else { None });
                // `Brazil’s foreign minister accused France …` in the lead, then `Foreign
                // Minister Paulo Rezende told reporters …` right after: wire leads name the
                // office and the next paragraphs the holder.
                let named_next = || {
                    let mut holders = self.persons.iter().enumerate().filter(|(_, p)| {
                        p.titles.iter().any(|t| same_office(t, head))
                            && p.mentions.first().is_some_and(|m| m.0 > 0 && m.0 <= 2)
                            && qualifiers.iter().all(|q| p.titles.contains(q))
                            && fits(p)
                    });
                    match (holders.next(), holders.next()) {
                        (Some((i, _)), None) if at.0 == 0 => Some(Speaker::Person(i)),
                        _ => None,
                    }
                };
                let unnamed = Speaker::Unnamed(self.allegiance_country(*country));
                titled.or_else(named_next).or(Some(unnamed))
            }
            Subject::Organization(name) => {
                // `Madrid said` after `Deogracias Madrid, president of …`: a place's or a
                // body's name that is the surname of someone the dispatch has named is theirs.
                let key = [name_key(name)];
                // (Only someone introduced with a title or a card, whose other words are name
                // words: not `Gaza Israel`, which markup ran together.)
                // (`Lagos said` after `Roberto Lagos Matamoros`: or the first of two surnames.)
                let surname_of = self.find_keys(&key, at).filter(|&i| {
                    let person = &self.persons[i];
                    let full = without_suffix(&person.keys);
                    let at_end = full.last() == Some(&key[0]);
                    let first_of_two = full.len() >= 3 && full[full.len() - 2] == key[0];
                    let surname = if at_end {
                        full.len() - 1
                    } else {
                        full.len().saturating_sub(2)
                    };
                    !name.contains(' ')
                        && full.len() >= 2
                        && (at_end || first_of_two)
                        && (!person.titles.is_empty() || person.profile)
                        && person.words.iter().enumerate().all(|(k, w)| {
                            k == surname
                                || (self.gazetteer.lookup(w).is_none()
                                    && !super::tokens::is_capitalized_stopword(w))
                        })
                });
                Some(
                    surname_of.map_or_else(|| Speaker::Organization(name.clone()), Speaker::Person),
                )
            }
            Subject::Description { country, .. } | Subject::Unnamed(country) => {
                Some(Speaker::Unnamed(self.allegiance_country(*country)))
            }
        }
    }

    /// Wire leads name an office and the next paragraph its holder (`Turkey’s foreign
    /// minister said Friday …` / `“…,” Kerem Aydınlı told reporters`): the one person the
    /// second paragraph introduces and quotes, when the lead's quotes went to that unnamed
    /// office alone and nothing about the person says otherwise (another country, or a title
    /// with a word the description lacks, unless it names only a head or an official: `The
    /// head of the UN nuclear watchdog`, `The African Union’s top security official`).
    pub fn lead_office_holder(
        &self,
        head: &str,
        qualifiers: &[String],
        lead_speakers: &[Speaker],
        next_speakers: &[Speaker],
    ) -> Option<Speaker> {
        let [Speaker::Unnamed(lead_country), ..] = lead_speakers else {
            return None;
        };
        if lead_speakers.iter().any(|s| s != &lead_speakers[0]) {
            return None;
        }
        let holder = match next_speakers.first()? {
            Speaker::Person(i) => *i,
            _ => return None,
        };
        if next_speakers.iter().any(|s| s != &Speaker::Person(holder)) {
            return None;
        }
        let person = &self.persons[holder];
        let introduced_here = person.mentions.first().is_some_and(|m| m.0 == 1);
        let same_country = lead_country.as_ref().is_none_or(|c| {
            person.local_guess || person.country.as_ref().is_none_or(|own| own == c)
        });
        let generic = matches!(
            head,
            "head" | "chief" | "leader" | "official" | "negotiator"
        );
        // (`the African Union's envoy for Sudan said` / `X, a former Malian foreign minister
        // who leads the AU mediation team,`: a past office says nothing against the lead's.)
        let past_offices_only = person.former && !person.in_office;
        let same_office = generic
            || past_offices_only
            || person
                .titles
                .iter()
                .all(|t| same_office(t, head) || qualifiers.contains(t));
        (introduced_here && same_country && same_office).then_some(Speaker::Person(holder))
    }

    /// Gives the holder of a lead's office ([`People::lead_office_holder`]) the country the
    /// lead's description gave, when the text gives them none but the dateline's guess:
    /// whether it did.
    /// `Some` of the country it replaces, a guess from the dateline, if any.
    pub fn adopt_lead_country(
        &mut self,
        holder: &Speaker,
        lead_speakers: &[Speaker],
    ) -> Option<Option<String>> {
        let (Speaker::Person(i), Some(Speaker::Unnamed(Some(country)))) =
            (holder, lead_speakers.first())
        else {
            return None;
        };
        let person = self.persons.get_mut(*i)?;
        if (person.country.is_some() && !person.local_guess) || person.international {
            return None;
        }
        let guessed = person.country.replace(country.clone());
        person.local_guess = false;
        Some(guessed)
    }

    /// The country an unnamed official's [`Allegiance`] names.
    fn allegiance_country(&self, allegiance: Option<Allegiance>) -> Option<String> {
        match allegiance? {
            Allegiance::Country(c) => Some(self.country_name(c)),
            Allegiance::LocalGovernment => self
                .seat_country
                .clone()
                .or_else(|| self.local_country.clone()),
        }
    }

    /// Does this speaker hold a state's top office (`President X`, `Prime Minister X`,
    /// `King X`), which no unnamed official's description stands for?
    pub fn holds_top_office(&self, speaker: &Speaker) -> bool {
        match speaker {
            Speaker::Person(i) => self.persons.get(*i).is_some_and(|p| {
                p.titles.iter().any(|t| {
                    matches!(
                        t.as_str(),
                        "president"
                            | "premier"
                            | "prime"
                            | "king"
                            | "queen"
                            | "emir"
                            | "chancellor"
                    )
                })
            }),
            _ => false,
        }
    }

    /// Has the text given this speaker an office (`Hezbollah leader X`)?
    pub fn is_titled(&self, speaker: &Speaker) -> bool {
        match speaker {
            Speaker::Person(i) => self.persons.get(*i).is_some_and(|p| !p.titles.is_empty()),
            _ => false,
        }
    }

    /// Adds a speaker's name and country (or organisation) to an attribution, once each.
    pub fn describe(&self, speaker: &Speaker, out: &mut Attribution) {
        match speaker {
            Speaker::Person(i) => {
                let person = &self.persons[*i];
                push_unique(&mut out.speakers, person.words.join(" "));
                // Many states have senators: a legislator's usual country (`Senator X`)
                // needs the dispatch to be mostly about it; `Treasury Secretary` does not.
                // (A party's label in place of an office, `Republican House Majority Leader`,
                // is no senator.)
                let legislator = person.titles.iter().any(|t| {
                    is_regional_office(t) && !matches!(t.as_str(), "democrat" | "republican")
                });
                let usual = person.usual_country.as_ref().filter(|c| {
                    !legislator
                        || self
                            .named_counts
                            .first()
                            .is_some_and(|(most, _)| most == *c)
                });
                let former_only = person.former && !person.in_office && !person.profile;
                // `X, an aide to Kim,`: the country of the person served.
                let patron = person
                    .patron
                    .and_then(|p| self.persons.get(p))
                    .and_then(|p| p.country.as_ref())
                    .filter(|_| !person.international);
                // (A card's country is a nationality: a carded analyst, lawyer or trader whom
                // the text and bio give no other title speaks for no state.)
                let private_card = person.profile
                    && !person.titles.is_empty()
                    && person.titles.iter().all(|t| {
                        super::tokens::is_business_title(t)
                            || super::tokens::is_private_occupation(t)
                            || matches!(
                                t.as_str(),
                                "lawyer"
                                    | "activist"
                                    | "resident"
                                    | "farmer"
                                    | "refugee"
                                    | "academic"
                                    | "expert"
                                    | "journalist"
                            )
                    });
                // `IAEA Director General X` with a card saying `Sweden`: the card gives a
                // nationality, the text an international office that speaks for no state.
                let own = person.country.as_ref().filter(|_| {
                    !(person.profile && (person.international || person.private_office))
                        && !private_card
                });
                let country = own.or(patron).or(usual);
                // `The company president and CEO Louis Gallois`, `Blackwater USA founder X`:
                // a firm's officer speaks for no state (a card's country still counts).
                // (Not a state body's or state company's officer, whose office the text
                // made an official's: `MAS managing director X`.)
                let business = !person.profile
                    && person
                        .titles
                        .iter()
                        .any(|t| super::tokens::is_business_title(t))
                    && !person.titles.iter().any(|t| t == "official");
                if let Some(c) = country.filter(|_| !former_only && !business) {
                    push_unique(&mut out.countries, c.clone());
                }
            }
            Speaker::Organization(name) => push_unique(&mut out.organizations, name.clone()),
            Speaker::Unnamed(Some(country)) => push_unique(&mut out.countries, country.clone()),
            Speaker::Unnamed(None) => {}
        }
    }

    /// The last person mentioned with a role (`Garcia, Peru's president`) before `at`: the
    /// referent of a `he said` that no speech verb introduced.
    pub fn last_mentioned(&self, at: Position) -> Option<usize> {
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
        // `George Bush` for `George W. Bush` (and back): the same first name and surname,
        // with or without middle initials.
        if keys.len() >= 2 {
            let same = self
                .recent()
                .find(|(_, p)| p.keys.len() != keys.len() && same_but_initials(&p.keys, keys));
            if let Some((i, _)) = same {
                return Some(i);
            }
        }
        // `Marcos` for `Ferdinand Marcos Jr.`: a suffix is not the surname.
        let ends_with = |p: &Person| {
            let full = without_suffix(&p.keys);
            full.len() > keys.len() && full[full.len() - keys.len()..] == *keys
        };
        let candidates = self.recent().filter(|(_, p)| ends_with(p));
        if let Some((i, _)) = candidates.max_by_key(|(i, p)| (recency(p), usize::MAX - i)) {
            return Some(i);
        }
        // `Abdul Rahim` for `Abdul Rahim Wae-ali`, `Mario Rodriguez` for `Mario Rodriguez
        // Montero`: the opening names of exactly one longer name.
        // (Only names the text runs on with name words: not a place, an acronym or a
        // common capitalized word that a wiki's markup ran into a name, `John Howard
        // Singapore`, `Atlantic Richfield ARC`, `Stephen Harper Category`.)
        let name_word = |w: &String| {
            self.gazetteer.lookup(w).is_none()
                && !super::tokens::is_capitalized_stopword(w)
                && !(w.len() > 1 && w.bytes().all(|b| b.is_ascii_uppercase()))
        };
        if keys.len() >= 2 && keys.len() <= 3 {
            let mut opening = self.recent().filter(|(_, p)| {
                let full = without_suffix(&p.keys);
                full.len() > keys.len()
                    && full.len() <= keys.len() + 2
                    && full[..keys.len()] == *keys
                    && p.words.iter().all(name_word)
                    && (!p.titles.is_empty() || p.profile)
                    && self
                        .gazetteer
                        .longest_match(p.words.iter().map(String::as_str))
                        .is_none()
            });
            if let (Some((i, _)), None) = (opening.next(), opening.next()) {
                return Some(i);
            }
            // `Ruiz Díaz` for `Juan Carlos Ruiz Díaz Benítez`: a Spanish or Portuguese double
            // name's paternal surname stands inside it, after the given names and before the
            // maternal one, in exactly one longer name.
            let mut inside = self.recent().filter(|(_, p)| {
                let full = without_suffix(&p.keys);
                full.len() >= keys.len() + 2
                    && full[1..full.len() - 1]
                        .windows(keys.len())
                        .any(|w| w == keys)
                    && p.words.iter().all(name_word)
            });
            if let (Some((i, _)), None) = (inside.next(), inside.next()) {
                return Some(i);
            }
        }
        if keys.len() == 1 {
            // Surname first (`Lho` for `Lho Shin-yong`).
            let first = self
                .recent()
                .find(|(_, p)| p.keys.len() > 1 && p.keys[0] == keys[0])
                .map(|(i, _)| i);
            // `Lula` for `Luiz Inácio Lula da Silva`, `Rodriguez` for `Mario Rodriguez
            // Montero`: in names of three words or more, the surname may stand inside.
            let inside = || {
                self.recent()
                    .find(|(_, p)| {
                        let full = without_suffix(&p.keys);
                        full.len() >= 3
                            && full[1..full.len() - 1]
                                .iter()
                                .any(|k| !super::tokens::is_name_particle(k) && *k == keys[0])
                    })
                    .map(|(i, _)| i)
            };
            return first.or_else(inside).or_else(|| self.misspelled(&keys[0]));
        }
        None
    }

    /// `Schelsinger said` after `Helmut Schlesinger`, `Muroney said` after `Brian Mulroney`:
    /// a long surname one slip away (a letter left out, added, changed or two swapped) from
    /// the surname of exactly one person already known is a typo for it.
    fn misspelled(&self, key: &str) -> Option<usize> {
        const MIN_LETTERS: usize = 6;
        // (Not another word that happens to be close: `Canadians`, `Iraqis`.)
        if key.chars().count() < MIN_LETTERS || self.gazetteer.lookup(key).is_some() {
            return None;
        }
        let mut found = self.persons.iter().enumerate().filter(|(_, p)| {
            let full = without_suffix(&p.keys);
            full.len() >= 2
                && full.last().is_some_and(|surname| {
                    surname.chars().count() >= MIN_LETTERS
                        && surname.chars().next() == key.chars().next()
                        && one_slip_apart(surname, key)
                        && key.strip_suffix('s') != Some(surname.as_str())
                        && surname.strip_suffix('s') != Some(key)
                })
        });
        match (found.next(), found.next()) {
            (Some((i, _)), None) => Some(i),
            _ => None,
        }
    }

    fn find_or_add(&mut self, words: &[String], at: Position) -> usize {
        let keys = name_keys(words);
        if let Some(i) = self.find_keys(&keys, at) {
            // `George Bush` seen first, `George W. Bush` now: the fuller form names them.
            let person = &mut self.persons[i];
            if keys.len() > person.keys.len() && same_but_initials(&person.keys, &keys) {
                person.words = words.to_vec();
                person.keys = keys;
            }
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
            usual_country: None,
            titles: Vec::new(),
            mentions: vec![at],
            international: false,
            qualified: false,
            profile: false,
            former: false,
            in_office: false,
            private_office: false,
            state_body_office: false,
            patron: None,
            local_guess: false,
        });
        self.persons.len() - 1
    }
}

/// Whom an aide serves ([`People::serves`]).
struct Served {
    /// The person served, when already known.
    patron: Option<usize>,
    /// The country the phrase naming someone new gives (`Rep. Edward Madigan (R-Ill)`).
    country: Option<usize>,
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

/// Where a title whose portfolios are listed starts, when the phrase at `start` is the last
/// of the list: `Senegal's Minister of Energy, Petroleum and Mines` (three or more capitalized
/// portfolios after `of` or `for`, joined by commas and one `and`), `Brazil's mines and energy
/// minister` (lowercase ones after a country's possessive).
fn portfolio_list_start(
    tokens: &[Token<'_>],
    start: usize,
    gazetteer: &Gazetteer,
) -> Option<usize> {
    // (`Minister for Climate, Energy and the Environment X`: the last portfolio may take an
    // article.)
    let start = match start.checked_sub(1).map(|j| tokens[j].text) {
        Some("the") if start >= 4 && tokens[start - 2].text == "and" => start - 1,
        _ => start,
    };
    if start < 3 || tokens[start - 1].text != "and" {
        return None;
    }
    // `Brazil's mines and energy minister`: lowercase portfolios after a country's possessive.
    let mut k = start - 1;
    while k > start.saturating_sub(4) && !tokens[k - 1].punct && !tokens[k - 1].is_capitalized() {
        k -= 1;
    }
    if k < start - 1 && k > 0 && tokens[k - 1].possessive && !tokens[k - 1].punct {
        let owner = super::phrases::phrase_backward(tokens, k);
        let country = !owner.is_empty()
            && matches!(
                gazetteer.longest_match(tokens[owner.clone()].iter().map(|t| t.text)),
                Some((n, Entity::Country(_), _)) if owner.start + n == k
            );
        return country.then_some(owner.start);
    }
    // `Minister of Energy, Petroleum and Mines`: capitalized portfolios, none of them a title
    // (not `President Bush and Secretary of State`), back to the title's own phrase.
    if tokens[start..]
        .iter()
        .take_while(|t| !t.punct)
        .any(|t| is_government_title(t.lower()))
    {
        return None;
    }
    let mut k = start - 1;
    for listed in 0..4 {
        let item = super::phrases::phrase_backward(tokens, k);
        if item.is_empty() {
            return None;
        }
        // The first portfolio ends the title's own phrase (`Minister of Energy`), before a
        // comma: `A and B` alone may be two bodies (`the Department of Health and Human
        // Services`). (A listed portfolio may be a title word too: `…, Energy and …`.)
        let own_phrase = tokens[item.clone()]
            .iter()
            .any(|t| t.is_title() && !super::phrases::is_portfolio_word(t.lower()));
        if own_phrase {
            let domain = listed > 0
                && (item.start + 1..item.end).any(|j| {
                    matches!(tokens[j].text, "of" | "for")
                        && tokens[item.start..j].iter().any(|t| t.is_title())
                        && j + 1 < item.end
                        && !tokens[j + 1..item.end]
                            .iter()
                            .any(|t| is_government_title(t.lower()))
                });
            return domain.then_some(item.start);
        }
        if item.len() > 3 {
            return None;
        }
        match item.start.checked_sub(1).map(|j| &tokens[j]) {
            Some(t) if t.is_punct(&[","]) => k = item.start - 1,
            _ => return None,
        }
    }
    None
}

/// `X is a spokesman for the Arakan Army, the ethnic Rakhine armed group …`: a card whose
/// first sentence gives an office and calls its body an armed, rebel, militant, separatist or
/// insurgent group (or movement, alliance, faction) speaks for no state, whatever nationality
/// the card gives.
fn bio_serves_armed_group(bio: &[Token<'_>]) -> bool {
    let end = bio
        .iter()
        .position(Token::ends_sentence)
        .unwrap_or(bio.len());
    let sentence = &bio[..end];
    sentence.iter().any(Token::is_title) && names_armed_group(sentence)
}

/// `a rebel group`, `armed movements`, `militant factions`.
fn names_armed_group(tokens: &[Token<'_>]) -> bool {
    tokens.windows(2).any(|w| {
        matches!(
            w[0].lower(),
            "armed" | "rebel" | "militant" | "separatist" | "insurgent"
        ) && matches!(
            w[1].lower(),
            "group" | "groups" | "movement" | "movements" | "alliance" | "faction" | "factions"
        )
    })
}

/// `Khalil Ibrahim, leader of the Justice and Equality Movement (JEM),`: an office in a body
/// named in the apposition after the name (at `end`) whose name ends in `Movement`, `Army` or
/// `Front`.
fn heads_movement(tokens: &[Token<'_>], end: usize) -> bool {
    let Some(stop) = apposition_stop(tokens, end, 12) else {
        return false;
    };
    let Some(of) = (end + 2..stop).find(|&k| tokens[k].text == "of" && tokens[k - 1].is_title())
    else {
        return false;
    };
    let last_capitalized = tokens[of + 1..stop]
        .iter()
        .take_while(|t| t.is_capitalized() || matches!(t.text, "the" | "of" | "and" | "for"))
        .filter(|t| t.is_capitalized())
        .last();
    last_capitalized.is_some_and(|t| matches!(t.text, "Movement" | "Army" | "Front"))
}

/// Does a biography place its subject in a trade union, an association, a non-governmental
/// group or a school (`has led the Trade Union of Workers in Education`, `is an energy
/// campaigner at the Za Zemiata association`, `teaches mathematics at a secondary school`),
/// and name no office of the state or party (`a lawmaker for Progressive Slovakia`, `heads
/// the state-owned company`, `the opposition party's spokesman on justice and a former
/// president of the Bar Association`)?
fn bio_works_outside_government(bio: &[Token<'_>]) -> bool {
    let private = bio.iter().any(|t| {
        matches!(
            t.lower(),
            "association"
                | "non-governmental"
                | "ngo"
                | "charity"
                | "campaigner"
                | "teaches"
                // (`is a senior nurse at Wabag General Hospital`, `is a nursing student`:
                // trades of private life.)
                | "nurse"
                | "student"
                | "farmer"
                | "villager"
                | "shopkeeper"
                | "fisherman"
                | "carer"
                | "herder"
                | "rancher"
                // (`Ait Lahcen’s family farms wheat … She has joined other landowners`.)
                | "farms"
                | "landowner"
                | "landowners"
                // (`monitors settlement construction for Peace Now, an Israeli
                // anti-settlement group`.)
                | "group"
                | "watchdog"
        ) || (t.lower() == "union" && t.possessive)
    }) || bio
        .windows(2)
        // (`is director of labour market affairs at the Confederation of Finnish Industries`,
        // `heads the Chamber of Commerce`: a body of members named by its kind.)
        .any(|w| {
            (super::phrases::is_private_body_name(w[0].text) || w[0].text == "Confederation")
                && w[1].text == "of"
        })
        || bio
        .windows(2)
        .any(|w| w[0].lower() == "trade" && matches!(w[1].lower(), "union" | "unions"))
        // (`is a political scientist at the University of N’Djamena`, `is a Dakar lawyer
        // representing one of the former ministers`: a profession as the card's predicate,
        // when no word of the card names an office of government, a service to one, or a seat
        // on a public body.)
        || (bio_predicate_is_profession(bio)
            && !bio.iter().any(|t| {
                let lower = t.lower();
                is_government_title(lower)
                    || matches!(
                        lower,
                        "adviser"
                            | "advisor"
                            | "aide"
                            | "government"
                            | "presidential"
                            | "cabinet"
                            | "member"
                            | "members"
                            | "chairs"
                            | "heads"
                            | "leads"
                            | "directs"
                            | "council"
                            | "committee"
                            | "commission"
                    )
            }))
        // (`Issa, 34, sold tea in a market …`: a card that opens with its subject's age
        // tells a private life, unless it names an office or a political career: `Lyberth,
        // 44, a former teacher, became Greenland's premier after elections`.)
        || (bio[..bio.len().min(8)].windows(3).any(|w| {
            w[0].is_punct(&[","])
                && w[2].is_punct(&[","])
                && w[1].text.len() == 2
                && w[1].text.bytes().all(|b| b.is_ascii_digit())
        }) && !bio.iter().any(|t| {
            is_government_title(t.lower())
                || matches!(
                    t.lower(),
                    "congress" | "elections" | "election" | "campaigned" | "coalition" | "premier"
                )
        }));
    private
        && !bio.iter().any(|t| {
            matches!(
                t.lower(),
                "minister"
                    | "ministry"
                    | "lawmaker"
                    | "parliament"
                    | "parliamentary"
                    // (`was elected president of Palau in 2024. He has led a group of …`.)
                    | "elected"
                    | "premier"
                    | "senator"
                    | "party"
                    | "opposition"
                    | "state-owned"
                    | "governor"
                    | "commissioner"
                    | "mayor"
                    | "ambassador"
                    | "diplomat"
                    | "police"
                    | "army"
                    | "military"
                    | "official"
            )
        })
}

/// Does a card's biography say anything of public life: an office of government, a state's
/// body or forces, a party or a seat, an election? (`Oh runs a small restaurant on Ganghwa
/// island`, `Funes owns two buses` say none: the card's country is only a nationality.)
fn bio_names_public_role(bio: &[Token<'_>]) -> bool {
    bio.iter().any(|t| {
        let lower = t.lower();
        is_government_title(lower)
            || super::phrases::is_portfolio_word(lower)
            || super::phrases::is_state_ownership_word(lower)
            || matches!(
                lower,
                "ministry"
                    | "administration"
                    | "administrative"
                    | "troops"
                    | "soldiers"
                    | "officer"
                    | "tribe"
                    | "tribal"
                    | "government"
                    | "governing"
                    | "parliament"
                    | "parliamentary"
                    | "congress"
                    | "senate"
                    | "assembly"
                    | "legislature"
                    | "party"
                    | "opposition"
                    | "coalition"
                    | "elected"
                    | "election"
                    | "elections"
                    | "campaign"
                    | "campaigned"
                    | "cabinet"
                    | "presidency"
                    | "presidential"
                    | "state"
                    | "state-owned"
                    | "army"
                    | "military"
                    | "police"
                    | "navy"
                    | "forces"
                    | "council"
                    | "commission"
                    | "committee"
                    | "agency"
                    | "authority"
                    | "regulator"
                    | "department"
                    | "office"
                    | "bureau"
                    | "embassy"
                    | "consulate"
                    | "diplomatic"
                    | "delegation"
                    | "servant"
                    | "court"
                    | "central"
                    | "treasury"
                    | "municipal"
                    | "provincial"
                    | "regional"
                    | "federal"
                    | "national"
                    | "public"
                    | "royal"
                    | "throne"
                    | "crown"
                    | "country"
                    | "nation"
                    | "talks"
                    | "negotiations"
                    | "foreign"
                    | "policy"
            )
    })
}

/// `Kagonbe is a political scientist at the University of N’Djamena`: does the card's first
/// `is` make its subject a member of a profession (a lawyer, a scientist, an economist, a
/// trader, a university's), before the clause ends?
fn bio_predicate_is_profession(bio: &[Token<'_>]) -> bool {
    let end = bio
        .iter()
        .position(Token::ends_sentence)
        .unwrap_or(bio.len());
    let Some(is) = bio[..end].iter().position(|t| t.lower() == "is") else {
        return false;
    };
    bio[is + 1..end]
        .iter()
        .take(8)
        .take_while(|t| !t.punct && !matches!(t.lower(), "and" | "who" | "which" | "but"))
        .any(|t| {
            let lower = t.lower();
            super::tokens::is_private_occupation(lower)
                || super::tokens::is_business_title(lower)
                || matches!(lower, "lawyer" | "attorney" | "scientist" | "university")
        })
}

/// `Nguyen Tan Dung has been confirmed as Vietnam's next prime minister`, `X was named
/// Japan's foreign minister`, `X was sworn in as the country's president`, `Tony Blair should
/// stand down as British Prime Minister`, `X remains the party's leader`: where the office a
/// predicate confers on the person named before `end`, or has them leave or keep, starts (at
/// an article or a possessive owner; after `as`, for an office held now, at any capitalized
/// word), if one does.
fn appointment_predicate(tokens: &[Token<'_>], end: usize) -> Option<usize> {
    let mut k = end;
    while tokens.get(k).is_some_and(|t| {
        matches!(
            t.text,
            "has"
                | "have"
                | "had"
                | "been"
                | "was"
                | "were"
                | "is"
                | "will"
                | "be"
                | "should"
                | "would"
                | "must"
                | "to"
        )
    }) {
        k += 1;
    }
    let auxiliary = k > end;
    let verb = tokens.get(k)?;
    let down = |at: usize| {
        tokens.get(at).is_some_and(|t| t.text == "down")
            && tokens.get(at + 1).is_some_and(|t| t.text == "as")
    };
    // (`Tony Blair should stand down as British Prime Minister`, `X will resign as …`,
    // `X remains …`: an office the person holds now, leaving it or keeping it.)
    let holds_now = match verb.text {
        "named" | "appointed" | "elected" | "re-elected" | "confirmed" if auxiliary => {
            k += 1;
            false
        }
        "sworn" if auxiliary && tokens.get(k + 1).is_some_and(|t| t.text == "in") => {
            k += 2;
            false
        }
        "stand" | "step" if auxiliary && down(k + 1) => {
            k += 2;
            true
        }
        "stands" | "steps" if down(k + 1) => {
            k += 2;
            true
        }
        "resign" | "remain" | "continue" if auxiliary => {
            k += 1;
            true
        }
        "resigns" | "remains" | "continues" => {
            k += 1;
            true
        }
        _ => return None,
    };
    let as_before = tokens.get(k).is_some_and(|t| t.text == "as");
    if as_before {
        k += 1;
    } else if holds_now && tokens[k - 1].text != "remain" && tokens[k - 1].text != "remains" {
        return None;
    }
    let office = tokens.get(k)?;
    // (`Mandela was elected as the first black president of the country in 1994`: an office
    // dated by a year is history, not the person's present one.)
    let dated = tokens[k..]
        .iter()
        .take(12)
        .take_while(|t| !t.ends_sentence())
        .any(|t| t.text.len() == 4 && t.text.bytes().all(|b| b.is_ascii_digit()));
    let opens_office = matches!(office.text, "the" | "a" | "an")
        || office.possessive
        || (holds_now && as_before && office.is_capitalized());
    (!office.punct && !dated && opens_office).then_some(k)
}

/// Does a biography's first sentence give its subject a present office in an international
/// body (`is president of the ECOWAS Commission`, `was elected president of the International
/// Court of Justice`, `took command of NATO’s Kosovo Force`)? Not a state's post at one
/// (`is Britain's ambassador to NATO`), nor a past one (`is a former UN official`, `was NATO's
/// spokesman until 2019`).
fn bio_holds_international_office(bio: &[Token<'_>], gazetteer: &Gazetteer) -> bool {
    let end = bio
        .iter()
        .position(Token::ends_sentence)
        .unwrap_or(bio.len());
    let sentence = &bio[..end];
    // The main verb: the first one past the subject and its apposition.
    let Some(verb) = sentence.iter().position(|t| {
        !t.punct
            && matches!(
                t.lower(),
                "is" | "was"
                    | "has"
                    | "heads"
                    | "leads"
                    | "chairs"
                    | "directs"
                    | "commands"
                    | "became"
                    | "serves"
                    | "took"
                    | "joined"
            )
    }) else {
        return false;
    };
    let next = sentence.get(verb + 1).map(Token::lower);
    let present = match sentence[verb].lower() {
        "was" => matches!(
            next,
            Some("elected" | "re-elected" | "appointed" | "named" | "chosen")
        ),
        "has" => next == Some("been"),
        "took" => matches!(next, Some("command" | "charge" | "over" | "office")),
        _ => true,
    };
    // The office: up to the next clause mark. It must name one (`is one of the EU's most
    // outspoken advocates` is no office), unless the verb says the person leads the body.
    let office_end = (verb + 1..end)
        .find(|&k| sentence[k].is_punct(&[",", ";", "(", ")", ":", "—", "–"]))
        .unwrap_or(end);
    let leads = matches!(
        sentence[verb].lower(),
        "heads" | "leads" | "chairs" | "directs" | "commands" | "took"
    );
    if !present || !(leads || sentence[verb + 1..office_end].iter().any(Token::is_title)) {
        return false;
    }
    for k in verb + 1..office_end {
        let t = &sentence[k];
        if !t.punct
            && matches!(
                t.lower(),
                "former"
                    | "ex"
                    | "to"
                    | "until"
                    | "with"
                    | "on"
                    | "toward"
                    | "towards"
                    // (`has been home affairs minister since 2024 and drafted the scheme after
                    // the EU court ruling`: the office ends where time or a second verb
                    // begins.)
                    | "since"
                    | "and"
                    | "after"
                    | "before"
                    | "when"
                    | "while"
                    | "but"
            )
        {
            return false;
        }
        match gazetteer.longest_match(sentence[k..office_end].iter().map(|t| t.text)) {
            Some((_, Entity::Organization(o), _)) => {
                return !gazetteer.is_movement(o);
            }
            // `is Britain's ambassador …`: a state's office.
            Some((_, Entity::Country(_), _)) => return false,
            None => {}
        }
    }
    false
}

/// `Taliban government spokesman X`: is the phrase at `start` (or its title) the office of a
/// government named by what it is called, whose state only a place can tell?
fn named_government_before(tokens: &[Token<'_>], start: usize) -> bool {
    let government = (start.saturating_sub(2)..start + 1)
        .find(|&k| tokens.get(k).is_some_and(|t| t.lower() == "government"));
    government.is_some_and(|k| {
        k > 0 && tokens[k - 1].is_capitalized() && !tokens[k - 1].punct && !tokens[k - 1].is_title()
    })
}

/// Does the phrase at `start` begin in the middle of a longer title (`affairs secretary` after
/// `Hong Kong monetary`)? Only a phrase opening with a lowercase title word can; punctuation,
/// sentence starts and function words before it do not count.
fn extends_left(tokens: &[Token<'_>], start: usize) -> bool {
    // `government spokesman X`: the government is the dispatch's own, not another body.
    let mut start = start;
    let mut ministry = false;
    while start > 0 && is_own_government_word(tokens[start - 1].lower()) && !tokens[start - 1].punct
    {
        ministry |= tokens[start - 1].lower() == "ministry";
        start -= 1;
    }
    // `Foreign ministry spokesman X`: a ministry of a portfolio is the government's own.
    if ministry {
        let mut k = start;
        // (`Petroleum Ministry spokesman X`: any portfolio.)
        while k > 0
            && start - k < 3
            && !tokens[k - 1].punct
            && (super::phrases::is_portfolio_word(tokens[k - 1].lower())
                || matches!(
                    tokens[k - 1].lower(),
                    "foreign" | "external" | "affairs" | "defence" | "defense" | "interior"
                ))
        {
            k -= 1;
        }
        start = k;
    }
    // `central bank president Francisco Gros`: the state's bank.
    if start >= 2
        && tokens[start - 1].lower() == "bank"
        && matches!(tokens[start - 2].lower(), "central" | "reserve")
    {
        start -= 2;
    }
    // (`coast guard spokesman X`, `border guard commander X`: a state's service.)
    if start >= 2
        && tokens[start - 1].lower() == "guard"
        && matches!(tokens[start - 2].lower(), "coast" | "border")
    {
        start -= 2;
    }
    // (`Stockholm regional police chief X`, `Longyearbyen local council leader X`: the police
    // is a state's force and a local council its local government, whatever place names them.)
    let local_council = start >= 2
        && tokens[start - 1].lower() == "council"
        && matches!(
            tokens[start - 2].lower(),
            "local" | "city" | "town" | "municipal" | "district" | "county" | "village"
        );
    // (`campaign spokeswoman X`: a candidate's campaign is the country's politics.)
    let campaign = start >= 1
        && tokens[start - 1].text == "campaign"
        && tokens.get(start).is_some_and(|t| {
            matches!(
                t.lower(),
                "spokesman" | "spokeswoman" | "spokesperson" | "manager" | "chairman" | "director"
            )
        });
    if (start >= 1 && tokens[start - 1].text == "police") || local_council || campaign {
        return false;
    }
    // (`said social welfare minister X`, `deputy information minister X`: only governments
    // have ministers, so a lowercase portfolio before one is the government's; so is one before
    // a commissioner or a secretary, `banking commissioner X`, `health secretary X`.)
    if tokens
        .get(start)
        .is_some_and(|t| matches!(t.lower(), "minister" | "commissioner" | "secretary"))
    {
        let mut k = start;
        while k > 0
            && start - k < 3
            && !tokens[k - 1].punct
            && !tokens[k - 1].is_capitalized()
            && (super::phrases::is_portfolio_word(tokens[k - 1].lower())
                || matches!(
                    tokens[k - 1].lower(),
                    "social" | "public" | "home" | "foreign"
                ))
        {
            k -= 1;
        }
        if k < start
            && k > 0
            && matches!(
                tokens[k - 1].lower(),
                "deputy" | "junior" | "assistant" | "vice"
            )
        {
            k -= 1;
        }
        start = k;
    }
    // (`hard-line lawmaker X`, `veteran diplomat X`: an adjective that judges the holder
    // names no other body; nor does one that names the level of the state the office serves,
    // `provincial governor X`, `national public health director X`.)
    while start > 0
        && !tokens[start - 1].punct
        && matches!(
            tokens[start - 1].lower(),
            "provincial"
                | "national"
                | "public"
                | "regional"
                | "municipal"
                | "hard-line"
                | "hardline"
                | "veteran"
                | "senior"
                | "top"
                | "outspoken"
                | "influential"
                | "powerful"
                | "prominent"
                | "longtime"
                | "long-serving"
        )
    {
        start -= 1;
    }
    let Some(previous) = start.checked_sub(1).and_then(|k| tokens.get(k)) else {
        return false;
    };
    let opens_lowercase = tokens
        .get(start)
        .is_some_and(|t| !t.punct && !t.is_capitalized());
    // (`World Bank vice president and treasurer X`: a second lowercase title joined by `and`
    // belongs to the owner of the first.)
    let joined_title = previous.lower() == "and"
        && start >= 2
        && tokens[start - 2].is_title()
        && !tokens[start - 2].punct
        && !tokens[start - 2].is_capitalized();
    if opens_lowercase && joined_title {
        // (But `Labor leader and premier X`: a party's leader who heads the government.)
        let party_leader = (0..start - 1)
            .rev()
            .take_while(|&k| !tokens[k].punct && tokens[k].is_title())
            .any(|k| {
                matches!(
                    tokens[k].lower(),
                    "labor" | "labour" | "liberal" | "conservative" | "party" | "socialist"
                )
            });
        return !party_leader;
    }
    // (`Opposition education spokeswoman X`, `Green Party conservation spokeswoman X`: a
    // portfolio of the opposition or of a party, whose spokespeople speak in their country's
    // politics.)
    let party_portfolio = !previous.punct
        && !previous.is_capitalized()
        && start >= 2
        && matches!(tokens[start - 2].lower(), "opposition" | "party" | "shadow");
    if party_portfolio {
        return false;
    }
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

/// A word that makes a body a party by what it does in politics (`the ruling X`, `the
/// opposition X`).
fn is_party_role(lower: &str) -> bool {
    matches!(lower, "ruling" | "governing" | "opposition")
}

/// The sentence that ends just before `sentence_start`, without its closing mark.
fn sentence_before(tokens: &[Token<'_>], sentence_start: usize) -> Option<std::ops::Range<usize>> {
    let end = sentence_start.checked_sub(1)?;
    Some(super::sentence_start(tokens, end)..end)
}

/// Where the apposition opened by a comma at `end` stops: its next punctuation mark, at most
/// `span` tokens on; `None` when no comma opens one.
fn apposition_stop(tokens: &[Token<'_>], end: usize, span: usize) -> Option<usize> {
    if !tokens.get(end).is_some_and(|t| t.is_punct(&[","])) {
        return None;
    }
    let limit = tokens.len().min(end + span);
    Some((end + 1..limit).find(|&k| tokens[k].punct).unwrap_or(limit))
}

/// `Martin Wolf, director of studies at the Trade Policy Research Centre,`: an apposition
/// placing the person at a research centre, university or firm describes someone outside
/// government, whatever the title. (Not a division of a state's body: `director of MITI's
/// Industrial Electronics Division`, `a director of the Chinese Ministry of Petroleum`.)
fn works_outside_government(tokens: &[Token<'_>], end: usize, gazetteer: &Gazetteer) -> bool {
    let Some(stop) = apposition_stop(tokens, end, 14) else {
        return false;
    };
    // (`managing director of Rio Tinto's Serbian unit`: a firm's unit, subsidiary or affiliate.)
    let unit_of_firm = (end + 1..stop).any(|k| {
        tokens[k].possessive
            && tokens[k].is_capitalized()
            && gazetteer.lookup(tokens[k].text).is_none()
            && tokens[k + 1..stop]
                .iter()
                .take(2)
                .any(|t| matches!(t.lower(), "unit" | "subsidiary" | "affiliate"))
    });
    // (`David Orrick, a Westinghouse senior vice president,`, `John Hill, a vice president at
    // Merrill Lynch`: a state has one vice president or a few it names, so `a vice president`
    // is a firm's or a bank's; not `a vice president of Iran`.)
    // (`X, senior vice president of the corporate banking division,`: or a firm's rank of
    // them.)
    let firm_vice_president = (tokens
        .get(end + 1)
        .is_some_and(|t| matches!(t.lower(), "a" | "an"))
        || tokens[end + 1..stop]
            .windows(2)
            .any(|w| matches!(w[0].lower(), "senior" | "executive") && w[1].lower() == "vice"))
        && (end + 2..stop).any(|k| {
            tokens[k].lower() == "vice"
                && tokens.get(k + 1).is_some_and(|t| t.lower() == "president")
                && !(tokens.get(k + 2).is_some_and(|t| t.lower() == "of")
                    && matches!(
                        gazetteer.longest_match(tokens[k + 3..stop].iter().map(|t| t.text)),
                        Some((_, Entity::Country(_), _))
                    ))
        });
    // (`managing director of downstream unit <Shell U.K. Oil>`: a few lowercase words may
    // stand before the body's name.)
    // (`Denise Whitcombe-Farah, the group's president,`: a title a private body owns.)
    let owned_by_private_body = tokens.get(end + 1).is_some_and(|t| t.lower() == "the")
        && tokens.get(end + 2).is_some_and(|t| {
            // (Not `the chamber's oldest member`: a chamber of parliament.)
            t.possessive
                && !t.is_capitalized()
                && is_private_body_noun(t.lower())
                && t.lower() != "chamber"
        });
    let private = firm_vice_president
        || unit_of_firm
        || owned_by_private_body
        || (end + 1..stop).any(|k| {
            matches!(tokens[k].lower(), "at" | "with" | "of" | "for")
                && (tokens[k + 1..stop]
                .iter()
                .skip_while(|t| matches!(t.lower(), "the" | "a" | "an"))
                .skip_while(|t| !t.is_capitalized())
                .take_while(|t| t.is_capitalized())
                .any(|t| is_private_body_word(t.text) || is_trade_members_word(t.text))
                // (`for Morgan Stanley and Co`, `Smith & Sons`: a partnership's name.)
                || tokens[k + 1..stop].windows(2).any(|w| {
                    matches!(w[0].text, "and" | "&")
                        && matches!(w[1].text.trim_end_matches('.'), "Co" | "Company" | "Sons")
                })
                // (`secretary general of a road hauliers' union in Abidjan`, `president of an
                // association of energy-intensive companies`: a body described, not named.)
                || tokens
                    .get(k + 1)
                    .is_some_and(|t| matches!(t.lower(), "a" | "an"))
                    && tokens
                        .get(k + 2..stop)
                        .into_iter()
                        .flatten()
                        // (`director of a coalition of Paraguayan human rights groups`: a
                        // demonym among the words describes the body too; `of a Mekong Delta
                        // rice exporter`: so does a place.)
                        .take_while(|t| {
                            !t.is_capitalized()
                                || matches!(
                                    gazetteer.lookup(t.text),
                                    Some((Entity::Country(_), TermKind::Demonym))
                                )
                                || (!t.is_title() && !is_institution_word(t.text))
                        })
                        .any(|t| is_private_body_noun(t.lower())))
        });
    // (A university's `Department of Japanese` is no state body.)
    private
        && !(end + 1..stop).any(|k| {
            matches!(
                tokens[k].text,
                "Ministry" | "Government" | "Cabinet" | "Treasury"
            ) || matches!(
                gazetteer.longest_match(tokens[k..stop].iter().map(|t| t.text)),
                Some((_, Entity::Country(_), TermKind::Institution))
            )
        })
}

/// `Andrei Veselov, Rosatom's first deputy director general,`: an office in apposition after
/// the name (at `end`) owned by a body that is no country; the dateline's country is then
/// no safe guess for its holder.
fn body_owns_apposed_office(tokens: &[Token<'_>], end: usize, gazetteer: &Gazetteer) -> bool {
    if !tokens.get(end).is_some_and(|t| t.is_punct(&[","])) {
        return false;
    }
    let start = end + 1 + usize::from(tokens.get(end + 1).is_some_and(|t| t.lower() == "the"));
    let Some(owner_end) = tokens
        .iter()
        .enumerate()
        .skip(start)
        .take(4)
        .take_while(|(_, t)| !t.punct && t.is_capitalized())
        .find(|(_, t)| t.possessive)
        .map(|(k, _)| k + 1)
    else {
        return false;
    };
    let office = tokens[owner_end..].iter().take(4).take_while(|t| !t.punct);
    let mut titled = false;
    for t in office {
        // (`Ontario's minister of aboriginal affairs`: only governments have ministers.)
        if super::tokens::after_last_hyphen(t.lower()) == "minister" {
            return false;
        }
        titled |= t.is_title();
    }
    let owner: Vec<&str> = tokens[start..owner_end].iter().map(|t| t.text).collect();
    // (`the Labour Party's Treasury spokesman`: a party's officers speak in their country's
    // politics; a region's are its country's.)
    let party_or_region = owner.iter().any(|w| matches!(*w, "Party" | "party"))
        || gazetteer.region_words(&owner) == Some(owner.len());
    titled
        && !party_or_region
        && !matches!(
            gazetteer.longest_match(owner),
            Some((_, Entity::Country(_), _))
        )
}

/// `Teachers Service Commission`, `the Electoral Commission`: a commission named by words of
/// its own is a state's (not the `European Commission`, a `UN` or `International` one, nor a
/// bare `Commission` of the EC's stories). (Not an authority: `Port Authority President X`
/// may head a body of several states or a firm.)
pub(super) fn names_state_commission(segment: &[Token<'_>]) -> bool {
    segment.iter().enumerate().any(|(k, t)| {
        t.text == "Commission"
            && k > 0
            && segment[k - 1].is_capitalized()
            && !segment[k - 1].punct
            && !matches!(segment[k - 1].text, "The" | "EC" | "EU" | "E.C." | "E.U.")
            && !segment.iter().any(|p| {
                matches!(
                    p.text,
                    "European" | "International" | "UN" | "U.N." | "Trilateral" | "United"
                )
            })
    })
}

/// Does a phrase name the commission that runs a state's elections (`the Central Referendum
/// Commission`, `the Independent Electoral Commission`)?
fn runs_elections(phrase: &[Token<'_>]) -> bool {
    phrase.iter().any(|t| t.text == "Commission")
        && phrase.iter().any(|t| {
            matches!(
                t.text,
                "Election" | "Electoral" | "Elections" | "Referendum"
            )
        })
}

/// Does the apposition after the name (at `end`) say the person runs a state company
/// (`chief executive of the state-controlled IPTO`, `head of X, the state company in charge`,
/// `president of state-owned Petrobras`)?
fn runs_state_company(tokens: &[Token<'_>], end: usize) -> bool {
    if !tokens.get(end).is_some_and(|t| t.is_punct(&[","])) {
        return false;
    }
    // The apposition, and one more after it (`head of X, the state company …,`).
    let mut commas = 0;
    let length = tokens[end + 1..]
        .iter()
        .take(16)
        .take_while(|t| {
            commas += usize::from(t.is_punct(&[","]));
            commas < 2 && (!t.punct || t.is_punct(&[","]))
        })
        .count();
    let apposition = &tokens[end + 1..end + 1 + length];
    let titled = apposition.iter().take(4).any(|t| t.is_title());
    titled && mentions_state_company(apposition)
}

/// Do the words at a position say a company is the state's (`state-owned`, `state company`,
/// `state power company`)? `next` and `after` are the two lowercase words that follow.
fn says_state_owned(word: &str, next: Option<&str>, after: Option<&str>) -> bool {
    // (`the state concern Turkmennebit`, `the state cocoa regulator COCOBOD`.)
    let company = |w: Option<&str>| {
        w.is_some_and(|w| {
            matches!(
                w,
                "company"
                    | "firm"
                    | "utility"
                    | "oil"
                    | "corporation"
                    | "monopoly"
                    | "operator"
                    | "concern"
                    | "regulator"
            )
        })
    };
    // (`the state power company`, `the state gas firm`: one lowercase word may name its
    // trade.)
    let trade = next.is_some_and(|w| w.chars().all(|c| c.is_ascii_lowercase()));
    super::phrases::is_state_ownership_word(word)
        || (word == "state" && (company(next) || (trade && company(after))))
}

/// Does a sequence of tokens say a company is the state's somewhere in it?
fn mentions_state_company(words: &[Token<'_>]) -> bool {
    (0..words.len()).any(|k| {
        let next = |n: usize| words.get(k + n).map(|t| t.lower());
        // (`the city's water and sewer company`, `the municipal bus company`: a town's.)
        let towns = (words[k].lower() == "municipal"
            || (words[k].possessive && matches!(words[k].lower(), "city" | "municipality")))
            && words[k + 1..]
                .iter()
                .take(4)
                .take_while(|t| !t.punct && !t.is_capitalized())
                .any(|t| matches!(t.lower(), "company" | "utility" | "corporation"));
        towns
            || says_state_owned(words[k].lower(), next(1), next(2))
            || (words[k].lower() == "state" && names_state_trade_company(&words[k + 1..]))
    })
}

/// After `state`: a few lowercase words of a trade, then the kind of firm (`power grid
/// company`, `heat and power company`, `gas distributor`).
fn names_state_trade_company(after: &[Token<'_>]) -> bool {
    let words = after
        .iter()
        .take(4)
        .take_while(|t| !t.punct && t.text.bytes().all(|b| b.is_ascii_lowercase()))
        .count();
    (2..=4).contains(&words)
        && matches!(
            after[words - 1].lower(),
            "company"
                | "firm"
                | "utility"
                | "operator"
                | "distributor"
                | "producer"
                | "regulator"
                | "concern"
        )
}

/// Does a sentence name a state company near its start, as its subject or in apposition
/// (`EirGrid, the state-owned grid operator, has warned`)?
fn names_state_company(sentence: &[Token<'_>]) -> bool {
    mentions_state_company(&sentence[..sentence.len().min(8)])
}

/// Does a description name a local government (`the Ngamiland district council`, `the
/// Khumbu rural municipality`, `the Khyber Pakhtunkhwa provincial government`)?
fn names_local_government(segment: &[Token<'_>]) -> bool {
    segment.iter().any(|t| t.lower() == "municipality")
        || segment.windows(2).any(|w| {
            matches!(
                w[0].lower(),
                "district" | "municipal" | "provincial" | "regional" | "county" | "city"
            ) && matches!(w[1].lower(), "council" | "government" | "administration")
        })
}

/// Does a sentence open with a state body's name (`The Tax Authority`, `The National
/// Independent Electoral and Boundaries Commission`, `the central bank`), not an
/// international organisation's?
fn opens_with_state_body(sentence: &[Token<'_>], gazetteer: &Gazetteer) -> bool {
    let length = sentence.iter().take(10).take_while(|t| !t.punct).count();
    let opening = &sentence[..length];
    // (`The Kenya Meteorological Department has forecast … . Its director, X,`; `The home
    // ministry said … . Its spokesman, X,`: a ministry in lowercase is one all the same.)
    let body_word = opening.iter().any(|t| {
        super::phrases::is_public_agency_word(t.text)
            || matches!(t.text, "Ministry" | "ministry" | "Department")
    }) || super::phrases::names_central_bank(opening);
    // (`The Irish Fiscal Advisory Council, the state's budget watchdog, has warned`: or a body
    // the apposition after its name calls the state's.)
    let called_the_states = || {
        sentence.get(length).is_some_and(|t| t.is_punct(&[","]))
            && sentence.get(length + 1).is_some_and(|t| t.text == "the")
            && sentence.get(length + 2).is_some_and(|t| {
                t.possessive && matches!(t.lower(), "state" | "government" | "country")
            })
            // (A public body's kind: not `the country's largest labour federation`.)
            && sentence[length + 3..]
                .iter()
                .take(4)
                .take_while(|t| !t.punct)
                .any(|t| matches!(t.lower(), "watchdog" | "regulator" | "agency" | "authority"))
    };
    // (The cheap test first: this runs for the last sentence of every paragraph.)
    if !body_word && !called_the_states() {
        return false;
    }
    let international = (0..opening.len()).any(|k| {
        matches!(
            gazetteer.longest_match(opening[k..].iter().map(|t| t.text)),
            Some((_, Entity::Organization(_), _))
        )
    });
    // (`The Nepal Bankers' Association had asked the central bank …`: the subject is the
    // association.)
    let private = super::phrases::describes_private_body(opening, gazetteer);
    !international && !private
}

/// `The contracts also need approval from the Office of Utilities Regulation.`: a sentence
/// about something, not some body, that ends naming a state body, which a following `Its`
/// means.
fn ends_with_state_body(sentence: &[Token<'_>]) -> bool {
    let common_subject = sentence.first().is_some_and(|t| t.text == "The")
        && sentence
            .get(1)
            .is_some_and(|t| !t.punct && !t.is_capitalized() && !t.is_title());
    let words = match sentence {
        [rest @ .., last] if last.ends_sentence() => rest,
        _ => sentence,
    };
    let run = words
        .iter()
        .rev()
        .take_while(|t| !t.punct && (t.is_capitalized() || matches!(t.text, "of" | "and" | "for")))
        .count();
    let name = &words[words.len() - run..];
    let after_the = words.len() > run && words[words.len() - run - 1].text == "the";
    common_subject
        && after_the
        && name.first().is_some_and(|t| t.is_capitalized())
        && name.iter().any(|t| {
            super::phrases::is_government_body(t.text)
                || super::phrases::is_public_agency_word(t.text)
        })
        && !name
            .iter()
            .any(|t| matches!(t.text, "European" | "International" | "United" | "World"))
}

/// Is a sentence about a party or the opposition: does it open with one (`The opposition
/// Independence Party, which …, said`), or name the opposition, a bloc or seats anywhere
/// (`The Islamic Action Front, … the largest opposition bloc in parliament, is …`, `The prime
/// minister's coalition came first with 46 seats`), but not `a party to` an accord?
fn is_about_a_party(sentence: &[Token<'_>]) -> bool {
    let opens = sentence
        .iter()
        .take(6)
        .take_while(|t| !t.punct)
        // (`The small Red-Green Alliance voted against.`: a party named an alliance.)
        .any(|t| matches!(t.lower(), "party" | "opposition") || t.text == "Alliance");
    opens
        || sentence.iter().enumerate().any(|(k, t)| {
            matches!(t.lower(), "opposition" | "bloc" | "seats")
                && sentence.get(k + 1).is_none_or(|n| n.text != "to")
        })
}

/// `Ernesto Villalba, president of Canacero,`: an office of a body named after `of` in the
/// apposition after the name (at `end`), when nothing in that name is a state's (no country,
/// institution, region or city the gazetteer knows, no public-body word such as `Senate`,
/// `Ministry`, `Central`). A president or director of such a body is no head of state, so
/// the dateline's country is no safe guess.
fn heads_unknown_body(tokens: &[Token<'_>], end: usize, gazetteer: &Gazetteer) -> bool {
    let Some(stop) = apposition_stop(tokens, end, 10) else {
        return false;
    };
    // (`mayor of Tibet's capital Lhasa`, `governor of X`: offices of places, not bodies.)
    let Some(of) = (end + 2..stop).find(|&k| {
        tokens[k].text == "of"
            && tokens[k - 1].is_title()
            && !matches!(
                tokens[k - 1].lower(),
                "mayor" | "governor" | "premier" | "minister"
            )
    }) else {
        return false;
    };
    // (`a lawmaker for the ruling Democratic Union of Builders`: a party in power or
    // opposition.)
    if tokens[end + 1..of].iter().any(|t| is_party_role(t.lower())) {
        return false;
    }
    let start = of + 1 + usize::from(tokens.get(of + 1).is_some_and(|t| t.text == "the"));
    let run: Vec<&Token<'_>> = tokens
        .get(start..stop)
        .unwrap_or_default()
        .iter()
        .take_while(|t| t.is_capitalized() || matches!(t.text, "of" | "and" | "for"))
        .collect();
    if run.is_empty() || !run[0].is_capitalized() {
        return false;
    }
    // (The whole apposition is read for the place: `director of the Division of Investment
    // for the state of New Jersey`.)
    let rest = tokens.get(start..stop).unwrap_or_default();
    let words: Vec<&str> = rest.iter().map(|t| t.text).collect();
    // (`leader of the Musavat party`, `deputy leader of Liverpool City Council`: parties and
    // local governments are their country's politics.)
    let state_word = rest.iter().any(|t| {
        super::phrases::is_public_body_word(t.text)
            || super::phrases::is_government_body(t.text)
            || super::phrases::is_legislature_word(t.text)
            // (Title words here name parties, `the Liberal Democrats`, `the Greens`; a trade
            // union is no state body.)
            || (t.is_title() && t.lower() != "union")
            || matches!(
                t.lower(),
                "party"
                    // (`a member of the Somali Salvation Forum`: a political grouping.)
                    | "forum"
                    | "front"
                    | "movement"
                    | "alliance"
                    | "coalition"
                    | "bloc"
                    | "council"
                    | "region"
                    | "regional"
                    | "province"
                    | "provincial"
                    | "state"
                    | "city"
                    | "county"
                    | "municipal"
                    | "autonomous"
                    | "department"
                    | "ministry"
                    | "agency"
                    | "bureau"
                    | "authority"
            )
    });
    // (`chairman of the Electoral Commission`: a state's commission.)
    let state_word = state_word || names_state_commission(rest);
    // (`president of the Cambodian League for the Promotion and Defense of Human Rights`: a
    // nationality opening an unknown body's name places it, not the state's.)
    let known = (0..words.len()).any(|k| {
        let opening_demonym = k == 0
            && matches!(
                gazetteer.longest_match(&words[k..]),
                Some((1, Entity::Country(_), TermKind::Demonym))
            );
        (gazetteer.longest_match(&words[k..]).is_some() && !opening_demonym)
            || gazetteer.region_words(&words[k..]).is_some()
            || gazetteer.city_country(words[k]).is_some()
    });
    !state_word && !known
}

/// `the principal secretary in Kenya's foreign ministry`: a possessive country (ending before
/// `after`) that owns the state body named next, where the person works.
fn owns_state_body(tokens: &[Token<'_>], after: usize) -> bool {
    // (`Brazil's Development, Industry and Trade Ministry`: the commas of a list of portfolios
    // stay inside the name.)
    let in_name = |k: usize| {
        let t = &tokens[k];
        !t.punct
            || (t.is_punct(&[","])
                && tokens
                    .get(k + 1)
                    .is_some_and(|n| !n.punct && n.is_capitalized()))
    };
    after > 0 && tokens[after - 1].possessive && {
        let run: Vec<usize> = (after..tokens.len())
            .take(7)
            .take_while(|&k| in_name(k))
            .collect();
        // (Three words at most, or five across the commas of a list of portfolios.)
        let listed = run.iter().any(|&k| tokens[k].punct);
        run.into_iter()
            .filter(|&k| !tokens[k].punct)
            .take(if listed { 5 } else { 3 })
            .any(|k| {
                let t = &tokens[k];
                matches!(
                    t.lower(),
                    "ministry"
                        | "government"
                        | "cabinet"
                        | "embassy"
                        | "presidency"
                        | "mission"
                        | "office"
                        | "department"
                )
                // (`Colombia's national weather institute`: a common noun of a public body
                // after a country's possessive.)
                || matches!(t.text, "institute" | "agency")
            })
    }
}

/// Do the titles make their holder a spokesperson?
fn is_spokesperson(titles: &[String]) -> bool {
    titles
        .iter()
        .any(|t| matches!(t.as_str(), "spokesman" | "spokeswoman" | "spokesperson"))
}

/// `Tehran Radio quoted defence spokesman X`, `the official Iraqi News Agency quoted Oil
/// Minister X`: a state's own radio, television or news agency quoting an official right before
/// the phrase at `start` quotes that state's official.
fn state_medium_country(
    tokens: &[Token<'_>],
    start: usize,
    titles: &[String],
    gazetteer: &Gazetteer,
) -> Option<usize> {
    if !titles.iter().any(|t| is_government_title(t)) {
        return None;
    }
    let quoted = start.checked_sub(1)?;
    if tokens[quoted].lower() != "quoted" {
        return None;
    }
    let medium_start = quoted.saturating_sub(5);
    let medium = &tokens[medium_start..quoted];
    let is_medium = medium.iter().any(|t| {
        matches!(
            t.lower(),
            "radio" | "television" | "tv" | "agency" | "broadcaster"
        )
    });
    if !is_medium || medium.iter().any(|t| t.punct) {
        return None;
    }
    (0..medium.len()).find_map(|k| {
        match gazetteer.longest_match(medium[k..].iter().map(|t| t.text)) {
            Some((
                _,
                Entity::Country(c),
                TermKind::Name | TermKind::Demonym | TermKind::Metonym,
            )) => Some(c),
            _ => None,
        }
    })
}

/// `Foreign Office spokeswoman X told a weekly briefing in Islamabad`, `Foreign ministry
/// spokesman X repeated that demand in Baku`: a government's spokesperson speaks at home, so
/// the seat of government where they brief names the government.
fn briefing_country(
    tokens: &[Token<'_>],
    mention: std::ops::Range<usize>,
    titles: &[String],
    gazetteer: &Gazetteer,
) -> Option<usize> {
    if !is_spokesperson(titles) {
        return None;
    }
    let end = mention.end;
    // (`Foreign ministry spokesman X`: the foreign ministry before the title phrase.)
    let foreign_ministry = titles.iter().any(|t| t == "foreign")
        || tokens[mention.start.saturating_sub(2)..mention.start]
            .iter()
            .any(|t| t.lower() == "foreign");
    let sentence_end = (end..tokens.len())
        .find(|&k| tokens[k].ends_sentence())
        .unwrap_or(tokens.len());
    // (`Foreign ministry spokesman X repeated that demand in Baku`: a foreign ministry's
    // spokesperson speaks at home wherever the sentence has them speak; an international
    // body's may speak in its host's capital, `IAEA spokesperson X said in Vienna`.)
    let within = end..sentence_end.min(end + 12);
    let at = match within.clone().find(|&k| tokens[k].lower() == "briefing") {
        Some(briefing) => (tokens.get(briefing + 1)?.lower() == "in").then_some(briefing + 1)?,
        None if foreign_ministry => within.clone().find(|&k| tokens[k].text == "in")?,
        None => return None,
    };
    let place = tokens.get(at + 1..sentence_end)?.iter().map(|t| t.text);
    match gazetteer.longest_match(place) {
        Some((_, Entity::Country(c), TermKind::Metonym)) => Some(c),
        _ => None,
    }
}

/// `Israel's energy ministry must still approve it. "…," the ministry's director general, X,
/// said`: the country owning the last `body` (a lowercase government body's word) named before
/// `before` in the paragraph, by a possessive country or a nationality a few words before it.
fn owner_of_body_named_before(
    tokens: &[Token<'_>],
    before: usize,
    body: &str,
    gazetteer: &Gazetteer,
) -> Option<usize> {
    let at = tokens[..before.min(tokens.len())]
        .iter()
        .rposition(|t| !t.punct && t.lower() == body)?;
    (at.saturating_sub(5)..at).rev().find_map(|from| {
        let words = tokens[from..at].iter().map(|t| t.text);
        let (n, entity, kind) = gazetteer.longest_match(words)?;
        let Entity::Country(c) = entity else {
            return None;
        };
        // (Only portfolio words between the owner and the body: `Israel's Energy Ministry`,
        // `the Israeli energy ministry`.)
        let between = &tokens[from + n..at];
        let owns = match kind {
            TermKind::Name => tokens[from + n - 1].possessive || between.is_empty(),
            TermKind::Demonym => true,
            _ => false,
        };
        let portfolio = |t: &Token<'_>| {
            !t.punct && (!t.is_capitalized() || super::phrases::is_portfolio_word(t.lower()))
        };
        (owns && between.iter().all(portfolio)).then_some(c)
    })
}

/// `National Oil Corporation`, `State Grid Company`: a name that calls itself a nation's or a
/// state's company.
fn is_national_company(name: &[Token<'_>]) -> bool {
    matches!(
        name,
        [first, .., last]
            if matches!(first.text, "National" | "State")
                && matches!(last.text, "Corporation" | "Company")
    )
}

/// `known by its French acronym X`, `known by the initials X`.
fn is_acronym_word(word: &str) -> bool {
    matches!(word, "acronym" | "initials" | "abbreviation")
}

/// Is `word` a government body's common noun that `the …'s` may refer back to?
fn is_government_body_noun(word: &str) -> bool {
    matches!(word, "ministry" | "department" | "embassy")
}

/// `Iran's revolutionary leader`, `the Soviet Union's chief negotiator`: a possessive country
/// or a demonym before up to three lowercase adjectives that open a title phrase at `start`.
fn owner_before_adjectives(
    tokens: &[Token<'_>],
    start: usize,
    gazetteer: &Gazetteer,
) -> Option<usize> {
    let mut k = start;
    while k > 0 && start - k < 3 {
        let t = &tokens[k - 1];
        let adjective = !t.punct
            && !t.is_capitalized()
            && !matches!(
                t.lower(),
                "the" | "a" | "an" | "and" | "of" | "said" | "says"
            )
            && !is_speech_verb(t.lower())
            && !super::is_finite_verb(t.lower());
        if !adjective {
            break;
        }
        k -= 1;
    }
    if k == start {
        return None;
    }
    // The country's words end right before the adjectives (`Soviet Union's`).
    (k.saturating_sub(3)..k).find_map(|from| {
        let words: Vec<&str> = tokens[from..k].iter().map(|t| t.text).collect();
        match gazetteer.longest_match(&words) {
            Some((n, Entity::Country(c), kind))
                if from + n == k && (tokens[k - 1].possessive || kind == TermKind::Demonym) =>
            {
                Some(c)
            }
            _ => None,
        }
    })
}

/// Verbs that end an apposition left open (`X, president of Y met …`).
fn ends_apposition(lower: &str) -> bool {
    super::is_finite_verb(lower)
        || matches!(
            lower,
            "met"
                | "made"
                | "gave"
                | "took"
                | "spoke"
                | "held"
                | "led"
                | "went"
                | "came"
                | "sent"
                | "began"
                | "won"
                | "lost"
                | "left"
                | "sat"
                | "flew"
        )
}

/// Lowercase nouns and adjectives for a body outside government (`a farmers' union`, `an
/// association of exporters`, `a private bank`). Narrower than [`is_non_state_body`]: a party,
/// a bloc or the opposition is no state, but its officers still speak in their country's
/// politics.
fn is_private_body_noun(word: &str) -> bool {
    matches!(
        word,
        "union"
            // (`a coalition of human rights groups`: or their plurals.)
            | "unions"
            | "associations"
            | "groups"
            | "companies"
            | "firms"
            | "charities"
            | "association"
            | "federation"
            | "chamber"
            | "firm"
            | "company"
            | "charity"
            | "lobby"
            | "think-tank"
            | "group"
            | "consultancy"
            | "brokerage"
            // (`deputy director of a Mekong Delta rice exporter`: a trading firm.)
            | "exporter"
            | "exporters"
            | "importer"
            | "importers"
            | "manufacturer"
            | "retailer"
            // (`who heads a scallop cooperative in Hokkaido`.)
            | "cooperative"
            | "co-operative"
            // (`managing director of a private bank in Baghdad`.)
            | "private"
            | "privately-owned"
            | "family-owned"
    )
}

/// Words that make a capitalized phrase a body outside government.
pub fn is_private_body_word(word: &str) -> bool {
    matches!(
        word.trim_end_matches('.'),
        "Centre"
            | "Center"
            | "Institute"
            | "Institution"
            | "University"
            // (`Universities Australia`, a peak body of universities.)
            | "Universities"
            | "College"
            | "Colleges"
            | "School"
            | "Schools"
            | "Foundation"
            | "Group"
            | "Corp"
            | "Corporation"
            | "Company"
            | "Inc"
            | "Securities"
            | "Research"
            | "Associates"
            | "Partners"
            | "Capital"
            | "Trust"
            | "Brothers"
            | "Holdings"
            | "Industries"
            | "Motors"
            | "Airlines"
            | "Airways"
            | "Petroleum"
            | "Oil"
            | "Bancorp"
            | "Electric"
            | "Chemical"
            | "Chemicals"
            | "Mining"
            | "Mines"
            | "Technologies"
            | "Laboratories"
            | "Pharmaceuticals"
            | "Electronics"
            | "Publications"
            | "Savings"
            | "Ltd"
            | "Co"
            | "Plc"
            | "PLC"
            // (`the Legal Network for Truthful Elections`, `Human Rights Watch`, the
            // `Congolese Human Rights Observatory`: monitors and campaigns.)
            | "Network"
            | "Watch"
            | "Observatory"
    )
}

/// `New Zealand Kiwifruit Growers`, `Canadian Manufacturers & Exporters`: the last word of a
/// body of a trade's members (a common noun too, so read only inside a capitalized name).
fn is_trade_members_word(word: &str) -> bool {
    matches!(
        word,
        "Growers"
            | "Exporters"
            | "Importers"
            | "Producers"
            | "Manufacturers"
            | "Retailers"
            | "Employers"
    )
}

/// `China's Foreign Ministry said … “…,” spokesperson Mao Ning said`: a spokesperson with no
/// country of their own speaks for the country of the institution named just before them in
/// the paragraph (a country name or demonym right before an institution word).
fn spokesperson_country(
    tokens: &[Token<'_>],
    start: usize,
    titles: &[String],
    gazetteer: &Gazetteer,
) -> Option<usize> {
    if !is_spokesperson(titles) {
        return None;
    }
    (start.saturating_sub(40)..start).rev().find_map(|k| {
        let t = &tokens[k];
        // (`The U.S. state department issued a statement …, and spokesman X said`: or a
        // ministry written lowercase.)
        // (Not the spokesperson's own modifier, `commerce ministry spokesperson X`; and only
        // a country's name or nationality right before it.)
        let lowercase_body =
            !t.punct && matches!(t.text, "department" | "ministry") && k + 3 < start;
        if lowercase_body {
            return (k.saturating_sub(3)..k).find_map(|from| {
                let words: Vec<&str> = tokens[from..k].iter().map(|t| t.text).collect();
                match gazetteer.longest_match(&words) {
                    Some((n, Entity::Country(c), TermKind::Name | TermKind::Demonym))
                        if from + n + 1 >= k && tokens[from..k].iter().all(|t| !t.punct) =>
                    {
                        Some(c)
                    }
                    _ => None,
                }
            });
        }
        if !t.is_capitalized() || !is_institution_word(t.text) {
            return None;
        }
        // (`China's Taiwan Affairs Office`: a possessive country owns the body, whatever
        // place its name holds.)
        let owner = (k.saturating_sub(4)..k).find_map(|j| {
            let owns = tokens[j].possessive && !tokens[j].punct;
            owns.then(|| {
                (j.saturating_sub(2)..=j).find_map(|from| {
                    let words = tokens[from..=j].iter().map(|t| t.text);
                    match gazetteer.longest_match(words) {
                        Some((n, Entity::Country(c), TermKind::Name)) if from + n == j + 1 => {
                            Some(c)
                        }
                        _ => None,
                    }
                })
            })
            .flatten()
        });
        if owner.is_some() {
            return owner;
        }
        // (`The State Department renewed its warning … what spokeswoman X called`: a body the
        // gazetteer knows as one state's metonym; not a party it lists among a state's
        // institutions, which the sentence may only mention.)
        let state_body = (k.saturating_sub(3)..=k).find_map(|from| {
            let words = tokens[from..=k].iter().map(|t| t.text);
            match gazetteer.longest_match(words) {
                Some((n, Entity::Country(c), TermKind::Metonym)) if from + n == k + 1 => Some(c),
                _ => None,
            }
        });
        if state_body.is_some() {
            return state_body;
        }
        // The country term ends one or two words before the institution word.
        (k.saturating_sub(3)..k).find_map(|from| {
            let words: Vec<&str> = tokens[from..k].iter().map(|t| t.text).collect();
            match gazetteer.longest_match(&words) {
                Some((n, Entity::Country(c), TermKind::Name | TermKind::Demonym))
                    if from + n + 1 >= k =>
                {
                    Some(c)
                }
                _ => None,
            }
        })
    })
}

/// `Jake Garn, ranking Republican on the Senate Banking Committee,`: an apposition after the
/// name (at `end`) that seats a Republican or a Democrat on a committee of the Senate or the
/// House names a member of the United States Congress.
fn congress_party_apposition(
    tokens: &[Token<'_>],
    end: usize,
    gazetteer: &Gazetteer,
) -> Option<usize> {
    let stop = apposition_stop(tokens, end, 12)?;
    let apposition = &tokens[end + 1..stop];
    let has = |words: &[&str]| apposition.iter().any(|t| words.contains(&t.text));
    if !(has(&["Republican", "Democrat", "Democratic"])
        && has(&["Senate", "House"])
        && has(&["Committee", "Subcommittee"]))
    {
        return None;
    }
    match gazetteer.lookup("United States") {
        Some((Entity::Country(c), _)) => Some(c),
        _ => None,
    }
}

/// `Chicago mayor X`, `NYC Mayor X`: the country of a city the gazetteer places, named right
/// before a mayor's title in the phrase.
fn city_before_mayor(phrase: &[Token<'_>], gazetteer: &Gazetteer) -> Option<usize> {
    let mayor = phrase.iter().position(|t| t.lower() == "mayor")?;
    (mayor.saturating_sub(3)..mayor).find_map(|from| {
        let run = &phrase[from..mayor];
        if run.iter().any(|t| t.punct || !t.is_capitalized()) {
            return None;
        }
        let city = run.iter().map(|t| t.text).collect::<Vec<_>>().join(" ");
        gazetteer.city_country(&city)
    })
}

/// The country of the region a legislator represents, named after the name: a party tag
/// (`Sen. Frank Lautenberg (D-N.J.)`), `of Texas`, or `, a Republican from Utah,`.
/// `regional` tells whether the person holds a regional office (`Rep.`, `Senator`).
fn region_after_name(
    tokens: &[Token<'_>],
    end: usize,
    regional: bool,
    gazetteer: &Gazetteer,
) -> Option<usize> {
    let next = tokens.get(end)?;
    // (`Bill Frenzel, R-Minn., said`: or between commas; `Dan Glickman, (D-Kans.),`: or
    // both.)
    let tag = if next.is_punct(&[","]) && tokens.get(end + 1).is_some_and(|t| t.is_punct(&["("])) {
        end + 2
    } else {
        end + 1
    };
    if next.is_punct(&["(", ","]) && super::tokens::is_party_state_tag(tokens.get(tag)?.text) {
        // (A state written some other way, `D-Cal`, is still one of Congress's.)
        let (_, region) = tokens[tag].text.split_once('-')?;
        return gazetteer
            .region_abbreviation(region.trim_end_matches('.'))
            .or_else(|| match gazetteer.lookup("United States") {
                Some((Entity::Country(c), _)) => Some(c),
                _ => None,
            });
    }
    let region_at = |k: usize| {
        let words: Vec<&str> = tokens[k.min(tokens.len())..tokens.len().min(k + 3)]
            .iter()
            .take_while(|t| !t.punct)
            .map(|t| t.text)
            .collect();
        gazetteer.region_starting(&words)
    };
    if matches!(next.text, "of" | "from") {
        return regional.then(|| region_at(end + 1)).flatten();
    }
    if !next.is_punct(&[","]) {
        return None;
    }
    // `, a Republican from Utah,`: a short apposition.
    let stop = (end + 1..tokens.len().min(end + 8))
        .find(|&k| tokens[k].punct)
        .unwrap_or(tokens.len().min(end + 8));
    let segment = &tokens[end + 1..stop];
    let party = segment
        .iter()
        .any(|t| matches!(t.lower(), "republican" | "democrat" | "democratic"));
    // `Conable, is a former Republican Congressman from New York`: a clause, or a former
    // office, says nothing of whom the person speaks for now.
    let apposition = segment
        .first()
        .is_some_and(|t| matches!(t.lower(), "a" | "an" | "the") || t.is_title());
    let former = segment.iter().any(|t| t.lower() == "former");
    if !(regional || party) || !apposition || former {
        return None;
    }
    // (`, an Illinois Democrat,`: or a region before the party.)
    let before_party = || {
        let at = (end + 1..stop)
            .find(|&k| matches!(tokens[k].lower(), "republican" | "democrat" | "democratic"))?;
        let words: Vec<&str> = tokens[at.saturating_sub(3).max(end + 1)..at]
            .iter()
            .map(|t| t.text)
            .collect();
        gazetteer.region_ending(&words)
    };
    (end + 1..stop)
        .find(|&k| matches!(tokens[k].text, "of" | "from"))
        .and_then(|k| region_at(k + 1))
        .or_else(before_party)
}

/// Do the lowercase words at `at` (up to three) name a country's private sector rather than
/// its government (`Japanese business group`, `Dutch industry leader`, `U.S. car maker`)?
fn names_private_sector(tokens: &[Token<'_>], at: usize) -> bool {
    let run = || {
        tokens
            .iter()
            .skip(at)
            .take(3)
            .take_while(|t| !t.punct && !t.is_capitalized())
    };
    // `British corporate affairs minister`: a government title after all.
    let ministerial = |t: &Token<'_>| {
        matches!(
            t.lower(),
            "minister" | "ministry" | "secretary" | "department" | "undersecretary"
        )
    };
    if run().any(ministerial) {
        return false;
    }
    run().any(|t| {
        matches!(
            t.lower(),
            "business"
                | "businesses"
                | "businessman"
                | "businesswoman"
                | "firm"
                | "firms"
                | "company"
                | "companies"
                | "industry"
                | "industrialist"
                | "employers"
                | "manufacturers"
                | "manufacturer"
                | "maker"
                | "makers"
                | "carmaker"
                | "automaker"
                | "brokerage"
                | "conglomerate"
                // Trade bodies and unions (`a Scottish pelagic fishermen's association`).
                | "association"
                | "associations"
                | "federation"
                | "union"
                | "unions"
                | "lobby"
                | "exporters"
                | "growers"
                | "producers"
                | "farmers"
                | "fishermen"
        )
    })
}

/// `David Baker, speaking on behalf of Israeli Prime Minister Ehud Olmert`: someone speaking
/// on behalf of a country's leader or government speaks for that country.
fn behalf_country(tokens: &[Token<'_>], end: usize, gazetteer: &Gazetteer) -> Option<usize> {
    let mut k = end;
    if tokens.get(k).is_some_and(|t| t.is_punct(&[","])) {
        k += 1;
    }
    let word = |i: usize, w: &str| tokens.get(i).is_some_and(|t| !t.punct && t.lower() == w);
    if word(k, "speaking") {
        k += 1;
    }
    if word(k, "on") && word(k + 1, "behalf") && word(k + 2, "of") {
        k += 3;
    } else {
        return None;
    }
    if tokens
        .get(k)
        .is_some_and(|t| matches!(t.lower(), "the" | "a" | "an"))
    {
        k += 1;
    }
    // The first words of the phrase name the country (`Israeli Prime Minister …`, `the Israeli
    // government`, `Israel`).
    let words: Vec<&str> = tokens[k.min(tokens.len())..tokens.len().min(k + 4)]
        .iter()
        .take_while(|t| !t.punct)
        .map(|t| t.text)
        .collect();
    match gazetteer.longest_match(&words) {
        Some((_, Entity::Country(c), _)) => Some(c),
        _ => None,
    }
}

/// Lowercase modifiers of a title that name the government itself (`government spokesman`).
fn is_own_government_word(word: &str) -> bool {
    // (`junta spokesman X`: a military government is the government.)
    matches!(
        word,
        "government" | "cabinet" | "presidential" | "ministry" | "junta"
    )
}

/// `after meeting his North Macedonian counterpart, Goran Nikolovski`: the country of the
/// counterpart named at `start` (with or without the comma).
fn counterpart_country(tokens: &[Token<'_>], start: usize, gazetteer: &Gazetteer) -> Option<usize> {
    let mut k = start;
    if k > 0 && tokens[k - 1].is_punct(&[","]) {
        k -= 1;
    }
    if k == 0 || !matches!(tokens[k - 1].lower(), "counterpart" | "counterparts") {
        return None;
    }
    let term_end = k - 1;
    // The demonym or country right before `counterpart`, after `his`/`her`/`its`/`their`.
    (term_end.saturating_sub(3)..term_end).find_map(|from| {
        // (`his North Macedonian counterpart`: the gazetteer may know only `Macedonian`.)
        let owner = tokens[from.saturating_sub(2)..from]
            .iter()
            .any(|t| matches!(t.lower(), "his" | "her" | "its" | "their"));
        let words = tokens[from..term_end].iter().map(|t| t.text);
        match gazetteer.longest_match(words) {
            Some((n, Entity::Country(c), _)) if owner && n == term_end - from => Some(c),
            _ => None,
        }
    })
}

/// The country named by a demonym or country name that opens a longer title ending at `start`
/// (`Philippine coast guard spokesperson`, `Greek government spokesman`): up to four lowercase
/// words between it and the title.
fn country_left_of_title(
    tokens: &[Token<'_>],
    start: usize,
    gazetteer: &Gazetteer,
) -> Option<usize> {
    // (`Lebanese central bank Vice Governor X`: or a capitalized title after lowercase words.)
    let opens_lowercase = tokens
        .get(start)
        .is_some_and(|t| !t.punct && (!t.is_capitalized() || t.is_title()));
    if !opens_lowercase {
        return None;
    }
    let mut k = start;
    while k > 0 && start - k < 4 {
        let t = &tokens[k - 1];
        if t.punct || t.is_capitalized() || t.possessive {
            break;
        }
        // (`covered Lebanese issues with President X`: a preposition ends the title; `and`,
        // `of` or `for` inside a lowercase run may not, `Greek trade and industry minister`,
        // `Japanese vice-minister of finance for international affairs`; nor `by` after
        // `led`, `the Saudi delegation was led by Deputy Commerce Minister X`.)
        if is_function_word(t.lower()) {
            let before = tokens.get(k.wrapping_sub(2)).filter(|b| !b.punct);
            let inside = match t.lower() {
                "and" | "of" | "for" => {
                    before.is_some_and(|b| !b.is_capitalized() && !is_function_word(b.lower()))
                }
                "by" => before.is_some_and(|b| matches!(b.lower(), "led" | "headed")),
                _ => false,
            };
            if !inside {
                break;
            }
        }
        // (`bolivian central bank governor X`: a demonym typed in lowercase.)
        let mut capitalized = t.text.to_string();
        if let Some(first) = capitalized.get_mut(..1) {
            first.make_ascii_uppercase();
        }
        if let Some((Entity::Country(c), TermKind::Demonym)) = gazetteer.lookup(&capitalized) {
            return (!names_private_sector(tokens, k)).then_some(c);
        }
        k -= 1;
    }
    if k == start || k == 0 || names_private_sector(tokens, k) {
        return None;
    }
    // The term ends right before the lowercase run: try the few words that can start it.
    // (Not a destination: `ambassador to Britain and opposition leader X`.)
    (k.saturating_sub(3)..k).find_map(|from| {
        let words: Vec<&str> = tokens[from..k].iter().map(|t| t.text).collect();
        let destination = from > 0 && tokens[from - 1].text == "to";
        match gazetteer.longest_match(&words) {
            Some((n, Entity::Country(c), TermKind::Name | TermKind::Demonym))
                if n == k - from && !destination =>
            {
                Some(c)
            }
            _ => None,
        }
    })
}

/// `… such as Japan, whose Finance Minister Yoshihiko Noda argued`: a country's relative
/// `whose` owns the government title that follows it, as a possessive does.
fn whose_country(
    tokens: &[Token<'_>],
    start: usize,
    titles: &[String],
    gazetteer: &Gazetteer,
) -> Option<usize> {
    let whose = start.checked_sub(1)?;
    if tokens[whose].lower() != "whose"
        || whose < 2
        || !tokens[whose - 1].is_punct(&[","])
        || !titles.iter().any(|t| is_government_title(t))
    {
        return None;
    }
    let end = whose - 1;
    (end.saturating_sub(4)..end).find_map(|from| {
        let words: Vec<&str> = tokens[from..end].iter().map(|t| t.text).collect();
        match gazetteer.longest_match(&words) {
            Some((n, Entity::Country(c), TermKind::Name)) if n == end - from => Some(c),
            _ => None,
        }
    })
}

/// A title that stands right before a surname (`President Reagan`, `Mr. Lho`), as opposed to
/// the domain of a title (`State of the Union Address`).
/// Forms of address that name no office (`Mr`, `Dr`, `Sheikh`).
fn is_honorific(title: &str) -> bool {
    matches!(
        title.trim_end_matches('.'),
        "mr" | "mrs" | "ms" | "dr" | "prof" | "sheikh" | "sir" | "dame"
    )
}

pub(super) fn is_personal_title(title: &str) -> bool {
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
                | "hon"
                | "hon."
                | "honourable"
                | "honorable"
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

/// `who gave his name only as Top`, `who gave only his first name, Ahmad,`: does the word at
/// `at` follow the idiom of someone who gives a single name?
pub(super) fn given_name_at(tokens: &[Token<'_>], at: usize) -> bool {
    let Some(before) = at.checked_sub(1) else {
        return false;
    };
    let name_word = match tokens[before].lower() {
        "as" => (before.saturating_sub(2)..before)
            .rev()
            .find(|&k| tokens[k].lower() == "name"),
        "," => before
            .checked_sub(1)
            .filter(|&k| tokens[k].lower() == "name"),
        _ => None,
    };
    name_word.is_some_and(|k| {
        tokens[k.saturating_sub(5)..k]
            .iter()
            .any(|t| matches!(t.lower(), "gave" | "give" | "giving" | "gives"))
    }) && tokens[at].is_capitalized()
        && !tokens[at].punct
}

/// `in its Washington embassy`, `at the Paris mission`: where the words after `in` or `at`
/// start, when a determiner, a capitalized place and a mission's noun end at `end`.
fn mission_seat_start(tokens: &[Token<'_>], end: usize) -> Option<usize> {
    let noun = end.checked_sub(1)?;
    if !matches!(
        tokens[noun].text,
        "embassy" | "consulate" | "mission" | "delegation"
    ) {
        return None;
    }
    let place = (0..noun)
        .rev()
        .take_while(|&k| !tokens[k].punct && tokens[k].is_capitalized())
        .last()?;
    let determiner = place.checked_sub(1)?;
    let preposition = determiner.checked_sub(1)?;
    (matches!(
        tokens[determiner].lower(),
        "its" | "their" | "the" | "his" | "her"
    ) && matches!(tokens[preposition].lower(), "in" | "at"))
    .then_some(determiner)
}

/// `The commission's deputy chair`: is the word at `at` a public body, owning the office
/// after it, that `the` takes up from the dispatch's earlier mention?
fn owned_by_public_body(tokens: &[Token<'_>], at: usize) -> bool {
    at >= 1
        && tokens.get(at - 1).is_some_and(|t| t.lower() == "the")
        && tokens.get(at).is_some_and(|t| {
            t.possessive
                && !t.is_capitalized()
                && matches!(
                    t.lower(),
                    "commission"
                        | "ministry"
                        | "regulator"
                        | "agency"
                        | "authority"
                        | "cabinet"
                        | "government"
                        | "department"
                        | "bureau"
                )
        })
}

/// Lowercase nouns of bodies that are not a state (`the rebel group`, `the company`).
fn is_non_state_body(lower: &str) -> bool {
    matches!(
        lower,
        "rebel"
            | "rebels"
            | "group"
            | "company"
            | "firm"
            | "party"
            | "bloc"
            | "union"
            | "movement"
            | "militia"
            | "opposition"
            | "coalition"
            | "association"
            | "campaign"
            | "organization"
            | "organisation"
            | "insurgents"
            | "family"
            // (`a spokeswoman for the mission`: a peacekeeping or observer mission; a state's
            // is named with its demonym, `the Chinese mission`.)
            | "mission"
    )
}

/// Do the words after a demonym name a political party (`Socialist Party`, `National
/// Front`, `the Australian Democrats`, `the Irish party Fianna Fail`, `the Dutch opposition
/// party`)?
fn names_party(tokens: &[Token<'_>]) -> bool {
    let common_noun = tokens
        .iter()
        .take(2)
        .take_while(|t| !t.punct && !t.is_capitalized())
        .any(|t| t.lower() == "party");
    common_noun
        || tokens
            .iter()
            .take(4)
            .take_while(|t| !t.punct && t.is_capitalized())
            .any(|t| {
                matches!(
                    t.lower(),
                    "party"
                        | "front"
                        | "democrats"
                        | "republicans"
                        | "socialists"
                        | "greens"
                        | "liberals"
                        | "conservatives"
                )
            })
}

/// Do the capitalized words that follow name a private body (`Chamber of Commerce`,
/// `Soybean Association`)?
fn names_private_body(tokens: &[Token<'_>]) -> bool {
    tokens
        .iter()
        .take(4)
        .take_while(|t| !t.punct && t.is_capitalized())
        .any(|t| super::phrases::is_private_body_name(t.text))
}

/// Does the name the gazetteer matches at `k` run on from a capitalized word before it
/// (`National` in `the National Security Council`), so it names something else?
fn inside_longer_name(tokens: &[Token<'_>], k: usize) -> bool {
    k > 0 && {
        let before = &tokens[k - 1];
        before.is_capitalized()
            && !before.punct
            && !before.possessive
            && !super::tokens::is_capitalized_stopword(before.text)
    }
}

/// Do the words after a demonym name the state's own body (`Chinese Foreign Ministry`,
/// `Iranian government`, `Russian Embassy`) rather than a private one (`American Chamber of
/// Commerce`)?
fn names_state_body(tokens: &[Token<'_>]) -> bool {
    // (`the Nigerian Midstream and Downstream Petroleum Regulatory Authority`: a name that ends
    // in an authority or an agency, however long.)
    let run_end = tokens
        .iter()
        .take(8)
        .take_while(|t| !t.punct && (t.is_capitalized() || t.text == "and"))
        .last();
    if run_end.is_some_and(|t| super::phrases::is_public_agency_word(t.text)) {
        return true;
    }
    tokens.iter().take(3).take_while(|t| !t.punct).any(|t| {
        // (`a spokeswoman for the Armenian prime minister`: an office of the state.)
        is_government_body(t.text)
            || matches!(
                t.lower(),
                "minister" | "president" | "premier" | "chancellor"
            )
            || matches!(
                t.lower(),
                "government"
                    | "ministry"
                    | "cabinet"
                    | "embassy"
                    | "foreign"
                    | "parliament"
                    | "congress"
                    | "senate"
                    | "assembly"
                    | "army"
                    | "navy"
                    | "military"
                    | "armed"
                    | "mission"
                    | "delegation"
                    | "national"
                    | "commission"
                    | "general"
                    | "defence"
                    | "defense"
                    | "interior"
                    | "central"
                    | "supreme"
                    | "presidential"
                    | "state"
                    | "police"
                    | "guard"
                    // (`Commander of the British forces in Afghanistan`.)
                    | "forces"
                    | "troops"
                    | "fleet"
                    | "command"
                    | "marines"
            )
    })
}

/// `the National Police`, `the National Drug Law Enforcement Agency`, `the National Electoral
/// Commission`: a body whose capitalized name opens with `National` and ends in an agency, an
/// authority, a police, a commission, a bureau or a guard is the state's (not the `National
/// Rifle Association` or the `National Bank of Kuwait`, a firm).
pub(super) fn names_national_body(segment: &[Token<'_>]) -> bool {
    segment.iter().enumerate().any(|(i, t)| {
        t.text == "National"
            && segment[i + 1..]
                .iter()
                .take(6)
                .take_while(|t| !t.punct && t.is_capitalized())
                .last()
                .is_some_and(|last| {
                    matches!(
                        last.text,
                        "Agency"
                            | "Authority"
                            | "Police"
                            | "Commission"
                            | "Bureau"
                            | "Directorate"
                            | "Guard"
                    )
                })
    })
}

/// `John Boehner, Republican House Majority Leader,`, `X, the Senate minority leader,`: the
/// country a title in apposition after the name (at `end`) mostly means, past an article
/// and a party's name.
fn usual_title_after(tokens: &[Token<'_>], end: usize, gazetteer: &Gazetteer) -> Option<usize> {
    if !tokens.get(end)?.is_punct(&[","]) {
        return None;
    }
    let mut start = end + 1;
    while tokens.get(start).is_some_and(|t| {
        matches!(
            t.lower(),
            "the" | "republican" | "democrat" | "democratic" | "senior" | "veteran"
        )
    }) {
        start += 1;
    }
    let words: Vec<&str> = tokens[start..]
        .iter()
        .take(5)
        .take_while(|t| !t.punct)
        .map(|t| t.lower())
        .collect();
    let (n, country, _) = gazetteer.title_country(&words)?;
    // (The whole apposition is the title: not `X, Treasury Secretary Y's deputy,`.)
    tokens
        .get(start + n)
        .is_none_or(|t| t.punct)
        .then_some(country)
}

/// `the U.S. Fifth Fleet`, `the British Embassy`: after a country's name, a body of its armed
/// forces or its foreign service, which only a state has (not `the American Farm Bureau`).
/// Narrower than [`names_state_body`], whose `national` or `general` also open private bodies'
/// names (`the U.S. National Association of Manufacturers`).
fn names_armed_or_foreign_service(tokens: &[Token<'_>]) -> bool {
    tokens
        .iter()
        .take(3)
        .take_while(|t| !t.punct && t.is_capitalized())
        .any(|t| {
            matches!(
                t.lower(),
                "army"
                    | "navy"
                    | "fleet"
                    | "forces"
                    | "command"
                    | "marines"
                    | "military"
                    | "embassy"
                    | "consulate"
            )
        })
}

/// `In China, Foreign Ministry spokesman Liu Jianchao expressed concern`: the country of a
/// sentence's opening `In COUNTRY,` (or its capital or a city) before the phrase at `start`.
fn opening_country(tokens: &[Token<'_>], start: usize, gazetteer: &Gazetteer) -> Option<usize> {
    let mut comma = start.checked_sub(1)?;
    // (`In Tehran, hard-line lawmaker X`, `In Beijing, foreign ministry spokesman X`: past
    // the lowercase words before the title; `In Kabul, Taliban government spokesman X`: and a
    // name the government goes by.)
    for _ in 0..3 {
        let adjective = &tokens[comma];
        let government_name = adjective.is_capitalized()
            && tokens
                .get(comma + 1)
                .is_some_and(|t| t.lower() == "government");
        if adjective.punct || (adjective.is_capitalized() && !government_name) || comma == 0 {
            break;
        }
        comma -= 1;
    }
    if !tokens[comma].is_punct(&[","]) || comma < 2 {
        return None;
    }
    // `In Addis Ababa, a foreign ministry spokesperson, Hirut Bekele, told`: past a
    // description in apposition before the name.
    if let Some(before) = (0..comma).rev().find(|&k| tokens[k].punct) {
        let described = tokens[before].is_punct(&[","])
            && tokens
                .get(before + 1)
                .is_some_and(|t| matches!(t.lower(), "a" | "an" | "the"))
            && tokens[before + 1..comma].iter().any(|t| t.is_title());
        if described && before >= 2 {
            comma = before;
        }
    }
    // (`In the southern Syrian province of Daraa, which borders Jordan, provincial governor X`.)
    let (comma, opening) = past_relative_clause(tokens, comma);
    let sentence_start = opening == 0 || tokens[opening - 1].ends_sentence();
    if !sentence_start || tokens[opening].lower() != "in" {
        return None;
    }
    if let Some(c) = demonym_place(&tokens[opening + 1..comma], gazetteer) {
        return Some(c);
    }
    // `In Beijing,`, `In Niamey,`: a capital or a dateline city places the sentence as well.
    let words: Vec<&str> = tokens[opening + 1..comma].iter().map(|t| t.text).collect();
    // (`In Guatemala City,`: a capital named after its country.)
    let city_of = |n: usize| n + 1 == words.len() && words[n] == "City";
    match gazetteer.longest_match(&words) {
        Some((n, Entity::Country(c), TermKind::Name | TermKind::Metonym))
            if n == words.len() || city_of(n) =>
        {
            Some(c)
        }
        Some(_) => None,
        None => gazetteer.city_country(&words.join(" ")),
    }
}

/// Where the clause ending at `end` starts: right after the last punctuation mark before it.
fn clause_start(tokens: &[Token<'_>], end: usize) -> usize {
    (0..end)
        .rev()
        .find(|&k| tokens[k].punct)
        .map_or(0, |k| k + 1)
}

/// Does a quote end right before the token at `at` (its `"` marker, or the marker and a comma
/// typed outside the marks)?
fn follows_quote(tokens: &[Token<'_>], at: usize) -> bool {
    let marker = |k: usize| tokens[k].is_punct(&["\""]);
    (at >= 1 && marker(at - 1)) || (at >= 2 && tokens[at - 1].is_punct(&[","]) && marker(at - 2))
}

/// The clause that ends at the comma at `comma`, as (its closing comma, its start), past a
/// short relative clause on its last noun (`…'s Mangystau region, which includes Aktau,`). A
/// long one may hold the sentence's own verb and object (`which showed X with 49 percent and
/// his main opponent, Y,`), so it is not skipped.
fn past_relative_clause(tokens: &[Token<'_>], comma: usize) -> (usize, usize) {
    let opening = clause_start(tokens, comma);
    let relative = comma - opening <= 6
        && tokens
            .get(opening)
            .is_some_and(|t| matches!(t.lower(), "which" | "whose" | "where"));
    if relative && opening >= 2 && tokens[opening - 1].is_punct(&[","]) {
        (opening - 1, clause_start(tokens, opening - 1))
    } else {
        (comma, opening)
    }
}

/// `the southern Syrian province of Daraa`, `the northern Iraqi city of Mosul`: a place named
/// as a part of the country a demonym gives.
fn demonym_place(words: &[Token<'_>], gazetteer: &Gazetteer) -> Option<usize> {
    let (the, rest) = words.split_first()?;
    if the.lower() != "the" {
        return None;
    }
    let demonym = rest.iter().position(|t| t.is_capitalized())?;
    if rest[..demonym].iter().any(|t| {
        t.punct
            || !matches!(
                t.lower(),
                "northern"
                    | "southern"
                    | "eastern"
                    | "western"
                    | "central"
                    | "northeastern"
                    | "northwestern"
                    | "southeastern"
                    | "southwestern"
                    | "remote"
                    | "restive"
                    | "coastal"
            )
    }) {
        return None;
    }
    let (n, entity, kind) = gazetteer.longest_match(rest[demonym..].iter().map(|t| t.text))?;
    let (Entity::Country(c), TermKind::Demonym) = (entity, kind) else {
        return None;
    };
    let place = rest.get(demonym + n)?;
    let of = rest.get(demonym + n + 1)?;
    let named = rest.get(demonym + n + 2)?;
    let part = matches!(
        place.lower(),
        "province"
            | "region"
            | "state"
            | "city"
            | "town"
            | "district"
            | "county"
            | "department"
            | "village"
            | "port"
    );
    (part && of.lower() == "of" && named.is_capitalized()).then_some(c)
}

/// Offices that only a state gives (`Chancellor`, `Senator`, `Governor`, `Financial
/// Secretary`, `Police Commissioner`), whatever body a mention also named (`Tory Chancellor
/// X`, `Family First Senator X`): the holder is the dispatch's own official even when
/// described through another body or person. (Not a bare `secretary` or `commissioner`, which
/// unions and international bodies have too.)
fn holds_office_of_state(titles: &[String]) -> bool {
    let has = |word: &str| titles.iter().any(|t| t == word);
    let portfolio = titles.iter().any(|t| {
        super::phrases::is_portfolio_word(t)
            || matches!(t.as_str(), "financial" | "cabinet" | "state")
    });
    let state_commission = titles.iter().any(|t| {
        matches!(
            t.as_str(),
            "police" | "banking" | "tax" | "customs" | "electoral" | "election"
        )
    });
    titles.iter().any(|t| {
        matches!(
            t.as_str(),
            "chancellor" | "senator" | "sen." | "ombudsman" | "governor"
        )
    }) || (has("secretary") && portfolio && !has("general"))
        || (has("commissioner") && state_commission)
}

/// Offices in a country's public life that the dispatch's own country holds when nothing else
/// places their holder: a chamber's speaker, a superintendent.
fn is_local_public_office(title: &str) -> bool {
    matches!(title, "speaker" | "superintendent")
}

/// Titles of people who speak for a government (`vice-premier` by its last part).
pub(super) fn is_government_title(title: &str) -> bool {
    // (`minister-designate`: an office about to be taken up; not `president-elect`, whose
    // body a private one may be: `American Soybean Association (ASA) president-elect X`.)
    let title = title.strip_suffix("-designate").unwrap_or(title);
    let office = super::tokens::after_last_hyphen(title);
    listed_government_title(office)
        || office
            .strip_suffix('s')
            .is_some_and(super::tokens::is_plural_office)
}

fn listed_government_title(title: &str) -> bool {
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
            // (`Treasurer Wayne Swan`: Australia's and New Zealand's finance minister; a
            // firm's treasurer is the firm's, which `qualified` already tells.)
            | "treasurer"
            | "pm"
            | "taoiseach"
            | "prosecutor"
            // (`Judge X turned down a request by the government`: a state's court.)
            | "judge"
            | "counsellor"
            | "counselor"
            | "consul"
            | "attache"
            | "governor"
            | "regent"
            | "prefect"
            // (`Administrator X` of a state authority: an agency's head.)
            | "administrator"
            // (`Energy Undersecretary X`: a government's, as a minister's deputy.)
            | "undersecretary"
            | "under-secretary"
            | "senator"
            | "sen."
            | "rep."
            // (`Rep David Obey`: British style writes no period.)
            | "rep"
            | "gov."
            | "official"
            | "negotiator"
            | "representative"
            | "aide"
            | "adviser"
            | "advisor"
            | "director"
            | "commissioner"
            | "general"
            | "commander"
            | "admiral"
            | "colonel"
            // (`Col. X`, `Brig. Gen. X`: the abbreviated ranks.)
            | "col."
            | "gen."
            | "brig."
            | "brigadier"
            | "king"
            | "queen"
            | "prince"
            | "leader"
            | "diplomat"
            | "congressman"
            | "congresswoman"
            | "councilman"
            | "councilwoman"
            | "councilor"
            | "councillor"
            | "assemblyman"
            | "assemblywoman"
            | "alderman"
            | "lawmaker"
            | "legislator"
            // (`Opposition politician X`: someone in a country's politics.)
            | "politician"
            | "mp"
            | "mayor"
            | "ombudsman"
            | "ombudswoman"
    )
}

/// Do two names of two words or more differ only in middle initials (`George Bush`, `George
/// W. Bush`)? (Not in a suffix: `Ian Paisley Jr` is Ian Paisley's son.)
fn same_but_initials(a: &[String], b: &[String]) -> bool {
    // (Compared in place: this runs for every known person at every name lookup.)
    match (a, b) {
        ([a_first, a_middle @ .., a_last], [b_first, b_middle @ .., b_last]) => {
            a_first == b_first
                && a_last == b_last
                && a_middle
                    .iter()
                    .filter(|w| !is_initial_key(w))
                    .eq(b_middle.iter().filter(|w| !is_initial_key(w)))
        }
        _ => false,
    }
}

/// A middle initial's key (`w.` of `George W. Bush`).
fn is_initial_key(key: &str) -> bool {
    key.trim_end_matches('.').chars().count() == 1
}

/// A name's [`name_key`]s without a trailing `Jr.`, `Sr.`, `II` or `III`.
fn without_suffix(keys: &[String]) -> &[String] {
    match keys.split_last() {
        Some((last, rest))
            if !rest.is_empty()
                && matches!(
                    last.trim_end_matches('.'),
                    "jr" | "sr" | "ii" | "iii" | "iv"
                ) =>
        {
            rest
        }
        _ => keys,
    }
}

/// The form two name words are compared in: case-insensitive, and `al-Rifa'i` = `Rifa'i` (a
/// joined particle may be dropped), accents aside. Words with equal keys are the same word.
fn name_key(w: &str) -> String {
    let key = super::tokens::split_at_first_hyphen(w)
        .filter(|(head, _)| super::tokens::is_name_particle(&head.to_lowercase()))
        .map_or(w, |(_, rest)| rest)
        .to_lowercase();
    if key.is_ascii() {
        return key;
    }
    // `Chavez` is `Chávez`: wire text drops accents that other paragraphs keep.
    use unicode_normalization::UnicodeNormalization;
    key.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect()
}

fn name_keys(words: &[String]) -> Vec<String> {
    words.iter().map(|w| name_key(w)).collect()
}

fn push_unique(list: &mut Vec<String>, value: String) {
    if !list.contains(&value) {
        list.push(value);
    }
}

/// Words that make a title a different office (`chief minister`, `deputy minister`).
fn is_rank_word(word: &str) -> bool {
    matches!(
        word,
        "chief" | "deputy" | "vice" | "prime" | "assistant" | "junior" | "under"
    )
}

/// Does a title name the office a description's head names (`the Sudanese envoy` for
/// `Sudan's ambassador to the AU`, `the spokeswoman` for a `spokesperson`)?
fn same_office(title: &str, head: &str) -> bool {
    let kind = |word: &str| match word {
        "envoy" | "ambassador" | "emissary" => Some(0),
        "spokesman" | "spokeswoman" | "spokesperson" => Some(1),
        _ => None,
    };
    // (`Maj. Gen. X`, then `the general said`: a rank's abbreviation is the rank.)
    let spelled = |word: &str| -> Option<&'static str> {
        Some(match word.trim_end_matches('.') {
            "gen" => "general",
            "sen" => "senator",
            "gov" => "governor",
            "rep" => "representative",
            "adm" => "admiral",
            "col" => "colonel",
            "lt" => "lieutenant",
            "sgt" => "sergeant",
            "cmdr" => "commander",
            "prof" => "professor",
            _ => return None,
        })
    };
    title == head
        || kind(title).is_some_and(|k| kind(head) == Some(k))
        || spelled(title).is_some_and(|full| full == head)
}

/// Are two different words one typing slip apart: a letter left out, added or changed, or two
/// neighbours swapped (optimal string alignment distance 1)?
pub(super) fn one_slip_apart(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a == b || a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[prefix..], &b[prefix..]);
    match a.len().cmp(&b.len()) {
        std::cmp::Ordering::Less => a == &b[1..],
        std::cmp::Ordering::Greater => &a[1..] == b,
        std::cmp::Ordering::Equal => {
            a[1..] == b[1..] || (a.len() >= 2 && a[0] == b[1] && a[1] == b[0] && a[2..] == b[2..])
        }
    }
}
