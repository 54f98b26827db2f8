//! `dyad ingest` survives `kill -9`: a generated corpus is ingested into a
//! SQLite store while the process is killed at 20 seeded random moments
//! (sometimes twice in a row); each interrupted store is then finished by
//! re-running the same command, and must equal, table by table (stories,
//! sentences, provenance, mentions, derived events), the store of one
//! uninterrupted run.
//!
//! The test brings its own small lexicon (`--lexicon`) so that it codes
//! events whatever state the shipped lexicon is in.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use dyad_store::{OpenMode, Store};

const LEXICON: &str = "\
[actors]
IRN : Iran | Iranian | Tehran
IRQ : Iraq | Iraqi | Baghdad
TUR : Turkey | Turkish | Ankara
GRC : Greece | Greek | Athens
ISR : Israel | Israeli
RUS : Russia | Russian | Moscow
UKR : Ukraine | Ukrainian | Kyiv
CHN : China | Chinese | Beijing
JPN : Japan | Japanese | Tokyo
FRA : France | French | Paris

[agents]
GOV : government | foreign ministry | minister
MIL : army | troops | soldier

[verbs]
111 : criticize
112 : accuse
130 : warn
051 : praise
122 : condemn
138 : threaten
";

/// xorshift64*: a seeded generator, enough for picking test inputs.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn work_dir() -> PathBuf {
    let d = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("ingest-kill-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("temp dir");
    d
}

/// A few hundred short stories: 60 invented events, each reported by one to
/// three publishers (so dedup merges them), with some filler sentences.
fn corpus(rng: &mut Rng) -> String {
    let countries = [
        "Iran", "Iraq", "Turkey", "Greece", "Israel", "Russia", "Ukraine", "China", "Japan",
        "France",
    ];
    let agents = ["", "", "troops of ", "the foreign ministry of "];
    let verbs = [
        "criticized",
        "accused",
        "warned",
        "praised",
        "condemned",
        "threatened",
    ];
    let publishers = ["AP", "Reuters", "AFP", "BBC"];
    let mut out = String::new();
    let mut n = 0;
    for ev in 0..60 {
        let a = countries[rng.below(countries.len())];
        let mut b = countries[rng.below(countries.len())];
        if a == b {
            b = "Japan";
        }
        let agent = agents[rng.below(agents.len())];
        let verb = verbs[rng.below(verbs.len())];
        let day = 1 + ev % 28;
        for _ in 0..(1 + rng.below(3)) {
            for _ in 0..(1 + rng.below(3)) {
                let publisher = publishers[rng.below(publishers.len())];
                let c = countries[rng.below(countries.len())];
                let text = format!(
                    "{agent}{a} {verb} {b} on Monday. Officials in {b} said the move was expected. \
                     Separately, {c} praised {a} for its restraint, Reuters reported."
                );
                let rec = serde_json::json!({
                    "id": format!("story-{n:04}"),
                    "date": format!("2024-05-{day:02}"),
                    "publisher": publisher,
                    "url": format!("https://{}.example/{n}", publisher.to_lowercase()),
                    "text": text,
                });
                out.push_str(&rec.to_string());
                out.push('\n');
                n += 1;
            }
        }
    }
    out
}

struct Setup {
    dir: PathBuf,
    corpus: PathBuf,
    lexicon: PathBuf,
}

impl Setup {
    fn command(&self, db: &Path) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_dyad"));
        c.arg("ingest")
            .arg(&self.corpus)
            .arg("--db")
            .arg(db)
            .arg("--lexicon")
            .arg(&self.lexicon)
            .args([
                "--batch-size",
                "8",
                "--dedup",
                "one-a-day",
                "--dedup",
                "polecat",
            ])
            .args(["--threads", "2"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        c
    }

    /// Runs ingest to completion; returns (added, skipped) from its summary.
    fn complete(&self, db: &Path) -> (usize, usize) {
        let out = self.command(db).output().expect("running dyad ingest");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "dyad ingest failed: {err}");
        let num = |label: &str| -> usize {
            err.find(label)
                .and_then(|pos| err[..pos].split_whitespace().last())
                .and_then(|s| s.parse().ok())
                .unwrap_or_else(|| panic!("no {label:?} count in {err}"))
        };
        (num(" added"), num(" skipped"))
    }
}

fn dump(db: &Path) -> String {
    let mut s = Store::open(db.to_str().expect("utf-8 path"), OpenMode::ReadOnly)
        .expect("opening the finished store");
    s.dump().expect("dumping")
}

#[test]
fn kill_9_at_random_points_loses_and_duplicates_nothing() {
    let mut rng = Rng(0x5EED_D7AD_2024_0001);
    let dir = work_dir();
    let setup = Setup {
        corpus: dir.join("corpus.jsonl"),
        lexicon: dir.join("test.lex"),
        dir,
    };
    let text = corpus(&mut rng);
    let stories = text.lines().count();
    assert!((200..=700).contains(&stories), "{stories} stories");
    std::fs::write(&setup.corpus, &text).unwrap();
    std::fs::write(&setup.lexicon, LEXICON).unwrap();

    let base_db = setup.dir.join("baseline.sqlite");
    let t = Instant::now();
    let (added, skipped) = setup.complete(&base_db);
    let full = t.elapsed();
    assert_eq!((added, skipped), (stories, 0));
    let baseline = dump(&base_db);
    let mentions = baseline
        .split("## mentions\n")
        .nth(1)
        .map(|s| s.lines().take_while(|l| !l.starts_with("## ")).count())
        .unwrap_or(0);
    assert!(
        mentions > stories,
        "the test lexicon should code events ({mentions} mentions)"
    );
    assert!(baseline.contains("\none-a-day\t") && baseline.contains("\npolecat\t"));

    let budget = full.as_millis().max(20) as u64;
    let mut partial = 0;
    for round in 0..20 {
        let db = setup.dir.join(format!("round-{round:02}.sqlite"));
        // Odd rounds are killed twice before being finished.
        let kills = 1 + round % 2;
        for _ in 0..kills {
            let mut child = setup.command(&db).spawn().expect("spawning dyad ingest");
            let wait = Duration::from_millis(rng.below(budget as usize + 1) as u64);
            std::thread::sleep(wait);
            let _ = child.kill(); // SIGKILL; it may already have finished
            let _ = child.wait();
        }
        let (added, skipped) = setup.complete(&db);
        assert_eq!(added + skipped, stories, "round {round}");
        if added > 0 && skipped > 0 {
            partial += 1;
        }
        assert!(
            dump(&db) == baseline,
            "round {round}: the store after kill -9 and re-run differs from an uninterrupted run"
        );
    }
    eprintln!(
        "kill -9 test: {stories} stories, {mentions} mentions, uninterrupted run {:.2} s, \
         {partial}/20 rounds killed mid-ingest",
        full.as_secs_f64()
    );
    assert!(partial >= 1, "no kill landed between two committed batches");
    let _ = std::fs::remove_dir_all(&setup.dir);
}
