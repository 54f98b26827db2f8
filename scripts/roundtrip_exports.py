#!/usr/bin/env python3
"""Round trip of `dyad export` through pandas, as an analyst would load it.

Builds a small store (own stories and lexicon, so it does not depend on the
shipped lexicon), exports every format and checks with pandas (and pyarrow
for Parquet) that:

* GDELT: 61 tab-separated columns, no header, CAMEO codes read back as
  strings with their leading zeros, root = first two digits, one row per
  one-a-day event;
* ICEWS: the 20 documented header names, one row per mention;
* POLECAT: the 40 documented header names, one row per mention with a PLOVER type;
* PLOVER JSONL: every record has id, date, actor, event;
* CSV and Parquet: the same table, Parquet with typed columns
  (float goldstein, integer quad_class, string cameo).

Usage:  python3 scripts/roundtrip_exports.py [path/to/dyad] [workdir]
Needs:  pip install pandas pyarrow
Exit status 0 when every check passes; Parquet is skipped (with a note)
when the dyad binary was built without the `parquet` feature.
"""

import io
import json
import os
import subprocess
import sys

import pandas as pd

DYAD = sys.argv[1] if len(sys.argv) > 1 else "target/release/dyad"
WORK = sys.argv[2] if len(sys.argv) > 2 else "target/roundtrip"

LEXICON = """\
[actors]
IRN : Iran | Iranian
IRQ : Iraq | Iraqi
TUR : Turkey | Turkish
GRC : Greece | Greek
RUS : Russia | Russian
FRA : France | French

[agents]
GOV : government | foreign ministry
MIL : army | troops

[verbs]
111 : criticize
130 : warn
051 : praise
020 : appeal to
190 : attack
"""

STORIES = [
    ("a1", "2024-03-04", "AP", "Iranian troops attacked Iraq on Monday. Iraq criticized Iran."),
    ("r1", "2024-03-04", "Reuters", "Iranian troops attacked Iraq on Monday, officials said."),
    ("a2", "2024-03-05", "AFP", "Turkey warned Greece on Tuesday.\n\nFrance appealed to Russia."),
    ("r2", "2024-03-06", "Reuters", "Greece praised France. Turkey warned Greece on Tuesday."),
]

GDELT_N, ICEWS_N, POLECAT_N = 61, 20, 40
ICEWS_HEAD = [
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country",
    "Event Text", "CAMEO Code", "Intensity", "Target Name", "Target Sectors",
    "Target Country", "Story ID", "Sentence Number", "Publisher", "City",
    "District", "Province", "Country", "Latitude", "Longitude",
]

failures = []


def check(cond, what):
    print(("ok   " if cond else "FAIL ") + what)
    if not cond:
        failures.append(what)


def run(*args, ok=(0,)):
    p = subprocess.run([DYAD, *args], capture_output=True, text=True)
    if p.returncode not in ok:
        sys.exit(f"dyad {' '.join(args)} failed ({p.returncode}): {p.stderr}")
    return p


def query(db, sql):
    out = run("query", "--db", db, sql).stdout
    return pd.read_csv(io.StringIO(out), sep="\t", dtype=str, keep_default_na=False)


def main():
    os.makedirs(WORK, exist_ok=True)
    db = os.path.join(WORK, "roundtrip.sqlite")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    lex = os.path.join(WORK, "roundtrip.lex")
    with open(lex, "w") as f:
        f.write(LEXICON)
    corpus = os.path.join(WORK, "roundtrip.jsonl")
    with open(corpus, "w") as f:
        for sid, date, pub, text in STORIES:
            f.write(json.dumps({"id": sid, "date": date, "publisher": pub,
                                "url": f"https://{pub.lower()}.example/{sid}", "text": text}) + "\n")
    run("ingest", corpus, "--db", db, "--lexicon", lex, "-q")

    mentions = query(db, "SELECT mention_id, cameo, goldstein, quad_class, plover_type FROM mentions ORDER BY mention_id")
    n_mentions = len(mentions)
    n_plover = int((mentions["plover_type"] != "").sum())
    n_oad = int(query(db, "SELECT COUNT(*) AS n FROM derived_events WHERE rule = 'one-a-day'")["n"][0])
    check(n_mentions > 0, f"store has mentions ({n_mentions}); one-a-day events {n_oad}")

    path = os.path.join(WORK, "events.gdelt.tsv")
    run("export", "--db", db, "--format", "gdelt", "-o", path)
    g = pd.read_csv(path, sep="\t", header=None, dtype=str, keep_default_na=False, quoting=3)
    check(g.shape == (n_oad, GDELT_N), f"gdelt: {g.shape} == ({n_oad}, {GDELT_N})")
    codes, roots = g[26], g[28]
    check(all(c.isdigit() and 2 <= len(c) <= 4 for c in codes), "gdelt: EventCode strings of 2-4 digits")
    check(all(c[:2] == r for c, r in zip(codes, roots)), "gdelt: EventRootCode = EventCode[:2]")
    check(any(c.startswith("0") for c in codes), "gdelt: leading zeros kept (01x-09x codes)")
    check(set(g[1].str.len()) == {8}, "gdelt: SQLDATE is YYYYMMDD")

    path = os.path.join(WORK, "events.icews.tsv")
    run("export", "--db", db, "--format", "icews", "-o", path)
    i = pd.read_csv(path, sep="\t", dtype=str, keep_default_na=False, quoting=3)
    check(list(i.columns) == ICEWS_HEAD, "icews: 20 header names in order")
    check(len(i) == n_mentions, f"icews: {len(i)} rows == {n_mentions} mentions")
    check(sorted(i["CAMEO Code"]) == sorted(mentions["cameo"]), "icews: CAMEO codes as strings")

    path = os.path.join(WORK, "events.polecat.tsv")
    run("export", "--db", db, "--format", "polecat", "-o", path)
    p = pd.read_csv(path, sep="\t", dtype=str, keep_default_na=False, quoting=3)
    check(p.shape == (n_plover, POLECAT_N), f"polecat: {p.shape} == ({n_plover}, {POLECAT_N})")
    check(list(p.columns[:3]) == ["Event ID", "Event Date", "Event Type"] and p.columns[-1] == "Version",
          "polecat: header")

    path = os.path.join(WORK, "events.plover.jsonl")
    run("export", "--db", db, "--format", "plover-jsonl", "-o", path)
    j = pd.read_json(path, lines=True)
    check(len(j) == n_plover, f"plover-jsonl: {len(j)} records == {n_plover}")
    check(all(k in j.columns for k in ("id", "date", "actor", "event")), "plover-jsonl: required fields")
    check(run("validate", path).returncode == 0, "plover-jsonl: dyad validate accepts it")

    path = os.path.join(WORK, "events.csv")
    run("export", "--db", db, "--format", "csv", "-o", path)
    c = pd.read_csv(path, dtype={"cameo": str, "cameo_root": str}, keep_default_na=False)
    check(len(c) == n_mentions, f"csv: {len(c)} rows")
    check(sorted(c["cameo"]) == sorted(mentions["cameo"]), "csv: cameo strings round-trip")
    check(any("," in s or '"' in s for s in c["cameo_name"]), "csv: quoted fields with commas read back")

    path = os.path.join(WORK, "events.parquet")
    r = run("export", "--db", db, "--format", "parquet", "-o", path, ok=(0, 1))
    if r.returncode != 0 and "without Parquet support" in r.stderr:
        print("note: dyad built without the parquet feature: Parquet round trip skipped")
    else:
        q = pd.read_parquet(path)
        check(len(q) == n_mentions, f"parquet: {len(q)} rows")
        check(str(q["goldstein"].dtype) == "float64", f"parquet: goldstein float64 ({q['goldstein'].dtype})")
        check(str(q["quad_class"].dtype) == "int64", f"parquet: quad_class int64 ({q['quad_class'].dtype})")
        check(sorted(q["cameo"]) == sorted(c["cameo"]), "parquet: cameo strings equal CSV")
        check(sorted(q["mention_id"]) == sorted(c["mention_id"]), "parquet: same rows as CSV")

    print(f"{len(failures)} failed" if failures else "all export round-trip checks passed")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
