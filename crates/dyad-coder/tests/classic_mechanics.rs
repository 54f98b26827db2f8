//! What a lexicon read from a classic dictionary may carry beyond dyad's own
//! (invented examples): event codes outside CAMEO, paired codes, null-coded
//! patterns, discard phrases, and the classic coders' way with moods.

use chrono::NaiveDate;
use dyad_coder::{Coder, Story};
use dyad_lexicon::{parse, Compiled, Lexicon, Section};

const LEX: &str = "\
[actors]
NOR : Norway
SWE : Sweden
[verbs]
032/033 : visit
040 : discuss
--- : discuss ... weather
064 : restore
[discards]
sentence : baseball
story : typhoon
";

/// A lexicon as a classic reader builds it: entries pushed directly, so codes
/// outside CAMEO are allowed (the `.lex` parser refuses them).
fn coder() -> Coder {
    let mut lex: Lexicon = parse(LEX, "t.lex").unwrap();
    let mut e = lex.entries[0].clone();
    e.section = Section::Verbs;
    e.key = "075A".into();
    e.phrases = vec!["honour".into()];
    lex.entries.push(e);
    let mut c = Coder::new(Compiled::new(&lex).unwrap());
    c.geolocate = false;
    c
}

fn code(c: &Coder, text: &str) -> Vec<(String, String, String)> {
    let d = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap();
    c.code(&Story::new("s", text, d))
        .events
        .into_iter()
        .map(|e| {
            let code = |a: Option<dyad_coder::ActorRecord>| a.map(|a| a.code).unwrap_or_default();
            (code(e.source), code(e.target), e.cameo)
        })
        .collect()
}

fn t(s: &str, t: &str, c: &str) -> (String, String, String) {
    (s.into(), t.into(), c.into())
}

#[test]
fn paired_codes_code_the_target_back() {
    let c = coder();
    let got = code(&c, "Norway visited Sweden on Monday.");
    assert_eq!(got, [t("NOR", "SWE", "032"), t("SWE", "NOR", "033")]);
}

#[test]
fn codes_outside_cameo_pass_through() {
    let c = coder();
    let d = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap();
    let r = c.code(&Story::new("s", "Norway honoured Sweden.", d));
    let e = &r.events[0];
    assert_eq!((e.cameo.as_str(), e.cameo_root.as_str()), ("075A", "07"));
    assert!(e.plover.is_none() && e.cameo_name.is_empty());
}

#[test]
fn null_coded_patterns_block() {
    let c = coder();
    assert_eq!(code(&c, "Norway discussed the weather with Sweden."), []);
    assert_eq!(
        code(&c, "Norway discussed trade with Sweden."),
        [t("NOR", "SWE", "040")]
    );
}

#[test]
fn discards_skip_sentences_and_stories() {
    let c = coder();
    assert_eq!(
        code(
            &c,
            "Norway visited Sweden for baseball. Norway discussed trade with Sweden."
        ),
        [t("NOR", "SWE", "040")]
    );
    assert_eq!(
        code(
            &c,
            "Norway discussed trade with Sweden. A typhoon hit Sweden."
        ),
        []
    );
}

#[test]
fn classic_mood_codes_the_act() {
    let mut c = coder();
    let text = "Norway is about to restore ties with Sweden.";
    assert_eq!(code(&c, text), []);
    c.classic_mood = true;
    assert_eq!(code(&c, text), [t("NOR", "SWE", "064")]);
}

#[test]
fn paired_only_codes_code_just_the_target_back() {
    let lex = parse(
        "[actors]\nNOR : Norway\nSWE : Sweden\n[verbs]\n/173 : summon ... court\n",
        "t.lex",
    )
    .unwrap();
    let mut c = Coder::new(Compiled::new(&lex).unwrap());
    c.geolocate = false;
    assert_eq!(
        code(&c, "Norway summoned Sweden to court."),
        [t("SWE", "NOR", "173")]
    );
}

#[test]
fn a_dictionarys_own_countries_take_agents() {
    // `GON` is no code dyad knows: a classic dictionary's own country.
    let mut lex = parse("[agents]\nMIL : soldier\n[verbs]\n190 : attack\n", "t.lex").unwrap();
    let mut e = lex.entries[0].clone();
    e.section = Section::Actors;
    e.key = "GON".into();
    e.phrases = vec!["Gondor".into()];
    lex.entries.push(e.clone());
    e.key = "MOR".into();
    e.phrases = vec!["Mordor".into()];
    lex.entries.push(e);
    let mut c = Coder::new(Compiled::new(&lex).unwrap());
    c.geolocate = false;
    assert_eq!(
        code(&c, "Soldiers from Gondor attacked Mordor."),
        [t("GONMIL", "MOR", "190")]
    );
}

/// A lexicon with a coordinated-subject pattern (`% agree`), a speech verb
/// that codes, and one phrase standing for two actors (`FIN/EST`), pushed
/// directly as a classic reader does (the `.lex` parser refuses `/` codes).
fn classic_coder() -> Coder {
    let mut lex = parse(
        "[actors]\nNOR : Norway\nSWE : Sweden\nDNK : Denmark\n[agents]\nGOV : officials | official\n\
         [verbs]\n081 : agree\n030/030 : % agree\n023 : say\n064 : restore\n[inflections]\nsay : said\n",
        "t.lex",
    )
    .unwrap();
    let mut e = lex.entries[0].clone();
    e.section = Section::Actors;
    e.key = "FIN/EST".into();
    e.phrases = vec!["the Baltic pair".into()];
    lex.entries.push(e);
    let mut c = Coder::new(Compiled::new(&lex).unwrap());
    c.geolocate = false;
    c.classic_mood = true;
    c.min_actors = 2;
    c
}

#[test]
fn coordinated_subject_patterns_apply_only_to_coordinated_subjects() {
    let c = classic_coder();
    assert_eq!(
        code(
            &c,
            "Norway and Sweden agree that the border should stay open."
        ),
        [t("NOR", "SWE", "030"), t("SWE", "NOR", "030")]
    );
    assert_eq!(
        code(&c, "Norway agreed to the plan of Sweden."),
        [t("NOR", "SWE", "081")]
    );
}

#[test]
fn one_phrase_may_stand_for_several_actors() {
    let c = classic_coder();
    assert_eq!(
        code(&c, "The Baltic pair restored ties with Norway."),
        [t("FIN", "NOR", "064"), t("EST", "NOR", "064")]
    );
    assert_eq!(
        code(&c, "Norway restored ties with the Baltic pair."),
        [t("NOR", "FIN", "064"), t("NOR", "EST", "064")]
    );
}

#[test]
fn a_trailing_attribution_is_the_speakers_alone() {
    let c = classic_coder();
    // The main clause's actors are neither source nor target of "said".
    assert_eq!(
        code(
            &c,
            "Norway and Sweden restored ties with Denmark, a senior official said on Monday."
        ),
        [t("NOR", "DNK", "064"), t("SWE", "DNK", "064")]
    );
    // A speech verb that opens the sentence is coded as before.
    assert_eq!(
        code(&c, "Norway said Sweden would restore nothing."),
        [t("NOR", "SWE", "023")]
    );
}

#[test]
fn an_objects_author_named_by_a_participle_is_the_target() {
    let c = classic_coder();
    assert_eq!(
        code(&c, "Norway restored the ties broken by Sweden."),
        [t("NOR", "SWE", "064")]
    );
}

#[test]
fn a_place_named_with_at_yields_to_a_later_partner() {
    let c = classic_coder();
    assert_eq!(
        code(&c, "Norway restored ties at Denmark with Sweden."),
        [t("NOR", "SWE", "064")]
    );
}

#[test]
fn neither_nor_coordinates_and_negates() {
    let mut c = classic_coder();
    let text = "Neither Norway nor Denmark restored ties with Sweden.";
    // The classic coders code the act for every coordinated actor.
    assert_eq!(
        code(&c, text),
        [t("NOR", "SWE", "064"), t("DNK", "SWE", "064")]
    );
    // dyad: nobody restored anything.
    c.classic_mood = false;
    assert_eq!(code(&c, text), []);
}

/// A coder in classic mode over an inline lexicon, without the gazetteer.
fn classic_with(lex: &str) -> Coder {
    let mut c = Coder::new(Compiled::new(&parse(lex, "t.lex").unwrap()).unwrap());
    c.geolocate = false;
    c.classic_mood = true;
    c
}

#[test]
fn prefix_agents_go_before_the_actors_code() {
    let c = classic_with(
        "[actors]\nNOR : Norway\nSWE : Sweden\n[agents]\nNGO~ : MSF\nGOV : official\n\
         [verbs]\n064 : restore\n",
    );
    assert_eq!(
        code(&c, "MSF Norway restored ties with Sweden."),
        [t("NGONOR", "SWE", "064")]
    );
    assert_eq!(
        code(&c, "An MSF Norway official restored ties with Sweden."),
        [t("NGONORGOV", "SWE", "064")]
    );
    // Not before an actor: a plain agent that takes a country.
    assert_eq!(
        code(&c, "Norway's MSF restored ties with Sweden."),
        [t("NORNGO", "SWE", "064")]
    );
}

#[test]
fn role_marks_place_source_and_target() {
    let c = classic_with(
        "[actors]\nNOR : Norway\nSWE : Sweden\nDNK : Denmark\n[verbs]\n\
         064 : release from +subject $after:from\n\
         046 : celebrate ... holiday +after:in^\n\
         115 : noted *regret +subject $before:noted\n\
         042 : hosting *celebrate ... feast +before:hosting $after:feast\n\
         [inflections]\nregret : regretted\n",
    );
    assert_eq!(
        code(&c, "Norway was released from Sweden on Monday."),
        [t("SWE", "NOR", "064")]
    );
    assert_eq!(
        code(&c, "Norway celebrated the holiday in Sweden with Denmark."),
        [t("NOR", "DNK", "046")]
    );
    assert_eq!(
        code(&c, "Denmark noted that Norway regretted the decision."),
        [t("DNK", "NOR", "115")]
    );
    assert_eq!(
        code(
            &c,
            "Norway is hosting Denmark to celebrate the feast with Sweden."
        ),
        [t("SWE", "NOR", "042")]
    );
}

#[test]
fn complements_and_pronouns_for_the_subject() {
    let c = classic_with(
        "[actors]\nNOR : Norway\nSWE : Sweden\n[verbs]\n080 : allow\n024 : allow ... really_pleasant\n\
         111 : question\n",
    );
    // The object words may stand in a "that" clause right after the verb.
    assert_eq!(
        code(&c, "Norway allowed that Sweden is a really pleasant place."),
        [t("NOR", "SWE", "024")]
    );
    // "he" is Norway itself: the target is the actor after it.
    assert_eq!(
        code(
            &c,
            "Norway began to question whether he has a future with Sweden."
        ),
        [t("NOR", "SWE", "111")]
    );
}

#[test]
fn classic_coding_infers_no_countries() {
    let lex = parse(
        "[actors]\nNOR : Norway | Norwegian\n[agents]\nCOP : police\nEDU : student\n\
         [verbs]\n173 : arrest\n",
        "t.lex",
    )
    .unwrap();
    let mut c = Coder::new(Compiled::new(&lex).unwrap());
    c.geolocate = false;
    let text = "Norwegian police arrested students.";
    // dyad: police act at home, so the students are Norwegian.
    assert_eq!(code(&c, text), [t("NORCOP", "NOREDU", "173")]);
    c.infer_countries = false;
    assert_eq!(code(&c, text), [t("NORCOP", "EDU", "173")]);
}

#[test]
fn classic_reading_counts_an_agent_that_modifies_a_noun() {
    let mut c = classic_with(
        "[actors]\nNOR : Norway\nSWE : Sweden\n[agents]\nGOV : official\n\
         [verbs]\n023 : say\n[inflections]\nsay : said\n",
    );
    c.min_actors = 1;
    let text = "The official news agency said on Monday.";
    // dyad: "official" describes the agency, which is no actor.
    assert_eq!(code(&c, text), []);
    c.mention_rules.modifier_agents = true;
    assert_eq!(code(&c, text), [t("GOV", "", "023")]);
}

#[test]
fn comma_clauses_are_dropped_before_coding() {
    let mut c = classic_with(
        "[actors]\nNOR : Norway\nSWE : Sweden\nDNK : Denmark\n[verbs]\n064 : restore\n\
         111 : criticize\n",
    );
    let d = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap();
    let text = "Norway, which Denmark criticized on Monday, will restore full diplomatic \
                ties with Sweden after a long rift of some twelve years.";
    let coded = |c: &Coder, clauses| {
        let suite = dyad_coder::SuiteOptions {
            comma_clauses: clauses,
            new_actor_length: 0,
        };
        c.code_with(&Story::new("s", text, d), suite)
            .events
            .iter()
            .map(|e| (e.cameo.clone(), e.trigger.start))
            .collect::<Vec<_>>()
    };
    let all = coded(&c, None);
    assert!(all.iter().any(|(code, _)| code == "111"), "{all:?}");
    let petrarch = coded(&c, Some(dyad_text::CommaClauses::PETRARCH));
    // The inner clause is gone; the trigger still points at the original text.
    assert_eq!(petrarch.len(), 1, "{petrarch:?}");
    assert_eq!(petrarch[0].0, "064");
    assert_eq!(&text[petrarch[0].1..petrarch[0].1 + 7], "restore");
    // The coder's own setting applies to `code`.
    c.suite.comma_clauses = Some(dyad_text::CommaClauses::PETRARCH);
    assert_eq!(code(&c, text), [t("NOR", "SWE", "064")]);
}

#[test]
fn classic_reading_folds_an_infinitive_complement_into_its_verb() {
    let mut c = classic_with(
        "[actors]\nNOR : Norway\nSWE : Sweden\nDNK : Denmark\n[verbs]\n102 : urge\n\
         0234 : help\n",
    );
    let text = "Norway urged Sweden on Monday to help Denmark.";
    let got = code(&c, text);
    assert!(got.contains(&t("NOR", "SWE", "102")), "{got:?}");
    assert!(got.iter().any(|e| e.2 == "0234"), "{got:?}");
    c.code_complements = false;
    assert_eq!(code(&c, text), [t("NOR", "SWE", "102")]);
    // So is a subordinate clause.
    let text = "Norway urged Sweden on Monday after Denmark helped Sweden.";
    assert_eq!(code(&c, text), [t("NOR", "SWE", "102")]);
    // A complement with no coded verb before it is coded.
    assert_eq!(
        code(&c, "Norway is about to help Denmark."),
        [t("NOR", "DNK", "0234")]
    );
}

#[test]
fn an_ing_form_after_a_modal_is_a_verb() {
    let c = classic_with("[actors]\nNOR : Norway\nSWE : Sweden\n[verbs]\n0234 : help\n");
    // Ungrammatical, but meant as a verb.
    assert_eq!(
        code(&c, "Norway said it would helping Sweden."),
        [t("NOR", "SWE", "0234")]
    );
    // A bare -ing form after a clause is an adjunct, not an act of its own.
    assert_eq!(code(&c, "Norway left on Monday, helping Sweden."), []);
}

#[test]
fn new_actors_are_noun_phrases_coded_by_their_words() {
    let mut c = classic_with(
        "[actors]\nNOR : Norway\n[verbs]\n032/033 : leave for\n[inflections]\nleave : left\n",
    );
    c.min_actors = 2;
    let text = "Norway's head of mission left for the Ministry of Magic on Wednesday.";
    assert_eq!(code(&c, text), []);
    c.suite.new_actor_length = 4;
    // "Norway's head of mission" has a known actor; the ministry is new; the
    // day is no actor.
    assert_eq!(
        code(&c, text),
        [
            t("NOR", "\"THE MINISTRY OF MAGIC\"", "032"),
            t("\"THE MINISTRY OF MAGIC\"", "NOR", "033")
        ]
    );
    // Longer than the limit: no actor.
    c.suite.new_actor_length = 3;
    assert_eq!(code(&c, text), []);
}
