#!/usr/bin/env python3
"""The sensitive-word contract of docs/sensitive-words.md, written out by brute force: every place
where a word of a list occurs in a text, found by comparing the folded word with the folded text at
every position. GuanshanText's WordMatcher (an Aho-Corasick automaton over the tables that
Scripts/generate-word-folding.py writes from `fold` below) must find exactly these.

usage: word_match.py CASES.json

CASES is a list of {"words": [...], "text": "..."}. Prints, as JSON, one list a case of its matches
[word index, first scalar, end scalar] (offsets among the text's Unicode scalars, end excluded),
sorted. Needs Python 3.11 (Unicode 14.0.0) and OpenCC 1.4.2.

A text is read as items: each scalar gives the scalars it folds to, or one gap when it folds to
nothing. A word occurs where its folded scalars equal consecutive folded scalars of the text, gaps
between them ignored; from the first scalar that gives its first folded scalar to the end of the
one that gives its last. A word that begins with an ASCII letter or digit (once folded) must not
follow one directly (the item before is a gap, another kind of scalar, or the start), and one that
ends with an ASCII letter or digit must not be followed directly by one: `ass` is not in `class`.
"""
import json
import sys
import unicodedata

OPENCC_VERSION = "1.4.2"
_t2s = None


def require_versions():
    """Stops a table generator run with another Unicode or OpenCC than the matcher is checked with."""
    import opencc
    if unicodedata.unidata_version != "14.0.0":
        sys.exit(f"unicodedata is Unicode {unicodedata.unidata_version}; run with Python 3.11 (14.0.0)")
    if opencc.__version__ != OPENCC_VERSION:
        sys.exit(f"OpenCC is {opencc.__version__}; install {OPENCC_VERSION}")


def simplified(ch):
    global _t2s
    if _t2s is None:
        import opencc
        _t2s = opencc.OpenCC("t2s")
    for _ in range(4):
        s = _t2s.convert(ch)
        if len(s) != 1 or s == ch:
            break
        ch = s
    return ch


def fold(ch):
    """The folded form of one scalar: letters and digits only, possibly none. A Hangul syllable stays
    whole (its letters are not what sensitive words are written in)."""
    if "\uac00" <= ch <= "\ud7a3":
        return ch
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", ch).casefold())
    return "".join(simplified(x) for x in decomposed if unicodedata.category(x)[0] in "LN")


def is_alnum(ch):
    return ch is not None and ch.isascii() and ch.isalnum()


def items(text):
    """(folded scalar or None for a gap, index of the text's scalar it comes from)."""
    out = []
    for i, ch in enumerate(text):
        f = fold(ch)
        if f:
            out.extend((x, i) for x in f)
        else:
            out.append((None, i))
    return out


def matches(words, text):
    seq = items(text)
    letters = [k for k, (x, _) in enumerate(seq) if x is not None]
    found = []
    for w, word in enumerate(words):
        target = "".join(fold(ch) for ch in word)
        if not target:
            continue
        n = len(target)
        for s in range(len(letters) - n + 1):
            ks = letters[s:s + n]
            if "".join(seq[k][0] for k in ks) != target:
                continue
            first, last = ks[0], ks[-1]
            before = seq[first - 1][0] if first > 0 else None
            after = seq[last + 1][0] if last + 1 < len(seq) else None
            if is_alnum(target[0]) and is_alnum(before):
                continue
            if is_alnum(target[-1]) and is_alnum(after):
                continue
            found.append([w, seq[first][1], seq[last][1] + 1])
    return sorted(found)


def main():
    if unicodedata.unidata_version != "14.0.0":
        sys.exit(f"unicodedata is Unicode {unicodedata.unidata_version}; the tables are of 14.0.0 (Python 3.11)")
    with open(sys.argv[1], encoding="utf-8") as f:
        cases = json.load(f)
    json.dump([matches(c["words"], c["text"]) for c in cases], sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
