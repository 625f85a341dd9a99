/// Word's automatic numbering from `word/numbering.xml`, counted paragraph by paragraph as Word
/// counts it, so that each number reads as the reader saw it.
struct DocxNumbering {
    struct Level {
        var start = 1
        var format = "decimal"
        var text = ""
        var style: String?
        var legal = false
        /// False when `w:suff` is `nothing`: the text follows the number with no space or tab.
        var separated = true
    }

    struct Number {
        /// The number as shown (`一、` `（一）` `1.`); for a bullet, its glyph.
        var text: String
        var format: String
        var separated: Bool
    }

    private var abstracts: [String: [Int: Level]] = [:]
    /// `w:num` id: its abstract numbering and the start of every level it overrides.
    private var instances: [String: (abstract: String, starts: [Int: Int], levels: [Int: Level])] = [:]
    private var counters: [String: [Int: Int]] = [:]
    private var started: Set<String> = []

    init(_ root: XMLNode?) {
        for abstract in root?.children("w:abstractNum") ?? [] {
            guard let id = abstract.attributes["w:abstractNumId"] else { continue }
            abstracts[id] = Self.levels(abstract)
        }
        for instance in root?.children("w:num") ?? [] {
            guard let id = instance.attributes["w:numId"], let abstract = instance.value("w:abstractNumId") else { continue }
            var starts: [Int: Int] = [:]
            var levels: [Int: Level] = [:]
            for override in instance.children("w:lvlOverride") {
                guard let level = override.attributes["w:ilvl"].flatMap({ Int($0) }) else { continue }
                if let start = override.value("w:startOverride").flatMap(Self.start) { starts[level] = start }
                if let definition = override.child("w:lvl") { levels[level] = Self.level(definition) }
            }
            instances[id] = (abstract, starts, levels)
        }
    }

    /// The level a numbering gives a paragraph style, when the style names none.
    func level(of numID: String, style: String?) -> Int? {
        guard let style, let instance = instances[numID], let levels = abstracts[instance.abstract] else { return nil }
        return levels.first { $0.value.style == style }?.key
    }

    /// Counts the next paragraph numbered `numID` at `level` and gives its number; nil when the
    /// numbering does not exist (`w:numId` 0 takes numbering away).
    mutating func next(numID: String, level: Int) -> Number? {
        guard let instance = instances[numID], (0...8).contains(level) else { return nil }
        let levels = (abstracts[instance.abstract] ?? [:]).merging(instance.levels) { $1 }
        guard let definition = levels[level] else { return nil }
        var counter = counters[instance.abstract] ?? [:]
        if started.insert(numID).inserted {
            for (overridden, start) in instance.starts { counter[overridden] = start - 1 }
        }
        counter[level] = (counter[level] ?? definition.start - 1) + 1
        for deeper in (level + 1)...9 { counter[deeper] = nil }
        counters[instance.abstract] = counter
        guard definition.format != "bullet" else { return Number(text: definition.text, format: "bullet", separated: true) }
        var text = definition.text
        for shown in 0...level {
            let shownLevel = levels[shown] ?? Level()
            let value = counter[shown] ?? shownLevel.start
            let format = definition.legal ? "decimal" : shownLevel.format
            text = text.replacingOccurrences(of: "%\(shown + 1)", with: DocxNumberFormat.format(value, as: format))
        }
        return Number(text: text, format: definition.format, separated: definition.separated)
    }

    /// A start value, kept to what a document can really count to.
    private static func start(_ value: String) -> Int? {
        Int(value).map { min(max($0, 0), 1_000_000) }
    }

    private static func levels(_ abstract: XMLNode) -> [Int: Level] {
        var levels: [Int: Level] = [:]
        for definition in abstract.children("w:lvl") {
            guard let index = definition.attributes["w:ilvl"].flatMap({ Int($0) }) else { continue }
            levels[index] = level(definition)
        }
        return levels
    }

    private static func level(_ definition: XMLNode) -> Level {
        Level(
            start: definition.value("w:start").flatMap(Self.start) ?? 1,
            format: definition.value("w:numFmt") ?? "decimal",
            text: definition.value("w:lvlText") ?? "",
            style: definition.value("w:pStyle"),
            legal: definition.child("w:isLgl").map { DocxToggle.isOn($0.attributes["w:val"]) ?? true } ?? false,
            separated: definition.value("w:suff") != "nothing")
    }
}
