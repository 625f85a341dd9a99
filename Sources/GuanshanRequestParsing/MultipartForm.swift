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

    public static func boundary(in contentType: String) -> String? {
        guard contentType.lowercased().hasPrefix("multipart/form-data") else { return nil }
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2, pair[0].lowercased() == "boundary" {
                return pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            }
        }
        return nil
    }

    public static func parse(_ body: ByteBuffer, boundary: String) throws -> (fields: [(String, String)], files: [UploadedFile]) {
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
