/// A candidate for the result list, in the order results are shown: the highest `key` of the order
/// asked for (0 for all under relevance), then most terms in the title, then the highest score, then
/// the newest, then the highest id.
struct RankedCandidate {
    var key: Int64
    var titleHits: Int
    var score: Double
    var published: Int64
    var id: Int64
    var segment: Int
    var ordinal: Int32

    @inline(__always)
    func ranks(above other: RankedCandidate) -> Bool {
        if key != other.key { return key > other.key }
        if titleHits != other.titleHits { return titleHits > other.titleHits }
        if score != other.score { return score > other.score }
        if published != other.published { return published > other.published }
        return id > other.id
    }
}

/// Keeps the best `capacity` candidates seen, in a heap with the weakest on top.
struct TopRanked {
    let capacity: Int
    private var heap: [RankedCandidate] = []

    init(capacity: Int) {
        self.capacity = capacity
        heap.reserveCapacity(min(capacity, 1024))
    }

    /// Whether a candidate with these keys could enter; lets callers skip building one.
    @inline(__always)
    func admits(_ candidate: RankedCandidate) -> Bool {
        heap.count < capacity || candidate.ranks(above: heap[0])
    }

    mutating func insert(_ candidate: RankedCandidate) {
        guard capacity > 0, admits(candidate) else { return }
        if heap.count < capacity {
            heap.append(candidate)
            siftUp(heap.count - 1)
        } else {
            heap[0] = candidate
            siftDown(0)
        }
    }

    /// Best first.
    var sorted: [RankedCandidate] {
        heap.sorted { $0.ranks(above: $1) }
    }

    private mutating func siftUp(_ index: Int) {
        var child = index
        while child > 0 {
            let parent = (child - 1) / 2
            guard heap[parent].ranks(above: heap[child]) else { return }
            heap.swapAt(parent, child)
            child = parent
        }
    }

    private mutating func siftDown(_ index: Int) {
        var parent = index
        while true {
            var weakest = parent
            for child in [2 * parent + 1, 2 * parent + 2] where child < heap.count && heap[weakest].ranks(above: heap[child]) {
                weakest = child
            }
            guard weakest != parent else { return }
            heap.swapAt(parent, weakest)
            parent = weakest
        }
    }
}
