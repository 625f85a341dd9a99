extension DocxWriter {
    /// The targets of the document's links, each an external relationship of `word/document.xml`
    /// numbered after the parts the document always has.
    struct Links {
        private(set) var targets: [String] = []
        private var ids: [String: String] = [:]

        mutating func id(for target: String) -> String {
            if let id = ids[target] { return id }
            targets.append(target)
            let id = "rId\(Parts.documentParts.count + targets.count)"
            ids[target] = id
            return id
        }
    }
}
