import Foundation
import GuanshanModel
import GuanshanText
import Testing
@testable import GuanshanFormats

/// The books of Fixtures/epub, written by Fixtures/generate-epub.py.
@Suite struct EPUBFormatTests {
    @Test func theSpineInReadingOrderWithTheBooksMetadata() throws {
        let book = try EPUBFormat.parse(try fixture("epub/book.epub"), fileName: "book.epub")
        #expect(book.title == "公文管理办法")
        #expect(book.author == "市政府办公室")
        #expect(book.tags == ["公文", "管理办法"])
        #expect(book.created == ISODate.parse("2026-11-30"), "midnight in China")
        #expect(book.blocks == [
            .heading(level: 1, spans: [Span("第一章 总则")]), .paragraph([Span("为规范公文管理，制定本办法。")]),
            .paragraph([Span("本办法适用于全市各级机关。")]),
            .heading(level: 1, spans: [Span("第二章 收文办理")]), .heading(level: 2, spans: [Span("一、签收")]),
            .listItem(ordered: false, depth: 0, spans: [Span("核对份数")]), .listItem(ordered: false, depth: 0, spans: [Span("登记编号")]),
            .table(rows: [[[Span("环节")], [Span("时限")]], [[Span("签收")], [Span("当日")]]], headerRows: 1),
            .heading(level: 1, spans: [Span("第三章 附则")]), .paragraph([Span("本办法自印发之日起施行。")]),
        ], "no cover (linear=no), no table of contents (the nav document), no script; 第%203章.xhtml found")
    }

    @Test func anEPUB2PackageWithPrefixesAndNoTitleTakesItsFirstHeading() throws {
        let book = try EPUBFormat.parse(try fixture("epub/epub2.epub"), fileName: "book.epub")
        #expect(book.title == "第一章 总则")
        #expect(book.blocks.first == .paragraph([Span("为规范公文管理，制定本办法。")]))
        #expect(book.blocks.count == 9)
    }

    @Test func encryptedChaptersAreRefusedAndObfuscatedFontsAreNot() throws {
        #expect(throws: FormatError.drmProtected) { try EPUBFormat.parse(try fixture("epub/drm.epub"), fileName: "x") }
        #expect(try EPUBFormat.parse(try fixture("epub/fonts.epub"), fileName: "x").title == "公文管理办法")
    }

    @Test func damagedBooksAreRefused() throws {
        #expect(throws: FormatError.notEPUB) { try EPUBFormat.parse(try fixture("epub/no-package.epub"), fileName: "x") }
        #expect(throws: FormatError.notEPUB) { try EPUBFormat.parse(Data("not a zip".utf8), fileName: "x") }
        #expect(throws: FormatError.notEPUB) { try EPUBFormat.parse(try fixture("docx/notice.docx"), fileName: "x") }
        let book = try fixture("epub/book.epub")
        #expect(throws: FormatError.self) { try EPUBFormat.parse(book.prefix(book.count / 2), fileName: "x") }
    }

    @Test func pathsResolveAgainstThePackagesFolder() {
        #expect(EPUBPackage.resolved("text/ch1.xhtml#s1", in: "OEBPS") == "OEBPS/text/ch1.xhtml")
        #expect(EPUBPackage.resolved("../Text/%E7%AB%A0.xhtml", in: "OPS/pkg") == "OPS/Text/章.xhtml")
        #expect(EPUBPackage.resolved("./a.xhtml", in: "") == "a.xhtml")
        #expect(EPUBPackage.resolved("../../../etc/passwd", in: "OPS") == "etc/passwd", "never above the archive's root")
    }
}
