"""What the table generators of Scripts/ share: records of hex numbers as a Swift string literal."""


def literal(records):
    """Records (lists of numbers) as the lines of a Swift multi-line string: numbers in hex joined by
    commas, records separated by spaces, lines of at most 116 characters, indented for a static let."""
    text = " ".join(",".join("%X" % n for n in r) for r in records)
    lines, line = [], ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > 116:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return '"""\n' + "".join(f"        {l}\n" for l in lines) + '        """'
