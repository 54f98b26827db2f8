//! `dyad ingest` + `dyad agg --unit dyad-month` on three small stories of
//! our own about Iran and Azerbaijan, coded by the real (built-in) coder,
//! checked against a hand count; the same table from PostgreSQL when
//! DYAD_TEST_POSTGRES_URL is set.
//!
//! The stories (modelled on the seed story, but written for this test):
//!
//! * `hc-1` (Caspian Wire, 2013-05-14): Iran summons Azerbaijan's ambassador
//!   "on Monday", accuses Azerbaijan of helping foreign spies, and recalls
//!   that "in April" Azerbaijan criticized Iran.
//! * `hc-2` (Steppe Times, 2013-05-15): the same accusation, reported by a
//!   second publisher and dated "on Tuesday", and Azerbaijan's criticism of
//!   Iran for the remarks.
//! * `hc-3` (Kura Daily, 2013-06-20): Iran praises Azerbaijan, Azerbaijan
//!   thanks Iran.
//!
//! What `dyad code stories.jsonl --format tsv` gives for them (date, source,
//! target, CAMEO, Goldstein, QuadClass, trigger):
//!
//! ```text
//! hc-1  2013-05-13  IRN  AZEGOV  114   -2   3  summoned
//! hc-1  2013-05-14  IRN  AZE     1125  -2   3  accused
//! hc-1  2013-04-01  AZE  IRN     111   -2   3  criticized   ("In April": month granularity)
//! hc-2  2013-05-14  IRN  AZE     1125  -2   3  accused      (Tuesday before 2013-05-15)
//! hc-2  2013-05-15  AZE  IRN     111   -2   3  criticized
//! hc-3  2013-06-20  IRN  AZE     051   3.4  1  praised
//! hc-3  2013-06-20  AZE  IRN     051   3.4  1  thanked
//! ```
//!
//! Hand count with the default `one-a-day` rule (one event per event date,
//! source code, target code and CAMEO code; dyads by the actors' countries,
//! so AZEGOV counts as AZE), directed:
//!
//! * 2013-04 AZE→IRN: the April criticism: 1 event, Goldstein −2, Q3 1.
//! * 2013-05 AZE→IRN: the criticism of the remarks: 1 event, −2, Q3 1.
//! * 2013-05 IRN→AZE: the summons (2013-05-13, 114) and the accusation
//!   (2013-05-14, 1125), the latter reported by both hc-1 and hc-2 with the
//!   same key and so one event: 2 events, −2 + −2 = −4, Q3 2.
//! * 2013-06 AZE→IRN: the thanks: 1 event, 3.4, Q1 1.
//! * 2013-06 IRN→AZE: the praise: 1 event, 3.4, Q1 1.
//!
//! Non-directed, the pairs merge: 2013-04 1 event (−2, Q3 1); 2013-05
//! 3 events (−6, Q3 3) from 4 mentions (the accusation twice); 2013-06
//! 2 events (6.8, Q1 2) from 2 mentions.

use std::path::{Path, PathBuf};
use std::process::Command;

use dyad_store::db::Db;
use dyad_store::OpenMode;

const STORIES: &str = r#"{"id": "hc-1", "date": "2013-05-14", "title": "Tehran Protests to Baku Over Drone Purchase", "publisher": "Caspian Wire", "url": "https://caspian-wire.example/hc-1", "text": "Iran summoned Azerbaijan's ambassador on Monday over a drone purchase.\n\nIran accused Azerbaijan of helping foreign spies.\n\nIn April, Azerbaijan criticized Iran over the arrest of two Azerbaijani journalists."}
{"id": "hc-2", "date": "2013-05-15", "title": "Baku Answers Tehran", "publisher": "Steppe Times", "url": "https://steppe-times.example/hc-2", "text": "Iran accused Azerbaijan of helping foreign spies, officials said on Tuesday.\n\nAzerbaijan criticized Iran for the remarks."}
{"id": "hc-3", "date": "2013-06-20", "title": "Ministers Meet in Baku", "publisher": "Kura Daily", "url": "https://kura-daily.example/hc-3", "text": "Iran praised Azerbaijan on Thursday for its cooperation on border security.\n\nAzerbaijan thanked Iran for the help."}
"#;

/// Rows by dyad, then period (as `dyad agg` sorts them).
const DIRECTED: &str = "\
period,source,target,count,goldstein_sum,q1_verbal_coop,q2_material_coop,q3_verbal_conflict,q4_material_conflict
2013-04,AZE,IRN,1,-2,0,0,1,0
2013-05,AZE,IRN,1,-2,0,0,1,0
2013-06,AZE,IRN,1,3.4,1,0,0,0
2013-05,IRN,AZE,2,-4,0,0,2,0
2013-06,IRN,AZE,1,3.4,1,0,0,0
";

const NONDIRECTED: &str = "\
period,country_a,country_b,count,goldstein_sum,q1_verbal_coop,q2_material_coop,q3_verbal_conflict,q4_material_conflict,mentions
2013-04,AZE,IRN,1,-2,0,0,1,0,1
2013-05,AZE,IRN,3,-6,0,0,3,0,4
2013-06,AZE,IRN,2,6.8,2,0,0,0,2
";

fn work_dir() -> PathBuf {
    let d = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("agg-hand-count-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("creating the work dir");
    d
}

fn dyad(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_dyad"))
        .args(args)
        .output()
        .expect("running dyad");
    assert!(
        out.status.success(),
        "dyad {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

fn ingest_and_aggregate(input: &Path, db: &str) -> (String, String) {
    let input = input.to_str().expect("UTF-8 path");
    dyad(&["ingest", input, "--db", db, "--quiet"]);
    let directed = dyad(&[
        "agg",
        "--db",
        db,
        "--unit",
        "dyad-month",
        "--measure",
        "count,goldstein_sum,quad",
        "--actor",
        "IRN",
    ]);
    let nondirected = dyad(&[
        "agg",
        "--db",
        db,
        "--unit",
        "dyad-month",
        "--measure",
        "count,goldstein_sum,quad,mentions",
        "--nondirected",
        "--actor",
        "AZE",
    ]);
    (directed, nondirected)
}

/// A fresh database `dyad_t_agg_hand_count` on the server of `url`.
fn fresh_pg_db(url: &str) -> String {
    let name = "dyad_t_agg_hand_count";
    let mut db = Db::open(url, OpenMode::Create).expect("connecting to DYAD_TEST_POSTGRES_URL");
    db.execute(&format!("DROP DATABASE IF EXISTS {name}"), &[])
        .expect("dropping the test database");
    db.execute(&format!("CREATE DATABASE {name}"), &[])
        .expect("creating the test database");
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, format!("?{q}")),
        None => (url, String::new()),
    };
    let scheme_end = base.find("://").map(|i| i + 3).unwrap_or(0);
    let host_end = base[scheme_end..]
        .find('/')
        .map(|i| i + scheme_end)
        .unwrap_or(base.len());
    format!("{}/{name}{query}", &base[..host_end])
}

#[test]
fn irn_aze_dyad_months_match_a_hand_count() {
    let dir = work_dir();
    let input = dir.join("stories.jsonl");
    std::fs::write(&input, STORIES).expect("writing the stories");

    let sqlite = dir.join("store.sqlite").display().to_string();
    let (directed, nondirected) = ingest_and_aggregate(&input, &sqlite);
    assert_eq!(directed, DIRECTED, "directed dyad-months (SQLite)");
    assert_eq!(
        nondirected, NONDIRECTED,
        "non-directed dyad-months (SQLite)"
    );

    // Ingesting again changes nothing.
    let again = ingest_and_aggregate(&input, &sqlite);
    assert_eq!(again, (directed.clone(), nondirected.clone()));

    match std::env::var("DYAD_TEST_POSTGRES_URL") {
        Ok(url) if !url.is_empty() => {
            let pg = fresh_pg_db(&url);
            let (d, n) = ingest_and_aggregate(&input, &pg);
            assert_eq!(d, directed, "directed dyad-months: PostgreSQL vs SQLite");
            assert_eq!(
                n, nondirected,
                "non-directed dyad-months: PostgreSQL vs SQLite"
            );
        }
        _ => eprintln!("note: DYAD_TEST_POSTGRES_URL not set: PostgreSQL skipped"),
    }
}
