import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import GuanshanLibrary
import GuanshanTestSupport
@testable import GuanshanWeb
import Hummingbird
import HummingbirdTesting
import Testing

/// The OPDS catalog leads an e-reader app from the start to each document's EPUB (issue 20 item 6).
@Suite struct OPDSRouteTests {
    @Test func fromTheStartToABookThatPassesEPUBCheck() async throws {
        try await AccountRouteTests().withSite { site, client in
            let reader = Browser(client)
            let start = try await reader.get("/opds")
            #expect(start.status == .ok && start.headers[.contentType] == "application/atom+xml;profile=opds-catalog;kind=navigation;charset=utf-8")
            #expect(XMLParser(data: start.data).parse())
            #expect(start.body.contains(#"<link rel="search" href="/opds/search.xml" type="application/opensearchdescription+xml"/>"#))
            #expect(start.body.contains(#"<link rel="http://opds-spec.org/sort/new" href="/opds/new""#))
            #expect(start.body.contains(#"<link rel="subsection" href="/opds/c/guide""#))

            let newest = try await reader.get("/opds/new")
            #expect(newest.headers[.contentType]?.hasPrefix("application/atom+xml;profile=opds-catalog;kind=acquisition") == true)
            #expect(XMLParser(data: newest.data).parse())
            let total = try await site.library.reading.newest(pageNumber: 1).total
            #expect(newest.body.components(separatedBy: "<entry>").count - 1 == min(total, 20))
            let acquisition = #"<link rel="http://opds-spec.org/acquisition" href="/d/\#(site.document)/download.epub" type="application/epub+zip"/>"#
            #expect(newest.body.contains(acquisition))
            #expect(try await reader.get("/opds/c/guide").body.contains("<title>使用指南</title>"))
            #expect(try await reader.get("/opds/c/no-such").status == .notFound)
            #expect(try await reader.get("/opds/new?page=0").status == .badRequest)
            let found = try await reader.get("/opds/search?q=%E6%96%87%E5%BA%93")
            #expect(found.status == .ok && found.body.contains("/download.epub"))
            let description = try await reader.get("/opds/search.xml")
            #expect(description.body.contains(#"template="/opds/search?q={searchTerms}""#))

            let book = try await reader.get("/d/\(site.document)/download.epub")
            #expect(book.status == .ok && book.headers[.contentType] == "application/epub+zip")
            let folder = try TemporaryFolder()
            let file = folder.url.appendingPathComponent("book.epub")
            try book.data.write(to: file)
            let result = try Command.run(["java", "-jar", "/usr/share/java/epubcheck.jar", "--quiet", file.path])
            #expect(result.status == 0, "\(result.output)")
            #expect(try await reader.get("/d/\(site.document)").body.contains(#"download.epub" download rel="nofollow">EPUB 电子书</a>"#))
        }
    }
}
