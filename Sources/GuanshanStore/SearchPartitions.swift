import GuanshanModel
/// Where to cut the published documents into runs of about equal text, from each document's running
/// total of characters (by id).
enum SearchPartitions {
    static func boundaries(_ running: [(id: Int64, running: Int)], parts: Int) -> [Int64] {
        let total = running.last?.running ?? 0
        let cuts = (1..<max(parts, 1)).map { total * $0 / parts }
        var boundaries: [Int64] = []
        for row in running where boundaries.count < cuts.count {
            if row.running >= cuts[boundaries.count] { boundaries.append(row.id) }
        }
        return boundaries
    }
}
