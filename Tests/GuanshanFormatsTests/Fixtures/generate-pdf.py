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
  libreoffice-report.pdf  a three-page 公文 written here as OpenDocument, saved as .docx by LibreOffice and
                   that .docx printed to PDF by LibreOffice:
                   a running header and `- n -` page numbers, 一、（一） headings, a table, a two-column
                   section, a paragraph carried over a page break
  scanned-text.pdf a two-page notice as a scanner makes it: each page an image of printed text (drawn by
                   poppler's pdftoppm from a PDF of the text, at 200 dpi), no text layer, for OCR
  truncated.pdf    the first half of notice.pdf's bytes

Run from this folder: python3 generate-pdf.py (reportlab 4 or newer, Pillow, poppler-utils, LibreOffice
and a CJK font, such as Debian's fonts-noto-cjk). LibreOffice stamps its PDF with the time, so that one
differs byte for byte from run to run; its text does not. Written with invariant=1, so the
same script writes the same bytes.
"""
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas
import glob
import os
import subprocess
import shutil
import tempfile

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
# The long words are printed whole again: that is how the reader knows the hyphen is not part of them.
LATIN = ("the text layer of a PDF is read again with the words that a line break hyphenated made whole, "
         "as in this paragraph about internationalization and characterization, and Latin words keep their spaces. "
         "A compound such as well-known keeps its hyphen; hyphenated words are printed whole elsewhere.")
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


SCANNED = [
    ("title", "关于做好冬季安全生产工作的通知"),
    ("heading", "一、提高思想认识"),
    ("paragraph", "冬季是安全事故易发多发期，各单位要切实加强组织领导，落实安全生产责任制，确保人民群众生命财产安全。"
                  "要把安全生产摆在更加突出的位置，做到思想到位、措施到位、责任到位。"),
    ("heading", "二、开展隐患排查"),
    ("paragraph", "各单位要对重点场所、重点设备开展全面检查，发现问题及时整改，不留死角。对排查出的隐患要建立台账，"
                  "明确整改时限和责任人，整改完成后逐项销号。"),
    ("heading", "三、加强应急值守"),
    ("paragraph", "严格执行领导带班和二十四小时值班制度，保持通信畅通，遇有突发事件及时报告、妥善处置。"),
]


def scanned_text(path):
    with tempfile.TemporaryDirectory() as folder:
        printed = os.path.join(folder, "printed.pdf")
        w = Writer(printed)
        for kind, text in SCANNED * 4:
            if kind == "title":
                w.line(text, 18, centred=True)
                w.y -= 12
            elif kind == "heading":
                w.paragraph(text, size=14, indent=False)
            else:
                w.paragraph(text)
        w.save()
        subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", printed, os.path.join(folder, "page")], check=True)
        c = canvas.Canvas(path, pagesize=A4, invariant=1)
        for page in sorted(glob.glob(os.path.join(folder, "page-*.png"))):
            c.drawImage(page, 0, 0, W, H)
            c.showPage()
        c.save()


def libreoffice_report(path):
    """A three-page report written as OpenDocument here, printed to PDF by LibreOffice itself."""
    paras = []

    def p(text, style="Body"):
        paras.append(f'<text:p text:style-name="{style}">{text}</text:p>')

    p("关于加强档案管理工作的报告", "Title")
    p("市人民政府：", "Plain")
    p("现将我局档案管理工作情况报告如下。" + BODY)
    p("一、基本情况", "Heading")
    for n in range(1, 4):
        p(f"第{n}段。" + BODY * 3)
    p("（一）馆藏档案", "Heading")
    p("截至年底，馆藏档案情况见下表。" + BODY)
    paras.append('''<table:table table:name="馆藏"><table:table-column table:number-columns-repeated="3"/>
    <table:table-header-rows><table:table-row><table:table-cell><text:p text:style-name="Plain">类别</text:p></table:table-cell><table:table-cell><text:p text:style-name="Plain">卷数</text:p></table:table-cell><table:table-cell><text:p text:style-name="Plain">备注</text:p></table:table-cell></table:table-row></table:table-header-rows>
    <table:table-row><table:table-cell><text:p text:style-name="Plain">文书档案</text:p></table:table-cell><table:table-cell><text:p text:style-name="Plain">一千二百卷</text:p></table:table-cell><table:table-cell><text:p text:style-name="Plain">已数字化</text:p></table:table-cell></table:table-row>
    <table:table-row><table:table-cell><text:p text:style-name="Plain">科技档案</text:p></table:table-cell><table:table-cell><text:p text:style-name="Plain">三百卷</text:p></table:table-cell><table:table-cell><text:p text:style-name="Plain">待整理</text:p></table:table-cell></table:table-row>
    </table:table>''')
    p("二、存在问题", "Heading")
    for n in range(1, 3):
        p(f"问题{n}。" + BODY * 4)
    paras.append('<text:section text:style-name="TwoColumns" text:name="两栏">')
    p("左栏开头的段落。" + BODY * 3)
    p("接着的段落跨到右栏。" + BODY * 4)
    p("右栏的最后一段。" + BODY)
    paras.append('</text:section>')
    p("三、下一步打算", "Heading")
    for n in range(1, 4):
        p(f"打算{n}。" + BODY * 3)
    p("特此报告。")
    doc = f'''<?xml version="1.0" encoding="UTF-8"?>
    <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
    <office:meta><dc:title>关于加强档案管理工作的报告</dc:title></office:meta>
    <office:font-face-decls><style:font-face style:name="Noto Serif CJK SC" svg:font-family="'Noto Serif CJK SC'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
    <office:styles>
    <style:default-style style:family="paragraph"><style:text-properties style:font-name="Noto Serif CJK SC" style:font-name-asian="Noto Serif CJK SC" fo:font-size="12pt" style:font-size-asian="12pt"/></style:default-style>
    <style:style style:name="Plain" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm"/></style:style>
    <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-indent="24pt" fo:text-align="justify" fo:margin-bottom="0.2cm"/></style:style>
    <style:style style:name="Heading" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
    <style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.5cm"/><style:text-properties fo:font-size="20pt" style:font-size-asian="20pt"/></style:style>
    <style:style style:name="HeaderText" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/></style:style>
    </office:styles>
    <office:automatic-styles>
    <style:style style:name="TwoColumns" style:family="section"><style:section-properties><style:columns fo:column-count="2" fo:column-gap="0.8cm"/></style:section-properties></style:style>
    <style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.8cm" fo:margin-right="2.6cm"/><style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
    </office:automatic-styles>
    <office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4">
    <style:header><text:p text:style-name="HeaderText">某某市档案局文件</text:p></style:header>
    <style:footer><text:p text:style-name="HeaderText">- <text:page-number text:select-page="current"/> -</text:p></style:footer>
    </style:master-page></office:master-styles>
    <office:body><office:text>
    {chr(10).join(paras)}
    </office:text></office:body></office:document>
    '''
    # Saved as .docx by LibreOffice, then that .docx printed to PDF: a Chinese .docx made into a PDF, as
    # most PDFs people share are.
    with tempfile.TemporaryDirectory() as folder:
        source = os.path.join(folder, "libreoffice-report.fodt")
        open(source, "w").write(doc)
        for target, given in [("docx", source), ("pdf", os.path.join(folder, "word", "libreoffice-report.docx"))]:
            out = os.path.join(folder, "word" if target == "docx" else "printed")
            subprocess.run(["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{folder}/profile",
                            "--convert-to", target, "--outdir", out, given], check=True, capture_output=True)
        shutil.move(os.path.join(folder, "printed", "libreoffice-report.pdf"), path)


notice("pdf/notice.pdf")
notice("pdf/encrypted.pdf", encrypt="观山", pages=1)
two_columns("pdf/two-columns.pdf")
headings("pdf/headings.pdf")
scan("pdf/scan.pdf")
scanned_text("pdf/scanned-text.pdf")
libreoffice_report("pdf/libreoffice-report.pdf")
print("notice.pdf ends with:", LATIN_LINES)
data = open("pdf/notice.pdf", "rb").read()
open("pdf/truncated.pdf", "wb").write(data[: len(data) // 2])
