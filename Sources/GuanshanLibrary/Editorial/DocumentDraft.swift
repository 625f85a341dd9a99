import Foundation
internal import GuanshanFormats
public import GuanshanModel
import GuanshanText

/// How the body of a draft is written: plain text as pasted from Word or a web page, or Markdown.
public enum BodyFormat: String, Sendable, CaseIterable {
    case text, markdown
}

/// A document as the editor's form holds it.
public struct DocumentDraft: Sendable, Equatable {
    public var title: String
    public var body: String
    public var format: BodyFormat
    public var category: String
    /// Separated by commas (`,` `，` `、`) or new lines.
    public var tags: String
    public var status: DocumentStatus

    public init(title: String = "", body: String = "", format: BodyFormat = .text, category: String = "", tags: String = "", status: DocumentStatus = .published) {
        self.title = title
        self.body = body
        self.format = format
        self.category = category
        self.tags = tags
        self.status = status
    }

    public static let maximumTitleLength = 200
    public static let maximumBodyBytes = 8 << 20

    var tagList: [String] {
        tags.split(whereSeparator: { ",，、\n\r".contains($0) })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The title and blocks the draft stands for. A first line the parser would take as the title is
    /// kept in the body when the form names another title, so that no text is lost.
    func parsed() throws(EditorialError) -> ParsedDocument {
        let title = title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard title.count <= Self.maximumTitleLength else { throw .titleTooLong }
        guard body.utf8.count <= Self.maximumBodyBytes else { throw .bodyTooLarge }
        let unnamed = "\u{1}"
        var parsed: ParsedDocument
        do {
            parsed = switch format {
            case .text: try PlainTextFormat.parse(body, fileName: unnamed)
            case .markdown: try MarkdownFormat.parse(body, fileName: unnamed)
            }
        } catch .empty {
            throw .emptyBody
        } catch {
            throw .format(error)
        }
        let firstLine = parsed.title == unnamed ? nil : parsed.title
        if let firstLine, !title.isEmpty, firstLine != title {
            let spans = [Span(firstLine)]
            parsed.blocks.insert(format == .markdown ? .heading(level: 1, spans: spans) : .paragraph(spans), at: 0)
        }
        parsed.title = title.isEmpty ? (firstLine ?? "") : title
        guard !parsed.title.isEmpty else { throw .emptyTitle }
        parsed.category = category.trimmingCharacters(in: .whitespacesAndNewlines)
        parsed.tags = tagList
        return parsed
    }
}

public enum EditorialError: Error, Equatable, Sendable {
    case emptyTitle
    case titleTooLong
    case emptyBody
    case bodyTooLarge
    case format(FormatError)
    /// Another document has the same title and text.
    case duplicate(of: Int64)
    case invalidCategory
    case categoryTaken
    case invalidTag
    /// An admin may not change their own role or disable themselves.
    case ownAccount
    case lastAdmin
    case userNotFound
    case invalidSetting(String)
    /// A reader's shared document is published or taken back through its review, not the editor.
    case underReview
}
