/// Whether the first line of a plain-text file is the document's title.
enum TitleLine {
    static let maximumLength = 40

    /// A short line that does not end a sentence and does not start with official numbering,
    /// which would make it part of the body.
    static func isTitle(_ line: String) -> Bool {
        guard !line.isEmpty, line.count <= maximumLength, let last = line.unicodeScalars.last else { return false }
        return !endings.contains(last) && !OfficialNumbering.starts(line)
    }

    private static let endings: Set<Unicode.Scalar> = ["。", "！", "？", "；", "，", "：", "…", ".", "!", "?", ";", ",", ":"]
}
