import GuanshanRequestParsing

/// Any text as a request's `Cookie` headers (one a line), read as the site reads its cookies
/// (`SiteCookie`, on Hummingbird's `Cookies`). A value read must come from the headers whole; the
/// site's own cookie, sent first or after headers without one, must read back exactly as it was set.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCookies(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
    let headers = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    // A secret as the site writes one (`Secrets.make`): base64url without padding. Hummingbird drops the
    // `=` that begin a value (`a==b` reads as `b`, `a==` as no cookie), which RFC 6265 allows but the
    // site never writes.
    let token = String(text.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") }
        .prefix(64).map(Character.init))

    for cookie in SiteCookie.allCases {
        for secure in [false, true] {
            let name = cookie.name(secure: secure)
            if let value = cookie.value(inCookieHeaders: headers, secure: secure) {
                // Hummingbird splits pairs at the character `;`, so `;` with a combining mark after it
                // (seed `combining`) is no separator: a sender can only garble its own cookies so.
                require(!value.contains(Character(";")) && headers.contains { holds($0, value) },
                        "\(name) read as \(value.debugDescription) from \(headers)")
            }
            guard !token.isEmpty else { continue }
            let planted = "\(name)=\(token)"
            let first = cookie.value(inCookieHeaders: [planted] + headers, secure: secure)
            require(first == token, "\(name) sent first read as \(String(describing: first)) with \(headers)")
            let separateHeader = cookie.value(inCookieHeaders: headers + [planted], secure: secure)
            let sameHeader = cookie.value(inCookieHeaders: [planted + "; " + headers.joined(separator: ";")], secure: secure)
            require(sameHeader == token, "\(name) first in one header read as \(String(describing: sameHeader)) with \(text.debugDescription)")
            if !headers.contains(where: { names(in: $0).contains(Substring(name)) }) {
                require(separateHeader == token, "\(name) sent last read as \(String(describing: separateHeader)) with \(headers)")
            }
        }
    }
    return 0
}

/// `part` occurs in `text`, byte for byte. Not Foundation's `contains`, which on Linux finds `"\0\0\0\0"`
/// in `"a\0"` and traps on some strings that hold NUL (seed `regression-foundation-contains-nul`).
func holds(_ text: String, _ part: String) -> Bool {
    let text = Array(text.utf8), part = Array(part.utf8)
    guard part.count <= text.count else { return false }
    return (0...(text.count - part.count)).contains { text[$0..<($0 + part.count)].elementsEqual(part) }
}

/// The names of the `name=value` pairs of a `Cookie` header, as RFC 6265 writes them (`; ` between pairs).
func names(in header: String) -> [Substring] {
    header.split(separator: ";").compactMap { pair in
        let pair = pair.drop { $0.isWhitespace }
        return pair.firstIndex(of: "=").map { pair[..<$0] }
    }
}

func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message()) }
}
