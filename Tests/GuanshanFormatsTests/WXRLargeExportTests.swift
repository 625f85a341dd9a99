import Foundation
import GuanshanText
import Testing
@testable import GuanshanFormats

/// A 100 MB export, read from a mapped file: set GUANSHAN_LARGE_WXR=1 to run it (it takes a while).
@Suite(.enabled(if: ProcessInfo.processInfo.environment["GUANSHAN_LARGE_WXR"] != nil))
struct WXRLargeExportTests {
    @Test func aHundredMegabyteExportNeedsASmallMultipleOfItsSize() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("guanshan-large-\(UUID().uuidString).xml")
        defer { try? FileManager.default.removeItem(at: url) }
        let paragraph = "<p>" + String(repeating: "观山文库收藏长篇中文文档，读者可以分页阅读。", count: 20) + "</p>\n"
        let content = String(repeating: paragraph, count: 40)
        let posts = 100 * 1024 * 1024 / content.utf8.count
        try Data().write(to: url)
        let file = try FileHandle(forWritingTo: url)
        let whole = String(decoding: wxr("@"), as: UTF8.self).components(separatedBy: "@")
        try file.write(contentsOf: Data(whole[0].utf8))
        for number in 1...posts {
            try file.write(contentsOf: Data(item("第\(number)篇", content: content).utf8))
        }
        try file.write(contentsOf: Data(whole[1].utf8))
        try file.close()

        let size = try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int)
        let before = peakResidentBytes()
        let export = try WXRFormat.parse(try Data(contentsOf: url, options: .alwaysMapped), html: HTMLFormat.blocks)
        let growth = peakResidentBytes() - before
        #expect(export.items.count == posts)
        #expect(growth < 4 * size, "peak grew by \(growth) bytes for a file of \(size)")
        print("WXR: \(size) bytes, \(posts) posts, peak resident memory grew by \(growth) bytes")
    }

    private func peakResidentBytes() -> Int {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return usage.ru_maxrss * 1024
    }
}
