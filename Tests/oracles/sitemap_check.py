#!/usr/bin/env python3
"""Checks a sitemap or a sitemap index against the sitemaps.org 0.9 protocol.

usage: sitemap_check.py FILE.xml BASE_URL

The file must be well-formed XML (read by Python's own parser, not ours) whose root is a `urlset` or a
`sitemapindex` in the sitemaps.org namespace, holding between 1 and 50,000 `url` (or `sitemap`)
elements; each has exactly one `loc`, an absolute URL under BASE_URL of at most 2,048 characters, no
two alike, and at most one `lastmod` in W3C Datetime with a time zone, and nothing else. Prints the
kind, the locations and the lastmods as JSON; problems go to the output and make the exit status 1.
"""
import json
import re
import sys
import xml.etree.ElementTree as ElementTree
from urllib.parse import urlparse

NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
W3C_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$")


def main():
    path, base = sys.argv[1:3]
    problems = []
    try:
        root = ElementTree.parse(path).getroot()
    except ElementTree.ParseError as error:
        print(f"not well-formed: {error}")
        sys.exit(1)
    kinds = {NS + "urlset": ("urlset", NS + "url"), NS + "sitemapindex": ("sitemapindex", NS + "sitemap")}
    if root.tag not in kinds:
        print(f"root element {root.tag!r} is neither urlset nor sitemapindex in the sitemaps.org namespace")
        sys.exit(1)
    kind, child_tag = kinds[root.tag]
    children = list(root)
    if not 1 <= len(children) <= 50000:
        problems.append(f"{len(children)} entries, not between 1 and 50,000")
    locs, lastmods = [], []
    for index, child in enumerate(children):
        if child.tag != child_tag:
            problems.append(f"entry {index} is {child.tag!r}, not {child_tag!r}")
            continue
        loc = child.findall(NS + "loc")
        lastmod = child.findall(NS + "lastmod")
        allowed = {NS + "loc", NS + "lastmod"} | ({NS + "changefreq", NS + "priority"} if kind == "urlset" else set())
        for element in child:
            if element.tag not in allowed:
                problems.append(f"entry {index} holds {element.tag!r}")
        if len(loc) != 1:
            problems.append(f"entry {index} has {len(loc)} loc elements")
            continue
        url = (loc[0].text or "").strip()
        parts = urlparse(url)
        if not (parts.scheme in ("http", "https") and parts.netloc and url.startswith(base + "/") and len(url) <= 2048):
            problems.append(f"entry {index}: {url!r} is not an absolute URL under {base}")
        locs.append(url)
        if len(lastmod) > 1:
            problems.append(f"entry {index} has {len(lastmod)} lastmod elements")
        if lastmod:
            text = (lastmod[0].text or "").strip()
            if not W3C_DATETIME.match(text):
                problems.append(f"entry {index}: lastmod {text!r} is not W3C Datetime")
            lastmods.append(text)
        else:
            lastmods.append(None)
    if len(set(locs)) != len(locs):
        problems.append("some locations are listed twice")
    print(json.dumps({"kind": kind, "locs": locs, "lastmods": lastmods}, ensure_ascii=False))
    for problem in problems:
        print(problem)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
