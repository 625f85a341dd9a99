import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import GuanshanTestSupport
import GuanshanText
import Testing
@testable import GuanshanFormats

/// Books Guanshan writes (for downloads and the OPDS catalog) read back, and pass EPUBCheck.
@Suite struct EPUBWriterTests {
    static let blocks: [Block] = [
        .heading(level: 1, spans: [Span("第一章 总则")]),
        .paragraph([Span("为规范公文管理，"), Span("制定", strong: true), Span("本办法。"), Span("详见", emphasis: true), Span("官网", link: "https://example.cn/a?b=1&c=2")]),
        .paragraph([Span("站内链接只留文字", link: "/d/2")]),
        .listItem(ordered: true, depth: 0, spans: [Span("第一项")]),
        .listItem(ordered: true, depth: 1, spans: [Span("第一项之一")]),
        .listItem(ordered: false, depth: 1, spans: [Span("换了种类")]),
        .listItem(ordered: true, depth: 3, spans: [Span("深了不止一层")]),
        .listItem(ordered: true, depth: 0, spans: [Span("第二项")]),
        .heading(level: 2, spans: [Span("一、<签收> & \"办理\"")]),
        .quote([Span("引文")]),
        .code(language: "swift", text: "let a = 1 < 2\nprint(a)"),
        .table(rows: [[[Span("环节")], [Span("时限")]], [[Span("签收")], [Span("当日")]]], headerRows: 1),
        .listItem(ordered: false, depth: 0, spans: [Span("末尾的列表")]),
    ]

    static func book() throws -> Data {
        try EPUBWriter.epub(
            title: "公文管理办法", blocks: blocks, author: "市政府办公室", identifier: "urn:guanshan:document:7", language: "zh-CN",
            modified: Date(timeIntervalSince1970: 1_780_000_000.5))
    }

    @Test func theContainerStartsWithItsMediaTypeStored() throws {
        let bytes = [UInt8](try Self.book())
        #expect(bytes.prefix(4) == [0x50, 0x4B, 0x03, 0x04], "a local file header first")
        #expect(bytes[8] == 0 && bytes[9] == 0, "stored, not deflated")
        #expect(String(decoding: bytes[30..<38], as: UTF8.self) == "mimetype")
        #expect(String(decoding: bytes[38..<58], as: UTF8.self) == "application/epub+zip", "no extra field before it")
        #expect(try Self.book() == Self.book(), "the same input, the same bytes")
    }

    @Test func whatItWritesReadsBackAsWritten() throws {
        let book = try EPUBFormat.parse(try Self.book(), fileName: "book.epub")
        #expect(book.title == "公文管理办法" && book.author == "市政府办公室")
        #expect(book.blocks.first == .heading(level: 1, spans: [Span("公文管理办法")]), "the title opens the text")
        #expect(Array(book.blocks.dropFirst()).map(\.plainText) == Self.blocks.map(\.plainText))
        #expect(book.blocks.contains(.paragraph([Span("站内链接只留文字")])), "a link inside the site has no file in the book")
    }

    @Test func everyPartIsWellFormedAndEPUBCheckFindsNothing() throws {
        var archive = try ZipArchive(try Self.book(), limits: EPUBFormat.limits, damaged: .notEPUB)
        for path in ["META-INF/container.xml", "OEBPS/content.opf", "OEBPS/nav.xhtml", "OEBPS/text.xhtml"] {
            let xml = try #require(try archive.read(path))
            #expect(XMLParser(data: Data(xml)).parse(), "\(path)")
        }
        let folder = try TemporaryFolder()
        let file = folder.url.appendingPathComponent("book.epub")
        try Self.book().write(to: file)
        // Debian's `epubcheck` command is the jar itself, run through binfmt, which a container may lack.
        let result = try Command.run(["java", "-jar", "/usr/share/java/epubcheck.jar", "--quiet", file.path])
        #expect(result.status == 0, "\(result.output)")
    }
}
