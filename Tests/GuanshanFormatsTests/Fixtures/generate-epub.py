#!/usr/bin/env python3
"""Writes the EPUB fixtures of epub/ with the standard library's zipfile, each an EPUB laid out as
tools write them (the mimetype entry first and stored, a container pointing at the package):

  book.epub        EPUB 3: metadata (title, author, date, two subjects), a cover marked linear="no", a
                   navigation document in the spine, three chapters in a subfolder with headings, a
                   list, a table, a script and an escaped file name (第%203章.xhtml)
  epub2.epub       EPUB 2: prefixed OPF elements (opf:item), no title in the metadata, so the first heading is
  drm.epub         book.epub with META-INF/encryption.xml naming a chapter: a book under DRM
  fonts.epub       book.epub with an encryption.xml that names only an obfuscated font: readable
  no-package.epub  a zip with a container that points at a package that is not there

Run from this folder: python3 generate-epub.py. Entries carry a fixed date, so the same bytes come out.
"""
import zipfile

DATE = (2026, 12, 1, 0, 0, 0)
CONTAINER = """<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>"""


def chapter(title, body):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">
<head><title>{title}</title><script>alert('epub')</script></head>
<body><h1>{title}</h1>{body}</body></html>"""


CHAPTERS = [
    ("text/ch1.xhtml", chapter("第一章 总则", "<p>为规范公文管理，制定本办法。</p><p>本办法适用于全市各级机关。</p>")),
    ("text/ch2.xhtml", chapter("第二章 收文办理", "<h2>一、签收</h2><ul><li>核对份数</li><li>登记编号</li></ul>"
                                 "<table><tr><th>环节</th><th>时限</th></tr><tr><td>签收</td><td>当日</td></tr></table>")),
    ("text/第 3章.xhtml", chapter("第三章 附则", "<p>本办法自印发之日起施行。</p>")),
]
COVER = ("text/cover.xhtml", chapter("封面", "<p>封面不入正文。</p>"))
NAV = ("nav.xhtml", chapter("目录", '<nav epub:type="toc"><ol><li><a href="text/ch1.xhtml">第一章</a></li></ol></nav>'))


def opf3():
    items = "".join(f'<item id="c{i}" href="{path.replace(" ", "%20")}" media-type="application/xhtml+xml"/>'
                    for i, (path, _) in enumerate(CHAPTERS))
    refs = "".join(f'<itemref idref="c{i}"/>' for i in range(len(CHAPTERS)))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="id">urn:uuid:0</dc:identifier><dc:title>公文管理办法</dc:title><dc:creator>市政府办公室</dc:creator>
    <dc:date>2026-11-30</dc:date><dc:subject>公文</dc:subject><dc:subject>管理办法</dc:subject><dc:language>zh-CN</dc:language>
  </metadata>
  <manifest>
    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
    <item id="cover" href="text/cover.xhtml" media-type="application/xhtml+xml"/>
    <item id="font" href="fonts/a.ttf" media-type="font/ttf"/>{items}
  </manifest>
  <spine><itemref idref="cover" linear="no"/><itemref idref="nav"/>{refs}</spine>
</package>"""


def opf2():
    items = "".join(f'<opf:item id="c{i}" href="{path.replace(" ", "%20")}" media-type="application/xhtml+xml"/>'
                    for i, (path, _) in enumerate(CHAPTERS))
    refs = "".join(f'<opf:itemref idref="c{i}"/>' for i in range(len(CHAPTERS)))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<opf:package xmlns:opf="http://www.idpf.org/2007/opf" version="2.0">
  <opf:metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:language>zh</dc:language></opf:metadata>
  <opf:manifest>{items}</opf:manifest>
  <opf:spine>{refs}</opf:spine>
</opf:package>"""


def encryption(uri):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:enc="http://www.w3.org/2001/04/xmlenc#">
  <enc:EncryptedData><enc:CipherData><enc:CipherReference URI="{uri}"/></enc:CipherData></enc:EncryptedData>
</encryption>"""


def write(path, opf, extra=(), package="OEBPS/content.opf"):
    with zipfile.ZipFile(path, "w") as z:
        def add(name, text, method=zipfile.ZIP_DEFLATED):
            z.writestr(zipfile.ZipInfo(name, DATE), text, compress_type=method)
        add("mimetype", "application/epub+zip", zipfile.ZIP_STORED)
        add("META-INF/container.xml", CONTAINER)
        for name, text in extra:
            add(name, text)
        if opf:
            add(package, opf)
        for name, text in CHAPTERS + [COVER, NAV]:
            add("OEBPS/" + name, text)


write("epub/book.epub", opf3())
write("epub/epub2.epub", opf2())
write("epub/drm.epub", opf3(), [("META-INF/encryption.xml", encryption("OEBPS/text/ch2.xhtml"))])
write("epub/fonts.epub", opf3(), [("META-INF/encryption.xml", encryption("OEBPS/fonts/a.ttf"))])
write("epub/no-package.epub", None)
