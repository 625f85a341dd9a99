/// The URL segment of a category: ASCII letters and digits lowercased, CJK kept, everything else one `-`.
enum CategorySlug {
    static func make(_ name: String) -> String {
        var slug = ""
        var pendingDash = false
        for character in name.precomposedStringWithCompatibilityMapping.lowercased() {
            if character.isLetter || character.isNumber {
                if pendingDash && !slug.isEmpty { slug.append("-") }
                pendingDash = false
                slug.append(character)
            } else {
                pendingDash = true
            }
        }
        return slug.isEmpty ? "c" : slug
    }
}
