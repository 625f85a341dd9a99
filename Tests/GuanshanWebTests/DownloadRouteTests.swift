import Foundation
import GuanshanFormats
import GuanshanLibrary
import GuanshanTestSupport
import Hummingbird
import HummingbirdTesting
import Testing

/// `/d/{id}/download.{format}`: the whole document as a file named after its title.
@Suite struct DownloadRouteTests {
    @Test func aDocumentDownloadsAsWordTextAndMarkdownWithItsChineseTitle() async throws {
        try await RouteTests().withSite { client, seed, long in
            let page = try await client.execute(uri: "/d/\(long)/2", method: .get)
            for format in ExportFormat.allCases {
                #expect(String(buffer: page.body).contains("href=\"/d/\(long)/download.\(format.rawValue)\""))
            }
            try await client.execute(uri: "/d/\(seed)/download.txt", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/plain; charset=utf-8")
                let disposition = try #require(response.headers[.contentDisposition])
                #expect(disposition.hasPrefix("attachment; filename=\"document-\(seed).txt\"; filename*=UTF-8''"))
                #expect(disposition.hasSuffix("%E5%B8%82%E6%94%BF%E5%8D%8F%E5%85%9A%E7%BB%84%E5%AF%B9%E7%85%A7%E6%A3%80%E6%9F%A5%E6%9D%90%E6%96%99.txt"))
                let text = String(buffer: response.body)
                #expect(text.hasPrefix("市政协党组对照检查材料\n\n"))
                #expect(text.contains("1.在加强党对政协工作的全面领导上还不到位"), "the whole document, not one page")
            }
            try await client.execute(uri: "/d/\(long)/download.md", method: .get) { response in
                #expect(response.headers[.contentType] == "text/markdown; charset=utf-8")
                let markdown = String(buffer: response.body)
                #expect(markdown.hasPrefix("# 四页长文\\<script>alert(1)\\</script>\n\n"))
                let back = try MarkdownFormat.parse(markdown, fileName: "x.md")
                #expect(back.title == "四页长文<script>alert(1)</script>")
                #expect(back.blocks.count == Samples.longDocumentParagraphs().count)
                #expect(response.headers[.contentDisposition]?.contains("filename*=UTF-8''%E5%9B%9B%E9%A1%B5%E9%95%BF%E6%96%87%3Cscript%3E") == false,
                        "< and > are left out of the file name")
            }
            try await client.execute(uri: "/d/\(seed)/download.docx", method: .get) { response in
                #expect(response.headers[.contentType] == "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                #expect(response.headers[.contentDisposition]?.hasPrefix("attachment; filename=\"document-\(seed).docx\"") == true)
                #expect(Array(response.body.readableBytesView.prefix(4)) == [0x50, 0x4B, 0x03, 0x04], "a zip package")
            }
            #expect(try await client.execute(uri: "/d/999999/download.txt", method: .get).status == .notFound)
            #expect(try await client.execute(uri: "/d/\(seed)/download.pdf", method: .get).status == .notFound)
        }
    }
}
