/// A value read from a path segment or a query string: parsed, range-checked and written back in one
/// canonical form. Every number and name a request carries reaches a handler through one of these.
public protocol ParameterValue: Sendable {
    /// nil for text that cannot be such a value.
    init?(parameter text: String)
    /// How this value is written in the site's own URLs.
    var canonical: String { get }
}

/// Decimal digits with no sign, no spaces and at most 18 of them, so that no value can overflow an Int.
public enum DecimalDigits {
    public static let maximumLength = 18

    public static func value(_ text: String) -> Int? {
        guard text.utf8.count <= maximumLength, areDigits(text) else { return nil }
        return text.utf8.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }

    /// One or more ASCII digits and nothing else, however many.
    public static func areDigits(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { (0x30...0x39).contains($0) }
    }
}

/// The id of a document, an account or a category: 1 to 10^18 - 1. `/d/01` is parsed but is not canonical.
public struct Identifier: ParameterValue, Hashable {
    public let value: Int64

    public init?(parameter text: String) {
        guard let number = DecimalDigits.value(text), number >= 1 else { return nil }
        value = Int64(number)
    }

    public var canonical: String { String(value) }
}

/// A 1-based page number of a list or a document, up to `maximum`: no list of the site has more pages,
/// and a page number times any page size stays far from overflowing.
public struct PageNumber: ParameterValue, Hashable {
    public static let maximum = 1_000_000
    public let value: Int

    public init?(parameter text: String) {
        guard let number = DecimalDigits.value(text), (1...Self.maximum).contains(number) else { return nil }
        value = number
    }

    public init(_ value: Int) {
        self.value = min(max(value, 1), Self.maximum)
    }

    public var canonical: String { String(value) }
}

/// A count the caller chooses (`limit`, `offset`): digits, no sign, within the range the route allows.
public struct Count: ParameterValue, Hashable {
    public let value: Int

    public init?(parameter text: String) {
        guard let number = DecimalDigits.value(text) else { return nil }
        value = number
    }

    public var canonical: String { String(value) }
}

/// A name in a path or a query (a category slug, a tag, an account name): valid UTF-8 once
/// percent-decoded, 1 to 200 characters, no control characters.
public struct Name: ParameterValue, Hashable {
    public static let maximumLength = 200
    public let value: String

    public init?(parameter text: String) {
        guard (1...Self.maximumLength).contains(text.count),
              !text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
        else { return nil }
        value = text
    }

    public var canonical: String { value }
}

/// `N.xml` in `/sitemap-N.xml`: sitemap N of the index, 1-based, no larger than any page number.
public struct SitemapNumber: ParameterValue, Hashable {
    public let number: Int

    public init?(parameter text: String) {
        guard text.hasSuffix(".xml"), let page = PageNumber(parameter: String(text.dropLast(4))) else { return nil }
        number = page.value
    }

    public var canonical: String { "\(number).xml" }
}
