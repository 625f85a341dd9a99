/// The values the fuzzer sends, written as they go into a URI (percent-escapes left as they are).
enum HostileInput {
    static let numbers = [
        "0", "-1", "1", "9223372036854775807", "-9223372036854775808", "9223372036854775808", "4611686018427387904",
        "2305843009213693952", "4294967296", "1234567890123456789012345678901234567890", "01", "00000000000000000001", "1e9", "0x7f",
        "+5", "1.5", "%2B1", "%201", "%EF%BC%91",
    ]

    static let text = [
        "abc", "", "%00", "%FF%FE", "%C0%AF", "%ED%A0%80", "%", "%zz", "%E6%96%87", "..", "%2E%2E", "%2F", "a%2Fb", "%5C",
        "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "'%20OR%201=1--", "%0D%0ASet-Cookie:%20x=1", "%E2%80%AE", "all", "me",
        String(repeating: "a", count: 8_000), String(repeating: "%E9%95%BF", count: 3_000),
    ]

    static let values = numbers + text

    /// The few every query name of every GET route is sent in the short pass.
    static let core = ["-1", "9223372036854775807", "4611686018427387904", "1234567890123456789012345678901234567890", "abc", "%00", "%FF%FE", "01"]

    /// Query names the site reads somewhere: every route is sent each of them.
    static let queryNames = ["page", "limit", "offset", "q", "c", "state", "tag", "category", "lang", "next", "done"]

    /// Pieces a mutation may splice into a real request's URI.
    static let splices = ["%", "%00", "%FF", "/", "//", "?", "&", "=", "#", "..", "%2F", "-", "9999999999999999999999", "\u{5C}", "page=", "&page=-1"]
}
