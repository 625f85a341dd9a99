import Foundation
import GuanshanLibrary
import GuanshanModel

/// `/d/{id}/preview`: the first pages of a document's original as images, loaded as the reader scrolls.
struct PreviewModel {
    struct Page { var id: String; var src: String; var alt: String }

    var layout: LayoutModel
    var title: String
    var documentHref: String
    var pages: [Page]
    /// That only the first pages are shown, when the original has more.
    var more: String?
    var original: ReadingModel.TagLink?

    init(_ previewed: PreviewedPages, context: PageContext) {
        let strings = context.strings
        let id = previewed.document.id
        title = previewed.document.summary.title
        layout = LayoutModel(context: context, title: "\(strings.preview) · \(title)")
        documentHref = SitePath.document(id).path
        pages = (1...previewed.count).map { Page(id: "p\($0)", src: SitePath.previewPage(id, $0).path, alt: strings.previewPageAlt($0)) }
        more = previewed.total > previewed.count ? strings.previewMore(previewed.count, previewed.total) : nil
        original = ReadingModel.originalLink(previewed.document, context: context)
    }

    /// Whether the site shows previews of a document's original: of its format, and any pages at all.
    static func shows(_ summary: DocumentSummary, settings: SiteSettings) -> Bool {
        guard let format = summary.originalFormat else { return false }
        return settings.previewPages > 0 && PagePreviews.canPreview(format)
    }

    /// The thumbnail of a document's original for lists, when the site shows previews of it.
    static func thumbnail(_ summary: DocumentSummary, settings: SiteSettings) -> String? {
        shows(summary, settings: settings) ? SitePath.thumbnail(summary.id).path : nil
    }
}
