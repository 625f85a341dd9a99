import Foundation
import GuanshanModel
import Testing
@testable import GuanshanFormats

@Suite struct TextRulesTests {
    @Test func whiteSpaceListMatchesUnicode() {
        let mismatches = (UInt32(0)...0x10FFFF).compactMap(Unicode.Scalar.init)
            .filter { $0.isWhiteSpace != $0.properties.isWhitespace }
        #expect(mismatches.isEmpty)
    }

    @Test(arguments: [
        ("中", "文", ""), ("a", "b", " "), ("中", "a", " "), ("a", "中", " "), ("。", "a", ""), ("a", "，", ""),
        ("中", "“", ""), ("”", "中", ""), ("a", "“", " "), ("”", "a", " "), ("1", "2", " "), ("中", " ", ""),
    ] as [(Unicode.Scalar, Unicode.Scalar, String)])
    func lineJoining(_ left: Unicode.Scalar, _ right: Unicode.Scalar, separator: String) {
        #expect(LineJoining.separator(between: left, and: right) == separator)
    }

    @Test func lineSplitting() {
        #expect(LineJoining.lines(of: "一\r\n二\r三\n\n四\n") == ["一", "二", "三", "", "四"])
        #expect(LineJoining.lines(of: "").isEmpty)
    }

    @Test(arguments: [
        ("开放时间.txt", "开放时间"), ("docs/2024/开放时间.md", "开放时间"), ("C:\\文档\\通知.TXT", "通知"),
        ("报告.2024.txt", "报告.2024"), (".txt", ".txt"), ("无扩展名", "无扩展名"),
    ])
    func fileNameStem(_ name: String, stem: String) {
        #expect(FileName.stem(name) == stem)
    }

    @Test(arguments: [
        ("通知.md", "通知.md"), ("../../etc/passwd", "passwd"), ("C:\\文档\\通知.TXT", "通知.TXT"), ("..\u{0}.bashrc", "bashrc"),
        ("a\u{7}b.txt", "ab.txt"), ("", "upload"), ("...", "upload"), (String(repeating: "长", count: 300) + ".jsonl", String(repeating: "长", count: 64) + ".jsonl"),
        (String(repeating: "a", count: 300), String(repeating: "a", count: 200)), ("甲." + String(repeating: "乙", count: 90), "甲." + String(repeating: "乙", count: 65)),
        ("x.a" + String(repeating: "\u{301}", count: 200), "x."), ("a" + String(repeating: "\u{301}", count: 200), "upload"),
        (String(repeating: "名", count: 100) + ".t" + String(repeating: "\u{301}", count: 200), String(repeating: "名", count: 66)),
    ])
    func uploadedFileNamesAreMadeSafe(_ name: String, safe: String) {
        #expect(FileName.safe(name) == safe)
    }

    /// A 10 MB line is refused at once, naming its line; a line of 1 MiB is still read.
    @Test func aLineOfMegabytesIsRefused() throws {
        let huge = "标题\n\n" + String(repeating: "观山文库长文测试", count: 10 << 20 / 24)
        #expect(throws: FormatError.tooLarge(line: 3, limit: 1 << 20)) { try PlainTextFormat.parse(huge, fileName: "a.txt") }
        #expect(throws: FormatError.tooLarge(line: 3, limit: 1 << 20)) { try MarkdownFormat.parse(huge, fileName: "a.md") }
        let long = String(repeating: "长", count: (1 << 20) / 3)
        #expect(try PlainTextFormat.parse(long, fileName: "a.txt").blocks.count == 1)
    }

    @Test(arguments: [
        ("2024-03-01", 1_709_222_400.0), ("2024-03-01T08:30", 1_709_253_000), ("2024-03-01 08:30:15", 1_709_253_015),
        ("2024-03-01T08:30:15.25", 1_709_253_015.25), ("2024-03-01T00:30:15Z", 1_709_253_015),
        ("2024-03-01T09:30:15+09:00", 1_709_253_015), ("2024-03-01 08:30:15 +0800", 1_709_253_015),
        ("2024-02-29T16:00:00-00:00", 1_709_222_400), (" 2024-03-01 ", 1_709_222_400),
    ])
    func isoDates(_ text: String, seconds: Double) {
        #expect(ISODate.parse(text) == Date(timeIntervalSince1970: seconds))
    }

    @Test(arguments: ["2024-13-01", "2024-02-30", "2024-3-1", "2024-03-01T25:00", "2024-03-01T08:60",
                      "2024-03-01T08", "2024-03-01 +0800", "2024-03-01Z", "二〇二四年三月一日", "", "1709222400"])
    func invalidISODates(_ text: String) {
        #expect(ISODate.parse(text) == nil)
    }

    @Test func entities() {
        let scalars = Array("&#0;&#1;&#xD800;&#x110000;&#x4E2D;&hellip;&nosuch;&amp".unicodeScalars)
        var decoded: [String] = []
        var index = 0
        while index < scalars.count {
            if let (text, end) = HTMLEntities.match(scalars, at: index) {
                decoded.append(text)
                index = end
            } else {
                index += 1
            }
        }
        #expect(decoded == ["中", "…"])
    }
}
