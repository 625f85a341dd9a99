import GuanshanText

extension DocxWriter {
    /// Spans as WordprocessingML runs: strong as `w:b`, emphasis as `w:i`, code in the `CodeChar`
    /// character style, links as `w:hyperlink` to an external relationship, and a `\n` in the text as
    /// `w:br`.
    enum Runs {
        static func xml(_ spans: [Span], links: inout Links) -> String {
            var xml = ""
            var linked: [Span] = []
            func flushLink() {
                guard let target = linked.first?.link else { return }
                xml += #"<w:hyperlink r:id="\#(links.id(for: target))" w:history="1">"# + linked.map(run).joined() + "</w:hyperlink>"
                linked = []
            }
            for span in SpanList.merged(spans) where !span.text.isEmpty {
                if span.link != linked.first?.link { flushLink() }
                if span.link == nil { xml += run(span) } else { linked.append(span) }
            }
            flushLink()
            return xml
        }

        private static func run(_ span: Span) -> String {
            var properties = ""
            if span.code {
                properties += #"<w:rStyle w:val="CodeChar"/>"#
            } else if span.link != nil {
                properties += #"<w:rStyle w:val="Hyperlink"/>"#
            }
            if span.strong { properties += "<w:b/><w:bCs/>" }
            if span.emphasis { properties += "<w:i/><w:iCs/>" }
            return "<w:r>" + (properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>") + content(span.text) + "</w:r>"
        }

        /// The content of a run: text in `w:t`, each line break (`\n`, `\r\n` or `\r`) a `w:br` and each tab a `w:tab`.
        static func content(_ text: String) -> String {
            var xml = ""
            var pending = ""
            func flush() {
                if !pending.isEmpty { xml += #"<w:t xml:space="preserve">\#(Markup.escaped(pending))</w:t>"# }
                pending = ""
            }
            var previous: Unicode.Scalar?
            for scalar in text.unicodeScalars {
                defer { previous = scalar }
                switch scalar {
                case "\n" where previous == "\r":
                    continue
                case "\n", "\r":
                    flush()
                    xml += "<w:br/>"
                case "\t":
                    flush()
                    xml += "<w:tab/>"
                default:
                    pending.unicodeScalars.append(scalar)
                }
            }
            flush()
            return xml
        }
    }
}
