extension DocxWriter {
    /// The fixed parts of the XML of a .docx package; text goes through `Markup.escaped`.
    enum XML {
        static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        static let wordNamespaces = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" "#
            + #"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#
    }
}
