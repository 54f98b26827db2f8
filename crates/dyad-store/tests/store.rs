//! End-to-end tests of the store on hand-made stories and records: ingest
//! idempotency and replacement, dry-run plans, dedup rules, aggregation
//! against hand counts, export shapes, error messages, validation. Every
//! store test runs on SQLite, and also on PostgreSQL when
//! DYAD_TEST_POSTGRES_URL is set.

mod common;

use common::*;
use dyad_coder::Story;
use dyad_store::agg::{self, AggOptions, Measure, TableFormat, Unit};
use dyad_store::codes::Codes;
use dyad_store::export::{self, ExportFormat, ExportOptions};
use dyad_store::validate::{validate_jsonl, validate_store};
use dyad_store::{
    Action, DedupRule, Error, Ingest, IngestOptions, OpenMode, Store, SCHEMA_VERSION,
};

fn open(url: &str) -> Store {
    Store::open(url, OpenMode::ReadOnly).expect("open read-only")
}

fn sql_rows(store: &mut Store, sql: &str) -> Vec<Vec<String>> {
    store
        .db()
        .query(sql, &[])
        .expect(sql)
        .into_iter()
        .map(|r| r.iter().map(|v| v.render()).collect())
        .collect()
}

#[test]
fn ingest_twice_changes_nothing_and_changed_text_replaces() {
    for url in backends("idempotent") {
        let corpus = clash_corpus();
        let first = ingest(&url, &corpus, IngestOptions::default());
        assert_eq!((first.added, first.replaced, first.skipped), (6, 0, 0));
        assert_eq!(first.mentions, 10);
        let mut s = open(&url);
        let c1 = s.counts().unwrap();
        assert_eq!(c1.stories, 6);
        assert_eq!(c1.mentions, 10);
        let sentences = |c: &[dyad_coder::Story]| -> usize {
            c.iter()
                .map(|s| dyad_text::split_sentences(&s.text).len())
                .sum()
        };
        assert_eq!(c1.sentences, sentences(&corpus));
        let dump1 = s.dump().unwrap();
        drop(s);

        let second = ingest(&url, &corpus, IngestOptions::default());
        assert_eq!((second.added, second.replaced, second.skipped), (0, 0, 6));
        assert_eq!(second.batches, 0, "nothing coded or written");
        assert!(second.derived.is_empty(), "derived table already fresh");
        let mut s = open(&url);
        assert_eq!(s.counts().unwrap(), c1);
        assert_eq!(
            s.dump().unwrap(),
            dump1,
            "{url}: re-ingest changed the store"
        );
        let old_ids = sql_rows(
            &mut s,
            "SELECT mention_id FROM mentions WHERE story_id = 'ap-1'",
        );
        drop(s);

        // ap-1 now reports only the consultation: its 2 mentions become 1.
        let mut changed = corpus.clone();
        changed[0].text = "IRN 040 IRQ.".into();
        let third = ingest(&url, &changed, IngestOptions::default());
        assert_eq!((third.added, third.replaced, third.skipped), (0, 1, 5));
        let mut s = open(&url);
        let c3 = s.counts().unwrap();
        assert_eq!(c3.stories, 6);
        assert_eq!(c3.mentions, 9);
        assert_eq!(c3.sentences, sentences(&changed));
        assert_eq!(c3.sentences + 1, c1.sentences);
        let new_ids = sql_rows(
            &mut s,
            "SELECT mention_id FROM mentions WHERE story_id = 'ap-1'",
        );
        assert_eq!(new_ids.len(), 1);
        assert!(
            old_ids.iter().all(|o| !new_ids.contains(o)),
            "old mentions deleted"
        );
        let text = sql_rows(&mut s, "SELECT text FROM stories WHERE story_id = 'ap-1'");
        assert_eq!(text, [["IRN 040 IRQ.".to_string()]]);
        // The derived table followed: the clash now has one mention (Reuters).
        let clash = sql_rows(
            &mut s,
            "SELECT n_mentions, n_sources, publishers FROM derived_events \
             WHERE rule = 'one-a-day' AND cameo = '190'",
        );
        assert_eq!(clash, [["1", "1", "[\"Reuters\"]"]]);
    }
}

#[test]
fn dry_run_plans_without_writing() {
    for url in backends("dry-run") {
        let corpus = clash_corpus();
        ingest(&url, &corpus[..3], IngestOptions::default());
        let before = open(&url).dump().unwrap();

        let mut input = corpus.clone();
        input[1].text.push_str(" FRA 040 IRN.");
        // A story repeated in the input with the same text: planned once as
        // add, then as skip, as a real run would do.
        input.push(corpus[4].clone());
        let mut store = Store::open_for_plan(&url).unwrap();
        let mut plan: Vec<(String, Action)> = Vec::new();
        let opts = IngestOptions {
            dry_run: true,
            ..IngestOptions::default()
        };
        let stats = {
            let mut ing = Ingest::new(&mut store, opts, |_: &[&dyad_coder::Story]| {
                panic!("a dry run must not code")
            })
            .on_plan(|id: &str, a: Action| plan.push((id.to_string(), a)));
            for s in &input {
                ing.push(s.clone(), None).unwrap();
            }
            ing.finish().unwrap()
        };
        assert_eq!((stats.added, stats.replaced, stats.skipped), (3, 1, 3));
        assert_eq!(
            plan,
            [
                ("ap-1".to_string(), Action::Skip),
                ("reuters-1".to_string(), Action::Replace),
                ("afp-2".to_string(), Action::Skip),
                ("reuters-2".to_string(), Action::Add),
                ("reuters-2b".to_string(), Action::Add),
                ("blog-3".to_string(), Action::Add),
                ("reuters-2b".to_string(), Action::Skip),
            ]
        );
        assert_eq!(stats.rules_to_rebuild, ["one-a-day"]);
        drop(store);
        assert_eq!(open(&url).dump().unwrap(), before, "dry run wrote");
    }
    // A dry run against a SQLite file that does not exist creates nothing.
    let path = tmp_dir("dry-run-new").join("never.sqlite");
    let url = path.display().to_string();
    let mut store = Store::open_for_plan(&url).unwrap();
    let mut ing = Ingest::new(
        &mut store,
        IngestOptions {
            dry_run: true,
            ..IngestOptions::default()
        },
        fake_batch,
    );
    ing.push(clash_corpus()[0].clone(), None).unwrap();
    let stats = ing.finish().unwrap();
    assert_eq!(stats.added, 1);
    assert!(!path.exists());
}

#[test]
fn repeated_id_in_one_batch_keeps_the_last_version() {
    for url in backends("repeat-id") {
        let a = story("x", "2024-03-04", Some("AP"), "IRN 190 IRQ.");
        let b = story("x", "2024-03-04", Some("AP"), "IRN 040 IRQ.");
        let st = ingest(&url, &[a, b], IngestOptions::default());
        assert_eq!((st.added, st.replaced), (1, 1));
        let mut s = open(&url);
        assert_eq!(sql_rows(&mut s, "SELECT cameo FROM mentions"), [["040"]]);
    }
    // Across batches (of 2), while the previous batch is still being written.
    for url in backends("repeat-id-batches") {
        let v = |t: &str| story("a", "2024-03-04", Some("AP"), t);
        let input = [
            v("IRN 190 IRQ."),
            story("b", "2024-03-04", None, "TUR 040 GRC."),
            v("IRN 040 IRQ."),
            story("c", "2024-03-04", None, "TUR 130 GRC."),
            v("IRN 040 IRQ."),
            story("d", "2024-03-04", None, "GRC 130 TUR."),
        ];
        let opts = IngestOptions {
            batch_size: 2,
            ..IngestOptions::default()
        };
        let st = ingest(&url, &input, opts);
        assert_eq!((st.added, st.replaced, st.skipped), (4, 1, 1));
        let mut s = open(&url);
        assert_eq!(
            sql_rows(&mut s, "SELECT cameo FROM mentions WHERE story_id = 'a'"),
            [["040"]]
        );
        assert_eq!(s.counts().unwrap().mentions, 4);
    }
}

#[test]
fn dedup_merges_reports_of_one_clash() {
    let key: DedupRule = "date,source_country,target_country,cameo_root"
        .parse()
        .unwrap();
    for url in backends("dedup") {
        let rules = [DedupRule::OneADay, DedupRule::Polecat, key.clone()];
        let st = ingest(&url, &clash_corpus(), opts_with(&rules));
        let by_rule: Vec<(String, usize, usize)> = st
            .derived
            .iter()
            .map(|d| (d.rule.clone(), d.n_events, d.n_mentions))
            .collect();
        assert_eq!(
            by_rule,
            [
                ("one-a-day".to_string(), 7, 10),
                // roots 01/02 have no PLOVER type: FRA 020 RUS derives nothing.
                ("polecat".to_string(), 6, 9),
                (key.name(), 6, 10),
            ]
        );
        let mut s = open(&url);
        // Clash 1 under one-a-day: 2 mentions, 2 stories, 2 sources.
        let c1 = sql_rows(
            &mut s,
            "SELECT event_date, source_code, target_code, n_mentions, n_stories, n_sources, \
             story_ids, publishers, urls, first_story_id FROM derived_events \
             WHERE rule = 'one-a-day' AND cameo = '190'",
        );
        assert_eq!(
            c1,
            [[
                "2024-03-04",
                "IRNMIL",
                "IRQ",
                "2",
                "2",
                "2",
                "[\"ap-1\",\"reuters-1\"]",
                "[\"AP\",\"Reuters\"]",
                "[\"https://ap.example/ap-1\",\"https://reuters.example/reuters-1\"]",
                "ap-1",
            ]]
        );
        let ids = sql_rows(
            &mut s,
            "SELECT mention_ids FROM derived_events WHERE rule = 'one-a-day' AND cameo = '190'",
        );
        let ids: Vec<String> = serde_json::from_str(&ids[0][0]).unwrap();
        assert_eq!(ids.len(), 2);
        for id in &ids {
            let n = sql_rows(
                &mut s,
                &format!("SELECT cameo FROM mentions WHERE mention_id = '{id}'"),
            );
            assert_eq!(n, [["190"]]);
        }
        // Clash 2: three reports, two publishers; first report is AFP's.
        let c2 = sql_rows(
            &mut s,
            "SELECT n_mentions, n_stories, n_sources, first_story_id FROM derived_events \
             WHERE rule = 'one-a-day' AND cameo = '193'",
        );
        assert_eq!(c2, [["3", "3", "2", "afp-2"]]);
        // The user key merges Reuters' air strikes (195) into clash 1.
        let k1 = sql_rows(
            &mut s,
            &format!(
                "SELECT n_mentions, n_stories, n_sources FROM derived_events \
                 WHERE rule = '{}' AND event_key = '2024-03-04|IRN|IRQ|19'",
                key.name()
            ),
        );
        assert_eq!(k1, [["3", "2", "2"]]);
        // Rule name, version and key fields are recorded with the table.
        let rules = sql_rows(
            &mut s,
            "SELECT rule, rule_version, key_fields FROM derived_rules ORDER BY rule",
        );
        assert_eq!(
            rules,
            [
                vec![
                    key.name(),
                    "1".into(),
                    "date,source_country,target_country,cameo_root".into()
                ],
                vec![
                    "one-a-day".to_string(),
                    "1".into(),
                    "date,source,target,cameo".into()
                ],
                vec![
                    "polecat".to_string(),
                    "1".into(),
                    "date,source,target,plover_type,plover_mode".into()
                ],
            ]
        );
        // A later ingest keeps every materialized rule fresh.
        drop(s);
        let more = [story("late", "2024-03-04", Some("BBC"), "IRNMIL 190 IRQ.")];
        let st = ingest(&url, &more, IngestOptions::default());
        assert_eq!(st.derived.len(), 3);
        let mut s = open(&url);
        let c1 = sql_rows(&mut s, "SELECT n_mentions, n_sources FROM derived_events WHERE rule = 'one-a-day' AND cameo = '190'");
        assert_eq!(c1, [["3", "3"]]);
    }
}

fn agg_rows(url: &str, opts: &AggOptions) -> Vec<Vec<String>> {
    let mut s = open(url);
    let mut out = Vec::new();
    agg::run(&mut s, opts, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes());
    rdr.records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

fn row(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

#[test]
fn aggregates_match_hand_counts() {
    for url in backends("agg") {
        ingest(&url, &clash_corpus(), IngestOptions::default());
        let mut o = AggOptions::new("country-day".parse::<Unit>().unwrap());
        o.measures = vec![
            Measure::Count,
            Measure::GoldsteinSum,
            Measure::GoldsteinMean,
            Measure::Quad,
            Measure::Mentions,
        ];
        // One-a-day events by source country: IRN on 03-04 has 190, 040, 195
        // (the 190 reported twice), TUR 193 on 03-05, GRC 130 on 03-06,
        // FRA 020 on 03-07; the sourceless riot is left out.
        let head = row(&[
            "period",
            "country",
            "count",
            "goldstein_sum",
            "goldstein_mean",
            "q1_verbal_coop",
            "q2_material_coop",
            "q3_verbal_conflict",
            "q4_material_conflict",
            "mentions",
        ]);
        assert_eq!(
            agg_rows(&url, &o),
            [
                head.clone(),
                row(&["2024-03-07", "FRA", "1", "3", "3", "1", "0", "0", "0", "1"]),
                row(&[
                    "2024-03-06",
                    "GRC",
                    "1",
                    "-4.4",
                    "-4.4",
                    "0",
                    "0",
                    "1",
                    "0",
                    "1"
                ]),
                row(&[
                    "2024-03-04",
                    "IRN",
                    "3",
                    "-19",
                    "-6.333333",
                    "1",
                    "0",
                    "0",
                    "2",
                    "4"
                ]),
                row(&[
                    "2024-03-05",
                    "TUR",
                    "1",
                    "-10",
                    "-10",
                    "0",
                    "0",
                    "0",
                    "1",
                    "3"
                ]),
            ]
        );
        // Zero-filled: 4 countries x 4 days, means empty where nothing happened.
        o.fill = true;
        let filled = agg_rows(&url, &o);
        assert_eq!(filled.len(), 1 + 16);
        assert_eq!(
            filled[1],
            row(&["2024-03-04", "FRA", "0", "0", "", "0", "0", "0", "0", "0"])
        );
        // --from/--to widen the panel.
        o.from = Some(date("2024-03-01"));
        o.to = Some(date("2024-03-10"));
        assert_eq!(agg_rows(&url, &o).len(), 1 + 40);

        // Without dedup every mention counts.
        let mut o = AggOptions::new("country-day".parse().unwrap());
        o.dedup = DedupRule::None;
        o.actor = Some("IRN".into());
        assert_eq!(
            agg_rows(&url, &o),
            [
                row(&["period", "country", "count"]),
                row(&["2024-03-04", "IRN", "4"])
            ]
        );

        // Nondirected countries: every participant.
        let mut o = AggOptions::new("country-month".parse().unwrap());
        o.directed = false;
        let rows = agg_rows(&url, &o);
        assert_eq!(
            rows[1..],
            [
                row(&["2024-03", "FRA", "1"]),
                row(&["2024-03", "GRC", "2"]),
                row(&["2024-03", "IRN", "3"]),
                row(&["2024-03", "IRQ", "3"]),
                row(&["2024-03", "RUS", "2"]),
                row(&["2024-03", "TUR", "2"]),
            ]
        );

        // Dyads: directed keeps TUR->GRC and GRC->TUR apart, nondirected
        // merges them; COW numbers sort numerically (GRC 350 < TUR 640).
        let mut o = AggOptions::new("dyad-month".parse().unwrap());
        o.codes = Codes::Cow;
        o.measures = vec![Measure::Count, Measure::Quad];
        assert_eq!(
            agg_rows(&url, &o)[1..],
            [
                row(&["2024-03", "220", "365", "1", "1", "0", "0", "0"]),
                row(&["2024-03", "350", "640", "1", "0", "0", "1", "0"]),
                row(&["2024-03", "630", "645", "3", "1", "0", "0", "2"]),
                row(&["2024-03", "640", "350", "1", "0", "0", "0", "1"]),
            ]
        );
        o.directed = false;
        let rows = agg_rows(&url, &o);
        assert_eq!(rows[0][1..3], row(&["country_a", "country_b"]));
        assert_eq!(
            rows[1..],
            [
                row(&["2024-03", "220", "365", "1", "1", "0", "0", "0"]),
                row(&["2024-03", "350", "640", "2", "0", "0", "1", "1"]),
                row(&["2024-03", "630", "645", "3", "1", "0", "0", "2"]),
            ]
        );
        // Nondirected dyad-day with fill: each dyad gets every day 03-04..03-07.
        let mut o = AggOptions::new("dyad-day".parse().unwrap());
        o.directed = false;
        o.fill = true;
        o.codes = Codes::Iso3;
        let rows = agg_rows(&url, &o);
        assert_eq!(rows.len(), 1 + 3 * 4);
        let grc_tur: Vec<&Vec<String>> = rows.iter().filter(|r| r[1] == "GRC").collect();
        let counts: Vec<&str> = grc_tur.iter().map(|r| r[3].as_str()).collect();
        assert_eq!(counts, ["0", "1", "1", "0"]);

        // Filters: root 19 and PLOVER ASSAULT select the same three events.
        let mut o = AggOptions::new("country-year".parse().unwrap());
        o.root = Some("19".into());
        let by_root = agg_rows(&url, &o);
        assert_eq!(
            by_root[1..],
            [row(&["2024", "IRN", "2"]), row(&["2024", "TUR", "1"])]
        );
        o.root = None;
        o.plover = Some("assault".into());
        assert_eq!(agg_rows(&url, &o), by_root);

        // JSONL has typed values and null means.
        let mut o = AggOptions::new("country-year".parse().unwrap());
        o.format = TableFormat::Jsonl;
        o.measures = vec![Measure::Count, Measure::GoldsteinMean];
        o.codes = Codes::Gw;
        let mut s = open(&url);
        let mut out = Vec::new();
        agg::run(&mut s, &o, &mut out).unwrap();
        let first: serde_json::Value =
            serde_json::from_str(String::from_utf8(out).unwrap().lines().next().unwrap()).unwrap();
        assert_eq!(
            first,
            serde_json::json!({"period": "2024", "country": "220", "count": 1, "goldstein_mean": 3})
        );
    }
}

fn export_text(url: &str, format: ExportFormat, dedup: Option<DedupRule>) -> String {
    let mut s = open(url);
    let mut out: Vec<u8> = Vec::new();
    export::run(
        &mut s,
        &ExportOptions {
            format,
            dedup,
            from: None,
            to: None,
        },
        &mut out,
    )
    .unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn exports_have_the_documented_columns() {
    for url in backends("export") {
        ingest(&url, &clash_corpus(), IngestOptions::default());

        let gdelt = export_text(&url, ExportFormat::Gdelt, None);
        let lines: Vec<&str> = gdelt.lines().collect();
        assert_eq!(lines.len(), 7, "one-a-day events, no header");
        for l in &lines {
            assert_eq!(l.split('\t').count(), 61, "{l}");
        }
        let clash: Vec<&str> = lines
            .iter()
            .map(|l| l.split('\t').collect::<Vec<_>>())
            .find(|f| f[26] == "190")
            .unwrap();
        assert_eq!(clash[1], "20240304");
        assert_eq!(clash[5], "IRNMIL");
        assert_eq!(clash[7], "IRN");
        assert_eq!(clash[12], "MIL");
        assert_eq!(clash[15], "IRQ");
        assert_eq!(
            (clash[27], clash[28], clash[29], clash[30]),
            ("190", "19", "4", "-10")
        );
        assert_eq!((clash[31], clash[32], clash[33]), ("2", "2", "2"));
        assert_eq!(clash[59], "20240304000000");
        assert_eq!(clash[60], "https://ap.example/ap-1");
        // AP's first report names no place; Reuters' (the next) names Baghdad.
        assert!(clash[35..51].iter().all(|f| f.is_empty()), "{clash:?}");
        assert_eq!(
            &clash[51..59],
            [
                "4",
                "Baghdad, Mayorality of Baghdad, Iraq",
                "IZ",
                "IZ",
                "",
                "33.34058",
                "44.40088",
                ""
            ]
        );
        let appeal = lines
            .iter()
            .map(|l| l.split('\t').collect::<Vec<_>>())
            .find(|f| f[26] == "020")
            .unwrap();
        assert_eq!(
            appeal[60], "dyad-story:blog-3",
            "citation when there is no URL"
        );

        let icews = export_text(&url, ExportFormat::Icews, None);
        let lines: Vec<&str> = icews.lines().collect();
        assert_eq!(lines.len(), 1 + 10, "header + one row per mention");
        assert!(lines[0].starts_with("Event ID\tEvent Date\tSource Name"));
        for l in &lines {
            assert_eq!(l.split('\t').count(), 20, "{l}");
        }

        let polecat = export_text(&url, ExportFormat::Polecat, None);
        let lines: Vec<&str> = polecat.lines().collect();
        assert_eq!(lines.len(), 1 + 9, "header + mentions with a PLOVER type");
        for l in &lines {
            assert_eq!(l.split('\t').count(), 40, "{l}");
        }
        let riot: Vec<&str> = lines
            .iter()
            .find(|l| l.contains("\tPROTEST\t"))
            .unwrap()
            .split('\t')
            .collect();
        // PLOVER puts PROTEST in quad 4 (material conflict) although CAMEO 14 is verbal.
        assert_eq!((riot[3], riot[5]), ("riot", "4"));
        assert_eq!((riot[7], riot[15], riot[16]), ("", "RUSGOV", "RUS"));
        assert_eq!(riot[17], "365");

        let plover = export_text(&url, ExportFormat::PloverJsonl, Some(DedupRule::OneADay));
        let recs: Vec<serde_json::Value> = plover
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(recs.len(), 6);
        for r in &recs {
            for k in ["id", "date", "actor", "event"] {
                assert!(r.get(k).is_some(), "PLOVER record lacks {k}: {r}");
            }
        }
        assert!(validate_jsonl("plover", plover.as_bytes())
            .unwrap()
            .problems
            .is_empty());

        let csv_text = export_text(&url, ExportFormat::Csv, Some(DedupRule::OneADay));
        let mut rdr = csv::Reader::from_reader(csv_text.as_bytes());
        let headers = rdr.headers().unwrap().clone();
        assert_eq!(&headers[0], "rule");
        assert_eq!(
            headers.len(),
            9 + dyad_store::schema::DERIVED_PLACE_COLUMNS.len()
                + dyad_store::MENTION_COLUMNS.len()
                + 1
        );
        let recs: Vec<csv::StringRecord> = rdr.records().map(|r| r.unwrap()).collect();
        assert_eq!(recs.len(), 7);
        assert!(recs.iter().all(|r| r.len() == headers.len()));
        let cameo_col = headers.iter().position(|h| h == "cameo").unwrap();
        assert!(
            recs.iter().any(|r| &r[cameo_col] == "020"),
            "leading zero kept"
        );
    }
}

#[cfg(feature = "parquet")]
#[test]
fn parquet_export_has_typed_columns() {
    use parquet::file::reader::{FileReader, SerializedFileReader};
    let url = backends("parquet").remove(0);
    ingest(&url, &clash_corpus(), IngestOptions::default());
    let mut s = open(&url);
    let mut out: Vec<u8> = Vec::new();
    export::run(
        &mut s,
        &ExportOptions {
            format: ExportFormat::Parquet,
            dedup: None,
            from: None,
            to: None,
        },
        &mut out,
    )
    .unwrap();
    let path = tmp_dir("parquet-file").join("events.parquet");
    std::fs::write(&path, &out).unwrap();
    let r = SerializedFileReader::new(std::fs::File::open(&path).unwrap()).unwrap();
    let meta = r.metadata();
    assert_eq!(meta.file_metadata().num_rows(), 10);
    let schema = meta.file_metadata().schema_descr();
    let ty = |name: &str| {
        schema
            .columns()
            .iter()
            .find(|c| c.name() == name)
            .map(|c| c.physical_type())
            .unwrap()
    };
    use parquet::basic::Type;
    assert_eq!(ty("goldstein"), Type::DOUBLE);
    assert_eq!(ty("quad_class"), Type::INT64);
    assert_eq!(ty("cameo"), Type::BYTE_ARRAY);
    assert_eq!(ty("place_lat"), Type::DOUBLE);
    assert_eq!(ty("place_lon"), Type::DOUBLE);
    assert_eq!(ty("place_start"), Type::INT64);
    assert_eq!(ty("place_name"), Type::BYTE_ARRAY);
}

#[test]
fn corrupt_and_foreign_databases_are_clear_errors() {
    let dir = tmp_dir("corrupt");
    let garbage = dir.join("garbage.sqlite");
    let bytes: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
        .collect();
    std::fs::write(&garbage, &bytes).unwrap();
    for mode in [OpenMode::Create, OpenMode::ReadOnly] {
        let e = Store::open(garbage.to_str().unwrap(), mode).err().unwrap();
        assert!(matches!(e, Error::NotSqlite { .. }), "{e:?}");
        let msg = e.to_string();
        assert!(msg.contains("not a SQLite database"), "{msg}");
        assert!(msg.contains("garbage.sqlite"), "{msg}");
    }
    // A SQLite header followed by garbage.
    let mut half = b"SQLite format 3\0".to_vec();
    half.extend_from_slice(&bytes);
    let damaged = dir.join("damaged.sqlite");
    std::fs::write(&damaged, &half).unwrap();
    let e = Store::open(damaged.to_str().unwrap(), OpenMode::Create)
        .err()
        .unwrap();
    assert!(e.to_string().contains("damaged.sqlite"), "{e}");

    // Another application's SQLite database.
    let foreign = dir.join("foreign.sqlite");
    {
        let c = rusqlite::Connection::open(&foreign).unwrap();
        c.execute_batch("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
            .unwrap();
    }
    let e = Store::open(foreign.to_str().unwrap(), OpenMode::Create)
        .err()
        .unwrap();
    assert!(matches!(e, Error::Foreign { .. }), "{e:?}");
    assert!(e.to_string().contains("not a dyad store"), "{e}");
    assert!(e.to_string().contains("invoices"), "{e}");

    // A store from a newer dyad.
    let newer = dir.join("newer.sqlite");
    let url = newer.display().to_string();
    drop(Store::open(&url, OpenMode::Create).unwrap());
    {
        let c = rusqlite::Connection::open(&newer).unwrap();
        c.execute(
            "UPDATE dyad_meta SET value = ?1 WHERE key = 'schema_version'",
            [(SCHEMA_VERSION + 1).to_string()],
        )
        .unwrap();
    }
    let e = Store::open(&url, OpenMode::ReadOnly).err().unwrap();
    assert!(matches!(e, Error::NewerSchema { .. }), "{e:?}");

    // Read-only commands on a missing store say so, and create nothing.
    let missing = dir.join("missing.sqlite");
    let e = Store::open(missing.to_str().unwrap(), OpenMode::ReadOnly)
        .err()
        .unwrap();
    assert!(matches!(e, Error::NoStore { .. }), "{e:?}");
    assert!(!missing.exists());

    // A directory.
    let e = Store::open(dir.to_str().unwrap(), OpenMode::Create)
        .err()
        .unwrap();
    assert!(e.to_string().contains("directory"), "{e}");
}

#[test]
fn unreachable_postgres_is_a_clear_error() {
    // Port 1 on loopback: nothing listens, the connection is refused at once.
    let e = Store::open("postgres://dyad:secret@127.0.0.1:1/dyad", OpenMode::Create)
        .err()
        .unwrap();
    assert!(matches!(e, Error::Connect { .. }), "{e:?}");
    let msg = e.to_string();
    assert!(
        msg.contains("cannot connect to PostgreSQL at postgres://dyad:***@127.0.0.1:1/dyad"),
        "{msg}"
    );
    assert!(!msg.contains("secret"));
    let e = Store::open("postgres://[bad", OpenMode::Create)
        .err()
        .unwrap();
    assert!(
        matches!(e, Error::BadUrl { .. } | Error::Connect { .. }),
        "{e:?}"
    );
}

#[test]
fn validate_reports_bad_codes_injected_by_sql() {
    for url in backends("validate") {
        ingest(&url, &clash_corpus(), IngestOptions::default());
        let mut s = open(&url);
        let r = validate_store(&mut s).unwrap();
        assert_eq!(r.checked, 10 + 7);
        assert!(r.problems.is_empty(), "{:?}", r.problems);
        drop(s);
        let mut s = Store::open(&url, OpenMode::Create).unwrap();
        s.db()
            .execute(
                "UPDATE mentions SET cameo = '13y' WHERE story_id = 'afp-2'",
                &[],
            )
            .unwrap();
        s.db()
            .execute(
                "UPDATE mentions SET quad_class = 4, source_code = 'IRNXYZ' \
                 WHERE story_id = 'blog-3' AND cameo = '020'",
                &[],
            )
            .unwrap();
        let r = validate_store(&mut s).unwrap();
        let text: Vec<String> = r
            .problems
            .iter()
            .map(|p| format!("{}: {}", p.record, p.reason))
            .collect();
        assert_eq!(r.problems.len(), 4, "{text:#?}");
        assert!(
            text[0].contains("(story afp-2)") && text[0].contains("\"13y\""),
            "{text:#?}"
        );
        assert!(
            text.iter()
                .any(|t| t.contains("quad_class 4 is not CAMEO 020's QuadClass 1")),
            "{text:#?}"
        );
        assert!(text.iter().any(|t| t.contains("IRNXYZ")), "{text:#?}");
    }
    // Files: dyad event records with one bad code.
    let good = serde_json::to_string(
        &fake_code(&story("f", "2024-01-02", None, "IRN 190 IRQ.")).events[0],
    )
    .unwrap();
    let bad = good.replace("\"cameo\":\"190\"", "\"cameo\":\"13y\"");
    let input = format!("{good}\n{bad}\nnot json\n");
    let r = validate_jsonl("events.jsonl", input.as_bytes()).unwrap();
    assert_eq!(r.checked, 3);
    // Line 2: unknown code (and its root no longer fits); line 3: not JSON.
    assert_eq!(r.problems.len(), 3, "{:?}", r.problems);
    assert!(r.problems[0]
        .record
        .starts_with("events.jsonl line 2 (event "));
    assert!(r.problems[0].reason.contains("\"13y\""));
    assert_eq!(r.problems[2].record, "events.jsonl line 3");
    assert!(r.problems[2].reason.contains("malformed JSON"));
}

#[test]
fn query_is_read_only() {
    for url in backends("query") {
        ingest(&url, &clash_corpus(), IngestOptions::default());
        let mut s = open(&url);
        let mut out = Vec::new();
        let n = dyad_store::query::query_tsv(
            &mut s,
            "SELECT story_id, n_events FROM stories ORDER BY story_id",
            &mut out,
        )
        .unwrap();
        assert_eq!(n, 6);
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.starts_with("story_id\tn_events\nafp-2\t1\nap-1\t2\n"),
            "{text}"
        );
        for bad in [
            "DELETE FROM stories",
            "SELECT 1; DELETE FROM stories",
            "DROP TABLE mentions",
        ] {
            let mut out = Vec::new();
            assert!(
                dyad_store::query::query_tsv(&mut s, bad, &mut out).is_err(),
                "{url}: {bad} was allowed"
            );
        }
        assert_eq!(s.counts().unwrap().stories, 6);
    }
}

#[test]
fn sqlite_and_postgres_give_the_same_results() {
    let urls = backends("same-results");
    if urls.len() < 2 {
        return;
    }
    let key: DedupRule = "date,source_country,target_country,cameo_root"
        .parse()
        .unwrap();
    let mut dumps = Vec::new();
    let mut corpus = clash_corpus();
    // PostgreSQL text cannot hold NUL: both backends store U+FFFD.
    corpus.push(story(
        "nul",
        "2024-03-08",
        Some("AP"),
        "IRN 190 IRQ. Odd\u{0}byte.",
    ));
    for url in &urls {
        ingest(
            url,
            &corpus,
            opts_with(&[DedupRule::OneADay, DedupRule::Polecat, key.clone()]),
        );
        let mut o = AggOptions::new("dyad-day".parse().unwrap());
        o.fill = true;
        o.measures = vec![Measure::Count, Measure::GoldsteinSum, Measure::Quad];
        let mut all = open(url).dump().unwrap();
        all.push_str(&format!("{:?}", agg_rows(url, &o)));
        for f in [
            ExportFormat::Gdelt,
            ExportFormat::Icews,
            ExportFormat::Polecat,
            ExportFormat::PloverJsonl,
            ExportFormat::Csv,
        ] {
            all.push_str(&export_text(url, f, None));
        }
        dumps.push(all);
    }
    assert_eq!(dumps[0], dumps[1]);
}

/// Places: one story per kind of place, plus an event without one.
fn place_corpus() -> Vec<Story> {
    vec![
        story(
            "geo-1",
            "2024-05-01",
            Some("AP"),
            "USAGOV 040 MEX in Austin. PAKMIL 190 IND in Punjab. IRN 040 IRQ in Iraq.",
        ),
        story(
            "geo-2",
            "2024-05-02",
            Some("Reuters"),
            "ROM 040 HUN in Bucharest. TUR 040 GRC. USA 040 CAN in Texas.",
        ),
    ]
}

fn gdelt_rows(url: &str, dedup: Option<DedupRule>) -> Vec<Vec<String>> {
    export_text(url, ExportFormat::Gdelt, dedup)
        .lines()
        .map(|l| l.split('\t').map(str::to_string).collect())
        .collect()
}

#[test]
fn places_are_stored_exported_and_validated() {
    for url in backends("places") {
        ingest(&url, &place_corpus(), IngestOptions::default());
        let mut s = open(&url);

        // Stored columns, and the round trip back to the coder's record.
        let austin = sql_rows(
            &mut s,
            "SELECT place_text, place_name, place_country, place_country_cameo, place_admin1, \
             place_lat, place_lon, place_precision, place_start, place_end, place_basis, \
             place_geonames_id FROM mentions WHERE story_id = 'geo-1' AND ordinal = 0",
        );
        assert_eq!(
            austin,
            [[
                "Austin",
                "Austin",
                "USA",
                "USA",
                "Texas",
                "30.26715",
                "-97.74306",
                "city",
                "18",
                "24",
                "clause",
                ""
            ]]
        );
        let stored = s.mentions(None, None).unwrap();
        assert_eq!(stored.len(), 6);
        for st in place_corpus() {
            for (i, e) in fake_code(&st).events.iter().enumerate() {
                let want = dyad_store::Mention::from_record(e, i, e.event_id.clone(), "");
                let got = stored.iter().find(|m| m.mention_id == e.event_id).unwrap();
                assert_eq!(got.place, want.place, "{}", e.sentence);
            }
        }
        assert_eq!(
            stored.iter().filter(|m| m.place.is_none()).count(),
            1,
            "TUR 040 GRC names no place"
        );
        // The derived table keeps each event's place.
        let d = sql_rows(
            &mut s,
            "SELECT place_name, place_country, place_admin1, place_lat, place_precision \
             FROM derived_events WHERE rule = 'one-a-day' AND source_code = 'PAKMIL'",
        );
        assert_eq!(d, [["Punjab", "PAK", "Punjab", "30.5", "admin1"]]);

        // GDELT: 61 fields, ActionGeo_* (fields 52..59) from the place.
        let rows = gdelt_rows(&url, None);
        assert_eq!(rows.len(), 6);
        assert!(rows.iter().all(|r| r.len() == 61), "{rows:?}");
        let geo = |actor: &str| -> Vec<String> {
            let r = rows.iter().find(|r| r[5] == actor).unwrap();
            assert!(r[35..51].iter().all(|f| f.is_empty()), "actor geo: {r:?}");
            r[51..59].to_vec()
        };
        assert_eq!(
            geo("USAGOV"),
            [
                "3",
                "Austin, Texas, United States",
                "US",
                "USTX",
                "",
                "30.26715",
                "-97.74306",
                ""
            ]
        );
        assert_eq!(
            geo("USA"),
            [
                "2",
                "Texas, United States",
                "US",
                "USTX",
                "",
                "31.25044",
                "-99.25061",
                ""
            ]
        );
        assert_eq!(
            geo("PAKMIL"),
            ["5", "Punjab, Pakistan", "PK", "PK", "", "30.5", "72.5", ""]
        );
        assert_eq!(geo("IRN"), ["1", "Iraq", "IZ", "IZ", "", "", "", ""]);
        assert_eq!(
            geo("ROM"),
            [
                "4",
                "Bucharest, Bucuresti, Romania",
                "RO",
                "RO",
                "",
                "44.43225",
                "26.10626",
                ""
            ]
        );
        assert_eq!(geo("TUR"), vec![String::new(); 8]);

        // POLECAT: Placename … Feature Type (fields 24..33).
        let polecat = export_text(&url, ExportFormat::Polecat, None);
        let lines: Vec<Vec<&str>> = polecat.lines().map(|l| l.split('\t').collect()).collect();
        assert_eq!(lines.len(), 1 + 6);
        assert!(lines.iter().all(|l| l.len() == 40));
        assert_eq!(lines[0][23], "Placename");
        let loc = |raw: &str| -> Vec<String> {
            let l = lines.iter().find(|l| l[13] == raw).unwrap();
            l[23..33].iter().map(|s| s.to_string()).collect()
        };
        assert_eq!(
            loc("USAGOV"),
            [
                "Austin",
                "Austin",
                "",
                "Texas",
                "USA",
                "30.26715",
                "-97.74306",
                "",
                "Austin",
                "PPL"
            ]
        );
        assert_eq!(
            loc("ROM"),
            [
                "Bucharest",
                "Bucharest",
                "",
                "Bucuresti",
                "ROU",
                "44.43225",
                "26.10626",
                "",
                "Bucharest",
                "PPL"
            ]
        );
        assert_eq!(
            loc("IRN"),
            ["Iraq", "", "", "", "IRQ", "", "", "", "Iraq", "PCL"]
        );
        assert_eq!(loc("TUR"), vec![String::new(); 10]);

        // ICEWS: City, District, Province, Country, Latitude, Longitude.
        let icews = export_text(&url, ExportFormat::Icews, None);
        let l: Vec<&str> = icews
            .lines()
            .find(|l| l.starts_with(|c: char| c.is_ascii_digit()) && l.contains("\tPAKMIL\t"))
            .unwrap()
            .split('\t')
            .collect();
        assert_eq!(&l[14..20], ["", "", "Punjab", "Pakistan", "30.5", "72.5"]);

        // PLOVER JSON: event_loc.
        let plover = export_text(&url, ExportFormat::PloverJsonl, None);
        let recs: Vec<serde_json::Value> = plover
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        let austin = recs
            .iter()
            .find(|r| r["actor"][0]["entity_text"] == "USAGOV")
            .unwrap();
        assert_eq!(
            austin["event_loc"],
            serde_json::json!({
                "extracted_place": "Austin", "resolved_place": "Austin",
                "lat": 30.26715, "lon": -97.74306, "city": "Austin", "province": "Texas",
                "country": "United States", "country_code": "USA",
                "feature_class": "P", "feature_code": "PPL", "resolution": 4
            })
        );
        let tur = recs
            .iter()
            .find(|r| r["actor"][0]["entity_text"] == "TUR")
            .unwrap();
        assert!(tur.get("event_loc").is_none());
        assert!(validate_jsonl("plover", plover.as_bytes())
            .unwrap()
            .problems
            .is_empty());

        // CSV under one-a-day: the event's place columns before the mention's.
        let csv_text = export_text(&url, ExportFormat::Csv, Some(DedupRule::OneADay));
        let mut rdr = csv::Reader::from_reader(csv_text.as_bytes());
        let headers = rdr.headers().unwrap().clone();
        let col = |h: &str| headers.iter().position(|x| x == h).unwrap();
        let recs: Vec<csv::StringRecord> = rdr.records().map(|r| r.unwrap()).collect();
        let r = recs
            .iter()
            .find(|r| &r[col("source_code")] == "ROM")
            .unwrap();
        assert_eq!(&r[col("place_name")], "Bucharest");
        assert_eq!(&r[col("place_country_cameo")], "ROM");
        assert_eq!(&r[col("place_mention_id")], &r[col("mention_id")]);

        // validate: clean, then insane places injected by SQL.
        let rep = validate_store(&mut s).unwrap();
        assert!(rep.problems.is_empty(), "{:?}", rep.problems);
        drop(s);
        let mut w = Store::open(&url, OpenMode::Create).unwrap();
        for sql in [
            "UPDATE mentions SET place_lat = 123.5 WHERE place_name = 'Austin'",
            "UPDATE mentions SET place_end = 9999 WHERE place_name = 'Punjab'",
            "UPDATE mentions SET place_basis = 'dateline', place_start = 500, place_end = 505 \
             WHERE place_name = 'Iraq'",
            "UPDATE derived_events SET place_lon = -181 WHERE place_name = 'Bucharest'",
        ] {
            w.db().execute(sql, &[]).unwrap();
        }
        let rep = validate_store(&mut w).unwrap();
        let text: Vec<String> = rep
            .problems
            .iter()
            .map(|p| format!("{}: {}", p.record, p.reason))
            .collect();
        assert_eq!(text.len(), 4, "{text:#?}");
        assert!(
            text[0].contains("place latitude 123.5 is outside -90..90"),
            "{text:#?}"
        );
        assert!(
            text[1].contains("place text 44..9999 is not inside its sentence 26..51"),
            "{text:#?}"
        );
        assert!(
            text[2].contains("place text 500..505 is beyond the story's end (72 characters)"),
            "{text:#?}"
        );
        assert!(
            text[3].starts_with("derived one-a-day event")
                && text[3].contains("place longitude -181 is outside -180..180"),
            "{text:#?}"
        );
    }
    // Files: a coder record with a place out of range.
    let rec = &fake_code(&story("f", "2024-01-02", None, "IRN 190 IRQ in Baghdad.")).events[0];
    let good = serde_json::to_string(rec).unwrap();
    assert!(good.contains("\"precision\":\"city\""), "{good}");
    let bad = good.replace("\"lat\":33.34058", "\"lat\":-95.0");
    assert_ne!(good, bad);
    let r = validate_jsonl("events.jsonl", format!("{good}\n{bad}\n").as_bytes()).unwrap();
    assert_eq!(r.problems.len(), 1, "{:?}", r.problems);
    assert!(r.problems[0].record.starts_with("events.jsonl line 2"));
    assert!(r.problems[0].reason.contains("latitude -95"));
}

#[test]
fn version_1_stores_are_upgraded_by_ingest_and_refused_read_only() {
    for url in backends("migrate") {
        ingest(&url, &place_corpus(), IngestOptions::default());
        // Make it a version-1 store: no place columns.
        {
            let mut w = Store::open(&url, OpenMode::Create).unwrap();
            for (table, cols) in [
                ("mentions", dyad_store::model::PLACE_COLUMNS),
                ("derived_events", dyad_store::schema::DERIVED_PLACE_COLUMNS),
            ] {
                for c in cols {
                    w.db()
                        .execute(&format!("ALTER TABLE {table} DROP COLUMN {}", c.name), &[])
                        .unwrap();
                }
            }
            w.db()
                .execute(
                    "UPDATE dyad_meta SET value = '1' WHERE key = 'schema_version'",
                    &[],
                )
                .unwrap();
        }
        let e = Store::open(&url, OpenMode::ReadOnly).err().unwrap();
        assert!(
            matches!(
                e,
                Error::OldSchema {
                    found: 1,
                    supported: SCHEMA_VERSION,
                    ..
                }
            ),
            "{e:?}"
        );
        let msg = e.to_string();
        assert!(
            msg.contains("schema version 1") && msg.contains("dyad ingest"),
            "{msg}"
        );

        // Any ingest upgrades it; stories already stored keep NULL places
        // until re-coded (--force).
        let st = ingest(&url, &place_corpus(), IngestOptions::default());
        assert_eq!(st.added + st.replaced, 0);
        let mut s = open(&url);
        assert_eq!(
            sql_rows(
                &mut s,
                "SELECT value FROM dyad_meta WHERE key = 'schema_version'"
            ),
            [[SCHEMA_VERSION.to_string()]]
        );
        assert!(s
            .mentions(None, None)
            .unwrap()
            .iter()
            .all(|m| m.place.is_none()));
        assert!(validate_store(&mut s).unwrap().problems.is_empty());
        assert!(gdelt_rows(&url, None).iter().all(|r| r.len() == 61));
        drop(s);
        let force = IngestOptions {
            force: true,
            ..IngestOptions::default()
        };
        ingest(&url, &place_corpus(), force);
        let mut s = open(&url);
        assert_eq!(
            s.mentions(None, None)
                .unwrap()
                .iter()
                .filter(|m| m.place.is_some())
                .count(),
            5
        );
        let d = sql_rows(
            &mut s,
            "SELECT COUNT(*) FROM derived_events WHERE place_name IS NOT NULL",
        );
        assert_eq!(d, [["5"]]);
    }
}

/// The store after rebuilding every materialized rule from all stored
/// mentions (the reference for the in-memory path of ingest).
fn dump_after_full_rebuild(url: &str) -> String {
    let mut s = Store::open(url, OpenMode::Create).unwrap();
    let rules: Vec<DedupRule> = s
        .derived_info()
        .unwrap()
        .iter()
        .map(|i| i.rule.parse().unwrap())
        .collect();
    assert!(!rules.is_empty());
    for r in &rules {
        let info = s.rebuild_derived(r).unwrap();
        assert!(info.fresh);
    }
    s.dump().unwrap()
}

fn derived_part(dump: &str) -> &str {
    &dump[dump.find("## derived_events").unwrap()..]
}

#[test]
fn derived_tables_from_memory_equal_a_full_rebuild() {
    let key: DedupRule = "date,source_country,target_country,cameo_root"
        .parse()
        .unwrap();
    let rules = [
        DedupRule::OneADay,
        DedupRule::Polecat,
        DedupRule::None,
        key.clone(),
    ];
    for url in backends("derive-memory") {
        let mut corpus = clash_corpus();
        corpus.extend(place_corpus());
        // Texts the store keeps as U+FFFD, in columns the derived tables use.
        corpus.push(story(
            "nul\u{0}id",
            "2024-03-08",
            Some("A\u{0}P"),
            "IRN 190 IRQ. Odd\u{0}byte.",
        ));
        // A fresh store: nothing is read back.
        let opts = IngestOptions {
            batch_size: 3,
            ..opts_with(&rules)
        };
        let st = ingest(&url, &corpus, opts.clone());
        assert_eq!(st.mentions_reread, 0);
        assert_eq!(st.derived.len(), 4);
        let dump = open(&url).dump().unwrap();
        assert!(dump.contains("A\u{FFFD}P"));
        assert!(!dump.contains('\0'));
        let odd = sql_rows(
            &mut open(&url),
            "SELECT s.text, t.text FROM sentences s JOIN stories t ON t.story_id = s.story_id \
             WHERE s.story_id = 'nul\u{FFFD}id' AND s.sentence_index = 1",
        );
        assert_eq!(odd, [["Odd\u{FFFD}byte.", "IRN 190 IRQ. Odd\u{FFFD}byte."]]);
        assert_eq!(dump, dump_after_full_rebuild(&url), "{url}: fresh store");

        // The light mentions kept in memory are those read back.
        let mut s = open(&url);
        let mut stored = s.mentions_light(None, None).unwrap();
        stored.sort_by(|a, b| a.mention_id.cmp(&b.mention_id));
        let mut held = Vec::new();
        for st in &corpus {
            let date = st.date.format("%Y-%m-%d").to_string();
            for (i, e) in fake_code(st).events.iter().enumerate() {
                held.push(dyad_store::Mention::light_from_record(
                    e,
                    i,
                    &e.event_id,
                    &st.id,
                    &date,
                ));
            }
        }
        held.sort_by(|a, b| a.mention_id.cmp(&b.mention_id));
        assert_eq!(held, stored);
        drop(s);

        // Replaced and added stories: the untouched ones are read back.
        let mut changed = corpus.clone();
        changed[0].text = "IRN 040 IRQ. TUR 193 GRC on 2024-03-05.".into();
        changed[3].publisher = Some("AFP".into());
        let last = changed.len() - 1;
        changed[last].text = "IRN 190 IRQ. FRA 040 IRN.".into();
        changed.push(story("new-1", "2024-03-04", Some("BBC"), "IRNMIL 190 IRQ."));
        let st = ingest(&url, &changed, opts.clone());
        assert_eq!((st.added, st.replaced), (1, 3));
        let rewritten = [0, 3, last, last + 1];
        let untouched: usize = (0..changed.len())
            .filter(|i| !rewritten.contains(i))
            .map(|i| fake_code(&changed[i]).events.len())
            .sum();
        assert_eq!(st.mentions_reread, untouched);
        let dump = open(&url).dump().unwrap();
        assert_eq!(dump, dump_after_full_rebuild(&url), "{url}: replace");

        // A re-run with nothing new rebuilds nothing.
        let st = ingest(&url, &changed, opts.clone());
        assert_eq!((st.added, st.replaced, st.batches), (0, 0, 0));
        assert!(st.derived.is_empty());
        assert_eq!(open(&url).dump().unwrap(), dump);

        // One id twice in a run (the later version replaces the earlier one
        // written by an earlier batch) and a forced re-code.
        let mut twice = changed.clone();
        twice.push(story("ap-1", "2024-03-04", Some("AP"), "IRNMIL 190 IRQ."));
        let forced = IngestOptions {
            force: true,
            ..opts.clone()
        };
        let st = ingest(&url, &twice, forced);
        assert_eq!(st.mentions_reread, 0, "every story was re-written");
        let dump = open(&url).dump().unwrap();
        assert_eq!(dump, dump_after_full_rebuild(&url), "{url}: forced");
        assert!(derived_part(&dump).contains("ap-1"));
    }
}

#[test]
fn an_ingest_killed_before_its_derived_tables_is_finished_by_the_next() {
    for url in backends("derive-killed") {
        let corpus = clash_corpus();
        let opts = IngestOptions {
            batch_size: 1,
            ..opts_with(&[DedupRule::OneADay, DedupRule::Polecat])
        };
        ingest(&url, &corpus[..2], opts.clone());
        // A run that stops after committing some batches: no finish, so the
        // derived tables are stale.
        {
            let mut store = Store::open(&url, OpenMode::Create).unwrap();
            let mut ing = Ingest::new(&mut store, opts.clone(), fake_batch);
            for s in &corpus[2..5] {
                ing.push(s.clone(), Some("test.jsonl")).unwrap();
            }
        }
        let mut s = open(&url);
        assert_eq!(s.counts().unwrap().stories, 4, "two batches committed");
        assert!(s.derived_info().unwrap().iter().all(|i| !i.fresh));
        drop(s);
        let st = ingest(&url, &corpus, opts.clone());
        assert_eq!((st.added, st.skipped), (2, 4));
        assert_eq!(st.derived.len(), 2);
        let written: usize = corpus[4..].iter().map(|s| fake_code(s).events.len()).sum();
        assert_eq!(st.mentions_reread, 10 - written);
        let dump = open(&url).dump().unwrap();
        assert_eq!(dump, dump_after_full_rebuild(&url));
        // Equal to one uninterrupted run.
        let fresh = backends("derive-killed-ref")
            .into_iter()
            .find(|f| f.starts_with("postgres") == url.starts_with("postgres"))
            .unwrap();
        ingest(&fresh, &corpus, opts.clone());
        assert_eq!(open(&fresh).dump().unwrap(), dump);
        // Nothing written, stale tables: everything is read back.
        let mut w = Store::open(&url, OpenMode::Create).unwrap();
        w.db()
            .execute("UPDATE derived_rules SET generation = generation - 1", &[])
            .unwrap();
        drop(w);
        let st = ingest(&url, &corpus, opts.clone());
        assert_eq!(st.batches, 0);
        assert_eq!(st.derived.len(), 2);
        assert_eq!(st.mentions_reread, 10);
        assert_eq!(open(&url).dump().unwrap(), dump);
    }
}

#[test]
fn another_writer_between_batches_makes_ingest_read_everything_back() {
    for url in backends("derive-two-writers") {
        let corpus = clash_corpus();
        let opts = IngestOptions {
            batch_size: 2,
            ..IngestOptions::default()
        };
        let mut other = Store::open(&url, OpenMode::Create).unwrap();
        let mut store = Store::open(&url, OpenMode::Create).unwrap();
        let mut calls = 0;
        let late = story("other-1", "2024-03-04", Some("BBC"), "IRNMIL 190 IRQ.");
        let code = |batch: &[&Story]| {
            calls += 1;
            if calls == 3 {
                // The first batch is committed, the second being written:
                // another writer commits a story in between (before or after
                // the second, waiting for the write lock).
                let mut ing = Ingest::new(&mut other, IngestOptions::default(), fake_batch);
                ing.push(late.clone(), None).unwrap();
                ing.finish().unwrap();
            }
            fake_batch(batch)
        };
        let mut ing = Ingest::new(&mut store, opts, code);
        for s in &corpus {
            ing.push(s.clone(), Some("test.jsonl")).unwrap();
        }
        let st = ing.finish().unwrap();
        assert_eq!(st.added, 6);
        assert_eq!(st.mentions_reread, 11, "all mentions read back");
        drop(store);
        let dump = open(&url).dump().unwrap();
        assert!(derived_part(&dump).contains("other-1"));
        assert_eq!(dump, dump_after_full_rebuild(&url));
    }
}
