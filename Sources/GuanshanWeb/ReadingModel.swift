import Foundation
import GuanshanLibrary
import GuanshanModel
import GuanshanText
import HTTPTypes

/// The reading page of docs/reading-page.md, for one page or for the whole document.
struct ReadingModel {
    struct OutlineLink { var level: Int; var number: String?; var title: String; var href: String }
    struct TagLink { var name: String; var href: String }
    struct CategoryLink { var name: String; var href: String }

    var layout: LayoutModel
    var title: String
    var pageMarker: String?
    var sharer: String
    var time: String
    var timeISO: String
    var countLine: String
    var category: CategoryLink?
    var outline: [OutlineLink]
    /// The page's blocks as HTML (`BlockHTML`).
    var body: String
    var pager: PagerModel?
    var isWhole: Bool
    var pagedHref: String?
    var tags: [TagLink]
    var downloads: [TagLink]
    /// `举报`: the form to report the document.
    var reportHref: String
    /// The file the document was imported from, when the site offers originals.
    var original: TagLink?
    /// The text was recognized by OCR from a scan: the reader is told it may hold misread characters.
    var recognizedByOCR: Bool
    /// `原版预览`, when the site shows pages of this document's original.
    var previewHref: String?
    var views: String
    /// The favorite button for a signed-in reader; nil sends others to the login page.
    var favorite: FavoriteForm?
    var continueReading: ContinueLink?

    struct FavoriteForm { var action: String; var isFavorite: Bool; var next: String }
    struct ContinueLink { var href: String; var label: String }

    /// The QR code of this page's public address, with the address.
    var share: ShareBox?
    /// For an admin while the site address is not set: where to set it.
    var shareHint: String?
    /// The promo widget, when the admin has set an image or a QR target.
    var promo: PromoBox?
    var hasShareRow = false
    /// At the end of the document: the documents closest to it in content.
    var related: [RelatedItem]
    /// On the last page and the whole document: the comments.
    var comments: CommentsModel?
    var styleForm: ReadingStyleForm

    struct RelatedItem { var document: DocumentListItem; var excerpt: String }

    struct ShareBox { var image: String; var url: String }
    struct PromoBox { var image: String; var caption: String?; var isCode: Bool }
    /// What the image of the promo widget needs in the Content-Security-Policy (an https image's origin).
    var imageOrigin: String?

    /// Where each page of the original begins among the page's blocks, when it has pages and the text is
    /// still the one imported; linked to the page's preview when it is among those shown.
    static func sourceMarks(_ page: ReadingPage, context: PageContext) -> [Int: BlockView.SourceMark] {
        let document = page.document
        guard let original = document.original, !original.sourcePages.isEmpty else { return [:] }
        let preview = PreviewModel.shows(document.summary, settings: context.settings)
        guard original.sourcePagesOf == document.metrics.contentHash else { return [:] }
        let starts = Dictionary(original.sourcePages.map { ($0.block, $0.page) }, uniquingKeysWith: { first, _ in first })
        var marks: [Int: BlockView.SourceMark] = [:]
        for (index, _) in page.blocks {
            guard let number = starts[index] else { continue }
            let href = preview && number <= context.settings.previewPages ? SitePath.preview(document.id).path + "#p\(number)" : nil
            marks[index] = BlockView.SourceMark(label: context.strings.sourcePage(number), href: href)
        }
        return marks
    }

    /// `下载原文件（PDF，1.2 MB）`, when the document has an original and the site offers originals.
    static func originalLink(_ document: StoredDocument, context: PageContext) -> TagLink? {
        guard let file = document.original, context.settings.originalDownloads != .nobody else { return nil }
        let ext = (file.fileName as NSString).pathExtension
        return TagLink(
            name: context.strings.originalFile(ext.isEmpty ? file.format.rawValue.uppercased() : ext.uppercased(), size(file.byteCount)),
            href: SitePath.original(document.id).path)
    }

    /// `820 KB`, `1.2 MB`: in units of 1,024 bytes, as file managers show them.
    static func size(_ bytes: Int64) -> String {
        if bytes < 1024 { return "\(bytes) B" }
        if bytes < 1024 * 1024 { return "\((bytes + 1023) / 1024) KB" }
        return String(format: "%.1f MB", Double(bytes) / 1_048_576)
    }

    init(_ page: ReadingPage, whole: Bool, context: PageContext) {
        let document = page.document
        let summary = document.summary
        let strings = context.strings
        let id = summary.id
        let multiPage = page.pageCount > 1 && !whole
        pageMarker = multiPage ? strings.pageMarker(page.pageNumber, page.pageCount) : nil
        title = summary.title
        sharer = summary.sharer
        time = context.dateTime(summary.published)
        timeISO = FeedClock(timeZone: context.settings.timeZone).rfc3339(summary.published)
        countLine = strings.countLine(summary.characterCount, summary.readingMinutes)
        category = summary.category.map { CategoryLink(name: $0.name, href: SitePath.category(slug: $0.slug).path) }
        let entries = document.metrics.outline
        outline = entries.map { entry in
            let href = whole
                ? "#b\(entry.block)"
                : SitePath.block(id, page: page.pageNumber(ofBlock: entry.block), block: entry.block, noting: context.visitor != nil).path
            return OutlineLink(level: min(max(entry.level, 1), 4), number: entry.number.isEmpty ? nil : entry.number, title: entry.title, href: href)
        }
        let headingOnly = Set(page.blocks.compactMap { index, block in
            if case .paragraph(let spans) = block, Outline.isHeadingOnly(paragraph: spans.plainText) { index } else { nil }
        })
        body = BlockHTML.render(BlockView.views(of: page.blocks, headingOnly: headingOnly, marks: Self.sourceMarks(page, context: context)))
        pager = whole ? nil : PagerModel(
            current: page.pageNumber, count: page.pageCount, strings: strings, whole: SitePath.wholeDocument(id).path
        ) { SitePath.document(id, page: $0).path }
        isWhole = whole
        pagedHref = whole && page.pageCount > 1 ? SitePath.document(id).path : nil
        tags = document.tags.map { TagLink(name: $0, href: SitePath.tag($0).path) }
        downloads = ExportFormat.allCases.map {
            TagLink(name: strings.downloadLabels[$0.rawValue] ?? $0.rawValue, href: SitePath.download(document.id, $0).path)
        }
        original = Self.originalLink(document, context: context)
        reportHref = SitePath.report(id).path
        recognizedByOCR = document.original?.textByOCR == true
        previewHref = PreviewModel.shows(summary, settings: context.settings) ? SitePath.preview(id).path : nil
        views = strings.viewCount(page.viewCount)
        styleForm = ReadingStyleForm(context.readingStyle, next: context.path, strings: strings.style)
        if let personal = page.personal {
            favorite = FavoriteForm(action: SitePath.favorite(id).path, isFavorite: personal.isFavorite, next: context.path)
            continueReading = personal.continuePage.map {
                ContinueLink(
                    href: SitePath.block(id, page: $0, block: personal.continueBlock, noting: true).path,
                    label: strings.account.continueReading($0))
            }
        }
        let settings = context.settings
        let path = whole ? SitePath.wholeDocument(id).path : SitePath.document(id, page: page.pageNumber).path
        // Absolute addresses come from the site address setting alone, never from the request.
        let address = settings.publicAddress(of: path)
        if let address {
            share = ShareBox(image: SitePath.shareCode(id, page: whole ? nil : page.pageNumber).path, url: address)
        } else if context.visitor?.user.role == .admin {
            shareHint = SitePath.adminSettings.path
        }
        promo = Self.promo(settings)
        imageOrigin = promo?.isCode == false ? settings.promoImageSource?.origin : nil
        hasShareRow = share != nil || shareHint != nil || promo != nil
        related = page.related.map { RelatedItem(document: DocumentListItem($0.summary, context: context), excerpt: $0.excerpt) }
        let pageTitle = summary.title + (pageMarker ?? "")
        // The opening of the page's text, white space collapsed, for search engines and link previews.
        let description = SyndicationService.excerpt(page.blocks.map { Substring($0.block.plainText) }, length: 120)
        layout = LayoutModel(context: context, title: pageTitle, description: description, canonical: address ?? path)
        layout.article = LayoutModel.Article(
            title: pageTitle, description: description, url: address, siteName: settings.siteName,
            jsonLD: Self.jsonLD(
                headline: summary.title, description: description, author: summary.sharer, published: timeISO,
                modified: FeedClock(timeZone: settings.timeZone).rfc3339(document.updated),
                wordCount: summary.characterCount, url: address, language: "zh-CN", siteName: settings.siteName))
    }

    /// The promo widget: the admin's image, else the QR code of the admin's target; nil when neither is set.
    private static func promo(_ settings: SiteSettings) -> PromoBox? {
        let caption = settings.promoCaption.trimmingCharacters(in: .whitespaces)
        if let image = settings.promoImageSource {
            return PromoBox(image: image.src, caption: caption.isEmpty ? nil : caption, isCode: false)
        }
        let target = settings.promoTarget.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !target.isEmpty, let image = ShareCode.promoImage(target) else { return nil }
        return PromoBox(image: image, caption: caption.isEmpty ? nil : caption, isCode: true)
    }

    /// The schema.org `Article` of the page as JSON that may stand inside `<script>`: `<`, `>` and `&`
    /// are written as `\u003c`, `\u003e` and `\u0026`, so no title can close the element.
    static func jsonLD(
        headline: String, description: String, author: String, published: String, modified: String, wordCount: Int,
        url: String?, language: String, siteName: String
    ) -> String {
        struct Name: Encodable {
            var type: String
            var name: String
            enum CodingKeys: String, CodingKey { case type = "@type", name }
        }
        struct Article: Encodable {
            var context = "https://schema.org"
            var type = "Article"
            var headline: String
            var description: String
            var author: Name
            var publisher: Name
            var datePublished: String
            var dateModified: String
            var wordCount: Int
            var inLanguage: String
            var url: String?
            var mainEntityOfPage: String?
            enum CodingKeys: String, CodingKey {
                case context = "@context", type = "@type", headline, description, author, publisher, datePublished, dateModified
                case wordCount, inLanguage, url, mainEntityOfPage
            }
        }
        let article = Article(
            headline: headline, description: description, author: Name(type: "Person", name: author),
            publisher: Name(type: "Organization", name: siteName), datePublished: published, dateModified: modified,
            wordCount: wordCount, inLanguage: language, url: url, mainEntityOfPage: url)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = (try? encoder.encode(article)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        var safe = ""
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": safe += "\\u003c"
            case ">": safe += "\\u003e"
            case "&": safe += "\\u0026"
            case "\u{2028}": safe += "\\u2028"
            case "\u{2029}": safe += "\\u2029"
            default: safe.unicodeScalars.append(scalar)
            }
        }
        return safe
    }
}

struct HomeModel {
    struct CategoryItem { var name: String; var href: String; var count: String }

    var layout: LayoutModel
    var hasDocuments: Bool
    var newest: NewestList
    var mostRead: [DocumentListItem]
    var categories: [CategoryItem]

    struct NewestList { var documents: [DocumentListItem] }
    /// A signed-in reader's three documents read last, each with the page to go on at.
    struct ContinueList { var heading: String; var items: [ContinueItem] }
    struct ContinueItem { var title: String; var href: String; var label: String }
    var continueReading: ContinueList?

    init(_ home: HomeListing, context: PageContext) {
        layout = LayoutModel(context: context, title: context.settings.siteName, description: context.settings.slogan, canonical: SitePath.home.path)
        hasDocuments = home.documentCount > 0
        newest = NewestList(documents: home.newest.map { DocumentListItem($0, context: context) })
        mostRead = home.mostRead.map { DocumentListItem($0, context: context) }
        categories = home.categories.map {
            CategoryItem(name: $0.name, href: SitePath.category(slug: $0.slug).path, count: context.strings.documentCount($0.documentCount))
        }
    }
}

/// A category or a tag with one page of its documents.
struct ListModel {
    var layout: LayoutModel
    var kind: String
    var heading: String
    var countText: String
    var documents: [DocumentListItem]
    var pager: PagerModel?

    init(kind: String, heading: String, page: Paged<DocumentSummary>, context: PageContext, href: @escaping (Int) -> String) {
        let title = page.pageNumber > 1 ? heading + context.strings.pageMarker(page.pageNumber, page.pageCount) : heading
        layout = LayoutModel(context: context, title: title, canonical: href(page.pageNumber))
        self.kind = kind
        self.heading = heading
        countText = context.strings.documentCount(page.total)
        documents = page.items.map { DocumentListItem($0, context: context) }
        pager = PagerModel(current: page.pageNumber, count: page.pageCount, strings: context.strings, href: href)
    }
}

struct ErrorModel {
    var layout: LayoutModel
    var heading: String
    var text: String

    init(status: HTTPResponse.Status, formRejected: Bool = false, context: PageContext) {
        let strings = context.strings
        (heading, text) = switch status {
        case .notFound: (strings.notFoundTitle, strings.notFoundText)
        case .badRequest: (strings.badRequestTitle, strings.badRequestText)
        case .forbidden where formRejected: (strings.account.formRejectedTitle, strings.account.formRejectedText)
        case .forbidden, .unauthorized: (strings.account.forbiddenTitle, strings.account.forbiddenText)
        case .contentTooLarge: (strings.errorTitle, strings.admin.fileTooLarge)
        case .serviceUnavailable: (strings.unavailableTitle, strings.unavailableText)
        case .insufficientStorage: (strings.errorTitle, strings.diskFullText)
        default: (strings.errorTitle, strings.errorText)
        }
        layout = LayoutModel(context: context, title: heading)
    }
}
