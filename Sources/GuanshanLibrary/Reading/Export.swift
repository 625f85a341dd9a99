import Foundation
internal import GuanshanFormats
internal import GuanshanModel
public import GuanshanText

/// The files a document can be downloaded as.
public enum ExportFormat: String, Sendable, CaseIterable {
    case docx, epub, txt, md

    public var mediaType: String {
        switch self {
        case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .epub: "application/epub+zip"
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

extension ExportedFile {
    /// `document` written as `format`, named after its title.
    init(_ document: StoredDocument, as format: ExportFormat) throws {
        let title = document.summary.title
        let data: Data = switch format {
        case .docx: try DocxWriter.docx(title: title, blocks: document.blocks, author: document.summary.sharer, created: document.summary.published)
        case .epub:
            try EPUBWriter.epub(
                title: title, blocks: document.blocks, author: document.summary.sharer, identifier: "urn:guanshan:document:\(document.id)",
                language: "zh-CN", modified: document.updated)
        case .txt: Data(TextWriter.text(title: title, blocks: document.blocks).utf8)
        case .md: Data(MarkdownWriter.markdown(title: title, blocks: document.blocks).utf8)
        }
        self.init(fileName: Self.fileName(title, id: document.id) + "." + format.rawValue, format: format, data: data)
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

extension ReadingService {
    /// The body of a page as Markdown, for the API.
    public static func markdown(_ blocks: [Block]) -> String {
        MarkdownWriter.markdown(blocks: blocks)
    }

    /// A published document as a file.
    public func export(id: Int64, as format: ExportFormat) async throws -> ExportedFile {
        guard let document = try await store.document(id: id) else { throw LibraryError.documentNotFound }
        return try ExportedFile(try await lists().masked(document), as: format)
    }
}
