import Foundation

/// A folder under the system's temporary folder, removed when the value is released.
public final class TemporaryFolder: Sendable {
    public let url: URL

    public init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("guanshan-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    @discardableResult
    public func write(_ name: String, _ data: Data) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
        return file.path
    }

    @discardableResult
    public func write(_ name: String, _ text: String) throws -> String {
        try write(name, Data(text.utf8))
    }
}

public enum Samples {
    /// The 11 body paragraphs of the reference page, from `1.在加强党` to `…主体作用。`.
    public static func seedParagraphs() throws -> [String] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/seed-page.txt")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init).filter { !$0.isEmpty }
        guard let start = lines.firstIndex(where: { $0.hasPrefix("1.在加强党") }),
              let end = lines.firstIndex(where: { $0.hasSuffix("主体作用。") })
        else { throw CocoaError(.fileReadCorruptFile) }
        return Array(lines[start...end])
    }

    /// `paragraphs` with a clause added to the first sentence of the fourth: a near-duplicate of them.
    public static func oneSentenceChanged(_ paragraphs: [String]) -> [String] {
        var changed = paragraphs
        changed[3] = changed[3].replacingOccurrences(of: "。", with: "，并在年底前完成整改。", options: [], range: changed[3].range(of: "。"))
        return changed
    }

    private static let sentenceParts = Array("文库收藏长篇文档读者可以分页阅读也可以一次读完全文系统会统计字数估算时长并生成目录方便查找内容管理员能导入文本与标记文件")

    /// Deterministic paragraphs of `lengths` characters each, ending in `。`.
    public static func paragraphs(lengths: [Int]) -> [String] {
        var seed: UInt64 = 42
        return lengths.map { length in
            var text = ""
            for _ in 0..<(length - 1) {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text.append(sentenceParts[Int(seed >> 33) % sentenceParts.count])
            }
            return text + "。"
        }
    }

    /// About 8,300 characters in paragraphs of 200 to 350.
    public static func longDocumentParagraphs() -> [String] {
        var lengths: [Int] = []
        var seed: UInt64 = 7
        while lengths.reduce(0, +) < 8_300 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1
            lengths.append(200 + Int(seed >> 33) % 151)
        }
        return paragraphs(lengths: lengths)
    }
}

/// A clock that tests move by hand.
public final class ManualClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    public init(_ start: Date = Date(timeIntervalSince1970: 1_800_000_000)) {
        current = start
    }

    public var now: Date { lock.withLock { current } }

    public func advance(_ seconds: TimeInterval) {
        lock.withLock { current += seconds }
    }
}
