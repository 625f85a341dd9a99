import GuanshanRequestParsing

/// The ids a decision applies to, many at once (the review, the comments): at most 500, as many as the
/// API takes at once; a page of a list holds far fewer.
enum DecidedIDs {
    static let most = 500

    /// A JSON body's ids, each an `Identifier` (1 to 10^18 - 1); `what` names them in the error.
    static func checked(_ ids: [Int64], what: String) throws -> [Int64] {
        guard ids.count <= most, ids.allSatisfy({ (1...999_999_999_999_999_999).contains($0) }) else {
            throw ParameterError.invalid(name: "ids", allowed: "at most \(most) \(what), each 1 to 999999999999999999")
        }
        return ids
    }
}

extension FormFields {
    /// The ids of a list's ticked boxes, each named `prefix` and its id (`d12`, `c7`), at most `DecidedIDs.most`.
    func tickedIDs(prefix: String) -> [Int64] {
        Array(names.compactMap { name in name.hasPrefix(prefix) ? DecimalDigits.value(String(name.dropFirst(prefix.count))).map(Int64.init) : nil }
            .filter { $0 > 0 }.prefix(DecidedIDs.most))
    }
}
