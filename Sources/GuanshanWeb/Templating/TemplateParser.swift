/// A part of a compiled template.
indirect enum TemplateNode: Sendable {
    case text(String)
    case variable(TemplateName, escaped: Bool)
    case section(TemplateName, inverted: Bool, [TemplateNode])
    /// `{{> name}}`, or `{{< name}}` with the blocks it overrides; the indentation of a partial alone on
    /// its line, which each line it writes gets.
    case partial(String, indentation: String?, overrides: [String: [TemplateNode]]?)
    /// `{{$ name}}`: the override of the template that includes this one, else what it holds.
    case block(String, [TemplateNode], indentation: String)
    /// A block's override inside `{{< name}}`, while parsing.
    case blockDefinition(String, [TemplateNode])
}

/// A name as a tag writes it: `.`, `a.b.c`, `.a` (the top scope only), with `empty(…)` around it.
struct TemplateName: Sendable {
    var parts: [Substring]
    /// `.` (parts empty) or `.a`: looked up in the top scope only.
    var isLocal: Bool
    /// `empty(name)`: whether the list is empty.
    var askingEmpty: Bool
}

/// Compiles Mustache (the spec's tags without set delimiters, lambdas or dynamic names; `empty(…)` as
/// swift-mustache writes it), keeping the spec's rules for tags alone on their line exactly as
/// swift-mustache applied them, so that pages are the same byte for byte.
struct TemplateParser {
    struct Failure: Error, CustomStringConvertible {
        var message: String
        var offset: Int
        var description: String { "template: \(message) at character \(offset)" }
    }

    private struct State {
        /// The open section's, block's or parent's name as written, which its end tag must repeat.
        var sectionName: String?
        var newLine = true
        var isPartialDefinition = false
        var isPartialDefinitionTopLevel = false
        var partialDefinitionIndent: [Character]?
    }

    private let text: [Character]
    private var position = 0

    static func parse(_ text: String) throws -> [TemplateNode] {
        var parser = TemplateParser(text: Array(text))
        return try parser.parse(State())
    }

    private init(text: [Character]) {
        self.text = text
    }

    private var atEnd: Bool { position >= text.count }
    private var current: Character { atEnd ? "\0" : text[position] }

    private func fail(_ message: String) -> Failure { Failure(message: message, offset: position) }

    @discardableResult
    private mutating func read(while accepts: (Character) -> Bool) -> [Character] {
        let start = position
        while !atEnd, accepts(text[position]) { position += 1 }
        return Array(text[start..<position])
    }

    private mutating func read(_ string: String) -> Bool {
        let characters = Array(string)
        guard position + characters.count <= text.count, Array(text[position..<position + characters.count]) == characters else { return false }
        position += characters.count
        return true
    }

    private static func isBlank(_ c: Character) -> Bool { c == " " || c == "\t" }

    private mutating func parse(_ start: State) throws -> [TemplateNode] {
        var nodes: [TemplateNode] = []
        var state = start
        var whiteSpaceBefore = ""
        while !atEnd {
            if state.newLine {
                let whiteSpace = read(while: Self.isBlank)
                if state.isPartialDefinition, !state.isPartialDefinitionTopLevel {
                    if let indent = state.partialDefinitionIndent {
                        whiteSpaceBefore = String(whiteSpace.dropFirst(indent.count))
                    } else {
                        state.partialDefinitionIndent = whiteSpace
                    }
                } else {
                    whiteSpaceBefore = String(whiteSpace)
                }
            }
            let text = readUntilTagOrNewline()
            if !atEnd, current.isNewline {
                nodes.append(.text(whiteSpaceBefore + text + String(current)))
                state.newLine = true
                position += 1
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(whiteSpaceBefore + text))
                whiteSpaceBefore = ""
                state.newLine = false
            }
            if atEnd { break }
            var setNewLine = false
            func flushWhiteSpace() {
                if !whiteSpaceBefore.isEmpty {
                    nodes.append(.text(whiteSpaceBefore))
                    whiteSpaceBefore = ""
                }
            }
            switch current {
            case "#", "^":
                let inverted = current == "^"
                position += 1
                let (name, raw) = try parseName()
                if isStandalone(state) { setNewLine = true } else { flushWhiteSpace() }
                var inner = state
                inner.sectionName = raw
                inner.isPartialDefinitionTopLevel = false
                if !setNewLine { inner.newLine = false }
                nodes.append(.section(name, inverted: inverted, try parse(inner)))
            case "/":
                position += 1
                let (_, raw) = try parseName()
                guard raw == state.sectionName else { throw fail("{{/\(raw)}} closes no open {{#\(raw)}}") }
                if !isStandalone(state) { flushWhiteSpace() }
                return nodes
            case "!":
                position += 1
                while !atEnd, !read("}}") { position += 1 }
                setNewLine = isStandalone(state)
            case "{", "&":
                flushWhiteSpace()
                let triple = current == "{"
                position += 1
                let (name, _) = try parseName()
                if triple { guard read("}") else { throw fail("{{{ without }}}") } }
                nodes.append(.variable(name, escaped: false))
            case ">":
                position += 1
                let name = try parsePartialName()
                if !whiteSpaceBefore.isEmpty { nodes.append(.text(whiteSpaceBefore)) }
                if isStandalone(state) {
                    setNewLine = true
                    nodes.append(.partial(name, indentation: whiteSpaceBefore, overrides: nil))
                } else {
                    nodes.append(.partial(name, indentation: nil, overrides: nil))
                }
                whiteSpaceBefore = ""
            case "<":
                position += 1
                let name = try parsePartialName()
                if !whiteSpaceBefore.isEmpty { nodes.append(.text(whiteSpaceBefore)) }
                if isStandalone(state) { setNewLine = true }
                var inner = state
                inner.sectionName = name
                inner.newLine = true
                inner.isPartialDefinition = true
                inner.isPartialDefinitionTopLevel = true
                var overrides: [String: [TemplateNode]] = [:]
                for node in try parse(inner) {
                    switch node {
                    case .blockDefinition(let block, let content): overrides[block] = content
                    case .text: break
                    default: throw fail("only blocks may stand inside {{<\(name)}}")
                    }
                }
                nodes.append(.partial(name, indentation: whiteSpaceBefore, overrides: overrides))
                whiteSpaceBefore = ""
            case "$":
                position += 1
                let (name, raw) = try parseName()
                guard !name.askingEmpty else { throw fail("a block takes no transform") }
                var inner = state
                inner.sectionName = raw
                inner.isPartialDefinitionTopLevel = false
                if state.isPartialDefinitionTopLevel {
                    if isStandalone(state) { setNewLine = true }
                    if !setNewLine { inner.newLine = false }
                    nodes.append(.blockDefinition(raw, try parse(inner)))
                } else {
                    if !whiteSpaceBefore.isEmpty { nodes.append(.text(whiteSpaceBefore)) }
                    if isStandalone(state) { setNewLine = true }
                    if !setNewLine { inner.newLine = false }
                    nodes.append(.block(raw, try parse(inner), indentation: whiteSpaceBefore))
                    whiteSpaceBefore = ""
                }
            case "=", "%":
                throw fail("set delimiters and pragmas are not supported")
            default:
                flushWhiteSpace()
                let (name, _) = try parseName()
                nodes.append(.variable(name, escaped: true))
            }
            state.newLine = setNewLine
        }
        if let open = state.sectionName { throw fail("{{#\(open)}} is never closed") }
        return nodes
    }

    /// The text up to the next `{{` (consumed) or line break (not consumed).
    private mutating func readUntilTagOrNewline() -> String {
        var found: [Character] = []
        while !atEnd {
            let c = text[position]
            if c.isNewline { break }
            if c == "{", read("{{") { break }
            found.append(c)
            position += 1
        }
        return String(found)
    }

    /// Whether the tag just read ends its line (the line break, if any, is then consumed).
    private mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if atEnd { return true }
        var probe = position
        while probe < text.count, Self.isBlank(text[probe]) { probe += 1 }
        guard probe < text.count, text[probe].isNewline else { return false }
        position = probe + 1
        return true
    }

    private static let nameCharacters = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")

    /// A tag's name up to its `}}`, and the name as written (to match a section's end).
    private mutating func parseName() throws -> (TemplateName, String) {
        read(while: \.isWhitespace)
        let raw = String(read { Self.nameCharacters.contains($0) || $0 == "(" || $0 == ")" })
        read(while: \.isWhitespace)
        guard read("}}") else { throw fail("a tag is not closed") }
        var name = raw[...]
        var askingEmpty = false
        if name.hasPrefix("empty("), name.hasSuffix(")") {
            askingEmpty = true
            name = name.dropFirst("empty(".count).dropLast()
        }
        guard !name.contains("("), !name.contains(")") else { throw fail("\(raw): the one transform is empty(…)") }
        if name == "." { return (TemplateName(parts: [], isLocal: true, askingEmpty: askingEmpty), raw) }
        let isLocal = name.first == "."
        let parts = name.split(separator: ".")
        guard !parts.isEmpty else { throw fail("a tag without a name") }
        return (TemplateName(parts: parts, isLocal: isLocal, askingEmpty: askingEmpty), raw)
    }

    private mutating func parsePartialName() throws -> String {
        read(while: \.isWhitespace)
        let name = String(read { Self.nameCharacters.contains($0) || $0 == "/" })
        read(while: \.isWhitespace)
        guard read("}}") else { throw fail("a partial's tag is not closed") }
        guard !name.isEmpty, !name.hasPrefix("*") else { throw fail("a partial needs a name (dynamic names are not supported)") }
        return name
    }
}
