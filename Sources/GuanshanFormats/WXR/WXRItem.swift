import Foundation
import GuanshanText

/// A post or page of a WordPress export, parsed into a document.
public struct WXRItem: Hashable, Sendable {
    public enum PostType: String, Hashable, Sendable {
        case post, page
    }

    public enum Status: Hashable, Sendable {
        case publish, draft, `private`, pending, future
        /// A status a plugin added; such a post is not public either.
        case other(String)

        init(_ name: String) {
            switch name {
            case "publish": self = .publish
            case "draft": self = .draft
            case "private": self = .private
            case "pending": self = .pending
            case "future": self = .future
            default: self = .other(name)
            }
        }
    }

    public var document: ParsedDocument
    /// `wp:post_id`: the id the post had in WordPress.
    public var wordPressID: Int64?
    public var postType: PostType
    public var status: Status
    /// The line of the export where the item starts.
    public var line: Int
}

/// Why an item of an export was not read as a document.
public enum WXRSkipReason: String, Hashable, Sendable, CaseIterable {
    case attachment
    case navMenuItem
    case revision
    case trash
    /// Another post type: a plugin's, or WordPress's own templates, styles and reusable blocks.
    case otherType
    /// A post or page with no text in its content.
    case empty
}

/// What a WordPress export holds for the library: its posts and pages, and how many other items it skipped.
public struct WXRExport: Hashable, Sendable {
    public var items: [WXRItem] = []
    public var skipped: [WXRSkipReason: Int] = [:]

    public var skippedCount: Int { skipped.values.reduce(0, +) }
}
