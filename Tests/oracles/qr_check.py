#!/usr/bin/env python3
"""Reads QR codes made by GuanshanQR with independent decoders: zxing-cpp (Python bindings) and zbar
(zbarimg), and checks the symbol's structure against ISO/IEC 18004 on its own.

usage: qr_check.py CASES.json

CASES is a list of codes, each {"name", "bytes" (hex of the content), "level" (L/M/Q/H), "version",
"mask", "rows" (the modules, one string of 0 and 1 a row, 1 dark), optional "svg" (a file holding the
same code drawn as SVG), optional "group" and "forced" (true when the mask was forced, not chosen)}.

For every code: the function patterns, both copies of the format information (BCH-valid, naming the
level and mask) and, from version 7, of the version information (BCH-valid, naming the version) are
where the standard puts them; zxing-cpp reads the content, version, level and mask from the modules
drawn as an image, without correcting a single codeword (but not empty content, which zxing-cpp does
not accept); zbarimg reads the same images (all in one run, a line each in file order) and must print
the content. A code with "svg" is also drawn by rsvg-convert: the picture must show the same modules
with a light quiet zone of 4, and both decoders must read it. For a "group" of codes of one content,
the code whose mask was chosen must be the forced code with the lowest penalty score (rules of §7.8.3,
computed here), the first of equals, module for module. Contents hold no newline.

Problems are printed; the exit status is 1 when there are any. The last line counts what was read.
"""
import json
import os
import subprocess
import sys
import tempfile

import zxingcpp
from PIL import Image

LEVEL_OF_BITS = {0b01: "L", 0b00: "M", 0b11: "Q", 0b10: "H"}
SCALE = 4  # pixels a module in the images given to the decoders
QUIET = 4


def poly_remainder(value, generator):
    """The remainder of value divided by generator, both polynomials over GF(2)."""
    while value.bit_length() >= generator.bit_length():
        value ^= generator << (value.bit_length() - generator.bit_length())
    return value


def format_copies(m):
    """The two 15-bit format words, most significant bit first, as Figure 25 of the standard places them."""
    n = len(m)
    # Around the upper left finder: along row 8 from the left edge, then up column 8 (timing skipped).
    first = [(x, 8) for x in (0, 1, 2, 3, 4, 5, 7, 8)] + [(8, y) for y in (7, 5, 4, 3, 2, 1, 0)]
    # Up from the bottom edge along column 8, then along row 8 to the right edge.
    second = [(8, n - 1 - i) for i in range(7)] + [(n - 8 + i, 8) for i in range(8)]
    words = []
    for places in (first, second):
        word = 0
        for x, y in places:
            word = word << 1 | m[y][x]
        words.append(word)
    return words


def version_copies(m):
    """The two 18-bit version words, most significant bit first (Figure 27)."""
    n = len(m)
    upper_right = lower_left = 0
    for a in range(5, -1, -1):
        for b in range(n - 9, n - 12, -1):
            upper_right = upper_right << 1 | m[a][b]
            lower_left = lower_left << 1 | m[b][a]
    return upper_right, lower_left


def structure_problems(case, m):
    problems = []
    n = len(m)
    version = case["version"]
    if n != 17 + 4 * version or any(len(row) != n for row in m):
        return [f"{n} rows for version {version}"]
    for left, top in ((0, 0), (n - 7, 0), (0, n - 7)):
        for dy in range(-1, 8):
            for dx in range(-1, 8):
                x, y = left + dx, top + dy
                if 0 <= x < n and 0 <= y < n:
                    ring = max(abs(dx - 3), abs(dy - 3))
                    if m[y][x] != (ring in (0, 1, 3)):
                        problems.append(f"finder pattern at ({left},{top}) wrong at ({x},{y})")
    for i in range(8, n - 8):
        if m[6][i] != (i % 2 == 0) or m[i][6] != (i % 2 == 0):
            problems.append(f"timing pattern wrong at {i}")
    if not m[n - 8][8]:
        problems.append("the dark module is light")
    first, second = format_copies(m)
    if first != second:
        problems.append(f"format copies differ: {first:015b} {second:015b}")
    unmasked = first ^ 0b101010000010010
    if poly_remainder(unmasked, 0b10100110111) != 0:
        problems.append(f"format word {first:015b} fails its BCH check")
    level, mask = LEVEL_OF_BITS[unmasked >> 13], unmasked >> 10 & 7
    if (level, mask) != (case["level"], case["mask"]):
        problems.append(f"format says {level} mask {mask}, expected {case['level']} mask {case['mask']}")
    if version >= 7:
        upper_right, lower_left = version_copies(m)
        if upper_right != lower_left:
            problems.append(f"version copies differ: {upper_right:018b} {lower_left:018b}")
        if poly_remainder(upper_right, 0b1111100100101) != 0 or upper_right >> 12 != version:
            problems.append(f"version word {upper_right:018b} is not version {version}")
    return problems


def penalty(m):
    """The four penalty rules of §7.8.3 (Table 11), the quiet zone light."""
    n = len(m)
    lines = [list(row) for row in m] + [[m[y][x] for y in range(n)] for x in range(n)]
    score = 0
    for line in lines:
        run = 1
        for i in range(1, n + 1):
            if i < n and line[i] == line[i - 1]:
                run += 1
            else:
                if run >= 5:
                    score += 3 + run - 5
                run = 1
        padded = "0000" + "".join("1" if v else "0" for v in line) + "0000"
        for pattern in ("00001011101", "10111010000"):
            start = padded.find(pattern)
            while start != -1:
                score += 40
                start = padded.find(pattern, start + 1)
    for y in range(n - 1):
        for x in range(n - 1):
            if m[y][x] == m[y][x + 1] == m[y + 1][x] == m[y + 1][x + 1]:
                score += 3
    dark = sum(sum(row) for row in m)
    percent = dark * 100 / (n * n)
    score += 10 * int(abs(percent - 50) // 5)
    return score


def image_of(m):
    """The modules as a grayscale picture, SCALE pixels a module, with the light quiet zone."""
    n = len(m)
    side = n + 2 * QUIET
    light_row = b"\xff" * side
    rows = [light_row] * QUIET
    rows += [b"\xff" * QUIET + bytes(0 if dark else 255 for dark in row) + b"\xff" * QUIET for row in m]
    rows += [light_row] * QUIET
    image = Image.frombytes("L", (side, side), b"".join(rows))
    return image.resize((side * SCALE, side * SCALE), Image.NEAREST)


def zxing_problems(case, image, what):
    if not case["bytes"]:
        return []  # zxing-cpp reports a code with no content as unreadable (and will not make one): zbar alone reads it
    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    if len(found) != 1:
        return [f"zxing-cpp found {len(found)} codes in the {what}"]
    code = found[0]
    problems = []
    if code.bytes != bytes.fromhex(case["bytes"]):
        problems.append(f"zxing-cpp read {code.bytes[:60]!r}… from the {what}")
    if "text" in case and code.text != case["text"]:
        problems.append(f"zxing-cpp read the text {code.text[:60]!r}… from the {what}")
    extra = code.extra
    said = (extra.get("Version"), extra.get("ECLevel"), extra.get("DataMask"))
    if said != (str(case["version"]), case["level"], case["mask"]):
        problems.append(f"zxing-cpp says version, level, mask {said} in the {what}")
    if extra.get("UEC") != 1.0:
        # The share of error correction capacity left unused, in the worst block: 1 when no codeword
        # needed correcting, so that the error correction codewords are the right ones for the data.
        problems.append(f"zxing-cpp had to correct errors in the {what} (unused error correction {extra.get('UEC')})")
    return problems


def zbar_read(paths):
    """zbarimg's lines for the images in one run (each code's content ends with a newline)."""
    result = subprocess.run(["zbarimg", "--nodbus", "--raw", "-q", *paths], capture_output=True)
    return result.stdout


def main():
    with open(sys.argv[1], encoding="utf-8") as file:
        cases = json.load(file)
    problems = []
    images = []
    with tempfile.TemporaryDirectory() as folder:
        for index, case in enumerate(cases):
            name = case["name"]
            m = [[c == "1" for c in row] for row in case["rows"]]
            case["matrix"] = m
            problems += [f"{name}: {p}" for p in structure_problems(case, m)]
            image = image_of(m)
            problems += [f"{name}: {p}" for p in zxing_problems(case, image, "modules")]
            path = os.path.join(folder, f"{index}.png")
            image.save(path)
            images.append((case, path))
            if "svg" in case:
                side = (len(m) + 2 * QUIET) * SCALE
                drawn = os.path.join(folder, f"{index}-svg.png")
                subprocess.run(["rsvg-convert", "-w", str(side), "-h", str(side), "-b", "white", "-o", drawn, case["svg"]], check=True)
                picture = Image.open(drawn).convert("L")
                pixels = picture.load()
                wrong = [
                    (x, y) for y in range(-QUIET, len(m) + QUIET) for x in range(-QUIET, len(m) + QUIET)
                    if (pixels[(x + QUIET) * SCALE + 1, (y + QUIET) * SCALE + 1] < 128)
                    != (0 <= x < len(m) and 0 <= y < len(m) and m[y][x])
                ]
                if wrong:
                    problems.append(f"{name}: the SVG drawn shows {len(wrong)} modules wrong, first {wrong[:3]}")
                problems += [f"{name}: {p}" for p in zxing_problems(case, picture, "SVG")]
                images.append((case, drawn))
        expected = b"".join(bytes.fromhex(case["bytes"]) + b"\n" for case, _ in images)
        if zbar_read([path for _, path in images]) != expected:
            for case, path in images:
                got = zbar_read([path])
                if got != bytes.fromhex(case["bytes"]) + b"\n":
                    problems.append(f"{case['name']}: zbarimg read {got[:60]!r}… from {os.path.basename(path)}")

    groups = {}
    for case in cases:
        if "group" in case:
            groups.setdefault(case["group"], []).append(case)
    for group, members in groups.items():
        forced = {case["mask"]: case for case in members if case.get("forced")}
        chosen = [case for case in members if not case.get("forced")]
        if sorted(forced) != list(range(8)) or len(chosen) != 1:
            problems.append(f"group {group}: needs the 8 forced masks and the chosen one")
            continue
        scores = {mask: penalty(case["matrix"]) for mask, case in forced.items()}
        best = min(range(8), key=lambda mask: (scores[mask], mask))
        if chosen[0]["mask"] != best:
            problems.append(f"group {group}: mask {chosen[0]['mask']} chosen, penalties {scores} give {best}")
        elif chosen[0]["rows"] != forced[best]["rows"]:
            problems.append(f"group {group}: the chosen code differs from the one forced to mask {best}")

    for problem in problems:
        print(problem)
    print(f"{len(cases)} codes, {len(images)} images, {len(groups)} mask groups read; {len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
