#!/usr/bin/env python3
"""Conservation check: every character of a dump is in newstidy's records or in a recorded removal.

usage: src/bench/conserve.py DUMP RECORDS      (DUMP: a text dump, or JSON Lines pages {"text": …})
       src/bench/conserve.py --self-test      (the checker's own cases, run by .ci/run)

It compares two multisets of characters. The input side is the dump after the normalisation that
the README's Guarantees section names, and nothing else:
  - white space of every kind (indents, NBSP, line ends) is not counted;
  - zero-width, byte-order-mark, soft-hyphen, bidi-mark and control characters are not counted;
  - HTML tags of the known names that the input filter removes (<br/>, <p>, <div …>, <span …>, …)
    are taken out, and then HTML entities are decoded, in that order, as the input filter does;
  - headline and emphasis markup (#, *), the dashes that open a sub-headline, the hyphen of a
    word re-joined across a break, and on a raw page a table cell's closing pipe and the bullet
    before a metadata key (|, •) may be missing from the output;
  - a caption's photo credit stays in its caption as the paper prints it, and its byline names the
    photographer from that text: those words of the byline are not counted again.
The output side is each record's title, sub-headline, body and removed texts, and then its byline
text, against what the input still holds: a byline read from a removed metadata line (撰文:…, a
dateline) repeats that line, which is allowed where one of its record's metadata removals holds
the characters. A
character the output has more often than the input (a byline kept both in the body and as the
byline) is a fault as much as one that is lost. corpus.py --conserve runs this on every dump it
assembles from ../shared/corpus.
"""
import collections
import html
import json
import os
import re
import sys

# The tag names of dev.newstidy.input.LineNormaliser (BREAK, BLOCK_TAG and TAG): only these go.
BREAK = re.compile(r"(?i)<br\s*/?>")
BLOCK_TAG = re.compile(r"(?i)</?(?:p|div|section|article|h[1-6]|li|ul|ol|table|tr|blockquote)(?:\s[^<>]{0,200})?/?>")
TAG = re.compile(
    r"(?i)</?(?:a|span|img|font|b|i|u|s|em|strong|small|big|sup|sub|center|label|input|button"
    r"|iframe|script|style|meta|link|tbody|thead|tfoot|td|th|nav|header|footer|figure"
    r"|figcaption|hr|abbr|cite|code|mark|time|video|audio|source|o:p)(?:\s[^<>]{0,300})?/?>")
ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{1,12}|#[xX][0-9a-fA-F]{1,12});")
INVISIBLE = set("\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f") | {
    chr(c) for c in list(range(0x00, 0x09)) + list(range(0x0B, 0x20)) + [0x7F] + list(range(0x80, 0xA0))}
# What may be missing from the output: headline and emphasis marks, sub-headline dashes, hyphens,
# and on a raw page a table cell's closing pipe and the bullet before a metadata key.
MARKUP = set("#*\u2014\u2013-|\u2022")
# The roles of a photo credit (…王某 摄, (王某攝), 王某 供图, Photo: X): a caption keeps it in place.
PHOTO_ROLES = ("摄", "攝", "供图", "供圖", "photo")
PHOTO_MARK = re.compile(r"摄|攝|供图|供圖|(?i:photo)")


def normalised(text):
    """The input text as the documented normalisation leaves it, line by line."""
    lines = []
    for line in text.split("\n"):
        if "<" in line:
            line = TAG.sub("", BLOCK_TAG.sub("\n", BREAK.sub("\n", line)))
        if "&" in line:
            line = ENTITY.sub(lambda m: html.unescape(m.group(0)), line)
        lines.append(line)
    return "\n".join(lines)


def characters(text):
    return collections.Counter(c for c in text if not c.isspace() and c not in INVISIBLE)


def input_text(path):
    """The text a dump gives newstidy: the file, or the "text" fields of JSON Lines pages."""
    with open(path, encoding="utf-8") as handle:
        if not path.endswith(".jsonl"):
            return handle.read()
        return "\n\n".join(json.loads(line)["text"] for line in handle if line.strip())


def record_text(record):
    """A record's text but its byline: title, sub-headline, body and removals."""
    parts = [record.get("title") or "", record.get("subtitle") or ""]
    parts.extend(part["text"] for part in record.get("body") or [])
    parts.extend(removal["text"] for removal in record.get("removed") or [])
    return "\n".join(parts)


def check(dump_path, records):
    """(lost, invented): the characters missing from the output beyond markup, and those it has more often.

    Bylines are counted after everything else, against what the input still holds: a byline read
    from a removed metadata line (撰文:…, a dateline) repeats that line, and what of it the input
    no longer holds is allowed only where one of its record's metadata removals has it."""
    given = characters(normalised(input_text(dump_path)))
    accounted = characters("\n".join(record_text(r) for r in records))
    invented = accounted - given
    remaining = given - accounted
    bylines = []
    for record in records:
        byline = characters((record.get("byline") or {}).get("text") or "") - caption_credit_words(record)
        read = characters("".join(r["text"] for r in record.get("removed") or [] if r["reason"] == "metadata"))
        bylines.append((byline, read))
    # First what no metadata line of its record explains: it must come from the input.
    for byline, read in bylines:
        own = byline - read
        used = own & remaining
        remaining -= used
        invented += own - used
    # Then what such a line explains: from the input while it holds it, else a reading of the line.
    for byline, read in bylines:
        remaining -= byline & read
    lost = {c: n for c, n in remaining.items() if c not in MARKUP}
    return lost, dict(invented)


def caption_credit_words(record):
    """The words of a byline that name a photo credit its caption keeps in place, as characters.

    A caption keeps its credit as the paper prints it (`…晚会,新华社发 王某 摄`, `…合影。(王某攝)`)
    and the byline names the photographer from that text, so those words stand twice by design.
    Only a byline with a photo credit, and only its words found in a body part with a photo mark."""
    byline = record.get("byline") or {}
    roles = [(credit.get("role") or "").lower() for credit in byline.get("credits") or []]
    if not any(any(mark in role for mark in PHOTO_ROLES) for role in roles):
        return collections.Counter()
    captions = [part["text"] for part in record.get("body") or [] if PHOTO_MARK.search(part["text"])]
    words = collections.Counter()
    for word in (byline.get("text") or "").split():
        if any(word in caption for caption in captions):
            words += characters(word)
    return words


def describe(counts, limit=40):
    return "".join(c * min(n, 3) for c, n in sorted(counts.items(), key=lambda item: -item[1])[:limit])


def self_test():
    """The checker's own cases, on invented text: what it must let pass and what it must catch."""
    import tempfile
    dump = "# 柳溪镇图书馆开放\n\n图书馆昨日开放。<br/>藏书两万册&amp;报刊百种。\n\n撰文:贺岚\n"
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as handle:
        handle.write(dump)
    def record(body, byline="贺岚", removed=("撰文:贺岚",)):
        return [{"title": "柳溪镇图书馆开放", "subtitle": None, "byline": {"text": byline},
                 "body": [{"text": t} for t in body],
                 "removed": [{"text": t, "reason": "metadata"} for t in removed]}]
    cases = {
        # <br/> and the entity are documented normalisation; the byline read from 撰文: counts once
        "whole": (record(["图书馆昨日开放。", "藏书两万册&报刊百种。"]), {}, {}),
        # a byline also kept in the body is a second copy
        "byline twice": (record(["图书馆昨日开放。", "藏书两万册&报刊百种。贺岚"]), {}, {"贺": 1, "岚": 1}),
        # a character that went without a removal
        "lost": (record(["图书馆昨日开放。", "藏书两万册&报刊百种"]), {"。": 1}, {}),
    }
    failed = 0
    for name, (records, lost, invented) in cases.items():
        got = check(handle.name, records)
        if got != (lost, invented):
            failed += 1
            print(f"conserve self-test {name}: got {got}, expected {(lost, invented)}", file=sys.stderr)
    caption = "# 柳溪镇图书馆开放\n\n▲新馆外景,柳溪日报发 贺岚 摄\n"
    with open(handle.name, "w", encoding="utf-8") as again:
        again.write(caption)
    def photo(role):
        return [{"title": "柳溪镇图书馆开放", "subtitle": None, "body": [{"text": "▲新馆外景,柳溪日报发 贺岚 摄"}],
                 "byline": {"text": "柳溪日报发 贺岚 摄", "credits": [{"name": "贺岚", "role": role}]},
                 "removed": []}]
    # a caption keeps its photo credit in place and the byline names it: allowed, as documented
    cases_on_caption = {"caption credit": (photo("摄"), {}, {}),
                        # the same words as a reporter's byline left in the body are a second copy
                        "reporter twice": (photo("记者"), {}, dict(characters("柳溪日报发贺岚摄")))}
    for name, (records, lost, invented) in cases_on_caption.items():
        got = check(handle.name, records)
        if got != (lost, invented):
            failed += 1
            print(f"conserve self-test {name}: got {got}, expected {(lost, invented)}", file=sys.stderr)
    os.unlink(handle.name)
    total = len(cases) + len(cases_on_caption)
    print(f"conserve self-test: {total - failed} passed, {failed} failed")
    return 1 if failed else 0


def main():
    if sys.argv[1:] == ["--self-test"]:
        sys.exit(self_test())
    if len(sys.argv) != 3:
        sys.exit(__doc__.splitlines()[2])
    with open(sys.argv[2], encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    lost, invented = check(sys.argv[1], records)
    print(f"lost {sum(lost.values())}: {describe(lost)}")
    print(f"invented {sum(invented.values())}: {describe(invented)}")
    sys.exit(1 if lost or invented else 0)


if __name__ == "__main__":
    main()
