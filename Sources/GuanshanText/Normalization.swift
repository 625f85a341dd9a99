import Foundation

extension TextRules {
    /// NFKC, lower case, every run of white space made one space, trimmed at both ends.
    /// Full-width Latin and digits become ASCII, and U+3000 / U+00A0 become spaces.
    public static func normalized(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars {
            if scalar.isWhiteSpace {
                pendingSpace = !scalars.isEmpty
            } else {
                if pendingSpace { scalars.append(" ") }
                pendingSpace = false
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}
