#!/usr/bin/env python3
"""Writes the office fixtures of office/: a slide deck with python-pptx, a workbook with openpyxl, and
the older and open formats of them and of docx/libreoffice-notice.fodt written by LibreOffice itself
(soffice --convert-to), as people's files are:

  notice.doc, notice.rtf, notice.odt    the LibreOffice notice (a 公文 with numbering and a table)
  slides.pptx, slides.ppt, slides.odp   three slides, each a title and points
  sheets.xlsx, sheets.xls, sheets.ods   two sheets of a small table each

Run from this folder: python3 generate-office.py (python-pptx, openpyxl, LibreOffice). LibreOffice
stamps its files with the time, so its outputs differ byte for byte from run to run; their text does not.
"""
import os, shutil, subprocess, tempfile
from openpyxl import Workbook
from pptx import Presentation
from pptx.util import Pt

SLIDES = [
    ("观山文库简介", ["长文档的在线文库", "分页阅读，精确检索"]),
    ("导入的格式", ["Word、PDF、EPUB", "演示文稿与电子表格"]),
    ("部署方式", ["一个 SQLite 文件", "或多节点 PostgreSQL"]),
]

deck = Presentation()
for title, points in SLIDES:
    slide = deck.slides.add_slide(deck.slide_layouts[1])
    slide.shapes.title.text = title
    body = slide.placeholders[1].text_frame
    body.text = points[0]
    for point in points[1:]:
        body.add_paragraph().text = point
    for paragraph in body.paragraphs:
        for run in paragraph.runs:
            run.font.size = Pt(24)
deck.save("office/slides.pptx")

book = Workbook()
sheet = book.active
sheet.title = "收文登记"
for row in [("编号", "标题", "日期"), ("1", "关于开放时间的通知", "2026-12-01"), ("2", "年度工作计划", "2026-12-02")]:
    sheet.append(row)
other = book.create_sheet("人员")
for row in [("姓名", "部门"), ("张三", "办公室"), ("李四", "档案室")]:
    other.append(row)
book.save("office/sheets.xlsx")


def convert(source, target, name):
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{folder}/profile",
                        "--convert-to", target, "--outdir", folder, source], check=True, capture_output=True)
        produced = os.path.join(folder, os.path.splitext(os.path.basename(source))[0] + "." + target.split(":")[0])
        shutil.move(produced, os.path.join("office", name))


for target in ["doc", "rtf", "odt"]:
    convert("docx/libreoffice-notice.fodt", target, "notice." + target)
for target in ["ppt", "odp"]:
    convert("office/slides.pptx", target, "slides." + target)
for target in ["xls", "ods"]:
    convert("office/sheets.xlsx", target, "sheets." + target)
