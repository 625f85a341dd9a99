import GuanshanModel
import Foundation
import GuanshanText

/// The corpus format: one JSON object a line, `{"id": 1, "title": "...", "paragraphs": ["...", ...]}`
/// (or `"text"` instead of `"paragraphs"`), with optional `category`, `tags`, `author` and `created`.
/// Other keys are ignored.
public enum JSONLFormat {
    public static func lines(in data: Data) -> JSONLLines {
        JSONLLines(data: data)
    }

    public static func parse(_ line: JSONLLine, byteLimit: Int = DocumentFormat.defaultByteLimit) throws(FormatError) -> ParsedDocument {
        try parse(line: line.bytes, lineNumber: line.number, byteLimit: byteLimit)
    }

    public static func parse(
        line: some StringProtocol, lineNumber: Int, byteLimit: Int = DocumentFormat.defaultByteLimit
    ) throws(FormatError) -> ParsedDocument {
        try parse(line: Data(line.utf8), lineNumber: lineNumber, byteLimit: byteLimit)
    }

    /// Parses one line, which must be strict UTF-8.
    public static func parse(
        line: Data, lineNumber: Int, byteLimit: Int = DocumentFormat.defaultByteLimit
    ) throws(FormatError) -> ParsedDocument {
        guard line.count <= byteLimit else { throw .tooLarge(line: lineNumber, limit: byteLimit) }
        guard isValidUTF8(line) else { throw .invalidJSON(line: lineNumber, reason: "not valid UTF-8") }
        let record: Record
        do {
            record = try JSONDecoder().decode(Record.self, from: line)
        } catch let error as DecodingError {
            throw formatError(error, line: lineNumber)
        } catch {
            throw .invalidJSON(line: lineNumber, reason: "not valid JSON")
        }
        return try record.document(line: lineNumber)
    }

    private static func isValidUTF8(_ bytes: Data) -> Bool {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    private static func formatError(_ error: DecodingError, line: Int) -> FormatError {
        let context: DecodingError.Context
        switch error {
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .keyNotFound(_, let c), .dataCorrupted(let c):
            context = c
        @unknown default:
            return .invalidJSON(line: line, reason: "not valid JSON")
        }
        guard let field = context.codingPath.first?.stringValue else {
            if case .dataCorrupted = error {
                return .invalidJSON(line: line, reason: "not valid JSON")
            }
            return .invalidJSON(line: line, reason: "the line is not an object")
        }
        return .invalidField(line: line, field: field, reason: Record.expectation(for: field))
    }

    private struct Record: Decodable {
        var id: PositiveID?
        var title: String?
        var paragraphs: [String]?
        var text: String?
        var category: String?
        var tags: [String]?
        var author: String?
        var created: Created?

        /// An integer above 0; anything else (`1.5`, `"7"`, `0`) is a type mismatch at `id`.
        struct PositiveID: Decodable {
            var value: Int64

            init(from decoder: any Decoder) throws {
                let container = try decoder.singleValueContainer()
                guard let value = try? container.decode(Int64.self), value > 0 else {
                    throw DecodingError.typeMismatch(
                        Int64.self, .init(codingPath: decoder.codingPath, debugDescription: "not a positive integer")
                    )
                }
                self.value = value
            }
        }

        enum Created: Decodable {
            case text(String)
            case timestamp(Double)

            init(from decoder: any Decoder) throws {
                let container = try decoder.singleValueContainer()
                if let text = try? container.decode(String.self) {
                    self = .text(text)
                } else {
                    self = .timestamp(try container.decode(Double.self))
                }
            }
        }

        static func expectation(for field: String) -> String {
            switch field {
            case "id": "must be a positive integer"
            case "paragraphs", "tags": "must be an array of strings"
            case "created": "must be an ISO 8601 date or date-time, or a Unix timestamp"
            default: "must be a string"
            }
        }

        func document(line: Int) throws(FormatError) -> ParsedDocument {
            let title = LineJoining.join(LineJoining.lines(of: (title ?? "").removingStrayControls))
            guard !title.isEmpty else { throw .missingField(line: line, field: "title") }
            // Listed paragraphs are kept as they are, even `***`; `text` is read like a plain-text file.
            let body = paragraphs?.flatMap { LineJoining.lines(of: $0.removingStrayControls).map(\.trimmingWhiteSpace) }
                ?? text.map { PlainTextFormat.lineParagraphs($0.removingStrayControls) } ?? []
            let blocks = body.filter { !$0.isEmpty }.map { Block.paragraph([Span($0)]) }
            guard !blocks.isEmpty else { throw .missingField(line: line, field: "paragraphs or text") }
            var date: Date?
            switch created {
            case .text(let text):
                guard let parsed = ISODate.parse(text) else {
                    throw .invalidField(line: line, field: "created", reason: Self.expectation(for: "created"))
                }
                date = parsed
            case .timestamp(let seconds):
                date = Date(timeIntervalSince1970: seconds)
            case nil:
                date = nil
            }
            var seen = Set<String>()
            let tags = (tags ?? []).map(\.trimmingWhiteSpace).filter { !$0.isEmpty && seen.insert($0).inserted }
            return ParsedDocument(
                title: title, blocks: blocks, category: category.flatMap(Self.nonEmpty), tags: tags,
                author: author.flatMap(Self.nonEmpty), created: date, id: id?.value
            )
        }

        private static func nonEmpty(_ text: String) -> String? {
            let trimmed = text.trimmingWhiteSpace
            return trimmed.isEmpty ? nil : trimmed
        }
    }
}
