import Foundation
import GuanshanSearch

/// What a password must be: 8 to 128 characters of any script, compared in Unicode's composed form
/// (NFC), so that `é` typed as one code point or two is the same password.
public enum PasswordRules {
    public static let lengths = 8...128

    static func canonical(_ password: String) -> String {
        password.precomposedStringWithCanonicalMapping
    }

    static func check(_ password: String) throws {
        let count = canonical(password).count
        if count < lengths.lowerBound { throw AccountError.passwordTooShort }
        if count > lengths.upperBound { throw AccountError.passwordTooLong }
    }
}

/// Account names: 2 to 32 letters (any script), digits, `_`, `-` or `.`; compared by their search key
/// (NFKC, case folded), so `Admin`, `admin` and `ａｄｍｉｎ` are one name.
public enum AccountNames {
    public static let lengths = 2...32

    static func check(_ name: String) throws -> String {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard lengths.contains(trimmed.count),
              trimmed.unicodeScalars.allSatisfy({ CharacterSet.alphanumerics.contains($0) || "_-.".unicodeScalars.contains($0) })
        else { throw AccountError.invalidName }
        return trimmed
    }

    static func key(_ name: String) -> String {
        SearchText.normalize(name.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
