import Foundation

/// A document as the index sees it: the normalized text of its title and its blocks, joined by single
/// spaces (the text of docs/search.md), with what ranking and filters need.
public struct IndexedText: Sendable {
    public var id: Int64
    public var scalars: [UInt32]
    /// The title is `scalars[0..<titleLength]`.
    public var titleLength: Int
    public var published: Int64
    public var categoryID: Int64?
    public var pages: Int

    /// `pieces` are the title and then the text of each block.
    public init(id: Int64, title: String, pieces: [String], published: Date, categoryID: Int64?, pages: Int = 1) {
        self.id = id
        var scalars: [UInt32] = []
        scalars.reserveCapacity(title.utf8.count + pieces.reduce(0) { $0 + $1.utf8.count } / 2)
        SearchText.appendNormalized(title, to: &scalars)
        titleLength = scalars.count
        for piece in pieces {
            let separated = !scalars.isEmpty
            if separated { scalars.append(0x20) }
            let mark = scalars.count
            SearchText.appendNormalized(piece, to: &scalars)
            if separated && scalars.count == mark { scalars.removeLast() }
        }
        self.scalars = scalars
        self.published = Int64(published.timeIntervalSince1970)
        self.categoryID = categoryID
        self.pages = pages
    }
}
