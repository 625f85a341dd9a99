#!/usr/bin/env python3
"""Checks a .docx written by Guanshan's DocxWriter with python-docx, an independent reader.

usage: docx_check.py EXPECTED.json DOCUMENT.docx

EXPECTED is {"title", "author", "items"}, each item either a paragraph {"style" (the style's name),
"text", optional "list": {"format": "bullet" | "decimal", "level"}} or a table {"table": rows of
cell texts, "headerRows"}. The document must have that core title and author, exactly those
paragraphs and tables in that order (empty paragraphs aside), and an A4 page with the margins of
GB/T 9704. Differences are printed; the exit status is 1 when there are any.
"""
import json
import sys

import docx
from docx.oxml.ns import qn
from docx.shared import Mm
from docx.table import Table


def list_format(paragraph, numbering):
    """The numbering format and level of a list paragraph, resolved through numbering.xml."""
    num_pr = paragraph._p.pPr.numPr if paragraph._p.pPr is not None else None
    if num_pr is None:
        return None
    level, num_id = num_pr.ilvl.val, num_pr.numId.val
    num = next(n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == str(num_id))
    abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    abstract = next(a for a in numbering.findall(qn("w:abstractNum")) if a.get(qn("w:abstractNumId")) == abstract_id)
    lvl = next(l for l in abstract.findall(qn("w:lvl")) if l.get(qn("w:ilvl")) == str(level))
    return {"format": lvl.find(qn("w:numFmt")).get(qn("w:val")), "level": level}


def items(document):
    numbering = document.part.numbering_part.element
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            header_rows = sum(1 for row in block.rows if row._tr.trPr is not None and row._tr.trPr.find(qn("w:tblHeader")) is not None)
            yield {"table": [[cell.text for cell in row.cells] for row in block.rows], "headerRows": header_rows}
        elif block.text:
            item = {"style": block.style.name, "text": block.text}
            found = list_format(block, numbering)
            if found:
                item["list"] = found
            yield item


def main():
    with open(sys.argv[1], encoding="utf-8") as file:
        expected = json.load(file)
    document = docx.Document(sys.argv[2])
    problems = []
    core = document.core_properties
    if core.title != expected["title"]:
        problems.append(f"title {core.title!r}, expected {expected['title']!r}")
    if core.author != expected["author"]:
        problems.append(f"author {core.author!r}, expected {expected['author']!r}")
    found = list(items(document))
    for index, (got, want) in enumerate(zip(found, expected["items"])):
        if got != want:
            problems.append(f"item {index}: {got!r}, expected {want!r}")
    if len(found) != len(expected["items"]):
        problems.append(f"{len(found)} items, expected {len(expected['items'])}")
    section = document.sections[0]
    for name, value, millimetres in [("page width", section.page_width, 210), ("page height", section.page_height, 297),
                                     ("top margin", section.top_margin, 37), ("bottom margin", section.bottom_margin, 35),
                                     ("left margin", section.left_margin, 28), ("right margin", section.right_margin, 26)]:
        if abs(value - Mm(millimetres)) > Mm(0.5):
            problems.append(f"{name} {value.mm:.1f} mm, expected {millimetres} mm")
    for problem in problems:
        print(problem)
    sys.exit(1 if problems else 0)


main()
