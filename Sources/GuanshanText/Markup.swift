/// Text made safe in HTML and in XML 1.0, in element content and in quoted attribute values alike: the
/// one escaping of every page, feed, sitemap, SVG and Word file the site writes by hand (templates
/// escape on their own).
public enum Markup {
    /// `&`, `<`, `>`, `"` and `'` as references (`&#39;`, which HTML and XML both read), and the
    /// characters XML 1.0 cannot hold at all (most C0 controls, lone surrogates' stand-ins, U+FFFE,
    /// U+FFFF) left out, which HTML forbids too.
    public static func escaped(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where isAllowed(scalar) {
            switch scalar {
            case "&": result.append(contentsOf: "&amp;".unicodeScalars)
            case "<": result.append(contentsOf: "&lt;".unicodeScalars)
            case ">": result.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": result.append(contentsOf: "&quot;".unicodeScalars)
            case "'": result.append(contentsOf: "&#39;".unicodeScalars)
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// A character XML 1.0 may hold.
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...: true
        default: false
        }
    }
}
