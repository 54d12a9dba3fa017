#!/usr/bin/env python3
"""newstidy's quality on the real labelled corpus in ../shared/corpus, pooled over draws.

usage: src/bench/corpus.py [--seeds 1-10] [--langs all,zh,en] [--layouts dump,plain,lines,indent,pages]
                           [--near-layouts lines] [--jar target/newstidy.jar] [--json] [--per-site]
                           [--floors FILE] [--conserve] [--idempotence] [-- NEWSTIDY OPTIONS...]

For every seed and language it assembles the dumps with the corpus's own build.py, cleans each with
`java -jar JAR clean -q --output -` (two at a time), and scores the records with the corpus's
score.py. Nothing of the corpus is copied: both scripts are imported from ../shared/corpus.

The near pass: the dumps of the --near-layouts (default: lines, when it is among --layouts) are
cleaned a second time with `--near paragraph` added and reported as near-LAYOUT/LANG rows, so that
--floors holds the near-copy figures too (35-55 s for lines over seeds 1-10).

Pooling: every dump metric is weighted by the number of truth articles behind it (for the repeat,
near-copy and join rates, by the number of repeats, near copies, cuts or joins that draw holds), so a
pooled figure counts every article of every draw once. Pages are the same for every seed (build.py
draws nothing for them), so they are scored once per language.
"""
import argparse
import collections
import concurrent.futures
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(os.path.dirname(ROOT), "shared", "corpus")
sys.path.insert(0, CORPUS)
import score  # noqa: E402  (../shared/corpus/score.py)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import conserve  # noqa: E402  (src/bench/conserve.py)
import idempotence  # noqa: E402  (src/bench/idempotence.py)

DUMP_LAYOUTS = ("dump", "plain", "lines", "indent")
NEAR = "near-"  # a job layout near-LAYOUT: LAYOUT's dump cleaned again with --near paragraph


def base_layout(layout):
    """The dump layout behind a job layout: lines for near-lines."""
    return layout[len(NEAR):] if layout.startswith(NEAR) else layout


def dump_file(folder, layout):
    base = base_layout(layout)
    return os.path.join(folder, f"{base}.{'jsonl' if base == 'pages' else 'txt'}")
# metric -> what its denominator counts in a truth file (None: truth articles)
WEIGHTS = {
    "repeat_removed": lambda t: sum(1 for a in t["articles"] if a.get("repeated_block")),
    "near_copy_removed": lambda t: sum(1 for a in t["articles"] if a.get("near_copy")),
    "normalized_copy_removed": lambda t: sum(
        1 for a in t["articles"]
        if a.get("near_copy") and a.get("near_kind") == "normalized" and not a.get("near_source_cut")),
    "join_recall": lambda t: sum(len(a.get("cuts") or []) for a in t["articles"]),
    "paragraph_exact": lambda t: sum(len(a["paragraphs"]) for a in t["articles"]),
    "text_kept": lambda t: sum(len(score.squash(p)) for a in t["articles"] for p in a["paragraphs"]),
}


def seeds_of(text):
    if "-" in text:
        low, high = text.split("-")
        return list(range(int(low), int(high) + 1))
    return [int(s) for s in text.split(",")]


def read_records(path):
    records = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                records.append(json.loads(line))
    return records


def clean(jar, source, target, options):
    """Cleans one dump into target."""
    with open(target, "wb") as out:
        subprocess.run(["java", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar, "clean", "-q",
                        "--output", "-", *options, source], stdout=out, check=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", default="1-10")
    parser.add_argument("--langs", default="all,zh,en")
    parser.add_argument("--layouts", default="dump,plain,lines,indent,pages")
    parser.add_argument("--near-layouts", help="also clean these dump layouts with --near paragraph, as near-LAYOUT "
                        "rows (default: lines when it is among --layouts; '' for none)")
    parser.add_argument("--jar", default=os.path.join(ROOT, "target", "newstidy.jar"))
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of tables")
    parser.add_argument("--keep", help="keep the assembled dumps and records in this folder")
    parser.add_argument("--per-site", metavar="FILE",
                        help="also write per-site figures of the dump layouts (a site is a page's URL host) "
                        "as a markdown table to FILE")
    parser.add_argument("--floors", help="a JSON file {\"LAYOUT/LANG\": {\"METRIC\": FLOOR}}: exit 1 when a "
                        "pooled figure falls below its floor (a ceiling for split_ratio_max)")
    parser.add_argument("--conserve", action="store_true",
                        help="also check conservation on every dump (conserve.py): characters lost beyond the "
                        "documented normalisation and characters the output invents, as conserve/LAYOUT rows "
                        "that --floors can bound with lost_chars_max and invented_chars_max")
    parser.add_argument("--idempotence", action="store_true",
                        help="also clean every dump to --format txt and each text file again (idempotence.py): "
                        "records whose file does not come back as one article with the same text, as "
                        "idempotence/LAYOUT rows that --floors can bound with changed_max (on by itself when the "
                        "--floors file bounds an idempotence row)")
    parser.add_argument("options", nargs="*", help="newstidy clean options, after --")
    args = parser.parse_args()
    seeds, langs, layouts = seeds_of(args.seeds), args.langs.split(","), args.layouts.split(",")
    if args.near_layouts is None:
        near_layouts = ["lines"] if "lines" in layouts else []
    else:
        near_layouts = [layout for layout in args.near_layouts.split(",") if layout]
    if any(layout not in DUMP_LAYOUTS for layout in near_layouts):
        parser.error(f"--near-layouts takes dump layouts ({','.join(DUMP_LAYOUTS)})")
    work = args.keep or tempfile.mkdtemp(prefix="newstidy-corpus-")
    jobs = []
    for lang in langs:
        for seed in seeds:
            folder = os.path.join(work, f"{lang}-{seed}")
            command = [sys.executable, os.path.join(CORPUS, "build.py"), folder, str(seed)]
            if lang != "all":
                command += ["--lang", lang]
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
            for layout in layouts:
                if layout == "pages" and seed != seeds[0]:
                    continue
                jobs.append((lang, seed, layout, folder))
            for layout in near_layouts:
                jobs.append((lang, seed, NEAR + layout, folder))

    def options_of(layout):
        return [*args.options, "--near", "paragraph"] if layout.startswith(NEAR) else args.options

    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        list(pool.map(lambda j: clean(args.jar, dump_file(j[3], j[2]), os.path.join(j[3], f"{j[2]}.out.jsonl"),
                                      options_of(j[2])), jobs))
    if args.per_site:
        write_per_site(args.per_site, [j for j in jobs if not j[2].startswith(NEAR)])
    pooled = collections.defaultdict(lambda: collections.defaultdict(lambda: [0.0, 0.0]))
    for lang, seed, layout, folder in jobs:
        with open(os.path.join(folder, f"{base_layout(layout)}.truth.json"), encoding="utf-8") as handle:
            truth = json.load(handle)
        records = read_records(os.path.join(folder, f"{layout}.out.jsonl"))
        if layout == "pages":
            result = score.score_pages(truth, records)
            weight = {k: len(truth["pages"]) for k in result}
        else:
            result = score.score_dump(truth, records)
            weight = {k: WEIGHTS[k](truth) if k in WEIGHTS else len(truth["articles"]) for k in result}
            joins = {(j.get("line"), j.get("next_line")) for r in records for j in r.get("joins") or []}
            weight["join_precision"] = len(joins)
            if layout.startswith(NEAR):
                result["near_precision"], weight["near_precision"] = near_precision(truth, records)
        for key, value in result.items():
            if key.endswith("_count"):
                pooled[(layout, lang)][key][0] += value
                pooled[(layout, lang)][key][1] = 1
            else:
                pooled[(layout, lang)][key][0] += value * weight[key]
                pooled[(layout, lang)][key][1] += weight[key]
    table = {f"{layout}/{lang}": {k: (round(s / w, 3) if not k.endswith("_count") else int(s)) if w else None
                                  for k, (s, w) in metrics.items()}
             for (layout, lang), metrics in sorted(pooled.items())}
    if args.conserve:
        table.update(check_conservation(jobs))
    if args.idempotence or bounds_idempotence(args.floors):
        table.update(idempotence.check(args.jar, work, [(lang, seed, layout, dump_file(folder, layout))
                                                        for lang, seed, layout, folder in jobs
                                                        if not layout.startswith(NEAR)]))
    if args.json:
        print(json.dumps(table, ensure_ascii=False))
    else:
        print_tables(args, [*layouts, *(NEAR + layout for layout in near_layouts)], table)
    if not args.keep:
        subprocess.run(["rm", "-rf", work])
    if args.floors:
        sys.exit(check_floors(args.floors, table))


def near_precision(truth, records):
    """The share of near-duplicate removals whose text is a planted near copy (or part of one, when
    the copy was cut), and how many there were: a near removal of anything else took real text."""
    copies = [score.squash(a["near_copy"]) for a in truth["articles"] if a.get("near_copy")]
    removed = [score.squash(r["text"]) for record in records for r in record.get("removed") or []
               if r.get("reason") == "near-duplicate"]
    right = sum(1 for text in removed if text and any(text in copy for copy in copies))
    return (right / len(removed) if removed else 1.0), len(removed)


def check_conservation(jobs):
    """Per layout, the characters lost and invented over every dump (conserve.py), each fault printed."""
    rows = collections.defaultdict(lambda: {"dumps": 0, "faulty_dumps": 0, "lost_chars": 0, "invented_chars": 0})
    for lang, seed, layout, folder in jobs:
        source = dump_file(folder, layout)
        lost, invented = conserve.check(source, read_records(os.path.join(folder, f"{layout}.out.jsonl")))
        for key in (f"conserve/{layout}", "conserve/all"):
            row = rows[key]
            row["dumps"] += 1
            row["faulty_dumps"] += 1 if lost or invented else 0
            row["lost_chars"] += sum(lost.values())
            row["invented_chars"] += sum(invented.values())
        if lost or invented:
            print(f"conserve: {lang}-{seed} {layout}: lost {sum(lost.values())} ({conserve.describe(lost)}), "
                  f"invented {sum(invented.values())} ({conserve.describe(invented)})", file=sys.stderr)
    return dict(sorted(rows.items()))


SITE_METRICS = ("separated", "title_exact", "byline_exact", "paragraph_exact", "text_kept")


def site_of(url):
    host = (url or "").split("//", 1)[-1].split("/", 1)[0].lower()
    return host[4:] if host.startswith("www.") else host or "?"


def write_per_site(path, jobs):
    """Per-site figures over every dump layout, language and draw: each truth article is scored
    against all records of its dump, then the figures are pooled by the site of its page (join
    and repeat figures need the whole dump, so they are left out here)."""
    sites = {record["id"]: site_of(record.get("url")) for record in score_pages_records()}
    sums = collections.defaultdict(lambda: collections.defaultdict(lambda: [0.0, 0]))
    for lang, seed, layout, folder in jobs:
        if layout == "pages":
            continue
        with open(os.path.join(folder, f"{layout}.truth.json"), encoding="utf-8") as handle:
            truth = json.load(handle)
        records = read_records(os.path.join(folder, f"{layout}.out.jsonl"))
        by_site = collections.defaultdict(list)
        for article in truth["articles"]:
            by_site[sites.get(article["id"], "?")].append(article)
        for site, articles in by_site.items():
            result = score.score_dump({"stats": truth.get("stats", {}), "articles": articles}, records)
            for metric in SITE_METRICS:
                sums[site][metric][0] += result[metric] * len(articles)
                sums[site][metric][1] += len(articles)
    with open(path, "w", encoding="utf-8") as out:
        out.write("| site | articles | " + " | ".join(SITE_METRICS) + " |\n")
        out.write("|---" * (len(SITE_METRICS) + 2) + "|\n")
        # worst first: by the mean of the site's figures
        rows = sorted(sums.items(), key=lambda item: (
            sum(item[1][m][0] / item[1][m][1] for m in SITE_METRICS), item[0]))
        for site, metrics in rows:
            count = metrics["separated"][1]
            out.write(f"| {site} | {count} | " + " | ".join(
                f"{metrics[m][0] / metrics[m][1]:.3f}" for m in SITE_METRICS) + " |\n")


def score_pages_records():
    with open(os.path.join(CORPUS, "pages.jsonl"), encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def bounds_idempotence(path):
    """True when the floors file at path (or None) bounds an idempotence/… row."""
    if not path:
        return False
    with open(path, encoding="utf-8") as handle:
        return any(case.startswith("idempotence/") for case in json.load(handle))


def check_floors(path, table):
    """Compares pooled figures with their floors; prints each miss, returns the exit code."""
    with open(path, encoding="utf-8") as handle:
        floors = json.load(handle)
    misses = 0
    for case, metrics in floors.items():
        if case.startswith("_"):
            continue
        for metric, floor in metrics.items():
            if metric.endswith("_max"):
                value = table.get(case, {}).get(metric[:-4])
                bad = value is None or value > floor
            else:
                value = table.get(case, {}).get(metric)
                bad = value is None or value < floor
            if bad:
                misses += 1
                print(f"corpus floor: {case} {metric} = {value}, floor {floor}", file=sys.stderr)
    checked = sum(len(m) for c, m in floors.items() if not c.startswith("_"))
    print(f"corpus: {checked - misses} passed, {misses} failed")
    return 1 if misses else 0


def print_tables(args, layouts, table):
    for layout in [*layouts, "conserve", "idempotence"]:
        rows = {k: v for k, v in table.items() if k.startswith(layout + "/")}
        if not rows:
            continue
        keys = [k for k in next(iter(rows.values())) if not k.endswith("_count") and k != "matched"]
        if layout in ("conserve", "idempotence"):
            keys = list(next(iter(rows.values())))
        print(f"\n{layout} (seeds {args.seeds})")
        print("| lang | " + " | ".join(keys) + " |")
        print("|---" * (len(keys) + 1) + "|")
        for name, metrics in rows.items():
            print(f"| {name.split('/')[1]} | " + " | ".join(
                "—" if metrics[k] is None else f"{metrics[k]:.3f}" if isinstance(metrics[k], float) else str(metrics[k])
                for k in keys) + " |")


if __name__ == "__main__":
    main()
