#!/usr/bin/env python3
"""Regenerate crates/dyad-ontology/data/*.tsv from the shared ontology tables.

Usage:
    python3 scripts/gen_ontology.py [ONTOLOGY_DIR]

ONTOLOGY_DIR defaults to ../shared/ontology relative to the repository root.

Only fact columns are written: codes, names, Goldstein weights, QuadClass,
scores, CAMEO->PLOVER mappings and country codes. Descriptions, usage notes,
examples and CountryInfo name/adjective lists (other people's text) are never
copied. Output is deterministic: rows keep the source order (CAMEO codes are
already in code order), UTF-8, tab-separated, '\\n' line ends, one header row.

A few evident errors or gaps in the source country table are corrected here;
each correction is listed in COUNTRY_FIXES with its reason and fails loudly if
the source value is no longer the one it expects.
"""

import csv
import os
import sys

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(REPO_ROOT, "crates", "dyad-ontology", "data")

# (code, column) -> (value expected in the source, value written, reason)
COUNTRY_FIXES = {
    # Congo-Brazzaville carries the DR Congo COW codes in the source.
    ("COG", "cow_alpha"): ("DRC", "CON", "COW code of Congo (Brazzaville) is CON/484; DRC/490 is DR Congo"),
    ("COG", "cow_numeric"): ("490", "484", "COW code of Congo (Brazzaville) is CON/484; DRC/490 is DR Congo"),
    # Macao carries Macedonia's COW number; Macao is not a COW state.
    ("MAC", "cow_numeric"): ("343", "", "343 is Macedonia's COW number; Macao has none"),
    # Kosovo: the source put the FIPS 10-4 code in the ISO alpha-2 column.
    ("KSV", "iso2"): ("KV", "", "KV is Kosovo's FIPS 10-4 code; Kosovo has no ISO 3166 code"),
    ("KSV", "fips"): ("", "KV", "KV is Kosovo's FIPS 10-4 code"),
    # Serbia: COW keeps Yugoslavia's code for Serbia.
    ("SRB", "cow_alpha"): ("", "YUG", "COW codes Serbia as YUG/345"),
    ("SRB", "cow_numeric"): ("", "345", "COW codes Serbia as YUG/345"),
    # ISO 3166-1 values left blank in the source (CountryInfo blocks with
    # wrong metadata were neutralized upstream).
    ("ALA", "iso2"): ("", "AX", "ISO 3166-1 alpha-2 of Aland Islands"),
    ("ALA", "iso_numeric"): ("", "248", "ISO 3166-1 numeric"),
    ("COK", "iso_numeric"): ("", "184", "ISO 3166-1 numeric"),
    ("GTM", "iso_numeric"): ("", "320", "ISO 3166-1 numeric"),
    ("GIN", "iso_numeric"): ("", "324", "ISO 3166-1 numeric"),
    ("VAT", "iso_numeric"): ("", "336", "ISO 3166-1 numeric"),
    ("ISR", "iso_numeric"): ("", "376", "ISO 3166-1 numeric"),
    ("JPN", "iso_numeric"): ("", "392", "ISO 3166-1 numeric"),
    ("MAC", "iso_numeric"): ("", "446", "ISO 3166-1 numeric"),
    ("MYT", "iso_numeric"): ("", "175", "ISO 3166-1 numeric"),
    ("MMR", "iso_numeric"): ("", "104", "ISO 3166-1 numeric"),
    ("MNP", "iso_numeric"): ("", "580", "ISO 3166-1 numeric"),
    ("REU", "iso_numeric"): ("", "638", "ISO 3166-1 numeric"),
    ("SPM", "iso_numeric"): ("", "666", "ISO 3166-1 numeric"),
    ("SRB", "iso_numeric"): ("", "688", "ISO 3166-1 numeric"),
    ("SJM", "iso_numeric"): ("", "744", "ISO 3166-1 numeric"),
    ("TCA", "iso_numeric"): ("", "796", "ISO 3166-1 numeric"),
}

# The manual's root-level table maps CAMEO 08 to "CONCEDE/RETREAT" (081-083
# verbal, 084-087 material). The crate needs one type per code; the root
# takes the type of its generic code 080 ("Yield, not specified"), CONCEDE.
ROOT_PLOVER_FIXES = {"08": ("CONCEDE/RETREAT", "CONCEDE")}

# Short names for actor types that have no GDELT label (written here).
ACTOR_LABELS = {"PTY": "Political party"}


def die(msg):
    sys.stderr.write("gen_ontology: " + msg + "\n")
    sys.exit(1)


def read_tsv(src, name):
    path = os.path.join(src, name)
    try:
        with open(path, encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    except OSError as e:
        die("cannot read %s: %s" % (path, e))
    for i, row in enumerate(rows, start=2):
        if None in row or any(v is None for v in row.values()):
            die("%s line %d: wrong number of columns" % (name, i))
    return rows


def clean(value):
    if "\t" in value or "\n" in value or "\r" in value:
        die("field contains a tab or line break: %r" % value)
    return value.strip()


def write_tsv(name, header, rows):
    os.makedirs(OUT_DIR, exist_ok=True)
    path = os.path.join(OUT_DIR, name)
    lines = ["\t".join(header)]
    for row in rows:
        if len(row) != len(header):
            die("%s: row %r has %d fields, expected %d" % (name, row, len(row), len(header)))
        lines.append("\t".join(clean(v) for v in row))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %s (%d rows)" % (os.path.relpath(path, REPO_ROOT), len(rows)))


def gen_cameo_events(src):
    events = read_tsv(src, "cameo_events.tsv")
    mapping = {r["cameo_code"]: r for r in read_tsv(src, "cameo_to_plover.tsv")}
    out = []
    for r in events:
        code = r["code"]
        m = mapping.get(code)
        if m is None:
            die("cameo_to_plover.tsv lacks code %s" % code)
        ptype, pmode, pctx = m["plover_event"], m["plover_mode"], m["plover_context"]
        if code in ROOT_PLOVER_FIXES:
            expected, new = ROOT_PLOVER_FIXES[code]
            if ptype not in (expected, new):
                die("PLOVER type of %s is %r, expected %r" % (code, ptype, expected))
            ptype = new
        out.append([
            code,
            r["name"],
            r["goldstein"],
            r["quad_class"],
            r["root_code"],
            r["parent_code"],
            r["level"],
            ptype,
            pmode,
            pctx,
        ])
    write_tsv(
        "cameo_events.tsv",
        ["code", "name", "goldstein", "quad_class", "root", "parent", "level",
         "plover_type", "plover_mode", "plover_context"],
        out,
    )


def gen_countries(src):
    rows = read_tsv(src, "cameo_countries.tsv")
    cols = [
        ("code", "code"), ("name", "name"), ("kind", "kind"),
        ("iso3", "iso3166_alpha3"), ("iso2", "iso3166_alpha2"),
        ("iso_numeric", "iso3166_numeric"), ("fips", "fips10_4"),
        ("cow_alpha", "cow_alpha"), ("cow_numeric", "cow_numeric"),
    ]
    used = set()
    out = []
    for r in rows:
        rec = {dst: r[srccol] for dst, srccol in cols}
        for (code, col), (expected, new, reason) in COUNTRY_FIXES.items():
            if code != rec["code"]:
                continue
            used.add((code, col))
            if rec[col] == new:
                continue  # already fixed upstream
            if rec[col] != expected:
                die("fix %s.%s: source has %r, expected %r (%s)" % (code, col, rec[col], expected, reason))
            rec[col] = new
        out.append([rec[dst] for dst, _ in cols])
    missing = set(COUNTRY_FIXES) - used
    if missing:
        die("country fixes for unknown codes: %s" % sorted(missing))
    write_tsv("countries.tsv", [dst for dst, _ in cols], out)


def gen_actor_types(src):
    out = []
    for r in read_tsv(src, "cameo_actor_types.tsv"):
        code, cls = r["code"], r["class"]
        label = r["label_gdelt"]
        if not label and cls == "known_group":
            # For known groups the source's "description" column holds the
            # GDELT CAMEO.knowngroup.txt label: the group's name, not prose.
            label = r["description"]
        if not label:
            label = ACTOR_LABELS.get(code, "")
        if not label:
            die("actor type %s has no label" % code)
        out.append([code, cls, label])
    write_tsv("actor_types.tsv", ["code", "class", "label"], out)


def gen_religions(src):
    # 3-letter religion codes only (RCS roots + GDELT's 3-letter codes): the
    # segments that can appear inside a CAMEO actor code (e.g. IMGMOSALQ).
    out = []
    seen = set()
    for r in read_tsv(src, "cameo_religions.tsv"):
        code = r["code"]
        if len(code) != 3 or code in seen:
            continue
        seen.add(code)
        out.append([code, r["name"]])
    write_tsv("religions.tsv", ["code", "name"], out)


def gen_plover(src):
    types = read_tsv(src, "plover_event_types.tsv")
    write_tsv(
        "plover_types.tsv",
        ["event_type", "quad_class", "score", "modes"],
        [[r["event_type"], r["quad_class"], r["plover_score"], r["modes"]] for r in types],
    )
    modes = read_tsv(src, "plover_modes.tsv")
    write_tsv(
        "plover_modes.tsv",
        ["event_type", "mode", "score", "status"],
        [[r["event_type"], r["mode"], r["plover_score"], r["status"]] for r in modes],
    )
    contexts = read_tsv(src, "plover_contexts.tsv")
    write_tsv("plover_contexts.tsv", ["context", "scope"],
              [[r["context"], r["scope"]] for r in contexts])
    sectors = read_tsv(src, "plover_sectors.tsv")
    write_tsv("plover_sectors.tsv", ["code", "group"],
              [[r["code"], r["group"]] for r in sectors])


def main(argv):
    if len(argv) > 2:
        die("usage: gen_ontology.py [ONTOLOGY_DIR]")
    src = argv[1] if len(argv) == 2 else os.path.join(REPO_ROOT, "..", "shared", "ontology")
    src = os.path.normpath(src)
    if not os.path.isdir(src):
        die("not a directory: %s" % src)
    gen_cameo_events(src)
    gen_countries(src)
    gen_actor_types(src)
    gen_religions(src)
    gen_plover(src)


if __name__ == "__main__":
    main(sys.argv)
