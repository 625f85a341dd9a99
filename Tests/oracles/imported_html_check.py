#!/usr/bin/env python3
"""Checks what a page shows of imported HTML against nh3 (ammonia).

usage: imported_html_check.py RESULTS.json

RESULTS is a list of {"payload", "output"} recorded by ImportedHTMLOracleTests: the payload imported
as a document (HTMLFormat.blocks, the path imports take) and its body rendered by the site's blocks
template. For every payload the output must be well-formed and escaped; hold only the elements and
attributes the template itself writes (ids, classes and `data-lang` of its own, `a href` and `a
rel`); no `on*` or `style` attribute and no link with a scheme other than http, https or mailto; and
it must never be looser than nh3 with the same URL schemes: every link target it keeps, nh3 keeps
too for the same payload.
"""
import json
import re
import sys
from html.parser import HTMLParser

import nh3

TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "code", "b", "strong",
        "i", "em", "u", "a", "table", "thead", "tbody", "tr", "th", "td", "br", "hr"}
# What the blocks template writes: its elements, and the attributes it sets itself.
OURS = {"p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "code", "strong", "em", "a", "div",
        "table", "thead", "tbody", "tr", "th", "td"}
OWN_ATTRIBUTES = {("*", "id"): re.compile(r"b\d+"), ("p", "class"): re.compile(r"numbered-heading"),
                  ("li", "class"): re.compile(r"depth-\d"), ("div", "class"): re.compile(r"table-scroll"),
                  ("code", "data-lang"): re.compile(r"[^\x00-\x1f]*")}
OUR_REL = "nofollow noopener"
VOID = {"br", "hr"}
DROPPED = {"script", "style", "iframe", "svg", "math", "object", "embed", "form", "template", "noscript"}
SCHEMES = {"http", "https", "mailto"}
REL = "noopener noreferrer"


def clean(payload):
    return nh3.clean(payload, tags=TAGS, clean_content_tags=DROPPED, attributes={"a": {"href"}, "*": set()},
                     url_schemes=SCHEMES, link_rel=REL, strip_comments=True)


def scheme(url):
    """The URL's scheme as a browser reads it (controls, spaces, tabs and newlines stripped), or
    "relative"."""
    compact = re.sub(r"[\x00-\x20\x7f]", "", url)
    match = re.match(r"([A-Za-z][A-Za-z0-9+.\-]*):", compact)
    return match.group(1).lower() if match else "relative"


class Kept(HTMLParser):
    """The triples an output keeps, and what is wrong with its form."""

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.triples = set()
        self.hrefs = set()
        self.problems = []
        self.open = []

    def handle_starttag(self, tag, attrs):
        self.triples.add((tag, None, None))
        for name, value in attrs:
            value = value or ""
            self.triples.add((tag, name, scheme(value) if name == "href" else value))
            if tag == "a" and name == "href":
                self.hrefs.add(value)
        if tag not in VOID:
            self.open.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.problems.append(f"self-closing <{tag}/>")
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if not self.open or self.open[-1] != tag:
            self.problems.append(f"</{tag}> does not close the open {self.open[-1:] or 'nothing'}")
        else:
            self.open.pop()

    def handle_data(self, data):
        if "<" in data:
            self.problems.append(f"unescaped < in text {data!r}")

    def handle_comment(self, data):
        self.problems.append("a comment")

    def handle_decl(self, decl):
        self.problems.append("a declaration")

    def handle_pi(self, data):
        self.problems.append("a processing instruction")

    def unknown_decl(self, data):
        self.problems.append("a CDATA or other declaration")


def kept(html):
    parser = Kept()
    parser.feed(html)
    parser.close()
    if parser.rawdata:
        parser.problems.append(f"unparsed rest {parser.rawdata!r}")
    if parser.open:
        parser.problems.append(f"unclosed {parser.open}")
    return parser


def unsafe(triples):
    for tag, name, value in sorted(triples, key=repr):
        own = OWN_ATTRIBUTES.get((tag, name)) or OWN_ATTRIBUTES.get(("*", name))
        if tag not in OURS:
            yield f"element <{tag}>"
        elif name is None:
            continue
        elif own is not None:
            if not own.fullmatch(value):
                yield f"{name}={value!r} on <{tag}>"
        elif tag != "a" or name not in ("href", "rel"):
            yield f"attribute {name} on <{tag}>"
        elif name == "href" and value not in SCHEMES | {"relative"}:
            yield f"href with scheme {value}"
        elif name == "rel" and value != OUR_REL:
            yield f"rel={value!r}"


def main():
    with open(sys.argv[1], encoding="utf-8") as file:
        results = json.load(file)
    failures = []
    for result in results:
        payload, output = result["payload"], result["output"]
        ours = kept(output)
        theirs = kept(clean(payload)).hrefs
        problems = ours.problems + list(unsafe(ours.triples))
        looser = ours.hrefs - theirs
        if looser:
            problems.append(f"links to what nh3 drops: {sorted(looser)}")
        if problems:
            failures.append(f"payload {payload!r}\n  ours: {output!r}\n  nh3:  {clean(payload)!r}\n  "
                            + "\n  ".join(problems))
    print("\n".join(failures))
    print(f"{len(results)} payloads, {len(failures)} failures")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
