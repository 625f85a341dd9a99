/// The markers of list items written one after another: ordered items numbered from 1 at each depth,
/// the count running on until an item of the other kind or any other block, and each item indented
/// to where its parent's text starts.
struct ListMarkers {
    struct Marker {
        /// Columns before the marker.
        var indent: Int
        var text: String
        /// The column where the item's text starts.
        var contentColumn: Int { indent + text.count }
    }

    let bullet: String
    private var contentColumns: [Int] = []
    /// The number of the latest item at each depth; 0 for a bullet.
    private var numbers: [Int] = []

    init(bullet: String) {
        self.bullet = bullet
    }

    mutating func next(ordered: Bool, depth: Int) -> Marker {
        let depth = min(max(depth, 0), contentColumns.count)
        let indent = depth == 0 ? 0 : contentColumns[depth - 1]
        let number = depth < numbers.count && (numbers[depth] > 0) == ordered ? numbers[depth] + 1 : 1
        let marker = Marker(indent: indent, text: ordered ? "\(number). " : bullet)
        contentColumns = Array(contentColumns.prefix(depth)) + [marker.contentColumn]
        numbers = Array(numbers.prefix(depth)) + [ordered ? number : 0]
        return marker
    }

    /// After a block that is not a list item.
    mutating func reset() {
        contentColumns = []
        numbers = []
    }
}
