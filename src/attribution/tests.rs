//! One short sentence per attribution rule.

use super::*;

fn speakers(paragraphs: &[&str]) -> Vec<Vec<String>> {
    attribute(paragraphs, &[], None)
        .into_iter()
        .map(|a| a.speakers)
        .collect()
}

fn one(paragraph: &str) -> Attribution {
    attribute(&[paragraph], &[], None).remove(0)
}

#[test]
fn quote_then_said_with_title_inversion() {
    let a = one("“We will not give up,” said U.K. Foreign Secretary Yvette Cooper.");
    assert_eq!(a.speakers, ["Yvette Cooper"]);
    assert_eq!(a.countries, ["United Kingdom"]);
}

#[test]
fn name_said_then_quote_far_from_verb() {
    let a = one("Kremlin spokesman Dmitry Peskov said Wednesday it was “not correct” to say so.");
    assert_eq!(a.speakers, ["Dmitry Peskov"]);
    assert_eq!(a.countries, ["Russia"]);
}

#[test]
fn told_reporters_that() {
    let a = one("Minister Ana Ruiz told reporters that “a compromise has not been found yet.”");
    assert_eq!(a.speakers, ["Ana Ruiz"]);
}

#[test]
fn urged_someone_to() {
    let a = one(
        "Ukrainian Foreign Minister Andrii Sybiha urged Putin to “stop wasting the world’s time.”",
    );
    assert_eq!(a.speakers, ["Andrii Sybiha"]);
    assert_eq!(a.countries, ["Ukraine"]);
}

#[test]
fn asked_then_colon() {
    let p = [
        "Envoy Tom Hale met officials on Monday.",
        "Asked whether peace was closer, Hale said: “Not further, that’s for sure.”",
    ];
    assert_eq!(speakers(&p)[1], ["Tom Hale"]);
}

#[test]
fn he_said_takes_the_last_speaker() {
    let p = [
        "Envoy Tom Hale said the talks were “useful and long overdue,” and left.",
        "“But there’s still a lot of work to be done,” he said.",
    ];
    assert_eq!(speakers(&p), [vec!["Tom Hale"], vec!["Tom Hale"]]);
}

#[test]
fn second_quote_in_paragraph_keeps_the_speaker() {
    let a = one("“We’re not going to add anything,” spokesman Tom Hale said. “The quieter the talks, the better they will be.”");
    assert_eq!(a.speakers, ["Tom Hale"]);
}

#[test]
fn surname_resolves_to_profile_name() {
    let profiles = [KnownPerson {
        name: "Yuri Ushakov",
        country: Some("Russia"),
        bio: "Ushakov is a presidential aide.",
    }];
    let a = attribute(
        &["Ushakov said the talks were “positive.”"],
        &profiles,
        None,
    );
    assert_eq!(a[0].speakers, ["Yuri Ushakov"]);
    assert_eq!(a[0].countries, ["Russia"]);
}

#[test]
fn according_to() {
    let a = one("The deal is “dead in the water for now,” according to Senator Mark Eli.");
    assert_eq!(a.speakers, ["Mark Eli"]);
}

#[test]
fn said_in_a_statement() {
    let a =
        one("Foreign Minister Lena Brandt said in a statement: “Germany stands ready to help.”");
    assert_eq!(a.speakers, ["Lena Brandt"]);
}

#[test]
fn wrote_on_social_media() {
    let a = one("Lena Brandt wrote on X: “The talks are over and nothing was agreed.”");
    assert_eq!(a.speakers, ["Lena Brandt"]);
}

#[test]
fn running_quote_across_paragraphs() {
    let p = [
        "“We made some progress,” said Ambassador Jon Berg. “But the gap remains wide",
        "“and we will need another round before the summer,” he added.",
        "“Nothing is agreed until everything is agreed in the end.”",
    ];
    assert_eq!(speakers(&p), vec![vec!["Jon Berg"]; 3]);
}

#[test]
fn bare_quote_paragraph_continues_previous_speaker() {
    let p = [
        "“The talks were useful,” Ola Berg said.",
        "“We will meet again in Vienna next month to finish the work.”",
    ];
    assert_eq!(speakers(&p)[1], ["Ola Berg"]);
}

#[test]
fn the_minister_resolves_by_title() {
    let p = [
        "Foreign Minister Lena Brandt arrived in Kyiv on Monday.",
        "“Germany will stay the course for as long as it takes,” the minister said.",
    ];
    assert_eq!(speakers(&p)[1], ["Lena Brandt"]);
}

#[test]
fn appositive_between_name_and_verb() {
    let a =
        one("Sergey Lavrov, Russia’s foreign minister, said: “The West must listen to us now.”");
    assert_eq!(a.speakers, ["Sergey Lavrov"]);
    assert_eq!(a.countries, ["Russia"]);
}

#[test]
fn institutions_are_organizations_not_speakers() {
    let a = one("The Kremlin said in a statement that the plan was “a basis for further talks.”");
    assert!(a.speakers.is_empty());
    assert_eq!(a.organizations, ["Kremlin"]);
    let a = one("NATO said the drills were “purely defensive in nature and long planned.”");
    assert!(a.speakers.is_empty());
    assert_eq!(a.organizations, ["NATO"]);
}

#[test]
fn scare_quotes_are_not_quotes() {
    let a = one("Critics attacked the so-called “peace plan” drafted in Washington, Hale said.");
    assert!(a.speakers.is_empty());
    let a = one("The plan includes a “buffer zone” along the border.");
    assert!(a.speakers.is_empty());
}

#[test]
fn unnamed_speakers_give_no_name() {
    let a = one("“We made some progress,” an EC negotiator said after the session ended.");
    assert!(a.speakers.is_empty());
    let a = one("Officials said the offer was “not serious and cannot be accepted.”");
    assert!(a.speakers.is_empty());
}

#[test]
fn coordinated_verb_takes_the_clause_subject() {
    let a = one("Later, White House spokesman Marlin Fitzwater defended the sanctions and said officials “do not believe this will result in a trade war.”");
    assert_eq!(a.speakers, ["Marlin Fitzwater"]);
    assert_eq!(a.countries, ["United States"]);
}

#[test]
fn country_unknown_stays_empty() {
    let a = one("“This is a serious risk,” said former UN chief Kofi Annan.");
    assert_eq!(a.speakers, ["Kofi Annan"]);
    assert!(a.countries.is_empty());
}

#[test]
fn mentions_without_quotes_are_not_speakers() {
    let a = one("Ukraine accused Russian President Vladimir Putin of feigning interest in peace.");
    assert!(a.speakers.is_empty());
}

#[test]
fn bare_quote_after_indirect_speech_paragraphs() {
    let p = [
        "In other points of his speech, President Chirac called on countries with high trade surpluses to open up their markets.",
        "He warned the United States that protectionist measures would bring a tough response.",
        "\"Europe is very sensitive to every rumour of protectionism and it will react.\"",
    ];
    assert_eq!(speakers(&p)[2], ["Chirac"]);
}

#[test]
fn newspaper_is_not_a_speaker() {
    let a = one("\"It would have been much worse,\" Khaled Al-Maeena, editor at large at the Saudi Gazette, said.");
    assert_eq!(a.speakers, ["Khaled Al-Maeena"]);
}

#[test]
fn but_said_takes_the_clause_subject() {
    let p = [
        "Envoy Tom Hale said the truce was “fragile but holding for now.”",
        "Grace Mbugua, the special envoy, welcomed the deal but said the continent was sidelined. “African solutions must be part of this,” she said.",
    ];
    assert_eq!(speakers(&p)[1], ["Grace Mbugua"]);
}

#[test]
fn participle_after_a_preposition_takes_the_clause_subject() {
    let a = one("Chancellor Matthias Reinholdt opened the session by calling on allies to “stop negotiating with ourselves,” officials said.");
    assert_eq!(a.speakers, ["Matthias Reinholdt"]);
}

#[test]
fn he_after_an_unnamed_speaker_stays_unnamed() {
    let p = [
        "Party chief Hu Yaobang was ousted in January after student protests.",
        "“This is a modest reform,” the diplomat said.",
        "“Everyone is agreed on the objective of growth,” he said.",
    ];
    assert_eq!(speakers(&p), vec![Vec::<String>::new(); 3]);
}

#[test]
fn title_domain_after_of_is_not_a_name() {
    let a = one("“Imports will rise this year,” said the Minister of Fisheries.");
    assert!(a.speakers.is_empty());
    let a = one("“We will not sign,” said Secretary of State George Shultz.");
    assert_eq!(a.speakers, ["George Shultz"]);
}

#[test]
fn surname_without_its_joined_particle() {
    let p = [
        "Prime Minister Zeid al-Rifa'i spoke on television on Saturday.",
        "“The dinar is strong and stable,” Rifa'i said.",
    ];
    assert_eq!(speakers(&p)[1], ["Zeid al-Rifa'i"]);
}

#[test]
fn prepositional_objects_are_not_subjects() {
    let a = one("British writer Doris Lessing, recipient of the Nobel Prize in Literature, has said that the attack “wasn't that terrible.”");
    assert_eq!(a.speakers, ["Doris Lessing"]);
    let a = one("“This will be a vote in the middle of the night,” Representative Hilda Solis of Los Angeles said.");
    assert_eq!(a.speakers, ["Hilda Solis"]);
}

#[test]
fn middle_initials_do_not_end_the_sentence() {
    let a = one("President George W. Bush said the surge was “working, whatever the critics say.”");
    assert_eq!(a.speakers, ["George W. Bush"]);
}

#[test]
fn pronoun_after_a_sentence_opened_by_a_person() {
    let p = [
        "“We should not act against one another,” said General Moeen Ahmed.",
        "Prime Minister Anna Berg backtracked on the amnesty. “The people involved will not be pardoned,” she said.",
    ];
    assert_eq!(speakers(&p)[1], ["Anna Berg"]);
}

#[test]
fn acronyms_are_organizations_and_party_labels_are_titles() {
    let a = one("UNAIDS said the epidemic in the region was “a very serious epidemic indeed.”");
    assert!(a.speakers.is_empty());
    assert_eq!(a.organizations, ["UNAIDS"]);
    let a = one("“It is a bad deal for workers,” said Democratic Senator Hilda Solis.");
    assert_eq!(a.speakers, ["Hilda Solis"]);
}

#[test]
fn chancellor_of_the_exchequer_is_a_title() {
    let a = one(
        "Chancellor of the Exchequer Nigel Lawson said: “This began on Wall Street and spread.”",
    );
    assert_eq!(a.speakers, ["Nigel Lawson"]);
}

#[test]
fn name_before_an_appositive_with_a_parenthesis() {
    let a = one("Ramon Diaz, Chairman of the Presidential Commission on Good Government (PCGG) told Reuters: “There is every reason to believe it.”");
    assert_eq!(a.speakers, ["Ramon Diaz"]);
}

#[test]
fn object_inside_an_appositive_is_not_the_speaker() {
    let a = one("Richard Jeffrey, economist at stockbrokers Hoare Govett, said: “It is unlikely that he will respond.”");
    assert_eq!(a.speakers, ["Richard Jeffrey"]);
}

#[test]
fn plural_nouns_and_inverted_predicted() {
    let a = one(
        "Economists said foreigners were attracted by “semi-gilts and long-term government bonds.”",
    );
    assert!(a.speakers.is_empty());
    let a = one("“The IMF limit is obviously going to be abandoned,” predicted one analyst.");
    assert!(a.speakers.is_empty());
}

#[test]
fn a_qualified_title_does_not_take_the_dateline_country() {
    let d = ["“A further decline in the dollar would be counterproductive,” New York Fed President Gerald Corrigan said."];
    let a = attribute(&d, &[], Some("TOKYO"));
    assert_eq!(a[0].speakers, ["Gerald Corrigan"]);
    assert!(a[0].countries.is_empty());
    let d = ["“We are ready,” President Ana Ruiz said of Spain’s plans."];
    let a = attribute(&d, &[], Some("MADRID"));
    assert_eq!(a[0].countries, ["Spain"]);
}

#[test]
fn the_dateline_country_needs_a_mention_in_the_dispatch() {
    // A visiting official: the dispatch never names the host country.
    let d =
        ["“Growth will return,” Finance Minister Paul Hart told a conference of Asian bankers."];
    let a = attribute(&d, &[], Some("SINGAPORE"));
    assert_eq!(a[0].speakers, ["Paul Hart"]);
    assert!(a[0].countries.is_empty());
    let d = ["“Growth will return,” Finance Minister Paul Hart told Singaporean bankers."];
    let a = attribute(&d, &[], Some("SINGAPORE"));
    assert_eq!(a[0].countries, ["Singapore"]);
}

#[test]
fn abbreviation_before_a_parenthesis_does_not_end_the_sentence() {
    let p = [
        "Finance Minister Ana Ruiz spoke first.",
        "Ruiz noted that Senator Tom Hale (D-N.J.) was urging relief, “but he is wrong.”",
    ];
    let a = attribute(&p, &[], None);
    assert_eq!(a[1].speakers, ["Ana Ruiz"]);
}

#[test]
fn verbs_beyond_said() {
    for verb in ["warned", "insisted", "noted", "added", "told reporters"] {
        let a = one(&format!(
            "“There will be no deal this year,” {verb} Swedish Foreign Minister Karin Lund."
        ));
        let inverted = !verb.contains(' ');
        if inverted {
            assert_eq!(a.speakers, ["Karin Lund"], "{verb}");
            assert_eq!(a.countries, ["Sweden"], "{verb}");
        }
        let a = one(&format!(
            "Swedish Foreign Minister Karin Lund {verb} that “there will be no deal this year.”"
        ));
        assert_eq!(a.speakers, ["Karin Lund"], "{verb}");
    }
    let a = one("“Is this the end of the talks?” asked Envoy Tom Hale.");
    assert_eq!(a.speakers, ["Tom Hale"]);
}

#[test]
fn short_form_title_resolves() {
    let p = [
        "Swedish Foreign Minister Karin Lund met her counterparts on Monday.",
        "“We will not accept this,” the foreign minister said.",
    ];
    let a = attribute(&p, &[], None);
    assert_eq!(a[1].speakers, ["Karin Lund"]);
    assert_eq!(a[1].countries, ["Sweden"]);
}

#[test]
fn longer_titles_and_locations_do_not_give_the_dateline_country() {
    let d = ["Hong Kong monetary affairs secretary David Nendick told the meeting: “The link has served us well for years.”"];
    let a = attribute(&d, &[], Some("OSAKA, Japan"));
    assert_eq!(a[0].speakers, ["David Nendick"]);
    // (Not the dateline's Japan: the title's own Hong Kong.)
    assert_eq!(a[0].countries, ["Hong Kong"]);
    let d = ["“The impact would be considerable,” Brian Waterhouse, a banking expert at a brokerage in Tokyo, told Reuters."];
    let a = attribute(&d, &[], None);
    assert_eq!(a[0].speakers, ["Brian Waterhouse"]);
    assert!(a[0].countries.is_empty());
}

#[test]
fn person_before_a_prepositional_chain() {
    let a = one("“These people have been isolated,” Myint Thein of the National League for Democracy (NLD) was quoted as saying.");
    assert_eq!(a.speakers, ["Myint Thein"]);
}

#[test]
fn a_possessive_sentence_opener_is_not_the_referent_of_a_pronoun() {
    let p = [
        "Finance Minister Ana Ruiz welcomed the rate rise.",
        "Besides Hale’s remarks, trade tensions had also weighed on the peso, she said.",
        "“I think a deal is quite possible,” she said.",
    ];
    let a = attribute(&p, &[], None);
    assert_eq!(a[2].speakers, ["Ana Ruiz"]);
    let p = [
        "Finance Minister Ana Ruiz welcomed the rate rise.",
        "Tom Hale’s remarks had weighed on the peso. “I think a deal is possible,” she said.",
    ];
    let a = attribute(&p, &[], None);
    assert_eq!(a[1].speakers, ["Ana Ruiz"]);
}

#[test]
fn a_name_inside_a_relative_clause_is_not_the_subject() {
    let p = [
        "Former Treasury Secretary Tom Hale criticised the budget.",
        "Hale, who served under presidents Carter and Ford, said the deficit was too large.",
        "“It is not only the president,” he said.",
    ];
    let a = attribute(&p, &[], None);
    assert_eq!(a[2].speakers, ["Tom Hale"]);
}

#[test]
fn a_demonym_before_a_longer_title_gives_the_country() {
    let a = one("Chilean navy spokesperson Ana Ruiz said the ship “was never in danger.”");
    assert_eq!(a.speakers, ["Ana Ruiz"]);
    assert_eq!(a.countries, ["Chile"]);
}

#[test]
fn government_spokesman_takes_the_dateline_country() {
    let d = ["Chilean papers said so. But government spokesman Tom Hale said only “The fleet is at sea.”"];
    let a = attribute(&d, &[], Some("SANTIAGO"));
    assert_eq!(a[0].speakers, ["Tom Hale"]);
    assert_eq!(a[0].countries, ["Chile"]);
    // Any other modifier still names another body.
    let d =
        ["Chilean papers said so. But rebel spokesman Tom Hale said only “The fleet is at sea.”"];
    let a = attribute(&d, &[], Some("SANTIAGO"));
    assert!(a[0].countries.is_empty());
}

#[test]
fn a_surname_resolves_past_a_suffix_and_inside_a_long_name() {
    let p = [
        "President Tomas Aquino Jr. said the talks would go on.",
        "“We will not be intimidated,” Aquino said.",
    ];
    assert_eq!(speakers(&p)[1], ["Tomas Aquino Jr."]);
    let p = [
        "President Luis Alberto Mora da Costa opened the session.",
        "“The council was built for another world,” Mora said.",
    ];
    assert_eq!(speakers(&p)[1], ["Luis Alberto Mora da Costa"]);
}

#[test]
fn officials_of_regional_and_un_agencies_speak_for_no_country() {
    let d = ["Ana Ruiz, president of an Organization of American States committee, said U.S. bills were “regrettable for the whole region.”"];
    let a = attribute(&d, &[], Some("WASHINGTON"));
    assert_eq!(a[0].speakers, ["Ana Ruiz"]);
    assert!(a[0].countries.is_empty());
    let a = one("“The pirates are playing with lives,” Tom Hale, director of WFP Kenya, said.");
    assert_eq!(a.speakers, ["Tom Hale"]);
    assert!(a.countries.is_empty());
}

#[test]
fn a_title_at_a_research_centre_does_not_take_the_dateline_country() {
    let d = ["“Their policies are the same,” said Tom Hale, director of studies at the Trade Research Centre in Oslo, of Norway’s stance."];
    let a = attribute(&d, &[], Some("OSLO"));
    assert_eq!(a[0].speakers, ["Tom Hale"]);
    assert!(a[0].countries.is_empty());
    let d = ["“Their policies are the same,” said Tom Hale, a spokesman at the Foreign Ministry, of Norway’s stance."];
    let a = attribute(&d, &[], Some("OSLO"));
    assert_eq!(a[0].countries, ["Norway"]);
}

#[test]
fn a_conjunction_after_a_quote_opens_another_speaker_s_clause() {
    let a = one("Chilean President Ana Ruiz called the tariffs “unjustified,” while Swedish Foreign Minister Karin Lund urged calm.");
    assert_eq!(a.speakers, ["Ana Ruiz"]);
    assert_eq!(a.countries, ["Chile"]);
}

#[test]
fn a_person_introduced_after_the_quotes_is_the_next_paragraph_s_she() {
    let p = [
        "“Russia is seeking time,” Ukrainian President Petro Marchenko said.",
        "Ana Ruiz, the prime minister of Chile, made an appeal for debt relief.",
        "“We cannot keep borrowing,” she said.",
    ];
    let a = attribute(&p, &[], None);
    assert_eq!(a[2].speakers, ["Ana Ruiz"]);
    assert_eq!(a[2].countries, ["Chile"]);
}

#[test]
fn a_title_in_apposition_before_the_name() {
    let a = one("Chile’s U.N. ambassador, Ana Ruiz, dismissed the speech as “theater” and told reporters that talks were possible “on the basis of the facts.”");
    assert_eq!(a.speakers, ["Ana Ruiz"]);
    assert_eq!(a.countries, ["Chile"]);
    // An organisation without a possessive country: no country.
    let a =
        one("The U.N. humanitarian chief, Tom Hale, told reporters that “aid is not arriving.”");
    assert_eq!(a.speakers, ["Tom Hale"]);
    assert!(a.countries.is_empty());
}

#[test]
fn the_government_s_own_bodies_do_not_qualify_a_title() {
    for title in ["Foreign Ministry spokesman", "Chief Cabinet Secretary"] {
        let d = [
            "Chile said it would reply.",
            &format!("{title} Tom Hale said “we are ready to talk now.”") as &str,
        ];
        let a = attribute(&d, &[], Some("SANTIAGO"));
        assert_eq!(a[1].speakers, ["Tom Hale"], "{title}");
        assert_eq!(a[1].countries, ["Chile"], "{title}");
    }
    // Another body still does.
    let d = [
        "Chile said it would reply.",
        "Port Authority President Tom Hale said “we are ready to talk now.”",
    ];
    let a = attribute(&d, &[], Some("SANTIAGO"));
    assert!(a[1].countries.is_empty());
}

#[test]
fn a_quoted_title_of_a_work_is_no_quote_and_no_inversion() {
    let p = [
        "Trade Representative Tom Hale said curbs were certain.",
        "Hale, on the NBC program “Today,” said the United States did not want a trade war.",
        "“We want to see a pattern of compliance,” he said.",
    ];
    let a = attribute(&p, &[], None);
    assert!(a[1].organizations.is_empty());
    assert_eq!(a[2].speakers, ["Tom Hale"]);
    let p = [
        "Trade Representative Tom Hale said curbs were certain.",
        "President Ana Ruiz announced the curbs last month.",
        "Hale, on the NBC program “Today,” said the United States did not want a trade war.",
        "“We want to see a pattern of compliance,” he said.",
    ];
    assert_eq!(speakers(&p)[3], ["Tom Hale"]);
    // A real inversion still works.
    let a = one("“We will see,” said Trade Representative Tom Hale in a statement.");
    assert_eq!(a.speakers, ["Tom Hale"]);
}

#[test]
fn a_spokesperson_speaks_for_the_institution_named_before() {
    let d = [
        "Japan and Chile met on Monday.",
        "Chile’s Foreign Ministry said it was following the talks. “Cooperation should not target anyone,” spokesperson Ana Ruiz said.",
    ];
    let a = attribute(&d, &[], Some("TOKYO"));
    assert_eq!(a[1].speakers, ["Ana Ruiz"]);
    assert_eq!(a[1].countries, ["Chile"]);
}

#[test]
fn visitors_and_company_officers_do_not_take_the_dateline_country() {
    let d = [
        "Japan must change, officials said.",
        "“Structural change is the answer,” visiting General Director Tom Hale said.",
        "“Japan must import more,” said Ana Ruiz, managing director of Hale Brothers.",
    ];
    let a = attribute(&d, &[], Some("TOKYO"));
    assert_eq!(a[1].speakers, ["Tom Hale"]);
    assert!(a[1].countries.is_empty());
    assert_eq!(a[2].speakers, ["Ana Ruiz"]);
    assert!(a[2].countries.is_empty());
}

#[test]
fn a_counterpart_in_apposition_gives_the_country() {
    let a = one("Swedish Foreign Minister Karin Lund met her Chilean counterpart, Ana Ruiz, in Oslo. Ruiz said they had agreed to set aside disputes “for the sake of the next generation.”");
    assert_eq!(a.speakers, ["Ana Ruiz"]);
    assert_eq!(a.countries, ["Chile"]);
}

#[test]
fn a_lone_word_never_introduced_is_no_person() {
    for p in [
        "“We are pleased,” Texaco said.",
        "Tass said the test had “the aim of improving equipment.”",
    ] {
        assert!(one(p).speakers.is_empty(), "{p}");
    }
    let p = [
        "Finance Minister Ana Ruiz spoke in Lima.",
        "“We are pleased,” Ruiz said.",
    ];
    assert_eq!(speakers(&p)[1], ["Ana Ruiz"]);
}

#[test]
fn company_forms_and_chambers_speak_as_organisations() {
    let a = one("“We are pleased,” Deutsche Lufthansa AG said.");
    assert!(a.speakers.is_empty());
    assert_eq!(a.organizations, ["Deutsche Lufthansa AG"]);
    let a = one("“Investors are waiting,” said American Chamber of Commerce president Tom Hale.");
    assert_eq!(a.speakers, ["Tom Hale"]);
    let a = one("Miami Beach broker Tom Hale is worried. “I am scared,” he said.");
    assert_eq!(a.speakers, ["Tom Hale"]);
}

#[test]
fn a_speaker_closing_a_sentence_of_reported_verbs_is_its_main_one() {
    let p = [
        "Negotiators have agreed on basic elements of a pact, conference chairman Ola Berg said.",
        "“We have resolved major differences,” he told Reuters.",
    ];
    assert_eq!(speakers(&p)[1], ["Ola Berg"]);
    // (Not a medium passing it on: the person it quotes stays whom `him` means.)
    let p = [
        "President Ali Reza said he doubted the talks would fail, Tehran Radio reported.",
        "The talks “are in a difficult situation,” the radio quoted him as saying.",
    ];
    assert_eq!(speakers(&p)[1], ["Ali Reza"]);
}

#[test]
fn an_official_right_after_a_country_reacting_answers_for_it() {
    let p = [
        "NAIROBI, Kenya (AP) — Regional leaders met in Nairobi on Saturday.",
        "Rwanda rejected the accusation. “We are not a party to this,” government spokeswoman Ana Ruiz wrote on X.",
        "Nepal, which claims the area as its own, objected. “It is ours,” Foreign Minister Tom Hale said.",
    ];
    let a = attribute(&p, &[], Some("NAIROBI"));
    assert_eq!(a[1].countries, ["Rwanda"]);
    assert_eq!(a[2].countries, ["Nepal"]);
}

#[test]
fn a_card_placing_someone_in_an_international_body_gives_no_country() {
    let profiles = [KnownPerson {
        name: "Ana Moreira",
        country: Some("European Union"),
        bio: "Moreira, a former Portuguese prime minister, chairs the European Council.",
    }];
    let a = attribute(
        &["“We will get there,” European Council President Ana Moreira told reporters."],
        &profiles,
        Some("BRUSSELS"),
    );
    assert_eq!(a[0].speakers, ["Ana Moreira"]);
    assert!(a[0].countries.is_empty());
}

#[test]
fn according_to_a_medium_after_the_quote_leaves_it_to_the_sentence_s_speaker() {
    let a = one("Foreign Minister Tom Hale said his government would “look at the text with an open mind,” according to the news agency ANSA.");
    assert_eq!(a.speakers, ["Tom Hale"]);
    assert!(a.organizations.is_empty());
}

#[test]
fn an_academic_or_a_trader_in_apposition_speaks_for_no_country() {
    let a = one("“Pyongyang wants a price for every drill,” said Choi Min-seo, a professor of North Korean studies at a university in Seoul.");
    assert_eq!(a.speakers, ["Choi Min-seo"]);
    assert!(a.countries.is_empty());
    let a = one("“The tomatoes are rotting,” said Gul Rahman, an Afghan trader.");
    assert!(a.countries.is_empty());
}

#[test]
fn armies_and_agencies_of_a_state_are_its_institutions() {
    let a = one("“This is not a new front,” IDF spokeswoman Miri Eisen said.");
    assert_eq!(a.countries, ["Israel"]);
    let a = one("“It worked well today,” said Tom Hale, an assistant director of the Securities and Exchange Commission.");
    assert_eq!(a.countries, ["United States"]);
}

#[test]
fn an_official_before_a_short_quote_nobody_speaks_is_whom_he_means_next() {
    let p = [
        "“It is a small operation,” army spokeswoman Ana Ruiz said.",
        "Hezbollah leader Tom Hale appeared on television, and threatened to make the south “a graveyard” for the soldiers.",
        "“I say to them, all this will cost you a high price,” he said.",
    ];
    assert_eq!(speakers(&p)[2], ["Tom Hale"]);
}

#[test]
fn a_relative_clause_without_commas_leaves_the_subject_before_it() {
    let p = [
        "Foreign Minister Tom Hale, a career diplomat, chaired the session.",
        "A senior European diplomat who followed the talks closely said the meeting had been “more than a photo opportunity,” but warned against haste.",
        "“The hard part starts now,” said the diplomat, who spoke on condition of anonymity.",
    ];
    let a = speakers(&p);
    assert!(a[1].is_empty());
    assert!(a[2].is_empty());
    let a = one("Ana Ruiz who heads the research group PASSIA says “both leaders are weak.”");
    assert_eq!(a.speakers, ["Ana Ruiz"]);
}

#[test]
fn military_ranks_are_titles_not_names() {
    let a = one(
        "“It was deliberate,” coast guard spokesman Commodore Rafael Dima told a news conference.",
    );
    assert_eq!(a.speakers, ["Rafael Dima"]);
    let a = one("“They were gutless thugs,” said Brigadier Michael Slater.");
    assert_eq!(a.speakers, ["Michael Slater"]);
}

#[test]
fn a_spokesperson_s_briefing_is_held_in_their_own_capital() {
    let p = [
        "NEW DELHI (Reuters) - India and China agreed to extend a border arrangement.",
        "“No deal should come at Kashmir's expense,” Foreign Office spokeswoman Ana Ruiz told a weekly briefing in Islamabad.",
    ];
    let a = attribute(&p, &[], Some("NEW DELHI"));
    assert_eq!(a[1].countries, ["Pakistan"]);
}

#[test]
fn a_lowercase_ministry_of_a_portfolio_is_the_dateline_government_s() {
    let p = [
        "NEW DELHI, Dec 4 (Reuters) - India agreed on Thursday to extend a border arrangement.",
        "Foreign ministry spokesman Tom Hale told reporters the talks had been “candid and constructive.”",
        "“The Indian side has shown maximum sincerity,” ministry spokesperson Ana Ruiz told a regular news briefing.",
    ];
    let a = attribute(&p, &[], Some("NEW DELHI"));
    assert_eq!(a[1].countries, ["India"]);
    assert_eq!(a[2].countries, ["India"]);
}

#[test]
fn working_in_a_country_s_ministry_is_serving_that_country() {
    let p = [
        "NAIROBI, Kenya (AP) — Sudan recalled its ambassador to Kenya on Wednesday.",
        "Sudan’s Foreign Ministry said in a statement that the ceremony was “a hostile act.”",
        "Tom Hale, the principal secretary in Kenya’s foreign ministry, wrote on X that Nairobi had offered “a platform for dialogue, not a launchpad for war.”",
    ];
    let a = attribute(&p, &[], Some("NAIROBI, Kenya"));
    assert_eq!(a[2].countries, ["Kenya"]);
}

#[test]
fn the_nearest_country_in_context_wins() {
    let p = [
        "NAIROBI, Kenya (AP) — Sudan recalled its ambassador to Kenya on Wednesday.",
        "Sudan’s Foreign Ministry said in a statement that the ceremony was “a hostile act.”",
        "Kenya rejected the accusation. Government spokesman Tom Hale wrote on X that Nairobi had offered “a platform for dialogue, not a launchpad for war.”",
    ];
    let a = attribute(&p, &[], Some("NAIROBI, Kenya"));
    assert_eq!(a[2].countries, ["Kenya"]);
}

#[test]
fn a_country_accusing_from_its_capital_gives_the_next_spokesperson() {
    let p = [
        "MANILA, Philippines (AP) — Coast guard ships fired water cannons near a shoal.",
        "In Beijing, China accused the Philippines of “deliberately provoking” the confrontation.",
        "“The Philippine side repeatedly intruded into the waters,” said Foreign Ministry spokesperson Ana Ruiz.",
    ];
    let a = attribute(&p, &[], Some("MANILA, Philippines"));
    assert_eq!(a[2].countries, ["China"]);
}

#[test]
fn unnamed_officials_familiar_with_talks_keep_their_country() {
    let p = [
        "DHAKA, Bangladesh (Reuters) - Talks on the water treaty resumed on Monday.",
        "Two Indian officials familiar with the negotiations told Reuters that New Delhi would push for a review. One of them said Dhaka's demands were “not realistic at all, in our view.”",
    ];
    let a = attribute(&p, &[], Some("DHAKA, Bangladesh"));
    assert!(a[1].speakers.is_empty());
    assert_eq!(a[1].countries, ["India"]);
}

#[test]
fn an_unnamed_military_spokesman_is_the_dateline_government_s() {
    let p = [
        "BAGHDAD, March 3 - Iraq said it repelled an attack in the north.",
        "A military spokesman said the attack was meant “to relax pressure in the south.”",
    ];
    let a = attribute(&p, &[], Some("BAGHDAD"));
    assert!(a[1].speakers.is_empty());
    assert_eq!(a[1].countries, ["Iraq"]);
}

#[test]
fn the_office_of_a_bloc_named_by_a_common_noun_gives_no_country() {
    let p = [
        "SUVA, Fiji (AP) — Pacific leaders met on Friday.",
        "The forum's secretary general, Tevita Langi, urged members to keep talks within the bloc's strategy. The Pacific, he said, should remain “an ocean of peace and of cooperation.”",
    ];
    let a = attribute(&p, &[], Some("SUVA, Fiji"));
    assert_eq!(a[1].speakers, ["Tevita Langi"]);
    assert!(a[1].countries.is_empty());
    let p = [
        "BOGOTA, Colombia (AP) — The U.N. human rights office condemned the attack.",
        "“Civilians are paying the highest price,” the office’s representative in Colombia, Helena Strand, said in a statement.",
    ];
    let a = attribute(&p, &[], Some("BOGOTA, Colombia"));
    assert!(a[1].countries.is_empty());
}

#[test]
fn a_description_with_a_country_resolves_only_to_that_country_s_holder() {
    let p = [
        "MUSCAT, Oman (AP) — Talks ended on Sunday, with Oman’s foreign minister saying the two sides had exchanged “useful and original ideas.”",
        "“These were difficult but useful talks,” Iranian Foreign Minister Ali Reza told state television.",
    ];
    let a = attribute(&p, &[], Some("MUSCAT, Oman"));
    assert!(a[0].speakers.is_empty());
    assert_eq!(a[0].countries, ["Oman"]);
    assert_eq!(a[1].speakers, ["Ali Reza"]);
}

#[test]
fn its_spokesman_after_a_country_s_ministry_speaks_for_the_country() {
    let p = [
        "ISLAMABAD (AFP) - Pakistan warned on Sunday that it would resume strikes.",
        "Pakistan’s Foreign Office said the talks would focus on “a monitoring mechanism”. Its spokesman, Tom Hale, told a weekly briefing that Islamabad wanted “actions, not assurances.”",
    ];
    let a = attribute(&p, &[], Some("ISLAMABAD"));
    assert_eq!(a[1].speakers, ["Tom Hale"]);
    assert_eq!(a[1].countries, ["Pakistan"]);
}

#[test]
fn the_source_takes_up_an_unnamed_official_met_before() {
    let p = [
        "MOSCOW (Reuters) - Russia has rejected the latest proposal.",
        "An unnamed Kremlin official said that the proposal did not go far enough.",
        "“Russia is ready to cooperate but considers the proposals insufficient,” the source said.",
    ];
    let a = attribute(&p, &[], Some("MOSCOW"));
    assert!(a[2].speakers.is_empty());
    assert_eq!(a[2].countries, ["Russia"]);
    // (Not past another informant met since: `Another diplomat said …`.)
    let p = [
        "PEKING (Reuters) - China applied to join the trade group.",
        "A U.S. official said the laws were old.",
        "Another diplomat said restraint would be an issue.",
        "“China has the potential to disrupt world markets,” the diplomat said.",
    ];
    let a = attribute(&p, &[], Some("PEKING"));
    assert!(a[3].countries.is_empty());
}

#[test]
fn his_ministry_s_spokesman_speaks_for_the_minister_s_country() {
    let p = [
        "MUSCAT, Oman (AP) — Iran and the United States wrapped up talks on Sunday.",
        "“These were difficult but useful talks,” Iranian Foreign Minister Ali Reza said.",
        "His ministry’s spokesman, Reza Nabavi, posted on Telegram that the next round would be set “in light of the American side’s readiness.”",
    ];
    let a = attribute(&p, &[], Some("MUSCAT, Oman"));
    assert_eq!(a[2].speakers, ["Reza Nabavi"]);
    assert_eq!(a[2].countries, ["Iran"]);
}

#[test]
fn unnamed_officials_in_modern_anonymity_formulas() {
    let p = [
        "GENEVA (AP) — Talks on Sudan opened in Geneva on Wednesday.",
        "In Port Sudan, a senior military officer dismissed the meeting as “a photo opportunity.”",
        "An Emirati official, asked about the weapons allegations, said the UAE’s role was “purely humanitarian” and pointed to aid.",
        "A State Department official traveling with the delegation said the U.S. position “has not changed and will not change.”",
        "A Kyrgyz official involved in the negotiations disputed that. “There is an agreement to keep talking,” the official said.",
    ];
    let a = attribute(&p, &[], Some("GENEVA"));
    assert!(a[1].speakers.is_empty());
    assert_eq!(a[2].countries, ["United Arab Emirates"]);
    assert!(a[2].organizations.is_empty());
    assert_eq!(a[3].countries, ["United States"]);
    assert_eq!(a[4].countries, ["Kyrgyzstan"]);
}

#[test]
fn termed_and_branded_characterise_in_the_speaker_s_words() {
    let a = one("In Pretoria, Reserve Bank Governor Gerhard De Kock termed the agreement a “good deal” for both sides.");
    assert_eq!(a.speakers, ["Gerhard De Kock"]);
    let a = one("Liberal member Lloyd Axworthy branded the ruling as just another “trade harassment” from the U.S.");
    assert_eq!(a.speakers, ["Lloyd Axworthy"]);
}

#[test]
fn a_state_s_command_speaking_and_a_spokesman_for_its_seat() {
    let p = [
        "SEOUL, South Korea (AP) — North Korea fired two missiles on Sunday.",
        "The U.S. Indo-Pacific Command said the launches posed no immediate threat. “We remain in close consultation with our allies,” said Navy Cmdr. Lauren Whitfield, a command spokesperson.",
    ];
    let a = attribute(&p, &[], Some("SEOUL, South Korea"));
    assert_eq!(a[1].countries, ["United States"]);
    let a = one("“We know they are trying,” said Brian Whitman, a spokesman for the Pentagon.");
    assert_eq!(a.countries, ["United States"]);
    let a = one("“They are alive,” said Anna Nelson, a spokeswoman for the Manila ICRC office.");
    assert!(a.countries.is_empty());
}

#[test]
fn an_unnamed_official_with_adjectives_before_the_nationality() {
    let a =
        one("“There is reason to believe he suffered a setback,” said an unnamed U.S. official.");
    assert!(a.speakers.is_empty());
    assert_eq!(a.countries, ["United States"]);
    let a =
        one("“The U.S. decided to take such measures,” said an unnamed N. Korean spokesperson.");
    assert_eq!(a.countries, ["North Korea"]);
    // (Not past a preposition: `The call by U.S. Deputy Trade Representative X`.)
    let p = [
        "The call by U.S. Deputy Trade Representative Michael Smith at a meeting followed rows.",
        "“The GATT needs to be strengthened,” Smith said.",
    ];
    assert_eq!(speakers(&p)[1], ["Michael Smith"]);
}

#[test]
fn an_honorific_without_a_space_still_introduces_the_speaker() {
    let a = one("In a speech yesterday Mr.Bush said that the economy is an area of “real concern to the government.”");
    assert_eq!(a.speakers, ["Bush"]);
}

#[test]
fn a_name_ending_in_a_word_of_firms_is_a_company() {
    let a = one("“We see no reason for a change,” Dome Petroleum said in a statement.");
    assert!(a.speakers.is_empty());
    assert_eq!(a.organizations, ["Dome Petroleum"]);
    // (`General` is no title here: the firm is named whole.)
    let a = one("“We are very pleased,” General Motors said.");
    assert!(a.speakers.is_empty());
    assert!(a.countries.is_empty());
    assert_eq!(a.organizations, ["General Motors"]);
}

#[test]
fn a_firm_in_apposition_gives_no_country_but_a_state_body_does() {
    let p = [
        "WASHINGTON - The talks went on.",
        "“Prices will rise,” said Tom Hale, managing director of downstream unit Shell U.K. Oil.",
    ];
    let a = attribute(&p, &[], Some("WASHINGTON"));
    assert_eq!(a[1].speakers, ["Tom Hale"]);
    assert!(a[1].countries.is_empty());
    let a = one("“Output is steady,” Zhai Ming, a director of the Chinese Ministry of Petroleum, told Reuters.");
    assert_eq!(a.speakers, ["Zhai Ming"]);
    assert_eq!(a.countries, ["China"]);
    let a = one("“Chips are cheaper,” Yukio Honda, director of MITI's Industrial Electronics Division, said.");
    assert_eq!(a.countries, ["Japan"]);
}

#[test]
fn an_adjective_after_an_article_keeps_an_unnamed_speaker() {
    let p = [
        "“The talks were useful,” Finance Minister Ola Berg said.",
        "“Trade will halt if this goes on,” said a western diplomat in Lima.",
    ];
    assert!(speakers(&p)[1].is_empty());
}

#[test]
fn a_list_of_people_is_not_an_apposition() {
    let d = [
        "Chile's central bank chief Ana Ruiz met Ruiz's peers. Talks between Ruiz, Finance Minister Tom Hale and U.S. Treasury Secretary Ola Berg followed.",
        "“We consider the rate rise a problem,” Ruiz told a conference.",
    ];
    let a = attribute(&d, &[], None);
    assert_eq!(a[1].speakers, ["Ana Ruiz"]);
    assert!(!a[1].countries.contains(&"United States".to_string()));
}

#[test]
fn countries_inside_firm_names_and_locations_are_not_the_speaker_s() {
    let a = one("“Progress may be too slow,” said Tom Hale, economist at Merrill Lynch Japan Inc.");
    assert_eq!(a.speakers, ["Tom Hale"]);
    assert!(a.countries.is_empty());
    let a =
        one("The senior EC expert in Tokyo Tomas de Hora said “the dollar peaked well before.”");
    assert_eq!(a.speakers, ["Tomas de Hora"]);
    assert!(a.countries.is_empty());
}

#[test]
fn places_media_and_groups_are_not_people() {
    for p in [
        "“The budget is a disgrace,” Congressional Democrats said.",
        "“The plan is unfair,” the Rowntree Trust said.",
        "“Turnout was low,” Travis County said in a statement.",
    ] {
        assert!(one(p).speakers.is_empty(), "{p}");
    }
}

fn countries_at(paragraphs: &[&str], place: Option<&str>) -> Vec<String> {
    attribute(paragraphs, &[], place)
        .into_iter()
        .flat_map(|a| a.countries)
        .collect()
}

#[test]
fn a_title_of_one_government_gives_its_country() {
    let a = one("Secretary of State Tom Hale said the talks were “useful and long overdue.”");
    assert_eq!(a.countries, ["United States"]);
    let a = one("“We will not devalue,” Treasury Secretary Ana Ruiz said on Monday.");
    assert_eq!(a.countries, ["United States"]);
    let a = one("“The budget is balanced,” said Chancellor of the Exchequer Tom Hale.");
    assert_eq!(a.countries, ["United Kingdom"]);
    // A former holder speaks for no government.
    let a = one("“Taxes must rise,” Former Treasury Secretary Tom Hale said on Monday.");
    assert_eq!(a.speakers, ["Tom Hale"]);
    assert!(a.countries.is_empty());
    // A title found in many governments gives nothing by itself.
    let a = one("“We will not devalue,” Finance Minister Ana Ruiz said on Monday.");
    assert!(a.countries.is_empty());
}

#[test]
fn a_region_of_one_country_names_its_legislators() {
    let a = one("Ohio Rep. Tom Hale said the bill was “dead on arrival this year.”");
    assert_eq!(a.countries, ["United States"]);
    let a = one("Sen. Ana Ruiz (D-N.J.) said the bill was “dead on arrival this year.”");
    assert_eq!(a.countries, ["United States"]);
    let a = one("Rep. Tom Hale, a Republican from Utah, said the bill was “dead on arrival.”");
    assert_eq!(a.countries, ["United States"]);
    let a = one("Senator Ana Ruiz of Texas said the bill was “dead on arrival this year.”");
    assert_eq!(a.countries, ["United States"]);
    // `of` a region after someone without a legislator's title says nothing.
    let a = one("Ana Ruiz of Texas said the bill was “dead on arrival this year.”");
    assert!(a.countries.is_empty());
}

#[test]
fn a_central_bank_speaks_for_its_country() {
    let a = one("Bundesbank President Tom Hale said rates were “appropriate for now.”");
    assert_eq!(a.countries, ["Germany"]);
    let a = one(
        "Tom Hale, Director of the Congressional Budget Office, said: “The deficit will grow.”",
    );
    assert_eq!(a.countries, ["United States"]);
}

#[test]
fn a_dispatch_naming_a_state_of_the_past_uses_its_era() {
    // `West German` dates the dispatch before 1990: `Bundesbank` is West Germany's.
    let p = [
        "West German exports rose in March.",
        "Bundesbank President Tom Hale said rates were “appropriate for now.”",
    ];
    assert_eq!(countries_at(&p, None), ["West Germany"]);
    // `Soviet` dates it before 1992: `Kremlin` is the Soviet Union.
    let p = [
        "Soviet grain imports rose in March.",
        "Kremlin spokesman Ivan Petrov said the harvest was “better than expected.”",
    ];
    assert_eq!(countries_at(&p, None), ["Soviet Union"]);
    // `the former Soviet Union` dates nothing.
    let p = [
        "Grain imports of the former Soviet Union rose in March.",
        "Kremlin spokesman Ivan Petrov said the harvest was “better than expected.”",
    ];
    assert_eq!(countries_at(&p, None), ["Russia"]);
    // The dateline's capital is the era's country too (`BELGRADE` in Yugoslavia).
    let p = [
        "Yugoslavia will pay its debts.",
        "Foreign Minister Ana Petrovic said in Caracas, “radical changes” were “needed now.”",
    ];
    assert_eq!(countries_at(&p, Some("BELGRADE")), ["Yugoslavia"]);
}

#[test]
fn a_known_date_sets_the_era() {
    let p = ["Russian Foreign Minister Ivan Petrov said the talks were “useful and long overdue.”"];
    let on = |y: i32| {
        let date = time::Date::from_calendar_date(y, time::Month::June, 1).ok();
        attribute_dated(&p, &[], None, date).remove(0).countries
    };
    assert_eq!(on(1987), ["Soviet Union"]);
    assert_eq!(on(2015), ["Russia"]);
}

#[test]
fn economics_is_a_title_word() {
    let d = [
        "West German exports rose in March.",
        "Economics Minister Tom Hale said growth was “slowing but solid.”",
    ];
    let a = attribute(&d, &[], Some("BONN"));
    assert_eq!(a[1].speakers, ["Tom Hale"]);
    assert_eq!(a[1].countries, ["West Germany"]);
}

#[test]
fn a_country_s_business_is_not_its_government() {
    let a = one("Tom Hale, head of top Japanese business group Nikko, spoke on Monday. “Exports will fall this year,” he said.");
    assert_eq!(a.speakers, ["Tom Hale"]);
    assert!(a.countries.is_empty());
    let a = one("Japanese business leader Tom Hale said: “Exports will fall this year.”");
    assert!(a.countries.is_empty());
    // The government is still the country's.
    let a = one("Tom Hale, head of the Japanese trade ministry, said: “Exports will fall.”");
    assert_eq!(a.countries, ["Japan"]);
}

#[test]
fn speaking_on_behalf_of_a_country_s_leader() {
    let a = one("“We will lift the blockade,” said Tom Hale speaking on behalf of Israeli Prime Minister Ana Ruiz.");
    assert_eq!(a.speakers, ["Tom Hale"]);
    assert_eq!(a.countries, ["Israel"]);
    let a = one("Tom Hale, speaking on behalf of the Kremlin, said: “We will not sign this.”");
    assert_eq!(a.countries, ["Russia"]);
}

#[test]
fn two_people_joined_by_and_are_both_quoted() {
    let a = one(
        "“A refusal to appear could lead to contempt proceedings,” Tom Hale and Ana Ruiz wrote.",
    );
    assert_eq!(a.speakers, ["Ana Ruiz", "Tom Hale"]);
    // A country joined to a person is not a second speaker.
    let a = one("“We will sign the accord this week,” Japan and Ana Ruiz said.");
    assert_eq!(a.speakers, ["Ana Ruiz"]);
}

#[test]
fn a_source_is_an_unnamed_speaker() {
    let p = [
        "Prime Minister Tom Hale proposed new taxes on Monday.",
        "“The taxes will anger many voters,” a Western diplomatic source said.",
    ];
    assert_eq!(speakers(&p)[1], Vec::<String>::new());
}

#[test]
fn a_government_title_after_a_sector_word_is_still_the_government_s() {
    let a = one("British corporate affairs minister Tom Hale said: “We want a fair deal now.”");
    assert_eq!(a.countries, ["United Kingdom"]);
    let a = one("Japanese industry minister Tom Hale said: “We want a fair deal now.”");
    assert_eq!(a.countries, ["Japan"]);
}

#[test]
fn a_title_in_a_country_s_institution_gives_the_country() {
    let p = [
        "The Governor of the Bank of England, Tom Hale, criticised predators.",
        "“Such activity is irresponsible,” he said in a speech.",
    ];
    let a = attribute(&p, &[], None);
    assert_eq!(a[1].speakers, ["Tom Hale"]);
    assert_eq!(a[1].countries, ["United Kingdom"]);
    let a = one("Tom Hale, vice-president of the Swiss National Bank, said: “Rates will stay.”");
    assert_eq!(a.countries, ["Switzerland"]);
}

#[test]
fn a_title_that_mostly_means_one_country_yields_to_the_dateline() {
    let d = [
        "Argentina will pay its debts.",
        "“We are optimistic,” Treasury Secretary Tom Hale said.",
    ];
    assert_eq!(countries_at(&d, Some("BUENOS AIRES")), ["Argentina"]);
    assert_eq!(countries_at(&d[1..], Some("SINGAPORE")), ["United States"]);
}

#[test]
fn a_title_in_a_union_or_firm_gives_no_country() {
    let a = one("The Conflicts Secretary of the Bolivian Miners Federation, Tom Hale, spoke. “We will strike on Monday,” Hale said.");
    assert_eq!(a.speakers, ["Tom Hale"]);
    assert!(a.countries.is_empty());
}

#[test]
fn a_region_in_a_clause_or_a_former_office_gives_no_country() {
    let a = one("Tom Hale, is a former Republican Congressman from New York. “Lending must grow,” Hale said.");
    assert_eq!(a.speakers, ["Tom Hale"]);
    assert!(a.countries.is_empty());
}

#[test]
fn and_inside_a_firm_s_name_joins_no_speakers() {
    let a = one("“Gilts will rally,” Morgan Grenfell and Co economist Tom Hale said.");
    assert_eq!(a.speakers, ["Tom Hale"]);
}

#[test]
fn public_bodies_and_sentence_openers_keep_the_dateline_country() {
    let d = [
        "Argentina's debt talks resumed.",
        "“It was a good deal,” Reserve Bank governor Elsa Moreno said.",
        "But President Tomas Ibarra was expected to wait. “We will not sign,” Ibarra said.",
        "“About time,” Senate Majority Leader Rosa Diaz told reporters.",
    ];
    let a = attribute(&d, &[], Some("BUENOS AIRES"));
    for p in &a[1..] {
        assert_eq!(p.countries, ["Argentina"], "{p:?}");
    }
}

#[test]
fn a_former_official_does_not_take_the_dateline_country() {
    let d = [
        "Spain's budget was cut.",
        "“They cut too little,” said Former Finance Minister Luis Soto.",
    ];
    let a = attribute(&d, &[], Some("MADRID"));
    assert_eq!(a[1].speakers, ["Luis Soto"]);
    assert!(a[1].countries.is_empty());
}

#[test]
fn a_dateline_city_other_than_the_capital_gives_the_country() {
    let d = ["Brazil will pay. “We wish to pay,” Central Bank president Rui Lima said."];
    let a = attribute(&d, &[], Some("RIO DE JANEIRO"));
    assert_eq!(a[0].countries, ["Brazil"]);
}

#[test]
fn inverted_verb_then_an_officer_description_then_name() {
    let a = one("“Ford is making tremendous progress,” said the firm's chief executive officer, Alan Mulally.");
    assert_eq!(a.speakers, ["Alan Mulally"]);
}

#[test]
fn inverted_verb_then_description_then_name() {
    let a = one("“It will not stop us,” said the president of Iran, Mahmoud Ahmadinejad.");
    assert_eq!(a.speakers, ["Mahmoud Ahmadinejad"]);
    assert_eq!(a.countries, ["Iran"]);
    assert!(a.organizations.is_empty());
    let a = one("“We agreed,” said the chief negotiator for the rebels, Mohaqher Iqbal.");
    assert_eq!(a.speakers, ["Mohaqher Iqbal"]);
    assert!(a.countries.is_empty());
    // A country the holder is posted to is not theirs.
    let a = one("“We agreed,” said the ambassador to Iran, Tom Hale.");
    assert_eq!(a.speakers, ["Tom Hale"]);
    assert!(a.countries.is_empty());
}

#[test]
fn title_of_a_country_in_apposition_before_the_name() {
    let a = one(
        "The President of Algeria, Abdelaziz Bouteflika, said the occupation was “a denial of justice.”",
    );
    assert_eq!(a.speakers, ["Abdelaziz Bouteflika"]);
    assert_eq!(a.countries, ["Algeria"]);
}

#[test]
fn quoted_as_saying_names_the_person_not_the_medium() {
    let a = one("Ali Khalifa was quoted by the daily al-Qabas as saying: “No member asked.”");
    assert_eq!(a.speakers, ["Ali Khalifa"]);
    let s = speakers(&[
        "Iranian Defence Minister Ali Reza spoke on Monday.",
        "“We will not yield,” the radio quoted him as saying.",
        "“Call them now,” the source quoted Reza as saying.",
    ]);
    assert_eq!(s[1], ["Ali Reza"]);
    assert_eq!(s[2], ["Ali Reza"]);
}

#[test]
fn a_known_surname_opening_a_sentence_is_who_he_refers_to() {
    let s = speakers(&[
        "Economy Minister Juan Sourrouille spoke first. Treasury Secretary James Baker listened.",
        "“Call them,” Baker said.",
        "Sourrouille reminded the committee of the loan.",
        "But he said the “disciplined effort” had gone unrewarded, “and that must change.”",
    ]);
    assert_eq!(s[3], ["Juan Sourrouille"]);
}

#[test]
fn an_unnamed_observer_is_nobody_named() {
    let s = speakers(&[
        "Foreign Minister Eduard Shevardnadze met Shultz at the door.",
        "“There was no instinctive warmth,” an observer said.",
        "“It was cold,” one said.",
    ]);
    assert!(s[1].is_empty());
    assert!(s[2].is_empty());
}

#[test]
fn headquarters_is_a_body_not_a_person() {
    let a = one(
        "A spokesman for the War Information Headquarters vowed “a crushing blow to them all.”",
    );
    assert!(a.speakers.is_empty());
}

#[test]
fn an_open_apposition_ends_at_the_clause_verb() {
    let d = [
        "George W. Bush, president of the United States met the Malian President Amadou Toure.",
        "Mr. Bush said he was “touched by the concern of the president.”",
    ];
    let a = attribute(&d, &[], None);
    assert_eq!(a[1].speakers, ["George W. Bush"]);
    assert_eq!(a[1].countries, ["United States"]);
}

#[test]
fn a_spokesman_for_a_body_is_an_unnamed_person() {
    let a = one("A spokesman for the Defence Council vowed “a crushing blow to all of them.”");
    assert!(a.speakers.is_empty());
    assert!(a.organizations.is_empty());
}

#[test]
fn a_list_inside_an_apposition_is_not_the_subject() {
    let s = speakers(&[
        "Belgian Trade Minister Herman De Croo arrived.",
        "De Croo, here for talks with officials and Congressmen, said if a bill passed, “we would retaliate at once.”",
    ]);
    assert_eq!(s[1], ["Herman De Croo"]);
}

#[test]
fn a_person_before_the_occasion_of_the_remark() {
    let a = one("British foreign secretary Jack Straw in a television interview commented that it was “more difficult rather than less difficult.”");
    assert_eq!(a.speakers, ["Jack Straw"]);
    assert_eq!(a.countries, ["United Kingdom"]);
}

#[test]
fn a_verb_in_a_relative_clause_does_not_change_who_he_is() {
    let s = speakers(&[
        "Commerce Secretary Malcolm Baldrige met Korean officials.",
        "Asked about the won, which Washington has been urging for months, Baldrige declined to comment. “We have no target for any currency,” he said.",
    ]);
    assert_eq!(s[1], ["Malcolm Baldrige"]);
}

#[test]
fn according_to_a_description_then_the_name() {
    let a = one("According to the Minister of Foreign Relations, Celso Amorim, the document will condemn “terrorism in all its forms.”");
    assert_eq!(a.speakers, ["Celso Amorim"]);
}

#[test]
fn the_minister_is_someone_named_before_not_after() {
    let s = speakers(&[
        "Sheikh Ali Khalifa spoke to the local daily.",
        "“This rumour is baseless,” the minister said.",
        "Ecuador's deputy energy minister Fernando Santos said his country wanted a lower price.",
    ]);
    assert!(s[1].is_empty(), "{s:?}");
}

#[test]
fn a_portfolio_before_a_title_is_part_of_it() {
    let d = ["Kenya will grow, Planning Minister Robert Ouko said. “We will grow,” Ouko said."];
    let a = attribute(&d, &[], Some("NAIROBI"));
    assert_eq!(a[0].countries, ["Kenya"]);
    let d = ["China's debt is safe. “It is safe,” Vice-Premier Tian Jiyun said."];
    let a = attribute(&d, &[], Some("PEKING"));
    assert_eq!(a[0].speakers, ["Tian Jiyun"]);
    assert_eq!(a[0].countries, ["China"]);
}

#[test]
fn a_possessive_country_before_adjectives_owns_the_title() {
    let a = one("Iran's revolutionary leader, Ayatollah Ruhollah Khomeini, warned against “discord and dissent in the nation.”");
    assert_eq!(a.speakers, ["Ruhollah Khomeini"]);
    assert_eq!(a.countries, ["Iran"]);
}

#[test]
fn the_lead_officials_country_stands_for_the_datelines() {
    let d = [
        "Debt talks are stalling, senior Mexican officials said.",
        "“The debt problem is not solved,” Finance Minister Gustavo Ruiz said.",
    ];
    let a = attribute(&d, &[], Some("NEW YORK"));
    assert_eq!(a[1].countries, ["Mexico"]);
}

#[test]
fn an_article_and_lowercase_words_before_the_title() {
    let s = speakers(&[
        "Kenya will grow, Planning Minister Robert Ouko said.",
        "“Kenya will improve,” the planning minister said.",
        "OPEC president Rilwanu Lukman said prices would hold.",
        "“We are ready,” the group's president said.",
    ]);
    assert_eq!(s[1], ["Robert Ouko"]);
    assert_eq!(s[3], ["Rilwanu Lukman"]);
}

#[test]
fn a_clause_after_but_has_its_own_main_verb() {
    let s = speakers(&[
        "The government says it is committed, but opposition leader Tom Nyongo says that is a sham. “Stealing is still going on,” he added.",
    ]);
    assert_eq!(s[0], ["Tom Nyongo"]);
}

#[test]
fn a_participle_clause_after_a_description_and_name() {
    let a = one("Indonesia's coordinating minister for economic affairs, Hendra Kusuma, struck a softer tone, writing on X that the talks had been “frank but constructive.”");
    assert_eq!(a.speakers, ["Hendra Kusuma"]);
    assert_eq!(a.countries, ["Indonesia"]);
}

#[test]
fn he_after_a_report_is_the_person_it_reported_on() {
    let s = speakers(&[
        "A radio report said Foreign Minister Vahit Halefoglu had called on Greece to talk.",
        "“We call on Greece to engage in a dialogue with us,” he said.",
    ]);
    assert_eq!(s[1], ["Vahit Halefoglu"]);
}

#[test]
fn a_name_that_resolves_to_nobody_does_not_outrank_the_speech_verb() {
    let a = one("Leading the chorus urging Thatcher to go to the polls, Sir Marcus Fox, vice-chairman of the committee, said: “I have always felt that it would be June.”");
    assert_eq!(a.speakers, ["Marcus Fox"]);
}

#[test]
fn an_office_named_after_a_title_is_a_body() {
    let s = speakers(&[
        "“That is not nothing,” Kenyan Foreign Minister Caroline Mutua told reporters.",
        "Ethiopia's Office of the Prime Minister said in a statement that the talks had been “productive and frank.”",
    ]);
    assert!(s[1].is_empty(), "{s:?}");
}

#[test]
fn an_adviser_to_a_countrys_president_speaks_for_it() {
    let d = ["“Armenia is again trying to sabotage it,” said Elnur Mammadli, a foreign policy adviser to Azerbaijan's president."];
    let a = attribute(&d, &[], Some("YEREVAN"));
    assert_eq!(a[0].countries, ["Azerbaijan"]);
}

#[test]
fn the_diplomat_after_a_western_diplomat_is_still_unnamed() {
    let p = [
        "Chief negotiator Tesfaye Worku, a veteran diplomat, said talks would go on. “We are asking for a door,” Worku said.",
        "A Western diplomat who attended the session, and who spoke on condition of anonymity, said the delegation had twice threatened to leave. “At one point it looked over before lunch,” the diplomat said.",
    ];
    let s = speakers(&p);
    assert!(s[1].is_empty(), "{s:?}");
}

#[test]
fn a_person_before_an_ing_clause_of_occasion() {
    let s = speakers(&[
        "Finance Minister Barend du Plessis spoke in Pretoria.",
        "Du Plessis in disclosing the new agreement last night said the rise was a sign that “investors are again taking a realistic view.”",
    ]);
    assert_eq!(s[1], ["Barend du Plessis"]);
}

#[test]
fn a_quote_over_two_paragraphs_takes_the_speaker_named_at_its_end() {
    let s = speakers(&[
        "Four more banks joined, according to senior Citibank executive William Rhodes.",
        "“Those who supported us today can be sure that Mexico will stay open to them.",
        "“Those few who have denied their responsibility have turned their backs on it,” Finance Minister Gustavo Petricioli said.",
    ]);
    assert_eq!(s[1], ["Gustavo Petricioli"]);
    assert_eq!(s[2], ["Gustavo Petricioli"]);
}

#[test]
fn the_verb_whose_object_the_quote_is_wins_over_the_main_clause() {
    let a = one("Mugabe accused British Prime Minister Gordon Brown of interfering, after Brown called for “free and fair elections.”");
    assert_eq!(a.speakers, ["Gordon Brown"]);
    let s = speakers(&[
        "Treasury Secretary James Baker spoke. Sen. Bill Bradley listened.",
        "Baker noted that even though Sen. Bill Bradley was urging debt relief in his strategy, “More and more now, he bases this on growth.”",
    ]);
    assert_eq!(s[1], ["James Baker"]);
}

#[test]
fn a_lead_opening_with_a_country_and_closing_with_its_speaker() {
    let d = [
        "Brazil is not happy with the bank committee, Finance Minister Dilson Funaro said.",
        "“This is not fair,” Funaro said.",
    ];
    let a = attribute(&d, &[], Some("LONDON"));
    assert_eq!(a[1].countries, ["Brazil"]);
    // A country that only opens a later sentence says nothing of the speaker.
    let d = [
        "Talks resumed. Iran attacked two tankers, Defence Secretary Tom Hale said.",
        "“This is not acceptable,” Hale said.",
    ];
    let a = attribute(&d, &[], None);
    assert!(a[1].countries.is_empty());
}

#[test]
fn a_provincial_premier_speaks_for_the_country() {
    let a = one("“Things are running pretty quickly now,” said Alberta Premier Don Getty.");
    assert_eq!(a.countries, ["Canada"]);
}

#[test]
fn adding_after_he_said_takes_his_subject() {
    let s = speakers(&[
        "Brazil is unhappy, Finance Minister Dilson Funaro said.",
        "U.S. banks have half the seats on the committee, he said, adding “This is not fair with the European banks.”",
    ]);
    assert_eq!(s[1], ["Dilson Funaro"]);
}

#[test]
fn an_opening_phrase_of_place_before_the_person() {
    let s = speakers(&[
        "Spain's Foreign Minister Miguel Moratinos said Spain would not recognise Kosovo.",
        "In China, Foreign Ministry spokesman Liu Jianchao expressed concern over the bid. “This act can produce seriously negative results,” he said.",
    ]);
    assert_eq!(s[1], ["Liu Jianchao"]);
}

#[test]
fn agreed_before_a_quote() {
    let a = one("Alberta Premier Don Getty agreed, “Things are running pretty quickly now.”");
    assert_eq!(a.speakers, ["Don Getty"]);
}

#[test]
fn who_said_stands_for_the_name_before_it() {
    let a = one("The paper printed an article by China's commercial counsellor in Washington, Chen Shibiao, who said that “all kinds of difficulties” were hurting trade.");
    assert_eq!(a.speakers, ["Chen Shibiao"]);
    assert_eq!(a.countries, ["China"]);
}

#[test]
fn a_lead_closing_with_told_journalists() {
    let d = [
        "Indonesia expects its debt ratio to peak at 41 pct, Development Supervision Minister Ali Wardhana told journalists.",
        "“The current debt burden will be manageable,” Wardhana said.",
    ];
    let a = attribute(&d, &[], Some("THE HAGUE"));
    assert_eq!(a[1].countries, ["Indonesia"]);
}

#[test]
fn its_president_is_the_bodys_not_the_countrys() {
    let d = [
        "Nigeria raised fuel prices. The Nigeria Labour Congress said the increase would hurt workers. Its president, Festus Okonkwo, called it “a policy made for the rich.”",
    ];
    let a = attribute(&d, &[], Some("LAGOS"));
    assert_eq!(a[0].speakers, ["Festus Okonkwo"]);
    assert!(a[0].countries.is_empty(), "{:?}", a[0]);
}

#[test]
fn title_for_a_domain_keeps_the_holders_country() {
    let a =
        one("“Seventy-two hours can save lives,” said U.S. special envoy for Sudan Dan Okafor.");
    assert_eq!(a.speakers, ["Dan Okafor"]);
    assert_eq!(a.countries, ["United States"]);
    let a = one("Saudi Minister of State for Foreign Affairs Faisal bin Turki said it was “the first step.”");
    assert_eq!(a.speakers, ["Faisal bin Turki"]);
    assert_eq!(a.countries, ["Saudi Arabia"]);
}

#[test]
fn capitalized_portfolio_before_minister_is_no_other_body() {
    // (From a city that is no seat of government, a dispatch that never names Indonesia gives
    // no country; from the capital it would: see
    // `a_capital_dateline_places_a_dispatch_that_names_no_country`.)
    let a = attribute(
        &["Prices rose, Energy and Mineral Resources Minister Budi Wicaksono said “sharply.”"],
        &[],
        Some("SURABAYA"),
    )
    .remove(0);
    assert!(
        a.countries.is_empty(),
        "the dispatch never names Indonesia: {a:?}"
    );
    let a = attribute(
        &["Indonesia will act, Energy and Mineral Resources Minister Budi Wicaksono said, “now.”"],
        &[],
        Some("JAKARTA"),
    )
    .remove(0);
    assert_eq!(a.speakers, ["Budi Wicaksono"]);
    assert_eq!(a.countries, ["Indonesia"]);
}

#[test]
fn continued_with_an_object_is_no_speech() {
    let p = [
        "Brazil is not happy, Finance Minister Dilson Funaro said.",
        "Asked if Brazil would have continued making payments, he replied, “Yes, because we got nothing.”",
    ];
    assert_eq!(speakers(&p)[1], ["Dilson Funaro"]);
    let a = one("“We will not stop,” Tom Hale continued.");
    assert_eq!(a.speakers, ["Tom Hale"]);
}

#[test]
fn a_province_dateline_places_the_dispatch() {
    let p = [
        "Prime Minister Brian Mulroney called on Americans to press Congress, a shift in Canada's strategy.",
        "“We are geared up and raring to go,” Mulroney said.",
    ];
    let a = attribute(&p, &[], Some("QUEBEC")).remove(1);
    assert_eq!(a.countries, ["Canada"]);
}

#[test]
fn the_body_and_title_refer_back_to_the_named_holder() {
    let p = [
        "Reagan will compromise, White House Budget Chief James Miller said.",
        "“I think it would be counterproductive,” the White House budget chief said.",
    ];
    assert_eq!(speakers(&p)[1], ["James Miller"]);
}

#[test]
fn unnamed_official_with_a_participle_clause_stays_unnamed() {
    let p = [
        "“We will not move,” Armenian Defence Minister Levon Arakelyan said.",
        "An Armenian official, speaking on condition of anonymity, said the soldier was hit by a sniper. “This was not a stray bullet,” the official said.",
    ];
    assert!(speakers(&p)[1].is_empty());
}

#[test]
fn destination_of_an_office_is_not_its_country() {
    let a =
        one("“The government needs good ministers,” said US Ambassador to Iraq Zalmay Khalilzad.");
    assert_eq!(a.speakers, ["Zalmay Khalilzad"]);
    assert_eq!(a.countries, ["United States"]);
    let a = attribute(
        &["The EU’s ambassador to Georgia, Katarina Lindqvist, said she was “appalled” by it."],
        &[],
        Some("TBILISI, Georgia"),
    )
    .remove(0);
    assert_eq!(a.speakers, ["Katarina Lindqvist"]);
    assert!(a.countries.is_empty(), "{a:?}");
    let a = one("Britain’s minister for the Middle East, Oliver Whitlock, said “our patience is not infinite.”");
    assert_eq!(a.speakers, ["Oliver Whitlock"]);
    assert_eq!(a.countries, ["United Kingdom"]);
}

#[test]
fn a_spokesman_for_a_body_after_a_name_is_that_name() {
    let a = one("“We are very pleased,” Lloyd Wood, a spokesman for the American Manufacturing Trade Coalition told The New York Times.");
    assert_eq!(a.speakers, ["Lloyd Wood"]);
    assert!(a.countries.is_empty(), "{a:?}");
}

#[test]
fn said_one_official_is_unnamed() {
    let p = [
        "Italian Treasury Minister Carlo Ciampi said growth was “too slow.”",
        "“There is just no room for manoeuvre,” said one official, echoing statements by Kohl.",
    ];
    assert!(speakers(&p)[1].is_empty());
}

#[test]
fn adverbs_between_subject_and_verb_and_more_verbs() {
    let a = one(
        "Mexican finance minister Gustavo Petricioli merely said, “Brazil is having problems.”",
    );
    assert_eq!(a.speakers, ["Gustavo Petricioli"]);
    assert_eq!(a.countries, ["Mexico"]);
    let a = one(
        "Greek Prime Minister Andreas Papandreou expressed “restricted optimism” about the crisis.",
    );
    assert_eq!(a.speakers, ["Andreas Papandreou"]);
    let a = one("Silvio Berlusconi, Italy's Prime Minister, congratulated Obama, describing him as “young, handsome and tanned.”");
    assert_eq!(a.speakers, ["Silvio Berlusconi"]);
    assert_eq!(a.countries, ["Italy"]);
}

#[test]
fn a_spokesman_for_a_countrys_government_speaks_for_it() {
    let a = one("Gholam Hossein Elham, a spokesman for the Iranian government said that the country would halt “all arrangements.”");
    assert_eq!(a.speakers, ["Gholam Hossein Elham"]);
    assert_eq!(a.countries, ["Iran"]);
}

#[test]
fn a_copula_describes_the_person() {
    let p = [
        "Akwasi Osei-Adjei is Ghana’s foreign minister. He spoke to a reporter on Monday.",
        "“The president has been invited to Kenya,” he said.",
    ];
    let a = attribute(&p, &[], None);
    assert_eq!(a[1].speakers, ["Akwasi Osei-Adjei"]);
    assert_eq!(a[1].countries, ["Ghana"]);
}

#[test]
fn its_title_after_a_sentence_opened_by_a_country() {
    let a = one("Indonesia, one of the largest fishing nations, had backed India. Its ambassador, Dewi Anggraini, said Jakarta had obtained “sufficient flexibility.”");
    assert_eq!(a.speakers, ["Dewi Anggraini"]);
    assert_eq!(a.countries, ["Indonesia"]);
    let a = one(
        "Nigeria Labour Congress called a strike. Its president, Joe Ajaero, said “we are ready.”",
    );
    assert_eq!(a.speakers, ["Joe Ajaero"]);
    assert!(a.countries.is_empty(), "{a:?}");
}

#[test]
fn scotland_and_wales_are_part_of_the_united_kingdom() {
    let a = one("“Scotland salutes you,” Scotland's First Minister Alex Salmond said.");
    assert_eq!(a.speakers, ["Alex Salmond"]);
    assert_eq!(a.countries, ["United Kingdom"]);
}

#[test]
fn the_leads_speaker_country_travels_with_the_delegation() {
    let p = [
        "Brazil is not happy with the bank committee, Finance Minister Dilson Funaro said.",
        "“Perhaps the same principle should apply to creditors,” central bank president Francisco Gros said.",
    ];
    let a = attribute(&p, &[], Some("LONDON"));
    assert_eq!(a[1].speakers, ["Francisco Gros"]);
    assert_eq!(a[1].countries, ["Brazil"]);
}

#[test]
fn a_senator_is_american_only_where_the_dispatch_names_the_united_states() {
    let p = [
        "The U.S. Senate heard the nominee on Tuesday.",
        "Senator John Cornyn said he was “willing to give him the benefit of the doubt.”",
    ];
    assert_eq!(attribute(&p, &[], None)[1].countries, ["United States"]);
    let p = [
        "The Senate heard the nominee on Tuesday.",
        "Senator Bob Brown said he was “not convinced.”",
    ];
    let a = attribute(&p, &[], None);
    assert_eq!(a[1].speakers, ["Bob Brown"]);
    assert!(a[1].countries.is_empty(), "{:?}", a[1]);
}

#[test]
fn in_country_opening_gives_an_officials_country() {
    let a = one("In China, Foreign Ministry spokesman Liu Jianchao expressed concern. “Kosovo's act can produce negative results,” Liu said.");
    assert_eq!(a.speakers, ["Liu Jianchao"]);
    assert_eq!(a.countries, ["China"]);
    let a = one("In Germany, Verband der Automobilindustrie executive director Klaus Braeunig said the plan is “a clear distortion.”");
    assert_eq!(a.speakers, ["Klaus Braeunig"]);
    assert!(a.countries.is_empty(), "{a:?}");
}

#[test]
fn a_firm_inside_a_description_apposition_is_not_the_subject() {
    let p = [
        "Priya Menon, a metals analyst at Singapore-based consultancy Straitline Research, said the levy would add costs.",
        "“The market will absorb it,” she said.",
    ];
    assert_eq!(
        speakers(&p),
        [Vec::<String>::new(), vec!["Priya Menon".to_string()]]
    );
}

#[test]
fn a_regnal_number_is_part_of_the_name() {
    let a =
        one("“Why don't you shut up?” said King Juan Carlos I of Spain, interrupting a speech.");
    assert_eq!(a.speakers, ["Juan Carlos I"]);
    assert_eq!(a.countries, ["Spain"]);
}

#[test]
fn an_open_title_apposition_before_told() {
    let a = one("Konstantin Kosachev, chair of the Russian parliament's security committee told reporters: “If I asked you, what would you say?”");
    assert_eq!(a.speakers, ["Konstantin Kosachev"]);
    assert_eq!(a.countries, ["Russia"]);
    let a = one("The Russian Foreign Minister, Sergei Lavrov responded by saying that “there is nothing ludicrous about it.”");
    assert_eq!(a.speakers, ["Sergei Lavrov"]);
    assert_eq!(a.countries, ["Russia"]);
}

#[test]
fn offices_of_bodies_other_than_states_take_no_dateline_country() {
    let d = [
        "Kenya hosted the talks on Friday.",
        "Wani Lobong, a spokesman for the rebel group, said its fighters would hold “as long as the army stays in its barracks.”",
        "Halima Farah, IGAD’s executive secretary, told reporters: “Nobody will be able to say they did not know.”",
        "Daniel Whitford, chairman of the American Chamber of Commerce in Kenya, said: “Certainty is worth more than any tariff.”",
        "Hassan Omar, vice chairman of the Kenyan National Commission on Human Rights, said: “The allegations are credible.”",
    ];
    let a = attribute(&d, &[], Some("NAIROBI, Kenya"));
    assert_eq!(a[1].speakers, ["Wani Lobong"]);
    assert!(a[1].countries.is_empty(), "{:?}", a[1]);
    assert_eq!(a[2].speakers, ["Halima Farah"]);
    assert!(a[2].countries.is_empty(), "{:?}", a[2]);
    assert_eq!(a[3].speakers, ["Daniel Whitford"]);
    assert!(a[3].countries.is_empty(), "{:?}", a[3]);
    assert_eq!(a[4].countries, ["Kenya"]);
}

#[test]
fn a_sentence_adverb_does_not_hide_who_opens_the_sentence() {
    let p = [
        "But a Western economist said “the argument won't cut any ice.”",
        "Nevertheless, Polish National Bank head Wladyslaw Baka made it clear that Poland wanted a lead.",
        "He was quoted by PAP as saying that Poland would pay, “but not in a short time.”",
    ];
    let a = attribute(&p, &[], Some("WARSAW"));
    assert_eq!(a[2].speakers, ["Wladyslaw Baka"]);
    assert_eq!(a[2].countries, ["Poland"]);
}

#[test]
fn washington_has_no_ministers() {
    let p = [
        "Foreign Secretary Joe Clark urged the United States to act on acid rain.",
        "“We will wait and see the results,” Clark said.",
        "“We are moving,” Secretary of Commerce Malcolm Baldrige said.",
    ];
    let a = attribute(&p, &[], Some("WASHINGTON"));
    assert_eq!(a[1].speakers, ["Joe Clark"]);
    assert!(a[1].countries.is_empty(), "{:?}", a[1]);
    assert_eq!(a[2].countries, ["United States"]);
}

#[test]
fn abbreviated_legislators_are_officials_of_the_dateline() {
    let p = [
        "Argentina’s government reached a deal with the IMF on Monday.",
        "“They call it discipline,” said Sen. Mariela Quiroga, a Peronist from Tucumán province.",
    ];
    let a = attribute(&p, &[], Some("BUENOS AIRES, Argentina"));
    assert_eq!(a[1].speakers, ["Mariela Quiroga"]);
    assert_eq!(a[1].countries, ["Argentina"]);
}

#[test]
fn an_open_apposition_after_a_sentence_opening_description() {
    let a = one("The Russian Foreign Minister, Sergei Lavrov responded to Rice's claims by saying that “there is nothing ludicrous about it.”");
    assert_eq!(a.speakers, ["Sergei Lavrov"]);
    assert_eq!(a.countries, ["Russia"]);
}

#[test]
fn a_definite_description_before_a_relative_clause() {
    let p = [
        "Saudi Crown Prince Abdullah met Reagan on Monday.",
        "Asked how he felt about the attack, the prince, who is here on an official visit, replied, “It is their responsibility.”",
    ];
    let a = attribute(&p, &[], Some("WASHINGTON"));
    assert_eq!(a[1].speakers, ["Abdullah"]);
    assert_eq!(a[1].countries, ["Saudi Arabia"]);
}

#[test]
fn a_lead_description_is_the_holder_named_next() {
    let p = [
        "Brazil’s foreign minister accused France on Tuesday of holding the trade deal “hostage to domestic politics.”",
        "Foreign Minister Paulo Rezende told reporters in Brasilia that the vote had been delayed again.",
    ];
    let a = attribute(&p, &[], Some("BRASILIA, Brazil"));
    assert_eq!(a[0].speakers, ["Paulo Rezende"]);
    assert_eq!(a[0].countries, ["Brazil"]);
    // Not in a later paragraph: there `the minister` means someone already named.
    let p = [
        "Talks resumed on Tuesday.",
        "“We are close,” the minister said.",
        "Foreign Minister Paulo Rezende arrived later.",
    ];
    assert!(speakers(&p)[1].is_empty());
}

#[test]
fn in_a_capital_opening_places_the_official() {
    let p = [
        "Japan and the Philippines signed a defence pact on Friday.",
        "In Beijing, Foreign Ministry spokesperson Wei Lan said it should not “target any third party.”",
    ];
    let a = attribute(&p, &[], Some("TOKYO"));
    assert_eq!(a[1].speakers, ["Wei Lan"]);
    assert_eq!(a[1].countries, ["China"]);
}

#[test]
fn a_foreign_office_is_the_datelines_own() {
    let p = [
        "Pakistan and Afghanistan agreed on a border crossing regime.",
        "Foreign Office spokesperson Amna Qureshi told reporters it was “in line with international practice.”",
    ];
    let a = attribute(&p, &[], Some("ISLAMABAD"));
    assert_eq!(a[1].countries, ["Pakistan"]);
}

#[test]
fn accents_aside_a_surname_is_the_same_person() {
    let p = [
        "Venezuelan President Hugo Chávez expelled a U.S. diplomat.",
        "Chavez responded, saying “I think Hitler could be a nursery baby next to him.”",
    ];
    let a = attribute(&p, &[], None);
    assert_eq!(a[1].speakers, ["Hugo Chávez"]);
    assert_eq!(a[1].countries, ["Venezuela"]);
}

#[test]
fn an_envoy_to_a_body_keeps_the_country() {
    let a = one("The Eritrean ambassador to the UN, Araya Desta, said his country desired “the cultivation of good relations.”");
    assert_eq!(a.speakers, ["Araya Desta"]);
    assert_eq!(a.countries, ["Eritrea"]);
}

#[test]
fn a_domain_of_two_parts() {
    let a = one("Italy's Minister for the Environment and Energy Security, Francesca Lombardi, called it “a wake-up call Brussels cannot ignore.”");
    assert_eq!(a.speakers, ["Francesca Lombardi"]);
    assert_eq!(a.countries, ["Italy"]);
    // Two people joined by `and` stay two people.
    let a = one("U.S. Secretary of State George Shultz and Soviet Foreign Minister Eduard Shevardnadze met today. “We should move the ball along,” Shultz said.");
    assert_eq!(a.speakers, ["George Shultz"]);
    assert_eq!(a.countries, ["United States"]);
}

#[test]
fn armed_forces_are_the_datelines_own() {
    let p = [
        "Philippine troops searched for the hostages.",
        "Armed Forces spokesperson Col. Rommel Abad said the abductors were “trying to rebuild through ransom.”",
    ];
    let a = attribute(&p, &[], Some("MANILA"));
    assert_eq!(a[1].countries, ["Philippines"]);
}

#[test]
fn dismissed_as_quotes_the_subject() {
    let a = one("Kremlin spokesman Grigory Anisimov dismissed the accusations as “Russophobic hysteria and lies.”");
    assert_eq!(a.speakers, ["Grigory Anisimov"]);
    assert_eq!(a.countries, ["Russia"]);
}

#[test]
fn who_heads_the_delegation_gives_its_country() {
    let p = [
        "Maynard Glitman, who heads the American team discussing nuclear forces, told reporters the document was on the table.",
        "He told reporters: “It is a complete document.”",
    ];
    let a = attribute(&p, &[], Some("GENEVA"));
    assert_eq!(a[1].speakers, ["Maynard Glitman"]);
    assert_eq!(a[1].countries, ["United States"]);
}

#[test]
fn said_a_bare_modifier_and_title_then_the_name() {
    let a = one("“We were forced to respond,” said department spokesperson, Sean McCormack.");
    assert_eq!(a.speakers, ["Sean McCormack"]);
}

#[test]
fn two_portfolios_before_minister() {
    let p = [
        "Uganda was disappointed by the coffee talks.",
        "In Dar es Salaam, Tanzania's Agriculture and Livestock Development Minister Paul Bomani said “common sense will prevail.”",
    ];
    let a = attribute(&p, &[], Some("KAMPALA"));
    assert_eq!(a[1].speakers, ["Paul Bomani"]);
    assert_eq!(a[1].countries, ["Tanzania"]);
}

#[test]
fn senators_of_a_dispatch_mostly_about_another_country() {
    let p = [
        "Australia's prime minister John Howard visited India, and Australia may sell it uranium.",
        "Senator Christine Milne said Howard had taken “his running orders from US President Bush.”",
    ];
    let a = attribute(&p, &[], None);
    assert_eq!(a[1].speakers, ["Christine Milne"]);
    assert!(a[1].countries.is_empty(), "{:?}", a[1]);
}

#[test]
fn an_unnamed_diplomat_with_a_tail_and_a_participle_clause() {
    let p = [
        "“We are ready,” Philippine Foreign Secretary Ramon Villaraza said.",
        "A diplomat from one ASEAN member, speaking on condition of anonymity, said the talks stalled. “There was no appetite for a fight today,” the diplomat said.",
    ];
    assert!(speakers(&p)[1].is_empty());
}

#[test]
fn a_description_ending_in_a_lowercase_noun_before_the_name() {
    let p = [
        "Lebanon and Syria agreed to mark their border.",
        "The head of the Syrian delegation, Deputy Foreign Minister Bassam Khoury, said “a border nobody sees is a border nobody respects.”",
        "A spokesperson for Nepal’s foreign ministry, Lok Bahadur Karki, said both neighbors should “refrain from any activity.”",
    ];
    let a = attribute(&p, &[], Some("BEIRUT"));
    assert_eq!(a[1].speakers, ["Bassam Khoury"]);
    assert_eq!(a[1].countries, ["Syria"]);
    assert_eq!(a[2].speakers, ["Lok Bahadur Karki"]);
    assert_eq!(a[2].countries, ["Nepal"]);
}

#[test]
fn a_bodys_possessive_office_takes_no_dateline_country() {
    let p = [
        "Fiji hosted the Pacific Islands Forum talks.",
        "The Forum's deputy secretary-general, Losana Veitata, said the secretariat would prepare “a menu of options.”",
    ];
    let a = attribute(&p, &[], Some("SUVA"));
    assert_eq!(a[1].speakers, ["Losana Veitata"]);
    assert!(a[1].countries.is_empty(), "{:?}", a[1]);
}

#[test]
fn a_nationality_yields_to_an_international_office() {
    let a = one("Belgian Willy de Clercq, EC Commissioner on external affairs, said the talks “helped clarify misconceptions.”");
    assert_eq!(a.speakers, ["Willy de Clercq"]);
    assert!(a.countries.is_empty(), "{a:?}");
}

#[test]
fn a_name_of_country_then_an_open_description() {
    let a = one("President Bashar Assad of Syria, a longtime Iranian ally said he “backed Tehran's moves toward nuclear power.”");
    assert_eq!(a.speakers, ["Bashar Assad"]);
    assert_eq!(a.countries, ["Syria"]);
}

#[test]
fn arap_is_a_name_particle() {
    let a = attribute(
        &["Kenya's debt will absorb the aid, President Daniel arap Moi said, “by way of external debt service.”"],
        &[],
        Some("NAIROBI"),
    )
    .remove(0);
    assert_eq!(a.speakers, ["Daniel arap Moi"]);
    assert_eq!(a.countries, ["Kenya"]);
}

#[test]
fn its_refers_to_the_country_opening_its_own_sentence() {
    let a = one("The Soviet Union supports the freedom of navigation, its ambassador to Kuwait, Ernest Zverev, told the agency, “and no act of aggression.”");
    assert_eq!(a.speakers, ["Ernest Zverev"]);
    assert_eq!(a.countries, ["Soviet Union"]);
}

#[test]
fn a_demonym_before_lowercase_words_and_a_capitalized_title() {
    let a = one(
        "Lebanese central bank Vice Governor Meguerditch Bouldikian said “confidence will return.”",
    );
    assert_eq!(a.speakers, ["Meguerditch Bouldikian"]);
    assert_eq!(a.countries, ["Lebanon"]);
}

#[test]
fn capitals_named_like_other_places_place_the_dateline() {
    let p = [
        "Costa Rica's economy minister sees new hope for coffee quotas.",
        "“There are countries such as our own,” Minister Luis Diego Escalante said.",
    ];
    let a = attribute(&p, &[], Some("SAN JOSE"));
    assert_eq!(a[1].countries, ["Costa Rica"]);
}

#[test]
fn description_in_apposition_opens_the_sentence_for_the_name() {
    let p = [
        "“It is a good day,” Foreign Minister Ana Ruiz said.",
        "Chile’s trade minister, Tomas Vidal, was more cautious. “We open a door,” he said.",
        "The governor of the northern province, Lia Toma, agreed. “Markets wait,” she said.",
    ];
    assert_eq!(
        speakers(&p),
        [vec!["Ana Ruiz"], vec!["Tomas Vidal"], vec!["Lia Toma"]]
    );
}

#[test]
fn a_former_official_speaks_for_no_state() {
    let a =
        one("Tom Hale, Canada's former prime minister, spoke in Oslo. “We must act,” Hale said.");
    assert_eq!(a.speakers, ["Tom Hale"]);
    assert!(a.countries.is_empty());
    let a = one("Former U.S. Secretary of State Tom Hale said: “We have problems of our own.”");
    assert_eq!(a.speakers, ["Tom Hale"]);
    assert!(a.countries.is_empty());
    // A former minister who holds an office now keeps the country.
    let a = one("Vice Premier Li Wen, a former Commerce Minister of China, said: “Debt is fine.”");
    assert_eq!(a.speakers, ["Li Wen"]);
    assert_eq!(a.countries, ["China"]);
}

#[test]
fn a_place_past_a_determiner_is_where_the_person_was_not_whom_they_speak_for() {
    let a =
        one("Li, a technocrat who studied in the Soviet Union, said: “We reject rigid control.”");
    assert!(a.countries.is_empty());
    // A demonym past the determiner still names the state's body.
    let a = one("Tom Hale, an undersecretary at the Omani foreign ministry, said: “We talk.”");
    assert_eq!(a.countries, ["Oman"]);
}

#[test]
fn a_capitalized_plural_office_is_a_title_for_the_names_after_it() {
    let d = [
        "China named a new cabinet, the official news agency said.",
        "Vice-Premiers Li Peng and Tian Jiyun attended. “We reject rigid control,” Li said.",
    ];
    assert_eq!(countries_at(&d, Some("PEKING")), ["China"]);
    // Lowercase, it is the object of a clause, not a title.
    assert!(!tokens::tokenize("briefed the ministers", 0)[2].is_title());
    assert!(tokens::tokenize("Foreign Ministers", 0)[1].is_title());
}

#[test]
fn an_agency_quoting_a_person_gives_the_person() {
    let p = [
        "Iranian President Ali Rezaei met Ortega on Monday.",
        "“The talks were useful,” the IRNA news agency quoted Rezaei.",
        "The Financial Times quotes Rezaei saying, “We will buy no more.”",
        "Rezaei is quoted in the weekly saying, “Sanctions have failed.”",
    ];
    assert_eq!(
        speakers(&p)[1..],
        [vec!["Ali Rezaei"], vec!["Ali Rezaei"], vec!["Ali Rezaei"]]
    );
    // `quoted` as an adjective says nothing.
    assert!(one("“Too high,” the quoted price read.")
        .speakers
        .is_empty());
}

#[test]
fn as_name_put_it() {
    let a = one("They backed “a fair international system” — as Ali Rezaei put it — and left.");
    assert_eq!(a.speakers, ["Ali Rezaei"]);
}

#[test]
fn commenting_and_stating_quote_their_clause_subject() {
    let a = one("Party leader Tom Hale welcomed it, commenting that it would “ensure consensus”.");
    assert_eq!(a.speakers, ["Tom Hale"]);
    let a = one("Minister Ana Ruiz stressed talks, stating these should go on “right to the end”.");
    assert_eq!(a.speakers, ["Ana Ruiz"]);
}

#[test]
fn a_member_of_parliament_is_the_dateline_country_s_official() {
    let d = [
        "Canada will not join the shield, the government said.",
        "“They hide it,” opposition MP Tom Hale said.",
    ];
    assert_eq!(countries_at(&d, Some("OTTAWA")), ["Canada"]);
}

#[test]
fn a_portfolio_joined_by_and_stays_in_the_apposition() {
    let a = one("Tom Vidal, Brazil's mines and energy minister, said: “It is a fair deal.”");
    assert_eq!(a.speakers, ["Tom Vidal"]);
    assert_eq!(a.countries, ["Brazil"]);
}

#[test]
fn a_counterpart_takes_the_country_before_counterpart() {
    let p = [
        "“We talked,” Bulgarian Foreign Minister Ivo Kirov said after meeting his North Macedonian counterpart, Goran Nikol.",
        "“Our language is not on the agenda,” Nikol told reporters.",
    ];
    let a = attribute(&p, &[], None);
    assert_eq!(a[1].speakers, ["Goran Nikol"]);
    assert_eq!(a[1].countries, ["North Macedonia"]);
}

#[test]
fn portuguese_e_is_a_name_particle() {
    let a = one("Manoel de Almeida e Silva, an official of the mission, said: “We are committed.”");
    assert_eq!(a.speakers, ["Manoel de Almeida e Silva"]);
}

#[test]
fn an_official_of_a_regional_body_takes_no_dateline_country() {
    let d = [
        "Guyana and Suriname agreed on joint patrols.",
        "The Caribbean Community's assistant secretary-general, Mia Thorne, said the bloc stood “ready to support any step that keeps the river calm.”",
    ];
    assert!(countries_at(&d, Some("GEORGETOWN")).is_empty());
}

#[test]
fn a_demonym_before_a_trade_body_gives_no_country() {
    let a = one("“They carved up our fish,” said Cal Fraser, chief executive of a Scottish pelagic fishermen’s association.");
    assert_eq!(a.speakers, ["Cal Fraser"]);
    assert!(a.countries.is_empty());
}

#[test]
fn continues_at_the_end_of_a_clause_is_no_speech() {
    let p = [
        "Agriculture Minister Tom Hale told reporters that traders would act.",
        "Hale estimated the loss if the slide on the world markets continues.",
        "“An initiative is likely very soon,” he said.",
    ];
    assert_eq!(speakers(&p)[2], ["Tom Hale"]);
    // After a quote, or before a colon, it speaks.
    let a = one("“It will pass,” Tom Hale continued. “We wait.”");
    assert_eq!(a.speakers, ["Tom Hale"]);
}

#[test]
fn a_long_opening_phrase_does_not_hide_who_opens_the_sentence() {
    let p = [
        "“Unless something is done, China will suffer,” the diplomat added.",
        "In a major speech on the economy late last month, Planning Minister Song Ping made a reference to this problem.",
        "“We must improve economic accounting practices,” he said.",
    ];
    assert_eq!(speakers(&p)[2], ["Song Ping"]);
}

#[test]
fn asked_opening_a_sentence_leaves_its_subject_after_the_comma() {
    let p = [
        "Norwegian envoy Anders Vik met the rebels. “We made progress,” Vik said.",
        "“It is close,” an aide said.",
        "Asked whether the deal could be concluded by June, Vik smiled. “Ask me in April,” he said.",
    ];
    assert_eq!(speakers(&p)[2], ["Anders Vik"]);
}

#[test]
fn a_quote_after_a_sentence_opened_by_a_person_is_theirs() {
    let p = [
        "President Tom Hale met Mexican President Ana Ruiz on Monday.",
        "Mr. Hale spoke after the meeting: “We had a good discussion.”",
        "Ruiz then took over. “Thank you for your hospitality and the long talks.”",
    ];
    assert_eq!(speakers(&p)[1..], [vec!["Tom Hale"], vec!["Ana Ruiz"]]);
    // A speech verb of its own, even with a subject not understood, keeps the quote from
    // the person who opened the sentence before.
    let a = one("Ali Sadr has opposed the deal. In Kufa, one of his supporters stated that “the agreement means eternal bondage.”");
    assert!(a.speakers.is_empty());
}

#[test]
fn but_added_without_a_subject_continues_the_last_speaker() {
    let p = [
        "Foreign Minister Jean Raimond said the talks took long. But added: “Time is now ripe.”",
    ];
    assert_eq!(speakers(&p)[0], ["Jean Raimond"]);
}

#[test]
fn a_lead_naming_one_country_places_a_dispatch_without_dateline() {
    let dated = |d: &[&str]| -> Vec<String> {
        let day = time::macros::date!(2008 - 06 - 26);
        attribute_dated(d, &[], None, Some(day))
            .into_iter()
            .flat_map(|a| a.countries)
            .collect()
    };
    let d = [
        "The day before Zimbabwe's presidential runoff, President Robert Mugabe says he is open to talks.",
        "“We will be magnanimous,” Mugabe said at a rally.",
    ];
    assert_eq!(dated(&d), ["Zimbabwe"]);
    // Without a date line (nor a dateline) nothing is known of the dispatch's layout.
    assert!(countries_at(&d, None).is_empty());
    // Nor does a country the lead only talks about.
    let d = [
        "In a speech in Abu Dhabi today, President Tom Hale said that he considered Iran a threat.",
        "“Iran is the largest sponsor of terror,” Hale said.",
    ];
    assert!(dated(&d).is_empty());
    // A lead naming two countries places nothing.
    let d = [
        "The United States and Iran held talks in Baghdad on Monday, officials said.",
        "“We will be magnanimous,” President Tom Hale said.",
    ];
    assert!(dated(&d).is_empty());
    // A country's name before a title of its government owns it as a possessive would.
    let d = [
        "Pakistan Information Minister Sheikh Rashid Ahmed announced Wednesday the capture of a suspect.",
        "Interior Minister Aftab Khan Sherpao refused to speculate, saying that “we have no information.”",
    ];
    assert_eq!(dated(&d), ["Pakistan"]);
    // (But not a country named as a place before an event: `Pakistan Cricket Board`.)
    let d = [
        "Pakistan Cricket Board chairman Tom Hale announced Wednesday a new captain.",
        "Interior Minister Aftab Khan Sherpao refused to speculate, saying that “we have no information.”",
    ];
    assert!(dated(&d).is_empty());
}

#[test]
fn the_head_of_a_state_body_is_an_official() {
    let d = [
        "The head of a Philippine panel said cronies still controlled large funds.",
        "Ramon Diaz, Chairman of the Presidential Commission on Good Government, told Reuters: “They hid millions.”",
    ];
    assert_eq!(countries_at(&d, Some("MANILA")), ["Philippines"]);
}

#[test]
fn a_title_with_its_domain_before_a_name() {
    let a = one("“The border has started to open,” Armenia's special envoy for normalisation with Turkey, Narek Avan, said.");
    assert_eq!(a.speakers, ["Narek Avan"]);
    assert_eq!(a.countries, ["Armenia"]);
}

#[test]
fn a_plural_possessive_owns_the_title_after_it() {
    assert!(tokens::tokenize("the Houthis' chief negotiator", 0)[1].possessive);
    let d = [
        "Yemen's government and the Houthi movement agreed to swap prisoners, both sides said.",
        "The Houthis' chief negotiator on prisoners, Ali Hashed, said it was “a victory for the families of all the prisoners.”",
    ];
    assert!(countries_at(&d, Some("MUSCAT")).is_empty());
}

#[test]
fn a_nationality_before_an_organisation_owns_the_office() {
    let a = one("“It was in a U.N. context,” Israeli U.N. Spokesman Eyal Arad said.");
    assert_eq!(a.speakers, ["Eyal Arad"]);
    assert_eq!(a.countries, ["Israel"]);
    // Without one, the organisation's officer speaks for no country.
    assert!(
        one("“It was in a U.N. context,” U.N. Spokesman Eyal Arad said.")
            .countries
            .is_empty()
    );
}

#[test]
fn a_domain_of_two_portfolios_after_of_stays_in_the_title() {
    let d = [
        "Botswana signed the deal, officials said.",
        "“We built traceability,” Minister of Minerals and Energy Onke Kgosi told Reuters.",
        "Deputy Minister of Natural Resources and Environment Pichit Ruang told reporters that “we are downstream.”",
    ];
    let a = attribute(&d, &[], Some("GABORONE"));
    assert_eq!(a[1].speakers, ["Onke Kgosi"]);
    assert_eq!(a[1].countries, ["Botswana"]);
    assert_eq!(a[2].speakers, ["Pichit Ruang"]);
    // Two people joined by `and` stay two people.
    let p = ["Secretary of State Tom Hale and Defense Secretary Ana Ruiz said: “We agree.”"];
    assert_eq!(speakers(&p)[0], ["Ana Ruiz", "Tom Hale"]);
}

#[test]
fn an_opening_place_before_a_described_name_gives_the_country() {
    let d = [
        "Egypt and Ethiopia resumed talks on the dam, officials said.",
        "In Addis Ababa, a foreign ministry spokesperson, Hirut Bek, told a briefing that her country would “not sign away” its rights.",
    ];
    assert_eq!(countries_at(&d, Some("CAIRO")), ["Ethiopia"]);
}

#[test]
fn a_city_is_no_person() {
    let a = one("Cardinal Paulo Arns, the Roman Catholic archbishop of Sao Paulo, warned of “a social conflict of unimaginable proportions.”");
    assert_eq!(a.speakers, ["Paulo Arns"]);
}

#[test]
fn a_party_named_with_a_demonym_gives_its_country() {
    let a = one("Angel Naid, spokesman of the Bulgarian Socialist Party, praised “a multi-ethnic and democratic country.”");
    assert_eq!(a.speakers, ["Angel Naid"]);
    assert_eq!(a.countries, ["Bulgaria"]);
}

#[test]
fn a_manager_of_the_central_bank_speaks_for_its_country() {
    let a =
        one("Bank of Zambia general manager Michael Mwa said: “Who is going to bear the brunt?”");
    assert_eq!(a.speakers, ["Michael Mwa"]);
    assert_eq!(a.countries, ["Zambia"]);
}

#[test]
fn condemned_quotes_its_subject() {
    let a = one("UN Secretary-General Ban Ki-moon condemned the rebels in the “strongest possible terms” on Monday.");
    assert_eq!(a.speakers, ["Ban Ki-moon"]);
}

#[test]
fn an_international_office_does_not_keep_a_former_official_in_office() {
    let p = [
        "Tom Hale, Britain's former Prime Minister, spoke in Calgary on Monday.",
        "Hale is an Envoy in the Quartet on the Middle East. “Optimism is easy here,” Hale said.",
    ];
    let a = attribute(&p, &[], None);
    assert_eq!(a[1].speakers, ["Tom Hale"]);
    assert!(a[1].countries.is_empty());
}

#[test]
fn a_regional_government_of_a_state_speaks_for_it() {
    let a = one("“Nothing about the region should be decided without it,” KRG spokesman Dilshad Barz wrote on X.");
    assert_eq!(a.speakers, ["Dilshad Barz"]);
    assert_eq!(a.countries, ["Iraq"]);
    let a = one("Senator Ann Stott, Foreign Affairs Spokesperson for the Australian Democrats, said it was “a backflip.”");
    assert_eq!(a.countries, ["Australia"]);
}

#[test]
fn a_titled_person_opening_a_clause_after_and_is_whom_he_means() {
    let p = [
        "“I expect a positive response,” the minister, Michael Hale, said.",
        "Japan made no concessions ahead of Hale's trip and Trade and Industry Secretary Paul Chan on Friday sought to dispel concern.",
        "“We don't want a trade war,” he said.",
    ];
    assert_eq!(speakers(&p)[2], ["Paul Chan"]);
    // `she and X had …` joins two subjects: `she` stays who she was.
    let p = [
        "Prime Minister Ann Hale said she and Soviet Premier Ivan Ryzh had set targets for trade.",
        "“He handed me a list,” she told the meeting.",
    ];
    assert_eq!(speakers(&p)[1], ["Ann Hale"]);
}

#[test]
fn an_opening_capital_named_after_its_country() {
    let d = [
        "Guatemala and Belize argued their border case, officials said.",
        "In Guatemala City, Congressman Hugo Barr wrote on X that the government had “put our history in the hands of foreign judges.”",
    ];
    assert_eq!(countries_at(&d, Some("THE HAGUE")), ["Guatemala"]);
}

#[test]
fn who_heads_a_ministry_in_a_capital_speaks_for_its_country() {
    let d = [
        "Spain will release extra water to help Portugal, the two governments said.",
        "Teresa Ball, who heads the ecological transition ministry in Madrid, said: “We will comply in full.”",
    ];
    assert_eq!(countries_at(&d, Some("LISBON")), ["Spain"]);
}

#[test]
fn a_lead_description_names_the_one_person_introduced_next() {
    let d = [
        "Austria's environment minister urged the Czech government on Wednesday to let experts review two reactors.",
        "“A cloud does not stop at the border,” Theresa Kog told reporters after meeting Czech Industry Minister Pavel Dvor.",
        "“For us it is the same question,” Kog said.",
    ];
    let a = attribute(&d, &[], Some("PRAGUE"));
    assert_eq!(a[1].countries, ["Austria"]);
    assert_eq!(a[2].countries, ["Austria"]);
}

#[test]
fn a_name_right_after_a_one_word_domain() {
    let p = [
        "However, United Kingdom Minister for the Olympics Tessa Jow rejected such calls.",
        "“The world has known for seven years that Beijing would host the Games,” Jow told The Times.",
    ];
    let a = attribute(&p, &[], None);
    assert_eq!(a[1].speakers, ["Tessa Jow"]);
    assert_eq!(a[1].countries, ["United Kingdom"]);
    // A domain of its own stays whole.
    assert!(
        one("“We act,” said the Minister for the Environment and Energy Security.")
            .speakers
            .is_empty()
    );
}

#[test]
fn an_unnamed_official_speaks_for_the_country_of_the_description() {
    let a = one("“We will not accept a cosmetic arrangement,” an Israeli official said.");
    assert!(a.speakers.is_empty());
    assert_eq!(a.countries, ["Israel"]);
    let a = one("A senior U.S. official said the sale was “relatively small.”");
    assert_eq!(a.countries, ["United States"]);
    let a = one("The Iranian spokesman said the reports were “misleading propaganda.”");
    assert_eq!(a.countries, ["Iran"]);
    let a = one("“Trade friction will not be solved soon,” said one Japanese official.");
    assert_eq!(a.countries, ["Japan"]);
}

#[test]
fn an_unnamed_speaker_without_an_office_of_government_has_no_country() {
    // An analyst speaks for nobody; a diplomat posted somewhere is not of that country.
    let a = one("“The market is nervous,” an Iranian analyst said.");
    assert!(a.countries.is_empty(), "{a:?}");
    let a = one("“Nobody expects a deal,” a diplomat in Tehran said.");
    assert!(a.countries.is_empty(), "{a:?}");
    let a = one("“We are alarmed,” a European Union official said.");
    assert!(a.countries.is_empty(), "{a:?}");
    let a = one("“I prefer another word,” the former British leader said.");
    assert!(a.countries.is_empty(), "{a:?}");
}

#[test]
fn he_and_the_official_after_an_unnamed_official_keep_the_country() {
    let p = [
        "A senior Sudanese military official said the army had accepted the truce.",
        "“We told them this from the first day,” the official said.",
        "“Nobody can ask an army to freeze a war,” he said.",
    ];
    let a = attribute(&p, &[], None);
    assert_eq!(a[1].countries, ["Sudan"]);
    assert_eq!(a[2].countries, ["Sudan"]);
    assert!(a[2].speakers.is_empty());
}

#[test]
fn an_unnamed_official_before_a_clause_of_anonymity_keeps_the_country() {
    let a = one("An Armenian government official, speaking on condition of anonymity, said talks would “begin in the autumn.”");
    assert_eq!(a.countries, ["Armenia"]);
    let a = one("A senior Ukrainian official, who spoke on condition of anonymity, said the text was “the same list of demands.”");
    assert_eq!(a.countries, ["Ukraine"]);
}

#[test]
fn a_ministry_official_with_no_country_named_is_the_dispatch_country() {
    let p = [
        "Japan is sending a team to Washington to halt sanctions, officials said.",
        "A senior Foreign Ministry official said “the threats have undercut those who argue for conciliation.”",
    ];
    let a = attribute(&p, &[], Some("TOKYO"));
    assert_eq!(a[1].countries, ["Japan"]);
    assert!(a[1].speakers.is_empty());
}

#[test]
fn a_seat_of_government_before_the_office_gives_the_country() {
    let a = one("A Kremlin official said “we are ready to talk.”");
    assert_eq!(a.countries, ["Russia"]);
    let a = one("An anonymous Pentagon official said “that means war.”");
    assert_eq!(a.countries, ["United States"]);
}

#[test]
fn a_company_named_after_a_country_gives_its_spokesman_none() {
    let a = one("“We are not opposed to competition,” a U.S. Sprint spokesman said.");
    assert!(a.countries.is_empty(), "{a:?}");
    let a = one("“The board decided,” a Japan Fund spokeswoman said.");
    assert!(a.countries.is_empty(), "{a:?}");
}

#[test]
fn a_visiting_minister_speaks_for_the_other_country_the_dispatch_is_about() {
    let p = [
        "Foreign Secretary Joe Clark urged the United States to take firm action on acid rain.",
        "Clark said the administration had begun to deal seriously with Canada.",
        "“There's a lot more attention to our files,” Clark told reporters of Canadian concerns.",
    ];
    let a = attribute(&p, &[], Some("WASHINGTON"));
    assert_eq!(a[2].speakers, ["Joe Clark"]);
    assert_eq!(a[2].countries, ["Canada"]);
    // Two other countries named as often: no guess.
    let p = [
        "Foreign Secretary Joe Clark urged the United States to act on Canada and Mexico.",
        "Clark said Canada and Mexico had waited long enough.",
        "“There's a lot more attention to our files,” Clark told reporters.",
    ];
    let a = attribute(&p, &[], Some("WASHINGTON"));
    assert!(a[2].countries.is_empty(), "{a:?}");
}

#[test]
fn capitalized_words_after_a_titles_of_name_the_body_not_the_holder() {
    let a = one("Gerry Adams, the President of Sinn Fein, said that the statement contained “negatives and positives.”");
    assert_eq!(a.speakers, ["Gerry Adams"]);
    let a = one("Michael Frank, president of Advanced Voice, said “they went from no background.”");
    assert_eq!(a.speakers, ["Michael Frank"]);
    // A title's own words (`of State`) and a full name after the body stay a name.
    let a = one("“We will act,” said Secretary of State George Shultz.");
    assert_eq!(a.speakers, ["George Shultz"]);
    let a = one("“I smoked until I was 50,” said Minister of Culture Gilberto Gil.");
    assert!(
        a.speakers.iter().any(|s| s.ends_with("Gilberto Gil")),
        "{a:?}"
    );
}

#[test]
fn a_lead_that_opens_with_a_country_speaking_gives_its_officials_that_country() {
    let p = [
        "Iran said on Tuesday it would allow inspectors back only with guarantees.",
        "“Cooperation cannot be a one-way street,” Foreign Minister Abbas Araghchi said.",
    ];
    let a = attribute(&p, &[], Some("DUBAI"));
    assert_eq!(a[1].countries, ["Iran"]);
    // A country the lead only talks about says nothing of whom the officials serve.
    let p = [
        "Talks on Iran resumed on Tuesday in a tense mood.",
        "“Cooperation cannot be a one-way street,” Foreign Minister Abbas Araghchi said.",
    ];
    let a = attribute(&p, &[], Some("DUBAI"));
    assert!(a[1].countries.is_empty(), "{a:?}");
}

#[test]
fn a_demonym_or_capital_between_a_title_and_a_name_is_a_first_name() {
    let a =
        one("Ukraine’s Energy Minister German Galushchenko said “we have stopped the transit.”");
    assert_eq!(a.speakers, ["German Galushchenko"]);
    assert_eq!(a.countries, ["Ukraine"]);
    // After a word that is no office, a nationality is still one.
    let a = one("Former Spanish PM Jose Maria Aznar said NATO was “a zombie organization.”");
    assert_eq!(a.speakers, ["Jose Maria Aznar"]);
    // A capital there is a first name too.
    let a = one("Argentine Foreign Minister Santiago Olivo wrote on X that the deal was “good.”");
    assert_eq!(a.speakers, ["Santiago Olivo"]);
    assert_eq!(a.countries, ["Argentina"]);
}

#[test]
fn an_aide_speaks_for_the_country_of_the_person_served() {
    let p = [
        "South Korea's Finance Minister Kim Man-je said the debt would fall.",
        "Koo Bon-yong, an aide to Kim, said “the debt is expected to remain above 40 billion.”",
    ];
    let a = attribute(&p, &[], Some("SEOUL"));
    assert_eq!(a[1].speakers, ["Koo Bon-yong"]);
    assert_eq!(a[1].countries, ["South Korea"]);
    // Of someone whose country the dispatch does not give, or of a company: none, not the
    // dateline's.
    let p = [
        "Armenia said the route would stay under its control.",
        "“The ball is in Yerevan’s court,” said Hikmet Hajiyev, foreign policy adviser to President Ilham Aliyev.",
        "“It's not a taboo,” Peter Pietsch, spokesman for Commerzbank AG, said.",
        "“We are very pleased,” Lloyd Wood, a spokesman for the American Manufacturing Trade Coalition, said.",
        "“We are ready,” Anna Sarkisian, a spokeswoman for the Foreign Ministry, said.",
    ];
    let a = attribute(&p, &[], Some("YEREVAN"));
    assert!(a[1].countries.is_empty(), "{a:?}");
    assert!(a[2].countries.is_empty(), "{a:?}");
    assert!(a[3].countries.is_empty(), "{a:?}");
    // A spokeswoman for the government's own ministry is the dispatch's official.
    assert_eq!(a[4].countries, ["Armenia"]);
}

#[test]
fn an_office_conferred_in_apposition_describes_its_holder() {
    let p = [
        "Thursday, March 24, 2005",
        "Kyrgyzstan's parliamentary conflict intensified Sunday as Felix Kulov, appointed acting minister of securities by the reconvening former parliament, endorsed the new parliament.",
        "“The new parliament is legitimate,” Kulov said.",
        "“These are the people who freed you,” acting Prosecutor General Azimbek Beknazarov said.",
    ];
    let date = time::Date::from_calendar_date(2005, time::Month::March, 24).ok();
    let a = attribute_dated(&p, &[], None, date);
    assert_eq!(a[2].speakers, ["Felix Kulov"]);
    assert_eq!(a[2].countries, ["Kyrgyzstan"]);
    assert_eq!(a[3].countries, ["Kyrgyzstan"]);
}

#[test]
fn a_parenthesis_glossing_a_title_is_skipped() {
    let a = one("Irish Taoiseach (Prime Minister) Bertie Ahern said “it is time to talk.”");
    assert_eq!(a.speakers, ["Bertie Ahern"]);
    assert_eq!(a.countries, ["Ireland"]);
}

#[test]
fn a_seat_of_government_before_an_office_in_apposition_gives_the_country() {
    let a = one("“The government attaches great importance to relations,” said Jiang Yu, a Beijing foreign affairs spokeswoman.");
    assert_eq!(a.countries, ["China"]);
    let a = one("Scott McClellan, White House spokesman, said “I cannot agree with everything.”");
    assert_eq!(a.countries, ["United States"]);
}

#[test]
fn a_region_before_a_legislators_title_names_the_country() {
    // `senator` alone only mostly means the United States; `Arizona` settles it, even in a
    // dispatch that is about another country.
    let p = [
        "Iran and Iraq traded fire again on Monday, Iranian officials said.",
        "“We will not accept this,” said Arizona Senator Jon Kell.",
    ];
    let a = attribute(&p, &[], None);
    assert_eq!(a[1].speakers, ["Jon Kell"]);
    assert_eq!(a[1].countries, ["United States"]);
}

#[test]
fn congo_alone_is_the_kinshasa_government() {
    // Wire style (AP, Reuters) writes `Congo` for the Democratic Republic and names the other
    // one in full (`Republic of Congo`, `Congo-Brazzaville`).
    let a = one("“We expect Rwanda to honor its signature,” Congo’s Foreign Minister Ann Wagner told reporters.");
    assert_eq!(a.countries, ["Democratic Republic of the Congo"]);
    let a = one("“The border stays open,” Republic of Congo President Denis Sassou said.");
    assert_eq!(a.countries, ["Republic of the Congo"]);
}

#[test]
fn a_lead_quoting_officials_by_seat_or_short_name_tells_whose_officials_speak() {
    // `White House officials said`, `U.S. officials said` own the officials as `Mexican
    // officials` does: the official named later speaks for that country.
    let p = [
        "Trade talks have failed to head off tariffs, two senior White House officials said.",
        "“It looks like a very difficult situation,” National Security Adviser Frank Carr said.",
    ];
    let a = attribute(&p, &[], Some("SANTA BARBARA"));
    assert_eq!(a[1].speakers, ["Frank Carr"]);
    assert_eq!(a[1].countries, ["United States"]);
    // An unnamed ministry is still the dateline's government.
    let p = [
        "China welcomed the court ruling, but U.S. officials said Peking has a long way to go.",
        "A Foreign Ministry spokesman said the ruling “closes the bonds case.”",
    ];
    let a = attribute(&p, &[], Some("PEKING"));
    assert_eq!(a[1].countries, ["China"]);
}

#[test]
fn an_unnamed_official_before_a_prepositional_tail_is_the_subject() {
    for (lead, again) in [
        (
            "A Qatari official involved in the mediation said the delegations had agreed.",
            "“That alone took six hours,” the official said.",
        ),
        (
            "A Qatari diplomat in Brussels said the delegations had agreed.",
            "“That alone took six hours,” the diplomat said.",
        ),
    ] {
        let p = [lead, again];
        let a = attribute(&p, &[], None);
        assert_eq!(a[1].countries, ["Qatar"], "{lead}");
        assert!(a[1].speakers.is_empty());
    }
}

#[test]
fn a_spokesman_for_a_states_guard_or_police_speaks_for_it() {
    let p = [
        "Estonia and Finland accused Russia of sabotage on Wednesday.",
        "The crew was “cooperating fully,” according to Lt. Col. Mikko Rautanen, a spokesman for the Finnish Border Guard.",
        "“He was questioned,” said Micky Rosen, a spokesman for the Israeli Police.",
    ];
    let a = attribute(&p, &[], Some("TALLINN, Estonia"));
    assert_eq!(a[1].countries, ["Finland"]);
    assert_eq!(a[2].countries, ["Israel"]);
}

#[test]
fn the_spokesman_again_is_the_unnamed_spokesman_met_before() {
    // The last speaker in between is someone else, so this is no `same unnamed` carry.
    let p = [
        "South Korea will further open its market, a government spokesman said.",
        "Trade Minister Rha Woong-bae said Seoul would stand firm.",
        "“We are determined not to go the way of debtor nations,” the spokesman said.",
    ];
    let a = attribute(&p, &[], Some("SEOUL"));
    assert!(a[2].speakers.is_empty());
    assert_eq!(a[2].countries, ["South Korea"]);
}

#[test]
fn a_countrys_whose_owns_the_title_that_follows() {
    let a = one("Exporters such as Japan, whose Finance Minister Yoshi Noda argued that targets were “unrealistic,” objected.");
    assert_eq!(a.speakers, ["Yoshi Noda"]);
    assert_eq!(a.countries, ["Japan"]);
}

#[test]
fn an_official_introduced_after_a_government_speaks_is_its_own() {
    let p = [
        "Brazil offered on Monday to host talks between Venezuela and Guyana.",
        "Venezuela’s government said in a statement that it “appreciates Brazil’s gesture.”",
        "“Our position has not changed,” Vice Foreign Minister Carlos Urdo said.",
    ];
    let a = attribute(&p, &[], Some("BRASILIA, Brazil"));
    assert_eq!(a[2].speakers, ["Carlos Urdo"]);
    assert_eq!(a[2].countries, ["Venezuela"]);
    // A country's bare name doing something says less: the dateline's official stays its own.
    let p = [
        "Brazil offered on Monday to host talks between Venezuela and Guyana.",
        "Venezuela said it would consider the offer.",
        "“Our door is open,” Foreign Minister Helena Arru said.",
    ];
    let a = attribute(&p, &[], Some("BRASILIA, Brazil"));
    assert_eq!(a[2].countries, ["Brazil"]);
}

#[test]
fn a_quote_closing_on_a_period_ends_its_sentence() {
    // Without the sentence end, `by saying` would take the subject of the sentence before.
    let p = [
        "Secretary of State Condoleezza Rice fired back, calling Russia's fears \"ludicrous.\" The Russian Foreign Minister, Sergei Lavrov responded by saying that \"there is nothing ludicrous about it.\"",
    ];
    let a = attribute(&p, &[], None);
    assert_eq!(a[0].speakers, ["Condoleezza Rice", "Sergei Lavrov"]);
    assert_eq!(a[0].countries, ["United States", "Russia"]);
}

#[test]
fn a_description_with_a_portfolio_means_the_minister_holding_it() {
    let p = [
        "Trade Minister Rha Woong-bae said Seoul would stand firm.",
        "“We will not revalue,” Deputy Prime Minister Kim Mahn-je said.",
        "The trade minister said a sudden revaluation would bring “a tremendous trade deficit.”",
    ];
    assert_eq!(speakers(&p)[2], ["Rha Woong-bae"]);
}

#[test]
fn a_one_government_title_with_a_portfolio_after_for_is_another_governments() {
    // `Secretary of State` alone is American; `Secretary of State for Defence` is British.
    let a = one("“We are ready,” Secretary of State for Defence Geoff Hoon said.");
    assert_eq!(a.speakers, ["Geoff Hoon"]);
    assert!(a.countries.is_empty(), "{a:?}");
}

#[test]
fn a_one_government_title_held_in_a_ministry_is_another_governments() {
    // The United States has no ministries: a ministry's `Secretary of State` is Spain's or
    // France's office of that name.
    let a = one("“It is not negotiable,” Labor Ministry Secretary of State Andres Penalver said.");
    assert_eq!(a.speakers, ["Andres Penalver"]);
    assert!(a.countries.is_empty(), "{a:?}");
    let a = one("“We are ready,” Secretary of State Antony Blinken said.");
    assert_eq!(a.countries, ["United States"]);
}

#[test]
fn people_at_a_firm_are_unnamed_and_the_firm_is_no_person() {
    for p in [
        "Economists at Goldman Sachs told their clients, “We are moving towards intervention.”",
        "An economist at Merrill Lynch said “the dollar will fall further.”",
    ] {
        let a = one(p);
        assert!(a.speakers.is_empty(), "{p}: {a:?}");
        assert!(a.organizations.is_empty(), "{p}: {a:?}");
    }
    // A named person at a firm is still named.
    let a = one("John Smith at Merrill Lynch said “the dollar will fall further.”");
    assert_eq!(a.speakers, ["John Smith"]);
}

#[test]
fn business_offices_keep_the_firm_out_of_the_name_and_give_no_country() {
    let a = one("“It is the future of notebooks,” Apple CEO Steve Jobs said.");
    assert_eq!(a.speakers, ["Steve Jobs"]);
    let a = one("“Anyone who bought in is likely to be disappointed,” American Securities analyst David Leibo said.");
    assert_eq!(a.speakers, ["David Leibo"]);
    assert!(a.countries.is_empty(), "{a:?}");
    // Police ranks are titles.
    let a = one(
        "“A man has been removed from the parliament house area,” Superintendent Neil Smyth said.",
    );
    assert_eq!(a.speakers, ["Neil Smyth"]);
    // An office about to be held is still a title before the name.
    let a = one(
        "Japanese Prime Minister-designate Noboru Takeshita said “stable relations” came first.",
    );
    assert_eq!(a.speakers, ["Noboru Takeshita"]);
    // A lead's country gives its speaker that country only for a government's office.
    let p = [
        "Britain can look forward to fairly strong growth, Barclays Bank Plc chairman-elect John Quinton said.",
        "“We should see a reasonable decline in interest rates,” Quinton told a press luncheon.",
    ];
    let a = attribute(&p, &[], Some("NEW YORK"));
    assert_eq!(a[1].speakers, ["John Quinton"]);
    assert!(a[1].countries.is_empty(), "{a:?}");
}

#[test]
fn a_title_of_a_body_in_apposition_describes_the_name_before_it() {
    // The body's last word (`Employees`, `Subcommittee`) is no one's name.
    let p = [
        "Meat inspection was debated in Congress on Tuesday.",
        "“The public is at constant risk,” Kenneth Blay, president of the American Federation of Government Employees, told a House subcommittee.",
        "Sen. William Proxmire criticised the program.",
        "“They are reorienting the program,” Proxmire, chairman of the powerful Senate Appropriations Defense Subcommittee, said.",
        "Bumpei Otsu, president of the influential Japan Federation of Employers' Associations, (Nikkeiren), told reporters: “The yen might rise.”",
    ];
    let s = speakers(&p);
    assert_eq!(s[1], ["Kenneth Blay"]);
    assert_eq!(s[3], ["William Proxmire"]);
    assert_eq!(s[4], ["Bumpei Otsu"]);
}

#[test]
fn an_officer_of_an_association_or_union_takes_no_dateline_country() {
    let p = [
        "U.S. farm exports rose in March, officials said.",
        "“The system is strong,” Edwin Stee, president of the American Association of Blood Banks, said.",
        "“We supply very high quality beef,” said Philip Sang, Asian Director for the Meat Export Federation.",
    ];
    let a = attribute(&p, &[], Some("WASHINGTON"));
    assert_eq!(a[1].speakers, ["Edwin Stee"]);
    assert!(a[1].countries.is_empty(), "{a:?}");
    assert_eq!(a[2].speakers, ["Philip Sang"]);
    assert!(a[2].countries.is_empty(), "{a:?}");
}

#[test]
fn a_name_closing_an_open_apposition_after_of_is_its_bodys() {
    let a = one("“We cannot accept that rate,” Frederick Chilu, leader of the Zambian Congress of Trade Unions said.");
    assert_eq!(a.speakers, ["Frederick Chilu"]);
    let a = one("“Thin ice indeed,” Trevor Phil, chairman of the Commission for Racial Equality told the BBC.");
    assert_eq!(a.speakers, ["Trevor Phil"]);
    // (A bare name closing it is the body's too.)
    let a = one("“It endangers our bonanza,” Franciso Cho, manager of the state-run oil company Ecopetrol said.");
    assert_eq!(a.speakers, ["Franciso Cho"]);
}

#[test]
fn a_name_placed_by_a_preposition_before_a_relative_clause_is_the_subject() {
    let a = one("Arthur Krum of Munich's Ifo institute, which had presented the more pessimistic view, said, “The braking effects will remain considerable.”");
    assert_eq!(a.speakers, ["Arthur Krum"]);
    // A clause of its own before the comma is not an apposition.
    let a = one("Three United Steelworkers of America locals on strike at Cominco rejected the contract, a union representative said, calling it “a bad deal for everyone involved.”");
    assert!(a.speakers.is_empty(), "{a:?}");
}

#[test]
fn a_name_ending_in_a_stock_ticker_is_a_company() {
    let a = one("Novo Industri <NVO.CO> said it expects “a further rise in sales this year.”");
    assert!(a.speakers.is_empty(), "{a:?}");
    assert_eq!(a.organizations, ["Novo Industri"]);
    let a =
        one("A spokesman for Daimler-Benz AG <DAIG.F> said the talks were “at an early stage.”");
    assert!(a.speakers.is_empty() && a.organizations.is_empty(), "{a:?}");
    // Initials are no ticker.
    let a = one("“We will not sell,” A.W. Clausen said.");
    assert_eq!(a.speakers, ["A.W. Clausen"]);
}

#[test]
fn a_country_speaking_is_named_as_the_gazetteer_names_it() {
    let a = one("The U.S. said the plan was “a step in the right direction.”");
    assert_eq!(a.organizations, ["United States"]);
    let a = one("The White House said the plan was “a step in the right direction.”");
    assert_eq!(a.organizations, ["White House"]);
}

#[test]
fn unnamed_officials_in_the_anonymity_formulas_of_modern_wires_keep_their_country() {
    let cases = [
        (
            "An Icelandic official involved in the drafting, who spoke on condition of anonymity, said the objections had been expected. “Nobody in the room was surprised,” the official said.",
            "Iceland",
        ),
        (
            "A Chinese diplomat in Honiara, who asked not to be named, said Beijing had learned of the decision “from the radio, like everyone else.”",
            "China",
        ),
        (
            "Two Saudi officials, speaking on condition of anonymity, said Riyadh would pay. “The money is there,” one of them said.",
            "Saudi Arabia",
        ),
        (
            "A Japanese government source, who declined to be named, said the range was long. “The range is the point,” the source said.",
            "Japan",
        ),
        (
            "Two Philippine military officials, who spoke on condition of anonymity, said the navy was ready. “We are not going to leave,” one of them said.",
            "Philippines",
        ),
        (
            "A spokesperson for Finland's Foreign Ministry said Helsinki would contribute. “We are ready from day one,” the spokesperson said.",
            "Finland",
        ),
    ];
    for (p, country) in cases {
        let a = one(p);
        assert!(a.speakers.is_empty(), "{p}: {a:?}");
        assert_eq!(a.countries, [country], "{p}");
    }
}

#[test]
fn a_place_where_someone_spoke_is_not_the_speaker() {
    // (`3,000` is one number: its comma breaks no clause.)
    let a = one(
        "Mahmoud Ahmadinejad in a speech to 3,000 students in Tehran said there was “no doubt.”",
    );
    assert_eq!(a.speakers, ["Mahmoud Ahmadinejad"]);
    assert!(a.organizations.is_empty(), "{a:?}");
    let p = [
        "Soviet herds are in better shape than expected, the U.S. agriculture counselor in Moscow said.",
        "“These procurement levels are surprisingly normal,” the counselor said.",
    ];
    let a = attribute(&p, &[], Some("WASHINGTON"));
    assert_eq!(a[1].countries, ["United States"]);
}

#[test]
fn a_leads_unnamed_officials_speak_for_their_country_and_one_of_them_again() {
    let p = [
        "The United States has offered warships to escort Kuwaiti tankers, U.S. defense officials said today.",
        "“We believe the Kuwaitis have also approached the Soviet Union,” one of the officials told Reuters.",
    ];
    let a = attribute(&p, &[], Some("WASHINGTON"));
    assert!(a[1].speakers.is_empty(), "{a:?}");
    assert_eq!(a[1].countries, ["United States"]);
    // Later in a dispatch such a group is not whom `he said` means.
    let p = [
        "EC Commissioner Willy de Clercq said Japan must do more.",
        "Japan would cut exports by 10 pct, Japanese officials said.",
        "“But even 10 pct is 100,000 cars,” he said.",
    ];
    let a = attribute(&p, &[], Some("BRUSSELS"));
    assert_eq!(a[2].speakers, ["Willy de Clercq"]);
}

#[test]
fn a_characterisation_in_the_passive_quotes_its_agent() {
    let a = one("The resolution has been dismissed by Iranian President Mahmoud Ahmadi as a “piece of paper.”");
    assert_eq!(a.speakers, ["Mahmoud Ahmadi"]);
    assert_eq!(a.countries, ["Iran"]);
    // Without `as` and a quote it is no speech.
    let a =
        one("The plan was welcomed by Prime Minister Ann Hale, and the “reform caucus” agreed.");
    assert!(a.speakers.is_empty(), "{a:?}");
}

#[test]
fn lead_office_is_the_holder_the_next_paragraph_quotes() {
    let got = speakers(&[
        "The head of the UN nuclear watchdog said on Tuesday that inspectors still lacked “meaningful access” to key sites.",
        "“The situation is not sustainable,” IAEA Director General Lars Ekberg told reporters.",
    ]);
    assert_eq!(got, [vec!["Lars Ekberg"], vec!["Lars Ekberg"]]);
    let got = speakers(&[
        "Oman’s foreign minister said Friday that the talks were “closer than ever” to a deal.",
        "“Our doors are open,” Badr Harthy told reporters.",
    ]);
    assert_eq!(got, [vec!["Badr Harthy"], vec!["Badr Harthy"]]);
}

#[test]
fn lead_office_is_not_someone_else_the_next_paragraph_quotes() {
    // Another office, another country, or an office further down the lead.
    let got = speakers(&[
        "Oman’s foreign minister said Friday that the talks were “closer than ever” to a deal.",
        "“We are ready,” Iranian President Ali Karimi told reporters.",
    ]);
    assert_eq!(got[0], Vec::<String>::new());
    let got = speakers(&[
        "Oman’s foreign minister said Friday that the talks were “closer than ever” to a deal.",
        "“We are ready,” Defence Minister Ali Karimi told reporters.",
    ]);
    assert_eq!(got[0], Vec::<String>::new());
    let got = speakers(&[
        "Talks resumed on Friday. The company’s leader said the plan was “dead.”",
        "“We are ready,” Defence Minister Ali Karimi told reporters.",
    ]);
    assert_eq!(got[0], Vec::<String>::new());
}
#[test]
fn office_of_something_up_to_the_verb() {
    let a = one("The head of Iran’s atomic energy agency said the talks were “useful.”");
    assert_eq!(a.speakers, Vec::<String>::new());
    assert_eq!(a.countries, ["Iran"]);
    // Not an office: `the rest of the world`.
    let a = one("The rest of the Iranian delegation said the talks were “useful.”");
    assert_eq!(a.countries, Vec::<String>::new());
}

#[test]
fn an_international_office_outweighs_a_cards_nationality() {
    let cards = [KnownPerson {
        name: "Lars Ekberg",
        country: Some("Sweden"),
        bio: "Ekberg, a Swedish diplomat, heads the agency.",
    }];
    let a = attribute(
        &["“We are flying blind,” IAEA Director General Lars Ekberg told reporters."],
        &cards,
        None,
    );
    assert_eq!(a[0].speakers, ["Lars Ekberg"]);
    assert_eq!(a[0].countries, Vec::<String>::new());
    // An envoy to an international body is a state's.
    let cards = [KnownPerson {
        name: "Elie Nassar",
        country: Some("Lebanon"),
        bio: "Nassar, a career diplomat and former ambassador to the European Union, became foreign minister.",
    }];
    let a = attribute(
        &["Foreign Minister Elie Nassar called the strike “a flagrant violation.”"],
        &cards,
        None,
    );
    assert_eq!(a[0].countries, ["Lebanon"]);
}

#[test]
fn said_then_lowercase_office_words_before_the_title() {
    let got = speakers(&[
        "WARSAW - Poland summoned the envoy.",
        "“We expect guarantees,” said foreign ministry spokesman Michal Borowiec, adding that a note was handed over.",
        "“It is a question of survival,” said private market analyst Edouard Lenoir.",
    ]);
    assert_eq!(got[1], ["Michal Borowiec"]);
    assert_eq!(got[2], ["Edouard Lenoir"]);
}

#[test]
fn a_time_adverbial_between_subject_and_verb() {
    let got = speakers(&[
        "President Reagan for the first time admitted he was wrong to sell arms to Iran.",
        "He made the admission in a radio address while defending Secretary of State George Shultz.",
        "He said: “I was wrong.”",
    ]);
    assert_eq!(got[2], ["Reagan"]);
}

#[test]
fn according_to_a_description_with_a_long_tail_then_the_name() {
    let got = speakers(&[
        "According to the vice president of research at the Foundation for Defense of Democracies, Daveed Gartner-Ross, the attack would have been devastating.",
        "“Think of the symbolic value,” he said.",
    ]);
    assert_eq!(got[1], ["Daveed Gartner-Ross"]);
}

#[test]
fn a_former_minister_who_leads_an_international_body_speaks_for_none() {
    let a = one(
        "Eduardo Brenes, a former Costa Rican foreign minister who leads the Organization of American States’ observer mission, said it found “no evidence of fraud.”",
    );
    assert_eq!(a.speakers, ["Eduardo Brenes"]);
    assert_eq!(a.countries, Vec::<String>::new());
}

#[test]
fn a_new_unnamed_informant_without_a_country_is_the_one_met_again() {
    let got = attribute(
        &[
            "A Slovak diplomat said Bratislava was “open to a compromise.”",
            "A senior European diplomat, speaking on condition of anonymity, said the package could pass. “Nobody is giving up,” the diplomat said.",
        ],
        &[],
        None,
    );
    assert_eq!(got[0].countries, ["Slovakia"]);
    assert_eq!(got[1].countries, Vec::<String>::new());
}

#[test]
fn an_official_of_a_ministry_named_in_full_is_the_governments() {
    let got = attribute(
        &[
            "China said exports rose.",
            "A Ministry of Foreign Economic Relations and Trade official said the outlook is “much healthier.”",
        ],
        &[],
        Some("PEKING"),
    );
    assert_eq!(got[1].organizations, Vec::<String>::new());
    assert_eq!(got[1].countries, ["China"]);
}

#[test]
fn a_description_naming_a_firm_is_not_the_unnamed_official_before() {
    let got = attribute(
        &[
            "A Finance Ministry spokesman said Japan had “turned away” fake shoes.",
            "“They fake our trademark,” the Reebok spokesman said.",
            "“They sell for less,” the spokesman said.",
        ],
        &[],
        Some("TOKYO"),
    );
    assert_eq!(got[0].countries, ["Japan"]);
    assert_eq!(got[1].countries, Vec::<String>::new());
    assert_eq!(got[2].countries, Vec::<String>::new());
}

#[test]
fn a_surname_one_slip_from_a_known_one_is_a_typo_for_it() {
    let got = speakers(&[
        "Bundesbank vice president Helmut Schlesinger said rates would hold.",
        "“Central banks are always in contact,” Schelsinger said.",
        "“We will see,” Schlesingr said.",
    ]);
    assert_eq!(got[1], ["Helmut Schlesinger"]);
    assert_eq!(got[2], ["Helmut Schlesinger"]);
}

#[test]
fn one_slip_apart_counts_one_edit() {
    use super::people::one_slip_apart;
    assert!(one_slip_apart("schlesinger", "schelsinger"));
    assert!(one_slip_apart("mulroney", "muroney"));
    assert!(one_slip_apart("zoellick", "zoelick"));
    assert!(one_slip_apart("yeutter", "yuetter"));
    assert!(!one_slip_apart("yeutter", "yeutter"));
    assert!(!one_slip_apart("schlesinger", "slesingerx"));
    assert!(!one_slip_apart("baker", "barker1"));
}

#[test]
fn a_party_and_state_tag_names_a_member_of_congress() {
    let a = one(
        "Bill Frenzel, R-Minn., said the bill was not one “a free trader like me could endorse.”",
    );
    assert_eq!(a.speakers, ["Bill Frenzel"]);
    assert_eq!(a.countries, ["United States"]);
    let a = one("Sen. Edward Zorinsky (D-Neb.) said the bill was “a good start.”");
    assert_eq!(a.countries, ["United States"]);
}
#[test]
fn major_general_and_maj_are_ranks() {
    let got = attribute(
        &[
            "Poland summoned the Belarusian envoy on Tuesday.",
            "Major General Jan Ostrowski said soldiers had orders to “react to any violation.”",
            "“We are ready,” Maj. Piotr Nowak told reporters.",
        ],
        &[],
        Some("WARSAW"),
    );
    assert_eq!(got[1].speakers, ["Jan Ostrowski"]);
    assert_eq!(got[1].countries, ["Poland"]);
    assert_eq!(got[2].speakers, ["Piotr Nowak"]);
}

#[test]
fn a_judging_adjective_before_the_title_names_no_other_body() {
    let a = one("In Tehran, hard-line lawmaker Hamid Sabeti said Iran should answer “with force.”");
    assert_eq!(a.speakers, ["Hamid Sabeti"]);
    assert_eq!(a.countries, ["Iran"]);
}

#[test]
fn an_envoy_is_the_ambassador_named_before() {
    let got = speakers(&[
        "Sudan’s ambassador to the AU, Osman Babiker, said the attack was “planned.”",
        "“Sudan has shown restraint,” the Sudanese envoy said.",
    ]);
    assert_eq!(got[1], ["Osman Babiker"]);
}

#[test]
fn according_to_opening_the_next_sentence_is_not_the_quotes() {
    let got = speakers(&[
        "“I am shocked by the vote,” Stephen Colbert said in the statement.",
        "“It is time for this nation to heal.” According to Inez Tenbaum, the reason was financial.",
    ]);
    assert_eq!(got[1], ["Stephen Colbert"]);
}

#[test]
fn present_tense_verbs_invert_too() {
    let a = one("“The loan cap is too low,” argues Andrew Norton in the paper.");
    assert_eq!(a.speakers, ["Andrew Norton"]);
}

#[test]
fn a_participle_after_a_determiner_describes_a_noun() {
    let got = speakers(&[
        "Senate Republican leader Robert Dole spoke to farmers.",
        "The administration’s proposed farm policy changes “are not going anywhere” this year, Dole said.",
    ]);
    assert_eq!(got[1], ["Robert Dole"]);
}

#[test]
fn a_spokesman_for_a_seat_of_government_then_the_name() {
    let a = one("“He is feeling better,” said a spokesman for the White House, Tony Fratto.");
    assert_eq!(a.speakers, ["Tony Fratto"]);
    assert_eq!(a.countries, ["United States"]);
}

#[test]
fn an_apposition_missing_its_closing_comma() {
    let a = one(
        "“This will toughen our policy,” Ways and Means chairman Dan Rostenkowski, an Illinois Democrat said.",
    );
    assert_eq!(a.speakers, ["Dan Rostenkowski"]);
    // Not an adverb opening the sentence: `Separately, a Treasury spokesman said`.
    let a = one("Separately, a Treasury spokesman said it was “the press of business.”");
    assert_eq!(a.speakers, Vec::<String>::new());
}

#[test]
fn a_long_question_put_opens_the_sentence_of_the_one_asked() {
    let got = speakers(&[
        "Kenya’s foreign minister, Daniel Kiprono, said Nairobi was “a neutral space.”",
        "“We are running out of words,” said Ingrid Solberg, a regional director.",
        "Asked whether the talks could produce a deal before the end of the year, Kiprono was cautious. “We are optimistic,” he said.",
    ]);
    assert_eq!(got[2], ["Daniel Kiprono"]);
}

#[test]
fn a_spokeswoman_for_a_nations_head_of_government() {
    let a = one(
        "Lilit Ghazaryan, a spokeswoman for the Armenian prime minister, wrote on X that the government would “not be lectured.”",
    );
    assert_eq!(a.countries, ["Armenia"]);
}

#[test]
fn said_a_nameless_someone_is_nobody_named_before() {
    let got = speakers(&[
        "“Our goal is calm,” Interior Minister Michele Alliot-Marie said.",
        "“I was there yesterday,” said a 19-year-old who lives in Villiers-le-Bel.",
        "“We will not stop.”",
    ]);
    assert_eq!(got[1], Vec::<String>::new());
    assert_eq!(got[2], Vec::<String>::new());
}

#[test]
fn said_a_single_name_then_who_they_are() {
    let a = one("“It is much more violent,” said Christophe, a police officer, to The Guardian.");
    assert_eq!(a.speakers, ["Christophe"]);
    // Not an adverb before an unnamed speaker.
    let a = one("Eventually, a legislative candidate said: “It’s a show.”");
    assert_eq!(a.speakers, Vec::<String>::new());
}

#[test]
fn a_region_before_the_party_in_an_apposition() {
    let a = one(
        "“We are losing our semiconductors,” subcommittee chairman James Florio, a New Jersey Democrat, said.",
    );
    assert_eq!(a.countries, ["United States"]);
    let a = one("NSW Premier Morris Iemma said there was “real hope.”");
    assert_eq!(a.countries, ["Australia"]);
}

#[test]
fn a_lead_official_is_the_holder_named_next() {
    let got = speakers(&[
        "The African Union’s top security official on Tuesday called the clash “a dangerous escalation.”",
        "“We are asking both capitals to pull back,” Adama Kone, the AU commissioner for peace and security, told reporters.",
    ]);
    assert_eq!(got[0], ["Adama Kone"]);
}

#[test]
fn with_someone_saying_is_their_quote() {
    let a = attribute(
        &["Japan urged China on Tuesday to withdraw new curbs, with the government’s top spokesman calling the measures “unacceptable.”"],
        &[],
        Some("TOKYO"),
    )
    .remove(0);
    assert_eq!(a.organizations, Vec::<String>::new());
    assert_eq!(a.countries, ["Japan"]);
}

#[test]
fn an_unnamed_defense_department_official_is_american() {
    let a = one("“It was a quick strike,” said an unnamed Defense Department official.");
    assert_eq!(a.countries, ["United States"]);
}

#[test]
fn a_new_unnamed_informant_opening_a_sentence() {
    let got = attribute(
        &[
            "An Emirati official said the talks were “useful.”",
            "A Western diplomat following the talks was blunter. “Neither side is betting on Geneva,” the diplomat said.",
        ],
        &[],
        None,
    );
    assert_eq!(got[0].countries, ["United Arab Emirates"]);
    assert_eq!(got[1].countries, Vec::<String>::new());
}

#[test]
fn a_demonym_typed_in_lowercase_before_an_office() {
    let a =
        one("“We will get a clear majority,” bolivian central bank governor Javier Nogales said.");
    assert_eq!(a.countries, ["Bolivia"]);
}

#[test]
fn an_aid_groups_director_speaks_for_no_state() {
    let a = one(
        "“We are running out of words,” said Ingrid Solberg, the Norwegian Refugee Council’s regional director.",
    );
    assert_eq!(a.speakers, ["Ingrid Solberg"]);
    assert_eq!(a.countries, Vec::<String>::new());
}

#[test]
fn a_body_in_apposition_is_not_the_speaker() {
    let a = one("Giorgio Sacerdoti, Chairman, WTO Appellate Body, said: “The system fulfills two functions.”");
    assert_eq!(a.speakers, ["Giorgio Sacerdoti"]);
}

#[test]
fn a_participle_clause_after_the_name_missing_its_comma() {
    let a = one(
        "Will Tanous, speaking on behalf of Warner Music group said “We are cooperating fully.”",
    );
    assert_eq!(a.speakers, ["Will Tanous"]);
}

#[test]
fn an_apposition_running_to_the_end_of_the_paragraph_is_no_panic() {
    for text in [
        "“We will see,” said Ana Ruiz, a former minister who leads",
        "“We will see,” said Ana Ruiz, a former minister who leads the",
        "“We will see,” said Ana Ruiz, a former minister who heads the Organization of",
    ] {
        let _ = one(text);
    }
}

#[test]
fn the_regions_party_label_is_the_legislator_named_before() {
    let got = speakers(&[
        "Sen. Paul Sarbanes warned that the recovery was fragile.",
        "“We are skating on thin ice,” the Maryland Democrat said.",
    ]);
    assert_eq!(got[1], ["Paul Sarbanes"]);
}

#[test]
fn a_minister_of_state_for_a_domain_keeps_the_possessive_country() {
    let a = one(
        "“Both parties have shown a genuine will,” Qatar’s minister of state for foreign affairs, Abdullah bin Jassim Al-Kuwari, said.",
    );
    assert_eq!(a.speakers, ["Abdullah bin Jassim Al-Kuwari"]);
    assert_eq!(a.countries, ["Qatar"]);
}

#[test]
fn lawmakers_named_by_their_capital_speak_for_its_country() {
    let d = [
        "Iran and the United States held talks in Oman on Saturday.",
        "Hardline lawmakers in Tehran criticised the talks. “Negotiating is a humiliation,” said conservative MP Hossein Zolfaghari.",
    ];
    let a = attribute(&d, &[], Some("MUSCAT"));
    assert_eq!(a[1].countries, ["Iran"]);
}

#[test]
fn a_country_that_said_something_answers_for_the_official_after_it() {
    let d = [
        "Iran and the United States held talks in Oman on Saturday.",
        "Israel, which is not party to the talks, said it would not be bound. “We will do whatever we must,” foreign ministry spokesman Oren Mazor said.",
    ];
    let a = attribute(&d, &[], Some("MUSCAT"));
    assert_eq!(a[1].countries, ["Israel"]);
}

#[test]
fn a_country_that_said_something_does_not_reach_the_next_paragraph() {
    let d = [
        "Iran resumed atomic fuel research on Tuesday.",
        "The United States said “this now looks inevitable.”",
        "China urged restraint, with foreign ministry spokesman Kong Quan saying “all parties should show restraint.”",
    ];
    let a = attribute(&d, &[], None);
    assert!(!a[2].countries.contains(&"United States".to_string()));
}

#[test]
fn an_opening_capital_places_an_official_behind_lowercase_words() {
    let d = [
        "Vietnam on Wednesday accused Chinese coast guard vessels of ramming a fishing boat.",
        "In Beijing, foreign ministry spokesman Gao Wenbo said the vessel had been “illegally fishing” in Chinese waters.",
    ];
    let a = attribute(&d, &[], Some("HANOI"));
    assert_eq!(a[1].countries, ["China"]);
}

#[test]
fn who_will_lead_the_side_of_a_country() {
    let d = [
        "Mexico will not accept a permanent quota on its steel exports, Mexican officials said.",
        "Deputy Commerce Secretary Karen Whitlock, who will lead the U.S. side, wrote that the talks would focus on “closing the back door.”",
    ];
    let a = attribute(&d, &[], Some("MEXICO CITY"));
    assert_eq!(a[1].countries, ["United States"]);
}

#[test]
fn a_name_of_a_bloc_before_the_verb_is_the_speaker() {
    let a = one(
        "“Every kilometer we delimit is a kilometer we give away,” Arsen Grigoryan of the opposition Hayastan bloc wrote on X.",
    );
    assert_eq!(a.speakers, ["Arsen Grigoryan"]);
}

#[test]
fn an_opposition_critic_is_an_office() {
    let a = one(
        "Conservative agriculture critic Mark Reddekopp went further, writing on X that the government had “left farmers to pay.”",
    );
    assert_eq!(a.speakers, ["Mark Reddekopp"]);
}

#[test]
fn a_name_placed_by_its_party_before_a_relative_clause_is_the_subject() {
    let got = speakers(&[
        "Léa Agossou of the opposition Democrats party, who placed second with 26%, told reporters that her observers had documented ballot stuffing.",
        "“What was announced tonight is not the will of the Beninese people,” she said.",
    ]);
    assert_eq!(got[1], ["Léa Agossou"]);
}

#[test]
fn the_head_of_an_observer_mission_speaks_for_no_state_whatever_the_card_says() {
    let profiles = [KnownPerson {
        name: "Kwame Asante-Darko",
        country: Some("Ghana"),
        bio: "Asante-Darko, a former Ghanaian foreign minister, led the observer mission.",
    }];
    let a = attribute(
        &[
            "Benin held a presidential election on Sunday.",
            "The head of the West African regional bloc’s observer mission, Kwame Asante-Darko, said the vote had been “generally orderly, with isolated irregularities.”",
        ],
        &profiles,
        Some("COTONOU"),
    );
    assert_eq!(a[1].speakers, ["Kwame Asante-Darko"]);
    assert_eq!(a[1].countries, Vec::<String>::new());
}

#[test]
fn a_military_commander_is_a_state_official() {
    let d = [
        "Estonia’s navy detained an oil tanker in the Gulf of Finland on Tuesday.",
        "“There was no resistance,” Navy commander Captain Rauno Tamm said.",
    ];
    let a = attribute(&d, &[], Some("TALLINN"));
    assert_eq!(a[1].countries, ["Estonia"]);
}

#[test]
fn an_aide_to_someone_named_later_in_the_sentence_speaks_for_their_country() {
    let a = one(
        "“There will be a lot of other options,” said Bill O'Conner, aide to Rep. Edward Madigan (R-Ill), ranking minority leader of the Agriculture Committee.",
    );
    assert_eq!(a.speakers, ["Bill O'Conner"]);
    assert_eq!(a.countries, ["United States"]);
}

#[test]
fn a_greens_legislator_is_the_dispatch_countrys() {
    let d = [
        "An internal government committee has been created to look at Australia's nuclear energy role.",
        "Greens Senator Christine Milne said: “The Prime Minister says he wants a full public debate on this.”",
    ];
    let a = attribute_dated(
        &d,
        &[],
        None,
        time::Date::from_calendar_date(2006, time::Month::May, 23).ok(),
    );
    assert_eq!(a[1].countries, ["Australia"]);
}

#[test]
fn us_oversight_and_deposit_agencies_are_the_governments() {
    let a = one("“FSLIC needs additional funds,” Frederick Wolf of the GAO said.");
    assert_eq!(a.countries, ["United States"]);
    let a = one("“We will close them,” said William Seidman, chairman of the Federal Deposit Insurance Corporation.");
    assert_eq!(a.countries, ["United States"]);
}

#[test]
fn a_state_body_with_a_possessive_in_its_name_gives_its_country() {
    let a = one(
        "“Some people got carried away,” said Zhang Yan, a delegate to the National People's Congress.",
    );
    assert_eq!(a.countries, ["China"]);
    let a = one("“We are ready,” said Zhang Yan, a spokesman for the People’s Liberation Army.");
    assert_eq!(a.countries, ["China"]);
}

#[test]
fn a_lead_country_speaker_before_a_participle_clause_or_a_capitalized_object() {
    let d = [
        "Indonesia will not lift its ban on nickel ore exports, Trade Minister Rizal Hadiwijaya said on Wednesday, deepening a dispute with the European Union.",
        "“Our downstreaming policy is not for sale,” Hadiwijaya told reporters.",
    ];
    let a = attribute(&d, &[], Some("GENEVA"));
    assert_eq!(a[1].countries, ["Indonesia"]);
    let d = [
        "Norway will extend its cutback in planned North Sea oil output, Oil Ministry spokesman Egil Helle told Reuters.",
        "“We took a very positive view of the meeting,” he said.",
    ];
    let a = attribute(&d, &[], Some("OSLO"));
    assert_eq!(a[1].countries, ["Norway"]);
}

#[test]
fn a_name_before_a_body_with_and_in_its_name_is_the_subject() {
    let a = one(
        "“The big number is the debt assumption,” analyst Jack Kirnan of Kidder Peabody and Co told Reuters.",
    );
    assert_eq!(a.speakers, ["Jack Kirnan"]);
    let got = speakers(&[
        "Trade analyst Putri Maharani of the Jakarta-based Centre for Strategic and International Studies said Indonesia was betting on delay.",
        "“Jakarta reads the calendar very carefully,” she said.",
    ]);
    assert_eq!(got[1], ["Putri Maharani"]);
}

#[test]
fn a_government_known_by_a_name_is_placed_by_the_opening_capital() {
    let d = [
        "Pakistan and Afghanistan traded blame on Monday for a weekend of heavy fighting.",
        "In Kabul, Taliban government spokesman Hamdullah Ahmadzai said Afghan forces had acted “in defence of our territory” after air strikes.",
    ];
    let a = attribute(&d, &[], Some("ISLAMABAD"));
    assert_eq!(a[1].countries, ["Afghanistan"]);
}

#[test]
fn a_government_known_by_a_name_is_not_the_datelines_own() {
    let d = [
        "Pakistan warned on Sunday that it would resume strikes inside Afghanistan.",
        "“The Islamic Emirate does not allow anyone to use Afghan soil,” Taliban government spokesman Qari Abdul Wali Haqyar posted on X.",
    ];
    let a = attribute(&d, &[], Some("ISLAMABAD"));
    assert!(!a[1].countries.contains(&"Pakistan".to_string()));
}

#[test]
fn a_wiki_category_label_places_an_undated_lead() {
    let d = [
        "Australian news During an interview today Prime Minister John Howard defended the payment.",
        "“He had the appropriate skills,” Prime Minister John Howard said.",
    ];
    let a = attribute(&d, &[], None);
    assert_eq!(a[1].countries, ["Australia"]);
    assert_eq!(
        category_label("<noinclude> Canada <!----> Team Canada captain"),
        Some("Canada")
    );
    assert_eq!(
        category_label("california infobox The California office reports"),
        Some("california")
    );
    assert_eq!(
        category_label("The news agency reported that the minister resigned."),
        Some("The")
    );
    assert_eq!(
        category_label("Prime Minister John Howard said the news was good."),
        None
    );
}

#[test]
fn a_lead_ministers_portfolio_outside_the_title_words_still_resolves() {
    let got = speakers(&[
        "Uzbekistan and Turkmenistan urged Afghanistan to share data on a canal, with Uzbekistan’s water minister warning that farmers face “a summer of empty ditches.”",
        "“We are not against Afghanistan developing its agriculture,” Water Resources Minister Jasur Tursunov told reporters.",
    ]);
    assert_eq!(got[0], ["Jasur Tursunov"]);
    // (The owner's whole name.)
    let a = one("“These accusations are an attempt to cover up an attack,” South Sudan’s information minister, Angelina Ajak Thon, said.");
    assert_eq!(a.countries, ["South Sudan"]);
}

#[test]
fn a_leads_chief_negotiator_is_the_delegation_head_quoted_next() {
    let got = speakers(&[
        "Congo’s government and the M23 rebels resumed talks in Qatar, with Congo’s chief negotiator warning that Kinshasa would not accept “a frozen conflict” in its east.",
        "“We did not come to Doha to legalize an occupation,” Sylvie Kabeya, Congo’s deputy foreign minister and head of the government delegation, told reporters.",
    ]);
    assert_eq!(got[0], ["Sylvie Kabeya"]);
}

#[test]
fn a_leads_office_holder_speaks_for_the_leads_country_afterwards() {
    let d = [
        "Russian and U.S. officials held their first talks on nuclear arms control, Russia’s deputy foreign minister said on Friday, describing them as “useful.”",
        "“We exchanged views on how both sides could respect the limits,” Vadim Shestopalov told reporters.",
        "Shestopalov said Moscow was prepared to stay within the ceiling “if Washington does the same.”",
    ];
    let a = attribute(&d, &[], Some("GENEVA"));
    assert_eq!(a[1].countries, ["Russia"]);
    assert_eq!(a[2].countries, ["Russia"]);
}

#[test]
fn a_states_directorate_speaking_places_its_spokesman() {
    let d = [
        "Moldova on Wednesday blamed hackers for a cyberattack on government websites.",
        "Neighbouring Romania’s National Cyber Security Directorate said it had found similarities with earlier attacks. “We have seen the same tools,” said Mihai Dumitrescu, a spokesman for the directorate.",
    ];
    let a = attribute(&d, &[], Some("CHISINAU"));
    assert_eq!(a[1].countries, ["Romania"]);
}

#[test]
fn a_plain_official_at_a_seat_of_government_is_that_governments() {
    for text in [
        "An official in Dushanbe said: “We are following the discussions closely and will respond.”",
        "An official in Dushanbe, who asked not to be named, said the government was “following the discussions closely and will respond.”",
    ] {
        assert_eq!(one(text).countries, ["Tajikistan"], "{text}");
    }
    // (Not a foreigner there.)
    let a = one("A Western diplomat in Dushanbe, who asked not to be named, said: “The government is following the talks closely.”");
    assert!(a.countries.is_empty());
}

#[test]
fn an_unnamed_delegate_speaks_for_the_delegations_state() {
    let a = one("A Saudi delegate told The Associated Press: “The text has no mandate to reopen last year’s decisions.”");
    assert_eq!(a.countries, ["Saudi Arabia"]);
}

#[test]
fn a_member_of_a_parliament_in_apposition_is_a_legislator() {
    let a = one("Menzies Campbell, a member of the British Parliament, says: “The use of this weapon may technically have been legal.”");
    assert_eq!(a.countries, ["United Kingdom"]);
}

#[test]
fn a_spokesman_for_a_states_body_before_the_name_speaks_for_the_state() {
    for text in [
        "A spokesman for the US military, Lt. Col. Barry Venable, said that “White phosphorus is a conventional munition.”",
        "A spokesman for the U.S. Department of State, Sean McCormack, says that any activity in Iraq is “a negative role in many respects.”",
    ] {
        assert_eq!(one(text).countries, ["United States"], "{text}");
    }
    // (An international body's speaks for none.)
    let a = one("A spokeswoman for the IAEA, Melissa Flemming, said in Vienna: “This is the proudest day for the IAEA.”");
    assert!(a.countries.is_empty());
}

#[test]
fn a_member_of_a_board_or_parliament_is_an_office() {
    let a = one("Menzies Campbell, Member of Parliament, said: “The use of this weapon may technically have been legal.”");
    assert_eq!(a.speakers, ["Menzies Campbell"]);
    let a = one("“Monetary growth may return to more modest levels,” said Robert Heller, a member of the Federal Reserve Board.");
    assert_eq!(a.countries, ["United States"]);
    // (Nor is a name inside a longer one a country: `Latin America`.)
    let a = one("“There will be no solution without the IMF,” said Juergen Sarrazin, management board member of Dresdner Bank AG responsible for Latin America.");
    assert!(a.countries.is_empty());
}

#[test]
fn what_an_unnamed_informant_relays_a_named_person_said() {
    let got = speakers(&[
        "According to an anonymous member of the council, one of those people was State Superintendent of Education Inez Tenenbaum, who admitted she had made the calls.",
        "“I think lobbying was too strong a word,” she said in an interview with CNN.",
    ]);
    assert_eq!(got[1], ["Inez Tenenbaum"]);
}

#[test]
fn a_party_acronym_before_a_legislators_title_is_no_other_body() {
    let d = [
        "Pakistan's parliament debated the border clashes with Afghanistan on Monday.",
        "“You cannot bomb your way out of a problem you helped create,” PTI senator Asad Mehmood Khattak told the upper house of parliament.",
    ];
    let a = attribute(&d, &[], Some("ISLAMABAD"));
    assert_eq!(a[1].countries, ["Pakistan"]);
}

#[test]
fn one_unnamed_official_before_a_relative_clause() {
    let a = one("One Brazilian diplomat involved in the talks, who asked not to be named, described the French position as “domestic politics dressed up as environmental policy.”");
    assert_eq!(a.countries, ["Brazil"]);
}

#[test]
fn a_passive_characterisation_names_its_speaker_after_by() {
    let a = one("His actions were described as “gross and disgraceful dishonesty” by Prime Minister Helen Clark.");
    assert_eq!(a.speakers, ["Helen Clark"]);
    let a = one("The plan was dismissed as “a disgraceful act by people who should know better” by David Bradbury, the Labor candidate for Lindsay.");
    assert_eq!(a.speakers, ["David Bradbury"]);
    // (The passive's subject is spoken of, not speaking.)
    let got = speakers(&[
        "Dennis Kucinich co-chaired the Congressional Progressive Caucus.",
        "He has been praised as “a genuine progressive” by Ralph Nader.",
    ]);
    assert_eq!(got[1], ["Ralph Nader"]);
}

#[test]
fn a_capital_dateline_places_a_dispatch_that_names_no_country() {
    let d = [
        "Senate Republican Leader Robert Dole said the Senate would vote to sustain the veto.",
        "“I think the veto will be sustained,” he told reporters after he and his wife, Transportation Secretary Elizabeth Dole, had met with President Reagan.",
        "Elizabeth Dole said, “We're going to be working on that.”",
    ];
    let a = attribute(&d, &[], Some("WASHINGTON"));
    assert_eq!(a[1].countries, ["United States"]);
    assert_eq!(a[2].countries, ["United States"]);
    // (Not a city that is no seat of government.)
    let a = attribute(&d, &[], Some("CHICAGO"));
    assert!(a[1].countries.is_empty());
}

#[test]
fn an_undated_dispatch_looking_back_on_soviet_times_is_not_of_that_era() {
    let d = [
        "Kyrgyzstan and Tajikistan reopened two border crossings on a frontier drawn in Soviet times.",
        "“From today, a farmer can drive to Isfara without fear,” Kyrgyz Deputy Prime Minister Adilet Toktogulov told AFP.",
    ];
    let a = attribute(&d, &[], Some("Bishkek"));
    assert_eq!(a[1].countries, ["Kyrgyzstan"]);
    // (A dispatch that names the Soviet Union as a state of its day still dates itself.)
    let d = [
        "Soviet officials said the talks with Kyrgyz leaders would go on.",
        "“We will meet again,” Kyrgyz party chief Absamat Masaliyev told Tass.",
    ];
    let a = attribute(&d, &[], None);
    assert_eq!(a[1].countries, ["Soviet Union"]);
}

#[test]
fn a_name_before_a_definite_description_without_commas() {
    let a = one("Yesterday, Ehud Olmert the Israeli Prime Minister said that Hamas will face an “iron fist” if they do not agree.");
    assert_eq!(a.speakers, ["Ehud Olmert"]);
    assert_eq!(a.countries, ["Israel"]);
}

#[test]
fn the_head_of_a_body_of_a_named_country_speaks_for_it() {
    let a = one("The chairperson of the Electoral Commission of Zambia, Justice Esnart Mulenga, told a press briefing that the process had been “transparent and verifiable at every stage.”");
    assert_eq!(a.speakers, ["Esnart Mulenga"]);
    assert_eq!(a.countries, ["Zambia"]);
}

#[test]
fn a_committee_chairman_of_the_senate_is_the_state_democrat_after() {
    let got = speakers(&[
        "Senate Finance Committee Chairman Lloyd Bentsen said he had been in touch with White House officials.",
        "“I'm not at liberty to say what they're going to do yet,” the Texas Democrat told a conference.",
    ]);
    assert_eq!(got[1], ["Lloyd Bentsen"]);
}

#[test]
fn a_region_after_a_titles_for_is_its_domain_not_a_name() {
    let a =
        one("“It was a hero's act,” U.S. Attorney for New Jersey Christopher J. Christie said.");
    assert_eq!(a.speakers, ["Christopher J. Christie"]);
    let got = speakers(&[
        "Hillary Clinton has formed an exploratory committee for the presidency.",
        "“I'm in. And I'm in to win,” the Democrat Senator for New York announced on her website.",
    ]);
    assert!(!got[1].contains(&"York".to_string()));
}

#[test]
fn an_opposition_alliances_spokesman_is_the_countrys_politician() {
    let d = [
        "Zambia's main opposition alliance on Thursday rejected provisional results.",
        "“We will not accept results decided in a back room,” opposition alliance spokesman Mwila Chanda told AFP.",
    ];
    let a = attribute(&d, &[], Some("LUSAKA"));
    assert_eq!(a[1].countries, ["Zambia"]);
}

#[test]
fn an_inverted_title_with_a_domain_of_two_parts_before_the_name() {
    let a = one("“We respect Vanuatu's sovereignty,” said Australia's Minister for International Development and the Pacific, Hugh Carrington.");
    assert_eq!(a.speakers, ["Hugh Carrington"]);
    assert_eq!(a.countries, ["Australia"]);
    let a = one(
        "“It is a major milestone,” said Airbus President and Chief Executive Officer, Tom Enders.",
    );
    assert_eq!(a.speakers, ["Tom Enders"]);
}

#[test]
fn the_agent_closing_a_passive_sentence_is_the_next_he() {
    let got = speakers(&[
        "West German Finance Minister Gerhard Stoltenberg said the dollar had fallen far enough.",
        "A similar argument was made on Capitol Hill earlier this week by Federal Reserve Board chairman Paul Volcker. A further sharp fall would “clearly pose substantial risks,” he said.",
    ]);
    assert_eq!(got[1], ["Paul Volcker"]);
}

#[test]
fn and_that_after_a_quote_continues_the_verb_before_it() {
    let a = one("State party Chairman Joe Wineke said, “Democrats have been outraged by what we believe has been a clear cover-up,” and that the resolution expresses “the sense of frustration.”");
    assert_eq!(a.speakers, ["Joe Wineke"]);
}

#[test]
fn the_head_of_a_named_international_body_speaks_for_no_state_whatever_the_card_says() {
    let profiles = [KnownPerson {
        name: "Pieter Claes",
        country: Some("Belgium"),
        bio: "Claes, a former Belgian police general, heads the mission.",
    }];
    let a = attribute(
        &[
            "Armenia and Azerbaijan met for talks on Monday.",
            "The head of the European Union Monitoring Mission in Armenia, Pieter Claes, said his observers had “recorded no shooting.”",
        ],
        &profiles,
        Some("YEREVAN"),
    );
    assert_eq!(a[1].speakers, ["Pieter Claes"]);
    assert_eq!(a[1].countries, Vec::<String>::new());
}

#[test]
fn a_retired_officers_nationality_yields_to_the_international_office_before_it() {
    let a = one(
        "The head of the ASEAN observer team, retired Malaysian major general Rosli Hamid, said “we could not establish who fired first.”",
    );
    assert_eq!(a.speakers, ["Rosli Hamid"]);
    assert_eq!(a.countries, Vec::<String>::new());
    // (A state office held now keeps its country: `… team, Malaysian Foreign Minister X,`.)
    let a = one(
        "The head of the ASEAN observer team, Malaysian Foreign Minister Rosli Hamid, said “we could not establish who fired first.”",
    );
    assert_eq!(a.countries, ["Malaysia"]);
    // (A verb before the name is no description: `X, Italy's Prime Minister, congratulated
    // Obama, describing him …` does not make Obama Italy's.)
    let a = speakers_and_countries(&[
        "President-elect Barack Obama took calls from leaders on Thursday.",
        "Silvio Berlusconi, Italy's Prime Minister, congratulated Obama, describing him as “young, handsome and tanned.”",
        "“We will work together,” Obama said.",
    ]);
    assert_eq!(
        a[2],
        (vec!["Barack Obama".to_string()], Vec::<String>::new())
    );
}

fn speakers_and_countries(paragraphs: &[&str]) -> Vec<(Vec<String>, Vec<String>)> {
    attribute(paragraphs, &[], None)
        .into_iter()
        .map(|a| (a.speakers, a.countries))
        .collect()
}

#[test]
fn an_unnamed_official_in_a_states_ministry_speaks_for_that_state() {
    let d = [
        "Iraq's federal government and the Kurdish region said they had settled a dispute.",
        "A senior official in Iraq's Oil Ministry, who was not authorized to speak to journalists, said the two sides still disagreed. \"We solved the money. We have not solved the trust,\" the official said.",
    ];
    let a = attribute(&d, &[], Some("ERBIL"));
    assert_eq!(a[1].speakers, Vec::<String>::new());
    assert_eq!(a[1].countries, ["Iraq"]);
    // (Not a ministry: `an official in Iraq's oil fields` is somewhere, not someone's.)
    let a = attribute(
        &[
            d[0],
            "A senior official in Iraq's Kirkuk fields said the two sides still disagreed. \"We solved the money,\" the official said.",
        ],
        &[],
        Some("ERBIL"),
    );
    assert_eq!(a[1].countries, Vec::<String>::new());
}

#[test]
fn an_unnamed_central_bank_official_is_the_dispatchs_own() {
    let d = [
        "Turkey's central bank cut its benchmark interest rate on Thursday.",
        "A central bank official familiar with the committee's deliberations said two members had argued for a smaller cut. \"There was a real debate in the room,\" the official said.",
    ];
    let a = attribute(&d, &[], Some("ANKARA"));
    assert_eq!(a[1].countries, ["Turkey"]);
}

#[test]
fn an_opposition_partys_spokesman_speaks_in_the_countrys_politics() {
    for apposition in [
        "A spokesman for the opposition Alliance for the Republic, Moustapha Sarr, said",
        "A spokesman for the opposition Alliance for the Republic (APR), Moustapha Sarr, said",
        "Moustapha Sarr, a spokesman for the opposition Alliance for the Republic, said",
    ] {
        let d = [
            "Senegal’s government on Monday promised to publish every loan.".to_string(),
            format!("{apposition} the audit was “a political weapon dressed up as accounting.”"),
        ];
        let d: Vec<&str> = d.iter().map(String::as_str).collect();
        let a = attribute(&d, &[], Some("DAKAR"));
        assert_eq!(a[1].speakers, ["Moustapha Sarr"], "{apposition}");
        assert_eq!(a[1].countries, ["Senegal"], "{apposition}");
    }
    // (A union's officer speaks for no country.)
    let a = attribute(
        &[
            "Bolivia’s government on Monday promised to publish every loan.",
            "The Conflicts Secretary of the Bolivian Miners Federation, Tomas Sarr, said the audit was “a political weapon.”",
        ],
        &[],
        Some("LA PAZ"),
    );
    assert_eq!(a[1].countries, Vec::<String>::new());
}

#[test]
fn an_abbreviation_in_parentheses_closes_the_title_before_the_name() {
    let a = one(
        "The Australian Prime Minister (PM), John Howard said “we remain quite concerned about Fiji.”",
    );
    assert_eq!(a.speakers, ["John Howard"]);
    assert_eq!(a.countries, ["Australia"]);
}

#[test]
fn a_known_surname_before_an_aides_title_is_the_patron() {
    let d = [
        "Outgoing Prime Minister Iyad Rahimi of Iraq escaped an assassin's bomb on Wednesday.",
        "\"The bomber did not stop,\" said Rahimi spokesman Thaer Naqibi.",
    ];
    let a = attribute(&d, &[], None);
    assert_eq!(a[1].speakers, ["Thaer Naqibi"]);
    assert_eq!(a[1].countries, ["Iraq"]);
    // (A surname nobody was given is no patron.)
    let a = one("\"The bomber did not stop,\" said Rahimi spokesman Thaer Naqibi.");
    assert_eq!(a.countries, Vec::<String>::new());
}

#[test]
fn a_state_institution_named_before_by_its_last_word() {
    let d = [
        "The Swiss National Bank is prepared to intervene, Markus Lusser, a member of the Bank's three man directorate, said.",
        "\"Put simply, that means a reduction of the budget deficit,\" he said.",
    ];
    let a = attribute(&d, &[], Some("LIESTAL"));
    assert_eq!(a[1].speakers, ["Markus Lusser"]);
    assert_eq!(a[1].countries, ["Switzerland"]);
    // (A bank the dispatch never named as a state's gives nothing.)
    let d = [
        "The Commerzbank is prepared to intervene, Markus Lusser, a member of the Bank's three man directorate, said.",
        "\"Put simply, that means a reduction of the budget deficit,\" he said.",
    ];
    let a = attribute(&d, &[], Some("LIESTAL"));
    assert_eq!(a[1].countries, Vec::<String>::new());
}

#[test]
fn a_region_before_an_office_of_its_own_government_names_the_country() {
    let a = one("Queensland Attorney-General Kerry Shine said he is appealing and “I am not prepared to write this off.”");
    assert_eq!(a.speakers, ["Kerry Shine"]);
    assert_eq!(a.countries, ["Australia"]);
    // (A former holder speaks for no government.)
    let a = one("Former Queensland Attorney-General Kerry Shine said “I am not prepared to write this off.”");
    assert_eq!(a.countries, Vec::<String>::new());
}

#[test]
fn an_office_inside_a_governments_own_body_is_an_officials() {
    let d = [
        "Hungary's government plans to cut subsidies.",
        "But Zoltan Boesze, chief of the Finance Ministry's budget financing division, told Reuters the government had decided \"quite severe\" measures were needed.",
    ];
    let a = attribute(&d, &[], Some("BUDAPEST"));
    assert_eq!(a[1].countries, ["Hungary"]);
    // (A body whose name only opens with `Government` is no government's.)
    let d = [
        "Hungary's government plans to cut subsidies.",
        "But Zoltan Boesze, chief of the Government Accountability Project, told Reuters the government had decided \"quite severe\" measures were needed.",
    ];
    let a = attribute(&d, &[], Some("BUDAPEST"));
    assert_eq!(a[1].countries, Vec::<String>::new());
}

#[test]
fn an_opening_description_of_a_states_body_gives_its_country() {
    let a = one("The head of Mexico's National Water Commission, Hector Villasenor, said reservoirs were low. “There is no hidden water,” he said.");
    assert_eq!(a.speakers, ["Hector Villasenor"]);
    assert_eq!(a.countries, ["Mexico"]);
    let a = one("A spokesman for the U.S. Department of Health and Human Services, Trevor Mills, said the United States “will not be bound” by the agreement.");
    assert_eq!(a.speakers, ["Trevor Mills"]);
    assert_eq!(a.countries, ["United States"]);
}

#[test]
fn a_title_of_the_cabinet_or_a_party_office_is_the_countrys_politics() {
    let d = [
        "Argentina's government sought waivers from the IMF on Friday.",
        "\"Argentina will not devalue, period,\" said Cabinet Chief Martin Olazabal in a radio interview.",
        "Kim Sun, head of the opposition Reunification Democratic Party, said, \"I welcome the announcement.\"",
    ];
    let a = attribute(&d, &[], Some("BUENOS AIRES"));
    assert_eq!(a[1].countries, ["Argentina"]);
    assert_eq!(a[2].countries, ["Argentina"]);
    // (A body that only opens with `Party` is no party: `Party Supplies Inc`.)
    let d = [
        "Argentina's government sought waivers from the IMF on Friday.",
        "Kim Sun, head of the Party Supplies Company, said, \"I welcome the announcement.\"",
    ];
    let a = attribute(&d, &[], Some("BUENOS AIRES"));
    assert_eq!(a[1].countries, Vec::<String>::new());
}

#[test]
fn a_description_named_after_it_names_the_speaker() {
    let a = one("\"This is a new day in our history,\" said an opposition official named Omurbek Tekebayev.");
    assert_eq!(a.speakers, ["Omurbek Tekebayev"]);
    let a = one(
        "An opposition official named Omurbek Tekebayev said \"this is a new day in our history.\"",
    );
    assert_eq!(a.speakers, ["Omurbek Tekebayev"]);
    // (`named` as a verb of appointing is no such naming: nobody here is the speaker.)
    let a = one("\"It is a new day,\" said the president, who named Omurbek Tekebayev as envoy.");
    assert!(!a.speakers.contains(&"Omurbek Tekebayev".to_string()));
}

#[test]
fn a_country_inside_the_name_of_a_place_of_work_is_no_allegiance() {
    let a = one("\"Both countries are fighting over a river,\" said Andrea Salinas, a water policy researcher at El Colegio de Mexico.");
    assert_eq!(a.speakers, ["Andrea Salinas"]);
    assert_eq!(a.countries, Vec::<String>::new());
    // (A state's office of the country still counts: `ambassador of Mexico`.)
    let a = one("\"Both countries are fighting over a river,\" said Andrea Salinas, the ambassador of Mexico.");
    assert_eq!(a.countries, ["Mexico"]);
}

#[test]
fn a_second_description_joined_by_and_ends_in_the_name() {
    let d = [
        "Kyrgyzstan's opposition seized a second city on Monday.",
        "“The south is under control,” said former ambassador to Britain and opposition leader Roza Otunbayeva to The Times.",
    ];
    let a = attribute(&d, &[], Some("BISHKEK"));
    assert_eq!(a[1].speakers, ["Roza Otunbayeva"]);
    // (The first description's destination is not her country.)
    assert_eq!(a[1].countries, ["Kyrgyzstan"]);
    // (`President and Chief Executive Officer X` is one title, no second description.)
    let a = one("\"It is gratifying,\" said Advanced Genetic Sciences President and Chief Executive Officer Joseph Bouckaert.");
    assert!(!a.speakers.iter().any(|s| s.starts_with("Officer")));
}

#[test]
fn a_sentence_opening_with_says_is_no_name() {
    let d = [
        "A classified memo written by US Secretary of Defense Donald Rumsfeld calls for large changes.",
        "Says Rumsfeld, \"In my view it is time for a major adjustment.\"",
    ];
    let a = attribute(&d, &[], None);
    assert_eq!(a[1].speakers, ["Donald Rumsfeld"]);
    assert_eq!(a[1].countries, ["United States"]);
    // (`Said` is also a name.)
    let a = one("\"We have taken the airport,\" government spokesman Abdourahim Said Bacar said.");
    assert_eq!(a.speakers, ["Abdourahim Said Bacar"]);
}

#[test]
fn an_unnamed_officer_of_the_armed_forces_is_the_states() {
    let d = [
        "Colombia's army reinforced the border on Monday.",
        "A senior army officer, who asked not to be named, said troops were stretched thin. “We are covering 200 kilometres,” he said.",
    ];
    let a = attribute(&d, &[], Some("BOGOTA"));
    assert_eq!(a[1].speakers, Vec::<String>::new());
    assert_eq!(a[1].countries, ["Colombia"]);
    let a = one("A senior Ethiopian military officer, speaking on condition of anonymity, said troops had been ordered to avoid “any step that can be misread.”");
    assert_eq!(a.countries, ["Ethiopia"]);
    // (A place after `In` is nobody: `In Port Sudan, a senior military officer dismissed …`.)
    let a = attribute(
        &[
            "Sudan rejected the talks.",
            "In Port Sudan, a senior military officer dismissed the meeting as “a photo opportunity.”",
        ],
        &[],
        Some("KHARTOUM"),
    );
    assert_eq!(a[1].speakers, Vec::<String>::new());
    assert_eq!(a[1].countries, ["Sudan"]);
    // (A police officer is no such office: `after an undercover police officer reported …,
    // he stated` is still about the senator.)
    let a = attribute(
        &[
            "Senator Larry Craig of Idaho was arrested after an undercover police officer reported lewd conduct. At the time, he stated, “I was not involved in any inappropriate conduct.”",
        ],
        &[],
        None,
    );
    assert_eq!(a[0].speakers, ["Larry Craig"]);
}

#[test]
fn a_party_word_before_a_legislators_title_is_no_other_body() {
    let d = [
        "Argentina's government sought waivers from the IMF on Friday.",
        "Peronist lawmaker German Quiroga said the government was \"begging for waivers.\"",
    ];
    let a = attribute(&d, &[], Some("BUENOS AIRES"));
    assert_eq!(a[1].speakers, ["German Quiroga"]);
    assert_eq!(a[1].countries, ["Argentina"]);
    // (A firm's spokesman is still the firm's: `Texaco spokesman X`.)
    let d = [
        "Argentina's government sought waivers from the IMF on Friday.",
        "Texaco spokesman German Quiroga said the government was \"begging for waivers.\"",
    ];
    let a = attribute(&d, &[], Some("BUENOS AIRES"));
    assert_eq!(a[1].countries, Vec::<String>::new());
}

#[test]
fn a_town_before_a_mayors_title_is_no_other_body() {
    let d = [
        "Greece's coast guard rescued 400 migrants off Crete on Monday.",
        "\"We need the state here, not just statements,\" said Chania mayor Lefteris Daskalakis.",
    ];
    let a = attribute(&d, &[], Some("ATHENS"));
    assert_eq!(a[1].speakers, ["Lefteris Daskalakis"]);
    assert_eq!(a[1].countries, ["Greece"]);
    // (A city the gazetteer places in another country gives that country, not the
    // dateline's.)
    let d = [
        "Greece's coast guard rescued 400 migrants off Crete on Monday.",
        "\"We need the state here, not just statements,\" said NYC mayor Lefteris Daskalakis.",
    ];
    let a = attribute(&d, &[], Some("ATHENS"));
    assert_eq!(a[1].countries, ["United States"]);
}

#[test]
fn a_countrys_name_opening_a_private_bodys_is_no_allegiance() {
    let d = [
        "Japan's ruling party suffered setbacks in local elections on Sunday.",
        "Noboru Goto, president of the Japan Chamber of Commerce and Industry, told reporters \"the government should take action.\"",
    ];
    let a = attribute(&d, &[], Some("TOKYO"));
    assert_eq!(a[1].speakers, ["Noboru Goto"]);
    assert_eq!(a[1].countries, Vec::<String>::new());
    // (A state's body named after its country still is: `of the Japan Defense Agency`.)
    let d = [
        "Japan's ruling party suffered setbacks in local elections on Sunday.",
        "Noboru Goto, director of the Japan Defense Agency, told reporters \"the government should take action.\"",
    ];
    let a = attribute(&d, &[], Some("TOKYO"));
    assert_eq!(a[1].countries, ["Japan"]);
}

#[test]
fn an_office_of_a_private_body_named_before_the_name_has_no_country() {
    let a = one("\"I'm convinced that Congress will not go along with this,\" American Soybean Association President Dave Haggard said.");
    assert_eq!(a.speakers, ["Dave Haggard"]);
    assert_eq!(a.countries, Vec::<String>::new());
    // (A state's institute is no private body: `Brazilian Coffee Institute president X`.)
    let a = one("\"We have sacrificed a great deal,\" Brazilian Coffee Institute president Jorio Dauster said.");
    assert_eq!(a.countries, ["Brazil"]);
}

#[test]
fn a_leads_office_outweighs_the_datelines_guess_for_its_holder() {
    let d = [
        "Iran and the United States held a fresh round of talks in Oman on Saturday, with Tehran’s top negotiator saying the two sides remained “far apart” on enrichment.",
        "“The talks were serious, but we are not there yet,” Deputy Foreign Minister Mehdi Rahmanian told state television.",
    ];
    let a = attribute(&d, &[], Some("MUSCAT"));
    assert_eq!(a[0].speakers, ["Mehdi Rahmanian"]);
    assert_eq!(a[1].countries, ["Iran"]);
}

#[test]
fn an_absolute_with_clause_participle_speaks_for_its_subject() {
    let d = [
        "Climate talks in Bonn ended deadlocked on Wednesday, with Tuvalu’s climate minister accusing rich countries of “moving the goalposts while the water rises.”",
        "“We came here to count what is needed to survive,” Simeona Lauti, Tuvalu’s minister for climate change, said at a closing news conference.",
    ];
    let a = attribute(&d, &[], Some("BONN"));
    assert_eq!(a[0].speakers, ["Simeona Lauti"]);
    assert_eq!(a[1].countries, ["Tuvalu"]);
    // (Outside a `with` clause `accusing` is no speech verb: the quote is the verb's own.)
    let a = one("The minister resigned after accusing rich countries of “moving the goalposts.”");
    assert_eq!(a.speakers, Vec::<String>::new());
}

#[test]
fn a_past_office_does_not_keep_a_leads_office_from_its_holder() {
    let d = [
        "Sudan’s warring parties must agree to a truce “within days, not months,” the African Union’s envoy for Sudan said Tuesday.",
        "“Every week without a ceasefire costs thousands of lives,” Fatoumata Keita-Diallo, a former Malian foreign minister who leads the AU mediation team, told AFP.",
    ];
    let a = attribute(&d, &[], Some("NAIROBI"));
    assert_eq!(a[0].speakers, ["Fatoumata Keita-Diallo"]);
    assert_eq!(a[0].countries, Vec::<String>::new());
    // (An office held now still must match: a defence minister is not the lead's envoy.)
    let d = [
        "Sudan’s warring parties must agree to a truce “within days, not months,” the African Union’s envoy for Sudan said Tuesday.",
        "“Every week without a ceasefire costs thousands of lives,” Malian Defence Minister Fatoumata Keita-Diallo told AFP.",
    ];
    let a = attribute(&d, &[], Some("NAIROBI"));
    assert!(a[0].speakers.is_empty());
}

#[test]
fn a_biography_giving_an_international_office_outweighs_the_cards_nationality() {
    let card = |bio| KnownPerson {
        name: "Marta Kowal",
        country: Some("Poland"),
        bio,
    };
    let text = ["“The inspectors are ready,” Marta Kowal told reporters."];
    let countries = |bio| {
        attribute(&text, &[card(bio)], Some("VIENNA"))[0]
            .countries
            .clone()
    };
    // A present office in an international body: no state.
    for bio in [
        "Kowal, a Polish diplomat, is the chief spokeswoman of the International Atomic Energy Agency in Vienna.",
        "Kowal is ASEAN’s deputy secretary-general for economic affairs.",
        "Kowal was elected president of the International Court of Justice in 2024.",
        "Kowal took command of NATO’s mission in 2025.",
    ] {
        assert!(countries(bio).is_empty(), "{bio}");
    }
    // A state's post at such a body, or no office: the card's country.
    for bio in [
        "Kowal is Poland’s ambassador to NATO.",
        "Kowal, Poland’s foreign minister, is one of the EU’s most outspoken advocates of sanctions.",
    ] {
        assert_eq!(countries(bio), ["Poland"], "{bio}");
    }
}

#[test]
fn a_demonym_naming_an_ocean_is_no_country() {
    let a = one("“It is a model for our region,” said Yasmine Bhageerutty, secretary general of the Indian Ocean Commission.");
    assert_eq!(a.speakers, ["Yasmine Bhageerutty"]);
    assert!(a.countries.is_empty());
    let a = one("“It is a model for our region,” said Ravi Menon, an Indian diplomat.");
    assert_eq!(a.countries, ["India"]);
}

#[test]
fn an_opening_description_reaches_past_a_short_relative_clause() {
    let p = [
        "LONDON (AP) — The Caspian Sea is shrinking.",
        "The governor of Kazakhstan's Mangystau region, which includes Aktau, Nurlan Sarsenbayev, said the city's water was safe. “But our pipes will have to follow the sea,” he said.",
    ];
    let a = attribute(&p, &[], Some("LONDON"));
    assert_eq!(a[1].speakers, ["Nurlan Sarsenbayev"]);
    assert_eq!(a[1].countries, ["Kazakhstan"]);
}

#[test]
fn a_sentence_opening_in_a_countrys_province_places_its_governor() {
    let p = [
        "AMMAN, Oct 14 (Reuters) - The border crossing reopened.",
        "In the southern Syrian province of Daraa, which borders Jordan, provincial governor Anas Jbara said farmers had waited years. “Our tomatoes rotted,” Jbara told Reuters.",
    ];
    let a = attribute(&p, &[], Some("AMMAN"));
    assert_eq!(a[1].speakers, ["Anas Jbara"]);
    assert_eq!(a[1].countries, ["Syria"]);
    // A place that is no part of the country the demonym names (a camp in Jordan): not Syria.
    let p = [
        "AMMAN, Oct 14 (Reuters) - The border crossing reopened.",
        "In the Syrian refugee camp of Zaatari, governor Anas Jbara said farmers had waited years. “Our tomatoes rotted,” Jbara told Reuters.",
    ];
    let a = attribute(&p, &[], Some("AMMAN"));
    assert!(a[1].countries.is_empty());
}

#[test]
fn officials_named_by_demonym_answering_place_the_official_quoted_next() {
    let p = [
        "GEORGETOWN, Guyana (AP) — Guyana accused Venezuela of massing troops near the border.",
        "Some Venezuelan opposition figures described the moves as a distraction. “They wave the flag because they have nothing else to wave,” said Gustavo Lander, an opposition lawmaker who lives in exile in Madrid.",
    ];
    let a = attribute(&p, &[], Some("GEORGETOWN, Guyana"));
    assert_eq!(a[1].speakers, ["Gustavo Lander"]);
    assert_eq!(a[1].countries, ["Venezuela"]);
    // Officials who only speak answer for an official of their own paragraph, not the next.
    let p = [
        "SUVA, Fiji (AP) — Troops patrolled the capital.",
        "Australian officials said the ships were there for evacuations.",
        "“We are ready,” said military commander Frank Bainimarama.",
    ];
    let a = attribute(&p, &[], Some("SUVA, Fiji"));
    assert_eq!(a[2].countries, ["Fiji"]);
    // An answer reaches the next paragraph.
    let p = [p[0], "Australian officials rejected the plan.", p[2]];
    let a = attribute(&p, &[], Some("SUVA, Fiji"));
    assert_eq!(a[2].countries, ["Australia"]);
}

#[test]
fn a_passive_characterisation_after_an_article_or_an_and_names_its_speaker() {
    let a = one("It was labelled as the \"Bondi Budget\" by opposition leader Don Brash.");
    assert_eq!(a.speakers, ["Don Brash"]);
    let a = one("The incident was described as a \"disgraceful act\" by the Labor candidate for Lindsay, David Bradbury, and \"deceitful\" by Ikebal Patel, chairman of the Federation of Islamic Councils.");
    assert_eq!(a.speakers, ["David Bradbury", "Ikebal Patel"]);
    // Not a characterisation: `by` after a quote that no participle introduces.
    let a = one("The \"peace plan\" was drafted by Ikebal Patel.");
    assert!(a.speakers.is_empty());
}

#[test]
fn as_stated_by_an_official_names_the_speaker() {
    let a = one("The government called it a \"welcome resolution\", as stated by Information Minister Sikhanyiso Ndlovu.");
    assert_eq!(a.speakers, ["Sikhanyiso Ndlovu"]);
    // A medium relays; it is no speaker.
    let a = one("The plan is \"dead on arrival\", as stated by Der Spiegel.");
    assert!(a.speakers.is_empty());
}

#[test]
fn a_titles_domain_of_two_parts_keeps_the_country_before_it() {
    let a = one("“We learned how fragile our grid was,” Portugal's minister of environment and energy, Teresa Lobo Antunes, said.");
    assert_eq!(a.speakers, ["Teresa Lobo Antunes"]);
    assert_eq!(a.countries, ["Portugal"]);
    let a = one("The talks ended, and Portugal's minister of energy and climate, Teresa Lobo Antunes, said “it is done.”");
    assert_eq!(a.countries, ["Portugal"]);
}

#[test]
fn a_rank_in_a_description_is_a_different_office() {
    let p = [
        "JOHOR BAHRU, Dec 11 (Reuters) - Malaysia and Singapore opened a rail link.",
        "Singapore's transport minister, Daniel Goh, said passengers would clear checks once. “It is modern,” Goh said.",
        "Johor's chief minister told reporters the fare was “fair for workers.”",
    ];
    let a = attribute(&p, &[], Some("JOHOR BAHRU"));
    assert_eq!(a[1].speakers, ["Daniel Goh"]);
    assert!(a[2].speakers.is_empty());
    assert!(!a[2].countries.contains(&"Singapore".to_string()));
    // Without a rank, the description is the minister named before.
    let p = [
        p[0],
        p[1],
        "The minister told reporters the fare was “fair for workers.”",
    ];
    let a = attribute(&p, &[], Some("JOHOR BAHRU"));
    assert_eq!(a[2].speakers, ["Daniel Goh"]);
}

#[test]
fn a_spokesman_for_a_ministry_named_with_its_portfolio_is_that_states_official() {
    let a = one("A spokesman for Singapore's Ministry of Foreign Affairs said the position “has not changed.”");
    assert!(a.speakers.is_empty());
    assert_eq!(a.countries, ["Singapore"]);
    assert!(a.organizations.is_empty());
    // The ministry itself speaking is the body.
    let a = one("Singapore's Ministry of Foreign Affairs said the position “has not changed.”");
    assert!(a.countries.is_empty() || a.countries == ["Singapore"]);
    assert!(a.speakers.is_empty());
}

#[test]
fn an_undated_dispatch_looking_back_on_a_later_year_is_past_the_soviet_era() {
    let p = [
        "Yerevan (AFP) – Armenia and Azerbaijan agreed on a further stretch of their border, which follows Soviet maps from the 1970s.",
        "“Every kilometre we agree on is a kilometre where nobody will have to shoot,” Armenian Deputy Prime Minister Artur Hakobyan said, recalling the 2020 war.",
    ];
    let a = attribute(&p, &[], Some("Yerevan"));
    assert_eq!(a[1].countries, ["Armenia"]);
    // A year looked forward to (`by 2000`) says nothing of when the dispatch was written.
    let p = [
        "MOSCOW, March 3 - The Soviet Union will double its grain output by 2000, officials said.",
        "“We will meet the target,” Armenian Deputy Prime Minister Artur Hakobyan said.",
    ];
    let a = attribute(&p, &[], Some("MOSCOW"));
    assert_eq!(a[1].countries, ["Soviet Union"]);
}

#[test]
fn an_official_at_a_ministry_and_a_coast_guard_spokesman_are_the_states() {
    let p = [
        "SEOUL, Dec 3 (Reuters) - South Korea tightened lending rules.",
        "A senior official at the Finance Ministry, who asked not to be named, said a fourth round of curbs was “under review.”",
        "An official in South Korea's Finance Ministry said a fourth round was “likely.”",
    ];
    let a = attribute(&p, &[], Some("SEOUL"));
    assert_eq!(a[1].countries, ["South Korea"]);
    assert!(a[1].organizations.is_empty());
    assert_eq!(a[2].countries, ["South Korea"]);
    let p = [
        "MANILA, Philippines (AP) — Chinese ships fired water cannons at Philippine vessels.",
        "“Our vessels were on a humanitarian mission,” coast guard spokesman Commodore Ramon Esguerra told reporters.",
    ];
    let a = attribute(&p, &[], Some("MANILA, Philippines"));
    assert_eq!(a[1].speakers, ["Ramon Esguerra"]);
    assert_eq!(a[1].countries, ["Philippines"]);
}

#[test]
fn a_title_with_listed_portfolios_keeps_its_country() {
    let p = [
        "ASUNCION, Paraguay, May 3, 2025 (AP) — Paraguay and Brazil signed a deal on the dam.",
        "Brazil's mines and energy minister, Renato Figueiredo, who attended the ceremony, said it would “give investors predictability.”",
        "“We are partners,” Senegal's Minister of Energy, Petroleum and Mines, Mamadou Lamine Faye, told reporters.",
    ];
    let a = attribute(&p, &[], Some("ASUNCION, Paraguay"));
    assert_eq!(a[1].countries, ["Brazil"]);
    assert_eq!(a[2].countries, ["Senegal"]);
}

#[test]
fn a_card_in_a_territory_that_is_no_state_gives_no_country_and_a_self_governing_one_does() {
    let card = |country| KnownPerson {
        name: "Vadim Kolesnic",
        country: Some(country),
        bio: "Kolesnic leads the region's administration.",
    };
    let text = ["“We are heating only hospitals now,” Vadim Kolesnic wrote on Telegram."];
    let a = attribute(&text, &[card("Transnistria")], Some("CHISINAU"));
    assert!(a[0].countries.is_empty());
    let a = attribute(&text, &[card("Greenland")], Some("NUUK"));
    assert_eq!(a[0].countries, ["Greenland"]);
}

#[test]
fn an_officer_of_a_body_described_outside_government_gets_no_country() {
    let p = [
        "ABIDJAN, Ivory Coast (AP) — Ivory Coast and Burkina Faso reopened the corridor.",
        "“Nobody wants to drive north now,” said Lassina Bamba, secretary general of a road hauliers' union in Abidjan.",
        "“We need certainty,” said Armindo Sequeira, president of an association of energy-intensive companies.",
        "“We need certainty,” said Ali Coulibaly, a spokesman for the Ivorian government.",
    ];
    let a = attribute(&p, &[], Some("ABIDJAN, Ivory Coast"));
    assert!(a[1].countries.is_empty());
    assert!(a[2].countries.is_empty());
    assert_eq!(a[3].countries, ["Ivory Coast"]);
}

#[test]
fn a_description_after_a_sentence_opening_place_places_its_holder() {
    let p = [
        "LISBON, Portugal, April 28, 2026 (AP) — Portugal and Spain signed a grid deal.",
        "In Madrid, the energy spokeswoman of the conservative opposition Popular Party, Elena Castañar, said the government had “spent a year writing reports.”",
        "In a surprising reaction, the leader of the Democratic Unionist Party, Ian Paisley, said it was “a start.”",
    ];
    let a = attribute(&p, &[], Some("LISBON, Portugal"));
    assert_eq!(a[1].countries, ["Spain"]);
    // `In a surprising reaction,` is no place.
    assert!(!a[2].countries.contains(&"Spain".to_string()));
}

#[test]
fn a_states_post_concerning_an_international_body_keeps_the_states_country() {
    let p = ["“This is the most significant cut,” British EU relations minister Daniel Fairbrother told reporters."];
    let cards = [KnownPerson {
        name: "Daniel Fairbrother",
        country: Some("United Kingdom"),
        bio: "Fairbrother has been the minister responsible for relations with the EU since 2024.",
    }];
    let a = attribute(&p, &cards, Some("BRUSSELS"));
    assert_eq!(a[0].countries, ["United Kingdom"]);
    let p = [
        "Pakistan complained to the United Nations today that planes from Afghanistan attacked Pakistani villages.",
        "“The attacks are unprecedented,” Pakistan's acting U.N. representative Aneesuddin Ahmed said.",
    ];
    let a = attribute(&p, &[], Some("UNITED NATIONS"));
    assert_eq!(a[1].countries, ["Pakistan"]);
    // The body's own office stays international.
    let a = one("“We are ready,” said former UN chief Ban Ki-moon.");
    assert!(a.countries.is_empty());
}

#[test]
fn a_states_agencies_by_their_abbreviations_place_their_officials() {
    let a = one(
        "CFTC Commissioner William Seale said the proposal was “a move in the wrong direction.”",
    );
    assert_eq!(a.countries, ["United States"]);
    let a = one("“Peer review will not stop all bad audits,” SEC Chairman John Shad said.");
    assert_eq!(a.countries, ["United States"]);
    // A department many governments have names no country by itself.
    let a = one("“The fields were tainted,” said Chakan Saengraksawong, director-general of the Department of Agriculture.");
    assert!(!a.countries.contains(&"United States".to_string()));
}

#[test]
fn an_accountant_or_controller_title_is_no_part_of_the_name() {
    let a = one("“Peer review will not stop all bad audits,” SEC Chief Accountant Clarence Sampson told the commissioners.");
    assert_eq!(a.speakers, ["Clarence Sampson"]);
    let a = one("State Controller John Chiang said in a statement, “The state’s practices are fleecing public coffers.”");
    assert_eq!(a.speakers, ["John Chiang"]);
}

#[test]
fn a_spokesman_for_a_countrys_lowercase_ministry_is_that_states_official() {
    let p = [
        "SEOUL, Dec 3 (Reuters) - South Korea protested to Japan on Tuesday.",
        "A spokesman for Japan's foreign ministry said the position “has not changed.”",
        "A spokeswoman for the Japanese finance ministry said the yen was “stable.”",
    ];
    let a = attribute(&p, &[], Some("SEOUL"));
    assert_eq!(a[1].countries, ["Japan"]);
    assert_eq!(a[2].countries, ["Japan"]);
    assert!(a[1].speakers.is_empty());
}

#[test]
fn the_rank_major_before_a_name_is_a_title() {
    let a = one("“The fire is under control,” said Major Alan Kabakoff, an army spokesman.");
    assert_eq!(a.speakers, ["Alan Kabakoff"]);
    // Not a rank: `Major League` is no rank and a name (whatever the phrase is taken for, it
    // keeps its first word).
    let a = one("“The season will start on time,” Major League Baseball said in a statement.");
    assert!(!a.speakers.contains(&"League Baseball".to_string()));
}

#[test]
fn a_seat_of_government_answering_places_the_official_quoted_next() {
    let p = [
        "HELSINKI (Reuters) - Finland extended its border closure with Russia.",
        "Moscow criticised the proposal. Deputy Foreign Minister Andrei Sokolov told the news agency RIA that Finland had “cut itself off from its neighbour”.",
    ];
    let a = attribute(&p, &[], Some("HELSINKI"));
    assert_eq!(a[1].speakers, ["Andrei Sokolov"]);
    assert_eq!(a[1].countries, ["Russia"]);
}

#[test]
fn a_spokesperson_after_a_countrys_body_named_for_another_place_speaks_for_the_owner() {
    let p = [
        "TAIPEI (Reuters) - Taiwan's parliament passed a special defense budget.",
        "China's Taiwan Affairs Office said the plan was \"dangerous.\" Spokesperson Peng Xiaoyun told a briefing in Beijing: \"Whatever weapons they buy will not change the outcome.\"",
    ];
    let a = attribute(&p, &[], Some("TAIPEI"));
    assert_eq!(a[1].speakers, ["Peng Xiaoyun"]);
    assert_eq!(a[1].countries, ["China"]);
}

#[test]
fn a_states_own_medium_quoting_an_official_quotes_that_states_official() {
    let p = [
        "WASHINGTON, March 3 - Iran warned the United States over the Gulf.",
        "Tehran Radio quoted defence spokesman Ali Akbar Hashemi Rafsanjani telling a delegation, \"At the moment the United States is moving towards the brink.\"",
    ];
    let a = attribute(&p, &[], Some("WASHINGTON"));
    assert_eq!(a[1].countries, ["Iran"]);
    // The official's own country, when the text gives it, outweighs the medium's.
    let p = [
        p[0],
        "Radio Moscow quoted Iranian defence spokesman Ali Akbar Hashemi Rafsanjani telling a delegation, \"We will win.\"",
    ];
    let a = attribute(&p, &[], Some("WASHINGTON"));
    assert_eq!(a[1].countries, ["Iran"]);
}

#[test]
fn a_board_member_of_a_state_institution_speaks_for_its_state() {
    let p = [
        "OSLO, April 8 - Norges Bank board member Kari Lunde called for closer cooperation.",
        "\"Central banks have sufficient experience,\" she said.",
    ];
    let a = attribute(&p, &[], Some("OSLO"));
    assert_eq!(a[1].speakers, ["Kari Lunde"]);
    assert_eq!(a[1].countries, ["Norway"]);
    // A bare `board member` names no institution, so no country.
    let p = [
        "OSLO, April 8 - Board member Kari Lunde called for closer cooperation.",
        p[1],
    ];
    let a = attribute(&p, &[], Some("OSLO"));
    assert_eq!(a[1].speakers, ["Kari Lunde"]);
    assert!(a[1].countries.is_empty(), "{:?}", a[1].countries);
}

#[test]
fn a_legislature_committees_chairman_is_the_states_official() {
    let p = [
        "WASHINGTON, Oct 20 - Senate Foreign Relations Committee Chairman Claiborne Pell met White House officials on trade.",
        "\"We are making progress,\" Pell told reporters.",
    ];
    let a = attribute(&p, &[], Some("WASHINGTON"));
    assert_eq!(a[1].speakers, ["Claiborne Pell"]);
    assert_eq!(a[1].countries, ["United States"]);
    // A committee of some other body still qualifies the title.
    let p = [
        "WASHINGTON, Oct 20 - Olympic Organizing Committee Chairman Peter Ueberroth met White House officials.",
        "\"We are making progress,\" Ueberroth told reporters.",
    ];
    let a = attribute(&p, &[], Some("WASHINGTON"));
    assert_eq!(a[1].speakers, ["Peter Ueberroth"]);
    assert!(a[1].countries.is_empty(), "{:?}", a[1].countries);
}

#[test]
fn the_leader_of_a_countrys_party_named_in_lowercase_speaks_in_its_politics() {
    let p = [
        "BRUSSELS, March 5 - Kees Jansen, leader of the Dutch party Democrats 66, said he would seek advice from the Commission.",
        "\"We will look at it again,\" Jansen said.",
    ];
    let a = attribute(&p, &[], Some("BRUSSELS"));
    assert_eq!(a[1].speakers, ["Kees Jansen"]);
    assert_eq!(a[1].countries, ["Netherlands"]);
}

#[test]
fn a_partys_deputy_sits_in_the_chamber_of_its_country() {
    let p = [
        "BUENOS AIRES, Feb 26 - Argentina could suspend payments on its foreign debt, ruling Radical Party Deputy Raul Baglini told a local radio station.",
        "\"Argentina does not discard the use of a moratorium,\" he added.",
    ];
    let a = attribute(&p, &[], Some("BUENOS AIRES"));
    assert_eq!(a[1].speakers, ["Raul Baglini"]);
    assert_eq!(a[1].countries, ["Argentina"]);
    // A firm's deputy director-general is no deputy of a chamber.
    let p = [
        "PARIS, April 3 - France will sell the bank this month.",
        "\"The privatisation will attract clients,\" CCF deputy director-general Rene de la Serre told Reuters.",
    ];
    let a = attribute(&p, &[], Some("PARIS"));
    assert_eq!(a[1].speakers, ["Rene de la Serre"]);
    assert!(a[1].countries.is_empty(), "{:?}", a[1].countries);
}

#[test]
fn its_office_belongs_to_the_body_the_sentence_before_opens_with() {
    let p = [
        "TOKYO, May 3 (Reuters) - Britain will sell more index-linked gilts to Asian investors this year.",
        "The Bank of England, which has sold gilts for the Treasury since 1998, will run the sales. Its deputy governor, Alan Marsh, said the plan would \"deepen the market.\"",
    ];
    let a = attribute(&p, &[], Some("TOKYO"));
    assert_eq!(a[1].speakers, ["Alan Marsh"]);
    assert_eq!(a[1].countries, ["United Kingdom"]);
    // An international organisation's officer speaks for no state, wherever the dispatch
    // was filed.
    let p = [
        "SUVA, Fiji (AP) — Fiji declared an HIV emergency on Monday.",
        "The World Health Organization said in March that Fiji had one of the fastest-growing epidemics. Its country director, Renata Osei, told The Associated Press: “You cannot arrest your way out of an epidemic.”",
    ];
    let a = attribute(&p, &[], Some("SUVA"));
    assert_eq!(a[1].speakers, ["Renata Osei"]);
    assert!(a[1].countries.is_empty(), "{:?}", a[1].countries);
}

#[test]
fn any_states_central_bank_by_that_name_is_its_institution() {
    let p = [
        "LONDON, May 3 (Reuters) - Kuwait plans to borrow in local markets.",
        "The Central Bank of Kuwait, which has issued bonds since 2017, will manage the programme. Its governor, Khaled al-Sabbagh, said it would \"deepen the local market.\"",
    ];
    let a = attribute(&p, &[], Some("LONDON"));
    assert_eq!(a[1].speakers, ["Khaled al-Sabbagh"]);
    assert_eq!(a[1].countries, ["Kuwait"]);
}

#[test]
fn a_two_word_portfolio_after_and_stays_in_the_title() {
    let a = one("“For us it is the future,” Minister of Petroleum and Mineral Resources Jacinto Soares da Costa told Reuters.");
    assert_eq!(a.speakers, ["Jacinto Soares da Costa"]);
    let a = one("“We will act,” Minister of Justice and Home Affairs Nilda Ramos told reporters.");
    assert_eq!(a.speakers, ["Nilda Ramos"]);
    // Two people joined by `and` stay two people.
    let a = one("“We agree,” Secretary of State George Shultz and Defense Secretary Caspar Weinberger said.");
    assert!(
        !a.speakers.iter().any(|s| s.contains("Defense")),
        "{:?}",
        a.speakers
    );
}

#[test]
fn a_spokesperson_for_a_states_mission_abroad_speaks_for_that_state() {
    let a = one("A spokesperson for the British High Commission in Kingston said the future of the monarchy was \"a matter for the Jamaican people.\"");
    assert_eq!(a.countries, ["United Kingdom"]);
    let a = one("A spokesman for the Chinese Embassy said the visit was \"a normal exchange.\"");
    assert_eq!(a.countries, ["China"]);
    assert!(a.speakers.is_empty(), "{:?}", a.speakers);
}

#[test]
fn an_officer_speaking_for_a_body_names_the_body_not_the_office() {
    let a = one("\"It is not reasonable,\" said a spokesman for International Business Machines Corp, which employs 350 foreigners in Tokyo.");
    assert_eq!(a.organizations, ["International Business Machines Corp"]);
    assert!(a.countries.is_empty(), "{:?}", a.countries);
}

#[test]
fn the_chairman_of_a_chambers_committee_is_a_legislator() {
    let p = [
        "TOKYO, March 3 - Japan's parliament debated financial reform.",
        "\"We should not leave such matters to bureaucrats,\" Masao Hori, chairman of the lower house finance committee, told the group.",
    ];
    let a = attribute(&p, &[], Some("TOKYO"));
    assert_eq!(a[1].speakers, ["Masao Hori"]);
    assert_eq!(a[1].countries, ["Japan"]);
    // A region's chamber is not the dateline state's.
    let p = [
        "WASHINGTON, April 3 - Canadian lawmakers asked the U.S. Congress for an exemption.",
        "\"We are your best friends,\" David Cooke, chairman of the Ontario Parliament's Select Committee on Economic Affairs, told U.S. congressmen.",
    ];
    let a = attribute(&p, &[], Some("WASHINGTON"));
    assert_eq!(a[1].speakers, ["David Cooke"]);
    assert_ne!(a[1].countries, ["United States"]);
}

#[test]
fn a_countrys_name_with_and_opens_a_title() {
    let p = [
        "BASSETERRE, May 3 (Reuters) - Five Caribbean states signed a pact on passports.",
        "\"We are making these programmes clean,\" St. Kitts and Nevis Foreign Minister Janelle Liburd told Reuters.",
        "\"Insider trading has been inhibited,\" Securities and Exchange Commission Chairman John Shad said.",
    ];
    let a = attribute(&p, &[], Some("BASSETERRE"));
    assert_eq!(a[1].speakers, ["Janelle Liburd"]);
    assert_eq!(a[1].countries, ["Saint Kitts and Nevis"]);
    assert_eq!(a[2].speakers, ["John Shad"]);
    assert_eq!(a[2].countries, ["United States"]);
    // (Any function word inside a known name: `for` as well as `and`.)
    let a = one("\"Agriculture is a prime target,\" U.S. Ambassador to the Organisation for Economic Cooperation and Development Edward Streator said.");
    assert_eq!(a.speakers, ["Edward Streator"]);
    assert_eq!(a.countries, ["United States"]);
}

#[test]
fn a_ministers_two_portfolios_after_for_keep_the_possessive_country() {
    let p = [
        "THIMPHU, Bhutan, August 14, 2025 (AP) — Bhutan and India agreed Thursday on the price.",
        "“It is a fair price,” Bhutan’s Minister for Energy and Natural Resources, Dechen Yangzom, told reporters.",
        "“It is not enough,” Danny Leipziger, World Bank Vice President for Poverty Reduction and Economic Management, said.",
    ];
    let a = attribute(&p, &[], Some("THIMPHU"));
    assert_eq!(a[1].speakers, ["Dechen Yangzom"]);
    assert_eq!(a[1].countries, ["Bhutan"]);
    assert_eq!(a[2].speakers, ["Danny Leipziger"]);
}

#[test]
fn a_director_of_a_monitoring_network_or_watch_is_no_states_official() {
    let p = [
        "MANILA, May 3 (Reuters) - The Philippines delayed the Bangsamoro vote.",
        "\"The risk now is violence,\" said Mariel Ocampo, executive director of the Legal Network for Truthful Elections.",
        "\"The sentence is a travesty,\" said Sarah Whitson, director of Human Rights Watch's Middle East division.",
    ];
    let a = attribute(&p, &[], Some("MANILA"));
    assert_eq!(a[1].speakers, ["Mariel Ocampo"]);
    assert!(a[1].countries.is_empty(), "{:?}", a[1].countries);
    assert_eq!(a[2].speakers, ["Sarah Whitson"]);
    assert!(a[2].countries.is_empty(), "{:?}", a[2].countries);
}

#[test]
fn an_office_a_body_owns_gets_no_guess_from_the_dateline() {
    let p = [
        "KYIV, Ukraine (Reuters) - Ukraine's central bank held its key rate.",
        "The International Monetary Fund's resident representative in Kyiv, Marco Falcone, told Reuters the staff \"broadly share the central bank's view.\"",
        "Andrei Veselov, Rosatom's first deputy director general, said: \"We are not just selling reactors.\"",
        "Oleh Lysenko, the Servant of the People Party's finance spokesman, said: \"We will vote for it.\"",
    ];
    let a = attribute(&p, &[], Some("KYIV"));
    assert_eq!(a[1].speakers, ["Marco Falcone"]);
    assert!(a[1].countries.is_empty(), "{:?}", a[1].countries);
    assert_eq!(a[2].speakers, ["Andrei Veselov"]);
    // (Not the dateline's Ukraine: Rosatom is Russia's state company.)
    assert_eq!(a[2].countries, ["Russia"]);
    // A party's officer still speaks in the country's politics.
    assert_eq!(a[3].speakers, ["Oleh Lysenko"]);
    assert_eq!(a[3].countries, ["Ukraine"]);
}

#[test]
fn the_president_of_a_body_the_gazetteer_does_not_know_gets_no_dateline_guess() {
    let p = [
        "MEXICO CITY, May 3 (Reuters) - Mexico raised tariffs on steel imports.",
        "\"Every week without a deal costs us plants,\" said Ernesto Villalba, president of Canacero.",
        "\"The boat cannot go back to sea,\" said Tran Van Hoa, deputy director of the Veracruz fisheries department.",
        "\"We are ready,\" said Doje Cezhug, mayor of Mexico's capital.",
    ];
    let a = attribute(&p, &[], Some("MEXICO CITY"));
    assert_eq!(a[1].speakers, ["Ernesto Villalba"]);
    assert!(a[1].countries.is_empty(), "{:?}", a[1].countries);
    // A state's department or a place's mayor keeps the guess.
    assert_eq!(a[2].countries, ["Mexico"]);
    assert_eq!(a[3].countries, ["Mexico"]);
}

#[test]
fn a_name_before_of_the_adjective_body_is_the_subject() {
    let p = [
        "MEXICO CITY, May 3 (AP) — Mexico's Senate debated the tariffs.",
        "President Claudia Sheinbaum has denied that the tariffs were designed to please Washington. Sen. Beatriz Olvera Zamudio of the governing Morena party said Mexico was acting \"in its own interest and nobody else's.\"",
        "Economist Wendy Smith Cork of the brokerage Nesbitt Thomson Bongard Inc said \"it is not a very promising number.\"",
    ];
    let a = attribute(&p, &[], Some("MEXICO CITY"));
    assert_eq!(a[1].speakers, ["Beatriz Olvera Zamudio"]);
    assert_eq!(a[1].countries, ["Mexico"]);
    assert_eq!(a[2].speakers, ["Wendy Smith Cork"]);
    assert!(a[2].countries.is_empty(), "{:?}", a[2].countries);
}

#[test]
fn a_capital_named_after_its_country_places_the_dispatch() {
    let p = [
        "GUATEMALA CITY, April 30, 2026 (AFP) - Guatemala's Congress debated the shortlist.",
        "Opposition deputy Edgar Morales Paiz accused the government of wanting \"an attorney general of its own.\"",
    ];
    let a = attribute(&p, &[], Some("GUATEMALA CITY"));
    assert_eq!(a[1].speakers, ["Edgar Morales Paiz"]);
    assert_eq!(a[1].countries, ["Guatemala"]);
}

#[test]
fn a_deputy_of_a_party_named_after_the_name_is_a_legislator() {
    let p = [
        "SANTIAGO, May 3 (Reuters) - Chile's state copper company signed the lithium deal.",
        "Opposition lawmakers questioned the terms. Deputy Cristobal Urzua of the Republican Party said the state had \"paid too much for a seat it already owned.\"",
    ];
    let a = attribute(&p, &[], Some("SANTIAGO"));
    assert_eq!(a[1].speakers, ["Cristobal Urzua"]);
    assert_eq!(a[1].countries, ["Chile"]);
}

#[test]
fn a_card_bios_office_ends_where_time_or_a_second_verb_begins() {
    let p = [
        "VALLETTA (AFP) - Malta's parliament approved a new naturalisation scheme.",
        "Home Affairs Minister Mario Zammit told parliament the new law \"respects the judgment to the letter.\"",
    ];
    let cards = [KnownPerson {
        name: "Mario Zammit",
        country: Some("Malta"),
        bio: "Zammit, 47, a Labour Party lawyer, has been home affairs minister since 2024 and drafted the scheme after the EU court ruling.",
    }];
    let a = attribute(&p, &cards, Some("VALLETTA"));
    assert_eq!(a[1].speakers, ["Mario Zammit"]);
    assert_eq!(a[1].countries, ["Malta"]);
}

#[test]
fn its_leader_after_a_party_keeps_the_card_country() {
    let p = [
        "VALLETTA (AFP) - Malta's parliament approved a new naturalisation scheme.",
        "The opposition Nationalist Party voted against the bill. Its leader, Claudette Azzopardi, said the government had \"rebranded the same product.\"",
    ];
    let cards = [KnownPerson {
        name: "Claudette Azzopardi",
        country: Some("Malta"),
        bio: "Azzopardi, a former MEP, leads the opposition Nationalist Party.",
    }];
    let a = attribute(&p, &cards, Some("VALLETTA"));
    assert_eq!(a[1].speakers, ["Claudette Azzopardi"]);
    assert_eq!(a[1].countries, ["Malta"]);
}

#[test]
fn a_trade_unions_officer_gets_no_dateline_guess_but_a_partys_does() {
    let p = [
        "MASERU, May 3 (AP) — Lesotho's garment factories laid off workers.",
        "Palesa Mofokeng, general secretary of the United Textile Employees union, said the union would ask for help. \"If the factories close, many will never open again,\" Mofokeng said.",
        "\"We will oppose it,\" said Thabo Motsamai, leader of the Basotho National Democrats.",
    ];
    let a = attribute(&p, &[], Some("MASERU"));
    assert_eq!(a[1].speakers, ["Palesa Mofokeng"]);
    assert!(a[1].countries.is_empty(), "{:?}", a[1].countries);
    assert_eq!(a[2].speakers, ["Thabo Motsamai"]);
    assert_eq!(a[2].countries, ["Lesotho"]);
}

#[test]
fn a_state_companys_officer_speaks_for_its_state() {
    let p = [
        "ROME, May 3 (Reuters) - Italy's Messina bridge was delayed again.",
        "Carla Ruggieri, head of Stretto di Messina, the state company in charge of the project, said the delays were costing \"around 40 million euros a month\".",
        "Mario Rossi, chief executive of Fiat, said: \"The technical risk is small.\"",
    ];
    let a = attribute(&p, &[], Some("ROME"));
    assert_eq!(a[1].speakers, ["Carla Ruggieri"]);
    assert_eq!(a[1].countries, ["Italy"]);
    // A private firm's officer does not.
    assert_eq!(a[2].speakers, ["Mario Rossi"]);
    assert!(a[2].countries.is_empty(), "{:?}", a[2].countries);
}

#[test]
fn public_works_is_a_portfolio() {
    let a = one("\"This is a border we drew with a friend,\" Public Works and Transport Minister Ali Hamdan told lawmakers.");
    assert_eq!(a.speakers, ["Ali Hamdan"]);
}

#[test]
fn a_demonym_two_states_share_means_the_one_the_dispatch_is_filed_from() {
    let p = [
        "BRAZZAVILLE, May 3 (AFP) - Congo's constitutional court published the candidate list.",
        "\"We are ready,\" said Rodrigue Itoua, deputy secretary general of the ruling Congolese Labour Party.",
        "A Congolese official said it was \"a legal decision.\"",
    ];
    let a = attribute(&p, &[], Some("BRAZZAVILLE"));
    assert_eq!(a[1].countries, ["Republic of the Congo"]);
    assert_eq!(a[2].countries, ["Republic of the Congo"]);
    // Unless the text names the other state by a term of its own.
    let p = [
        "BRAZZAVILLE, May 3 (AFP) - Congo's court met after talks in Kinshasa.",
        "A Congolese official said it was \"a legal decision.\"",
    ];
    let a = attribute(&p, &[], Some("BRAZZAVILLE"));
    assert_eq!(a[1].countries, ["Democratic Republic of the Congo"]);
    let p = [
        "PYONGYANG, May 3 (AFP) - The North tested a missile.",
        "A Korean official said it was \"a legal decision.\"",
    ];
    let a = attribute(&p, &[], Some("PYONGYANG"));
    assert_eq!(a[1].countries, ["North Korea"]);
}

#[test]
fn a_lawmaker_for_the_ruling_party_speaks_in_its_countrys_politics() {
    let p = [
        "LIBREVILLE, May 3 (Reuters) - Gabon banned raw manganese exports.",
        "Paulette Nze, a lawmaker for the ruling Democratic Union of Builders, said the reform would be judged \"by the jobs it creates.\"",
    ];
    let a = attribute(&p, &[], Some("LIBREVILLE"));
    assert_eq!(a[1].speakers, ["Paulette Nze"]);
    assert_eq!(a[1].countries, ["Gabon"]);
}

#[test]
fn a_judge_is_the_states_and_an_observatory_is_no_states_body() {
    let p = [
        "MBABANE, May 3 (Reuters) - Eswatini's High Court heard the deportees' case.",
        "Judge Musa Fakudze turned down a request by the government to postpone the hearing. \"This court will not be rushed,\" he said.",
        "\"The match is over before kickoff,\" said Josue Bikindou, executive director of the Swazi Human Rights Observatory.",
    ];
    let a = attribute(&p, &[], Some("MBABANE"));
    assert_eq!(a[1].speakers, ["Musa Fakudze"]);
    assert_eq!(a[1].countries, ["Eswatini"]);
    assert_eq!(a[2].speakers, ["Josue Bikindou"]);
    assert!(a[2].countries.is_empty(), "{:?}", a[2].countries);
}

#[test]
fn an_unquoted_leads_unnamed_official_is_the_person_the_next_paragraph_names() {
    let p = [
        "LONDON, March 17 - The dollar is near appropriate levels against European currencies, a top Bundesbank official said.",
        "Board member Leonhard Gleske also told a conference that current rates \"can be viewed as equilibrium levels.\"",
    ];
    let a = attribute(&p, &[], Some("LONDON"));
    assert!(a[0].speakers.is_empty(), "{:?}", a[0].speakers);
    assert_eq!(a[1].speakers, ["Leonhard Gleske"]);
    assert_eq!(a[1].countries, ["Germany"]);
    // An unnamed official is never the head of state named next.
    let p = [
        "Two co-defendants will be executed on Thursday, according to an Iraqi government official.",
        "President George Bush said the trial had been \"fair.\"",
    ];
    let a = attribute(&p, &[], None);
    assert_eq!(a[1].speakers, ["George Bush"]);
    assert_ne!(a[1].countries, ["Iraq"]);
}

#[test]
fn an_officer_of_a_body_of_members_speaks_for_no_country() {
    let p = [
        "ACCRA, June 2 (Reuters) - Ghana raised fuel prices on Monday.",
        "\"Prices will rise again,\" said Kwame Asante, chairman of the Ghana Transport Owners' Council.",
        "The president of the Cocoa Exporters Association of Ghana, Ama Boateng, said sales had stalled. \"We cannot sell at this price,\" she said.",
        "\"Members are angry,\" said Yaw Mensah, vice president of the Ghanaian Teachers Confederation.",
        "Kofi Adjei, president of the drivers' union GPRTU, said drivers would \"not move an inch.\"",
        "\"The cap is welcome,\" said Efua Sarpong, chief executive of the Federation of Ghanaian Exporters.",
        "\"The budget is sound,\" said Finance Minister Nana Owusu.",
    ];
    let a = attribute(&p, &[], Some("ACCRA"));
    for (k, name) in [
        (1, "Kwame Asante"),
        (2, "Ama Boateng"),
        (3, "Yaw Mensah"),
        (4, "Kofi Adjei"),
        (5, "Efua Sarpong"),
    ] {
        assert_eq!(a[k].speakers, [name]);
        assert!(a[k].countries.is_empty(), "{k}: {:?}", a[k].countries);
    }
    assert_eq!(a[6].countries, ["Ghana"]);
}

#[test]
fn the_opening_names_of_one_longer_name_are_that_person() {
    let p = [
        "KOTA BHARU, Malaysia (AFP) - The talks resumed on Monday.",
        "The council's president, Wan Azizah Rahman, said the members wanted \"a fair deal.\"",
        "\"We will not wait forever,\" Wan Azizah told AFP.",
    ];
    let a = attribute(&p, &[], Some("KOTA BHARU"));
    assert_eq!(a[1].speakers, ["Wan Azizah Rahman"]);
    assert_eq!(a[2].speakers, ["Wan Azizah Rahman"]);
}

#[test]
fn a_longer_name_ending_in_a_known_bodys_name_is_not_that_body() {
    // `the National Security Council` is a state's body, not the U.N. Security Council: the
    // card's country stands.
    let p = [
        "BANGKOK (AFP) - Government negotiators agreed on Wednesday to a truce.",
        "Somchai Rattana, a former deputy director of the National Security Council, said the truce was \"a small step.\"",
    ];
    let cards = [KnownPerson {
        name: "Somchai Rattana",
        country: Some("Thailand"),
        bio: "Somchai Rattana leads the government's peace panel.",
    }];
    let a = attribute(&p, &cards, Some("BANGKOK"));
    assert_eq!(a[1].speakers, ["Somchai Rattana"]);
    assert_eq!(a[1].countries, ["Thailand"]);
}

#[test]
fn the_object_of_a_relative_clause_in_apposition_is_not_the_speaker() {
    let a = one("Mele Tupou, one of the three lawmakers who backed Siaosi Fifita, said the deal \"was the only way.\"");
    assert_eq!(a.speakers, ["Mele Tupou"]);
}

#[test]
fn a_capitalized_title_of_a_body_left_open_before_the_verb_describes_the_name_before_it() {
    let a = one("\"Wages must stay low,\" Kenji Arai, President of the Osaka Federation of Retailers' Associations told reporters.");
    assert_eq!(a.speakers, ["Kenji Arai"]);
}

#[test]
fn a_relative_clause_after_a_name_left_open_before_the_verb() {
    let a = one("Rania Haddad, who chaired the session said on Monday, \"the talks will resume.\"");
    assert_eq!(a.speakers, ["Rania Haddad"]);
}

#[test]
fn its_opening_a_paragraph_refers_to_the_last_sentence_of_the_one_before() {
    let p = [
        "OSLO (Reuters) - Norway will hold a vote on the fishing rules.",
        "The opposition Coastal Party, which governed for a decade, said the vote was a waste of money.",
        "Its leader, Kari Lund, said the government wanted \"to sell the sea.\"",
        "Statnett, the state-owned grid operator, has warned of shortages in the north.",
        "Its chief executive, Ola Berg, said the rules would \"take pressure off the grid.\"",
    ];
    let a = attribute(&p, &[], Some("OSLO"));
    assert_eq!(a[2].speakers, ["Kari Lund"]);
    assert_eq!(a[2].countries, ["Norway"]);
    assert_eq!(a[4].speakers, ["Ola Berg"]);
    assert_eq!(a[4].countries, ["Norway"]);
}

#[test]
fn its_portfolio_spokesman_after_a_party_speaks_in_its_countrys_politics() {
    let p = [
        "LISBON (Reuters) - Portugal passed a rent law on Tuesday.",
        "The Social Democratic Party said the law attacked owners. Its housing spokesman Rui Castro said the government was \"looking for culprits.\"",
    ];
    let a = attribute(&p, &[], Some("LISBON"));
    assert_eq!(a[1].speakers, ["Rui Castro"]);
    assert_eq!(a[1].countries, ["Portugal"]);
}

#[test]
fn a_spokesperson_for_a_states_embassy_speaks_for_that_state() {
    let p = [
        "SUVA (Reuters) - Fiji asked for debt relief.",
        "A spokesperson for China’s embassy in Suva said: “We attach great importance to these concerns.”",
        "A spokeswoman for the Japanese embassy said the request was \"under study.\"",
    ];
    let a = attribute(&p, &[], Some("SUVA"));
    assert!(a[1].speakers.is_empty(), "{:?}", a[1].speakers);
    assert_eq!(a[1].countries, ["China"]);
    assert_eq!(a[2].countries, ["Japan"]);
    // Not one in apposition to a name, who is the speaker.
    let a = one("Major General Tom Reyes, a spokesman for the Philippine army said: \"The area is secure.\"");
    assert_eq!(a.speakers, ["Tom Reyes"]);
}

#[test]
fn a_brussels_dateline_places_a_belgian_story_but_not_the_eus_officers() {
    let p = [
        "BRUSSELS (Reuters) - Belgian unions held a national strike against the pension reform.",
        "Pensions Minister Jan Maes said the government would not withdraw the bill. \"The door is open,\" he said.",
        "In Brussels, European Commission spokesman Luc Fontaine said the Commission \"follows the debate closely.\"",
        "\"We cannot plan,\" said Els Wouters, a spokeswoman for the charity Kind en Gezin.",
    ];
    let a = attribute(&p, &[], Some("BRUSSELS"));
    assert_eq!(a[1].speakers, ["Jan Maes"]);
    assert_eq!(a[1].countries, ["Belgium"]);
    assert_eq!(a[2].speakers, ["Luc Fontaine"]);
    assert!(a[2].countries.is_empty(), "{:?}", a[2].countries);
    assert_eq!(a[3].speakers, ["Els Wouters"]);
    assert!(a[3].countries.is_empty(), "{:?}", a[3].countries);
}

#[test]
fn an_officer_of_a_private_company_speaks_for_no_country_but_a_state_companys_does() {
    let p = [
        "ASUNCION (Reuters) - Paraguay will sell surplus power to Brazil.",
        "\"Demand is strong,\" said Luis Ortiz, vice-president of the securities firm, Banco Rio Capital.",
        "Felipe Rojas, president of Paraguay's state power company ANDE, said the sales \"could begin in January.\"",
    ];
    let a = attribute(&p, &[], Some("ASUNCION"));
    assert_eq!(a[1].speakers, ["Luis Ortiz"]);
    assert!(a[1].countries.is_empty(), "{:?}", a[1].countries);
    assert_eq!(a[2].countries, ["Paraguay"]);
}

#[test]
fn a_dateline_with_a_curly_apostrophe_is_the_gazetteers_place() {
    let p = [
        "NUKU’ALOFA, Aug 14 (Reuters) - Tonga asked its lenders for more time, its finance minister said.",
        "Finance Minister Sela Tupou said: “We are asking for time.”",
    ];
    let a = attribute(&p, &[], Some("NUKU’ALOFA"));
    assert_eq!(a[1].speakers, ["Sela Tupou"]);
    assert_eq!(a[1].countries, ["Tonga"]);
}

#[test]
fn a_place_name_that_is_a_known_persons_surname_is_that_person() {
    let p = [
        "MANILA (Reuters) - The Philippine central bank raised rates on Monday.",
        "Ramon Madrid, a spokesman for Metro Savings Bank, declined to give details.",
        "\"I would not like to comment on that,\" Madrid said.",
    ];
    let a = attribute(&p, &[], Some("MANILA"));
    assert_eq!(a[2].speakers, ["Ramon Madrid"]);
    assert!(a[2].organizations.is_empty(), "{:?}", a[2].organizations);
}

#[test]
fn an_officer_of_a_chamber_of_commerce_or_a_network_speaks_for_no_country() {
    let p = [
        "ULAANBAATAR (Reuters) - Mongolia's central bank raised its policy rate on Thursday.",
        "\"Credit is already expensive,\" said Bat Erdene, vice president of the Mongolian National Chamber of Commerce.",
        "\"The risk is violence,\" said Saran Tuya, executive director of the Civic Network for Fair Elections, a watchdog.",
    ];
    let a = attribute(&p, &[], Some("ULAANBAATAR"));
    assert_eq!(a[1].speakers, ["Bat Erdene"]);
    assert!(a[1].countries.is_empty(), "{:?}", a[1].countries);
    assert_eq!(a[2].speakers, ["Saran Tuya"]);
    assert!(a[2].countries.is_empty(), "{:?}", a[2].countries);
}

#[test]
fn a_speaker_of_parliament_is_a_lawmaker() {
    let p = [
        "ROME (Reuters) - Italy passed the budget on Thursday.",
        "\"The law will pass,\" said Marco Bianchi, speaker of parliament.",
    ];
    let a = attribute(&p, &[], Some("ROME"));
    assert_eq!(a[1].countries, ["Italy"]);
}

#[test]
fn officers_of_regional_bodies_speak_for_no_state() {
    let p = [
        "CONAKRY (Reuters) - Guinea and Sierra Leone agreed to mark their border.",
        "The Mano River Union's secretary general, Awa Kamara, said the bloc would \"keep both sides at the table.\"",
        "\"Rules are only as good as the data,\" said Peter Moyo, executive secretary of OKACOM.",
    ];
    let a = attribute(&p, &[], Some("CONAKRY"));
    assert_eq!(a[1].speakers, ["Awa Kamara"]);
    assert!(a[1].countries.is_empty(), "{:?}", a[1].countries);
    assert_eq!(a[2].speakers, ["Peter Moyo"]);
    assert!(a[2].countries.is_empty(), "{:?}", a[2].countries);
}

#[test]
fn a_spokesperson_for_the_mission_speaks_for_no_state() {
    let p = [
        "GOMA, Congo (Reuters) - Peacekeepers came under fire near Goma on Sunday.",
        "\"Attacks against peacekeepers may constitute war crimes,\" said Ines Moreau, a spokeswoman for the mission.",
    ];
    let a = attribute(&p, &[], Some("GOMA, Congo"));
    assert_eq!(a[1].speakers, ["Ines Moreau"]);
    assert!(a[1].countries.is_empty(), "{:?}", a[1].countries);
}

#[test]
fn the_head_of_an_ngos_national_office_speaks_for_no_state() {
    // Whatever country the card prints: the biography's office is an international NGO's.
    let p = [
        "SARAJEVO (Reuters) - Bosnia adopted a law on asset declarations.",
        "\"On paper this is progress,\" said Lejla Hodzic, who heads the Sarajevo office of Transparency International.",
    ];
    let cards = [KnownPerson {
        name: "Lejla Hodzic",
        country: Some("Bosnia and Herzegovina"),
        bio: "Hodzic has led Transparency International's office in Sarajevo since 2020.",
    }];
    let a = attribute(&p, &cards, Some("SARAJEVO"));
    assert_eq!(a[1].speakers, ["Lejla Hodzic"]);
    assert!(a[1].countries.is_empty(), "{:?}", a[1].countries);
}

#[test]
fn the_reverend_is_a_title_not_part_of_the_name() {
    let p = [
        "KINGSTON (Reuters) - Jamaica will vote on becoming a republic.",
        "The Council of Churches said it would ask for more time. Its president, the Reverend Paul Whyte, said voters needed \"a long public education campaign.\"",
        "\"We are not against it,\" said Rev. Ann Brown, a Methodist minister.",
    ];
    let a = attribute(&p, &[], Some("KINGSTON"));
    assert_eq!(a[1].speakers, ["Paul Whyte"]);
    assert_eq!(a[2].speakers, ["Ann Brown"]);
}

#[test]
fn a_rear_admirals_rank_is_a_title_not_part_of_the_name() {
    let a = one("Rear Adm. Mark Dalton, a Navy spokesman, said that \"the ship is safe.\"");
    assert_eq!(a.speakers, ["Mark Dalton"]);
}

#[test]
fn a_surname_with_an_elided_de_is_a_name() {
    let p = [
        "HALIFAX (Reuters) - Canada opened a marine park.",
        "Wayne d'Entremont, a lobster fisherman, said the park was too big.",
        "\"They keep telling us it is small,\" d'Entremont said.",
    ];
    let a = attribute(&p, &[], Some("HALIFAX"));
    assert_eq!(a[2].speakers, ["Wayne d'Entremont"]);
}

#[test]
fn a_countrys_national_company_is_no_private_body() {
    let p = [
        "BAMAKO (AFP) - Mali began rationing electricity on Wednesday.",
        "“We are producing with what we have,” Energy Minister Oumar Traore told reporters.",
    ];
    let cards = [KnownPerson {
        name: "Oumar Traore",
        country: Some("Mali"),
        bio: "Traore, a former director of Mali's national water company, was appointed energy minister in 2024.",
    }];
    let a = attribute(&p, &cards, Some("BAMAKO"));
    assert_eq!(a[1].speakers, ["Oumar Traore"]);
    assert_eq!(a[1].countries, ["Mali"]);
}

#[test]
fn a_spokesman_of_an_incorporated_company_speaks_for_no_country() {
    let p = [
        "DETROIT, April 9 - American motorists bought more used cars last year, a survey said.",
        "\"The sample shows that sales turned up,\" said Lee Carter, a Hertz Corp. spokesman.",
        "The rise followed changes in U.S. tax laws.",
    ];
    let a = attribute(&p, &[], Some("DETROIT"));
    assert_eq!(a[1].speakers, ["Lee Carter"]);
    assert!(a[1].countries.is_empty(), "{:?}", a[1].countries);
}

#[test]
fn a_possessive_set_apart_from_its_word_still_owns_the_title() {
    let a = one("\"Those who are in power are to be held responsible,\" Canada 's Prime Minister , Paul Martin , told his nation.");
    assert_eq!(a.speakers, ["Paul Martin"]);
    assert_eq!(a.countries, ["Canada"]);
}

#[test]
fn a_name_owning_an_adjective_and_a_noun_is_a_known_person() {
    let p = [
        "Governor Arnold Schwarzenegger backed Arizona Senator John McCain's presidential bid on Thursday.",
        "\"We can have reduced costs,\" McCain said.",
    ];
    let a = attribute(&p, &[], None);
    assert_eq!(a[1].speakers, ["John McCain"]);
}

#[test]
fn a_name_owning_a_capitalized_body_is_a_known_person() {
    let p = [
        "FREDERICTON - Voters ousted the government, giving Shawn Graham's Liberals a narrow victory.",
        "\"Welcome to a new era for our province,\" said Graham in his victory speech.",
    ];
    let a = attribute(&p, &[], None);
    assert_eq!(a[1].speakers, ["Shawn Graham"]);
}

#[test]
fn a_home_secretary_is_britains_unless_the_dateline_says_otherwise() {
    let p = [
        "Two policewomen were shot in Bradford city centre today.",
        "Home secretary Charles Clarke said, \"Incidents of this sort are mercifully rare.\"",
    ];
    let a = attribute(&p, &[], None);
    assert_eq!(a[1].speakers, ["Charles Clarke"]);
    assert_eq!(a[1].countries, ["United Kingdom"]);
    let p = [
        "NEW DELHI (Reuters) - India raised its security alert on Friday.",
        "\"We have no comments,\" said Home Secretary V.K. Duggal.",
    ];
    let a = attribute(&p, &[], Some("NEW DELHI"));
    assert_eq!(a[1].countries, ["India"]);
}

#[test]
fn the_chairman_of_a_national_bank_speaks_for_the_dateline_country() {
    let p = [
        "BISHKEK, Sept 3 (Reuters) - Kyrgyzstan's central bank said on Wednesday it would tighten checks.",
        "\"We will not allow it,\" National Bank Chairman Azamat Dzhumaliev told a news conference.",
    ];
    let a = attribute(&p, &[], Some("BISHKEK"));
    assert_eq!(a[1].speakers, ["Azamat Dzhumaliev"]);
    assert_eq!(a[1].countries, ["Kyrgyzstan"]);
}

#[test]
fn washingtons_officials_are_american_where_the_dispatch_names_only_others() {
    let p = [
        "WASHINGTON, March 12 - Commerce Secretary Malcolm Baldrige said he would not object to the sale of the company to Japan.",
        "\"I have no objection,\" Baldrige told reporters.",
    ];
    let a = attribute(&p, &[], Some("WASHINGTON"));
    assert_eq!(a[1].speakers, ["Malcolm Baldrige"]);
    assert_eq!(a[1].countries, ["United States"]);
}

#[test]
fn a_name_without_its_middle_initial_is_the_same_person() {
    let p = [
        "George W. Bush, the president of the United States, has suggested a growth package.",
        "When announcing the proposal George Bush said that \"Congress must act.\"",
    ];
    let a = attribute(&p, &[], None);
    assert_eq!(a[1].speakers, ["George W. Bush"]);
    assert_eq!(a[1].countries, ["United States"]);
    // (A suffix names someone else: the son.)
    let p = [
        "Ian Paisley, the first minister, met the party on Monday.",
        "\"We are ready,\" said Ian Paisley Jr, his son.",
    ];
    let a = attribute(&p, &[], None);
    assert_eq!(a[1].speakers, ["Ian Paisley Jr"]);
}

#[test]
fn a_lead_naming_one_countrys_states_places_a_dispatch_without_a_dateline() {
    let p = [
        "Two South Carolina supporters of a candidate pressured the state Democratic council to keep a comedian off the primary ballot.",
        "\"I placed the calls,\" said state Representative Bakari Sellers.",
    ];
    let day = time::macros::date!(2007 - 11 - 06);
    let a = attribute_dated(&p, &[], None, Some(day));
    assert_eq!(a[1].speakers, ["Bakari Sellers"]);
    assert_eq!(a[1].countries, ["United States"]);
    // (Not a state that is also the city of the United Nations.)
    let p = [
        "The Secretary General will present a plan to the General Assembly when it meets in New York later today.",
        "\"A lot of hard work lies ahead,\" said the ambassador to the UN, Allan Rock.",
    ];
    let a = attribute_dated(&p, &[], None, Some(day));
    assert!(a[1].countries.is_empty(), "{:?}", a[1].countries);
}

#[test]
fn the_banks_representative_after_the_world_bank_speaks_for_no_country() {
    let p = [
        "MANILA, June 2 - The World Bank's policies prevent it from lending money for land transfer in the Philippines, a bank official said.",
        "\"Our mandate is to finance investment,\" Rolando Arrivillaga, the bank's resident representative in the Philippines, told Reuters.",
    ];
    let a = attribute(&p, &[], Some("MANILA"));
    assert_eq!(a[1].speakers, ["Rolando Arrivillaga"]);
    assert!(a[1].countries.is_empty(), "{:?}", a[1].countries);
}

#[test]
fn a_card_of_an_armed_groups_spokesman_gives_a_nationality_not_a_state() {
    let cards = [KnownPerson {
        name: "Tun Myat Aung",
        country: Some("Myanmar"),
        bio: "Tun Myat Aung is a spokesman for the Arakan Army, the ethnic Rakhine armed group that controls most of northern Rakhine state.",
    }];
    let a = attribute(
        &["“Nobody can return anyone to Maungdaw,” Arakan Army spokesman Tun Myat Aung said."],
        &cards,
        None,
    );
    assert_eq!(a[0].speakers, ["Tun Myat Aung"]);
    assert!(a[0].countries.is_empty(), "{:?}", a[0].countries);
}

#[test]
fn a_wiki_category_label_run_into_the_lead_is_no_part_of_its_sentence() {
    let p = [
        "Australian news Australian Prime Minister , Kevin Rudd faced intense scrutiny in federal parliament on Tuesday.",
        "\"We will act,\" Mr Rudd said.",
    ];
    let day = time::macros::date!(2008 - 03 - 12);
    let a = attribute_dated(&p, &[], None, Some(day));
    assert_eq!(a[1].speakers, ["Kevin Rudd"]);
    assert_eq!(a[1].countries, ["Australia"]);
}

#[test]
fn new_south_wales_is_australian_not_welsh() {
    let a =
        one("New South Wales opposition leader, Peter Debnam said the backlog was \"a disgrace.\"");
    assert_eq!(a.speakers, ["Peter Debnam"]);
    assert_eq!(a.countries, ["Australia"]);
}

#[test]
fn said_before_an_occupation_and_a_name() {
    let a = one("\"We heard about the dam on the radio,\" said dairy farmer Walter Cabrera.");
    assert_eq!(a.speakers, ["Walter Cabrera"]);
    assert!(a.countries.is_empty(), "{:?}", a.countries);
    let a = one(
        "\"I'm sick and tired of it,\" said protester Barbara Keeton, speaking to a TV station.",
    );
    assert_eq!(a.speakers, ["Barbara Keeton"]);
}

#[test]
fn a_capital_that_opens_a_two_word_name_is_a_first_name() {
    let a = one("\"The market was expecting some loosening,\" said Santiago Restrepo, head of Andean strategy at XP Investments.");
    assert_eq!(a.speakers, ["Santiago Restrepo"]);
}

#[test]
fn a_name_after_an_honorific_is_a_persons_even_when_it_names_buildings() {
    let a = one("Mr Hall said: \"Obviously we won't know until the Guy Fawkes period.\"");
    assert_eq!(a.speakers, ["Hall"]);
    assert!(a.organizations.is_empty(), "{:?}", a.organizations);
}

#[test]
fn a_story_without_a_dateline_that_keeps_naming_one_country_is_about_its_politics() {
    let p = [
        "The government has announced a review of the fireworks laws, the third this decade.",
        "Fireworks sales in New Zealand will be limited to three days, and New Zealand retailers must keep them locked.",
        "\"This aims to restrict young teenagers,\" said Environment Minister David Benson-Pope, adding that New Zealand families enjoy Guy Fawkes night.",
    ];
    let day = time::macros::date!(2006 - 12 - 22);
    let a = attribute_dated(&p, &[], None, Some(day));
    assert_eq!(a[2].speakers, ["David Benson-Pope"]);
    assert_eq!(a[2].countries, ["New Zealand"]);
    // (Not when another country is named often too: whose minister is unknown.)
    let p = [
        "The government has announced a review of the fireworks laws, the third this decade.",
        "Fireworks sales in New Zealand and Australia will be limited, and New Zealand and Australian retailers must keep them locked.",
        "\"This aims to restrict young teenagers,\" said Environment Minister David Benson-Pope, adding that New Zealand families enjoy Guy Fawkes night.",
    ];
    let a = attribute_dated(&p, &[], None, Some(day));
    assert!(a[2].countries.is_empty(), "{:?}", a[2].countries);
}

#[test]
fn the_president_of_a_body_named_after_a_nationality_speaks_for_no_state() {
    let p = [
        "PHNOM PENH, June 2 (Reuters) - Cambodia disputed the figure.",
        "\"It is wrong,\" said Kek Galabru, president of the Cambodian League for the Promotion and Defense of Human Rights.",
        "Opposition lawmaker Sam Rainsy, a member of the Cambodian Salvation Forum, said: \"We support it.\"",
    ];
    let a = attribute(&p, &[], Some("PHNOM PENH"));
    assert_eq!(a[1].speakers, ["Kek Galabru"]);
    assert!(a[1].countries.is_empty(), "{:?}", a[1].countries);
    // (A political grouping is its country's politics.)
    assert_eq!(a[2].countries, ["Cambodia"]);
}

#[test]
fn its_officer_after_a_state_body_is_the_dispatchs_official() {
    let p = [
        "MUSCAT, Sept 2 (Reuters) - Oman will introduce a personal income tax in 2028.",
        "The Tax Authority will begin registering taxpayers in 2027. Its chairman, Khalid al-Rawahi, said individuals would file \"one return a year.\"",
        "The Oman Bankers' Association had asked the central bank to delay. Its chairman, Said al-Harthy, said members would \"live with it.\"",
    ];
    let a = attribute(&p, &[], Some("MUSCAT"));
    assert_eq!(a[1].speakers, ["Khalid al-Rawahi"]);
    assert_eq!(a[1].countries, ["Oman"]);
    assert_eq!(a[2].speakers, ["Said al-Harthy"]);
    assert!(a[2].countries.is_empty(), "{:?}", a[2].countries);
}

#[test]
fn a_partys_lawmaker_is_in_the_datelines_politics_whatever_the_party() {
    let p = [
        "HELSINKI, Sept 2 (Reuters) - Finland will cut housing support, the government said.",
        "\"You move the cost to the municipalities,\" Social Democrat lawmaker Hanna Salo told Reuters.",
        "\"This is a coup,\" said Aino Virtanen, chief whip of the opposition Citizens' Coalition.",
        "\"Nobody should lose a home,\" said Mikael Venter, the senior counsel representing the party.",
    ];
    let a = attribute(&p, &[], Some("HELSINKI"));
    assert_eq!(a[1].countries, ["Finland"]);
    assert_eq!(a[2].countries, ["Finland"]);
    // (A lawyer for a party in court is no politician.)
    assert_eq!(a[3].speakers, ["Mikael Venter"]);
    assert!(a[3].countries.is_empty(), "{:?}", a[3].countries);
}

#[test]
fn board_members_in_a_central_bank_story_are_its_states_officials() {
    let p = [
        "WARSAW, Nov 5 (Reuters) - Poland's central bank held interest rates on Wednesday.",
        "\"We should wait,\" Council member Joanna Kurek-Mazur said.",
        "\"It is a risk,\" Co-director Olga Pardo said.",
    ];
    let a = attribute(&p, &[], Some("WARSAW"));
    assert_eq!(a[1].speakers, ["Joanna Kurek-Mazur"]);
    assert_eq!(a[1].countries, ["Poland"]);
    assert_eq!(a[2].speakers, ["Olga Pardo"]);
    assert_eq!(a[2].countries, ["Poland"]);
}

#[test]
fn a_story_filed_from_two_cities_is_placed_by_the_first() {
    let p = [
        "BEIRUT/NICOSIA, March 18 (Reuters) - Lebanon's parliament ratified its sea border with Cyprus on Wednesday.",
        "\"Investors want clear borders,\" Energy Minister Rana Khoury told Reuters.",
    ];
    let a = attribute(&p, &[], Some("BEIRUT/NICOSIA"));
    assert_eq!(a[1].speakers, ["Rana Khoury"]);
    assert_eq!(a[1].countries, ["Lebanon"]);
}

#[test]
fn a_national_state_companys_officer_speaks_for_its_state() {
    let a = one("\"The venture will keep production,\" Codelco Chairman Rodrigo Aravena said.");
    assert_eq!(a.countries, ["Chile"]);
    let a =
        one("\"We need the plant,\" said Andrei Veselov, Rosatom's first deputy director general.");
    assert_eq!(a.countries, ["Russia"]);
}

#[test]
fn an_ombudsman_is_a_state_official() {
    let p = [
        "LIMA, Peru, March 12 (AP) - Peru's Congress censured the interior minister on Thursday.",
        "Ombudsman Teresa Llanos told RPP radio that a state of emergency \"is not a security policy.\"",
    ];
    let a = attribute(&p, &[], Some("LIMA, Peru"));
    assert_eq!(a[1].speakers, ["Teresa Llanos"]);
    assert_eq!(a[1].countries, ["Peru"]);
}

#[test]
fn its_after_a_quote_refers_to_the_public_body_of_the_sentence_before() {
    let p = [
        "NUKU'ALOFA, Aug 14 (Reuters) - Tonga asked its lenders for more time.",
        "The National Reserve Bank of Tonga said last month that reserves covered 12 months of imports. \"Our reserves are comfortable for now,\" its governor, Losaline Vea, said on Wednesday.",
        "The Bank of America said last month that it would lend. \"We are ready,\" its chairman, Tom Hale, said.",
    ];
    let a = attribute(&p, &[], Some("NUKU'ALOFA"));
    assert_eq!(a[1].speakers, ["Losaline Vea"]);
    assert_eq!(a[1].countries, ["Tonga"]);
    // (Not a private bank named after a country.)
    assert!(
        !a[2].countries.contains(&"United States".to_string()),
        "{:?}",
        a[2].countries
    );
}

#[test]
fn the_head_of_a_local_government_is_an_official_of_its_state() {
    let p = [
        "MAUN, Botswana, May 21 (Reuters) - Botswana will open a lodge, the Tourism Association of Botswana said.",
        "The chairman of the Ngamiland district council, Oabona Kgosietsile, said local communities should have \"a role.\"",
        "\"We want a say,\" said Kabo Molefe, chairman of the Maun district council.",
    ];
    let a = attribute(&p, &[], Some("MAUN, Botswana"));
    assert_eq!(a[1].speakers, ["Oabona Kgosietsile"]);
    assert_eq!(a[1].countries, ["Botswana"]);
    assert_eq!(a[2].countries, ["Botswana"]);
}

#[test]
fn who_heads_a_state_body_is_an_official_of_the_dispatchs_state() {
    let p = [
        "KUWAIT, Sept 10 (Reuters) - Kuwait will issue debt, the government said.",
        "Mishari al-Othman, who heads the finance ministry's public debt department, said the ministry would \"launch a programme.\"",
        "\"Masks help,\" said Dr. Imran Qazi, who heads the hospital's pulmonology department.",
    ];
    let a = attribute(&p, &[], Some("KUWAIT"));
    assert_eq!(a[1].speakers, ["Mishari al-Othman"]);
    assert_eq!(a[1].countries, ["Kuwait"]);
    // (Not a hospital's department.)
    assert_eq!(a[2].speakers, ["Imran Qazi"]);
    assert!(a[2].countries.is_empty(), "{:?}", a[2].countries);
}

#[test]
fn one_of_the_lawmakers_is_a_lawmaker() {
    let p = [
        "TUNIS, Tunisia (AP) - Tunisia's parliament passed the budget.",
        "Lamia Jaziri, one of the lawmakers who voted against the law, said it was \"a mistake.\"",
    ];
    let a = attribute(&p, &[], Some("TUNIS, Tunisia"));
    assert_eq!(a[1].speakers, ["Lamia Jaziri"]);
    assert_eq!(a[1].countries, ["Tunisia"]);
}

#[test]
fn a_member_of_a_named_party_is_in_the_datelines_politics() {
    let p = [
        "ULAANBAATAR, Mongolia, Oct 2 (AP) - Mongolia signed a pipeline deal with China.",
        "\"We learned the route from the news,\" said Purevdorjiin Solongo of the Democratic Party.",
        "\"Every kilometer is given away,\" said Bat Erdene of the opposition Hayastan bloc.",
    ];
    let a = attribute(&p, &[], Some("ULAANBAATAR, Mongolia"));
    assert_eq!(a[1].speakers, ["Purevdorjiin Solongo"]);
    assert_eq!(a[1].countries, ["Mongolia"]);
    // (A bloc may sit in another country's parliament: no guess.)
    assert!(a[2].countries.is_empty(), "{:?}", a[2].countries);
}

#[test]
fn a_narrowed_portfolio_before_a_title_is_part_of_the_title() {
    let p = [
        "MANILA, Oct 7 (Reuters) - The Philippines suspended 41 engineers.",
        "Public Works Secretary Danilo Pascual said the department had barred nine companies.",
        "\"We are cleaning house,\" Pascual said.",
    ];
    let a = attribute(&p, &[], Some("MANILA"));
    assert_eq!(a[2].speakers, ["Danilo Pascual"]);
    assert_eq!(a[2].countries, ["Philippines"]);
}

#[test]
fn a_word_before_an_abbreviated_legislators_title_is_their_seat_or_party() {
    let p = [
        "NAIROBI, Kenya, March 18, 2026 (AP) — Kenya's Senate approved a new formula.",
        "Mandera Sen. Abdikadir Hussein Noor said the new weights would cut his county's share.",
        "\"We were promised,\" he said.",
    ];
    let a = attribute(&p, &[], Some("NAIROBI, Kenya"));
    assert_eq!(a[2].speakers, ["Abdikadir Hussein Noor"]);
    assert_eq!(a[2].countries, ["Kenya"]);
}

#[test]
fn a_partys_politician_speaks_in_its_countrys_politics() {
    let p = [
        "Wednesday, March 5, 2008",
        "Politicians argued about the federal budget on Tuesday.",
        "Bloc Québécois leader Gilles Duceppe said the budget ignored the provinces. \"It is a budget for Toronto,\" he said.",
        "\"We will not support it,\" said Otniel Schneller, a Likud lawmaker.",
    ];
    let a = attribute(&p, &[], None);
    assert_eq!(a[2].speakers, ["Gilles Duceppe"]);
    assert_eq!(a[2].countries, ["Canada"]);
    assert_eq!(a[3].speakers, ["Otniel Schneller"]);
    assert_eq!(a[3].countries, ["Israel"]);
}

#[test]
fn a_region_before_a_ranked_office_names_its_country() {
    let p = [
        "Wednesday, March 5, 2008",
        "Officials argued about water sharing on Tuesday.",
        "Maharashtra Chief Minister Vilasrao Deshmukh said the plan was unfair. \"It is bad,\" he said.",
        "\"We will sue,\" said Victorian Premier John Brumby.",
    ];
    let a = attribute(&p, &[], None);
    assert_eq!(a[2].speakers, ["Vilasrao Deshmukh"]);
    assert_eq!(a[2].countries, ["India"]);
    assert_eq!(a[3].speakers, ["John Brumby"]);
    assert_eq!(a[3].countries, ["Australia"]);
}

#[test]
fn the_head_of_a_state_company_named_by_its_trade_speaks_for_the_state() {
    let p = [
        "DUSHANBE, Tajikistan, March 5 (Reuters) - Tajikistan cut power exports.",
        "Rustam Kholov, head of the state power company Barqi Tojik, said the cuts would last. \"The rivers are low,\" he said.",
        "The head of the state gas company, Davron Saidov, said supplies were stable. \"We have enough,\" he said.",
    ];
    let a = attribute(&p, &[], Some("DUSHANBE, Tajikistan"));
    assert_eq!(a[1].speakers, ["Rustam Kholov"]);
    assert_eq!(a[1].countries, ["Tajikistan"]);
    assert_eq!(a[2].speakers, ["Davron Saidov"]);
    assert_eq!(a[2].countries, ["Tajikistan"]);
}

#[test]
fn a_lowercase_body_word_inside_the_clause_subjects_title() {
    let p = [
        "TEHRAN, March 5 (Reuters) - Iran rejected a European offer on Thursday.",
        "Foreign ministry spokesman Hamid Reza Asefi rejected the offer, saying \"We intend to become a major player.\"",
        "A foreign ministry statement described the decision by Canada as \"unjustified\" and called for talks.",
    ];
    let a = attribute(&p, &[], Some("TEHRAN"));
    assert_eq!(a[1].speakers, ["Hamid Reza Asefi"]);
    assert_eq!(a[1].countries, ["Iran"]);
    // (A statement's subject is no person, and the country it names is not its speaker.)
    assert!(a[2].speakers.is_empty(), "{:?}", a[2].speakers);
    assert!(!a[2].organizations.contains(&"Canada".to_string()));
}

#[test]
fn a_chambers_speaker_a_superintendent_and_a_deputy_are_the_datelines() {
    let p = [
        "PANAMA CITY, Nov 4 (Reuters) - Panama's congress voted on the mining contract.",
        "\"The debate is closed,\" said Speaker Dana Castaneda.",
        "\"They call it an audit,\" said Marta Villarreal, a deputy of the independent Vamos coalition.",
        "The superintendent of electricity, Carmen Liriano, said tariffs would not rise. \"There is no room,\" she said.",
    ];
    let a = attribute(&p, &[], Some("PANAMA CITY"));
    assert_eq!(a[1].speakers, ["Dana Castaneda"]);
    assert_eq!(a[1].countries, ["Panama"]);
    assert_eq!(a[2].speakers, ["Marta Villarreal"]);
    assert_eq!(a[2].countries, ["Panama"]);
    assert_eq!(a[3].speakers, ["Carmen Liriano"]);
    assert_eq!(a[3].countries, ["Panama"]);
}

#[test]
fn a_partys_critic_or_candidate_and_a_council_member_are_the_datelines() {
    let p = [
        "OTTAWA, June 3 (Reuters) - Canada's parliament debated the farm bill.",
        "\"The bill is late,\" said Conservative agriculture critic Mark Reddekopp.",
        "\"We will win the seat,\" said Labor candidate David Bradbury.",
        "\"The pact keeps the state standing,\" council member Rosemond Pierre-Louis told reporters.",
    ];
    let a = attribute(&p, &[], Some("OTTAWA"));
    for (k, name) in [
        (1, "Mark Reddekopp"),
        (2, "David Bradbury"),
        (3, "Rosemond Pierre-Louis"),
    ] {
        assert_eq!(a[k].speakers, [name]);
        assert_eq!(a[k].countries, ["Canada"], "{name}");
    }
}

#[test]
fn an_office_only_a_state_gives_outweighs_the_body_named_with_it() {
    let p = [
        "LONDON, March 5 (Reuters) - Britain will sell its BP shares.",
        "Treasury Financial Secretary Norman Lamont made the announcement to Parliament. He said, \"The government will sell its shares.\"",
        "\"Oh, it is much too late,\" Texas Democratic Senator Lloyd Bentsen said.",
    ];
    let a = attribute(&p, &[], Some("LONDON"));
    assert_eq!(a[1].speakers, ["Norman Lamont"]);
    assert_eq!(a[1].countries, ["United Kingdom"]);
    // (A region and party before the title name its own country.)
    assert_eq!(a[2].speakers, ["Lloyd Bentsen"]);
    assert_eq!(a[2].countries, ["United States"]);
}

#[test]
fn a_trade_unions_officer_speaks_for_no_state() {
    let p = [
        "LONDON, March 5 (Reuters) - Britain will sell its BP shares.",
        "\"We want peace, but peace comes at a price,\" union president Owen Bieber said.",
        "\"We will strike,\" said union official Ross Wilson.",
    ];
    let a = attribute(&p, &[], Some("LONDON"));
    assert_eq!(a[1].speakers, ["Owen Bieber"]);
    assert!(a[1].countries.is_empty(), "{:?}", a[1].countries);
    assert_eq!(a[2].speakers, ["Ross Wilson"]);
    assert!(a[2].countries.is_empty(), "{:?}", a[2].countries);
}

#[test]
fn a_quote_after_a_kind_of_work_is_a_title_only_when_capitalized() {
    let p = [
        "ADDIS ABABA, March 5 (Reuters) - Ethiopia received the second tranche of its loan.",
        "The IMF's mission chief for Ethiopia, Lena Hartmann, said separately that the programme \"remains on track\" ahead of the next review.",
        "Senator Charles Hale, on the NBC program \"Today,\" said the plan was \"a disaster for the farm belt.\"",
    ];
    let a = attribute(&p, &[], Some("ADDIS ABABA"));
    assert_eq!(a[1].speakers, ["Lena Hartmann"]);
    // (`Today` is the programme's title, not anyone's words; the later quote is Hale's.)
    assert_eq!(a[2].speakers, ["Charles Hale"]);
}

#[test]
fn he_or_she_after_a_body_means_the_last_person_with_a_role() {
    let p = [
        "PRETORIA, Jan 29 (Reuters) - South Africa's central bank cut its main lending rate.",
        "Governor Thandeka Mokoena said the lower target had anchored expectations.",
        "She flagged electricity tariffs as the main risk. State utility Eskom has asked the regulator for a double-digit increase.",
        "\"If the tariff decision comes in well above what we have pencilled in, we will look at it very carefully,\" she said.",
    ];
    let a = attribute(&p, &[], Some("PRETORIA"));
    assert_eq!(a[3].speakers, ["Thandeka Mokoena"]);
}

#[test]
fn a_foreign_ministry_spokesman_speaks_where_the_sentence_has_him_speak() {
    let p = [
        "Yerevan (AFP) - Armenia and Azerbaijan agreed on Wednesday on the line of their border.",
        "Foreign ministry spokesman Ramil Guliyev repeated that demand in Baku on Wednesday. \"Border work is important,\" he told reporters.",
        "\"Whatever is agreed has to be verifiable,\" IAEA spokesperson Elena Varga said in Vienna.",
    ];
    let a = attribute(&p, &[], Some("Yerevan"));
    assert_eq!(a[1].speakers, ["Ramil Guliyev"]);
    assert_eq!(a[1].countries, ["Azerbaijan"]);
    // (An international body's spokesperson may speak in its host's capital.)
    assert_eq!(a[2].speakers, ["Elena Varga"]);
    assert!(a[2].countries.is_empty(), "{:?}", a[2].countries);
}

#[test]
fn rep_without_a_period_is_a_legislators_title() {
    let p = [
        "WASHINGTON, Oct 20 (Reuters) - Stocks fell sharply on Monday.",
        "\"The budget deficit is to blame,\" said Rep David Obey.",
    ];
    let a = attribute(&p, &[], Some("WASHINGTON"));
    assert_eq!(a[1].speakers, ["David Obey"]);
    assert_eq!(a[1].countries, ["United States"]);
}

#[test]
fn a_countrys_armed_forces_after_the_name_are_its_state() {
    let p = [
        "BAGHDAD, Aug 19 (Reuters) - Two rockets were fired at ships in the port of Aqaba.",
        "Commander Jeff Breslau of the U.S. Fifth Fleet told reporters \"a rocket flew over the bow.\"",
        "Brigadier Ed Butler, Commander of the British forces in Afghanistan, said \"the tempo is high.\"",
    ];
    let a = attribute(&p, &[], Some("BAGHDAD"));
    assert_eq!(a[1].speakers, ["Jeff Breslau"]);
    assert_eq!(a[1].countries, ["United States"]);
    assert_eq!(a[2].speakers, ["Ed Butler"]);
    assert_eq!(a[2].countries, ["United Kingdom"]);
}

#[test]
fn an_office_at_a_countrys_own_ministry_is_that_countrys() {
    let p = [
        "BAGHDAD, March 11 - Iraq said its forces had crushed an attack on a mountain peak.",
        "The political department head at Iraq's Defence Ministry, Abdul Jabbar Muhsen, said fighting was \"continuing in the north.\"",
    ];
    let a = attribute(&p, &[], Some("BAGHDAD"));
    assert_eq!(a[1].speakers, ["Abdul Jabbar Muhsen"]);
    assert_eq!(a[1].countries, ["Iraq"]);
}

#[test]
fn its_after_a_party_placed_by_in_country_is_that_countrys() {
    let p = [
        "ATHENS, Feb 18 (AP) - Greece and Turkey resumed talks on their maritime dispute.",
        "In Turkey, the main opposition Republican People's Party said it supported dialogue. Its deputy chair for foreign affairs, Selin Aksoy, wrote that the talks must \"defend every one of our rights.\"",
    ];
    let a = attribute(&p, &[], Some("ATHENS"));
    assert_eq!(a[1].speakers, ["Selin Aksoy"]);
    assert_eq!(a[1].countries, ["Turkey"]);
}

#[test]
fn one_of_its_lawmakers_after_a_party_is_a_legislator() {
    let p = [
        "ZAGREB, Nov 20 (Reuters) - Croatia raised its bed tax on Wednesday.",
        "The opposition Social Democratic Party voted against the law. Petra Kovac, one of its lawmakers, called it \"a plaster on a broken leg.\"",
    ];
    let a = attribute(&p, &[], Some("ZAGREB"));
    assert_eq!(a[1].speakers, ["Petra Kovac"]);
    assert_eq!(a[1].countries, ["Croatia"]);
}

#[test]
fn its_office_after_a_region_is_the_regions_country() {
    let p = [
        "CANBERRA, March 12 (AP) - Australia will buy back water rights from farmers.",
        // (`Victoria` is also a capital, the Seychelles'; the dispatch names Australia.)
        "Victoria, which has long opposed buybacks, said it would not cooperate. Its water minister, Hamish Trethowan, said the state had \"given up more than its share.\"",
    ];
    let a = attribute(&p, &[], Some("CANBERRA"));
    assert_eq!(a[1].speakers, ["Hamish Trethowan"]);
    assert_eq!(a[1].countries, ["Australia"]);
}

#[test]
fn a_usual_title_in_apposition_after_the_name_gives_its_country() {
    let p = [
        "The House of Representatives passed a resolution on Iraq on Thursday.",
        "John Boehner , Republican House Majority Leader, said, \"Retreat is not an option in Iraq.\"",
        "\"It's time to face the facts,\" said Nancy Pelosi, the House minority leader.",
    ];
    let date = time::Date::from_calendar_date(2006, time::Month::June, 16).ok();
    let a = attribute_dated(&p, &[], None, date);
    assert_eq!(a[1].speakers, ["John Boehner"]);
    assert_eq!(a[1].countries, ["United States"]);
    assert_eq!(a[2].speakers, ["Nancy Pelosi"]);
    assert_eq!(a[2].countries, ["United States"]);
}

#[test]
fn a_ministry_placed_in_a_capital_is_that_countrys() {
    let p = [
        "WASHINGTON, Jan 8 (Reuters) - The Pentagon released a video of Iranian boats near U.S. warships.",
        "\"That is something normal,\" said Mohammed Ali Hosseini, a spokesman for the Foreign ministry in Tehran.",
        "\"We are watching,\" said Ali Reza, a spokesman for the Swiss embassy in Tehran.",
    ];
    let a = attribute(&p, &[], Some("WASHINGTON"));
    assert_eq!(a[1].speakers, ["Mohammed Ali Hosseini"]);
    assert_eq!(a[1].countries, ["Iran"]);
    // (An embassy sits abroad: its capital is not its country.)
    assert_ne!(a[2].countries, ["Iran"]);
}

#[test]
fn a_title_in_apposition_after_a_name_describes_it_whatever_word_opens_it() {
    let p = [
        "BELGRADE, Jan 5 (AFP) - Serbia approved a lithium mine on Monday.",
        "Chris Whitfield, managing director of the miner's Serbian unit Rio Sava, told AFP the company had \"listened and changed the project.\"",
        "\"A meeting is not imminent,\" Antonio Pedone, economic adviser to Treasury Minister Giuliano Amato, said in an interview.",
        "In Zagreb, Ivana Peric, the head of gas transmission operator Plinacro, said the company was ready \"as soon as our partners are.\"",
        "Tom Clarke, Coordinator of the Timor Sea Justice Campaign, argues that \"the stance is hypocritical.\"",
        "Priya Nair of the Indian Federation of App-based Transport Workers, a union, said the law was \"a beginning, not the end.\"",
    ];
    let a = attribute(&p, &[], Some("BELGRADE"));
    assert_eq!(a[1].speakers, ["Chris Whitfield"]);
    assert_eq!(a[2].speakers, ["Antonio Pedone"]);
    assert_eq!(a[3].speakers, ["Ivana Peric"]);
    assert_eq!(a[4].speakers, ["Tom Clarke"]);
    assert_eq!(a[5].speakers, ["Priya Nair"]);
}

#[test]
fn a_title_after_an_opening_phrase_is_the_next_names_own() {
    let p = [
        "GENEVA, Mar 3 (AP) - A UN committee reviewed Australia's record on racism.",
        "After reciting a list of anti-racism initiatives, ambassador to the UN Mike Smith, described the committee's work as \"cursory\" and \"unreasonable\".",
    ];
    let a = attribute(&p, &[], Some("GENEVA"));
    assert_eq!(a[1].speakers, ["Mike Smith"]);
}

#[test]
fn a_cards_nationality_yields_to_an_office_at_a_firm_in_the_text() {
    let p = [
        "BELGRADE, Jan 27 (AFP) - Serbia granted a mining company the main permit for a lithium mine.",
        "Chris Whitfield, managing director of Rio Tinto's Serbian unit Rio Sava, told AFP the company had \"listened and changed the project.\"",
        "\"We are not asking for a favour,\" Nasreen Haque, the water adviser in Serbia's government, told reporters.",
    ];
    let cards = [
        KnownPerson {
            name: "Chris Whitfield",
            country: Some("United Kingdom"),
            bio: "Whitfield, a British mining engineer, has run the unit since 2023.",
        },
        // (A career in a card's biography is not the office held now.)
        KnownPerson {
            name: "Nasreen Haque",
            country: Some("Serbia"),
            bio: "Haque, a hydrologist who taught at the Belgrade University of Technology, joined the government in 2024.",
        },
    ];
    let a = attribute(&p, &cards, Some("BELGRADE"));
    assert_eq!(a[1].speakers, ["Chris Whitfield"]);
    assert!(a[1].countries.is_empty(), "{:?}", a[1].countries);
    assert_eq!(a[2].speakers, ["Nasreen Haque"]);
    assert_eq!(a[2].countries, ["Serbia"]);
}

#[test]
fn its_officer_after_a_party_is_in_the_countrys_politics() {
    let p = [
        "VILNIUS, Dec 4 (Reuters) - Lithuania passed its budget on Thursday.",
        "The opposition conservative Homeland Union voted against the budget. Its leader in parliament, Laurynas Vaitkus, said the government was \"borrowing against our children.\"",
        "The main opposition Democratic Progressive Party said the government had been slow. Its spokesman on agriculture, Peter Chidothi, said the deal had come \"three months late.\"",
    ];
    let a = attribute(&p, &[], Some("VILNIUS"));
    assert_eq!(a[1].speakers, ["Laurynas Vaitkus"]);
    assert_eq!(a[1].countries, ["Lithuania"]);
    assert_eq!(a[2].speakers, ["Peter Chidothi"]);
    assert_eq!(a[2].countries, ["Lithuania"]);
}

#[test]
fn a_month_after_a_first_name_or_honorific_is_a_surname() {
    let p = [
        "OTTAWA, Jan 5 (AP) - Canada's Green Party opened its campaign on Monday.",
        "Green Party leader Elizabeth May launched the campaign, saying \"It is time.\"",
        "\"It is entirely fitting,\" Mrs May said.",
        "Last August, officials said the vote was \"likely.\"",
    ];
    let a = attribute(&p, &[], Some("OTTAWA"));
    assert_eq!(a[1].speakers, ["Elizabeth May"]);
    assert_eq!(a[2].speakers, ["Elizabeth May"]);
    assert!(a[3].speakers.is_empty(), "{:?}", a[3].speakers);
}

#[test]
fn a_lone_month_before_a_speech_verb_names_a_known_person() {
    let p = [
        "LONDON, Jan 5 (Reuters) - Prime Minister Theresa May spoke to her party on Monday.",
        "\"It is entirely fitting,\" May said.",
        "\"It is a good deal\", May stated.",
        "The report released in May said the economy was \"weak.\"",
    ];
    let a = attribute(&p, &[], Some("LONDON"));
    assert_eq!(a[1].speakers, ["Theresa May"]);
    assert_eq!(a[2].speakers, ["Theresa May"]);
    assert!(a[3].speakers.is_empty(), "{:?}", a[3].speakers);
}

#[test]
fn a_name_of_a_body_described_by_lowercase_words_is_the_speaker() {
    let p = [
        "NICOSIA, Jan 5 (Reuters) - Cyprus offered cash to refugees who leave.",
        "Eleni Pavlou of the migrant support group KISA said refugees feared being \"pushed out quietly.\"",
        "Juan Perez of the governing Morena party said the plan was \"fair.\"",
    ];
    let a = attribute(&p, &[], Some("NICOSIA"));
    assert_eq!(a[1].speakers, ["Eleni Pavlou"]);
    assert!(a[1].organizations.is_empty(), "{:?}", a[1].organizations);
    assert_eq!(a[2].speakers, ["Juan Perez"]);
}

#[test]
fn a_place_tacked_on_after_near_is_no_subject() {
    let p = [
        "RABAT, June 28 (Reuters) - Morocco and Spain reopened customs posts on Wednesday.",
        "Driss Ouali, head of the chamber of commerce in Nador, near Melilla, said importers wanted \"rules on paper.\"",
    ];
    let a = attribute(&p, &[], Some("RABAT"));
    assert_eq!(a[1].speakers, ["Driss Ouali"]);
}

#[test]
fn a_regions_commissioner_with_a_domain_between_is_of_its_country() {
    let p = [
        "Oil output fell in the first quarter, producers said.",
        "Texas Railroad Commissioner James Nugent said the oilpatch \"cannot wait.\"",
        "Ontario Energy Commissioner Anne Leduc said prices were \"too high.\"",
    ];
    let a = attribute(&p, &[], None);
    assert_eq!(a[1].countries, ["United States"]);
    assert_eq!(a[2].countries, ["Canada"]);
}

#[test]
fn a_shadow_minister_is_in_the_datelines_politics() {
    let p = [
        "LONDON, Feb 10 (Reuters) - Britain agreed a steel deal on Monday.",
        "The opposition said the deal had taken too long. Shadow business secretary Andrew Tolley called it \"a partial fix.\"",
    ];
    let a = attribute(&p, &[], Some("LONDON"));
    assert_eq!(a[1].speakers, ["Andrew Tolley"]);
    assert_eq!(a[1].countries, ["United Kingdom"]);
}

#[test]
fn a_countrys_name_can_be_a_given_name() {
    let p = [
        "CANBERRA, March 3 (AP) - Australia passed a forest law.",
        "Greens environment spokesman Jordan Whitby said the party had won \"real protections\" for forests.",
        "\"I have written it off,\" said Jordan Rohan of RBC Capital Markets.",
        "Jordan Foreign Minister Ayman Safadi said it was \"a good start.\"",
    ];
    let a = attribute(&p, &[], Some("CANBERRA"));
    assert_eq!(a[1].speakers, ["Jordan Whitby"]);
    assert!(
        !a[1].countries.contains(&"Jordan".to_string()),
        "{:?}",
        a[1].countries
    );
    assert_eq!(a[2].speakers, ["Jordan Rohan"]);
    assert_eq!(a[3].speakers, ["Ayman Safadi"]);
    assert_eq!(a[3].countries, ["Jordan"]);
}

#[test]
fn a_spokesman_for_a_union_named_after_its_country_speaks_for_no_state() {
    let p = [
        "ACCRA, Jan 5 (AFP) - Ghana raised fuel prices on Monday.",
        "\"We have no choice,\" said Abdul-Rahman Issah, a spokesman for the Ghana Private Road Transport Union.",
        "\"We are ready,\" Soviet Union Foreign Minister Eduard Shevardnadze said.",
    ];
    let a = attribute(&p, &[], Some("ACCRA"));
    assert_eq!(a[1].speakers, ["Abdul-Rahman Issah"]);
    assert!(a[1].countries.is_empty(), "{:?}", a[1].countries);
    assert_eq!(a[2].countries, ["Soviet Union"]);
}

#[test]
fn said_a_statement_issued_by_someone_is_theirs() {
    let p = [
        "WASHINGTON, Jan 5 (Reuters) - The U.S. imposed quotas on Monday.",
        "\"There is no reason,\" spokeswoman Laura Jones said.",
        "\"Free trade must be fair trade,\" said a statement issued by Commerce Secretary Carlos Gutierrez.",
    ];
    let a = attribute(&p, &[], Some("WASHINGTON"));
    assert_eq!(a[2].speakers, ["Carlos Gutierrez"]);
}

#[test]
fn one_of_a_parliamentary_blocs_members_is_a_lawmaker() {
    let p = [
        "BEIRUT, July 2 (Reuters) - Lebanon's parliament approved a World Bank loan on Tuesday.",
        "Hezbollah's parliamentary bloc voted in favour, although one of its members, Mohammad Kassem, called the loan \"too small and too late\".",
        "The company's board backed the plan, although one of its members, Rana Haddad, called it \"rushed\".",
    ];
    let a = attribute(&p, &[], Some("BEIRUT"));
    assert_eq!(a[1].speakers, ["Mohammad Kassem"]);
    assert_eq!(a[1].countries, ["Lebanon"]);
    assert_eq!(a[2].speakers, ["Rana Haddad"]);
    assert!(a[2].countries.is_empty(), "{:?}", a[2].countries);
}

#[test]
fn its_officer_after_a_body_called_the_states_watchdog_is_an_official() {
    let p = [
        "DUBLIN, Oct 7 (Reuters) - Ireland cut taxes on Tuesday.",
        "The Irish Fiscal Advisory Council, the state's budget watchdog, has warned that the government relies on corporate taxes.",
        "Its chair, Sheila Moran, said the government had broken its rule. \"A rule that is broken every year is not a rule,\" she said.",
        "The Trades Union Congress, the country's largest labour federation, said workers had yet to feel the benefits.",
        "Its secretary-general, Ebo Quansah, said: \"Prices are still high.\"",
    ];
    let a = attribute(&p, &[], Some("DUBLIN"));
    assert_eq!(a[2].speakers, ["Sheila Moran"]);
    assert_eq!(a[2].countries, ["Ireland"]);
    assert_eq!(a[4].speakers, ["Ebo Quansah"]);
    assert!(a[4].countries.is_empty(), "{:?}", a[4].countries);
}

#[test]
fn went_on_to_say_speaks_for_the_subject_of_went() {
    let p = [
        "TEHRAN, March 3 (Reuters) - Iranian President Mahmoud Ahmadinejad spoke on Monday.",
        "The President went on to accuse Britain of not being \"brave enough to tell the truth\".",
        "He then went on to say, \"We are ready for talks.\"",
        "The talks are expected to go on to \"a second round\" in May.",
    ];
    let a = attribute(&p, &[], Some("TEHRAN"));
    assert_eq!(a[1].speakers, ["Mahmoud Ahmadinejad"]);
    assert_eq!(a[1].countries, ["Iran"]);
    assert_eq!(a[2].speakers, ["Mahmoud Ahmadinejad"]);
    assert!(a[3].speakers.is_empty(), "{:?}", a[3].speakers);
}

#[test]
fn the_general_is_the_person_titled_gen_before() {
    let p = [
        "BAGHDAD, Oct 7 (Reuters) - Maj. Gen. William Caldwell briefed reporters on Tuesday.",
        "\"Violence has fallen by half,\" the general said.",
        "Sen. Jake Garn opposed the bill.",
        "\"It is time to forget the special interests,\" the Utah senator said.",
    ];
    let a = attribute(&p, &[], Some("BAGHDAD"));
    assert_eq!(a[1].speakers, ["William Caldwell"]);
    assert_eq!(a[3].speakers, ["Jake Garn"]);
}

#[test]
fn present_tense_reports_after_a_persons_name() {
    let p = [
        "Monday, January 2, 2006",
        "Prime Minister John Howard denies that the changes are more than \"minor\".",
        "Opposition senator Kim Carr then calls the bill \"draconian\".",
        "The Centre for Independent Studies describes itself as \"the leading think tank\".",
        "The law states that \"any college\" must comply.",
        "The Gulf states called the talks \"useful\".",
    ];
    let a = attribute_dated(
        &p,
        &[],
        None,
        time::Date::from_calendar_date(2006, time::Month::January, 2).ok(),
    );
    assert_eq!(a[1].speakers, ["John Howard"]);
    assert_eq!(a[2].speakers, ["Kim Carr"]);
    assert!(a[3].speakers.is_empty(), "{:?}", a[3].speakers);
    assert!(a[4].speakers.is_empty(), "{:?}", a[4].speakers);
    assert!(a[5].speakers.is_empty(), "{:?}", a[5].speakers);
}

#[test]
fn according_to_a_medium_only_sources_the_clause_after_it() {
    let p = [
        "TEHRAN, June 7 (Reuters) - Iran rejected the offer on Wednesday.",
        "According to BBC News, Iranian foreign ministry spokesman Hamid Reza Asefi rejected the offer, saying \"We intend to be a major player.\"",
        "According to the ministry, \"talks will resume\".",
        "According to a hospital spokeswoman, the patient is \"critical but stable,\" and added that the family wanted privacy.",
    ];
    let a = attribute(&p, &[], Some("TEHRAN"));
    assert_eq!(a[1].speakers, ["Hamid Reza Asefi"]);
    assert_eq!(a[1].countries, ["Iran"]);
    assert!(a[1].organizations.is_empty(), "{:?}", a[1].organizations);
    assert!(a[3].speakers.is_empty(), "{:?}", a[3].speakers);
}

#[test]
fn officials_of_the_country_a_dated_story_names_most_speak_for_it() {
    let p = [
        "Saturday, December 17, 2005",
        "President Bush defended the intercepts on Friday, saying they had stopped attacks planned in Pakistan.",
        "U.S. Attorney General Alberto Gonzales backed the program, which critics in the United States call illegal.",
        "The president said the program was \"a vital tool\" in the war against terrorists in the United States.",
    ];
    let date = time::Date::from_calendar_date(2005, time::Month::December, 17).ok();
    let a = attribute_dated(&p, &[], None, date);
    assert_eq!(a[3].speakers, ["Bush"]);
    assert_eq!(a[3].countries, ["United States"]);
}

#[test]
fn a_dated_story_naming_one_country_twice_places_its_officials() {
    let p = [
        "Thursday, June 9, 2005",
        "Interior Minister Eduardo Rodriguez was sworn in as head of state in Bolivia on Thursday.",
        "In his acceptance speech, Rodriguez told Bolivian lawmakers his mandate \"has to do with a renewal of the system\".",
    ];
    let date = time::Date::from_calendar_date(2005, time::Month::June, 9).ok();
    let a = attribute_dated(&p, &[], None, date);
    assert_eq!(a[2].speakers, ["Eduardo Rodriguez"]);
    assert_eq!(a[2].countries, ["Bolivia"]);
}

#[test]
fn a_demonym_split_from_its_country_by_stripped_links_is_joined() {
    let p = [
        "Monday, May 8, 2006",
        "Australia n Federal treasurer Peter Costello told parliament the budget was \"in surplus\".",
        "Pakistan i Federal Interior Minister Aftab Sherpao called it \"a targeted kill\".",
        "Support for the plan in the village of Kon Tum n remains \"strong\".",
    ];
    let date = time::Date::from_calendar_date(2006, time::Month::May, 8).ok();
    let a = attribute_dated(&p, &[], None, date);
    assert_eq!(a[1].countries, ["Australia"]);
    assert_eq!(a[2].countries, ["Pakistan"]);
    assert_eq!(
        join_split_demonyms(
            "the South Africa n government and Kon Tum n",
            Gazetteer::get()
        ),
        "the South African government and Kon Tum n"
    );
}

#[test]
fn the_first_of_two_surnames_names_the_person_even_when_it_is_a_place() {
    let p = [
        "TEGUCIGALPA, March 14 (Reuters) - Honduras reached a deal with the IMF on Friday.",
        "Finance Minister Roberto Lagos Matamoros said the deal was done.",
        "Central bank president Osmin Benavides Ulloa said reserves were ample.",
        "\"This time the numbers will be public,\" Lagos said.",
    ];
    let a = attribute(&p, &[], Some("TEGUCIGALPA"));
    assert_eq!(a[3].speakers, ["Roberto Lagos Matamoros"]);
    assert_eq!(a[3].countries, ["Honduras"]);
}

#[test]
fn denounced_and_a_manner_between_subject_and_verb() {
    let p = [
        "WASHINGTON, March 3 (Reuters) - The White House dismissed the reports on Monday.",
        "President Reagan angrily denounced press reports as \"despicable fiction.\"",
        "Deputy opposition leader Jenny Macklin in response called the bill \"unadulterated ideology\".",
        "It fully agrees with the policy, director Jan Smit said. \"It is a pity,\" he added.",
    ];
    let a = attribute(&p, &[], Some("WASHINGTON"));
    assert_eq!(a[1].speakers, ["Reagan"]);
    assert_eq!(a[2].speakers, ["Jenny Macklin"]);
    assert_eq!(a[3].speakers, ["Jan Smit"]);
}

#[test]
fn a_shadow_office_in_the_apposition_after_the_name_is_partisan() {
    let p = [
        "Friday, December 2, 2005",
        "The Australian Federal Opposition has hounded the Treasurer, Peter Costello, over the appointment.",
        "Wayne Swan, the Shadow Treasurer, asked \"whether he knew\".",
    ];
    let date = time::Date::from_calendar_date(2005, time::Month::December, 2).ok();
    let a = attribute_dated(&p, &[], None, date);
    assert_eq!(a[2].speakers, ["Wayne Swan"]);
    assert_eq!(a[2].countries, ["Australia"]);
}

#[test]
fn lowercase_portfolios_after_of_complete_the_title_before_a_name() {
    let p = [
        "TASHKENT, May 3 (Reuters) - Kyrgyzstan and Uzbekistan signed a water deal on Monday.",
        "Uzbekistan's deputy minister of water resources, Jahongir Ergashev, said the sensors would send \"data every hour\".",
    ];
    let a = attribute(&p, &[], Some("TASHKENT"));
    assert_eq!(a[1].speakers, ["Jahongir Ergashev"]);
    assert_eq!(a[1].countries, ["Uzbekistan"]);
}

#[test]
fn officers_of_the_legislature_and_the_election_commission_are_officials() {
    let p = [
        "ASTANA, March 18 (AP) — Kazakhstan will hold a referendum on June 14.",
        "The chairman of the Central Referendum Commission, Nurlan Abdrakhmanov, said the result \"will be final\".",
        "The Senate's deputy chairman, Askar Temirbekov, said the chamber \"will respect the choice of the people\".",
        "The Forum's deputy chairman, Ali Berik, said the vote was \"rushed\".",
    ];
    let a = attribute(&p, &[], Some("ASTANA"));
    assert_eq!(a[1].countries, ["Kazakhstan"]);
    assert_eq!(a[2].countries, ["Kazakhstan"]);
    assert!(a[3].countries.is_empty(), "{:?}", a[3].countries);
}

#[test]
fn an_officer_of_a_company_the_dispatch_called_the_states_is_an_official() {
    let p = [
        "TEHRAN, Jan 14 (Reuters) - Iran ordered government offices to close to save power.",
        "Tavanir, the state power grid company, said it had given priority to homes.",
        "\"Every megawatt counts,\" said Tavanir spokeswoman Shirin Jafarzadeh.",
        "Gas comes from Azerbaijan's state energy company SOCAR and from local fields.",
        "\"We are ready to bring our rigs,\" SOCAR vice-president Ramil Aliyarov told AFP.",
        "\"Every watt counts,\" said Mapna spokeswoman Mina Rad.",
    ];
    let a = attribute(&p, &[], Some("TEHRAN"));
    assert_eq!(a[2].speakers, ["Shirin Jafarzadeh"]);
    assert_eq!(a[2].countries, ["Iran"]);
    assert_eq!(a[4].speakers, ["Ramil Aliyarov"]);
    assert_eq!(a[4].countries, ["Azerbaijan"]);
    assert_eq!(a[5].speakers, ["Mina Rad"]);
    assert!(a[5].countries.is_empty(), "{:?}", a[5].countries);
}

#[test]
fn a_full_name_after_a_lowercase_role_opens_its_sentence() {
    let p = [
        "ACCRA, May 3 (AFP) - Ghana's parliament approved the loan on Tuesday.",
        "\"The lights will stay on,\" Energy Minister Ebenezer Tetteh said.",
        "At Kaneshie market, trader Akosua Boakye was not convinced. \"We feel it every time,\" she told AFP.",
        "During the debate, mayor Kofi Mensah and the police were booed. \"Go home,\" he said.",
    ];
    let a = attribute(&p, &[], Some("ACCRA"));
    assert_eq!(a[2].speakers, ["Akosua Boakye"]);
    assert!(a[2].countries.is_empty(), "{:?}", a[2].countries);
    // (The name is not the clause's subject when `and` follows it.)
    assert_ne!(a[3].speakers, ["Kofi Mensah"]);
}

#[test]
fn continued_before_a_comma_and_a_quote_speaks() {
    let p = [
        "WASHINGTON, Jan 16 - President George W. Bush spoke at a church in Atlanta.",
        "Later in the speech Bush continued, \"Martin Luther King is a towering figure.\"",
        "If the calm continues, \"things could return to normal,\" a police officer said.",
    ];
    let a = attribute(&p, &[], Some("WASHINGTON"));
    assert_eq!(a[1].speakers, ["George W. Bush"]);
    assert!(a[2].speakers.is_empty(), "{:?}", a[2].speakers);
}

#[test]
fn a_place_or_time_between_a_name_and_its_verb_keeps_the_name_the_subject() {
    let p = [
        "BRUSSELS, March 2 - European leaders met to discuss energy prices.",
        "Spanish Prime Minister Luis Ortega at the EU summit on Friday said the talks had gone well.",
        "He said the first day was useful, and added: \"We will find common ground.\"",
    ];
    let a = attribute(&p, &[], Some("BRUSSELS"));
    assert_eq!(a[2].speakers, ["Luis Ortega"]);
    assert_eq!(a[2].countries, ["Spain"]);
}

#[test]
fn a_legislators_region_after_from_is_the_title_not_the_name() {
    let p = [
        "Wednesday, June 14, 2006",
        "The Senate passed the bill on Tuesday.",
        "Senator from Ohio Mike DeWine said the vote was \"a mistake.\"",
    ];
    let date = time::Date::from_calendar_date(2006, time::Month::June, 14).ok();
    let a = attribute_dated(&p, &[], None, date);
    assert_eq!(a[2].speakers, ["Mike DeWine"]);
    assert_eq!(a[2].countries, ["United States"]);
}

#[test]
fn a_dateline_in_capitals_finds_a_name_title_case_does_not_restore() {
    let p = [
        "DAR ES SALAAM, March 3 (Reuters) - Tanzania and Kenya signed a railway deal on Tuesday.",
        "\"We are close,\" Energy Ministry spokesman Nassoro Juma said.",
    ];
    let a = attribute(&p, &[], Some("DAR ES SALAAM"));
    assert_eq!(a[1].countries, ["Tanzania"]);
}

#[test]
fn a_part_of_the_world_after_an_offices_for_is_its_domain_not_a_name() {
    let p = [
        "NAIROBI, May 3 (Reuters) - The lender approved a railway loan on Monday.",
        "Amina Odhiambo, the World Bank's director for East Africa, said the line was \"a flagship\".",
    ];
    let a = attribute(&p, &[], Some("NAIROBI"));
    assert_eq!(a[1].speakers, ["Amina Odhiambo"]);
}

#[test]
fn a_principal_secretary_is_an_official_a_principal_is_not() {
    let p = [
        "NAIROBI, May 14 (AP) — Kenyan authorities began demolishing homes on Tuesday.",
        "\"Nobody is being punished here,\" Interior Ministry Principal Secretary Joseph Mutai told reporters.",
        "\"Our pupils have nowhere to go,\" Principal Agnes Wambui said.",
    ];
    let a = attribute(&p, &[], Some("NAIROBI"));
    assert_eq!(a[1].countries, ["Kenya"]);
    assert!(a[2].countries.is_empty(), "{:?}", a[2].countries);
}

#[test]
fn proclaimed_speaks_unless_self_proclaimed() {
    let p = [
        "WASHINGTON, May 3 - The report counted civilian deaths in Iraq.",
        "Most deaths came after President George W. Bush proclaimed \"the end of major combat\" in May.",
        "Senator Ana Ruiz, a self-proclaimed \"fiscal hawk\", voted against the bill.",
    ];
    let a = attribute(&p, &[], Some("WASHINGTON"));
    assert_eq!(a[1].speakers, ["George W. Bush"]);
    assert!(a[2].speakers.is_empty(), "{:?}", a[2].speakers);
}

#[test]
fn a_carded_analyst_or_lawyer_speaks_for_no_state() {
    let p = [
        "KIGALI, May 3 (AFP) - Rwanda received the first flight of deportees on Friday.",
        "Human rights lawyer Eric Mugabo said the migrants could apply for asylum. \"Nobody told them,\" he said.",
        "\"We are ready,\" government spokeswoman Alice Uwase said.",
    ];
    let cards = [
        KnownPerson {
            name: "Eric Mugabo",
            country: Some("Rwanda"),
            bio: "Human rights lawyer in Kigali.",
        },
        KnownPerson {
            name: "Alice Uwase",
            country: Some("Rwanda"),
            bio: "Deputy government spokeswoman.",
        },
    ];
    let a = attribute(&p, &cards, Some("KIGALI"));
    assert_eq!(a[1].speakers, ["Eric Mugabo"]);
    assert!(a[1].countries.is_empty(), "{:?}", a[1].countries);
    assert_eq!(a[2].countries, ["Rwanda"]);
}

#[test]
fn its_officer_after_a_department_named_for_the_state_is_the_states() {
    let p = [
        "DODOMA, May 14 (AP) — Tanzania braced for more floods on Tuesday.",
        "The Tanzania Meteorological Department has forecast more rain. Its director, Salma Juma, said the soils were \"already saturated\".",
    ];
    let a = attribute(&p, &[], Some("DODOMA"));
    assert_eq!(a[1].speakers, ["Salma Juma"]);
    assert_eq!(a[1].countries, ["Tanzania"]);
}

#[test]
fn a_title_that_is_also_a_surname_ends_a_name() {
    let p = [
        "CANBERRA, May 3 - The Senate debated the defence budget on Monday.",
        "\"The prepayments were never justified,\" Senator Mark Bishop said.",
        "\"We will not be silenced,\" said Edmund King, the head of the motoring group.",
    ];
    let a = attribute(&p, &[], Some("CANBERRA"));
    assert_eq!(a[1].speakers, ["Mark Bishop"]);
    assert_eq!(a[2].speakers, ["Edmund King"]);
}

#[test]
fn a_spokesman_for_a_named_leader_is_not_the_leader() {
    let p = [
        "MOSCOW, June 8 - Leaders met at the summit on Friday.",
        "A spokesman for Russian President Vladimir Putin called the plans \"very pragmatic\".",
        "A spokesperson for Swedish retailer H&M said the company backed \"a fair review\".",
    ];
    let a = attribute(&p, &[], Some("MOSCOW"));
    assert!(a[1].speakers.is_empty(), "{:?}", a[1].speakers);
    assert_eq!(a[1].countries, ["Russia"]);
    assert!(a[2].countries.is_empty(), "{:?}", a[2].countries);
}

#[test]
fn a_sentence_opening_with_adding_goes_on_with_the_last_speaker() {
    let p = [
        "OTTAWA, May 3 - The envoy opened the exhibition on Friday.",
        "\"We are ready,\" Ambassador Carolyn Sauvage said.",
        "Also adding, \"This gives Americans a chance to take part.\"",
        "Adding, \"This is good.\"",
        "Adding a terminal will cost \"a lot,\" the airline said.",
    ];
    let a = attribute(&p, &[], Some("OTTAWA"));
    assert_eq!(a[2].speakers, ["Carolyn Sauvage"]);
    assert_eq!(a[3].speakers, ["Carolyn Sauvage"]);
    assert!(a[4].speakers.is_empty(), "{:?}", a[4].speakers);
}

#[test]
fn hon_and_honourable_are_honorifics_not_names() {
    let p = [
        "WELLINGTON, Nov 6 - The Environment minister, Honourable David Benson-Pope, said: \
         \"This aims to restrict young teenagers from buying fireworks.\"",
        "Hon Benson-Pope said: \"Guy Fawkes is a fun event for thousands of families.\"",
        "\"We will consult with industry,\" the Hon. David Benson-Pope said.",
    ];
    let a = attribute(&p, &[], Some("WELLINGTON"));
    assert_eq!(a[1].speakers, ["David Benson-Pope"]);
    assert_eq!(a[1].countries, ["New Zealand"]);
    assert_eq!(a[2].speakers, ["David Benson-Pope"]);
    assert_eq!(a[2].countries, ["New Zealand"]);
}

#[test]
fn a_nickname_in_quotes_is_part_of_the_name() {
    let p = [
        "HOUSTON, March 3 - Phillips Petroleum will cut its debt, C.J. \"Pete\" Silas, \
         chairman, told Reuters in an interview.",
        "\"We will sell assets,\" Silas said.",
        "Former aide I. Lewis \"Scooter\" Libby said \"I never lied to anyone.\"",
    ];
    let a = attribute(&p, &[], Some("HOUSTON"));
    assert_eq!(a[1].speakers, ["C.J. Silas"]);
    assert_eq!(a[2].speakers, ["I. Lewis Libby"]);
}

#[test]
fn a_country_after_an_opening_in_is_a_place_not_a_nationality() {
    let p = [
        "NEW YORK, March 12 - Phillips will cut its debt, Bob Silas, chairman, told Reuters.",
        "In the U.S. Silas said \"We expect to start up the first platform then.\"",
        "In Japan Silas said \"We will sell the stake.\"",
    ];
    let a = attribute(&p, &[], Some("NEW YORK"));
    assert_eq!(a[1].speakers, ["Bob Silas"]);
    assert!(a[1].countries.is_empty(), "{:?}", a[1].countries);
    assert!(a[2].countries.is_empty(), "{:?}", a[2].countries);
}

#[test]
fn a_portfolio_of_two_parts_ends_before_the_name() {
    let a = attribute(
        &[
            "\"The contracts are a crisis,\" Deputy Minister for Energy and Green Transition \
           Kwabena Osei-Tutu Manu told a news conference.",
        ],
        &[],
        Some("ACCRA"),
    );
    assert_eq!(a[0].speakers, ["Kwabena Osei-Tutu Manu"]);
    assert_eq!(a[0].countries, ["Ghana"]);
    let a = attribute(
        &[
            "\"Aid is falling,\" Minister of Humanitarian Affairs and Disaster Management Hassan \
           Ali Guled said.",
        ],
        &[],
        Some("MOGADISHU"),
    );
    assert_eq!(a[0].speakers, ["Hassan Ali Guled"]);
    assert_eq!(a[0].countries, ["Somalia"]);
}

#[test]
fn he_before_a_given_name_is_a_chinese_surname() {
    let p = [
        "WASHINGTON, April 1 - But He Weiling, Washington representative of the China Economic \
         System Reform Institute, said the reforms are not at risk.",
        "\"The most difficult thing is to strike the balance,\" He said.",
        "\"We are exploring ways of doing this,\" he added.",
        "He Kang, China's agriculture minister, said \"We will import more grain.\"",
        "He Monday said \"the talks will go on.\"",
    ];
    let a = attribute(&p, &[], Some("WASHINGTON"));
    assert_eq!(a[1].speakers, ["He Weiling"]);
    assert_eq!(a[2].speakers, ["He Weiling"]);
    assert_eq!(a[3].speakers, ["He Kang"]);
    assert_eq!(a[3].countries, ["China"]);
    // (A weekday after the pronoun is no given name.)
    assert_eq!(a[4].speakers, ["He Kang"]);
}

#[test]
fn a_card_of_a_union_association_or_school_gives_a_nationality_only() {
    let cards = [
        KnownPerson {
            name: "Marek Hudoba",
            country: Some("Slovakia"),
            bio: "Hudoba has led the Trade Union of Workers in Education and Science since 2021.",
        },
        KnownPerson {
            name: "Damion Reid",
            country: Some("Jamaica"),
            bio: "Reid is the opposition party's spokesman on justice and a former president of \
                  the Bar Association.",
        },
    ];
    let p = [
        "BRATISLAVA, Oct 2 - \"Teachers are not asking for luxury,\" union head Marek Hudoba told \
         a rally.",
        "\"That is half a republic,\" Damion Reid said during the debate.",
    ];
    let a = attribute(&p, &cards, Some("BRATISLAVA"));
    assert_eq!(a[0].speakers, ["Marek Hudoba"]);
    assert!(a[0].countries.is_empty(), "{:?}", a[0].countries);
    assert_eq!(a[1].countries, ["Jamaica"]);
}

#[test]
fn a_vice_president_with_an_indefinite_article_is_a_firms() {
    let a = attribute(
        &[
            "\"The AP1000 is a proven design,\" said David Orrick, a Westinghouse senior vice \
           president.",
        ],
        &[],
        Some("SOFIA"),
    );
    assert_eq!(a[0].speakers, ["David Orrick"]);
    assert!(a[0].countries.is_empty(), "{:?}", a[0].countries);
    let a = attribute(
        &["\"Talks will go on,\" said Eshaq Jahangiri, a vice president of Iran."],
        &[],
        Some("TEHRAN"),
    );
    assert_eq!(a[0].countries, ["Iran"]);
}

#[test]
fn the_officer_of_a_state_body_is_an_official_whatever_the_office() {
    let p = [
        "FREETOWN, March 12 - The executive director of the National Drug Law Enforcement \
         Agency, Alimamy Conteh Bangura, said 900 people had been arrested.",
        "\"The big suppliers are our target,\" he said.",
        "\"These people were paid,\" said Sergiu Cojocari, deputy head of the National Police.",
        "The head of the Interior Ministry, Fatmata Sesay, said \"we are ready.\"",
        "\"We are not against the government,\" said Manuel Kiala, head of the National Rifle \
         Association.",
    ];
    let a = attribute(&p, &[], Some("FREETOWN"));
    assert_eq!(a[1].speakers, ["Alimamy Conteh Bangura"]);
    assert_eq!(a[1].countries, ["Sierra Leone"]);
    assert_eq!(a[2].countries, ["Sierra Leone"]);
    assert_eq!(a[3].countries, ["Sierra Leone"]);
    assert!(a[4].countries.is_empty(), "{:?}", a[4].countries);
}

#[test]
fn national_and_public_name_the_level_of_the_state_not_another_body() {
    let p = [
        "MAPUTO, Feb 3 - About 420,000 people are to receive a dose, national public health \
         director Armindo Sitoe told AFP.",
        "\"We have vaccines,\" Sitoe said.",
    ];
    let a = attribute(&p, &[], Some("MAPUTO"));
    assert_eq!(a[1].speakers, ["Armindo Sitoe"]);
    assert_eq!(a[1].countries, ["Mozambique"]);
}

#[test]
fn a_lead_places_a_dispatch_whose_dateline_the_gazetteer_cannot() {
    let p = [
        "Malawi's government on Thursday appealed for emergency aid after floods.",
        "Minister of Agriculture Grace Chirwa-Nkhoma said \"this will hit our food security.\"",
    ];
    let a = attribute(&p, &[], Some("Blantyre"));
    assert_eq!(a[1].countries, ["Malawi"]);
    // (Not a demonym that only describes a firm or a sum.)
    let p = [
        "The Adelaide Steamship Co said it will buy shares in British developer Markheath.",
        "\"We hope it will grow,\" managing director John Spalvins said.",
    ];
    let a = attribute(&p, &[], Some("ADELAIDE"));
    assert!(a[1].countries.is_empty(), "{:?}", a[1].countries);
}

#[test]
fn a_passive_speech_verb_names_its_speaker_after_by() {
    let p = [
        "LA PAZ, Sept 2 - The declaration was announced by Defense Minister Gonzalo Arteaga \
         Vaca, who coordinates the response, after a cabinet meeting.",
        "\"We are facing the worst fire season,\" he said.",
        "\"There were no problems,\" reporters were told by Larry Springer, a spokesman.",
        "The trial has been criticised by Saddam's defense lawyers as \"pre-determined\".",
    ];
    let a = attribute(&p, &[], Some("LA PAZ"));
    assert_eq!(a[1].speakers, ["Gonzalo Arteaga Vaca"]);
    assert_eq!(a[1].countries, ["Bolivia"]);
    assert_eq!(a[2].speakers, ["Larry Springer"]);
    assert!(a[3].speakers.is_empty(), "{:?}", a[3].speakers);
}

#[test]
fn a_paternal_surname_of_two_words_finds_the_full_double_name() {
    let p = [
        "ASUNCION, Oct 3 - Juan Carlos Ruiz Díaz Benítez, head of the waterways agency, spoke.",
        "\"Every centimetre of water that we lose is money,\" Ruiz Díaz said.",
    ];
    let a = attribute(&p, &[], Some("ASUNCION"));
    assert_eq!(a[1].speakers, ["Juan Carlos Ruiz Díaz Benítez"]);
}

#[test]
fn the_officer_of_a_trade_union_or_society_named_before_the_name_speaks_for_no_state() {
    let p = [
        "MONTEVIDEO, Oct 1 - Uruguay's Senate passed the euthanasia law on Wednesday.",
        "The president of the Uruguayan Medical Union, Dr. Fernando Piñeyro Acosta, said \
         doctors would be protected. \"No physician will be forced,\" he said.",
    ];
    let a = attribute(&p, &[], Some("MONTEVIDEO"));
    assert_eq!(a[1].speakers, ["Fernando Piñeyro Acosta"]);
    assert!(a[1].countries.is_empty(), "{:?}", a[1].countries);
}

#[test]
fn a_firms_country_unit_in_parentheses_before_a_title_is_left_out() {
    let a = one(
        "\"They became the de facto framework,\" said Bache Securities (Japan) analyst \
         Darrell Whitten.",
    );
    assert_eq!(a.speakers, ["Darrell Whitten"]);
    assert!(a.organizations.is_empty(), "{:?}", a.organizations);
    assert!(a.countries.is_empty(), "{:?}", a.countries);
}

#[test]
fn a_regions_level_word_joins_its_name_to_the_office_after_an_inverted_said() {
    let a = one(
        "\"Our nurses went there to save lives,\" said Nampula provincial health director \
                 Felizarda Matsinhe.",
    );
    assert_eq!(a.speakers, ["Felizarda Matsinhe"]);
}

#[test]
fn portfolios_listed_with_commas_before_a_name_belong_to_the_title() {
    let a = attribute(
        &[
            "Deputy Minister of Industries, Mines and Energy Ndeshihafela Kaulinge told \
           reporters the plant would be built \"to the strictest standard.\"",
        ],
        &[],
        Some("WINDHOEK"),
    );
    assert_eq!(a[0].speakers, ["Ndeshihafela Kaulinge"]);
    assert_eq!(a[0].countries, ["Namibia"]);
    // (The last portfolio may take an article.)
    let a = attribute(
        &[
            "\"We would be in serious trouble within days,\" Minister for Climate, Energy and \
             the Environment Ciaran Mulhern told reporters.",
        ],
        &[],
        Some("DUBLIN"),
    );
    assert_eq!(a[0].speakers, ["Ciaran Mulhern"]);
    assert_eq!(a[0].countries, ["Ireland"]);
}

#[test]
fn a_person_whose_verb_introduces_a_quote_keeps_it_over_a_verb_after_it() {
    let a = one(
        "Senator Chuck Hagel said, \"The administration is making a terrible mistake,\" That \
         amendment was approved in the Senate and added to a spending bill.",
    );
    assert_eq!(a.speakers, ["Chuck Hagel"]);
    let a = one(
        "Agriculture Secretary Richard Lyng said, \"well it won't be today,\" and then Pat \
         Roberts added that the offer was coming.",
    );
    assert_eq!(a.speakers, ["Richard Lyng"]);
}

#[test]
fn a_party_tag_in_parentheses_between_commas_gives_the_country_of_congress() {
    let a = one(
        "\"We are locked into this,\" said Dan Glickman, (D-Kans.), chairman of the \
         subcommittee on wheat.",
    );
    assert_eq!(a.speakers, ["Dan Glickman"]);
    assert_eq!(a.countries, ["United States"]);
}

#[test]
fn two_names_joined_by_a_slash_are_not_one_name() {
    let p = [
        "Sen. Rudy Boschwitz (R-Minn.), cosponsor of the Boren/Boschwitz decoupling plan, said \
         he supports a short term program.",
        "\"We can at least move in that direction,\" Boschwitz said.",
    ];
    let a = attribute(&p, &[], Some("WASHINGTON"));
    assert_eq!(a[1].speakers, ["Rudy Boschwitz"]);
    assert_eq!(a[1].countries, ["United States"]);
}

#[test]
fn a_preposition_between_a_country_and_a_title_ends_the_title() {
    let p = [
        "President Bush ended his tour on Wednesday.",
        "\"We will go,\" Bush said. The talks covered Lebanese issues with President Bush.",
    ];
    let a = attribute(&p, &[], None);
    assert_eq!(a[1].speakers, ["Bush"]);
    assert!(a[1].countries.is_empty(), "{:?}", a[1].countries);
    // (A portfolio's `of` or `for`, and a delegation `led by` its head, do not.)
    let a = one(
        "\"We are prepared to work with British regulators,\" said Japanese vice-minister of \
         finance for international affairs Toyoo Gyohten.",
    );
    assert_eq!(a.countries, ["Japan"]);
}

#[test]
fn a_movements_lawmaker_speaks_for_the_state_whose_parliament_he_sits_in() {
    let p = [
        "Lebanon's cabinet on Tuesday ordered the army to draw up a plan to disarm the group.",
        "Hezbollah lawmaker Hassan Ali Zreik said the group would \"deal with this decision as \
         if it did not exist\" as long as Israeli troops remained on Lebanese land.",
    ];
    let a = attribute(&p, &[], Some("BEIRUT"));
    assert_eq!(a[1].speakers, ["Hassan Ali Zreik"]);
    assert_eq!(a[1].countries, ["Lebanon"]);
}

#[test]
fn characterized_as_is_speech() {
    let a = one(
        "US Secretary of State Condoleezza Rice characterized the remarks as \"sobering \
         comments\" during her stay in Beijing on Monday.",
    );
    assert_eq!(a.speakers, ["Condoleezza Rice"]);
    assert_eq!(a.countries, ["United States"]);
}

#[test]
fn the_head_of_a_private_bank_described_not_named_has_no_country() {
    let a = attribute(
        &[
            "\"We have importers at the door,\" said Omar Nabil Rawi, managing director of a \
           private bank in Baghdad.",
        ],
        &[],
        Some("BAGHDAD"),
    );
    assert_eq!(a[0].speakers, ["Omar Nabil Rawi"]);
    assert!(a[0].countries.is_empty(), "{:?}", a[0].countries);
}

#[test]
fn a_card_of_a_nurse_or_a_student_gives_a_nationality_not_a_state() {
    let profiles = [KnownPerson {
        name: "Ruth Kembol",
        country: Some("Papua New Guinea"),
        bio: "Kembol is a senior nurse at Wabag General Hospital, the main health facility in \
              Enga province.",
    }];
    let a = attribute(
        &[
            "Ruth Kembol said staff had treated more than 40 people with gunshot wounds.",
            "\"We are running out of blood and of beds,\" she told AFP by telephone.",
        ],
        &profiles,
        Some("PORT MORESBY"),
    );
    assert_eq!(a[1].speakers, ["Ruth Kembol"]);
    assert!(a[1].countries.is_empty(), "{:?}", a[1].countries);
    // (A carer, a herder or a rancher too, or a card that opens with an age; but a rancher who
    // became a state commissioner, or a teacher who became premier, holds an office.)
    for (bio, state) in [
        (
            "Whitlock, 34, sold tea in a market before the siege.",
            false,
        ),
        (
            "Whitlock monitors settlements for Peace Now, an anti-settlement group.",
            false,
        ),
        (
            "Whitlock was elected president in 2024. She has led a group of nations.",
            true,
        ),
        (
            "Whitlock, 44, a former teacher, became premier after elections in 2025.",
            true,
        ),
        (
            "Mbengue came to Spain in 2020 and works as a carer for elderly people.",
            false,
        ),
        (
            "Whitlock’s family farms wheat on land crossed by the planned line. She has joined \
          other landowners in contesting the compensation.",
            false,
        ),
        (
            "Whitlock is a political scientist at the University of Dakar who has written on \
          constitutional change.",
            false,
        ),
        (
            "Whitlock is chief Africa economist at Nomura, based in Dakar.",
            false,
        ),
        // (A profession beside a seat on a public body: the seat.)
        (
            "Whitlock, a former election lawyer, has chaired the Commission on Elections since \
          2025.",
            true,
        ),
        (
            "Whitlock is one of the committee’s members and a lawyer from Thies.",
            true,
        ),
        (
            "Whitlock, a rancher from the Rio Grande Valley, has been Texas agriculture \
          commissioner since 2023.",
            true,
        ),
    ] {
        let profiles = [KnownPerson {
            name: "Aminata Whitlock",
            country: Some("Senegal"),
            bio,
        }];
        let a = attribute(
            &["\"Today I can finally breathe,\" said Aminata Whitlock."],
            &profiles,
            Some("MADRID"),
        );
        assert_eq!(a[0].speakers, ["Aminata Whitlock"]);
        assert_eq!(a[0].countries.is_empty(), !state, "{bio}");
    }
}

#[test]
fn a_community_or_business_leader_holds_no_office() {
    let a = attribute(
        &[
            "Peter Rongomau, a community leader in Western Province, said villages had seen \
             little benefit.",
            "\"They took the trees,\" Rongomau said.",
        ],
        &[],
        Some("HONIARA"),
    );
    assert_eq!(a[1].speakers, ["Peter Rongomau"]);
    assert!(a[1].countries.is_empty(), "{:?}", a[1].countries);
}

#[test]
fn a_spokesperson_after_a_state_metonym_speaks_for_its_state() {
    let a = attribute(
        &[
            "The State Department renewed its warning to Americans not to travel to Iran \
           because of what spokeswoman Phyllis Oakley called \"its virulent anti-American \
           policies.\"",
        ],
        &[],
        Some("WASHINGTON"),
    );
    assert_eq!(a[0].speakers, ["Phyllis Oakley"]);
    assert_eq!(a[0].countries, ["United States"]);
}

#[test]
fn a_treasurer_is_a_governments_office_unless_a_body_owns_it() {
    let p = [
        "Australia's central bank held its cash rate at 3.60% on Tuesday.",
        "Treasurer James Thornbury said the budget was not adding to price pressures.",
        "\"We have delivered two surpluses,\" he told reporters in Canberra.",
    ];
    let a = attribute(&p, &[], Some("SYDNEY"));
    assert_eq!(a[2].speakers, ["James Thornbury"]);
    assert_eq!(a[2].countries, ["Australia"]);
    // (A second lowercase title after `and` keeps the first one's owner.)
    let a = attribute(
        &[
            "The bank will borrow early, World Bank vice president and treasurer Eugene Rotberg \
           said. \"Rates are near their lows,\" he said.",
        ],
        &[],
        Some("FRANKFURT"),
    );
    assert_eq!(a[0].speakers, ["Eugene Rotberg"]);
    assert!(a[0].countries.is_empty(), "{:?}", a[0].countries);
}

#[test]
fn a_portfolio_of_the_opposition_or_a_party_keeps_the_country() {
    let p = [
        "The government announced the cap on Wednesday.",
        "Opposition education spokeswoman Helen Ashby accused the government of trying to \
         have it both ways.",
        "\"They cannot both be true,\" Ashby said.",
    ];
    let a = attribute(&p, &[], Some("CANBERRA"));
    assert_eq!(a[2].speakers, ["Helen Ashby"]);
    assert_eq!(a[2].countries, ["Australia"]);
}

#[test]
fn a_body_named_universities_or_schools_is_outside_government() {
    let a = attribute(
        &[
            "Priya Raghunathan, chief executive of Universities Australia, said the lift was \
           welcome but \"nowhere near enough.\"",
        ],
        &[],
        Some("CANBERRA"),
    );
    assert_eq!(a[0].speakers, ["Priya Raghunathan"]);
    assert!(a[0].countries.is_empty(), "{:?}", a[0].countries);
}

#[test]
fn an_office_conferred_in_a_predicate_gives_the_title_and_country() {
    let p = [
        "Nguyen Tan Dung has been confirmed as Vietnam's next prime minister, winning a vote.",
        "\"Our urgent task is to develop,\" Mr Dung said.",
    ];
    let a = attribute(&p, &[], None);
    assert_eq!(a[1].speakers, ["Nguyen Tan Dung"]);
    assert_eq!(a[1].countries, ["Vietnam"]);
    // (Not an office dated by a year: that is history.)
    let p = [
        "Nelson Mandela was elected as the first black president of South Africa in 1994.",
        "\"The struggle goes on,\" Mandela said.",
    ];
    let a = attribute(&p, &[], None);
    assert_eq!(a[1].speakers, ["Nelson Mandela"]);
    assert!(a[1].countries.is_empty(), "{:?}", a[1].countries);
}

#[test]
fn one_of_those_lawmakers_before_the_name_is_a_lawmaker() {
    let a = attribute(
        &[
            "Jordan banned the group on Wednesday. One of those lawmakers, Samer Tawfiq Bani \
           Odeh, said the bloc would attend. \"Nobody will push us out,\" he said.",
        ],
        &[],
        Some("AMMAN"),
    );
    assert_eq!(a[0].speakers, ["Samer Tawfiq Bani Odeh"]);
    assert_eq!(a[0].countries, ["Jordan"]);
}

#[test]
fn its_office_after_a_sentence_about_a_party_is_the_partys() {
    let a = attribute(
        &[
            "The prime minister's coalition came first with 46 seats. Its spokesman, Sabah Hadi \
           al-Aqabi, said the list would begin talks with \"all the forces.\"",
        ],
        &[],
        Some("BAGHDAD"),
    );
    assert_eq!(a[0].speakers, ["Sabah Hadi al-Aqabi"]);
    assert_eq!(a[0].countries, ["Iraq"]);
    // (Not after `a party to` an accord.)
    let a = attribute(
        &[
            "The M23, which is part of the Congo River Alliance (AFC), is not a party to the \
           accord. Its spokesman, Emmanuel Rugamba, wrote on X that the movement was \"not \
           concerned\" by the agreement.",
        ],
        &[],
        Some("KINSHASA"),
    );
    assert_eq!(a[0].speakers, ["Emmanuel Rugamba"]);
    assert!(a[0].countries.is_empty(), "{:?}", a[0].countries);
}

#[test]
fn a_states_metonyms_count_as_naming_it_for_a_dispatch_without_a_dateline() {
    let p = [
        "Thursday, March 24, 2005",
        "The White House on Thursday defended its budget plan before the vote.",
        "Rep. John Dingell said his committee is \"looking at a number of possibilities.\"",
        "White House officials said the plan would pass.",
        "\"I wish I could be more definitive,\" Dingell told reporters.",
    ];
    let date = time::Date::from_calendar_date(2005, time::Month::March, 24).ok();
    let a = attribute_dated(&p, &[], None, date);
    assert_eq!(a[4].speakers, ["John Dingell"]);
    assert_eq!(a[4].countries, ["United States"]);
}

#[test]
fn a_movements_leader_in_a_story_of_rebel_groups_speaks_for_no_state() {
    let p = [
        "Saturday, October 6, 2007",
        "The leader of an important rebel group in the Darfur region of Sudan has threatened \
         to withdraw from peace talks in Libya.",
        "Khartoum said the talks would go ahead. Khartoum has sent its delegation, and the \
         Sudanese army said Sudan would observe a truce.",
        "Khalil Ibrahim, leader of the Justice and Equality Movement (JEM), said only three \
         parties should be involved.",
        "\"We don't want to start with chaos,\" Ibrahim said.",
    ];
    let date = time::Date::from_calendar_date(2007, time::Month::October, 6).ok();
    let a = attribute_dated(&p, &[], None, date);
    assert_eq!(a[4].speakers, ["Khalil Ibrahim"]);
    assert!(a[4].countries.is_empty(), "{:?}", a[4].countries);
}

#[test]
fn the_datelines_own_capital_in_the_text_does_not_name_its_state() {
    let p = [
        "North Korea unveiled plans to boost production, the official news agency said in a \
         report monitored in Tokyo.",
        "Prime Minister Li Gun-mo told the Supreme People's Assembly in Pyongyang that output \
         would rise.",
        "\"A 15 mln tonne target of grain will be hit,\" he said.",
    ];
    let a = attribute(&p, &[], Some("TOKYO"));
    assert_eq!(a[2].speakers, ["Li Gun-mo"]);
    assert_ne!(a[2].countries, ["Japan"]);
}

#[test]
fn a_parenthesis_left_open_before_the_verb_glosses_the_name() {
    let a = one(
        "Manager of opposition business, Joe Hockey (Liberal, North Sydney told journalists that \
         \"Unless the government does something, they will continue.\"",
    );
    assert_eq!(a.speakers, ["Joe Hockey"]);
    // (Not a verb inside a parenthesis closed after it.)
    let a = one(
        "Troops moved to evict the Liberation Tigers of Tamil Eelam (LTTE, also called the Tamil \
         Tigers) from the \"liberated\" east.",
    );
    assert!(a.speakers.is_empty(), "{:?}", a.speakers);
}

#[test]
fn an_opening_place_or_time_is_not_the_subject_of_a_second_verb() {
    let p = [
        "Yayi Boni arrived on Monday.",
        "At the press conference, Yayi Boni thanked Bush and praised him for his \"great \
         concern for Africa.\"",
    ];
    let a = attribute(&p, &[], Some("COTONOU"));
    assert_eq!(a[1].speakers, ["Yayi Boni"]);
    // (And past a participle clause after it, whatever the participle's ending.)
    let p = [
        "Yayi Boni arrived on Monday.",
        "At the press conference, held at Cadjehoun International Airport in Cotonou, Yayi \
         thanked Bush for coming and praised him for his \"great concern for Africa.\"",
    ];
    let a = attribute(&p, &[], Some("COTONOU"));
    assert_eq!(a[1].speakers, ["Yayi Boni"]);
    assert!(a[1].organizations.is_empty(), "{:?}", a[1].organizations);
}

#[test]
fn communities_and_other_portfolios_name_a_ministers_office_not_a_body() {
    let a = attribute(
        &[
            "In a speech in South London, Communities Secretary Ruth Kelly urged local \
           communities to \"root out\" fanaticism in Britain and the United Kingdom.",
        ],
        &[],
        Some("LONDON"),
    );
    assert_eq!(a[0].speakers, ["Ruth Kelly"]);
    assert_eq!(a[0].countries, ["United Kingdom"]);
}

#[test]
fn a_party_leader_is_in_the_countrys_politics() {
    let p = [
        "Democrats in the state legislature said the plan would fail.",
        "\"In Ohio, people are uneasy,\" added Ohio Democratic leader James Ruvulo.",
    ];
    let a = attribute(&p, &[], Some("WASHINGTON"));
    assert_eq!(a[1].speakers, ["James Ruvulo"]);
    assert_eq!(a[1].countries, ["United States"]);
}

#[test]
fn an_office_the_person_leaves_or_keeps_gives_the_title_and_country() {
    let p = [
        "Sunday, July 16, 2006",
        "Lord Hattersley has said Tony Blair should stand down as British Prime Minister in \
         September.",
        "\"I will carry on doing the job,\" Mr Blair told the BBC.",
    ];
    let date = time::Date::from_calendar_date(2006, time::Month::July, 16).ok();
    let a = attribute_dated(&p, &[], None, date);
    assert_eq!(a[2].speakers, ["Tony Blair"]);
    assert_eq!(a[2].countries, ["United Kingdom"]);
}

#[test]
fn a_surname_that_is_a_title_word_after_a_title_is_the_known_person() {
    let p = [
        "Senator Mark Bishop spoke on Monday.",
        "Senator Bishop also said that the agency \"negotiated a series of benefits that never \
         materialised.\"",
    ];
    let a = attribute(&p, &[], Some("CANBERRA"));
    assert_eq!(a[1].speakers, ["Mark Bishop"]);
    // (Not someone who serves the person: `an aide to Chirac`.)
    let p = [
        "Prime Minister Jacques Chirac met the chancellor.",
        "\"The Germans do not want to budge,\" an aide to Chirac told reporters.",
    ];
    let a = attribute(&p, &[], Some("PARIS"));
    assert!(a[1].speakers.is_empty(), "{:?}", a[1].speakers);
}

#[test]
fn a_lowercase_portfolio_between_a_party_and_its_title_belongs_to_the_title() {
    let a = one(
        "\"The rent brake has more holes than a Swiss cheese,\" said Green housing \
         spokeswoman Lisa Paulsen.",
    );
    assert_eq!(a.speakers, ["Lisa Paulsen"]);
}

#[test]
fn a_body_after_of_is_no_adjective_of_the_title_before_the_name() {
    let a = one("\"We see it,\" said the head of the national agency, Juan Perez.");
    assert_eq!(a.speakers, ["Juan Perez"]);
}

#[test]
fn the_short_name_of_a_body_after_known_as_is_no_subject() {
    let a = one(
        "Akiko Nishimura, a vice president of the Japanese Trade Union Confederation, known as \
         Rengo, said the increase was \"welcome but still not enough\" for part-time workers.",
    );
    assert_eq!(a.speakers, ["Akiko Nishimura"]);
}

#[test]
fn a_spokeswoman_on_a_lowercase_portfolio_is_a_title() {
    let speakers = speakers(&[
        "\"A worker on minimum wage spends half of it on the bus,\" said Hopeton Grizzle, \
         president of the union.",
        "Opposition spokeswoman on labour Sharlene Barrett-Morgan, a member of Parliament, \
         called for the minimum wage to be indexed to inflation.",
        "\"Every year workers wait on a speech to know if they can eat,\" she said.",
        "\"It is not enough,\" said opposition spokesman on foreign affairs Tom Ridley.",
    ]);
    assert_eq!(speakers[2], ["Sharlene Barrett-Morgan"]);
    assert_eq!(speakers[3], ["Tom Ridley"]);
}

#[test]
fn an_opposition_politician_speaks_for_the_home_country_not_a_government_that_just_spoke() {
    let a = attribute(
        &[
            "Kyrgyzstan and Tajikistan signed a treaty on Tuesday fixing their border.",
            "China's foreign ministry said it supports the deal.",
            "Opposition politician Temirlan Asanaliev said officials had kept the maps secret.",
            "\"They are asking people to celebrate a document,\" Asanaliev wrote on Telegram.",
        ],
        &[],
        Some("BISHKEK"),
    );
    assert_eq!(a[3].speakers, ["Temirlan Asanaliev"]);
    assert_eq!(a[3].countries, ["Kyrgyzstan"]);
}

#[test]
fn heavy_and_road_narrow_a_portfolio_before_a_title() {
    let a = attribute(
        &[
            "Heavy Industries Secretary Nandita Sharma said the government expected \
             \"at least five bids.\"",
            "Road Transport Adviser Farida Chowdhury said drivers \"will be offered training.\"",
        ],
        &[],
        Some("NEW DELHI"),
    );
    assert_eq!(a[0].speakers, ["Nandita Sharma"]);
    assert_eq!(a[0].countries, ["India"]);
    assert_eq!(a[1].speakers, ["Farida Chowdhury"]);
    assert_eq!(a[1].countries, ["India"]);
}

#[test]
fn a_politician_is_in_the_politics_of_the_dateline_country() {
    let a = attribute(
        &[
            "Opposition politician Mireille Dorsainvil said the timetable was \"a promise made \
           to foreigners.\"",
        ],
        &[],
        Some("PORT-AU-PRINCE"),
    );
    assert_eq!(a[0].speakers, ["Mireille Dorsainvil"]);
    assert_eq!(a[0].countries, ["Haiti"]);
}

#[test]
fn a_country_calling_for_something_past_an_apposition_answers_for_its_spokesman() {
    let a = attribute(
        &[
            "North Korea said Thursday it had placed a satellite in orbit.",
            "China, the North's main ally, called for restraint. Foreign ministry spokesman Gao \
             Zhenyu said all parties should \"avoid actions that raise tensions.\"",
        ],
        &[],
        Some("SEOUL"),
    );
    assert_eq!(a[1].speakers, ["Gao Zhenyu"]);
    assert_eq!(a[1].countries, ["China"]);
}

#[test]
fn an_office_for_a_country_s_affairs_is_another_state_s() {
    let a = attribute(
        &[
            "Taiwan's coast guard detained a Chinese fishing boat on Tuesday.",
            "In Beijing, Taiwan Affairs Office spokesman Peng Haoran said the detention was a \
             \"malicious\" act.",
        ],
        &[],
        Some("TAIPEI"),
    );
    assert_eq!(a[1].speakers, ["Peng Haoran"]);
    assert_eq!(a[1].countries, ["China"]);
}

#[test]
fn the_lead_s_office_holder_may_carry_an_honorific_and_the_lead_an_interjection() {
    let a = attribute(
        &[
            "Kuwait\"s Oil Minister, in remarks published today, said there were no plans for \
             an emergency OPEC meeting.",
            "Sheikh Ali al-Khalifa al-Sabah was quoted by the local daily al-Qabas as saying: \
             \"None of the OPEC members has asked for such a meeting.\"",
            "\"This rumour is baseless,\" the minister said.",
        ],
        &[],
        Some("KUWAIT"),
    );
    assert_eq!(a[1].speakers, ["Ali al-Khalifa al-Sabah"]);
    assert_eq!(a[1].countries, ["Kuwait"]);
    assert_eq!(a[2].speakers, ["Ali al-Khalifa al-Sabah"]);
    assert_eq!(a[2].countries, ["Kuwait"]);
}

#[test]
fn a_lowercase_portfolio_before_minister_is_the_government_s() {
    let a = attribute(
        &[
            "\"We instruct all aid groups to stop,\" said social welfare minister Nicholas Goche.",
            "\"They were not going anywhere,\" said deputy information minister Bright Matonga.",
        ],
        &[],
        Some("HARARE"),
    );
    assert_eq!(a[0].countries, ["Zimbabwe"]);
    assert_eq!(a[1].countries, ["Zimbabwe"]);
    // (So is one before a commissioner or a secretary.)
    let a = attribute(
        &[
            "Hong Kong's banking sector has regained its stability, banking commissioner Robert \
           Fell said.",
            "\"The banking climate has dramatically changed,\" he said.",
        ],
        &[],
        Some("HONG KONG"),
    );
    assert_eq!(a[1].countries, ["Hong Kong"]);
}

#[test]
fn a_lead_of_a_state_s_police_in_a_country_places_an_undated_story() {
    let date = time::Date::from_calendar_date(2008, time::Month::June, 6).ok();
    let p = [
        "Police in Zimbabwe have stopped opposition leader Morgan Tsvangirai on the way to a \
         campaign rally.",
        "\"They can be searched at any roadblock,\" said Home Affairs Minister Kembo Mohadi.",
    ];
    let a = attribute_dated(&p, &[], None, date);
    assert_eq!(a[1].speakers, ["Kembo Mohadi"]);
    assert_eq!(a[1].countries, ["Zimbabwe"]);
}

#[test]
fn a_lone_name_described_in_apposition_before_the_verb_is_someone() {
    let a = speakers(&[
        "\"No culture can thrive in a closed environment,\" Zhu, the railway official, said.",
        "\"It will be good for the region,\" he said.",
    ]);
    assert_eq!(a[0], ["Zhu"]);
    assert_eq!(a[1], ["Zhu"]);
}

#[test]
fn a_manner_adverb_after_an_apposition_s_comma_leaves_the_subject_before_it() {
    let a = speakers(&[
        "Senator John Murtha spoke on Thursday.",
        "Murtha, who had served in Vietnam, angrily denounced the vice president with sarcasm: \
         \"I like guys who have never been there.\"",
    ]);
    assert_eq!(a[1], ["John Murtha"]);
}

#[test]
fn who_right_after_a_titled_name_stands_for_it() {
    let a = attribute(
        &[
            "His threats were challenged by acting Prosecutor General Azimbek Beknazarov who \
           said, \"These are the people who freed you.\"",
        ],
        &[],
        Some("BISHKEK"),
    );
    assert_eq!(a[0].speakers, ["Azimbek Beknazarov"]);
    assert_eq!(a[0].countries, ["Kyrgyzstan"]);
}

#[test]
fn a_member_of_the_cabinet_holds_a_public_office() {
    let a = attribute(
        &[
            "But Alevtina Pronenko, a member of the acting cabinet, said of the situation, \"I \
           think that the people will not stand for this.\"",
        ],
        &[],
        Some("BISHKEK"),
    );
    assert_eq!(a[0].speakers, ["Alevtina Pronenko"]);
    assert_eq!(a[0].countries, ["Kyrgyzstan"]);
}

#[test]
fn an_official_speaking_in_a_seat_of_government_the_dispatch_names_speaks_at_home() {
    let p = [
        "Congo's government and M23 rebels resumed talks in Qatar on Wednesday on a peace deal \
         for eastern Congo.",
        "Opposition lawmaker Patrick Ilunga said in Kinshasa that the government had \
         \"outsourced Congo's sovereignty to foreign mediators.\"",
        "Foreign Minister Raif Dizdarevic said in Caracas that \"radical changes\" were needed.",
    ];
    let a = attribute(&p, &[], Some("DOHA"));
    assert_eq!(a[1].countries, ["Democratic Republic of the Congo"]);
    // (A foreign minister travels; a capital named once is only visited.)
    assert_ne!(a[2].countries, ["Venezuela"]);
}

#[test]
fn a_lead_of_a_demonym_s_troops_closed_by_an_inverted_speaker_gives_the_country() {
    let date = time::Date::from_calendar_date(2006, time::Month::March, 15).ok();
    let p = [
        "Australian troops in southern Iraq will shift to an \"overwatch\" role, says Defence \
         Minister Brendan Nelson.",
        "Dr Nelson says the soldiers will soon provide \"front-line combat support\" for \
         coalition troops.",
    ];
    let a = attribute_dated(&p, &[], None, date);
    assert_eq!(a[1].speakers, ["Brendan Nelson"]);
    assert_eq!(a[1].countries, ["Australia"]);
}

#[test]
fn a_party_label_stands_for_that_party_s_leader_in_a_chamber() {
    let a = speakers(&[
        "\"Japan has come to symbolize what we fear,\" Senate Democratic leader Robert Byrd said.",
        "\"If we can find a way,\" the West Virginia Democrat said at a hearing.",
    ]);
    assert_eq!(a[1], ["Robert Byrd"]);
}

#[test]
fn a_central_bank_governor_under_an_american_dateline_is_the_other_country_s() {
    let p = [
        "Brazil and its bank creditors failed to achieve any breakthrough in debt talks here \
         after Brazil refused to say when it would resume interest payments.",
        "Central Bank governor Francisco Gros said U.S. banks would have to wait and that \
         Brazil would pay \"as soon as we can.\"",
    ];
    let a = attribute(&p, &[], Some("MIAMI"));
    assert_eq!(a[1].speakers, ["Francisco Gros"]);
    assert_eq!(a[1].countries, ["Brazil"]);
}

#[test]
fn a_known_surname_after_back_in_a_place_opens_the_sentence_for_a_later_she() {
    let a = speakers(&[
        "Rutendo Mapfumo, a mother of three, has queued since Monday.",
        "\"We come every day,\" said Loveness Chakanyuka, a nurse.",
        "Back in Budiriro, Mapfumo reached the front of the queue. \"Tomorrow,\" she said, \"I \
         will come at two.\"",
    ]);
    assert_eq!(a[2], ["Rutendo Mapfumo"]);
}

#[test]
fn a_nationality_may_describe_the_body_a_named_person_is_of() {
    let a = one(
        "Ruth Lerner of the Israeli settlement watchdog Peace Now said tenders could follow. \
         \"Once the bulldozers start, it will be almost impossible to reverse,\" she said.",
    );
    assert_eq!(a.speakers, ["Ruth Lerner"]);
}

#[test]
fn a_country_s_office_in_apposition_may_close_with_the_sentence() {
    let a = attribute(
        &[
            "Security tightened before a visit by Japan's foreign minister, Nobutaka Machimura.",
            "\"We cannot but say that security is insufficient,\" Machimura told reporters.",
        ],
        &[],
        Some("BEIJING"),
    );
    assert_eq!(a[1].speakers, ["Nobutaka Machimura"]);
    assert_eq!(a[1].countries, ["Japan"]);
}

#[test]
fn a_councillor_is_a_title_not_a_name() {
    let a = one("\"The city has waited long enough,\" said Councillor Sheila Gilmore.");
    assert_eq!(a.speakers, ["Sheila Gilmore"]);
    let a = one("\"We are concerned,\" Chinese State Councilor Tang Jiaxuan said.");
    assert_eq!(a.speakers, ["Tang Jiaxuan"]);
}

#[test]
fn its_spokeswoman_after_a_sentence_about_an_alliance_is_the_party_s() {
    let a = attribute(
        &[
            "The small Red-Green Alliance voted against. Its legal affairs spokeswoman, Nanna \
           Skovgaard, warned that \"private companies will be doing the work of the police.\"",
        ],
        &[],
        Some("COPENHAGEN"),
    );
    assert_eq!(a[0].speakers, ["Nanna Skovgaard"]);
    assert_eq!(a[0].countries, ["Denmark"]);
}

#[test]
fn a_country_s_name_at_the_end_of_a_region_s_is_no_country() {
    let a = attribute(
        &[
            "\"I am expecting sanctions at least,\" Sen. Pete Domenici, a New Mexico Republican, \
           said.",
        ],
        &[],
        Some("WASHINGTON"),
    );
    assert_eq!(a[0].speakers, ["Pete Domenici"]);
    assert_eq!(a[0].countries, ["United States"]);
}

#[test]
fn a_portfolio_before_ministry_names_the_governments_own_ministry() {
    for office in [
        "Petroleum Ministry spokesman",
        "Oil Ministry spokesman",
        "petroleum ministry spokesman",
    ] {
        let d = [
            "Egypt raised fuel prices on Friday.".to_string(),
            format!("\"This is the last increase,\" {office} Ayman Fathy told a talk show."),
        ];
        let d: Vec<&str> = d.iter().map(String::as_str).collect();
        let a = attribute(&d, &[], Some("CAIRO"));
        assert_eq!(a[1].countries, ["Egypt"], "{office}");
    }
    // (A state named before the portfolio still owns it.)
    let d = [
        "Egypt raised fuel prices on Friday.",
        "\"This is the last increase,\" Saudi Oil Ministry spokesman Fahd Nasser said.",
    ];
    let a = attribute(&d, &[], Some("CAIRO"));
    assert_eq!(a[1].countries, ["Saudi Arabia"]);
}

#[test]
fn a_lawmaker_for_a_body_named_society_sits_for_a_party() {
    let profiles = [KnownPerson {
        name: "Nacer Boukhalfa",
        country: Some("Algeria"),
        bio: "Boukhalfa is a lawmaker for the Movement of Society for Peace, the largest opposition group.",
    }];
    let d = [
        "Algeria’s lower house adopted a budget on Tuesday.",
        "MSP lawmaker Nacer Boukhalfa said the government was betting. “Every year we are told this,” he said.",
    ];
    let a = attribute(&d, &profiles, Some("ALGIERS"));
    assert_eq!(a[1].countries, ["Algeria"]);
    // (The president of a society is still its officer, not the state's.)
    let profiles = [KnownPerson {
        name: "Nacer Boukhalfa",
        country: Some("Algeria"),
        bio: "Boukhalfa is the president of the Algerian Society for Peace.",
    }];
    let a = attribute(&d[..1].iter().copied().chain(["“Every year we are told this,” said Nacer Boukhalfa, president of the Algerian Society for Peace."]).collect::<Vec<_>>(), &profiles, Some("ALGIERS"));
    assert_eq!(a[1].countries, Vec::<String>::new());
}

#[test]
fn an_office_for_someone_left_unclosed_before_the_verb_belongs_to_the_name_before_it() {
    let d = [
        "Israel launched an offensive in Gaza on Thursday.",
        "Nabil Abu Rdeneh, spokesman for Palestinian President Mahmoud Abbas said that the offensive was no coincidence.",
        "\"We consider what is going on in Gaza a bloody message.\"",
        "Jerry Abbenhaus, analyst for AGE Clearing noted that prices were already lower. \"That does not mean hogs have to be cheaper,\" he said.",
    ];
    let a = attribute(&d, &[], Some("RAMALLAH"));
    assert_eq!(a[2].speakers, ["Nabil Abu Rdeneh"]);
    assert_eq!(a[3].speakers, ["Jerry Abbenhaus"]);
    // (A body's office, its owner's possessive first.)
    let a = one("\"We have the capacity to produce the amount,\" Rastam Hadi, Petronas's Vice-President for Upstream Sector said.");
    assert_eq!(a.speakers, ["Rastam Hadi"]);
    // (With the apposition closed, as before.)
    let a = one(
        "Nabil Abu Rdeneh, spokesman for President Mahmoud Abbas, said \"this is no coincidence.\"",
    );
    assert_eq!(a.speakers, ["Nabil Abu Rdeneh"]);
}

#[test]
fn an_officer_of_a_council_of_cooperatives_speaks_for_no_state() {
    let d = [
        "U.S. Agriculture Secretary Richard Lyng met grain exporters on Tuesday.",
        "\"He simply told us he was not in any position to talk,\" said Glen Hofer, vice president of the National Council of Farmer Cooperatives.",
    ];
    let a = attribute(&d, &[], Some("WASHINGTON"));
    assert_eq!(a[1].speakers, ["Glen Hofer"]);
    assert_eq!(a[1].countries, Vec::<String>::new());
    // (A council of the state's is still the state's.)
    let d = [
        "U.S. Agriculture Secretary Richard Lyng met grain exporters on Tuesday.",
        "\"He simply told us he was not in any position to talk,\" said Glen Hofer, vice president of the National Security Council.",
    ];
    let a = attribute(&d, &[], Some("WASHINGTON"));
    assert_eq!(a[1].countries, ["United States"]);
}

#[test]
fn a_phrase_set_off_after_and_leaves_the_verb_to_the_clauses_subject() {
    let a = one("Israeli Vice Premier Shimon Peres had earlier persuaded Nicole Kidman to visit Israel and, during a conference held by Rupert Murdoch, said \"Maybe you can be tourism ambassador.\"");
    assert_eq!(a.speakers, ["Shimon Peres"]);
    assert_eq!(a.countries, ["Israel"]);
}

#[test]
fn a_name_inside_an_apposition_opened_by_of_is_not_the_subject() {
    let a = one("Ousseynou Gaye Toure, of the anti-corruption group Forum Civil, said the trials would be \"a test of whether this government applies the law.\"");
    assert_eq!(a.speakers, ["Ousseynou Gaye Toure"]);
    let a =
        one("Simon Neil, of Scottish group Biffy Clyro, explained: \"We sell fewer records now.\"");
    assert_eq!(a.speakers, ["Simon Neil"]);
}

#[test]
fn a_verb_closing_the_sentence_takes_a_quote_inside_a_long_reported_clause() {
    let a = one("The United States is prepared to \"pull out all the stops\" to defend its agricultural trade rights under the General Agreement on Tariffs and Trade (GATT), U.S. Ambassador to GATT Michael Samuels said.");
    assert_eq!(a.speakers, ["Michael Samuels"]);
    // (Not a one-word term so far from the verb.)
    let a = one("The category referred to as \"other,\" covering bank and credit union loans and the loans of many other lenders, fell by 250 mln dlrs in January after declining in December, Fed official John Smith said.");
    assert_eq!(a.speakers, Vec::<String>::new());
}

#[test]
fn a_committee_name_with_and_keeps_its_chamber() {
    let a = attribute(
        &[
            "Lawmakers met on Wednesday.",
            "\"It is just too early,\" House Ways and Means Committee chairman Dan Rostenkowski said.",
        ],
        &[],
        Some("WASHINGTON"),
    );
    assert_eq!(a[1].speakers, ["Dan Rostenkowski"]);
    assert_eq!(a[1].countries, ["United States"]);
}

#[test]
fn a_name_given_a_role_after_like_is_whom_a_later_pronoun_means() {
    let got = speakers(&[
        "\"Wages will rise,\" said Labour Minister Renata Lacerda.",
        "For workers like Joselito Amaral da Costa, a bus driver in Ceilandia, the change means 300 reais more. \"That is the electricity bill,\" he said.",
    ]);
    assert_eq!(got[1], ["Joselito Amaral da Costa"]);
}

#[test]
fn its_refers_to_a_states_ministry_named_with_a_list_of_portfolios() {
    let a = attribute(
        &[
            "Exports fell in March.",
            "Brazil's Development, Industry and Trade Ministry said last week it would offer credit lines. Its foreign trade secretary, Fabio Noronha Campos, said the government would help. \"We already sell to 150 countries,\" he said.",
        ],
        &[],
        Some("BRASILIA"),
    );
    assert_eq!(a[1].speakers, ["Fabio Noronha Campos"]);
    assert_eq!(a[1].countries, ["Brazil"]);
    // (A lowercase agency after the possessive is the state's too.)
    let a = attribute(
        &[
            "Rain fell.",
            "Japan's weather agency said rainfall had been above average. Its spokesman, Kenji Sato, said the agency expected a \"neutral\" season.",
        ],
        &[],
        Some("OSAKA"),
    );
    assert_eq!(a[1].countries, ["Japan"]);
}

#[test]
fn a_director_of_a_coalition_of_rights_groups_speaks_for_no_state() {
    for office in [
        "director of a coalition of Paraguayan human rights groups",
        "director of a Paraguayan human rights group",
    ] {
        let d = [
            "Paraguay passed a law on Friday.".to_string(),
            format!(
                "Marta Duarte Villalba, {office}, said the wording was \"deliberately vague.\""
            ),
        ];
        let d: Vec<&str> = d.iter().map(String::as_str).collect();
        let a = attribute(&d, &[], Some("ASUNCION"));
        assert_eq!(a[1].speakers, ["Marta Duarte Villalba"]);
        assert_eq!(a[1].countries, Vec::<String>::new(), "{office}");
    }
}

#[test]
fn a_turkic_patronymic_stays_inside_the_name() {
    let a = attribute(
        &[
            "Deputy Foreign Minister Ramil Rafiq oglu Hasanzade told reporters in Baku that the sides had agreed.",
            "\"The Russian side has accepted its responsibility,\" Hasanzade said.",
        ],
        &[],
        Some("BAKU"),
    );
    assert_eq!(a[1].speakers, ["Ramil Rafiq oglu Hasanzade"]);
    assert_eq!(a[1].countries, ["Azerbaijan"]);
}

#[test]
fn a_city_the_gazetteer_places_before_a_mayor_gives_its_country() {
    for city in ["NYC", "Chicago", "Los Angeles"] {
        let d = format!("{city} mayor Michael Bloomberg said there would be \"no winners\" if a strike became a reality.");
        let a = one(&d);
        assert_eq!(a.speakers, ["Michael Bloomberg"]);
        assert_eq!(a.countries, ["United States"], "{city}");
    }
    // (A town the gazetteer does not know gives none.)
    let a = one("Springdale mayor Ann Hill said there would be \"no winners\" if a strike became a reality.");
    assert_eq!(a.countries, Vec::<String>::new());
}

#[test]
fn an_unnamed_spokesman_for_a_states_institution_speaks_for_the_state() {
    for body in ["the CIA", "the Pentagon", "the White House"] {
        let d = format!("A spokesman for {body} said, \"It is the voice of Zawahiri.\"");
        let a = attribute(&["The tape was released on Friday.", &d], &[], None);
        assert_eq!(a[1].countries, ["United States"], "{body}");
    }
    // (Not a private body named with a country's adjective.)
    let a = attribute(
        &[
            "The tape was released on Friday.",
            "A spokesman for the American Manufacturing Trade Coalition said, \"It is a disgrace.\"",
        ],
        &[],
        None,
    );
    assert_eq!(a[1].countries, Vec::<String>::new());
}

#[test]
fn a_bare_spokesman_after_a_body_of_members_spoke_is_the_bodys() {
    let d = [
        "South Africa's central bank cut rates on Thursday.",
        "Labour federation COSATU said the cut was too small. Spokesman Zola Mthembu said it was \"too little, too late\" for workers.",
    ];
    let a = attribute(&d, &[], Some("PRETORIA"));
    assert_eq!(a[1].speakers, ["Zola Mthembu"]);
    assert_eq!(a[1].countries, Vec::<String>::new());
    // (After a state body, the state's.)
    let d = [
        "South Africa's central bank cut rates on Thursday.",
        "The Treasury welcomed the cut. Spokesman Zola Mthembu said it was \"just right\" for workers.",
    ];
    let a = attribute(&d, &[], Some("PRETORIA"));
    assert_eq!(a[1].countries, ["South Africa"]);
}

#[test]
fn a_party_tag_after_a_comma_or_before_a_stray_period_stays_with_the_name() {
    let a = one("\"We have a long ways to go,\" Rep. Martin Frost (D-Tex.). told Reuters.");
    assert_eq!(a.speakers, ["Martin Frost"]);
    assert_eq!(a.countries, ["United States"]);
    let a = one("Chairman of the House subcommittee, Rep. Ed Jones, (D-Tenn.) said today \"the time has arrived to consider assistance.\"");
    assert_eq!(a.speakers, ["Ed Jones"]);
    assert_eq!(a.countries, ["United States"]);
}

#[test]
fn a_republican_on_a_senate_committee_sits_in_the_united_states_congress() {
    let d = [
        "Japan opened its markets on Monday.",
        "\"We have come to seek the opening of Japan's markets,\" Jake Garn, ranking Republican on the Senate Banking Committee, told Prime Minister Yasuhiro Nakasone.",
    ];
    let a = attribute(&d, &[], Some("TOKYO"));
    assert_eq!(a[1].speakers, ["Jake Garn"]);
    assert_eq!(a[1].countries, ["United States"]);
    // (A committee of no chamber is no congress.)
    let d = [
        "Japan opened its markets on Monday.",
        "\"We have come to seek the opening of Japan's markets,\" Jake Garn, a Republican on the Banking Committee of the Chamber of Commerce, told reporters.",
    ];
    let a = attribute(&d, &[], Some("TOKYO"));
    assert_eq!(a[1].countries, Vec::<String>::new());
}

#[test]
fn a_wiki_heading_inside_a_paragraph_does_not_join_the_name_after_it() {
    let got = speakers(&[
        "Protesters marched in Taipei. ===Reaction from China=== Andrew Yang, secretary-general of the council, told Bloomberg, \"China probably will not respond.\"",
        "Treasurer Peter Costello spoke on Tuesday. ==Infrastructure== Costello said \"we will build roads.\"",
    ]);
    assert_eq!(got[0], ["Andrew Yang"]);
    assert_eq!(got[1], ["Peter Costello"]);
}

#[test]
fn offices_joined_by_and_before_one_name_introduce_that_name() {
    let a = one("\"This is only a show,\" said lawyer and legal rights activist Tom Hale.");
    assert_eq!(a.speakers, ["Tom Hale"]);
    let a = one("Opposition leader and acting President Tom Hale, said the deputies \"have made a correct decision.\"");
    assert_eq!(a.speakers, ["Tom Hale"]);
    // (An office of someone else, inside a longer apposition, is no subject.)
    let a = one("Tom Hale, the firm's Vice President of Corporate Development and Chief Legal Officer, noted that \"we were attacked.\"");
    assert_eq!(a.speakers, ["Tom Hale"]);
}

#[test]
fn an_article_and_a_mood_before_a_surname_closing_the_clause() {
    let got = speakers(&[
        "Tom Hale, a lawyer, spoke first.",
        "\"Is there no one else?\" asked an emotional Hale.",
        "\"Is there anyone?\" said a visibly tired Hale.",
    ]);
    assert_eq!(got[1], ["Tom Hale"]);
    assert_eq!(got[2], ["Tom Hale"]);
}

#[test]
fn an_undersecretary_is_the_dateline_governments() {
    let d = [
        "The Philippines awarded wind contracts on Wednesday.",
        "“This is the start of an industry,” Energy Undersecretary Rowena Cruz told a briefing.",
    ];
    let a = attribute(&d, &[], Some("MANILA"));
    assert_eq!(a[1].speakers, ["Rowena Cruz"]);
    assert_eq!(a[1].countries, ["Philippines"]);
}

#[test]
fn a_province_before_its_governor_or_regent_is_no_other_body() {
    let d = [
        "Indonesia evacuated villages on Monday.",
        "“We told them the danger was not over,” East Flores Regent Yosef Kelen said by phone.",
        "“Our people depend on these boats,” Romblon Gov. Wilfredo Aguirre said.",
    ];
    let a = attribute(&d, &[], Some("JAKARTA"));
    assert_eq!(a[1].speakers, ["Yosef Kelen"]);
    assert_eq!(a[1].countries, ["Indonesia"]);
    assert_eq!(a[2].countries, ["Indonesia"]);
    let d = [
        "France's farmers blocked roads on Monday.",
        "The prefect of Ariège, Christophe Venturini, said police would wait. “Our priority is that the roads are safe,” he said.",
    ];
    let a = attribute(&d, &[], Some("PARIS"));
    assert_eq!(a[1].countries, ["France"]);
}

#[test]
fn a_general_manager_is_a_firms_officer() {
    let d = [
        "China extended visa-free stays on Monday.",
        "“Now you can sell a real itinerary,” said Leon Hart, general manager of a Beijing-based tour operator.",
        "“The city saved water,” said Ana Ruiz, general manager of the city's water and sewer company.",
    ];
    let a = attribute(&d, &[], Some("BEIJING"));
    assert_eq!(a[1].speakers, ["Leon Hart"]);
    assert_eq!(a[1].countries, Vec::<String>::new());
    // (A town's company is its state's.)
    assert_eq!(a[2].countries, ["China"]);
}

#[test]
fn an_office_in_a_ministry_is_a_visitors_in_washington() {
    let d = [
        "Argentina's new financing package should be completed quickly, said Jorge Gonzalez, undersecretary for external debt in the economics ministry.",
        "Argentina will sign the deal with its banks next week, and Argentina's economy minister will attend, the banks said.",
        "\"We expect to complete the deal,\" Gonzalez said.",
    ];
    let a = attribute(&d, &[], Some("WASHINGTON"));
    assert_eq!(a[2].countries, ["Argentina"]);
}

#[test]
fn a_card_whose_bio_names_no_public_role_gives_only_a_nationality() {
    let cards = [
        KnownPerson {
            name: "Oh Mi-kyung",
            country: Some("South Korea"),
            bio: "Oh runs a small restaurant on Ganghwa island, a few kilometres from North Korea.",
        },
        KnownPerson {
            name: "Ryu Sung-jin",
            country: Some("South Korea"),
            bio: "Ryu has commanded the country's border troops since 2023.",
        },
    ];
    let d = [
        "“I hope tonight will be quiet,” said Oh Mi-kyung, who lives near the border.",
        "“We will answer any provocation,” Ryu Sung-jin said.",
    ];
    let a = attribute(&d, &cards, Some("SEOUL"));
    assert_eq!(a[0].speakers, ["Oh Mi-kyung"]);
    assert_eq!(a[0].countries, Vec::<String>::new());
    assert_eq!(a[1].countries, ["South Korea"]);
}

#[test]
fn a_countrys_national_company_is_its_states() {
    let d = [
        "Brazil's national oil company Petrocor and a private rival signed a deal on Monday.",
        "Petrocor chief executive Ana Ruiz said the deal gave the company \"the clarity we need.\"",
    ];
    let a = attribute(&d, &[], Some("RIO DE JANEIRO"));
    assert_eq!(a[1].speakers, ["Ana Ruiz"]);
    assert_eq!(a[1].countries, ["Brazil"]);
}

#[test]
fn a_role_and_name_in_apposition_after_an_opening_noun_take_a_later_pronoun() {
    let got = speakers(&[
        "\"We were promised jobs,\" said Chen Ah-hui, a retired teacher.",
        "Her neighbor, fisherman Lin Cheng-fu, voted yes. \"My power bill went up,\" he said.",
    ]);
    assert_eq!(got[1], ["Lin Cheng-fu"]);
}

#[test]
fn a_title_a_private_body_owns_or_one_for_a_described_body_speaks_for_no_state() {
    let d = [
        "Canada cut college funding on Monday, and Colleges Ontario protested.",
        "“This is the end,” said Denise Farah, the group’s president.",
        "“They modernized everything,” said Yanira Beltre, spokeswoman for a coalition of feminist groups that protested.",
        "“We came to do our duty,” said acting speaker Mahmoud Dulaimi, the chamber's oldest member.",
    ];
    let a = attribute(&d, &[], Some("OTTAWA"));
    assert_eq!(a[1].speakers, ["Denise Farah"]);
    assert_eq!(a[1].countries, Vec::<String>::new());
    assert_eq!(a[2].countries, Vec::<String>::new());
    // (A chamber's member sits in the state's parliament.)
    assert_eq!(a[3].countries, ["Canada"]);
}

#[test]
fn a_legislatures_deputy_an_alliances_spokesman_and_a_state_bodys_officers_are_the_countrys() {
    let d = [
        "Vietnam's railway project was delayed, and Taiwan's regulator met on Monday.",
        "\"We approved this line to be built well,\" Nguyen Thi Thuong, a National Assembly deputy from Hai Phong, said.",
        "\"Nobody wants to build here,\" said Joost Meulen, energy spokesman for the GroenLinks-PvdA alliance.",
    ];
    let a = attribute(&d, &[], Some("HANOI"));
    assert_eq!(a[1].countries, ["Vietnam"]);
    assert_eq!(a[2].countries, ["Vietnam"]);
    let d = [
        "President Lai said the state-run utility, Taipower, would apply to the Nuclear Safety Commission.",
        "\"We need to inspect the equipment,\" Taipower spokesperson Chang Yung-ching said.",
        "The commission's deputy chair, Hsu Wen-pin, said it would judge \"on safety alone.\"",
    ];
    let a = attribute(&d, &[], Some("TAIPEI"));
    assert_eq!(a[1].countries, ["Taiwan"]);
    assert_eq!(a[2].countries, ["Taiwan"]);
}

#[test]
fn an_organisation_and_a_body_word_before_a_title_leave_the_participle_to_the_name() {
    let a = one("Hamas government spokesman Ghazi Hamad was cautious not to call the blast an attack, saying that \"hasty accusations\" should be avoided.");
    assert_eq!(a.speakers, ["Ghazi Hamad"]);
    assert!(a.organizations.is_empty());
}

#[test]
fn a_mission_placed_by_its_city_after_a_determiner_is_the_seat_not_the_title() {
    let a = one("The paper printed an article by China's commercial counsellor in its Washington embassy, Chen Shibiao, who said that \"all kinds of difficulties\" were preventing trade.");
    assert_eq!(a.speakers, ["Chen Shibiao"]);
    assert_eq!(a.countries, ["China"]);
}

#[test]
fn an_administrator_heads_a_state_agency() {
    let d = [
        "The Philippines' Maritime Industry Authority ordered the ferry firm to pull its vessels.",
        "\"If there was negligence, the company will answer for it,\" Administrator Leonora Pineda said.",
    ];
    let a = attribute(&d, &[], Some("MANILA"));
    assert_eq!(a[1].speakers, ["Leonora Pineda"]);
    assert_eq!(a[1].countries, ["Philippines"]);
}

#[test]
fn a_country_label_run_into_a_wiki_lead_places_the_story() {
    let p = [
        "New Zealand A Yemeni man has been deported from New Zealand to Saudi Arabia, officials said.",
        "Immigration Minister David Cunliffe says \"the man's presence posed a threat.\"",
        "\"Our forces are safe,\" said Lt. Col. Steve Stover, a spokesman for the multinational force in Wellington.",
    ];
    let a = attribute_dated(&p, &[], None, Some(time::macros::date!(2006 - 06 - 10)));
    assert_eq!(a[1].speakers, ["David Cunliffe"]);
    assert_eq!(a[1].countries, ["New Zealand"]);
    // (A force of many states speaks for none.)
    assert_eq!(a[2].countries, Vec::<String>::new());
}

#[test]
fn a_party_and_seat_after_a_name_or_telling_parliament_make_a_lawmaker() {
    let p = [
        "Australian news The opposition vowed on Friday to keep disrupting parliament until the government bows to its demands.",
        "Mr Hartsuyker told parliament \"We want the Prime Minister here.\"",
        "Anthony Albanese (Labor, Grayndler) said the opposition had \"reduced to a rabble\" the house.",
        "\"Speculation will not add liquidity,\" Seale told the House Agriculture Subcommittee.",
    ];
    let a = attribute_dated(&p, &[], None, Some(time::macros::date!(2008 - 02 - 23)));
    assert_eq!(a[1].countries, ["Australia"]);
    assert_eq!(a[2].speakers, ["Anthony Albanese"]);
    assert_eq!(a[2].countries, ["Australia"]);
    // (A witness before a committee is no member.)
    assert_eq!(a[3].countries, Vec::<String>::new());
}

#[test]
fn an_office_of_a_public_body_the_dispatch_introduced_by_its_short_name_is_an_officials() {
    let d = [
        "Singapore's central bank eased policy on Monday, the Monetary Authority of Singapore (MAS) said.",
        "\"Core inflation has come down faster than we expected,\" MAS managing director Lim Wei Ling told reporters.",
        "Guatemala's rains displaced thousands, the national disaster agency Conred said.",
        "\"The soil is saturated,\" Conred spokesperson Ana Mejicanos said.",
        "An American Farm Bureau Federation (AFBF) official criticised the ruling.",
        "\"Our programs help every producer,\" AFBF president Dean Kleckner said.",
    ];
    let a = attribute(&d, &[], Some("SINGAPORE"));
    assert_eq!(a[1].speakers, ["Lim Wei Ling"]);
    assert_eq!(a[1].countries, ["Singapore"]);
    assert_eq!(a[3].countries, ["Singapore"]);
    // (A body of members, whatever its name's words, is no state's.)
    assert_eq!(a[5].countries, Vec::<String>::new());
}

#[test]
fn an_apposition_between_dashes_or_a_long_whose_clause_leaves_the_verb_to_the_name_before() {
    let a = one("Speaking on army radio, Justice Minister Haim Ramon - a close confidant of Prime Minister Ehud Olmert - said \"everyone understands that a victory for Hezbollah is a victory for Iran.\"");
    assert_eq!(a.speakers, ["Haim Ramon"]);
    let a = one("Justice Minister Haim Ramon — a close confidant of Prime Minister Ehud Olmert — said \"everyone understands the stakes.\"");
    assert_eq!(a.speakers, ["Haim Ramon"]);
    // (Or the name the dashes hold, after a description.)
    let a = one("On Capitol Hill, a senior Democrat - Senator Dick Durbin of Illinois - denounced \"any use of waterboarding.\"");
    assert_eq!(a.speakers, ["Dick Durbin"]);
    let a = one("Stansfield Turner, whose term as CIA director was during the administration of Jimmy Carter said, \"I am embarrassed.\"");
    assert_eq!(a.speakers, ["Stansfield Turner"]);
}

#[test]
fn a_single_name_with_an_age_a_role_or_the_idiom_of_giving_it_names_the_speaker() {
    let a =
        one("“I was born in Isfahan,” said Farid, 19, who asked that only his first name be used.");
    assert_eq!(a.speakers, ["Farid"]);
    let a = one(
        "\"I woke up a foreigner,\" said Hanan, a Jordanian-born teacher who lost her citizenship.",
    );
    assert_eq!(a.speakers, ["Hanan"]);
    let a = one("A house painter from Idlib who gave only his first name, Ahmad, said he had registered. \"My mother is alone there.\"");
    assert_eq!(a.speakers, ["Ahmad"]);
}

#[test]
fn a_description_then_a_single_titled_name_after_an_inverted_verb_names_the_speaker() {
    let a = one("\"He will be remembered,\" said the Australian Governor General, Major General Jeffery, in a statement.");
    assert_eq!(a.speakers, ["Jeffery"]);
    assert_eq!(a.countries, ["Australia"]);
}

#[test]
fn a_name_after_among_them_was_takes_a_later_pronoun() {
    let got = speakers(&[
        "“This law is overdue,” said Senator Jairo Prates.",
        "Among them was Beatriz Castro Méndez, whose husband died in 2021. “He asked me for this,” she said.",
    ]);
    assert_eq!(got[1], ["Beatriz Castro Méndez"]);
}

#[test]
fn a_state_institution_before_a_lowercase_word_of_the_office_owns_it() {
    let a = one("\"This is a responsible step,\" Petrobras exploration director Marcos Barreto said in a statement.");
    assert_eq!(a.speakers, ["Marcos Barreto"]);
    assert_eq!(a.countries, ["Brazil"]);
}

#[test]
fn a_state_institution_before_a_verb_does_not_own_the_title_after_it() {
    let d = [
        "Petrobras hired Director Ana Ruiz, a former banker, on Monday.",
        "\"This is a responsible step,\" Ruiz said.",
    ];
    let a = attribute(&d, &[], None);
    assert_eq!(a[1].speakers, ["Ana Ruiz"]);
    assert_eq!(a[1].countries, Vec::<String>::new());
}

#[test]
fn a_whip_is_a_parliamentary_title() {
    let d = ["“The government has lost its numbers,” said opposition whip Alfred Tanakoli."];
    let a = attribute(&d, &[], Some("HONIARA"));
    assert_eq!(a[0].speakers, ["Alfred Tanakoli"]);
    assert_eq!(a[0].countries, ["Solomon Islands"]);
}

#[test]
fn a_minister_in_the_presidency_holds_a_title_of_its_own() {
    let d = ["Minister in the Presidency Josef Kandjimi told parliament the law was written \"for a country that had no oil\"."];
    let a = attribute(&d, &[], Some("WINDHOEK"));
    assert_eq!(a[0].speakers, ["Josef Kandjimi"]);
    assert_eq!(a[0].countries, ["Namibia"]);
}

#[test]
fn a_portfolio_completed_by_a_second_word_is_the_titles() {
    let d = [
        "“It is achievable,” Minister for Climate Change and Energy Daniel Hart told Reuters.",
        "“It is backed by a plan,” said Minister for Climate Change Daniel Hart.",
    ];
    let a = attribute(&d, &[], Some("CANBERRA"));
    assert_eq!(a[0].speakers, ["Daniel Hart"]);
    assert_eq!(a[0].countries, ["Australia"]);
    assert_eq!(a[1].speakers, ["Daniel Hart"]);
}

#[test]
fn after_the_verb_a_body_and_lowercase_words_of_its_office_lead_to_the_name() {
    let a = one("\"Banks will not finance it,\" said TAP commercial director Giulia Marchesini.");
    assert_eq!(a.speakers, ["Giulia Marchesini"]);
    // (Not the bank's branch city's official.)
    let a = one("\"It may fall,\" said Chemical Bank Tokyo branch vice president Yukuo Takahashi.");
    assert_eq!(a.speakers, ["Yukuo Takahashi"]);
    assert_eq!(a.countries, Vec::<String>::new());
    // (Nor a name and the article of its apposition.)
    let a = one("\"We have weapons,\" said Nizar Rayyan a senior Hamas government official.");
    assert_eq!(a.speakers, ["Nizar Rayyan"]);
}

#[test]
fn a_department_named_by_a_narrowed_portfolio_is_the_governments() {
    let d = [
        "\"We cannot build the same buildings,\" Public Works Department director Elsie Kalo said.",
    ];
    let a = attribute(&d, &[], Some("PORT VILA"));
    assert_eq!(a[0].speakers, ["Elsie Kalo"]);
    assert_eq!(a[0].countries, ["Vanuatu"]);
}

#[test]
fn an_apposition_after_an_opening_phrase_may_leave_its_closing_comma_out() {
    let a = one("Later, the Kremlin spokesman, Dmitry Peskov said, \"These are provocations.\"");
    assert_eq!(a.speakers, ["Dmitry Peskov"]);
    assert_eq!(a.countries, ["Russia"]);
    let a = one(
        "With regard to the prisoners, the White House spokesman, Scott McClellan said, \"These are dangerous men.\"",
    );
    assert_eq!(a.speakers, ["Scott McClellan"]);
    assert_eq!(a.countries, ["United States"]);
}

#[test]
fn sen_after_a_given_name_is_a_surname() {
    let a = one("Anumita Sen, a researcher at a think tank, said age was a crude test. \"A badly kept truck can pollute more,\" she said.");
    assert_eq!(a.speakers, ["Anumita Sen"]);
    let a = one("\"Age is a crude test,\" said Sen John McCain.");
    assert_eq!(a.speakers, ["John McCain"]);
}

#[test]
fn a_title_of_a_narrowed_lowercase_portfolio_keeps_its_owner() {
    let d = ["The Ministry of Health said cases had doubled. Its director of public health, Dr. Teraaka Ioane, said the ministry was \"very worried\"."];
    let a = attribute(&d, &[], Some("TARAWA"));
    assert_eq!(a[0].speakers, ["Teraaka Ioane"]);
    assert_eq!(a[0].countries, ["Kiribati"]);
}

#[test]
fn a_state_company_named_by_several_words_of_its_trade_is_noted() {
    let d = [
        "State heat and power company Termoelectrica supplies most homes.",
        "\"Our boilers run on gas,\" Termoelectrica spokeswoman Cristina Rusu said.",
    ];
    let a = attribute(&d, &[], Some("CHISINAU"));
    assert_eq!(a[1].speakers, ["Cristina Rusu"]);
    assert_eq!(a[1].countries, ["Moldova"]);
    let d = ["Sherzod Nurmatov, a deputy head of the state gas distributor Hududgaztaminot, said pressure had fallen. \"Do not use stoves,\" he said."];
    let a = attribute(&d, &[], Some("TASHKENT"));
    assert_eq!(a[0].countries, ["Uzbekistan"]);
}

#[test]
fn an_office_of_a_state_body_known_by_its_short_name_is_an_officials() {
    let d = [
        "The law placed the National Anti-Corruption Bureau of Ukraine, known as NABU, under the prosecutor general.",
        "Bohdan Kovalyshyn, a deputy director of NABU, told reporters the bureau would resume cases. \"Not one detective has left,\" Kovalyshyn said.",
    ];
    let a = attribute(&d, &[], Some("KYIV"));
    assert_eq!(a[1].speakers, ["Bohdan Kovalyshyn"]);
    assert_eq!(a[1].countries, ["Ukraine"]);
}

#[test]
fn an_officer_of_a_commission_named_by_words_of_its_own_is_an_official() {
    let d = ["\"Transparency is the best cure,\" Teachers Service Commission chief executive Caroline Omolo said."];
    let a = attribute(&d, &[], Some("NAIROBI"));
    assert_eq!(a[0].countries, ["Kenya"]);
    // (Not the European Commission's, nor a bare `Commission` of the EC's stories.)
    let d = [
        "\"We take note,\" European Commission spokesman Lars Eriksen said.",
        "\"We take note,\" Commission spokesman Lars Eriksen told reporters in Brussels of the Romanian plan.",
    ];
    let a = attribute(&d, &[], Some("BUCHAREST"));
    assert_eq!(a[0].countries, Vec::<String>::new());
    assert_eq!(a[1].countries, Vec::<String>::new());
}

#[test]
fn the_head_of_a_commission_named_in_apposition_is_an_official() {
    let d = ["\"Transparency is the best cure,\" said Caroline Omolo, chairman of the Teachers Service Commission."];
    let a = attribute(&d, &[], Some("NAIROBI"));
    assert_eq!(a[0].countries, ["Kenya"]);
}

#[test]
fn a_middle_initial_without_its_period_takes_one() {
    let d = [
        "U.S. President George W Bush called the move \"unacceptable\".",
        "\"We will respond,\" said George W. Bush.",
    ];
    let a = attribute(&d, &[], None);
    assert_eq!(a[0].speakers, ["George W. Bush"]);
    assert_eq!(a[1].speakers, ["George W. Bush"]);
    // (Initials all stay as written.)
    assert_eq!(
        one("\"We will respond,\" said D K Shankaran.").speakers,
        ["D K Shankaran"]
    );
}

#[test]
fn a_titled_name_before_a_participle_of_the_occasion_is_the_subject() {
    let a = one("U.S. President George W. Bush speaking at the White House ahead of an emergency closed session of the UN Security Council called the action \"unacceptable\".");
    assert_eq!(a.speakers, ["George W. Bush"]);
    assert_eq!(a.countries, ["United States"]);
}

#[test]
fn a_quote_missing_its_closing_mark_before_the_attribution_is_the_speakers() {
    let d = [
        "White House spokesman Marlin Fitzwater spoke on Monday.",
        "The White House has previously said it would not negotiate until the Democrats agreed among themselves.",
        "\"If we had a reform package, we would be interested in pursuing it, Fitzwater said.",
    ];
    let a = attribute(&d, &[], Some("WASHINGTON"));
    assert_eq!(a[2].speakers, ["Marlin Fitzwater"]);
    assert_eq!(a[2].countries, ["United States"]);
}

#[test]
fn a_regions_legislature_in_apposition_gives_the_regions_country() {
    let a = one("David Cooke, a member of the Ontario Parliament, told the U.S. congressmen, \"We are your best friends.\"");
    assert_eq!(a.countries, ["Canada"]);
}

#[test]
fn a_partys_member_before_a_name_is_a_lawmaker() {
    let d = ["In the Commons, Liberal member Lloyd Axworthy called the ruling another \"trade harassment\"."];
    let a = attribute(&d, &[], Some("OTTAWA"));
    assert_eq!(a[0].speakers, ["Lloyd Axworthy"]);
    assert_eq!(a[0].countries, ["Canada"]);
}

#[test]
fn a_local_word_for_an_office_glossed_in_english_takes_the_gloss() {
    let d = ["In Tashkent, deputy khokim (mayor) Nodira Saidkhodjaeva said plants had switched fuel. \"Every school will be warm,\" she said."];
    let a = attribute(&d, &[], Some("TASHKENT"));
    assert_eq!(a[0].speakers, ["Nodira Saidkhodjaeva"]);
    assert_eq!(a[0].countries, ["Uzbekistan"]);
}

#[test]
fn a_bodys_spokesperson_for_a_portfolio_speaks_in_the_countrys_politics() {
    let d = ["“Every household will pay,” the Coalition’s energy spokesperson, Meredith Price, told reporters."];
    let a = attribute(&d, &[], Some("CANBERRA"));
    assert_eq!(a[0].countries, ["Australia"]);
    // (A body's plain spokesperson stays the body's.)
    let d =
        ["“Every household will pay,” the Forum’s spokesperson, Meredith Price, told reporters."];
    let a = attribute(&d, &[], Some("CANBERRA"));
    assert_eq!(a[0].countries, Vec::<String>::new());
}

#[test]
fn a_lead_about_police_officers_in_a_country_places_a_dateless_item() {
    let d = [
        "At least five police officers in Afghanistan have been killed after a suicide bombing in the town of Spin Boldak.",
        "\"We were eating lunch,\" said Bismillah Khan, commander of the local police in Spin Boldak.",
    ];
    let date = time::Date::from_calendar_date(2007, time::Month::July, 5).ok();
    let a = attribute_dated(&d, &[], None, date);
    assert_eq!(a[1].speakers, ["Bismillah Khan"]);
    assert_eq!(a[1].countries, ["Afghanistan"]);
}

#[test]
fn a_partys_leader_and_premier_heads_the_government() {
    let d = [
        "At his victory speech, Labor leader and premier Paul Lennon said Labor had made Tasmania strong.",
        "\"We have made the economy strong again,\" he said.",
    ];
    let a = attribute(&d, &[], Some("HOBART"));
    assert_eq!(a[1].speakers, ["Paul Lennon"]);
    assert_eq!(a[1].countries, ["Australia"]);
    // (A firm's officer with two titles stays the firm's.)
    let d = ["Brunswick Corp expects sales to be up \"dramatically,\" chairman and president Jack Reichert said."];
    let a = attribute(&d, &[], Some("CHICAGO"));
    assert_eq!(a[0].countries, Vec::<String>::new());
}

#[test]
fn honours_and_seats_after_a_name_are_no_part_of_it() {
    let d = [
        "The leader of the opposition, the Right Honourable Michael Howard QC MP, accused the Chancellor of presenting a Budget.",
        "Mr Howard said this would be \"the last Budget that this Chancellor will ever deliver\".",
    ];
    let a = attribute(&d, &[], Some("LONDON"));
    assert_eq!(a[1].speakers, ["Michael Howard"]);
    assert_eq!(a[1].countries, ["United Kingdom"]);
    assert_eq!(
        one("\"It is unlawful,\" said barrister Julian Burnside QC.").speakers,
        ["Julian Burnside"]
    );
}

#[test]
fn a_members_tag_whose_links_were_lost_still_marks_a_member() {
    let d = [
        "The House of Representatives today acknowledged the impact of the cyclone.",
        "Phillip Ruddock (, ) moved a motion thanking people for their \"willingness to roll up their sleeves\".",
        "Bob Katter (Independent, ) said first responses were \"simply not working\".",
    ];
    let a = attribute(&d, &[], Some("CANBERRA"));
    assert_eq!(a[1].countries, ["Australia"]);
    assert_eq!(a[2].countries, ["Australia"]);
}

#[test]
fn an_article_before_a_title_of_two_portfolios_keeps_the_whole_title() {
    let a = one("The Minister for Health and Ageing Tony Abbott said: \"It helps.\"");
    assert_eq!(a.speakers, ["Tony Abbott"]);
}

#[test]
fn the_head_of_a_national_body_in_the_lead_is_whoever_heads_it_below() {
    let d = [
        "The head of a Philippine panel charged with selling state assets said some 100 companies would be privatised.",
        "But David SyCip, chief executive trustee of the Asset Privatisation Trust (APT), told a meeting the APT had no list.",
        "\"I believe investors are willing to buy,\" SyCip said.",
    ];
    let a = attribute(&d, &[], Some("MANILA"));
    assert_eq!(a[2].speakers, ["David SyCip"]);
    assert_eq!(a[2].countries, ["Philippines"]);
}

#[test]
fn a_national_body_named_at_length_and_ending_in_an_authority_is_the_states() {
    let a = one("\"The era of importing is ending,\" said Abubakar Lawal, chief executive of the Nigerian Midstream and Downstream Petroleum Regulatory Authority.");
    assert_eq!(a.countries, ["Nigeria"]);
}

#[test]
fn a_title_with_listed_portfolios_before_the_name_keeps_its_country() {
    let a = one("\"We closed at night,\" Nigeria's Minister of Industry, Trade and Investment, Ifeoma Okonkwo-Bello, said.");
    assert_eq!(a.speakers, ["Ifeoma Okonkwo-Bello"]);
    assert_eq!(a.countries, ["Nigeria"]);
    let a = one("\"We closed at night,\" said Nigeria's Minister of Industry, Trade and Investment, Ifeoma Okonkwo-Bello.");
    assert_eq!(a.speakers, ["Ifeoma Okonkwo-Bello"]);
    assert_eq!(a.countries, ["Nigeria"]);
}

#[test]
fn an_unnamed_official_of_a_government_portfolio_is_the_dispatchs() {
    let d = ["A senior defence official, speaking on condition of anonymity, said the rule had blocked deployments. “We had troops ready and no mandate,” the official said."];
    let a = attribute(&d, &[], Some("DUBLIN"));
    assert_eq!(a[0].countries, ["Ireland"]);
    // (Not an international body's, nor an industry's.)
    let d = ["“Nobody wants a trade war,” an EU trade official said."];
    assert_eq!(
        attribute(&d, &[], Some("JAKARTA"))[0].countries,
        Vec::<String>::new()
    );
    let d = ["“Some participants were puzzled,” a grain industry representative said."];
    assert_eq!(
        attribute(&d, &[], Some("WASHINGTON"))[0].countries,
        Vec::<String>::new()
    );
}

#[test]
fn a_spokesperson_for_a_public_body_named_of_its_country_speaks_for_it() {
    let d = ["A spokesperson for the Water Authority of Jordan said the plant's power would come \"largely from renewable sources\"."];
    let a = attribute(&d, &[], Some("AMMAN"));
    assert_eq!(a[0].countries, ["Jordan"]);
    assert_eq!(a[0].organizations, Vec::<String>::new());
}

#[test]
fn an_unnamed_official_in_a_sentence_opening_at_a_seat_is_that_seats() {
    let d = ["In Canberra, a spokesperson for the Department of Foreign Affairs and Trade said Australia \"respects the outcome\"."];
    let a = attribute(&d, &[], Some("PORT MORESBY"));
    assert_eq!(a[0].countries, ["Australia"]);
}

#[test]
fn an_unnamed_official_at_a_state_body_is_the_states() {
    let d = ["A senior official at the Financial Services Commission, who asked not to be named, said the rules were \"working as intended\"."];
    assert_eq!(
        attribute(&d, &[], Some("SEOUL"))[0].countries,
        ["South Korea"]
    );
    let d = ["\"Not yet certain of anything,\" an official at the state IT agency said."];
    assert_eq!(
        attribute(&d, &[], Some("CHISINAU"))[0].countries,
        ["Moldova"]
    );
    // (Not a firm's, nor a named official's apposition.)
    let d = ["An official at Samsung said the rules were \"working as intended\"."];
    assert_eq!(
        attribute(&d, &[], Some("SEOUL"))[0].countries,
        Vec::<String>::new()
    );
    let a = one("Yigal Palmor, an official with the Israeli Foreign Ministry said, \"Hamas will not negotiate.\"");
    assert_eq!(a.speakers, ["Yigal Palmor"]);
}

#[test]
fn a_place_before_the_level_of_the_state_names_no_other_body() {
    let d =
        ["“Our nurses went there,” said Nampula provincial health director Felizarda Matsinhe."];
    assert_eq!(
        attribute(&d, &[], Some("MAPUTO"))[0].countries,
        ["Mozambique"]
    );
    // (A firm's regional office stays the firm's.)
    let d = ["“It is the best protection,” Ansell regional director Chris Humphrey said."];
    assert_eq!(
        attribute(&d, &[], Some("MELBOURNE"))[0].countries,
        Vec::<String>::new()
    );
}

#[test]
fn any_lowercase_domain_after_of_completes_the_title_before_it() {
    let d = ["Colombia's weather institute said rainfall had been above average. Its deputy director of hydrology, Hernan Cardozo, said the agency expected a \"neutral\" season."];
    assert_eq!(
        attribute(&d, &[], Some("BOGOTA"))[0].countries,
        ["Colombia"]
    );
}

#[test]
fn its_after_a_sentence_ending_in_a_state_body_means_that_body() {
    let d = ["The contracts also need approval from the Office of Utilities Regulation. Its deputy director general, Marvin Campbell, said the regulator would rule \"within 60 days\"."];
    assert_eq!(
        attribute(&d, &[], Some("KINGSTON"))[0].countries,
        ["Jamaica"]
    );
}

#[test]
fn indicating_before_a_clause_reports_speech() {
    let d = [
        "Governor Eliot Spitzer resigned on Wednesday.",
        "Spitzer did not answer questions, indicating he would have more to say \"in short order.\"",
    ];
    let a = attribute(&d, &[], Some("ALBANY"));
    assert_eq!(a[1].speakers, ["Eliot Spitzer"]);
}

#[test]
fn a_us_federal_agency_named_in_full_is_the_united_states() {
    let d = ["\"The long-term interest of consumers would not be served,\" Federal Energy Regulatory Commission chairman Martha Hesse said in Calgary."];
    assert_eq!(
        attribute(&d, &[], Some("CALGARY"))[0].countries,
        ["United States"]
    );
    // (An acronym many states share stays no one's: `FDA Director-General X` in Taipei.)
    let d = ["\"Our decision is based on science,\" FDA Director-General Ho Shu-fen said."];
    assert_ne!(
        attribute(&d, &[], Some("TAIPEI"))[0].countries,
        ["United States"]
    );
}

#[test]
fn a_designated_minister_is_an_official_and_brig_is_a_rank() {
    let d = ["\"Speed up the funds,\" Deputy Prime Minister-designate Ruth Tavoa, a former finance minister, said."];
    assert_eq!(
        attribute(&d, &[], Some("PORT VILA"))[0].countries,
        ["Vanuatu"]
    );
    assert_eq!(
        one("\"We won,\" Brig. Abdullah al-Mohannadi said.").speakers,
        ["Abdullah al-Mohannadi"]
    );
}

#[test]
fn the_head_of_the_presidential_chancellery_is_an_official() {
    let d = ["“We will not sign,” said Marek Zielinski, head of the presidential chancellery."];
    assert_eq!(attribute(&d, &[], Some("WARSAW"))[0].countries, ["Poland"]);
}

#[test]
fn abbreviated_ranks_and_a_bank_named_after_its_country_are_the_states() {
    let d = ["\"We are running three shifts,\" Col. Agnieszka Borowiec said."];
    assert_eq!(attribute(&d, &[], Some("WARSAW"))[0].countries, ["Poland"]);
    let d = [
        "The Bank of Lithuania said the path was “manageable”.",
        "Its governor, Darius Jankauskas, told Reuters the central bank was not worried. “Lithuania can borrow,” he said.",
    ];
    assert_eq!(
        attribute(&d, &[], Some("VILNIUS"))[1].countries,
        ["Lithuania"]
    );
}

#[test]
fn whoever_leads_an_international_bodys_mission_speaks_for_no_state() {
    let d = ["“Mostly quiet is not peace,” Brig. Gen. Rizal Hartono, an Indonesian officer who leads the ASEAN observer team, told The Associated Press."];
    assert_eq!(
        attribute(&d, &[], Some("BANGKOK"))[0].countries,
        Vec::<String>::new()
    );
}

#[test]
fn the_states_bank_owns_an_office_across_a_lowercase_word_of_it() {
    let d = ["National Bank managing director Laszlo Karczag told Reuters, \"All our businesses had been closed.\""];
    assert_eq!(
        attribute(&d, &[], Some("BUDAPEST"))[0].countries,
        ["Hungary"]
    );
}

#[test]
fn a_state_concern_or_regulator_is_a_state_company() {
    let d = ["“Gas will flow,” said Guvanch Orazov, chairman of the state concern Turkmennebit."];
    assert_eq!(
        attribute(&d, &[], Some("ASHGABAT"))[0].countries,
        ["Turkmenistan"]
    );
}

#[test]
fn an_opening_office_of_a_state_company_named_in_capitals_is_an_officials() {
    let d = ["The head of the state power company Barqi Tojik, Rustam Kholov, said: \"The rivers are low.\""];
    assert_eq!(
        attribute(&d, &[], Some("DUSHANBE"))[0].countries,
        ["Tajikistan"]
    );
    let d = ["The chief executive of the state cocoa regulator COCOBOD, Kojo Amankwah, said: \"Farmers will be paid.\""];
    assert_eq!(attribute(&d, &[], Some("ACCRA"))[0].countries, ["Ghana"]);
}

#[test]
fn the_taliban_government_is_afghanistans() {
    let d = ["In Kabul, a spokesman for the Taliban government's border forces, Abdul Hadi Ahmadi, said Afghanistan \"poses no threat\"."];
    assert_eq!(
        attribute(&d, &[], Some("DUSHANBE"))[0].countries,
        ["Afghanistan"]
    );
}

#[test]
fn a_junta_is_the_government() {
    let d = ["\"Both sides agreed,\" junta spokesman Major General Aung Kyaw Zin said."];
    assert_eq!(
        attribute(&d, &[], Some("NAYPYIDAW"))[0].countries,
        ["Myanmar"]
    );
}

#[test]
fn a_dateline_city_named_after_its_region_places_the_story() {
    let d = [
        "Malaysia and Singapore opened a rail link on Thursday.",
        "Opposition lawmaker Wan Faizal Wan Ahmad said the fare was too high. \"Our workers earn ringgit,\" he said.",
    ];
    assert_eq!(
        attribute(&d, &[], Some("JOHOR BAHRU"))[1].countries,
        ["Malaysia"]
    );
}

#[test]
fn a_national_legislature_by_its_own_name_is_its_countrys() {
    let d = ["\"We will hold hearings,\" said Daniyar Omarov, a member of the Mazhilis who chairs the ecology committee."];
    assert_eq!(
        attribute(&d, &[], Some("ASTANA"))[0].countries,
        ["Kazakhstan"]
    );
}

#[test]
fn central_banks_by_their_own_names_are_their_countries() {
    let d =
        ["\"Inflation is easing,\" State Bank of Pakistan governor Jameel Ahmad said in Dubai."];
    assert_eq!(attribute(&d, &[], Some("DUBAI"))[0].countries, ["Pakistan"]);
    let d = ["\"Rates will hold,\" Bangko Sentral governor Eli Remolona said."];
    assert_eq!(
        attribute(&d, &[], Some("SINGAPORE"))[0].countries,
        ["Philippines"]
    );
}

#[test]
fn hyphen_splits_by_byte_loop_agree_with_the_library() {
    for word in [
        "vice-minister",
        "deputy-prime-minister",
        "minister",
        "-x",
        "x-",
        "",
        "al-Amr",
    ] {
        assert_eq!(tokens::split_at_first_hyphen(word), word.split_once('-'));
        assert_eq!(
            tokens::after_last_hyphen(word),
            word.rsplit('-').next().unwrap_or(word)
        );
    }
}

#[test]
fn a_two_word_party_label_before_a_portfolio_is_the_partys() {
    // `Social Democrat` is one party label, as `Democrat` is: its finance spokesperson is in
    // the dateline country's politics, not described through some other body.
    let p = [
        "STOCKHOLM - Sweden's government presented its budget.",
        "“This is an election budget,” Social Democrat finance spokesperson Johanna Berg said.",
    ];
    let a = attribute(&p, &[], Some("STOCKHOLM"));
    assert_eq!(a[1].speakers, ["Johanna Berg"]);
    assert_eq!(a[1].countries, ["Sweden"]);
}

#[test]
fn a_domain_of_two_parts_after_for_the_ends_before_the_name() {
    // `for the Environment and Water Resources`: the part after `and` is portfolio words, so
    // the plain words after them are the minister's name, not more of the domain.
    let a = one(
        "“We will act,” Minister for the Environment and Water Resources Malcolm Turnbull said.",
    );
    assert_eq!(a.speakers, ["Malcolm Turnbull"]);
}

#[test]
fn public_credit_is_a_portfolio() {
    // `Treasury and Public Credit` (Hacienda y Crédito Público) is one ministry's domain.
    let a = one(
        "“It was a bottomless pit,” Deputy Minister of Treasury and Public Credit Mauricio \
         Quiroga told a news conference.",
    );
    assert_eq!(a.speakers, ["Mauricio Quiroga"]);
}

#[test]
fn a_description_after_a_quote_opens_its_clause() {
    // After the quote (and its speech verb), an article-led description in apposition before
    // the name is read as at a sentence's opening; the name may end the sentence.
    let lead = "BUENOS AIRES - Argentina's government said on Monday it would go ahead.";
    for p in [
        "“It is the first stage,” the Economy Ministry's secretary of coordination of \
         production, Facundo Arrieta, told reporters.",
        "“They stopped every project,” said the province's deputy minister of public works, \
         Julian Ocampo.",
    ] {
        let a = attribute(&[lead, p], &[], Some("BUENOS AIRES"));
        assert_eq!(a[1].countries, ["Argentina"], "{p}");
    }
    // (Not after a body the gazetteer does not know: its officer is that body's.)
    let lead = "WASHINGTON - The Pentagon released the video on Tuesday.";
    let p = "“We fought hard for it,” said Judicial Watch President, Tom Fitton.";
    let a = attribute(&[lead, p], &[], Some("WASHINGTON"));
    assert_eq!(a[1].speakers, ["Tom Fitton"]);
    assert!(a[1].countries.is_empty(), "{:?}", a[1]);
}

#[test]
fn a_member_of_a_party_is_in_the_countrys_politics() {
    // A party's member, described as such after the name, speaks in the dateline country's
    // politics even where a committee's office alone would not place him.
    let p = [
        "OTTAWA - Canada's government will announce its budget next week.",
        "“I would be unhappy if they didn't,” said Committee Chairman Don Blenkarn, also a \
         member of the ruling Progressive Conservative Party.",
    ];
    let a = attribute(&p, &[], Some("OTTAWA"));
    assert_eq!(a[1].speakers, ["Don Blenkarn"]);
    assert_eq!(a[1].countries, ["Canada"]);
}

#[test]
fn an_agency_a_country_owns_gives_its_officers_that_country() {
    // `Kenya's National Drought Management Authority` makes the authority Kenya's: its
    // officer named with it later speaks for Kenya, in a dispatch with no dateline.
    let p = [
        "Rains failed again, according to Kenya's National Drought Management Authority.",
        "National Drought Management Authority chief executive Hared Adan said \"The herds are \
         dying.\"",
    ];
    let a = attribute(&p, &[], None);
    assert_eq!(a[1].speakers, ["Hared Adan"]);
    assert_eq!(a[1].countries, ["Kenya"]);
}

#[test]
fn revenue_is_a_portfolio() {
    // `Revenue Secretary X` holds a government portfolio, as `Finance Secretary X` does: the
    // dateline country's official, not the officer of some body named `Revenue`.
    let p = [
        "NEW DELHI - India cut taxes on Thursday.",
        "“This is a reform,” Revenue Secretary Raghav Iyer told reporters.",
    ];
    let a = attribute(&p, &[], Some("NEW DELHI"));
    assert_eq!(a[1].speakers, ["Raghav Iyer"]);
    assert_eq!(a[1].countries, ["India"]);
}

#[test]
fn its_after_a_lowercase_ministry_means_the_ministry() {
    let p = [
        "KATHMANDU - Nepal began registering voters on Monday.",
        "The home ministry said 1,500 police would be deployed. Its spokesman, Binod Adhikari, \
         said security had been stepped up after “a few incidents” in the queues.",
    ];
    let a = attribute(&p, &[], Some("KATHMANDU"));
    assert_eq!(a[1].speakers, ["Binod Adhikari"]);
    assert_eq!(a[1].countries, ["Nepal"]);
}

#[test]
fn the_partys_officer_is_in_the_countrys_politics() {
    let p = [
        "JUBA - South Sudan's opposition SPLM-IO protested on Monday.",
        "The party's acting deputy chairman, Nyachiek Puok, said the movement would \
         “use every peaceful means” to secure his release.",
    ];
    let a = attribute(&p, &[], Some("JUBA"));
    assert_eq!(a[1].speakers, ["Nyachiek Puok"]);
    assert_eq!(a[1].countries, ["South Sudan"]);
}

#[test]
fn a_spokesman_for_a_ministry_named_head_first_is_the_states() {
    // `the Ministry of Supply and Internal Trade` is a government body as much as `the Supply
    // Ministry`: its spokesman is the dateline country's official, not some outside body's.
    let p = [
        "CAIRO - Egypt will raise the price of subsidized bread, the government said.",
        "“The state cannot pay,” said Hossam Radwan, a spokesman for the Ministry of Supply and \
         Internal Trade.",
    ];
    let a = attribute(&p, &[], Some("CAIRO"));
    assert_eq!(a[1].speakers, ["Hossam Radwan"]);
    assert_eq!(a[1].countries, ["Egypt"]);
}

#[test]
fn the_ministrys_officer_belongs_to_the_ministry_named_before() {
    // `the ministry's director general` refers back to the last ministry the paragraph named,
    // `Israel's energy ministry`, whose country wins over the dateline's.
    let p = [
        "CAIRO - Egypt's petroleum ministry said a gas deal would end power cuts.",
        "Israel's energy ministry must still approve the licence. “We will examine it,” the \
         ministry's director general, Yael Ben-Ami, said.",
        "Israel's Energy Ministry must also sign. “It will take time,” said Dov Harel, the \
         ministry's legal adviser.",
    ];
    let a = attribute(&p, &[], Some("CAIRO"));
    assert_eq!(a[1].speakers, ["Yael Ben-Ami"]);
    assert_eq!(a[1].countries, ["Israel"]);
    assert_eq!(a[2].speakers, ["Dov Harel"]);
    assert_eq!(a[2].countries, ["Israel"]);
}

#[test]
fn a_national_company_a_country_owns_is_its_state_company() {
    // `Libya's National Oil Corporation (NOC)` is Libya's company: its officers, by its full
    // name or its acronym, before or after their names, speak for Libya.
    let p = [
        "Libya's National Oil Corporation (NOC) launched a licensing round on Monday.",
        "“Libya is open for business,” National Oil Corporation chairman Hussein Abushaala \
         told Reuters.",
        "“Terms are better,” said Omar Salem, an NOC board member.",
    ];
    let a = attribute(&p, &[], None);
    assert_eq!(a[1].speakers, ["Hussein Abushaala"]);
    assert_eq!(a[1].countries, ["Libya"]);
    assert_eq!(a[2].speakers, ["Omar Salem"]);
    assert_eq!(a[2].countries, ["Libya"]);
}

#[test]
fn a_lowercase_titles_domain_after_for_or_of_stays_in_the_title() {
    // `deputy minister for exploration X`: the domain after `for` belongs to the title, so the
    // phrase is an official's and the dateline places him.
    let p = [
        "TRIPOLI - Libya opened a licensing round on Monday.",
        "“We are open for business,” deputy minister for exploration Hussein Abushaala told \
         Reuters.",
    ];
    let a = attribute(&p, &[], Some("TRIPOLI"));
    assert_eq!(a[1].speakers, ["Hussein Abushaala"]);
    assert_eq!(a[1].countries, ["Libya"]);
}

#[test]
fn a_card_naming_a_confederation_of_employers_is_no_official() {
    // The card's country is a nationality: its holder works for a body of members (`the
    // Confederation of Finnish Industries`), so speaks for no state.
    let profiles = [KnownPerson {
        name: "Helena Saarinen",
        country: Some("Finland"),
        bio: "Saarinen is director of labour market affairs at the Confederation of Finnish \
              Industries.",
    }];
    let a = attribute(
        &[
            "HELSINKI - Finland's parliament passed a law limiting political strikes.",
            "“Investors need to know a port will not close,” said Helena Saarinen, EK's director \
             of labour market affairs.",
        ],
        &profiles,
        Some("HELSINKI"),
    );
    assert_eq!(a[1].speakers, ["Helena Saarinen"]);
    assert_eq!(a[1].countries, Vec::<String>::new());
}

#[test]
fn a_police_officer_and_a_local_councils_leader_are_the_states() {
    // The police is a state's force and a local council its local government: whatever city
    // or town names them, their officers are the dateline country's officials.
    let p = [
        "STOCKHOLM - Swedish police set up a search zone on Wednesday.",
        "“People are afraid,” Stockholm regional police chief Erik Sandstrom told reporters.",
        "“The door should never have been open,” said Farsta local council leader Bjorn Hagen.",
    ];
    let a = attribute(&p, &[], Some("STOCKHOLM"));
    assert_eq!(a[1].speakers, ["Erik Sandstrom"]);
    assert_eq!(a[1].countries, ["Sweden"]);
    assert_eq!(a[2].speakers, ["Bjorn Hagen"]);
    assert_eq!(a[2].countries, ["Sweden"]);
}

#[test]
fn a_peoples_parliament_is_in_the_countrys_public_life() {
    // `Sami Parliament President X`: one word no gazetteer places before a parliament names a
    // people's or a region's chamber inside the country, not some outside body.
    let p = [
        "OSLO - Norway's government reached a deal with Sami herders on Monday.",
        "Sami Parliament President Maret Inga Bongo said the deal was “no model.”",
    ];
    let a = attribute(&p, &[], Some("OSLO"));
    assert_eq!(a[1].speakers, ["Maret Inga Bongo"]);
    assert_eq!(a[1].countries, ["Norway"]);
}

#[test]
fn officers_of_trading_firms_and_members_bodies_speak_for_no_state() {
    // A firm described by its trade and place (`a Mekong Delta rice exporter`), a body of a
    // trade's members (`New Zealand Kiwifruit Growers`) and `the organisation` someone works
    // at are no state's, whatever the dateline or a country in the name says.
    let p = [
        "WELLINGTON - New Zealand and Vietnam agreed a rice deal on Monday.",
        "“Good news for exporters,” said Pham Quoc Hung, deputy director of a Mekong Delta rice \
         exporter.",
        "“Every season counts,” said Maria Tevita, chief executive of the industry body New \
         Zealand Kiwifruit Growers.",
        "The Red Cross said the wait was too long. “Eight years is long,” said Lena Aziz, a legal \
         adviser at the organisation.",
    ];
    let a = attribute(&p, &[], Some("WELLINGTON"));
    for (k, name) in [(1, "Pham Quoc Hung"), (2, "Maria Tevita"), (3, "Lena Aziz")] {
        assert_eq!(a[k].speakers, [name]);
        assert_eq!(a[k].countries, Vec::<String>::new(), "{name}");
    }
}

#[test]
fn an_office_a_bodys_acronym_owns_before_the_name_is_no_states() {
    // `IATA's regional vice president, X,`: the acronym the dispatch gave an international
    // body of members owns the office, so the dateline gives no country.
    let p = [
        "SINGAPORE - Singapore will charge a green levy on flights, the government said. \
         Airlines worried, said the International Air Transport Association (IATA).",
        "IATA's regional vice president for Asia-Pacific, Karthik Raghunathan, said the levy \
         should be “transparent.”",
    ];
    let a = attribute(&p, &[], Some("SINGAPORE"));
    assert_eq!(a[1].speakers, ["Karthik Raghunathan"]);
    assert_eq!(a[1].countries, Vec::<String>::new());
}

#[test]
fn a_private_persons_noun_opening_the_sentence_is_no_part_of_the_name() {
    // `Villager Pius Kandai told the inquiry`: the capitalized noun at the sentence's start
    // says who the speaker is; the speaker facet gets the name alone.
    let p = [
        "PORT MORESBY - Papua New Guinea opened an inquiry on Tuesday.",
        "Villager Pius Kandai told the inquiry his family had received nothing. “There are no \
         houses,” he said.",
    ];
    let a = attribute(&p, &[], Some("PORT MORESBY"));
    assert_eq!(a[1].speakers, ["Pius Kandai"]);
    assert_eq!(a[1].countries, Vec::<String>::new());
}

#[test]
fn a_public_body_known_by_its_acronym_gives_its_officers_the_state() {
    // `the Independent National Electoral Commission, known by its French acronym CENI`: the
    // acronym names the state's commission, so `CENI spokesman X` is an official.
    let p = [
        "NOUAKCHOTT - Mauritania's results were announced by the Independent National \
         Electoral Commission, known by its French acronym CENI.",
        "“The vote took place in calm,” CENI spokesman El Hacen Ould Mahmoud said.",
    ];
    let a = attribute(&p, &[], Some("NOUAKCHOTT"));
    assert_eq!(a[1].speakers, ["El Hacen Ould Mahmoud"]);
    assert_eq!(a[1].countries, ["Mauritania"]);
}

#[test]
fn a_campaigns_spokeswoman_is_in_the_countrys_politics() {
    // `campaign spokeswoman X`: a candidate's campaign is no outside body, so the dateline
    // places its spokeswoman as it would a party's.
    let p = [
        "NOUAKCHOTT - Mauritania's electoral commission declared the president the winner.",
        "“We do not recognize these results,” campaign spokeswoman Aminetou Mint Salem told \
         The Associated Press.",
    ];
    let a = attribute(&p, &[], Some("NOUAKCHOTT"));
    assert_eq!(a[1].speakers, ["Aminetou Mint Salem"]);
    assert_eq!(a[1].countries, ["Mauritania"]);
}

#[test]
fn a_possessives_claims_after_said_are_reported_not_speech() {
    // `said Lopez Obrador's claims "…"`: `claims` after another speech verb is the noun the
    // speaker reports; `John Howard's claims that …` are still Howard's.
    let p = [
        "MEXICO CITY - Mexico's electoral tribunal ruled on Tuesday that Felipe Calderon won.",
        "Leonel Castillo, the president of the tribunal, said Lopez Obrador's claims \
         “turned out to be completely unfounded.”",
        "The vote followed Prime Minister John Howard's claims that the group is “utterly \
         antagonistic.”",
    ];
    let a = attribute(&p, &[], Some("MEXICO CITY"));
    assert_eq!(a[1].speakers, ["Leonel Castillo"]);
    assert_eq!(a[1].countries, ["Mexico"]);
    assert_eq!(a[2].speakers, ["John Howard"]);
}

#[test]
fn a_spokesman_after_a_countrys_lowercase_department_is_its() {
    // `The U.S. state department issued a statement …, and spokesman X said`: the department
    // the sentence named, by its country, is whose spokesman speaks; not a possessive country
    // before the spokesperson's own ministry (`Asked about Japan's protest, commerce ministry
    // spokesperson X`).
    let p = [
        "BISHKEK - Protesters stormed government buildings in Kyrgyzstan.",
        "The U.S. state department issued a statement urging calm, and spokesman Adam Ereli \
         said, “Officials have been in contact with both sides.”",
    ];
    let a = attribute(&p, &[], None);
    assert_eq!(a[1].speakers, ["Adam Ereli"]);
    assert_eq!(a[1].countries, ["United States"]);
}

#[test]
fn councilmen_and_assemblymen_are_titles_of_elected_officials() {
    // `Councilman Darrell L. Clarke`, `Assemblyman Mark Leno`: the title is no part of the
    // name, and its holder is an elected official of the country the story is about.
    let p = [
        "PHILADELPHIA - The city council in the United States voted to evict the Scouts.",
        "“No one wants to see them out,” Councilman Darrell L. Clarke said.",
        "“We need three votes,” Assemblyman Mark Leno said.",
    ];
    let a = attribute(&p, &[], Some("PHILADELPHIA"));
    assert_eq!(a[1].speakers, ["Darrell L. Clarke"]);
    assert_eq!(a[1].countries, ["United States"]);
    assert_eq!(a[2].speakers, ["Mark Leno"]);
    assert_eq!(a[2].countries, ["United States"]);
}

#[test]
fn ranks_and_honorifics_before_a_name_are_no_part_of_it() {
    // `Sgt. Nick Muyo`, `Sheik Ali Mohamud Rage`, `Sheriff Sam Page`: the speaker facet gets
    // the name without the rank, honorific or role.
    let cases = [
        (
            "“We have it under control,” said Sgt. Nick Muyo.",
            "Nick Muyo",
        ),
        (
            "“The fighting goes on,” Sheik Ali Mohamud Rage said.",
            "Ali Mohamud Rage",
        ),
        (
            "“Justice has been served,” Sheriff Sam Page said.",
            "Sam Page",
        ),
        (
            "“It was the hottest month,” Climatologist John Nielson-Gammon said.",
            "John Nielson-Gammon",
        ),
    ];
    for (paragraph, name) in cases {
        assert_eq!(one(paragraph).speakers, [name], "{paragraph}");
    }
}

#[test]
fn an_organisations_national_chapter_speaks_for_no_state() {
    // `Transparency International Bangladesh`, `WWF Norway`: the country's name after an
    // international organisation's names its national chapter, a body outside government.
    let p = [
        "DHAKA - Bangladesh's election commission set a date on Monday.",
        "Transparency International Bangladesh's executive director, Farhana Mirza, said the \
         commission had “to show it.”",
        "“It is a gamble,” said Karoline Haugan, head of marine conservation at WWF Norway.",
    ];
    let a = attribute(&p, &[], Some("DHAKA"));
    assert_eq!(a[1].speakers, ["Farhana Mirza"]);
    assert_eq!(a[1].countries, Vec::<String>::new());
    assert_eq!(a[2].speakers, ["Karoline Haugan"]);
    assert_eq!(a[2].countries, Vec::<String>::new());
}

#[test]
fn a_spokesperson_after_an_international_office_spoke_is_its() {
    // The sentence before opens with a U.N. office: a bare spokeswoman after the quote, and
    // `a spokesperson for the office`, speak for it, not for the dateline's country.
    let p = [
        "DAR ES SALAAM - Tanzania's police fired on protesters on Monday.",
        "The U.N. human rights office said it had received reports of killings. “We urge \
         restraint,” spokeswoman Marta Ruiz Ortega said in Geneva.",
        "The U.N. humanitarian office said it lacked funds. “Our appeal is underfunded,” said \
         Helene Marchand, a spokesperson for the office in Dodoma.",
    ];
    let a = attribute(&p, &[], Some("DAR ES SALAAM"));
    assert_eq!(a[1].speakers, ["Marta Ruiz Ortega"]);
    assert_eq!(a[1].countries, Vec::<String>::new());
    assert_eq!(a[2].speakers, ["Helene Marchand"]);
    assert_eq!(a[2].countries, Vec::<String>::new());
}

#[test]
fn a_labour_congress_is_a_body_of_unions_not_a_legislature() {
    // `Nigeria Labour Congress President X`, `president of the Nigeria Labour Congress`: the
    // congress of workers' unions speaks for its members, not for Nigeria.
    let p = [
        "ABUJA - Nigeria's unions began a strike on Monday.",
        "“We are not asking for luxury,” Nigeria Labour Congress President Emmanuel Akaa told \
         reporters.",
        "“The wage is too low,” said Joe Ajaero, president of the Nigeria Labour Congress.",
    ];
    let a = attribute(&p, &[], Some("ABUJA"));
    assert_eq!(a[1].speakers, ["Emmanuel Akaa"]);
    assert_eq!(a[1].countries, Vec::<String>::new());
    assert_eq!(a[2].speakers, ["Joe Ajaero"]);
    assert_eq!(a[2].countries, Vec::<String>::new());
}

#[test]
fn a_nationality_before_a_private_trade_gives_no_country() {
    // `London broker Hoare Govett said`, `Russian researcher X said`: the place or the
    // nationality describes a private person, who speaks for no state.
    let p = [
        "MOSCOW - Russia's central bank cut rates on Monday.",
        "“It was expected,” Russian researcher Efim Bushmanov said.",
    ];
    let a = attribute(&p, &[], Some("MOSCOW"));
    assert_eq!(a[1].speakers, ["Efim Bushmanov"]);
    assert_eq!(a[1].countries, Vec::<String>::new());
}

#[test]
fn a_commercial_bank_named_after_its_country_is_no_state_body() {
    // `the Union Bank of Switzerland` is a commercial bank: its vice president speaks for it,
    // not for Switzerland.
    let p = [
        "MANILA - The Philippine economy grew faster than expected.",
        "“I don't foresee any new stimulus,” said Clemente Escano, vice president of the Union \
         Bank of Switzerland.",
    ];
    let a = attribute(&p, &[], Some("MANILA"));
    assert_eq!(a[1].speakers, ["Clemente Escano"]);
    assert_eq!(a[1].countries, Vec::<String>::new());
}

#[test]
fn a_correspondent_is_a_title_of_a_journalist() {
    // `the Defence Correspondent for the BBC Paul Wood`: the title and its body are no part
    // of the name; a correspondent speaks for no state, even at the White House.
    assert_eq!(
        one("However, the Defence Correspondent for the BBC Paul Wood said that “plans are advanced.”")
            .speakers,
        ["Paul Wood"]
    );
    let a = one("“Where is everybody?” said White House correspondent Helen Thomas.");
    assert_eq!(a.speakers, ["Helen Thomas"]);
    assert_eq!(a.countries, Vec::<String>::new());
}

#[test]
fn a_place_before_a_participle_is_where_not_who() {
    // `… at the Pentagon stating that "…"`: the participle's subject is the clause's, not the
    // place after `at`; `a letter from President X saying` is still X's.
    let p = [
        "WASHINGTON - The U.S. military said it killed an insurgent leader.",
        "Brig. Gen. Joseph Anderson addressed a press conference at the Pentagon stating that \
         the death would “fracture” the insurgency.",
    ];
    let a = attribute(&p, &[], Some("WASHINGTON"));
    assert_eq!(a[1].speakers, ["Joseph Anderson"]);
    assert_eq!(a[1].countries, ["United States"]);
}

#[test]
fn a_regions_name_before_a_plain_name_is_no_part_of_it() {
    // `… attorney for the Eastern District of New York Roslynn Mauskopf said`: the phrase the
    // scan reads opens with the state's name; the speaker is Roslynn Mauskopf.
    assert_eq!(
        one("U.S. attorney for the Eastern District of New York Roslynn Mauskopf called it “chilling.”")
            .speakers,
        ["Roslynn Mauskopf"]
    );
}

#[test]
fn the_taoiseach_is_irelands_alone() {
    // Only Ireland's government has a Taoiseach: the title places its holder without a
    // dateline or a country named.
    let a = one("The Taoiseach Bertie Ahern told BBC News he was “an Irish person not involved.”");
    assert_eq!(a.speakers, ["Bertie Ahern"]);
    assert_eq!(a.countries, ["Ireland"]);
}

#[test]
fn the_fronts_envoy_speaks_for_the_front() {
    // `The Polisario … said …. "…," the front's envoy to the United Nations, X, said`: an
    // office `the front` owns is a movement's, not the dateline country's.
    let p = [
        "RABAT - The Security Council backed Morocco's plan for Western Sahara.",
        "The Polisario Front rejected it. “No resolution can give away our land,” the front's \
         envoy to the United Nations, Salek Ould Hamdi, said.",
    ];
    let a = attribute(&p, &[], Some("RABAT"));
    assert_eq!(a[1].speakers, ["Salek Ould Hamdi"]);
    assert_eq!(a[1].countries, Vec::<String>::new());
}

#[test]
fn an_acronym_known_as_at_the_end_of_a_paragraph_is_noted() {
    // `…, known as NABU.` closing its paragraph still gives the body its acronym.
    let p = [
        "KYIV - Ukraine's parliament voted on the National Anti-Corruption Bureau of Ukraine, \
         known as NABU.",
        "“We will keep working,” NABU director Semen Kryvonos said.",
    ];
    let a = attribute(&p, &[], Some("KYIV"));
    assert_eq!(a[1].speakers, ["Semen Kryvonos"]);
    assert_eq!(a[1].countries, ["Ukraine"]);
}

#[test]
fn a_senior_vice_president_is_a_firms_officer() {
    // A state has one vice president or a few it names; `senior` and `executive` vice
    // presidents are a firm's ranks, so the dateline gives them no country.
    let p = [
        "NEW YORK - Stock prices fell sharply on Monday.",
        "“We are equipped for this,” said Paul Stevens, executive vice president of \
         operations for the American Stock Exchange.",
        "“We'd put half in bonds,” said Judith Corchard, Wright senior vice president.",
    ];
    let a = attribute(&p, &[], Some("NEW YORK"));
    assert_eq!(a[1].speakers, ["Paul Stevens"]);
    assert_eq!(a[1].countries, Vec::<String>::new());
    assert_eq!(a[2].speakers, ["Judith Corchard"]);
    assert_eq!(a[2].countries, Vec::<String>::new());
}

#[test]
fn a_partnership_named_with_and_co_is_a_firm() {
    // `managing director of swaps for Morgan Stanley and Co`: the firm's name runs past
    // `and`, so its officer speaks for no state, not for the dateline's.
    let p = [
        "LONDON - British banks face new capital rules.",
        "“It is double counting,” Patrick de Saint-Aignan, managing director of swaps for \
         Morgan Stanley and Co, said.",
    ];
    let a = attribute(&p, &[], Some("LONDON"));
    assert_eq!(a[1].speakers, ["Patrick de Saint-Aignan"]);
    assert_eq!(a[1].countries, Vec::<String>::new());
}
