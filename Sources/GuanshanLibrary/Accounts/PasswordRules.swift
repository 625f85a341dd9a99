import Foundation
internal import GuanshanSearch

/// What a password must be: 12 to 128 characters of any script (OWASP ASVS 2.1.1), not one of the 10,000
/// most common passwords (2.1.7), compared in Unicode's composed form (NFC), so that `é` typed as one code
/// point or two is the same password.
public enum PasswordRules {
    public static let lengths = 12...128

    static func canonical(_ password: String) -> String {
        password.precomposedStringWithCanonicalMapping
    }

    static func check(_ password: String) throws {
        let canonical = canonical(password)
        let count = canonical.count
        if count < lengths.lowerBound { throw AccountError.passwordTooShort }
        if count > lengths.upperBound { throw AccountError.passwordTooLong }
        if CommonPasswords.contains(canonical) { throw AccountError.passwordTooCommon }
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

    /// Names that differ only in width or case are one account. Keys were kept before search read
    /// traditional characters as simplified, so they keep both scripts apart.
    static func key(_ name: String) -> String {
        SearchText.normalize(name.trimmingCharacters(in: .whitespacesAndNewlines), simplifying: false)
    }
}
