/// The documents of one segment where a term occurs, ascending, with how often and whether in the title.
struct TermHits {
    var ordinals: [Int32] = []
    var counts: [UInt32] = []
    var inTitle: [Bool] = []

    mutating func append(_ ordinal: Int32, count: UInt32, inTitle: Bool) {
        ordinals.append(ordinal)
        counts.append(count)
        self.inTitle.append(inTitle)
    }
}

extension Segment {
    /// Where `plan`'s term occurs among the documents `bounds`, only among `within` (ascending) when
    /// given. `bytes` are the pinned postings.
    func hits(of plan: TermPlan, within: [Int32]?, bounds: Range<Int32>, bytes: UnsafePointer<UInt8>) -> TermHits {
        var cursors: [PostingCursor] = []
        for part in plan.parts {
            guard let range = list(part.key) else { return TermHits() }
            cursors.append(cursor(over: range, key: part.key, bytes: bytes))
        }
        if cursors.count == 1 && !plan.parts[0].wordStartsOnly {
            return singleKeyHits(cursors[0], length: plan.length, within: within, bounds: bounds)
        }
        return coveredHits(cursors, plan: plan, within: within, bounds: bounds)
    }

    private func singleKeyHits(_ cursor: PostingCursor, length: Int, within: [Int32]?, bounds: Range<Int32>) -> TermHits {
        var cursor = cursor
        var hits = TermHits()
        func record() {
            let inTitle = cursor.isBigram
                ? Int(cursor.firstPosition) + length <= Int(documents.titleLengths[Int(cursor.ordinal)])
                : cursor.inTitle
            hits.append(cursor.ordinal, count: cursor.count, inTitle: inTitle)
        }
        if let within {
            for ordinal in within where bounds.contains(ordinal) {
                guard cursor.advance(to: ordinal) else { break }
                if cursor.ordinal == ordinal { record() }
            }
        } else if cursor.advance(to: bounds.lowerBound) {
            repeat {
                guard cursor.ordinal < bounds.upperBound else { break }
                record()
            } while cursor.next()
        }
        return hits
    }

    private func coveredHits(_ cursors: [PostingCursor], plan: TermPlan, within: [Int32]?, bounds: Range<Int32>) -> TermHits {
        var cursors = cursors
        let order = cursors.indices.sorted { cursors[$0].documentCount < cursors[$1].documentCount }
        var buffers = [[UInt32]](repeating: [], count: cursors.count)
        var merge = [Int](repeating: 0, count: cursors.count)
        var hits = TermHits()
        var withinIndex = 0
        var target = bounds.lowerBound
        search: while true {
            if let within {
                while withinIndex < within.count && within[withinIndex] < target { withinIndex += 1 }
                guard withinIndex < within.count else { break }
                target = within[withinIndex]
            }
            guard target < bounds.upperBound else { break }
            for index in order {
                guard cursors[index].advance(to: target) else { break search }
                if cursors[index].ordinal > target {
                    target = cursors[index].ordinal
                    continue search
                }
            }
            let titleLength = Int(documents.titleLengths[Int(target)])
            if cursors.allSatisfy({ $0.count == 1 }) {
                // The common case in short documents: one occurrence of each key, compared directly.
                var position: UInt32?
                var aligned = true
                for (index, part) in plan.parts.enumerated() {
                    let only = cursors[index].onlyPosition(minus: part.offset, wordStarts: part.wordStartsOnly)
                    if only == nil || (position != nil && only != position) {
                        aligned = false
                        break
                    }
                    position = only
                }
                if aligned, let position {
                    hits.append(target, count: 1, inTitle: Int(position) + plan.length <= titleLength)
                }
                target += 1
                continue
            }
            for index in order {
                let part = plan.parts[index]
                cursors[index].positions(minus: part.offset, wordStarts: part.wordStartsOnly, into: &buffers[index])
            }
            let (count, first) = Self.commonPositions(buffers, shortest: order[0], cursors: &merge)
            if count > 0 {
                hits.append(target, count: count, inTitle: Int(first) + plan.length <= titleLength)
            }
            target += 1
        }
        return hits
    }

    /// Where the term of `plan` starts in each of `ordinals` (ascending), for terms of two or more characters.
    func positions(of plan: TermPlan, ordinals: [Int32]) -> [[UInt32]] {
        postings.withUnsafeBufferPointer { buffer -> [[UInt32]] in
            var found = [[UInt32]](repeating: [], count: ordinals.count)
            guard let bytes = buffer.baseAddress, plan.length > 1 else { return found }
            var cursors: [PostingCursor] = []
            for part in plan.parts {
                guard let range = list(part.key) else { return found }
                cursors.append(cursor(over: range, key: part.key, bytes: bytes))
            }
            var lists = [[UInt32]](repeating: [], count: cursors.count)
            documents: for (slot, ordinal) in ordinals.enumerated() {
                for index in cursors.indices {
                    guard cursors[index].advance(to: ordinal) else { break documents }
                    guard cursors[index].ordinal == ordinal else { continue documents }
                    let part = plan.parts[index]
                    cursors[index].positions(minus: part.offset, wordStarts: part.wordStartsOnly, into: &lists[index])
                }
                found[slot] = Self.sharedPositions(lists)
            }
            return found
        }
    }

    /// How many values every (ascending) buffer holds, and the first of them, without allocating:
    /// the candidates of `shortest` are looked up in the others by advancing one cursor each.
    private static func commonPositions(_ buffers: [[UInt32]], shortest: Int, cursors: inout [Int]) -> (UInt32, UInt32) {
        for index in cursors.indices { cursors[index] = 0 }
        var count: UInt32 = 0
        var first = UInt32.max
        candidates: for position in buffers[shortest] {
            for index in buffers.indices where index != shortest {
                var at = cursors[index]
                let buffer = buffers[index]
                while at < buffer.count && buffer[at] < position { at += 1 }
                cursors[index] = at
                guard at < buffer.count else { break candidates }
                if buffer[at] != position { continue candidates }
            }
            count += 1
            first = min(first, position)
        }
        return (count, first)
    }

    /// The values every (ascending) list holds, ascending.
    private static func sharedPositions(_ lists: [[UInt32]]) -> [UInt32] {
        guard var shared = lists.min(by: { $0.count < $1.count }) else { return [] }
        for list in lists where !shared.isEmpty {
            var kept: [UInt32] = []
            var at = 0
            for value in shared {
                while at < list.count && list[at] < value { at += 1 }
                if at < list.count && list[at] == value { kept.append(value) }
            }
            shared = kept
        }
        return shared
    }
}
