import Foundation
import GuanshanModel
import GuanshanText
import Testing
@testable import GuanshanFormats

@Suite struct JSONLFormatTests {
    func paragraphs(_ document: ParsedDocument) -> [String] {
        document.blocks.map { block in
            guard case .paragraph(let spans) = block else { return "not a paragraph: \(block)" }
            return spans.plainText
        }
    }

    @Test func corpusRecord() throws {
        let line = #"{"id": 7, "source": "manpages-zh", "synthetic": true, "title": " 开放时间 ", "paragraphs": ["　　本馆上午八时开馆。", "", "晚上九时闭馆。\n周末照常开放。", "***"]}"#
        let document = try JSONLFormat.parse(line: line, lineNumber: 1)
        #expect(document.id == 7)
        #expect(document.title == "开放时间")
        #expect(paragraphs(document) == ["本馆上午八时开馆。", "晚上九时闭馆。", "周末照常开放。", "***"])
        #expect(document.category == nil && document.tags.isEmpty && document.author == nil && document.created == nil)
    }

    @Test func allFields() throws {
        let line = #"{"title":"借阅规则","text":"　　每次限借五册。\r\n\r\n-----\n　　借期三十天。\u001b","category":" 规章 ","tags":["借阅"," 规则 ","借阅",""],"author":"馆员小李","created":"2024-03-01"}"#
        let document = try JSONLFormat.parse(line: line, lineNumber: 3)
        #expect(document.id == nil)
        #expect(paragraphs(document) == ["每次限借五册。", "借期三十天。"])
        #expect(document.category == "规章")
        #expect(document.tags == ["借阅", "规则"])
        #expect(document.author == "馆员小李")
        #expect(document.created == Date(timeIntervalSince1970: 1_709_222_400))
    }

    @Test func createdAsTimestampOrDateTime() throws {
        let number = try JSONLFormat.parse(line: #"{"title":"t","text":"正文","created":1709222400}"#, lineNumber: 1)
        #expect(number.created == Date(timeIntervalSince1970: 1_709_222_400))
        let dateTime = try JSONLFormat.parse(line: #"{"title":"t","text":"正文","created":"2024-03-01T08:30:15+08:00"}"#, lineNumber: 1)
        #expect(dateTime.created == Date(timeIntervalSince1970: 1_709_253_015))
    }

    @Test(arguments: [
        (#"{"title": "标题", "paragraphs": ["正文"]"#, FormatError.invalidJSON(line: 4, reason: "not valid JSON")),
        (#"["标题", "正文"]"#, .invalidJSON(line: 4, reason: "the line is not an object")),
        (#""标题""#, .invalidJSON(line: 4, reason: "the line is not an object")),
        (#"{"paragraphs": ["正文"]}"#, .missingField(line: 4, field: "title")),
        (#"{"title": "　 ", "paragraphs": ["正文"]}"#, .missingField(line: 4, field: "title")),
        (#"{"title": "标题"}"#, .missingField(line: 4, field: "paragraphs or text")),
        (#"{"title": "标题", "paragraphs": ["", "　　"]}"#, .missingField(line: 4, field: "paragraphs or text")),
        (#"{"title": "标题", "text": null}"#, .missingField(line: 4, field: "paragraphs or text")),
        (#"{"title": 1, "text": "正文"}"#, .invalidField(line: 4, field: "title", reason: "must be a string")),
        (#"{"title": "标题", "paragraphs": "正文"}"#, .invalidField(line: 4, field: "paragraphs", reason: "must be an array of strings")),
        (#"{"title": "标题", "paragraphs": ["正文", 2]}"#, .invalidField(line: 4, field: "paragraphs", reason: "must be an array of strings")),
        (#"{"title": "标题", "text": "正文", "tags": "借阅"}"#, .invalidField(line: 4, field: "tags", reason: "must be an array of strings")),
        (#"{"id": "7", "title": "标题", "text": "正文"}"#, .invalidField(line: 4, field: "id", reason: "must be a positive integer")),
        (#"{"id": 1.5, "title": "标题", "text": "正文"}"#, .invalidField(line: 4, field: "id", reason: "must be a positive integer")),
        (#"{"id": 0, "title": "标题", "text": "正文"}"#, .invalidField(line: 4, field: "id", reason: "must be a positive integer")),
        (#"{"title": "标题", "text": "正文", "created": "三月一日"}"#, .invalidField(line: 4, field: "created", reason: "must be an ISO 8601 date or date-time, or a Unix timestamp")),
        (#"{"title": "标题", "text": "正文", "created": true}"#, .invalidField(line: 4, field: "created", reason: "must be an ISO 8601 date or date-time, or a Unix timestamp")),
        (#"{"title": "标题", "text": "正文", "author": ["甲"]}"#, .invalidField(line: 4, field: "author", reason: "must be a string")),
    ])
    func badLine(_ line: String, expected: FormatError) {
        #expect(throws: expected) { try JSONLFormat.parse(line: line, lineNumber: 4) }
    }

    @Test func invalidUTF8() {
        let bytes = Data(#"{"title": "标题", "text": ""#.utf8) + Data([0xB1, 0xEA]) + Data(#""}"#.utf8)
        #expect(throws: FormatError.invalidJSON(line: 9, reason: "not valid UTF-8")) {
            try JSONLFormat.parse(line: bytes, lineNumber: 9)
        }
        // An overlong encoding of "/" and an encoded surrogate.
        for bad: [UInt8] in [[0xC0, 0xAF], [0xED, 0xA0, 0x80]] {
            let line = Data(#"{"title": ""#.utf8) + Data(bad) + Data(#"", "text": "正文"}"#.utf8)
            #expect(throws: FormatError.invalidJSON(line: 1, reason: "not valid UTF-8")) { try JSONLFormat.parse(line: line, lineNumber: 1) }
        }
    }

    @Test func lineTooLarge() {
        #expect(throws: FormatError.tooLarge(line: 2, limit: 10)) {
            try JSONLFormat.parse(line: #"{"title": "标题", "text": "正文"}"#, lineNumber: 2, byteLimit: 10)
        }
    }

    @Test func linesSkipBlankLinesAndKeepNumbers() throws {
        let data = Data([0xEF, 0xBB, 0xBF]) + Data("{\"title\":\"一\",\"text\":\"甲\"}\r\n\n  \t\n{\"title\":\"二\",\"text\":\"乙\"}\nnot json\n".utf8)
        let lines = Array(JSONLFormat.lines(in: data))
        #expect(lines.map(\.number) == [1, 4, 5])
        #expect(try JSONLFormat.parse(lines[0]).title == "一")
        #expect(try JSONLFormat.parse(lines[1]).title == "二")
        #expect(throws: FormatError.invalidJSON(line: 5, reason: "not valid JSON")) { try JSONLFormat.parse(lines[2]) }
        #expect(Array(JSONLFormat.lines(in: Data())).isEmpty)
        #expect(Array(JSONLFormat.lines(in: Data("\n\n".utf8))).isEmpty)
    }

    @Test func linesOfASlice() throws {
        let data = Data("xx{\"title\":\"一\",\"text\":\"甲\"}".utf8).dropFirst(2)
        let lines = Array(JSONLFormat.lines(in: data))
        #expect(lines.count == 1)
        #expect(try JSONLFormat.parse(lines[0]).title == "一")
    }
}
