import Foundation
import NIOCore

/// The fields of an `application/x-www-form-urlencoded` body: `+` is a space, each name's first value wins.
public struct FormFields: Sendable {
    private var values: [String: String] = [:]

    public init() {}

    public init(_ body: ByteBuffer) {
        self.init(String(buffer: body))
    }

    /// Fields of a body or of a URL's query string.
    public init(_ text: String) {
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0])
            if values[name] == nil { values[name] = parts.count > 1 ? Self.decode(parts[1]) : "" }
        }
    }

    public init(_ pairs: [(String, String)]) {
        for (name, value) in pairs where values[name] == nil { values[name] = value }
    }

    public subscript(_ name: String) -> String? { values[name] }

    /// The names of the fields sent (a form's ticked boxes, each named for what it selects).
    public var names: [String] { values.keys.sorted() }

    /// Whether a field's name or value holds NUL (`TextWithoutNUL`).
    public var holdsNUL: Bool {
        values.contains { TextWithoutNUL.holdsNUL($0.key) || TextWithoutNUL.holdsNUL($0.value) }
    }

    /// The field, or "" when the form lacks it.
    public func text(_ name: String) -> String { values[name] ?? "" }

    public static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
