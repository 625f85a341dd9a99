import GuanshanText

/// The site's compiled templates, and the one way a page is written from its model: into one string,
/// with a stack of the scopes the tags are looked up in, escaping with `Markup.escaped`.
struct TemplateLibrary: Sendable {
    private let templates: [String: [TemplateNode]]

    init(_ sources: [(name: String, text: String)]) throws {
        var templates: [String: [TemplateNode]] = [:]
        for (name, text) in sources {
            do {
                templates[name] = try TemplateParser.parse(text)
            } catch let failure as TemplateParser.Failure {
                throw TemplateParser.Failure(message: "\(name): \(failure.message)", offset: failure.offset)
            }
        }
        self.templates = templates
    }

    /// Template `name` written with `model` as its outermost scope; nil when there is no such template.
    func render(_ model: Any, template name: String) -> String? {
        guard let nodes = templates[name] else { return nil }
        var writer = Writer(library: self, stack: [TemplateValue.of(model) ?? .other(model)])
        writer.out.reserveCapacity(16_384)
        writer.write(nodes, indentation: nil, overrides: nil)
        return writer.out
    }

    fileprivate func nodes(_ name: String) -> [TemplateNode]? { templates[name] }
}

private struct Writer {
    let library: TemplateLibrary
    var stack: [TemplateValue]
    var out = ""

    /// Writes `nodes`; a partial alone on its line gives each line it writes its `indentation`, as
    /// swift-mustache did (a line is indented when something is written after its break).
    mutating func write(_ nodes: [TemplateNode], indentation: String?, overrides: [String: [TemplateNode]]?) {
        guard let indentation, !indentation.isEmpty else {
            for node in nodes { write(node, indentation: indentation, overrides: overrides) }
            return
        }
        let outer = out
        var written = ""
        for node in nodes {
            out = ""
            write(node, indentation: indentation, overrides: overrides)
            if !out.isEmpty, written.last == "\n" { written += indentation }
            written += out
        }
        out = outer + written
    }

    private mutating func write(_ node: TemplateNode, indentation: String?, overrides: [String: [TemplateNode]]?) {
        switch node {
        case .text(let text):
            out += text
        case .variable(let name, let escaped):
            guard let value = lookUp(name) else { return }
            let text: String
            switch value {
            case .text(let string): text = string
            case .flag(let flag): text = flag ? "true" : "false"
            case .list(let list): text = String(describing: list)
            case .scope(let scope): text = String(describing: scope)
            case .other(let other): text = String(describing: other)
            }
            out += escaped ? Markup.escaped(text) : text
        case .section(let name, let inverted, let nodes):
            let value = lookUp(name)
            if inverted {
                switch value {
                case .none: write(nodes, indentation: indentation, overrides: overrides)
                case .flag(let flag)?: if !flag { write(nodes, indentation: indentation, overrides: overrides) }
                case .list(let list)?:
                    if list.count == 0 { within(.list(list)) { $0.write(nodes, indentation: indentation, overrides: overrides) } }
                default: break
                }
                return
            }
            switch value {
            case .none: break
            case .flag(let flag)?: if flag { write(nodes, indentation: indentation, overrides: overrides) }
            case .list(let list)?:
                for index in 0..<list.count {
                    within(list.element(at: index)) { $0.write(nodes, indentation: indentation, overrides: overrides) }
                }
            case let value?:
                within(value) { $0.write(nodes, indentation: indentation, overrides: overrides) }
            }
        case .partial(let name, let indented, let inheriting):
            guard let nodes = library.nodes(name) else { return }
            let inherited: [String: [TemplateNode]]? =
                if let inheriting { (overrides ?? [:]).merging(inheriting) { outer, _ in outer } } else { overrides }
            write(nodes, indentation: indented.map { (indentation ?? "") + $0 } ?? indentation, overrides: inherited)
        case .block(let name, let nodes, let indented):
            let chosen = overrides?[name] ?? nodes
            write(chosen, indentation: (indentation ?? "") + indented, overrides: overrides)
        case .blockDefinition:
            break
        }
    }

    private mutating func within(_ value: TemplateValue, _ body: (inout Writer) -> Void) {
        stack.append(value)
        body(&self)
        stack.removeLast()
    }

    /// The value a tag names: its first part looked up from the innermost scope out, the rest inside it.
    private func lookUp(_ name: TemplateName) -> TemplateValue? {
        var found: TemplateValue?
        if name.isLocal {
            found = stack.last
            for part in name.parts {
                found = found?.child(named: part)
            }
        } else {
            for scope in stack.reversed() {
                if let value = scope.child(named: name.parts[0]) {
                    found = value
                    break
                }
            }
            for part in name.parts.dropFirst() {
                found = found?.child(named: part)
            }
        }
        guard name.askingEmpty, let value = found else { return found }
        switch value {
        case .list(let list): return .flag(list.count == 0)
        case .text(let text): return .flag(text.isEmpty)
        default: return nil
        }
    }
}
