/// The 10,000 most common passwords of a public leak (see `Scripts/generate-common-passwords.py`), which
/// no account may use whatever their length (OWASP ASVS 2.1.7). Kept in the binary, not in a resource.
enum CommonPasswords {
    /// Built the first time a password is checked, then kept.
    private static let set = Set(list.split(separator: " ").map(String.init))

    /// Whether `password`, in composed form (NFC), is on the list, compared without regard to case.
    static func contains(_ password: String) -> Bool {
        set.contains(password.lowercased())
    }
}
