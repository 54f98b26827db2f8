//! End-to-end coding with a small inline lexicon, so the rules are tested
//! independently of the shipped lexicon's contents.

use chrono::NaiveDate;
use dyad_coder::{Coder, EventRecord, Story};
use dyad_lexicon::{parse, Compiled};

const LEX: &str = r#"
[actors]
TUR : Turkey | Turkish | Ankara
GRC : Greece | Greek | Athens
FRA : France | French | Paris
IRN : Iran | Iranian
IRQ : Iraq | Iraqi
LBNREB : Hezbollah | Hizbullah
[agents]
GOV : ambassador | foreign ministry | government | officials | official | authorities
COP : police
MIL : troops
REB : gang | cell
CVL : civilians | victims
OPP : protesters
MED : state media
[verbs]
114 : summon | call in
130 : warn
1312 : threaten ... sanctions
120 : reject
111 : criticize
062 : buy ... drones|arms | purchase ... drones|arms
015 : acknowledge
031 : assure
173 : arrest
090 : uncover
186 : assassinate
190 : attack
036 : agree ... meet
072 : supply ... arms|weapons | receive ... arms|weapons
042 : visit
043/042 : host
190 : kill
183 : blow up
0874 : withdraw ... troops
[nouns]
190 : attack on | attack
[reporting]
say : say | report | cite | quote
[inflections]
buy : bought
blow : blew | blown
say : said
"#;

fn coder() -> Coder {
    Coder::new(Compiled::new(&parse(LEX, "test.lex").unwrap()).unwrap())
}

fn code(text: &str) -> Vec<EventRecord> {
    let story = Story::new("t", text, NaiveDate::from_ymd_opt(2024, 3, 20).unwrap());
    coder().code(&story).events
}

fn triples(events: &[EventRecord]) -> Vec<(String, String, String)> {
    events
        .iter()
        .map(|e| {
            (
                e.source
                    .as_ref()
                    .map(|a| a.code.clone())
                    .unwrap_or_default(),
                e.target
                    .as_ref()
                    .map(|a| a.code.clone())
                    .unwrap_or_default(),
                e.cameo.clone(),
            )
        })
        .collect()
}

fn t(s: &str, t: &str, c: &str) -> (String, String, String) {
    (s.into(), t.into(), c.into())
}

#[test]
fn active_voice_with_possessive_agent_and_coordinated_verb() {
    let ev = code(
        "Turkey summons Greece's ambassador, warns him over drones his country bought from France.",
    );
    let tr = triples(&ev);
    assert!(tr.contains(&t("TUR", "GRCGOV", "114")), "{tr:?}");
    assert!(tr.contains(&t("TUR", "GRCGOV", "130")), "{tr:?}");
    assert!(tr.contains(&t("GRC", "FRA", "062")), "{tr:?}");
}

#[test]
fn passive_voice_takes_the_by_agent_as_source() {
    let ev = code("Three Iranian troops were arrested by Turkish police on Monday.");
    assert_eq!(triples(&ev), [t("TURCOP", "IRNMIL", "173")]);
    assert_eq!(ev[0].event_date, "2024-03-18");
}

#[test]
fn compound_subjects_give_one_event_each() {
    let ev = code("Iran and Iraq criticized Turkey.");
    assert_eq!(
        triples(&ev),
        [t("IRN", "TUR", "111"), t("IRQ", "TUR", "111")]
    );
}

#[test]
fn plans_plots_negation_and_modals_are_not_acts() {
    assert!(code("A Turkish gang plotted to assassinate two Greek officials.").is_empty());
    assert!(code("Greece will not attack Turkey.").is_empty());
    assert!(code("A Turkish gang was planning an attack on Greece.").is_empty());
    assert!(code("Greece did not attack Turkey.").is_empty());
}

#[test]
fn stated_intentions_are_coded_as_intent_or_threat() {
    assert_eq!(
        triples(&code("Turkey will supply arms to Greece.")),
        [t("TUR", "GRC", "0332")]
    );
    assert_eq!(
        triples(&code("Greece plans to visit France.")),
        [t("GRC", "FRA", "036")]
    );
    assert_eq!(
        triples(&code("Turkey vowed to attack Greece.")),
        [t("TUR", "GRC", "138")]
    );
    // A group's plan to attack is a plot, not a threat; a state's plan is policy.
    assert!(code("A Turkish gang was planning to attack Greece.").is_empty());
    assert_eq!(
        triples(&code("Turkish troops were planning to attack Greece.")),
        [t("TURMIL", "GRC", "138")]
    );
    // An announced refusal of a cooperative act is a rejection (CAMEO 12).
    assert_eq!(
        triples(&code("Turkey will not supply arms to Greece.")),
        [t("TUR", "GRC", "122")]
    );
    // A negated governor negates the intention.
    assert!(code("Turkey did not agree to visit Greece.").is_empty());
}

#[test]
fn obligations_voiced_by_a_speaker_are_demands() {
    assert_eq!(
        triples(&code("Turkey said Greece must withdraw its troops.")),
        [t("TUR", "GRC", "106")]
    );
    assert_eq!(
        triples(&code(
            "Greece and Iraq should withdraw their troops, Turkey said."
        )),
        [t("TUR", "GRC", "106"), t("TUR", "IRQ", "106")]
    );
}

#[test]
fn claimed_attacks_are_claims_of_responsibility() {
    assert_eq!(
        triples(&code("Turkey claimed that it had attacked Greece.")),
        [t("TUR", "GRC", "015")]
    );
}

#[test]
fn reporting_chain_is_kept() {
    let ev =
        code("Turkey criticized Greece on Monday, Reuters reported, citing Turkish state media.");
    assert_eq!(triples(&ev), [t("TUR", "GRC", "111")]);
    assert_eq!(ev[0].reported_by, ["Reuters", "Turkish state media"]);
}

#[test]
fn coordinated_speakers_all_report() {
    let ev = code("Iran attacked Iraq on Monday, France, Germany and Britain said.");
    assert_eq!(ev[0].reported_by, ["France", "Germany", "Britain"]);
    // A name before a comma that is the verb's object is no speaker.
    let ev = code("Iran attacked Iraq on Monday, Reuters and AFP reported.");
    assert_eq!(ev[0].reported_by, ["Reuters", "AFP"]);
    // "and" between clauses does not make the object a speaker.
    let ev = code("Troops shelled the town and officials said Iran attacked Iraq.");
    assert_eq!(
        ev.last().map(|e| e.reported_by.clone()),
        Some(vec!["officials".to_string()])
    );
    let ev = code("Iran attacked Iraq, U.S. and Iraqi officials said.");
    assert_eq!(ev[0].reported_by, ["Iraqi officials"]);
}

#[test]
fn offsets_are_character_offsets() {
    let text = "“Quoted” — Turkey criticized Greece.";
    let ev = code(text);
    assert_eq!(ev.len(), 1);
    let src = ev[0].source.as_ref().unwrap();
    let chars: Vec<char> = text.chars().collect();
    let got: String = chars[src.start..src.end].iter().collect();
    assert_eq!(got, "Turkey");
    let trig: String = chars[ev[0].trigger.start..ev[0].trigger.end]
        .iter()
        .collect();
    assert_eq!(trig, "criticized");
}

#[test]
fn event_ids_are_stable() {
    let a = code("Turkey criticized Greece.");
    let b = code("Turkey criticized Greece.");
    assert_eq!(a[0].event_id, b[0].event_id);
    let c = code("Turkey criticized Greece again.");
    assert_ne!(a[0].event_id, c[0].event_id);
}

#[test]
fn wishes_about_another_actor_are_appeals() {
    assert_eq!(
        triples(&code("Iran wants Turkey to attack Greece.")),
        [t("IRN", "TUR", "020")]
    );
    // Wanting to act oneself is an intention; a possible wish is nothing.
    assert!(code("Greece might want Turkey to visit France.").is_empty());
}

#[test]
fn receiving_reverses_giver_and_receiver() {
    assert_eq!(
        triples(&code("Greece received weapons from Turkey.")),
        [t("TUR", "GRC", "072")]
    );
}

#[test]
fn hosting_a_visit_is_also_the_guest_visit() {
    let tr = triples(&code("Turkey hosted Greece's ambassador on Monday."));
    assert_eq!(tr, [t("TUR", "GRCGOV", "043"), t("GRCGOV", "TUR", "042")]);
}

#[test]
fn accidents_and_allegations_are_not_acts_of_force() {
    assert!(code("Ten civilians were killed by a bus crash in Turkey.").is_empty());
    assert!(code("The report alleged that Turkish troops attacked Greece.").is_empty());
    assert!(
        code("Turkey rejected accusations that its troops attacked Greece.")
            .iter()
            .all(|e| e.cameo_root != "19")
    );
}

#[test]
fn violence_by_protesters_is_rioting_and_munitions_are_military_force() {
    assert_eq!(
        triples(&code("Turkish protesters attacked the Greek ambassador.")),
        [t("TUROPP", "GRCGOV", "145")]
    );
    let tr = triples(&code(
        "Greek troops blew up the depot with a missile, Turkey said.",
    ));
    assert_eq!(tr, [t("GRCMIL", "", "195")], "{tr:?}");
}

#[test]
fn coordinated_victims_are_separate_events_and_a_speaker_is_no_target() {
    let tr = triples(&code(
        "Turkish troops killed civilians and victims in Iraq.",
    ));
    assert_eq!(tr.len(), 2, "{tr:?}");
    let tr = triples(&code(
        "Iran summoned the envoy, the Turkish government said.",
    ));
    assert_eq!(tr, [t("IRN", "", "114")], "{tr:?}");
}

#[test]
fn reactions_aim_at_the_doer_and_conditional_threats_at_the_condition() {
    assert_eq!(
        triples(&code(
            "Turkey rejected calls by Greece's government for talks."
        )),
        [t("TUR", "GRCGOV", "120")]
    );
    assert_eq!(
        triples(&code("Turkey threatened sanctions if Greece sends troops.")),
        [t("TUR", "GRC", "1312")]
    );
}

#[test]
fn police_act_at_home() {
    assert_eq!(
        triples(&code("Turkish police arrested protesters.")),
        [t("TURCOP", "TUROPP", "173")]
    );
}

#[test]
fn coordinations_may_carry_modifiers_after_the_conjunction() {
    let got = triples(&code(
        "Turkey and the new Greek government criticized Iran.",
    ));
    assert_eq!(got, [t("TUR", "IRN", "111"), t("GRCGOV", "IRN", "111")]);
}

#[test]
fn an_agent_of_coordinated_countries_belongs_to_each() {
    let got = triples(&code(
        "The ambassadors of Turkey, Greece and France criticized Iran.",
    ));
    assert_eq!(
        got,
        [
            t("TURGOV", "IRN", "111"),
            t("GRCGOV", "IRN", "111"),
            t("FRAGOV", "IRN", "111")
        ]
    );
}

#[test]
fn possessed_agents_may_have_coordinated_modifiers() {
    let got = triples(&code("Iran's new and powerful police arrested the gang."));
    assert_eq!(got, [t("IRNCOP", "IRNREB", "173")]);
}

#[test]
fn a_country_modifies_each_coordinated_agent() {
    let got = triples(&code("Iranian police and officials criticized Turkey."));
    assert_eq!(got, [t("IRNCOP", "TUR", "111"), t("IRNGOV", "TUR", "111")]);
}

#[test]
fn coordinated_agents_share_the_countries_named_after_them() {
    let got = triples(&code(
        "Police and officials in Turkey and Greece criticized Iran.",
    ));
    assert_eq!(
        got,
        [
            t("TURCOP", "IRN", "111"),
            t("GRCCOP", "IRN", "111"),
            t("TURGOV", "IRN", "111"),
            t("GRCGOV", "IRN", "111")
        ]
    );
}

#[test]
fn object_with_agent_names_the_target_and_coordinated_verb_phrases_end_clauses() {
    // The agent of the criticized act is the target, not a later place; the
    // second verb phrase keeps its own object.
    let events = code(
        "Turkey criticized an attack by Greek troops in northern Iraq on Monday and arrested Iranian officials.",
    );
    let got = triples(&events);
    assert!(got.contains(&t("TUR", "GRCMIL", "111")), "{got:?}");
    assert!(got.contains(&t("TUR", "IRNGOV", "173")), "{got:?}");
    assert!(!got.contains(&t("TUR", "IRNGOV", "111")), "{got:?}");
    // A preposition left waiting before "and" shares the later object.
    let got = triples(&code("Turkey attacked and warned Iran."));
    assert!(got.contains(&t("TUR", "IRN", "130")), "{got:?}");
}

#[test]
fn former_office_holders_are_elites() {
    let got = triples(&code(
        "Former Turkish officials warned Greece's government on Monday.",
    ));
    assert!(got.contains(&t("TURELI", "GRCGOV", "130")), "{got:?}");
    let got = triples(&code("Turkey's former ambassador warned Greece."));
    assert!(got.contains(&t("TURELI", "GRC", "130")), "{got:?}");
    let got = triples(&code("The former ambassador of Turkey warned Greece."));
    assert!(got.contains(&t("TURELI", "GRC", "130")), "{got:?}");
}

#[test]
fn plural_pronouns_stand_for_every_coordinated_actor() {
    let got = triples(&code(
        "Turkey and Greece said on Monday that they would attack Iraq.",
    ));
    assert!(
        got.iter().any(|(s, t, _)| s == "TUR" && t == "IRQ"),
        "{got:?}"
    );
    assert!(
        got.iter().any(|(s, t, _)| s == "GRC" && t == "IRQ"),
        "{got:?}"
    );
}
