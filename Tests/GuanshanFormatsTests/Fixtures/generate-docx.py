#!/usr/bin/env python3
"""Writes the .docx fixtures of GuanshanFormatsTests into docx/. Run from this folder: python3 generate-docx.py
Needs python-docx (pip install python-docx). The hostile archives are built byte by byte with zipfile and struct."""

import io
import shutil
import subprocess
import tempfile
import struct
import zipfile
import zlib

import docx
from docx.enum.text import WD_BREAK

OUT = "docx/"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' \
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
FIXED_TIME = (2024, 3, 1, 8, 30, 0)


def write(name, data):
    with open(OUT + name, "wb") as f:
        f.write(data)


def package(parts, compression=zipfile.ZIP_DEFLATED):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as z:
        for name, content in parts.items():
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = compression
            z.writestr(info, content.encode("utf-8") if isinstance(content, str) else content)
    return buffer.getvalue()


def document(body):
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{body}</w:body></w:document>'


def p(text, style=None, num=None):
    ppr = ""
    if style or num:
        ppr = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "")
        ppr += (f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>' if num else "") + "</w:pPr>"
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


MINIMAL = {"[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'}

# A Chinese official notice, written by hand so that every part is exactly what Word writes.
STYLES = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}>
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="20"><w:name w:val="标题 2"/><w:basedOn w:val="a"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="my3"><w:name w:val="My Level Three"/><w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Title"/><w:basedOn w:val="a"/></w:style>
<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/></w:style>
<w:style w:type="paragraph" w:styleId="Code"><w:name w:val="Code"/></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/></w:style>
<w:style w:type="character" w:styleId="CodeChar"><w:name w:val="Code Char"/></w:style>
<w:style w:type="character" w:styleId="a5"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="loop1"><w:name w:val="Loop One"/><w:basedOn w:val="loop2"/></w:style>
<w:style w:type="paragraph" w:styleId="loop2"><w:name w:val="Loop Two"/><w:basedOn w:val="loop1"/></w:style>
</w:styles>'''


def level(ilvl, fmt, text, start=1, suff=None):
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            + (f'<w:suff w:val="{suff}"/>' if suff else "") + f'<w:lvlText w:val="{text}"/></w:lvl>')


NUMBERING = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W}>
<w:abstractNum w:abstractNumId="0">{level(0, "chineseCounting", "%1、", suff="nothing")}{level(1, "chineseCounting", "（%2）", suff="nothing")}{level(2, "decimal", "%3.", suff="nothing")}</w:abstractNum>
<w:abstractNum w:abstractNumId="1">{level(0, "bullet", "•")}{level(1, "bullet", "◦")}</w:abstractNum>
<w:abstractNum w:abstractNumId="2">{level(0, "decimal", "%1.")}</w:abstractNum>
<w:abstractNum w:abstractNumId="3">{level(0, "ideographTraditional", "%1、", suff="nothing")}{level(1, "lowerLetter", "%2)", start=3)}</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
<w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num>
</w:numbering>'''

RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>
<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://lib.example.cn/rules" TargetMode="External"/>
<Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="file:///etc/passwd" TargetMode="External"/>
<Relationship Id="rId11" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="javascript:alert(1)" TargetMode="External"/>
</Relationships>'''

FOOTNOTES = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes {W}>
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
<w:footnote w:id="7"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> 见《观山文库借阅规则》第三条。</w:t></w:r></w:p></w:footnote>
</w:footnotes>'''

CORE = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:creator>办公室</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2024-03-01T00:30:00Z</dcterms:created>
</cp:coreProperties>'''

IMAGE = ('<w:r><w:drawing><wp:inline><wp:docPr id="1" name="图片 1" descr="阅览室平面图"/></wp:inline></w:drawing></w:r>')

NOTICE_BODY = "".join([
    p("关于调整观山文库开放时间的通知", "a3"),
    p("各部门："),
    '<w:p><w:r><w:t xml:space="preserve">为更好地服务读者，经研究决定调整开放时间</w:t></w:r>'
    '<w:r><w:footnoteReference w:id="7"/></w:r><w:r><w:t>。</w:t></w:r></w:p>',
    p("总体要求", "1"),
    p("开放时间", "20"),
    p("周一至周五上午八时开馆。", num=("1", 2)),
    '<w:p><w:pPr><w:numPr><w:ilvl w:val="2"/><w:numId w:val="1"/></w:numPr></w:pPr>'
    '<w:r><w:rPr><w:b/></w:rPr><w:t>周末</w:t></w:r><w:r><w:t>上午九时开馆，</w:t></w:r>'
    '<w:r><w:rPr><w:i/></w:rPr><w:t>节假日</w:t></w:r><w:r><w:rPr><w:u w:val="single"/></w:rPr><w:t>另行通知</w:t></w:r>'
    '<w:r><w:rPr><w:rStyle w:val="a5"/></w:rPr><w:t>。</w:t></w:r></w:p>',
    p("借阅规则", "20"),
    p("每人限借五册。", num=("1", 2)),
    p("工作要求", "1"),
    '<w:p><w:r><w:t>详见</w:t></w:r><w:hyperlink r:id="rId9"><w:r><w:t>借阅规则</w:t></w:r></w:hyperlink>'
    '<w:hyperlink r:id="rId10"><w:r><w:t>，本地文件</w:t></w:r></w:hyperlink>'
    '<w:hyperlink r:id="rId11"><w:r><w:t>，脚本</w:t></w:r></w:hyperlink><w:r><w:t>。</w:t></w:r></w:p>',
    f'<w:p>{IMAGE}</w:p>',
    '<w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:p><w:r><w:t>日期</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>时间</w:t></w:r></w:p></w:tc></w:tr>'
    '<w:tr><w:tc><w:p><w:r><w:t>周一至周五</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>8:00</w:t></w:r></w:p><w:p><w:r><w:t>21:00</w:t></w:r></w:p></w:tc></w:tr></w:tbl>',
    p("第一项", "ListParagraph", ("2", 0)),
    p("第一项的细节", "ListParagraph", ("2", 1)),
    p("步骤一", "ListParagraph", ("3", 0)),
    p("步骤二", "ListParagraph", ("3", 0)),
    p("重新开始", "ListParagraph", ("4", 0)),
    p("甲项", num=("5", 0)),
    p("子项", num=("5", 1)),
    p("乙项", num=("5", 0)),
    p("三级标题", "my3"),
    p("循环样式也能读", "loop1"),
    p("读书使人进步。", "Quote"),
    '<w:p><w:pPr><w:pStyle w:val="Code"/></w:pPr><w:r><w:t xml:space="preserve">guanshan import  文件夹</w:t></w:r><w:r><w:br/></w:r>'
    '<w:r><w:t>guanshan serve</w:t></w:r></w:p>',
    '<w:p><w:r><w:t>运行</w:t></w:r><w:r><w:rPr><w:rStyle w:val="CodeChar"/></w:rPr><w:t>guanshan</w:t></w:r>'
    '<w:r><w:rPr><w:rFonts w:ascii="Consolas" w:hAnsi="Consolas"/></w:rPr><w:t> --help</w:t></w:r></w:p>',
    '<w:p><w:r><w:t>第一行</w:t></w:r><w:r><w:br/></w:r><w:r><w:t>第二行</w:t></w:r><w:r><w:br w:type="page"/></w:r><w:r><w:t>同一行</w:t></w:r></w:p>',
    '<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏文字</w:t></w:r><w:r><w:t>特此通知。</w:t></w:r></w:p>',
    '<w:sectPr/>',
])

CONTENT_TYPES = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>'''
PACKAGE_RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>'''

write("notice.docx", package({
    "[Content_Types].xml": CONTENT_TYPES,
    "_rels/.rels": PACKAGE_RELS,
    "word/document.xml": document(NOTICE_BODY),
    "word/styles.xml": STYLES,
    "word/numbering.xml": NUMBERING,
    "word/_rels/document.xml.rels": RELS,
    "word/footnotes.xml": FOOTNOTES,
    "docProps/core.xml": CORE,
}))

# A document as python-docx writes it, from its own template (English style names, real Word parts).
d = docx.Document()
d.core_properties.title = "读书月活动方案"
d.core_properties.author = "观山文库"
d.add_heading("活动目的", level=1)
para = d.add_paragraph("营造")
para.add_run("良好").bold = True
para.add_run("的读书")
para.add_run("氛围").italic = True
para.add_run("。")
d.add_heading("活动安排", level=2)
d.add_paragraph("第一周：好书推荐。", style="List Bullet")
d.add_paragraph("第二周：读书分享。", style="List Bullet")
line = d.add_paragraph("报名截止：三月十日")
line.add_run().add_break()
line.add_run("联系人：王老师")
line.add_run().add_break(WD_BREAK.PAGE)
table = d.add_table(rows=2, cols=2)
table.rows[0].cells[0].text, table.rows[0].cells[1].text = "周次", "内容"
table.rows[1].cells[0].text, table.rows[1].cells[1].text = "一", "好书推荐"
d.add_paragraph("不忘初心。", style="Quote")
buffer = io.BytesIO()
d.save(buffer)
write("python-docx.docx", buffer.getvalue())

# Hostile and broken archives.
write("bomb.docx", package({**MINIMAL, "word/document.xml": b"\0" * (100 << 20)}))
write("many-entries.docx", package({**MINIMAL, **{f"word/media/{i}.txt": "" for i in range(1500)},
                                    "word/document.xml": document(p("正文"))}))
write("nested-zip.docx", package({**MINIMAL, "word/document.xml": document(p("外层正文")),
                                  "word/embeddings/inner.zip": package({"a.txt": b"\0" * (10 << 20)})}))
write("xxe.docx", package({**MINIMAL, "word/document.xml":
    '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    f'<w:document {W}><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>'}))
laughs = "".join(f'<!ENTITY lol{i} "{"&lol%d;" % (i - 1) * 10}">' for i in range(1, 10))
write("billion-laughs.docx", package({**MINIMAL, "word/document.xml":
    f'<?xml version="1.0"?><!doctype lolz [<!ENTITY lol0 "lol">{laughs}]>'
    f'<w:document {W}><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>'}))
write("utf7.docx", package({**MINIMAL, "word/document.xml":
    '<?xml version="1.0" encoding="UTF-7"?>+ADw-+ACE-DOCTYPE x+AD4-' + document(p("x"))[39:]}))
write("deep.docx", package({**MINIMAL, "word/document.xml": document("<w:sdt><w:sdtContent>" * 1000 + p("深处"))}))
write("html.docx", "<!DOCTYPE html><html><body><p>这其实是网页</p></body></html>".encode("utf-8"))
whole = package({**MINIMAL, "word/document.xml": document(p("正文" * 2000))})
write("truncated.docx", whole[: len(whole) // 2])
write("empty.docx", package({}))
write("no-document.docx", package({**MINIMAL, "word/styles.xml": STYLES}))

# Headers that lie: the central directory says 100 bytes inflate from the entry; 40 MB do.
lying = bytearray(package({**MINIMAL, "word/document.xml": document(p("x" * (40 << 20)))}))
cd = lying.rfind(b"PK\x01\x02")
struct.pack_into("<I", lying, cd + 24, 100)
write("lying-sizes.docx", bytes(lying))

# A deflate stream that never ends: a stored block that claims to run past the end of the file.
endless = b"\x00" + struct.pack("<HH", 0xFFFF, 0x0000) + b"<w:document"
name = b"word/document.xml"
header = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, 0, len(endless), 0xFFFF, len(name), 0) + name
central = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0, 0, len(endless), 0xFFFF, len(name),
                      0, 0, 0, 0, 0, 0) + name
eocd = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, len(central), len(header) + len(endless), 0)
write("endless-stream.docx", header + endless + central + eocd)

# Real Word numbering and styles as LibreOffice writes them, from an OpenDocument source kept beside
# the fixtures. Needs LibreOffice (apt-get install --no-install-recommends libreoffice-writer-nogui).
with tempfile.TemporaryDirectory() as folder:
    subprocess.run(["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{folder}/profile",
                    "--convert-to", "docx:MS Word 2007 XML", "--outdir", folder, OUT + "libreoffice-notice.fodt"],
                   check=True, capture_output=True)
    shutil.copy(folder + "/libreoffice-notice.docx", OUT + "libreoffice-notice.docx")
