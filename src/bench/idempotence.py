#!/usr/bin/env python3
"""Idempotence at the article level on real dumps: each file that `clean --format txt` writes,
cleaned again within its own scope (`--dedup-scope file`), must give exactly one article with
exactly the same file text.

Used by corpus.py --idempotence, which assembles the corpus dumps; this module only cleans and
compares. Per dump layout, every dump of that layout (all languages and draws) is cleaned in one
run with `--dedup-scope file`, so that each dump is cleaned as if alone and the whole check costs
two runs per layout; the text files of that run are then cleaned again, all in one run. A record
changes when its file gives no article, more than one, or one whose text differs.

Rows: idempotence/LAYOUT and idempotence/all, with `records` (files written by the first pass),
`changed` and `changed_LANG` per language of the dumps (all, zh, en); --floors can bound
`changed` with changed_max. Each changed record is printed on stderr with its first difference.
"""
import collections
import concurrent.futures
import json
import os
import subprocess
import sys

JAVA = ["java", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar"]


def manifest(folder):
    with open(os.path.join(folder, "manifest.jsonl"), encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def read(folder, name):
    with open(os.path.join(folder, name), encoding="utf-8") as handle:
        return handle.read()


def clean_to_text(jar, sources, target):
    """Cleans sources (files or folders) into text files under target, each within its own scope."""
    subprocess.run([*JAVA, jar, "clean", "-q", "--format", "txt", "--dedup-scope", "file", "-o", target, *sources],
                   check=True)


def first_difference(before, after):
    """The first line where two texts part, shortened, for the report."""
    old, new = before.split("\n"), after.split("\n")
    for number, (a, b) in enumerate(zip(old, new), 1):
        if a != b:
            return f"line {number}: {a[:40]!r} -> {b[:40]!r}"
    return f"{len(old)} lines -> {len(new)} lines"


def compare(first, second):
    """Per first-pass file: (source dump, file, None when unchanged or why it changed)."""
    again = collections.defaultdict(list)
    for entry in manifest(second):
        # Keyed by the path under the first output folder, so that files of one name in two
        # sub-folders (--fanout) stay apart.
        key = os.path.relpath(os.path.abspath(entry["source"]["path"]), os.path.abspath(first))
        again[os.path.normpath(key)].append(read(second, entry["file"]))
    results = []
    for entry in manifest(first):
        text = read(first, entry["file"])
        back = again.get(os.path.normpath(entry["file"]), [])
        if back == [text]:
            why = None
        elif len(back) != 1:
            why = f"{len(back)} articles; {first_difference(text, ''.join(back))}"
        else:
            why = first_difference(text, back[0])
        results.append((entry["source"]["path"], entry["file"], why))
    return results


def check_layout(jar, work, layout, sources):
    first = os.path.join(work, f"idempotence-{layout}", "first")
    second = os.path.join(work, f"idempotence-{layout}", "second")
    clean_to_text(jar, sources, first)
    clean_to_text(jar, [first], second)
    return compare(first, second)


def check(jar, work, dumps):
    """dumps: (lang, seed, layout, source path) each. Returns the idempotence/… rows."""
    by_layout = collections.defaultdict(list)
    for lang, seed, layout, source in dumps:
        by_layout[layout].append(os.path.abspath(source))
    label = {os.path.abspath(source): (lang, seed) for lang, seed, layout, source in dumps}
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        results = dict(zip(by_layout, pool.map(lambda item: check_layout(jar, work, *item), by_layout.items())))
    rows = collections.defaultdict(lambda: collections.Counter())
    for layout, records in sorted(results.items()):
        for source, file, why in records:
            lang, seed = label[os.path.abspath(source)]
            for key in (f"idempotence/{layout}", "idempotence/all"):
                rows[key]["records"] += 1
                rows[key]["changed"] += 1 if why else 0
                rows[key][f"changed_{lang}"] += 1 if why else 0
            if why:
                print(f"idempotence: {lang}-{seed} {layout} {file}: {why}", file=sys.stderr)
    langs = sorted({lang for lang, _, _, _ in dumps})
    return {key: {"records": row["records"], "changed": row["changed"],
                  **{f"changed_{lang}": row[f"changed_{lang}"] for lang in langs}}
            for key, row in sorted(rows.items())}
