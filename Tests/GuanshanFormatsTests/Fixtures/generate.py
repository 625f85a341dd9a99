#!/usr/bin/env python3
"""Writes the encoding fixtures of GuanshanFormatsTests. Run from this folder: python3 generate.py"""

NOTICE = ("观山文库开放时间\r\n"
          "\r\n"
          "　　本馆周一至周五上午八时开馆，晚上九时闭馆。\r\n"
          "　　周末及法定节假日上午九时开馆，下午五时闭馆。\r\n")
RARE = "　　欧元符号€、韩元符号₩、生僻字𠀀与𪚥都能正确显示。\r\n"

def write(name, data):
    with open(name, "wb") as f:
        f.write(data)

def fails(data, encoding):
    try:
        data.decode(encoding)
        return False
    except UnicodeDecodeError:
        return True

write("notice-gb18030.txt", (NOTICE + RARE).encode("gb18030"))
write("notice-utf16le-bom.txt", (NOTICE + RARE).encode("utf-16-le").join([b"\xff\xfe", b""]))
write("notice-utf16be-bom.txt", (NOTICE + RARE).encode("utf-16-be").join([b"\xfe\xff", b""]))
write("notice-utf8-bom.txt", (NOTICE + RARE).encode("utf-8-sig"))

invalid = "本馆通知：".encode("utf-8") + b"\x81\x20\xff" + "暂停开放".encode("utf-8")
assert fails(invalid, "utf-8") and fails(invalid, "gb18030")
write("invalid.txt", invalid)

write("binary.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00")

# A real page (LibreOffice 7.4 help, zh-CN, MPL-2.0, from Debian's libreoffice-help-zh-cn) saved as GBK.
with open("libreoffice-help-tabs.html", encoding="utf-8") as f:
    page = f.read()
gbk = page.replace("charset=utf-8", "charset=gbk").encode("gb18030")
assert fails(gbk, "utf-8")
write("libreoffice-help-tabs-gbk.html", gbk)
