import Foundation
import GuanshanQR
import GuanshanTestSupport
import Testing

/// Codes read back by independent decoders, zxing-cpp and zbar, through
/// `Tests/oracles/qr_check.py`, which also checks their structure against the standard on its own.
/// Codes go in batches, one oracle run each.
@Suite struct DecoderOracleTests {
    static let share = "https://example.com/d/42 观山文库 微信扫码分享"

    /// A text of exactly `byteCount` UTF-8 bytes: URLs, Chinese (3 bytes a character) and ASCII.
    static func text(byteCount: Int, seed: Int) -> String {
        let pieces = [
            "https://example.com/d/\(seed)/2?from=share ", "观山文库", "市政协党组2022年度对照检查材料", "（第2/4页）",
            " 微信扫码分享 ", "共计8320个字，预计阅读时长28分钟。", "ABC-xyz_0123456789", "1.在加强党对政协工作的全面领导上还不到位。",
        ]
        var text = ""
        var count = 0
        var index = seed
        while count + pieces[index % pieces.count].utf8.count <= byteCount {
            text += pieces[index % pieces.count]
            count += pieces[index % pieces.count].utf8.count
            index += 1
        }
        let filler = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        while count < byteCount {
            text.append(filler[(count + seed) % filler.count])
            count += 1
        }
        return text
    }

    static func letter(_ level: QRCode.Level) -> String {
        switch level {
        case .low: "L"
        case .medium: "M"
        case .quartile: "Q"
        case .high: "H"
        }
    }

    /// One code for the oracle, with what the decoders must find in it.
    static func oracleCase(_ name: String, _ text: String, _ code: QRCode, folder: TemporaryFolder, svgColor: String? = nil,
                           group: String? = nil, forced: Bool = false) throws -> [String: Any] {
        var entry: [String: Any] = [
            "name": name, "bytes": text.utf8.map { String(format: "%02x", $0) }.joined(), "text": text,
            "level": letter(code.level), "version": code.version, "mask": code.mask.rawValue,
            "rows": code.modules.map { row in String(row.map { $0 ? "1" : "0" }) },
        ]
        if let svgColor {
            entry["svg"] = try folder.write("\(name).svg", code.svg(label: name, color: svgColor))
        }
        if let group {
            entry["group"] = group
            entry["forced"] = forced
        }
        return entry
    }

    static func check(_ cases: [[String: Any]], folder: TemporaryFolder) throws {
        let file = try folder.write("cases.json", try JSONSerialization.data(withJSONObject: cases))
        let result = try Command.oracle("qr_check.py", [file])
        #expect(result.status == 0, "\(result.output)")
    }

    /// Every level at versions 1, 2, 6, 7 (the first with version information), 10 (the first with
    /// a 16-bit count), 27 and 40, filled to capacity; one byte more than a capacity, the next
    /// version; every version from 1 to 40 half full, the levels in turn; short texts and URLs.
    @Test func decodersReadEveryLevelAndASpreadOfVersions() throws {
        let folder = try TemporaryFolder()
        var cases: [[String: Any]] = []
        func add(_ name: String, _ text: String, _ level: QRCode.Level, version: Int? = nil, svgColor: String? = nil) throws {
            let code = try QRCode(text: text, level: level)
            if let version { #expect(code.version == version, "\(name)") }
            cases.append(try Self.oracleCase(name, text, code, folder: folder, svgColor: svgColor))
        }
        for (index, level) in QRCode.Level.allCases.enumerated() {
            let letter = Self.letter(level)
            for version in [1, 2, 6, 7, 10, 27, 40] {
                let capacity = QRCode.byteCapacity(version: version, level: level)
                try add("full-\(version)-\(letter)", Self.text(byteCount: capacity, seed: version + index), level, version: version,
                        svgColor: version == 40 && level == .low ? "#000" : nil)
            }
            for version in [1, 6, 9, 26] {
                let capacity = QRCode.byteCapacity(version: version, level: level)
                try add("over-\(version)-\(letter)", Self.text(byteCount: capacity + 1, seed: version), level, version: version + 1)
            }
            try add("share-\(letter)", Self.share, level, svgColor: level == .medium ? "#1f2937" : nil)
            for length in [1, 2, 3, 5, 8, 13, 21, 34] {
                try add("short-\(length)-\(letter)", Self.text(byteCount: length, seed: length), level)
            }
        }
        for version in 1...40 {
            let level = QRCode.Level.allCases[version % 4]
            let low = version == 1 ? 0 : QRCode.byteCapacity(version: version - 1, level: level)
            let length = (low + QRCode.byteCapacity(version: version, level: level) + 1) / 2
            try add("half-\(version)", Self.text(byteCount: length, seed: version * 7), level, version: version,
                    svgColor: [7, 27].contains(version) ? "#000" : nil)
        }
        try add("url", "https://example.com/d/42", .medium, version: 2, svgColor: "black")
        try Self.check(cases, folder: folder)
    }

    /// The mask chosen and all eight forced: each forced code reads back, and the chosen one is the
    /// forced one that scores lowest by the oracle's own penalty count.
    @Test func decodersReadEveryMaskAndTheChosenOneScoresLowest() throws {
        let folder = try TemporaryFolder()
        var cases: [[String: Any]] = []
        let samples: [(String, QRCode.Level)] = [
            ("https://example.com/d/1", .high), (Self.share, .medium), (Self.text(byteCount: 150, seed: 3), .low),
            (Self.text(byteCount: 200, seed: 5), .quartile),
        ]
        for (index, (text, level)) in samples.enumerated() {
            let group = "sample-\(index)"
            cases.append(try Self.oracleCase(group, text, try QRCode(text: text, level: level), folder: folder, group: group))
            for mask in QRCode.Mask.all {
                let code = try QRCode(text: text, level: level, mask: mask)
                #expect(code.mask == mask)
                cases.append(try Self.oracleCase("\(group)-mask-\(mask.rawValue)", text, code, folder: folder, group: group, forced: true))
            }
        }
        try Self.check(cases, folder: folder)
    }

    @Test func emptyTextReadsBack() throws {
        let folder = try TemporaryFolder()
        let cases = try QRCode.Level.allCases.map { level in
            try Self.oracleCase("empty-\(Self.letter(level))", "", try QRCode(text: "", level: level), folder: folder, svgColor: "#000")
        }
        try Self.check(cases, folder: folder)
    }
}
