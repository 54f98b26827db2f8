//! The `dyad code` command end to end: bad input is rejected with line and
//! reason, good input is coded, counts add up, exit codes tell which happened.

use std::path::PathBuf;
use std::process::{Command, Output};

fn dyad(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_dyad"));
    cmd.args(args);
    if let Some(input) = stdin {
        use std::io::Write;
        use std::process::Stdio;
        cmd.stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = cmd.spawn().expect("dyad runs");
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(input)
            .expect("write stdin");
        return child.wait_with_output().expect("dyad finishes");
    }
    cmd.output().expect("dyad runs")
}

fn tmp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dyad-cli-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

const GOOD: &str = r#"{"id":"a","date":"2024-03-20","text":"Turkey criticized Greece on Monday."}"#;

#[test]
fn bad_records_are_rejected_and_counted() {
    let dir = tmp("bad");
    let input = dir.join("in.jsonl");
    let mut data = Vec::new();
    data.extend_from_slice(GOOD.as_bytes());
    data.push(b'\n');
    data.extend_from_slice(b"{\"id\": \"broken\", \"text\": \n"); // malformed JSON
    data.extend_from_slice(b"{\"id\":\"notext\",\"date\":\"2024-03-20\"}\n"); // no text
    data.extend_from_slice(b"{\"id\":\"num\",\"date\":\"2024-03-20\",\"text\":42}\n"); // text not a string
    data.extend_from_slice(b"{\"id\":\"utf\",\"date\":\"2024-03-20\",\"text\":\"caf\xe9\"}\n"); // invalid UTF-8
    data.extend_from_slice(
        b"{\"id\":\"date\",\"date\":\"2024-02-30\",\"text\":\"Iran warned Israel.\"}\n",
    );
    let big = format!(
        "{{\"id\":\"big\",\"date\":\"2024-03-20\",\"text\":\"{}\"}}\n",
        "Iran warned Israel. ".repeat(5 * 1024 * 1024 / 20)
    );
    data.extend_from_slice(big.as_bytes());
    data.extend_from_slice(GOOD.replace("\"a\"", "\"b\"").as_bytes());
    data.push(b'\n');
    std::fs::write(&input, &data).expect("write input");
    let empty = dir.join("empty.jsonl");
    std::fs::write(&empty, b"").expect("write empty");
    let rejects = dir.join("rejects.jsonl");
    let out = dyad(
        &[
            "code",
            input.to_str().unwrap(),
            empty.to_str().unwrap(),
            "--rejects",
            rejects.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(
        out.status.code(),
        Some(2),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("9 stories read, 2 coded, 7 rejected"),
        "{stderr}"
    );
    let rej: Vec<serde_json::Value> = std::fs::read_to_string(&rejects)
        .expect("rejects written")
        .lines()
        .map(|l| serde_json::from_str(l).expect("rejects are JSON"))
        .collect();
    let lines: Vec<u64> = rej
        .iter()
        .map(|r| r["line"].as_u64().unwrap_or(999))
        .collect();
    assert_eq!(lines, [2, 3, 4, 5, 6, 7, 0]);
    let reasons: Vec<&str> = rej
        .iter()
        .map(|r| r["reason"].as_str().unwrap_or(""))
        .collect();
    assert!(reasons[0].contains("malformed JSON"));
    assert!(reasons[1].contains("missing field `text`"));
    assert!(reasons[2].contains("not a string"));
    assert!(reasons[3].contains("UTF-8"));
    assert!(reasons[4].contains("bad date"));
    assert!(reasons[5].contains("limit"));
    assert!(reasons[6].contains("empty file"));
    assert_eq!(rej[1]["id"], "notext");
    let events: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("events are JSON"))
        .collect();
    let stories: Vec<&str> = events
        .iter()
        .filter_map(|e| e["story_id"].as_str())
        .collect();
    assert!(
        stories.contains(&"a") && stories.contains(&"b"),
        "{stories:?}"
    );
}

#[test]
fn good_input_exits_zero_and_keeps_input_order() {
    let mut data = String::new();
    for i in 0..300 {
        data.push_str(&GOOD.replace("\"a\"", &format!("\"s{i:03}\"")));
        data.push('\n');
    }
    let out = dyad(&["code", "--threads", "2", "-"], Some(data.as_bytes()));
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let ids: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|e| e["story_id"].as_str().map(str::to_string))
        .collect();
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted);
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("300 stories read, 300 coded, 0 rejected")
    );
}

#[test]
fn text_files_and_directories() {
    let dir = tmp("dir");
    std::fs::create_dir_all(dir.join("sub")).expect("sub dir");
    std::fs::write(
        dir.join("sub/one.txt"),
        "Turkey criticized Greece on Monday.",
    )
    .expect("write");
    std::fs::write(dir.join("two.jsonl"), format!("{GOOD}\n")).expect("write");
    let out = dyad(
        &[
            "code",
            dir.to_str().unwrap(),
            "--date",
            "2024-03-20",
            "--format",
            "tsv",
        ],
        None,
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    let mut lines = stdout.lines();
    assert!(lines
        .next()
        .is_some_and(|h| h.starts_with("event_id\tstory_id")));
    assert!(String::from_utf8_lossy(&out.stderr).contains("2 stories read, 2 coded"));
}

#[test]
fn missing_path_is_a_fatal_error() {
    let out = dyad(&["code", "/nonexistent/dyad/input.jsonl"], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no such file"));
}

#[test]
fn bench_compares_a_lexicon_with_the_built_in_one() {
    let dir = tmp("bench");
    let corpus = dir.join("corpus.jsonl");
    std::fs::write(
        &corpus,
        format!("{GOOD}\n{}\n", GOOD.replace("\"a\"", "\"b\"")),
    )
    .expect("write corpus");
    // A small lexicon layered over the built-in one.
    let lex = dir.join("extra.lex");
    std::fs::write(&lex, "[verbs]\n111 : criticize\n").expect("write lexicon");
    let out = dyad(
        &[
            "bench",
            "--corpus",
            corpus.to_str().expect("utf-8 path"),
            "--replicate",
            "3",
            "--threads",
            "1",
            "--rounds",
            "2",
            "--json",
            "--lexicon",
            lex.to_str().expect("utf-8 path"),
        ],
        None,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("bench prints JSON");
    let c = &v["lexicon_comparison"];
    // Each of the 3 copies in each of 2 rounds is one pair.
    assert_eq!(c["pairs"], 6);
    assert_eq!(c["rounds"], 2);
    // Two stories per copy, one event each, counted over one round.
    assert_eq!(c["events"], 6);
    let ratio = c["throughput_ratio"].as_f64().expect("a ratio");
    let q = &c["throughput_ratio_quartiles"];
    let (q1, q3) = (q[0].as_f64().expect("q1"), q[1].as_f64().expect("q3"));
    assert!(ratio > 0.0 && q1 <= ratio && ratio <= q3, "{c}");
}
