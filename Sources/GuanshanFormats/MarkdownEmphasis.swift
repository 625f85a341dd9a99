/// CommonMark's "process emphasis" over a list of inline pieces: pairs closing delimiter runs with
/// the nearest opener that fits and wraps what lies between them. The pieces stay in their slots,
/// linked in order, so that a match costs only the pieces it wraps.
enum Emphasis {
    static func resolve(_ pieces: ArraySlice<InlinePiece>) -> [InlineNode] {
        var list = PieceList(Array(pieces))
        // For each kind of closer, no opener for it lies in a slot below this one.
        var openersBottom: [BottomKey: Int] = [:]
        var closerSlot = list.head
        while closerSlot < list.end {
            guard case .delimiter(var closer) = list.items[closerSlot], closer.canClose else {
                closerSlot = list.next[closerSlot]
                continue
            }
            let key = BottomKey(scalar: closer.scalar, remainder: closer.originalCount % 3, canOpen: closer.canOpen)
            let bottom = openersBottom[key] ?? 0
            var openerSlot = list.previous[closerSlot]
            while openerSlot >= bottom, !isOpener(list.items[openerSlot], for: closer) {
                openerSlot = list.previous[openerSlot]
            }
            guard openerSlot >= bottom, case .delimiter(var opener) = list.items[openerSlot] else {
                openersBottom[key] = closerSlot
                if !closer.canOpen { list.items[closerSlot] = .node(closer.literal) }
                closerSlot = list.next[closerSlot]
                continue
            }
            let used = opener.count >= 2 && closer.count >= 2 ? 2 : 1
            list.wrap(after: openerSlot, before: closerSlot) { used == 2 ? .strong($0) : .emphasis($0) }
            opener.count -= used
            closer.count -= used
            list.items[openerSlot] = .delimiter(opener)
            list.items[closerSlot] = .delimiter(closer)
            if opener.count == 0 { list.unlink(openerSlot) }
            if closer.count == 0 {
                let following = list.next[closerSlot]
                list.unlink(closerSlot)
                closerSlot = following
            }
            openersBottom = openersBottom.mapValues { min($0, openerSlot) }
        }
        return list.nodes(from: list.head, to: list.end)
    }

    private struct BottomKey: Hashable {
        var scalar: Unicode.Scalar
        var remainder: Int
        var canOpen: Bool
    }

    private static func isOpener(_ item: InlinePiece, for closer: Delimiter) -> Bool {
        guard case .delimiter(let opener) = item, opener.scalar == closer.scalar, opener.canOpen else { return false }
        // The "rule of 3": `*foo**bar*` must not pair the `**`.
        let sum = opener.originalCount + closer.originalCount
        return !((opener.canClose || closer.canOpen) && sum % 3 == 0
            && !(opener.originalCount % 3 == 0 && closer.originalCount % 3 == 0))
    }

    /// Pieces in slots linked in order; `end` stands for "no slot" after the last piece, -1 before the first.
    private struct PieceList {
        var items: [InlinePiece]
        var next: [Int]
        var previous: [Int]
        var head = 0
        var end: Int { items.count }

        init(_ items: [InlinePiece]) {
            self.items = items
            next = items.indices.map { $0 + 1 }
            previous = items.indices.map { $0 - 1 }
        }

        mutating func unlink(_ slot: Int) {
            let before = previous[slot], after = next[slot]
            if before >= 0 { next[before] = after } else { head = after }
            if after < end { previous[after] = before }
        }

        /// Replaces the pieces strictly between two slots by one node made of them.
        mutating func wrap(after start: Int, before stop: Int, _ make: ([InlineNode]) -> InlineNode) {
            let first = next[start]
            // A dropped HTML tag can leave two delimiter runs with nothing between them.
            guard first != stop else { return }
            items[first] = .node(make(nodes(from: first, to: stop)))
            next[first] = stop
            previous[stop] = first
        }

        func nodes(from start: Int, to stop: Int) -> [InlineNode] {
            var nodes: [InlineNode] = []
            var slot = start
            while slot != stop {
                switch items[slot] {
                case .node(let node): nodes.append(node)
                case .delimiter(let delimiter): nodes.append(delimiter.literal)
                }
                slot = next[slot]
            }
            return nodes
        }
    }
}
