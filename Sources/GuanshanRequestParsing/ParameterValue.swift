import Foundation

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
/// percent-decoded, 1 to 200 code points (as JSON Schema counts a `maxLength`), no control characters.
public struct Name: ParameterValue, Hashable {
    public static let maximumLength = 200
    public let value: String

    public init?(parameter text: String) {
        guard (1...Self.maximumLength).contains(text.unicodeScalars.count),
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

/// A day written `2026-12-06`, as a date field sends it: years 0001 to 9999, a day the month has.
public struct Day: ParameterValue, Hashable {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(parameter text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = DecimalDigits.value(parts[0]), let month = DecimalDigits.value(parts[1]), let day = DecimalDigits.value(parts[2]),
              (1...9999).contains(year), (1...12).contains(month), day >= 1, day <= Self.days(inMonth: month, of: year)
        else { return nil }
        (self.year, self.month, self.day) = (year, month, day)
    }

    public var canonical: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// When the day starts in `timeZone`; `plusDays` later for the end of a range.
    public func start(in timeZone: TimeZone, plusDays: Int = 0) -> Date? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.date(from: DateComponents(year: year, month: month, day: day + plusDays))
    }

    private static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

/// A range of page counts: `5` (exactly), `2-5`, or `21-` (21 or more); counts from 1 to
/// `PageNumber.maximum`, the first no larger than the second.
public struct PageSpan: ParameterValue, Hashable {
    public let lower: Int
    /// nil for no upper bound.
    public let upper: Int?

    public init?(parameter text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        let bounds = 1...PageNumber.maximum
        guard (1...2).contains(parts.count), let lower = DecimalDigits.value(parts[0]), bounds.contains(lower) else { return nil }
        if parts.count == 1 {
            upper = lower
        } else if parts[1].isEmpty {
            upper = nil
        } else {
            guard let upper = DecimalDigits.value(parts[1]), bounds.contains(upper), lower <= upper else { return nil }
            self.upper = upper
        }
        self.lower = lower
    }

    public init(lower: Int, upper: Int?) {
        self.lower = lower
        self.upper = upper
    }

    public var canonical: String {
        switch upper {
        case lower: String(lower)
        case let upper?: "\(lower)-\(upper)"
        case nil: "\(lower)-"
        }
    }
}
