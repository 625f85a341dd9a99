extension DocxWriter {
    /// Text made safe for the XML of a .docx package.
    enum XML {
        static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        static let wordNamespaces = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" "#
            + #"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#

        /// The text escaped for element content and double-quoted attributes, with the characters
        /// XML 1.0 forbids (most C0 controls, U+FFFE, U+FFFF) dropped.
        static func escaped(_ text: String) -> String {
            var result = String.UnicodeScalarView()
            for scalar in text.unicodeScalars where isAllowed(scalar) {
                switch scalar {
                case "&": result.append(contentsOf: "&amp;".unicodeScalars)
                case "<": result.append(contentsOf: "&lt;".unicodeScalars)
                case ">": result.append(contentsOf: "&gt;".unicodeScalars)
                case "\"": result.append(contentsOf: "&quot;".unicodeScalars)
                default: result.append(scalar)
                }
            }
            return String(result)
        }

        static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...: true
            default: false
            }
        }
    }
}
