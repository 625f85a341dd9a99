import Foundation
import MultipartKit
import NIOCore

/// A file sent with a form.
public struct UploadedFile: Sendable {
    public var field: String
    public var fileName: String
    public var data: Data
}

/// A `multipart/form-data` body: its text fields and its files.
public enum MultipartForm {
    public struct Problem: Error {}

    /// The boundary of a `multipart/form-data` Content-Type: 1 to 70 bytes, as RFC 2046 allows (nil for
    /// another type or a boundary outside that; MultipartKit's parser stops the process on an empty one).
    public static func boundary(in contentType: String) -> String? {
        guard contentType.lowercased().hasPrefix("multipart/form-data") else { return nil }
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2, pair[0].lowercased() == "boundary" {
                let boundary = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                return (1...70).contains(boundary.utf8.count) ? boundary : nil
            }
        }
        return nil
    }

    public static func parse(_ body: ByteBuffer, boundary: String) throws -> (fields: [(String, String)], files: [UploadedFile]) {
        guard !boundary.isEmpty, !mayTrapMultipartKit(body, boundary: boundary) else { throw Problem() }
        let parser = MultipartParser(boundary: boundary)
        var fields: [(String, String)] = []
        var files: [UploadedFile] = []
        var disposition = ""
        var content = ByteBuffer()
        parser.onHeader = { name, value in
            if name.lowercased() == "content-disposition" { disposition = value }
        }
        parser.onBody = { chunk in content.writeBuffer(&chunk) }
        parser.onPartComplete = {
            let parameters = Self.parameters(of: disposition)
            if let name = parameters["name"] {
                if let fileName = parameters["filename"] {
                    files.append(UploadedFile(field: name, fileName: fileName, data: Data(buffer: content)))
                } else {
                    fields.append((name, String(buffer: content)))
                }
            }
            disposition = ""
            content.clear()
        }
        do {
            try parser.execute(body)
        } catch {
            throw Problem()
        }
        return (fields, files)
    }

    /// True when MultipartKit's parser could reach a byte of 0x80 or more in the name of a part's header
    /// (`报告: x` as a header line of a part). MultipartKit 4.7.1 looks each byte of a header name up in
    /// a table of the 128 ASCII characters, so such a byte traps out of range and ends the whole process:
    /// one anonymous POST with such a form would stop the site. The parser starts reading header names
    /// only right after a delimiter (`--` and the boundary) and a line break; every such place is looked
    /// at, in the part bodies and the preamble too, so this may refuse a form the parser would have read,
    /// but only one whose content holds the delimiter, which a sender never writes.
    static func mayTrapMultipartKit(_ body: ByteBuffer, boundary: String) -> Bool {
        let delimiter = Array("--\(boundary)".utf8)
        let colon = UInt8(ascii: ":"), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        return body.withUnsafeReadableBytes { bytes in
            // Where the last look at header lines stopped: a later delimiter whose line break lies before
            // it starts at a line that look already read, with the same outcome.
            var readUntil = 0
            var from = 0
            while let found = first(delimiter, in: bytes, from: from) {
                from = found + 1
                var index = found + delimiter.count
                guard index + 1 < bytes.count, bytes[index] == cr, bytes[index + 1] == lf, index >= readUntil else { continue }
                index += 2
                // Header lines: a name up to `:`, then a value up to CR LF; an empty line ends them. At any
                // other byte the parser stops with an error and reads nothing more.
                lines: while index < bytes.count {
                    var nameLength = 0
                    while index < bytes.count {
                        let byte = bytes[index]
                        if byte >= 0x80 { return true }
                        if byte == colon, nameLength > 0 { break }
                        if byte == cr || byte == colon { break lines }
                        nameLength += 1
                        index += 1
                    }
                    while index < bytes.count, bytes[index] != cr { index += 1 }
                    guard index + 1 < bytes.count, bytes[index + 1] == lf else { break }
                    index += 2
                }
                readUntil = index
            }
            return false
        }
    }

    /// Where `pattern` first occurs in `bytes` at or after `start`.
    private static func first(_ pattern: [UInt8], in bytes: UnsafeRawBufferPointer, from start: Int) -> Int? {
        guard let head = pattern.first, bytes.count >= pattern.count else { return nil }
        var index = start
        while index <= bytes.count - pattern.count {
            if bytes[index] == head, pattern.indices.allSatisfy({ bytes[index + $0] == pattern[$0] }) { return index }
            index += 1
        }
        return nil
    }

    /// `form-data; name="file"; filename="报告.txt"` as a dictionary; quoted values may hold `;`.
    public static func parameters(of disposition: String) -> [String: String] {
        var result: [String: String] = [:]
        var rest = Substring(disposition)
        while let semicolon = rest.firstIndex(of: ";") {
            rest = rest[rest.index(after: semicolon)...].drop { $0 == " " }
            guard let equals = rest.firstIndex(of: "=") else { break }
            let name = rest[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            rest = rest[rest.index(after: equals)...]
            let value: Substring
            if rest.first == "\"" {
                let afterQuote = rest.dropFirst()
                let end = afterQuote.firstIndex(of: "\"") ?? afterQuote.endIndex
                value = afterQuote[..<end]
                rest = end < afterQuote.endIndex ? afterQuote[afterQuote.index(after: end)...] : ""
            } else {
                let end = rest.firstIndex(of: ";") ?? rest.endIndex
                value = rest[..<end]
                rest = rest[end...]
            }
            result[name] = String(value)
        }
        return result
    }
}
