import GuanshanText

extension Unicode.Scalar {
    /// Characters set without spaces between them: Han, kana, Hangul, bopomofo, CJK symbols
    /// and punctuation, full-width forms.
    var isCJK: Bool {
        switch value {
        case 0x1100...0x11FF, 0x2E80...0x2FFF, 0x3000...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA960...0xA97F, 0xAC00...0xD7FF, 0xF900...0xFAFF, 0xFE10...0xFE1F, 0xFE30...0xFE4F,
             0xFF00...0xFFEF, 0x20000...0x3FFFF:
            true
        default:
            false
        }
    }

    /// Full-width punctuation, which carries its own spacing: `，。、：；！？（）《》「」` and the like.
    var isFullWidthPunctuation: Bool {
        switch value {
        case 0x3000...0x303F, 0xFE10...0xFE1F, 0xFE30...0xFE4F, 0xFF01...0xFF0F, 0xFF1A...0xFF20,
             0xFF3B...0xFF40, 0xFF5B...0xFF65:
            true
        default:
            false
        }
    }

    /// Punctuation shared by Chinese and Western text: curly quotes, ellipsis, dashes, middle dot.
    var isSharedPunctuation: Bool {
        switch value {
        case 0x2018...0x201F, 0x2026, 0x2014, 0x2015, 0x00B7: true
        default: false
        }
    }

    /// Unicode punctuation or symbol (general categories P and S), as CommonMark defines punctuation.
    var isPunctuationOrSymbol: Bool {
        switch properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            true
        default:
            false
        }
    }

    /// The ASCII punctuation that a Markdown backslash can escape.
    var isASCIIPunctuation: Bool {
        switch value {
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: true
        default: false
        }
    }

    /// C0 controls other than tab, line feed and carriage return, and DEL.
    var isStrayControl: Bool {
        switch value {
        case 0x00...0x08, 0x0B, 0x0C, 0x0E...0x1F, 0x7F: true
        default: false
        }
    }
}

extension StringProtocol {
    /// The text without leading and trailing Unicode white space (U+3000 and U+00A0 included).
    var trimmingWhiteSpace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isWhiteSpace }),
              let last = scalars.lastIndex(where: { !$0.isWhiteSpace })
        else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }

    var isBlank: Bool { unicodeScalars.allSatisfy(\.isWhiteSpace) }

    /// The text without C0 control characters other than tab and newline.
    var removingStrayControls: String {
        guard unicodeScalars.contains(where: \.isStrayControl) else { return String(self) }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: unicodeScalars.lazy.filter { !$0.isStrayControl })
        return String(scalars)
    }
}
