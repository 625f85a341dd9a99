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
                require(!value.contains(";") && headers.contains { $0.contains(value) },
                        "\(name) read as \(value.debugDescription) from \(headers)")
            }
            guard !token.isEmpty else { continue }
            let planted = "\(name)=\(token)"
            let first = cookie.value(inCookieHeaders: [planted] + headers, secure: secure)
            require(first == token, "\(name) sent first read as \(String(describing: first)) with \(headers)")
            let separateHeader = cookie.value(inCookieHeaders: headers + [planted], secure: secure)
            let sameHeader = cookie.value(inCookieHeaders: [planted + "; " + text.replacingOccurrences(of: "\n", with: ";")], secure: secure)
            require(sameHeader == token, "\(name) first in one header read as \(String(describing: sameHeader)) with \(text.debugDescription)")
            if !headers.contains(where: { names(in: $0).contains(Substring(name)) }) {
                require(separateHeader == token, "\(name) sent last read as \(String(describing: separateHeader)) with \(headers)")
            }
        }
    }
    return 0
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
