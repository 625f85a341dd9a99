/// Builds the tree of an HTML document or fragment as browsers would, for the parts a reader sees:
/// implied end tags (`p`, `li`, table cells and rows), text misplaced in tables moved before them,
/// table parts outside tables and tags inside `select` ignored, and the `HTMLElements.dropped`
/// elements left out with their content. `html`, `head` and `body` tags make no elements.
struct HTMLTreeBuilder {
    /// Deeper elements are left out (their text kept), so walking the tree never recurses too deep.
    static let maximumDepth = 200

    private var tokenizer: HTMLTokenizer
    private let root = HTMLElement(name: "#root")
    private var open: [HTMLElement]
    /// The open elements of a dropped subtree being skipped, and whether each is SVG or MathML.
    private var dropped: [(name: String, foreign: Bool)] = []
    private var dropLeadingNewline = false

    static func parse(_ html: String) -> HTMLElement {
        var builder = HTMLTreeBuilder(html)
        while let token = builder.nextToken() {
            builder.process(token)
        }
        return builder.root
    }

    private init(_ html: String) {
        tokenizer = HTMLTokenizer(html)
        open = [root]
    }

    private mutating func nextToken() -> HTMLToken? {
        if let top = dropped.last {
            tokenizer.allowsCDATA = top.foreign && !HTMLElements.integrationPoints.contains(top.name)
        } else {
            tokenizer.allowsCDATA = false
        }
        return tokenizer.next()
    }

    private var current: HTMLElement { open[open.count - 1] }

    private mutating func process(_ token: HTMLToken) {
        guard dropped.isEmpty else { return skip(token) }
        let afterPre = dropLeadingNewline
        dropLeadingNewline = false
        switch token {
        case .text(var text):
            if afterPre, text.hasPrefix("\n") { text.removeFirst() }
            insertText(text)
        case .startTag(let name, let attributes, let selfClosing):
            start(name, attributes, selfClosing: selfClosing)
        case .endTag(let name):
            end(name)
        }
    }

    // MARK: Start tags

    private mutating func start(_ name: String, _ attributes: [HTMLAttribute], selfClosing: Bool) {
        if let select = open.lastIndex(where: { $0.name == "select" }) {
            guard ["select", "input", "keygen", "textarea"].contains(name) else { return }
            open.removeSubrange(select...)
            if name == "select" { return }
        }
        if HTMLElements.dropped.contains(name) {
            let foreign = name == "svg" || name == "math"
            if !HTMLElements.void.contains(name) && !(foreign && selfClosing) { drop(name, foreign: foreign) }
            return
        }
        if HTMLElements.tableParts.contains(name) {
            return startTablePart(name, attributes)
        }
        switch name {
        case "html", "head", "body", "frame":
            return
        case "table":
            closeParagraph()
            if HTMLElements.tableContext.contains(current.name), let table = open.lastIndex(where: { $0.name == "table" }) {
                open.removeSubrange(table...)
            }
        case "li":
            closeListItem(["li"])
        case "dd", "dt":
            closeListItem(["dd", "dt"])
        case "a":
            if let anchor = indexInScope(of: ["a"], boundaries: HTMLElements.scope) { open.removeSubrange(anchor...) }
        default:
            if HTMLElements.closesParagraph.contains(name) { closeParagraph() }
            if HTMLElements.headings.contains(name), HTMLElements.headings.contains(current.name) { open.removeLast() }
        }
        let element = HTMLElement(name: name == "image" ? "img" : name, attributes: attributes)
        if HTMLElements.void.contains(element.name) {
            insert(.element(element))
            return
        }
        if let mode = HTMLElements.textMode(for: name) { tokenizer.mode = mode }
        guard open.count <= Self.maximumDepth else { return }
        insert(.element(element))
        open.append(element)
        dropLeadingNewline = name == "pre" || name == "listing" || name == "textarea"
    }

    private mutating func startTablePart(_ name: String, _ attributes: [HTMLAttribute]) {
        guard let table = open.lastIndex(where: { $0.name == "table" }) else { return }
        let stops: Set<String> = switch name {
        case "td", "th": ["tr", "tbody", "thead", "tfoot"]
        case "tr": ["tbody", "thead", "tfoot"]
        default: []
        }
        while open.count - 1 > table, !stops.contains(current.name) { open.removeLast() }
        if name == "col" || name == "colgroup" { return }
        if (name == "td" || name == "th") && current.name != "tr" {
            let row = HTMLElement(name: "tr")
            current.append(.element(row))
            open.append(row)
        }
        let element = HTMLElement(name: name, attributes: attributes)
        current.append(.element(element))
        open.append(element)
    }

    private mutating func drop(_ name: String, foreign: Bool) {
        dropped.append((name, foreign))
        if !foreign, let mode = HTMLElements.textMode(for: name) { tokenizer.mode = mode }
    }

    /// Follows the elements inside a dropped one only far enough to find where it ends.
    private mutating func skip(_ token: HTMLToken) {
        guard let top = dropped.last else { return }
        let inForeignContent = top.foreign && !HTMLElements.integrationPoints.contains(top.name)
        switch token {
        case .text:
            return
        case .startTag(let name, let attributes, let selfClosing):
            if inForeignContent, HTMLElements.leaveForeignContent.contains(name)
                || (name == "font" && attributes.contains { ["color", "face", "size"].contains($0.name) }) {
                while dropped.last?.foreign == true { dropped.removeLast() }
                if dropped.isEmpty { start(name, attributes, selfClosing: selfClosing) }
                return
            }
            let foreign = name == "svg" || name == "math" || inForeignContent
            if foreign {
                if !selfClosing { dropped.append((name, true)) }
            } else if !HTMLElements.void.contains(name) {
                drop(name, foreign: false)
            }
        case .endTag(let name):
            guard let index = dropped.lastIndex(where: { $0.name == name }) else { return }
            // `</form>` closes the form but not what is open inside it, which stays part of it.
            if name == "form" { dropped.remove(at: index) } else { dropped.removeSubrange(index...) }
        }
    }

    // MARK: End tags

    private mutating func end(_ name: String) {
        if let select = open.lastIndex(where: { $0.name == "select" }) {
            if name == "select" { open.removeSubrange(select...) }
            return
        }
        switch name {
        case "p":
            if !closeParagraph() { insert(.element(HTMLElement(name: "p"))) }
        case "br":
            insert(.element(HTMLElement(name: "br")))
        case "li":
            closeElement(in: ["li"], boundaries: HTMLElements.scope.union(["ol", "ul"]))
        case "h1", "h2", "h3", "h4", "h5", "h6":
            closeElement(in: HTMLElements.headings, boundaries: HTMLElements.scope)
        case "html", "head", "body":
            return
        case "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption":
            let boundaries: Set<String> = ["#root", "html", "template"]
            closeElement(in: [name], boundaries: name == "table" ? boundaries : boundaries.union(["table"]))
        case _ where HTMLElements.special.contains(name):
            closeElement(in: [name], boundaries: HTMLElements.scope)
        default:
            for index in open.indices.reversed() {
                if open[index].name == name {
                    open.removeSubrange(index...)
                    return
                }
                if HTMLElements.special.contains(open[index].name) { return }
            }
        }
    }

    // MARK: The stack of open elements

    private func indexInScope(of names: Set<String>, boundaries: Set<String>) -> Int? {
        for index in open.indices.reversed() {
            if names.contains(open[index].name) { return index }
            if boundaries.contains(open[index].name) { return nil }
        }
        return nil
    }

    private mutating func closeElement(in names: Set<String>, boundaries: Set<String>) {
        if let index = indexInScope(of: names, boundaries: boundaries) { open.removeSubrange(index...) }
    }

    /// Closes an open `p` (in button scope); false when there is none.
    @discardableResult
    private mutating func closeParagraph() -> Bool {
        guard let index = indexInScope(of: ["p"], boundaries: HTMLElements.scope.union(["button"])) else { return false }
        open.removeSubrange(index...)
        return true
    }

    /// Closes an open item of the same kind before a new one, unless a block other than `address`,
    /// `div` or `p` comes between; then an open `p`.
    private mutating func closeListItem(_ names: Set<String>) {
        for index in open.indices.reversed() {
            if names.contains(open[index].name) {
                open.removeSubrange(index...)
                break
            }
            if HTMLElements.special.contains(open[index].name), !["address", "div", "p"].contains(open[index].name) { break }
        }
        closeParagraph()
    }

    private mutating func insertText(_ text: String) {
        if HTMLElements.tableContext.contains(current.name) {
            guard !text.isBlank else { return }
        }
        insert(.text(text))
    }

    /// Appends to the current element, or puts the node before the table when the current element is part of a table.
    private mutating func insert(_ node: HTMLNode) {
        guard HTMLElements.tableContext.contains(current.name), let table = open.lastIndex(where: { $0.name == "table" }),
              table > 0
        else { return current.append(node) }
        let parent = open[table - 1]
        guard let position = parent.children.lastIndex(where: { if case .element(let element) = $0 { element === open[table] } else { false } })
        else { return current.append(node) }
        parent.insert(node, at: position)
    }
}
