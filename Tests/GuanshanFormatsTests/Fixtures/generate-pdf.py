#!/usr/bin/env python3
"""Writes the PDF fixtures of pdf/ with reportlab (PyPI), Chinese set in its built-in STSong-Light CID
font, so that each layout problem the PDF reader solves is in a file of known text:

  notice.pdf       a three-page 公文: a running header and `- n -` page numbers, a centred title in large
                   type, official numbering, first-line indents, a paragraph carried over a page break,
                   a Latin word hyphenated at a line's end
  two-columns.pdf  a title across the page over two columns, a paragraph carried from the first column
                   into the second
  headings.pdf     a title, headings in two sizes larger than the body
  encrypted.pdf    notice's first page behind a password
  scan.pdf         pages of drawn shapes and no text: what a scanner makes
  truncated.pdf    the first half of notice.pdf's bytes

Run from this folder: python3 generate-pdf.py (reportlab 4 or newer). Written with invariant=1, so the
same script writes the same bytes.
"""
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
FONT = "STSong-Light"
W, H = A4
LEFT, RIGHT = 72, W - 72


def wrap(text, size, first_indent=0):
    """Lines of text that fill the width between the margins, the first indented by first_indent points."""
    lines, line, width = [], "", RIGHT - LEFT - first_indent
    for ch in text:
        if pdfmetrics.stringWidth(line + ch, FONT, size) > width:
            lines.append(line)
            line, width = "", RIGHT - LEFT
        line += ch
    if line:
        lines.append(line)
    return lines


def wrap_words(text, size):
    """Latin text filled to the margins word by word, a long word that does not fit hyphenated."""
    lines, line, width = [], "", RIGHT - LEFT
    for word in text.split(" "):
        candidate = (line + " " + word).strip()
        if pdfmetrics.stringWidth(candidate, FONT, size) <= width:
            line = candidate
            continue
        cut = max((i for i in range(2, len(word) - 2)
                   if pdfmetrics.stringWidth((line + " " + word[:i] + "-").strip(), FONT, size) <= width), default=0)
        if cut:
            lines.append((line + " " + word[:cut] + "-").strip())
            line = word[cut:]
        else:
            lines.append(line)
            line = word
    lines.append(line)
    return lines


class Writer:
    def __init__(self, path, header=None, encrypt=None):
        self.c = canvas.Canvas(path, pagesize=A4, invariant=1, encrypt=encrypt)
        self.header, self.page, self.y = header, 0, 0
        self.new_page()

    def new_page(self):
        if self.page:
            self.c.showPage()
        self.page += 1
        self.y = H - 100
        if self.header:
            self.c.setFont(FONT, 9)
            self.c.drawString(LEFT, H - 40, self.header)
            self.c.drawCentredString(W / 2, 36, f"- {self.page} -")

    def line(self, text, size=12, x=LEFT, centred=False):
        if self.y < 80:
            self.new_page()
        self.c.setFont(FONT, size)
        if centred:
            self.c.drawCentredString(W / 2, self.y, text)
        else:
            self.c.drawString(x, self.y, text)
        self.y -= size * 1.6

    def paragraph(self, text, size=12, indent=True):
        for i, line in enumerate(wrap(text, size, 2 * size if indent else 0)):
            self.line(line, size, LEFT + (2 * size if indent and i == 0 else 0))
        self.y -= size * 0.4

    def save(self):
        self.c.save()


BODY = "为进一步加强机关文书管理工作，提高公文处理的规范化、制度化水平，根据有关规定，结合本单位实际，制定本办法。"


# The first words are repeated until a long word of the paragraph falls at a line's end and is hyphenated.
LATIN = ("the text layer of a PDF is read again with the words that a line break hyphenated made whole, "
         "as in this paragraph about internationalization and characterization, and Latin words keep their spaces.")
LATIN_LINES = next(lines for n in range(1, 40)
                   for lines in [wrap_words("Guanshan " + "really " * n + LATIN, 12)] if lines[0].endswith("-"))


def notice(path, encrypt=None, pages=None):
    w = Writer(path, header="某某市人民政府办公室文件", encrypt=encrypt)
    w.y -= 10
    w.line("关于加强公文管理的通知", 18, centred=True)
    w.y -= 12
    for number, heading in enumerate(["一、总体要求", "二、工作措施", "三、保障机制"]):
        w.paragraph(heading, indent=False)
        for n in range(6):
            w.paragraph(f"第{number + 1}.{n + 1}段。" + BODY * (2 + n % 3))
        if pages and w.page >= pages:
            break
    w.y -= 5
    for line in LATIN_LINES:
        w.line(line)
    w.save()


def two_columns(path):
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setFont(FONT, 18)
    c.drawCentredString(W / 2, H - 90, "两栏排版的说明")
    gap, column = 24, (RIGHT - LEFT - 24) / 2
    text = ["左栏第一段：" + BODY * 2, "左栏第二段跨到右栏：" + BODY * 4, "右栏第二段：" + BODY]
    x, y = LEFT, H - 130
    for paragraph in text:
        lines, line = [], ""
        width = column - 24
        for ch in paragraph:
            if pdfmetrics.stringWidth(line + ch, FONT, 11) > width:
                lines.append(line)
                line, width = "", column
            line += ch
        lines.append(line)
        for i, l in enumerate(lines):
            if y < H - 400 and x == LEFT:
                x, y = LEFT + column + gap, H - 130
            c.setFont(FONT, 11)
            c.drawString(x + (22 if i == 0 else 0), y, l)
            y -= 18
        y -= 6
    c.save()


def headings(path):
    w = Writer(path)
    w.line("标题层级示例", 22, centred=True)
    w.y -= 10
    for chapter in ["第一部分 总则", "第二部分 细则"]:
        w.line(chapter, 16)
        for section in ["适用范围", "基本原则"]:
            w.line(section, 14)
            w.paragraph(BODY * 2)
    w.save()


def scan(path):
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    for page in range(2):
        for row in range(30):
            c.rect(LEFT, H - 100 - row * 22, (RIGHT - LEFT) * (0.6 + 0.4 * ((row * 7) % 5) / 5), 10, fill=1)
        c.showPage()
    c.save()


notice("pdf/notice.pdf")
notice("pdf/encrypted.pdf", encrypt="观山", pages=1)
two_columns("pdf/two-columns.pdf")
headings("pdf/headings.pdf")
scan("pdf/scan.pdf")
print("notice.pdf ends with:", LATIN_LINES)
data = open("pdf/notice.pdf", "rb").read()
open("pdf/truncated.pdf", "wb").write(data[: len(data) // 2])
