/// Whether a hyphen at the end of a line belongs to the word (`key-` `bindings`: a compound that the line
/// broke after its hyphen, as word processors do) or was added to break it (`docu-` `ments`: a
/// typesetter's hyphenation). The document's own words decide: a compound printed with its hyphen
/// elsewhere keeps it, a word printed whole elsewhere loses it. Failing both, a chain of compounds
/// (`x-www-` `browser`) keeps it, and otherwise the document's habit does: one that hyphenates (some
/// broken word of it is printed whole elsewhere) loses it, one that does not (Word, WPS and LibreOffice
/// do not, unless asked) keeps it.
struct PDFHyphens {
    /// The runs of letters of every line (`runs`), lowercased.
    private var words: Set<String> = []
    /// Two runs of letters joined by one hyphen within a line (`re-using`), lowercased.
    private var compounds: Set<String> = []
    private var hyphenates = false

    /// The words of `lines`, every line of the document, and whether the line breaks of `paragraphs`
    /// (the lines of each paragraph) show the document to hyphenate.
    init(lines: some Sequence<String>, paragraphs: [[String]]) {
        for line in lines {
            var previous: Substring?
            for run in Self.runs(of: line) {
                words.insert(run.lowercased())
                if let previous, previous.endIndex < line.endIndex, line[previous.endIndex] == "-",
                   line.index(after: previous.endIndex) == run.startIndex {
                    compounds.insert((previous + "-" + run).lowercased())
                }
                previous = run
            }
        }
        hyphenates = paragraphs.contains { lines in
            zip(lines, lines.dropFirst()).contains { line, next in
                guard let (before, after) = Self.broken(line, next) else { return false }
                return words.contains((before + after).lowercased()) && !compounds.contains((before + "-" + after).lowercased())
            }
        }
    }

    /// Whether the hyphen that ends `line` stays when `next` is joined to it; nil when no word is broken
    /// there (the line does not end with a letter and a hyphen, or the next does not start in lowercase).
    func keeps(_ line: String, before next: String) -> Bool? {
        guard let (before, after) = Self.broken(line, next) else { return nil }
        if compounds.contains((before + "-" + after).lowercased()) { return true }
        if words.contains((before + after).lowercased()) { return false }
        if line.unicodeScalars.dropLast(before.unicodeScalars.count + 1).last == "-" { return true }
        return !hyphenates
    }

    /// The letters before a line's final hyphen and those that start the next line, when a word is broken
    /// there.
    private static func broken(_ line: String, _ next: String) -> (Substring, Substring)? {
        guard line.hasSuffix("-"), let first = next.unicodeScalars.first, first.properties.isLowercase else { return nil }
        let head = line.dropLast()
        let before = head[(head.lastIndex { !$0.isLatinLetter }.map { head.index(after: $0) } ?? head.startIndex)...]
        let after = next.prefix { $0.isLatinLetter }
        return before.isEmpty || after.isEmpty ? nil : (before, after)
    }

    /// The runs of letters of cased scripts (Latin, Greek, Cyrillic) in `text`.
    private static func runs(of text: String) -> [Substring] {
        var runs: [Substring] = []
        var index = text.startIndex
        while let start = text[index...].firstIndex(where: \.isLatinLetter) {
            let end = text[start...].firstIndex { !$0.isLatinLetter } ?? text.endIndex
            runs.append(text[start..<end])
            index = end
        }
        return runs
    }
}

private extension Character {
    var isLatinLetter: Bool { isLetter && isCased }
}
