#!/usr/bin/env python3
"""Writes Tests/GuanshanSearchTests/Fixtures/searchref-oracle.tsv: what searchref's normalize() and
parse() give for about 2,000 inputs, for SearchTextTests and SearchQueryTests to agree with.
Each line is three JSON values separated by tabs: the input, normalize(input), and
[required, excluded] from parse(input). Random inputs mix the characters where exactness is hard;
a few hundred more are titles and snippets of a docs.jsonl corpus when one is at hand.

  python3.11 Scripts/generate-search-oracle.py [--searchref PATH] [--docs PATH]
"""
import argparse, importlib.machinery, importlib.util, json, random, sys, unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "Tests/GuanshanSearchTests/Fixtures/searchref-oracle.tsv"

def load_searchref(path):
    loader = importlib.machinery.SourceFileLoader("searchref", str(path))
    spec = importlib.util.spec_from_loader("searchref", loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module

def chars(*ranges):
    return [chr(c) for a, b in ranges for c in range(a, b + 1)]

POOLS = {
    "han": chars((0x4E00, 0x4E80), (0x653F, 0x6560), (0x9F80, 0x9FFF), (0x3400, 0x3410), (0x20000, 0x20010),
                 (0x2A6D0, 0x2A6E5), (0x30000, 0x30005), (0x31340, 0x31355), (0x2EBE0, 0x2EBF5)),
    "compatibility han": chars((0xF900, 0xF910), (0xFA0E, 0xFA12), (0x2F800, 0x2F808), (0x2F00, 0x2F08), (0x3192, 0x319F)),
    "latin": list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"),
    "full width": chars((0xFF01, 0xFF5E), (0xFFE0, 0xFFE6), (0xFF61, 0xFF9F)),
    "punctuation": list('"""---- .,;:!?()[]{}\'`~@#$%^&*+=|\\/<>') + chars((0x3001, 0x3011), (0x2010, 0x2027), (0x2212, 0x2212)),
    "quotes and dashes": list('""-"-“”‘’「」＂－﹣−—–'),
    "combining": chars((0x300, 0x315), (0x323, 0x328), (0x345, 0x345), (0x3099, 0x309A), (0x20D0, 0x20D3), (0x1AB0, 0x1AB2)),
    "accented": list("éÉèçÇñÑöÖüÜåÅøØæÆœŒǅǆĳŉſǰ") + chars((0x1E00, 0x1E10), (0x1F00, 0x1F10), (0x1F80, 0x1F88)),
    "hangul": chars((0xAC00, 0xAC10), (0xD7A0, 0xD7B0)) + chars((0x1100, 0x1105), (0x1161, 0x1165), (0x11A8, 0x11AC), (0x3131, 0x3140), (0xFFA0, 0xFFA8)),
    "kana": chars((0x3041, 0x3050), (0x30A1, 0x30B0), (0x309B, 0x309F), (0x30FB, 0x30FF), (0x31F0, 0x31F5), (0x32D0, 0x32D5)),
    "ligatures": list("ﬀﬁﬂﬃﬄﬅﬆ") + chars((0xFB13, 0xFB17), (0x3300, 0x3305), (0x337B, 0x337F), (0x1F100, 0x1F10C)),
    "cases": list("ßẞΣσςΟΔΟΣİıIiĲΩΩKKÅǄǅǆΐΰſᾳᾼ") + chars((0x10400, 0x10405), (0x1E900, 0x1E905), (0x13A0, 0x13A5), (0xAB70, 0xAB75)),
    "numbers": chars((0x2460, 0x246A), (0x2070, 0x2079), (0x2150, 0x2160), (0x2160, 0x216F), (0x3220, 0x3229), (0x3280, 0x3289),
                     (0x1D7CE, 0x1D7D8), (0x0660, 0x0669), (0x0F2A, 0x0F33), (0x2CFD, 0x2CFD), (0x10107, 0x1010B)),
    "math": chars((0x1D400, 0x1D40A), (0x1D6A8, 0x1D6B0), (0x2100, 0x2130), (0x24B6, 0x24C0)),
    "white space": list("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000\u200b\u180e\ufeff"),
    "control": list("\x00\x01\x07\x1b\x7f\x80\x9f\u200c\u200d\u200e\u2060\ufff9"),
    "emoji": ["😀", "👍🏽", "👨‍👩‍👧", "🇨🇳", "❤️", "#️⃣", "🔟", "🀄", "🅰", "🆗", "🈚", "🉐", "\U0001FAE8", "\U0001F6DC"],
    "other scripts": chars((0x0410, 0x0420), (0x0430, 0x0435), (0x05D0, 0x05D5), (0x0627, 0x062C), (0x0915, 0x091A),
                           (0x0E01, 0x0E05), (0x0F40, 0x0F45), (0xFB50, 0xFB55), (0xFE70, 0xFE75), (0x0B47, 0x0B47), (0x0B3E, 0x0B3E),
                           (0x11099, 0x1109A), (0x110BA, 0x110BA), (0x11131, 0x11132), (0x11127, 0x11127), (0x1E030, 0x1E035)),
}

FOLDED = [line.split("\t") for line in (REPO / "Tests/Corpus/script-folding.tsv").read_text(encoding="utf-8").splitlines()]
POOLS["traditional"] = list("計算機後裡裏臺灣體們說這個國會時對發開關門") + [pair[i] for pair in FOLDED[::80] for i in (0, 1)]

def random_input(rng):
    weights = list(POOLS)
    focus = rng.sample(weights, rng.randint(1, 4))
    length = rng.choice([1, 2, 3, 5, 8, 12, 20, 30])
    return "".join(rng.choice(POOLS[rng.choice(focus)]) for _ in range(length))

def query_like(rng, words):
    terms = []
    for _ in range(rng.randint(1, 5)):
        term = rng.choice(words)
        shape = rng.random()
        if shape < 0.15:
            term = f'"{term} {rng.choice(words)}"'
        elif shape < 0.25:
            term = "-" + term
        elif shape < 0.3:
            term = f'-"{term}'
        elif shape < 0.35:
            term = rng.choice(['"', "-", "--", '""', '-"', "－", "＂", "“", "”"]) + term
        terms.append(term)
    return rng.choice([" ", "  ", "\u3000", "\t"]).join(terms)

def corpus_inputs(rng, path, count):
    if not path.exists():
        print(f"{path} not found: no corpus snippets", file=sys.stderr)
        return []
    with open(path, encoding="utf-8") as f:
        docs = [json.loads(line) for line in f]
    inputs = []
    for d in rng.sample(docs, count):
        texts = [d["title"]] + d["paragraphs"]
        text = rng.choice(texts)
        start = rng.randrange(max(1, len(text) - 60))
        inputs.append(text[start:start + rng.randint(8, 40)])
    return inputs

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--searchref", type=Path, default=REPO / "Tests/Corpus/searchref")
    ap.add_argument("--docs", type=Path, default=Path("/tmp/corpus/docs.jsonl"))
    args = ap.parse_args()
    if unicodedata.unidata_version != "14.0.0":
        sys.exit(f"unicodedata is Unicode {unicodedata.unidata_version}; searchref runs on Python 3.11 (14.0.0)")
    searchref = load_searchref(args.searchref)
    rng = random.Random(20240611)
    inputs = ["", " ", "-", '"', "--", '""', '-"', '-""', "Linux", "LINUX", "ｌｉｎｕｘ", "１２３", "a\u3000b", "Straße STRASSE",
              '"a b"', "-x", "--x", '-"a b"', 'a"b', '"unbalanced', "!!! ...", "-- - ---", '" a b "', 'x "y" -"z w" -v']
    inputs += [random_input(rng) for _ in range(1300)]
    corpus = corpus_inputs(rng, args.docs, 350)
    inputs += corpus
    words = [w[:rng.randint(1, 6)] for text in corpus for w in text.split()] or ["linux", "政协", "内核"]
    words += [c for pool in ("latin", "han", "cases", "full width", "traditional") for c in POOLS[pool]]
    inputs += [query_like(rng, words) for _ in range(350)]
    with open(OUT, "w", encoding="utf-8", newline="\n") as out:
        for text in inputs:
            fields = [text, searchref.normalize(text), list(searchref.parse(text))]
            out.write("\t".join(json.dumps(f, ensure_ascii=False) for f in fields) + "\n")
    print(f"wrote {OUT}: {len(inputs)} rows, {OUT.stat().st_size} bytes", file=sys.stderr)

if __name__ == "__main__":
    main()
