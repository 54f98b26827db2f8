#!/usr/bin/env python3
"""Writes N copies of a JSONL story corpus with distinct ids (`ID#k`), for
throughput measurements of `dyad ingest` (which, being idempotent, would
skip exact repeats).

Usage: python3 scripts/replicate_corpus.py IN.jsonl N OUT.jsonl
"""
import json
import sys


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    src, n, dst = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    with open(src, encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    with open(dst, "w", encoding="utf-8") as out:
        for k in range(n):
            for r in records:
                r2 = dict(r)
                r2["id"] = f"{r.get('id', '')}#{k}"
                out.write(json.dumps(r2, ensure_ascii=False) + "\n")
    print(f"{len(records) * n} stories written to {dst}", file=sys.stderr)


if __name__ == "__main__":
    main()
