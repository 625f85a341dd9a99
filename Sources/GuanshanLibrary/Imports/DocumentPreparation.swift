import Foundation
internal import GuanshanFormats
internal import GuanshanModel
import GuanshanText

/// Turns a parsed document into one ready to save: the text rules are applied here, once.
struct DocumentPreparation: Sendable {
    var pageBudget: Int
    var readingSpeed: Int = TextRules.charactersPerMinute
    var sharer: String?
    var category: String?
    /// Tags for every document, over any a file names; none keeps the file's.
    var tags: [String] = []
    /// Whether the category and tags are the given ones only, none of the file's: a reader's upload
    /// names neither a category the site lacks nor tags past the form's limits.
    var ignoresFileLabels = false
    var status: DocumentStatus = .published
    var ownerID: Int64?

    func prepare(_ parsed: ParsedDocument, now: Date = Date()) -> NewDocument {
        let stats = TextStats(blocks: parsed.blocks, budget: pageBudget, readingSpeed: readingSpeed)
        let categoryName = (ignoresFileLabels ? category : category ?? parsed.category).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        return NewDocument(
            id: parsed.id,
            title: parsed.title,
            sharer: sharer ?? parsed.author ?? Self.defaultSharer,
            category: categoryName.flatMap { $0.isEmpty ? nil : CategoryName(name: $0, slug: CategorySlug.make($0)) },
            tags: tags.isEmpty && !ignoresFileLabels ? parsed.tags : tags,
            status: parsed.isDraft ? .draft : status,
            created: parsed.created ?? now,
            blocks: parsed.blocks,
            metrics: DocumentMetrics(
                characterCount: stats.characterCount,
                readingMinutes: stats.readingMinutes,
                pages: stats.pages,
                outline: stats.outline,
                fingerprint: stats.fingerprint,
                contentHash: Self.contentHash(title: parsed.title, blocks: parsed.blocks)),
            ownerID: ownerID)
    }

    static let defaultSharer = "admin"

    /// SHA-256 of the normalized title and body text, so a re-encoded or re-wrapped copy of a file is still the same document.
    static func contentHash(title: String, blocks: [Block]) -> String {
        let text = ([title] + blocks.map(\.plainText)).map(TextRules.normalized).joined(separator: "\n")
        return sha256Hex(text)
    }
}
