import Foundation
internal import GuanshanFormats
internal import GuanshanStore
public import GuanshanModel
public import GuanshanText

/// The files a document can be downloaded as.
public enum ExportFormat: String, Sendable, CaseIterable {
    case docx, txt, md

    public var mediaType: String {
        switch self {
        case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .txt: "text/plain; charset=utf-8"
        case .md: "text/markdown; charset=utf-8"
        }
    }
}

public struct ExportedFile: Sendable {
    /// The document's title made safe as a file name, with the format's extension.
    public var fileName: String
    public var format: ExportFormat
    public var data: Data
}

extension Library {
    /// Blocks as Markdown that reads back to the same blocks: how the API gives a page's text.
    public static func markdown(_ blocks: [Block]) -> String {
        MarkdownWriter.markdown(blocks: blocks)
    }

    /// A document as a file: `/d/{id}/download.{format}` offers published documents; `guanshan export`
    /// passes `includingDrafts` to reach every document that is not in the trash.
    public func export(id: Int64, as format: ExportFormat, includingDrafts: Bool = false) async throws -> ExportedFile {
        let document: StoredDocument?
        if includingDrafts, let editable = try await store.editableDocument(id: id), editable.state != .trashed {
            document = editable.document
        } else {
            document = try await store.document(id: id)
        }
        guard let document else { throw LibraryError.documentNotFound }
        let title = document.summary.title
        let data: Data = switch format {
        case .docx: try DocxWriter.docx(title: title, blocks: document.blocks, author: document.summary.sharer, created: document.summary.published)
        case .txt: Data(TextWriter.text(title: title, blocks: document.blocks).utf8)
        case .md: Data(MarkdownWriter.markdown(title: title, blocks: document.blocks).utf8)
        }
        return ExportedFile(fileName: Self.fileName(title, id: id) + "." + format.rawValue, format: format, data: data)
    }

    /// The title without what file systems refuse (`/ \ : * ? " < > |`, control characters, leading
    /// dots), at most 80 characters; `文档-{id}` when nothing is left.
    static func fileName(_ title: String, id: Int64) -> String {
        let refused = Set("/\\:*?\"<>|")
        var name = String(title.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }.map(Character.init))
            .filter { !refused.contains($0) }.trimmingCharacters(in: .whitespaces)
        while name.hasPrefix(".") { name.removeFirst() }
        name = String(name.prefix(80)).trimmingCharacters(in: .whitespaces)
        return name.isEmpty ? "文档-\(id)" : name
    }
}
