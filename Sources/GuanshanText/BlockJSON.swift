/// Reads the stored JSON of a document's blocks (what `Block`'s `Encodable` writes) straight into
/// blocks. Every reading page reads its whole document, and Foundation's `JSONDecoder` took two thirds
/// of that read: it builds a tree of the JSON first and then decodes through keyed containers. This
/// reads the bytes once. It takes what `Block+Codable` takes and refuses what it refuses: keys in any
/// order, unknown keys skipped, `null` for an optional, any JSON escape.
public enum BlockJSON {
    public struct Malformed: Error, CustomStringConvertible {
        public var offset: Int
        public var reason: String
        public var description: String { "stored blocks: \(reason) at byte \(offset)" }
    }

    public static func decode(_ text: String) throws -> [Block] {
        var text = text
        return try text.withUTF8 { bytes in
            var reader = Reader(bytes: bytes)
            let blocks = try reader.array { reader in try reader.block() }
            reader.skipSpace()
            guard reader.atEnd else { throw reader.fail("text after the blocks") }
            return blocks
        }
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0

        var atEnd: Bool { position >= bytes.count }

        func fail(_ reason: String) -> Malformed { Malformed(offset: position, reason: reason) }

        mutating func skipSpace() {
            while position < bytes.count {
                switch bytes[position] {
                case 0x20, 0x09, 0x0A, 0x0D: position += 1
                default: return
                }
            }
        }

        mutating func expect(_ byte: UInt8) throws {
            skipSpace()
            guard position < bytes.count, bytes[position] == byte else { throw fail("expected \(Character(Unicode.Scalar(byte)))") }
            position += 1
        }

        /// Whether the next byte (after space) is `byte`, consuming it if so.
        mutating func take(_ byte: UInt8) -> Bool {
            skipSpace()
            guard position < bytes.count, bytes[position] == byte else { return false }
            position += 1
            return true
        }

        mutating func array<T>(_ element: (inout Reader) throws -> T) throws -> [T] {
            try expect(UInt8(ascii: "["))
            var items: [T] = []
            if take(UInt8(ascii: "]")) { return items }
            repeat {
                items.append(try element(&self))
            } while take(UInt8(ascii: ","))
            try expect(UInt8(ascii: "]"))
            return items
        }

        /// The members of an object, each handed to `member` with its key; `member` reads the value.
        mutating func object(_ member: (inout Reader, String) throws -> Void) throws {
            try expect(UInt8(ascii: "{"))
            if take(UInt8(ascii: "}")) { return }
            repeat {
                let key = try string()
                try expect(UInt8(ascii: ":"))
                try member(&self, key)
            } while take(UInt8(ascii: ","))
            try expect(UInt8(ascii: "}"))
        }

        mutating func isNull() -> Bool {
            skipSpace()
            guard position + 4 <= bytes.count, bytes[position] == UInt8(ascii: "n"), bytes[position + 1] == UInt8(ascii: "u"),
                bytes[position + 2] == UInt8(ascii: "l"), bytes[position + 3] == UInt8(ascii: "l")
            else { return false }
            position += 4
            return true
        }

        /// An optional member's value: nil for `null`, as `decodeIfPresent` reads it.
        mutating func orNull<T>(_ value: (inout Reader) throws -> T) throws -> T? {
            isNull() ? nil : try value(&self)
        }

        mutating func bool() throws -> Bool {
            skipSpace()
            if bytes[position...].starts(with: "true".utf8) {
                position += 4
                return true
            }
            if bytes[position...].starts(with: "false".utf8) {
                position += 5
                return false
            }
            throw fail("expected true or false")
        }

        mutating func int() throws -> Int {
            skipSpace()
            let negative = take(UInt8(ascii: "-"))
            var value = 0
            let start = position
            while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
                let (times, overflow) = value.multipliedReportingOverflow(by: 10)
                let (sum, overflow2) = times.addingReportingOverflow(Int(bytes[position] - UInt8(ascii: "0")))
                guard !overflow, !overflow2 else { throw fail("a number too large") }
                value = sum
                position += 1
            }
            guard position > start else { throw fail("expected a number") }
            // A fraction or exponent is no integer, as JSONDecoder refuses it for Int.
            if position < bytes.count, bytes[position] == UInt8(ascii: ".") || bytes[position] | 0x20 == UInt8(ascii: "e") {
                throw fail("expected an integer")
            }
            return negative ? -value : value
        }

        mutating func string() throws -> String {
            try expect(UInt8(ascii: "\""))
            let start = position
            // Most strings have no escape: one copy of their bytes.
            while position < bytes.count, bytes[position] != UInt8(ascii: "\""), bytes[position] != UInt8(ascii: "\\") {
                guard bytes[position] >= 0x20 else { throw fail("a control character in a string") }
                position += 1
            }
            guard position < bytes.count else { throw fail("a string is not closed") }
            if bytes[position] == UInt8(ascii: "\"") {
                position += 1
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position - 1]), as: UTF8.self)
            }
            var scalars = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
            var plainStart = position
            while true {
                guard position < bytes.count else { throw fail("a string is not closed") }
                let byte = bytes[position]
                if byte == UInt8(ascii: "\"") {
                    scalars += String(decoding: UnsafeBufferPointer(rebasing: bytes[plainStart..<position]), as: UTF8.self)
                    position += 1
                    return scalars
                }
                guard byte >= 0x20 else { throw fail("a control character in a string") }
                guard byte == UInt8(ascii: "\\") else {
                    position += 1
                    continue
                }
                scalars += String(decoding: UnsafeBufferPointer(rebasing: bytes[plainStart..<position]), as: UTF8.self)
                position += 1
                guard position < bytes.count else { throw fail("a string is not closed") }
                let escaped = bytes[position]
                position += 1
                switch escaped {
                case UInt8(ascii: "\""): scalars += "\""
                case UInt8(ascii: "\\"): scalars += "\\"
                case UInt8(ascii: "/"): scalars += "/"
                case UInt8(ascii: "b"): scalars += "\u{8}"
                case UInt8(ascii: "f"): scalars += "\u{C}"
                case UInt8(ascii: "n"): scalars += "\n"
                case UInt8(ascii: "r"): scalars += "\r"
                case UInt8(ascii: "t"): scalars += "\t"
                case UInt8(ascii: "u"):
                    let unit = try hex4()
                    if (0xD800...0xDBFF).contains(unit) {
                        guard position + 2 <= bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") else {
                            throw fail("a lone surrogate")
                        }
                        position += 2
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw fail("a lone surrogate") }
                        scalars.unicodeScalars.append(Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))!)
                    } else {
                        guard let scalar = Unicode.Scalar(unit) else { throw fail("a lone surrogate") }
                        scalars.unicodeScalars.append(scalar)
                    }
                default:
                    throw fail("an unknown escape")
                }
                plainStart = position
            }
        }

        mutating func hex4() throws -> UInt32 {
            guard position + 4 <= bytes.count else { throw fail("a short \\u escape") }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let byte = bytes[position]
                let digit: UInt8
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
                default: throw fail("a bad \\u escape")
                }
                value = value << 4 | UInt32(digit)
                position += 1
            }
            return value
        }

        /// Skips a value of any kind (an unknown key's).
        mutating func skipValue() throws {
            skipSpace()
            guard position < bytes.count else { throw fail("expected a value") }
            switch bytes[position] {
            case UInt8(ascii: "\""): _ = try string()
            case UInt8(ascii: "["): _ = try array { try $0.skipValue() }
            case UInt8(ascii: "{"): try object { reader, _ in try reader.skipValue() }
            case UInt8(ascii: "t"), UInt8(ascii: "f"): _ = try bool()
            case UInt8(ascii: "n"): guard isNull() else { throw fail("expected null") }
            default:
                let start = position
                while position < bytes.count, "+-0123456789.eE".utf8.contains(bytes[position]) { position += 1 }
                guard position > start else { throw fail("expected a value") }
            }
        }

        mutating func span() throws -> Span {
            var text: String?
            var emphasis = false, strong = false, code = false
            var link: String?
            try object { reader, key in
                switch key {
                case "t": text = try reader.string()
                case "e": emphasis = try reader.orNull { try $0.bool() } ?? false
                case "s": strong = try reader.orNull { try $0.bool() } ?? false
                case "c": code = try reader.orNull { try $0.bool() } ?? false
                case "h": link = try reader.orNull { try $0.string() }
                default: try reader.skipValue()
                }
            }
            guard let text else { throw fail("a span without its text") }
            return Span(text, emphasis: emphasis, strong: strong, code: code, link: link)
        }

        mutating func block() throws -> Block {
            var kind: String?
            var level: Int?
            var ordered: Bool?
            var spans: [Span]?
            var language: String?
            var text: String?
            var rows: [[[Span]]]?
            var headerRows: Int?
            try object { reader, key in
                switch key {
                case "k": kind = try reader.string()
                case "l": level = try reader.orNull { try $0.int() }
                case "o": ordered = try reader.orNull { try $0.bool() }
                case "s": spans = try reader.array { try $0.span() }
                case "g": language = try reader.orNull { try $0.string() }
                case "x": text = try reader.string()
                case "r": rows = try reader.array { try $0.array { try $0.array { try $0.span() } } }
                case "hr": headerRows = try reader.orNull { try $0.int() }
                default: try reader.skipValue()
                }
            }
            func required<T>(_ value: T?, _ name: String) throws -> T {
                guard let value else { throw fail("a block without its \(name)") }
                return value
            }
            switch kind {
            case "h": return .heading(level: try required(level, "level"), spans: try required(spans, "spans"))
            case "p": return .paragraph(try required(spans, "spans"))
            case "li": return .listItem(ordered: ordered ?? false, depth: level ?? 0, spans: try required(spans, "spans"))
            case "q": return .quote(try required(spans, "spans"))
            case "c": return .code(language: language, text: try required(text, "text"))
            case "t": return .table(rows: try required(rows, "rows"), headerRows: headerRows ?? 0)
            default: throw fail("a block of no known kind")
            }
        }
    }
}
