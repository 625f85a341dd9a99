// Blocks are stored as JSON with every document; short keys and omitted defaults keep that small.

extension Span: Codable {
    private enum CodingKeys: String, CodingKey {
        case text = "t", emphasis = "e", strong = "s", code = "c", link = "h"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            try c.decode(String.self, forKey: .text),
            emphasis: try c.decodeIfPresent(Bool.self, forKey: .emphasis) ?? false,
            strong: try c.decodeIfPresent(Bool.self, forKey: .strong) ?? false,
            code: try c.decodeIfPresent(Bool.self, forKey: .code) ?? false,
            link: try c.decodeIfPresent(String.self, forKey: .link))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        if emphasis { try c.encode(true, forKey: .emphasis) }
        if strong { try c.encode(true, forKey: .strong) }
        if code { try c.encode(true, forKey: .code) }
        try c.encodeIfPresent(link, forKey: .link)
    }
}

extension Block: Codable {
    private enum CodingKeys: String, CodingKey {
        case kind = "k", level = "l", ordered = "o", spans = "s", language = "g", text = "x", rows = "r", headerRows = "hr"
    }

    private enum Kind: String, Codable {
        case heading = "h", paragraph = "p", listItem = "li", quote = "q", code = "c", table = "t"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func spans() throws -> [Span] { try c.decode([Span].self, forKey: .spans) }
        switch try c.decode(Kind.self, forKey: .kind) {
        case .heading:
            self = .heading(level: try c.decode(Int.self, forKey: .level), spans: try spans())
        case .paragraph:
            self = .paragraph(try spans())
        case .listItem:
            self = .listItem(
                ordered: try c.decodeIfPresent(Bool.self, forKey: .ordered) ?? false,
                depth: try c.decodeIfPresent(Int.self, forKey: .level) ?? 0,
                spans: try spans())
        case .quote:
            self = .quote(try spans())
        case .code:
            self = .code(
                language: try c.decodeIfPresent(String.self, forKey: .language),
                text: try c.decode(String.self, forKey: .text))
        case .table:
            self = .table(
                rows: try c.decode([[[Span]]].self, forKey: .rows),
                headerRows: try c.decodeIfPresent(Int.self, forKey: .headerRows) ?? 0)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .heading(let level, let spans):
            try c.encode(Kind.heading, forKey: .kind)
            try c.encode(level, forKey: .level)
            try c.encode(spans, forKey: .spans)
        case .paragraph(let spans):
            try c.encode(Kind.paragraph, forKey: .kind)
            try c.encode(spans, forKey: .spans)
        case .listItem(let ordered, let depth, let spans):
            try c.encode(Kind.listItem, forKey: .kind)
            if ordered { try c.encode(true, forKey: .ordered) }
            if depth > 0 { try c.encode(depth, forKey: .level) }
            try c.encode(spans, forKey: .spans)
        case .quote(let spans):
            try c.encode(Kind.quote, forKey: .kind)
            try c.encode(spans, forKey: .spans)
        case .code(let language, let text):
            try c.encode(Kind.code, forKey: .kind)
            try c.encodeIfPresent(language, forKey: .language)
            try c.encode(text, forKey: .text)
        case .table(let rows, let headerRows):
            try c.encode(Kind.table, forKey: .kind)
            try c.encode(rows, forKey: .rows)
            if headerRows > 0 { try c.encode(headerRows, forKey: .headerRows) }
        }
    }
}
