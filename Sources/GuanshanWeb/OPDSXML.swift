import Foundation
import GuanshanLibrary
import GuanshanModel
import GuanshanText

/// The OPDS 1.2 catalog (Atom): a navigation feed at `/opds` (the newest documents, each category) and
/// acquisition feeds of documents, each entry leading to its EPUB. Links are paths of the site, which
/// catalog clients (KOReader, Moon+ Reader) resolve against the feed's own address, so the catalog works
/// whether or not the site's address is set.
struct OPDSXML {
    static let navigationType = "application/atom+xml;profile=opds-catalog;kind=navigation"
    static let acquisitionType = "application/atom+xml;profile=opds-catalog;kind=acquisition"
    static let searchType = "application/opensearchdescription+xml"

    let settings: SiteSettings
    let clock: FeedClock

    init(settings: SiteSettings) {
        self.settings = settings
        clock = FeedClock(timeZone: settings.timeZone)
    }

    private static func e(_ text: String) -> String { Markup.escaped(text) }

    private func head(id: String, title: String, selfHref: String, type: String, updated: Date) -> String {
        """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/terms/" xmlns:opds="http://opds-spec.org/2010/catalog" xml:lang="zh-CN">
        <id>\(Self.e(id))</id>
        <title>\(Self.e(title))</title>
        <updated>\(clock.rfc3339(updated))</updated>
        <author><name>\(Self.e(settings.siteName))</name></author>
        <link rel="self" href="\(Self.e(selfHref))" type="\(type)"/>
        <link rel="start" href="\(SitePath.opds.path)" type="\(Self.navigationType)"/>
        <link rel="search" href="\(SitePath.opdsSearchDescription.path)" type="\(Self.searchType)"/>

        """
    }

    /// `/opds`: where to go from the start: the newest documents, then each category.
    func navigation(categories: [GuanshanModel.Category], updated: Date) -> String {
        var xml = head(id: "urn:guanshan:opds", title: settings.siteName, selfHref: SitePath.opds.path, type: Self.navigationType, updated: updated)
        func entry(id: String, title: String, about: String, href: String, rel: String) {
            xml += """
                <entry>
                <title>\(Self.e(title))</title>
                <id>\(Self.e(id))</id>
                <updated>\(clock.rfc3339(updated))</updated>
                <content type="text">\(Self.e(about))</content>
                <link rel="\(rel)" href="\(Self.e(href))" type="\(Self.acquisitionType)"/>
                </entry>

                """
        }
        entry(
            id: "urn:guanshan:opds:new", title: "最新文档", about: "按发布时间排列的全部文档", href: SitePath.opdsNewest().path,
            rel: "http://opds-spec.org/sort/new")
        for category in categories {
            entry(
                id: "urn:guanshan:opds:category:\(category.slug)", title: category.name, about: "共\(category.documentCount)篇",
                href: SitePath.opdsCategory(slug: category.slug).path, rel: "subsection")
        }
        return xml + "</feed>\n"
    }

    /// A page of documents, each with its EPUB; `href(n)` is page n of the same list.
    func acquisition(id: String, title: String, page: Paged<DocumentSummary>, href: (Int) -> String) -> String {
        let updated = page.items.map(\.updated).max() ?? Date(timeIntervalSince1970: 0)
        var xml = head(id: id, title: title, selfHref: href(page.pageNumber), type: Self.acquisitionType, updated: updated)
        var pages: [(String, Int)] = [("first", 1), ("last", max(page.pageCount, 1))]
        if page.pageNumber > 1 { pages.append(("previous", page.pageNumber - 1)) }
        if page.pageNumber < page.pageCount { pages.append(("next", page.pageNumber + 1)) }
        for (rel, number) in pages {
            xml += "<link rel=\"\(rel)\" href=\"\(Self.e(href(number)))\" type=\"\(Self.acquisitionType)\"/>\n"
        }
        for summary in page.items {
            xml += """
                <entry>
                <title>\(Self.e(summary.title))</title>
                <id>urn:guanshan:document:\(summary.id)</id>
                <updated>\(clock.rfc3339(summary.updated))</updated>
                <published>\(clock.rfc3339(summary.published))</published>
                <author><name>\(Self.e(summary.sharer.isEmpty ? settings.siteName : summary.sharer))</name></author>
                <dc:language>zh-CN</dc:language>

                """
            if let category = summary.category {
                xml += "<category term=\"\(Self.e(category.slug))\" label=\"\(Self.e(category.name))\"/>\n"
            }
            xml += """
                <summary type="text">共计\(summary.characterCount)个字，预计阅读时长\(summary.readingMinutes)分钟</summary>
                <link rel="http://opds-spec.org/acquisition" href="\(SitePath.download(summary.id, .epub).path)" type="application/epub+zip"/>
                <link rel="alternate" href="\(SitePath.document(summary.id).path)" type="text/html"/>
                </entry>

                """
        }
        return xml + "</feed>\n"
    }

    /// The OpenSearch description that tells clients how to search the catalog.
    var searchDescription: String {
        """
        <?xml version="1.0" encoding="utf-8"?>
        <OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
        <ShortName>\(Self.e(String(settings.siteName.prefix(16))))</ShortName>
        <Description>\(Self.e(settings.siteName))</Description>
        <InputEncoding>UTF-8</InputEncoding>
        <OutputEncoding>UTF-8</OutputEncoding>
        <Url type="\(Self.acquisitionType)" template="/opds/search?q={searchTerms}"/>
        </OpenSearchDescription>

        """
    }
}
