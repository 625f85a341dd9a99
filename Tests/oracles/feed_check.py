#!/usr/bin/env python3
"""Reads a Guanshan feed with feedparser, the parser most feed readers are built on or tested against.

usage: feed_check.py FEED.xml atom|rss BASE_URL OFFSET

The feed must parse without complaint (not bozo) as Atom 1.0 or RSS 2.0, with at most 50 entries; the
feed and every entry must link to absolute URLs under BASE_URL; every entry needs a title, an id, an
author, a summary and a publication time (and for Atom an update time) written with the time zone
OFFSET (`+08:00`). Prints what it read as JSON (titles, links, ids, authors, categories, summaries and
times as Unix seconds) for the test to compare with the library; problems go to the output and make
the exit status 1.
"""
import calendar
import json
import sys
from urllib.parse import urlparse

import feedparser


def main():
    path, kind, base, offset = sys.argv[1:5]
    with open(path, "rb") as file:
        data = file.read()
    feed = feedparser.parse(data)
    problems = []
    if feed.bozo:
        problems.append(f"not well-formed: {feed.bozo_exception!r}")
    expected_version = {"atom": "atom10", "rss": "rss20"}[kind]
    if feed.version != expected_version:
        problems.append(f"version {feed.version!r}, expected {expected_version}")
    if len(feed.entries) > 50:
        problems.append(f"{len(feed.entries)} entries, more than 50")

    def absolute(url, what):
        parts = urlparse(url or "")
        if not (parts.scheme in ("http", "https") and parts.netloc and url.startswith(base + "/")):
            problems.append(f"{what}: {url!r} is not an absolute URL under {base}")

    absolute(feed.feed.get("link"), "feed link")
    if not feed.feed.get("title"):
        problems.append("the feed has no title")
    zone_written = offset if kind == "atom" else offset.replace(":", "")
    entries = []
    for index, entry in enumerate(feed.entries):
        where = f"entry {index}"
        absolute(entry.get("link"), f"{where} link")
        for field in ("title", "id", "author", "summary", "published"):
            if not entry.get(field):
                problems.append(f"{where} has no {field}")
        if entry.get("id") != entry.get("link"):
            problems.append(f"{where}: id {entry.get('id')!r} is not its link")
        times = [("published", "published_parsed")] + ([("updated", "updated_parsed")] if kind == "atom" else [])
        for text_field, parsed_field in times:
            if entry.get(parsed_field) is None:
                problems.append(f"{where}: {text_field} {entry.get(text_field)!r} does not parse")
            elif not entry.get(text_field, "").endswith(zone_written):
                problems.append(f"{where}: {text_field} {entry.get(text_field)!r} is not written in {zone_written}")
        entries.append({
            "title": entry.get("title"),
            "link": entry.get("link"),
            "id": entry.get("id"),
            "author": entry.get("author"),
            "categories": [tag.get("label") or tag.get("term") for tag in entry.get("tags", [])],
            "summary": entry.get("summary"),
            "published": calendar.timegm(entry.published_parsed) if entry.get("published_parsed") else None,
            "updated": calendar.timegm(entry.updated_parsed) if entry.get("updated_parsed") else None,
        })
    print(json.dumps({"title": feed.feed.get("title"), "link": feed.feed.get("link"), "entries": entries}, ensure_ascii=False))
    for problem in problems:
        print(problem)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
