import Foundation
import NIOCore

/// The fields of an `application/x-www-form-urlencoded` body: `+` is a space, each name's first value wins.
struct FormFields: Sendable {
    private var values: [String: String] = [:]

    init() {}

    init(_ body: ByteBuffer) {
        self.init(String(buffer: body))
    }

    /// Fields of a body or of a URL's query string.
    init(_ text: String) {
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0])
            if values[name] == nil { values[name] = parts.count > 1 ? Self.decode(parts[1]) : "" }
        }
    }

    init(_ pairs: [(String, String)]) {
        for (name, value) in pairs where values[name] == nil { values[name] = value }
    }

    subscript(_ name: String) -> String? { values[name] }

    /// The field, or "" when the form lacks it.
    func text(_ name: String) -> String { values[name] ?? "" }

    static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
