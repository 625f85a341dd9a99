import Foundation
import GuanshanText
import Testing
@testable import GuanshanFormats

/// What the site exports reads back to the same document: import(export(d)) gives d's blocks.
@Suite struct RoundTripTests {
    /// Every kind of block with every kind of span, without what Word's model changes: control
    /// characters, and a line break, which splits a paragraph in two.
    static let blocks = DocxWriterTests.everyKind.dropLast().filter { !$0.plainText.contains("\n") || $0.isCode }

    @Test func docxReadsBackToTheSameBlocks() throws {
        for (title, blocks) in [("通知", Self.blocks), (try DocxWriterTests.seedPage().title, try DocxWriterTests.seedPage().blocks)] {
            let back = try DocxFormat.parse(try DocxWriter.docx(title: title, blocks: blocks, author: "办公室"), fileName: "x.docx")
            #expect(back.title == title)
            #expect(back.author == "办公室")
            #expect(back.blocks == Self.expectedFromDocx(blocks))
        }
    }

    @Test func markdownReadsBackToTheSameBlocks() throws {
        for (title, blocks) in [("通知", Self.blocks), (try DocxWriterTests.seedPage().title, try DocxWriterTests.seedPage().blocks)] {
            let back = try MarkdownFormat.parse(MarkdownWriter.markdown(title: title, blocks: blocks), fileName: "x.md")
            #expect(back.title == title)
            #expect(back.blocks.map(\.plainText) == blocks.map(\.plainText))
        }
    }

    @Test func plainTextReadsBackToTheSameBlocks() throws {
        let seed = try DocxWriterTests.seedPage()
        let back = try PlainTextFormat.parse(TextWriter.text(title: seed.title, blocks: seed.blocks), fileName: "x.txt")
        #expect(back.title == seed.title)
        #expect(back.blocks == seed.blocks)
    }

    /// Word's model has no language for code.
    static func expectedFromDocx(_ blocks: [Block]) -> [Block] {
        blocks.map { block in
            if case .code(_, let text) = block { return .code(language: nil, text: text) }
            return block
        }
    }
}

extension Block {
    var isCode: Bool {
        if case .code = self { return true }
        return false
    }
}
