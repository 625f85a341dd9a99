import GuanshanModel
import Foundation

/// YAML-style front matter between `---` lines at the top of a Markdown file. Only flat
/// `key: value` pairs are read: `title`, `category`, `tags`, `author`, `date` or `created`.
struct MarkdownFrontMatter {
    var title: String?
    var category: String?
    var tags: [String] = []
    var author: String?
    var created: Date?

    /// The front matter at the top of `lines` and how many lines it takes, or nil when the file
    /// has none (no closing `---`, or lines that are not `key: value` pairs or `- item`s).
    static func parse(_ lines: [Substring]) throws(FormatError) -> (matter: MarkdownFrontMatter, lineCount: Int)? {
        guard let first = lines.first, first.trimmingWhiteSpace == "---",
              let close = lines.indices.dropFirst().first(where: { ["---", "..."].contains(lines[$0].trimmingWhiteSpace) })
        else { return nil }
        var matter = MarkdownFrontMatter()
        var key: String?
        for number in 1..<close {
            let line = lines[number]
            let trimmed = line.trimmingWhiteSpace
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if let (name, value) = keyValue(line) {
                key = name
                if !value.isEmpty { try matter.set(name, value, lineNumber: number + 1) }
            } else if trimmed.hasPrefix("- ") || trimmed == "-" {
                if key == "tags" { matter.addTags([String(trimmed.dropFirst())]) }
            } else if !(line.first?.isWhitespace ?? false) {
                return nil
            }
        }
        return (matter, close + 1)
    }

    private static func keyValue(_ line: Substring) -> (String, String)? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let name = line[..<colon]
        let value = line[line.index(after: colon)...]
        guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }),
              value.isEmpty || value.first?.isWhitespace == true
        else { return nil }
        return (name.lowercased(), withoutComment(value.trimmingWhiteSpace))
    }

    /// `value # comment` -> `value`, unless the value is quoted.
    private static func withoutComment(_ value: String) -> String {
        guard !value.hasPrefix("\""), !value.hasPrefix("'"), let hash = value.range(of: " #") else { return value }
        return value[..<hash.lowerBound].trimmingWhiteSpace
    }

    private static func unquoted(_ value: some StringProtocol) -> String {
        let text = value.trimmingWhiteSpace
        if text.count >= 2, let first = text.first, first == "\"" || first == "'", text.last == first {
            return String(text.dropFirst().dropLast()).trimmingWhiteSpace
        }
        return text
    }

    private mutating func set(_ name: String, _ value: String, lineNumber: Int) throws(FormatError) {
        let text = Self.unquoted(value)
        switch name {
        case "title": title = text.isEmpty ? nil : text
        case "category": category = text.isEmpty ? nil : text
        case "author": author = text.isEmpty ? nil : text
        case "tags":
            let list = value.hasPrefix("[") && value.hasSuffix("]") ? value.dropFirst().dropLast() : Substring(value)
            addTags(list.split(whereSeparator: { $0 == "," || $0 == "，" || $0 == "、" }).map(String.init))
        case "date", "created":
            guard let date = ISODate.parse(text) else {
                throw .invalidField(line: lineNumber, field: name, reason: "must be an ISO 8601 date or date-time")
            }
            created = date
        default:
            break
        }
    }

    private mutating func addTags(_ values: [String]) {
        for tag in values.map(Self.unquoted) where !tag.isEmpty && !tags.contains(tag) {
            tags.append(tag)
        }
    }
}
