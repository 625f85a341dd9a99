import Foundation
import GuanshanFormats
import GuanshanTestSupport
@testable import GuanshanWeb
import Testing

/// The XSS payloads of `GuanshanFormatsTests/Fixtures/xss-payloads.txt` imported as HTML documents, the
/// way every import reads HTML (`HTMLFormat.blocks`), and written by `BlockHTML`, as a reading page
/// shows them; judged by `Tests/oracles/imported_html_check.py` against nh3.
@Suite struct ImportedHTMLOracleTests {
    /// The payloads, one a line, with `\n`, `\t`, `\r`, `\\`, `\xHH` and `\u{HEX}` escapes; `#` lines are comments.
    static func payloads() throws -> [String] {
        let text = String(decoding: try FormatFixtures.data("xss-payloads.txt"), as: UTF8.self)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { unescaped(String($0)) }
    }

    static func unescaped(_ line: String) -> String {
        var result = String.UnicodeScalarView()
        var scalars = line.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            guard scalar == "\\", let next = scalars.first else {
                result.append(scalar)
                continue
            }
            let simple: [Unicode.Scalar: Unicode.Scalar] = ["n": "\n", "t": "\t", "r": "\r", "\\": "\\"]
            if let replacement = simple[next] {
                result.append(replacement)
                scalars.removeFirst()
            } else if next == "x", let value = UInt32(String(String.UnicodeScalarView(scalars.dropFirst().prefix(2))), radix: 16),
                      scalars.dropFirst().prefix(2).count == 2, let decoded = Unicode.Scalar(value) {
                result.append(decoded)
                scalars.removeFirst(3)
            } else if next == "u", scalars.dropFirst().first == "{", let close = scalars.firstIndex(of: "}"),
                      let value = UInt32(String(String.UnicodeScalarView(scalars[scalars.index(scalars.startIndex, offsetBy: 2)..<close])), radix: 16),
                      let decoded = Unicode.Scalar(value) {
                result.append(decoded)
                scalars = scalars[scalars.index(after: close)...]
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// A payload as a page shows it: imported, then its body rendered.
    static func rendered(_ payload: String) -> String {
        let blocks = HTMLFormat.blocks(payload)
        return BlockHTML.render(BlockView.views(of: Array(blocks.enumerated()).map { ($0.offset, $0.element) }, headingOnly: []))
    }

    @Test func neverLooserThanNH3() throws {
        let payloads = try Self.payloads()
        #expect(payloads.count >= 500)
        let results = payloads.map { ["payload": $0, "output": Self.rendered($0)] }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("guanshan-xss-\(UUID().uuidString).json")
        try JSONSerialization.data(withJSONObject: results).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try Command.oracle("imported_html_check.py", [file.path])
        #expect(result.status == 0, "\(result.output)")
    }
}
