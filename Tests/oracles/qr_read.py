#!/usr/bin/env python3
"""Reads the QR code in each SVG image as a browser would show it: drawn by rsvg-convert, then read by
two independent decoders, zbar (zbarimg) and zxing-cpp.

usage: qr_read.py IMAGE.svg…

Prints one JSON object: for each image, {"zbar": [texts], "zxing": [texts]} (an empty list when a
decoder finds no code). Exits 1 when an image could not be drawn.
"""
import json
import os
import subprocess
import sys
import tempfile

import zxingcpp
from PIL import Image


def main():
    found = {}
    with tempfile.TemporaryDirectory() as folder:
        for index, path in enumerate(sys.argv[1:]):
            drawn = os.path.join(folder, f"{index}.png")
            # A browser shows the code at 132 CSS pixels; 2x for a phone's screen, on white.
            result = subprocess.run(["rsvg-convert", "-w", "264", "-h", "264", "-b", "white", "-o", drawn, path], capture_output=True)
            if result.returncode != 0:
                print(f"{path}: rsvg-convert failed: {result.stderr.decode(errors='replace')}", file=sys.stderr)
                sys.exit(1)
            zbar = subprocess.run(["zbarimg", "--nodbus", "--raw", "-q", drawn], capture_output=True).stdout.decode("utf-8")
            codes = zxingcpp.read_barcodes(Image.open(drawn).convert("L"), formats=zxingcpp.BarcodeFormat.QRCode)
            found[path] = {
                "zbar": [line for line in zbar.split("\n") if line],
                "zxing": [code.text for code in codes],
            }
    print(json.dumps(found, ensure_ascii=False))


if __name__ == "__main__":
    main()
