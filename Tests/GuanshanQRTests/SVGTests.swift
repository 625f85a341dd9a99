import Foundation
import Testing
@testable import GuanshanQR

@Suite struct SVGTests {
    let code: QRCode

    init() throws { code = try QRCode(text: "https://example.com/d/42", level: .low) }

    @Test func scalableCrispImageWithQuietZone() {
        let svg = code.svg(label: "微信扫码分享")
        #expect(code.size == 25)
        #expect(svg.hasPrefix(#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 33 33" width="132" height="132""#))
        #expect(svg.contains(#" role="img" aria-label="微信扫码分享" shape-rendering="crispEdges">"#))
        #expect(svg.contains(##"<rect width="33" height="33" fill="#fff"/><path fill="#000" d="M4 4h7v1h-7z"##))
        #expect(svg.hasSuffix(#""/></svg>"#))
        #expect(svg.components(separatedBy: "<path").count == 2)
        let scaled = code.svg(label: "x", moduleSize: 10, color: "#1f2937", background: nil)
        #expect(scaled.contains(#"width="330" height="330""#) && scaled.contains(##"<path fill="#1f2937""##) && !scaled.contains("<rect"))
    }

    @Test func labelAndColorsAreEscaped() {
        let svg = code.svg(label: #"<script>&"x"'</script>"#, color: #""/><script>"#, background: "<b>")
        #expect(svg.contains(#"aria-label="&lt;script&gt;&amp;&quot;x&quot;&#39;&lt;/script&gt;""#))
        #expect(svg.contains(#"fill="&quot;/&gt;&lt;script&gt;""#) && svg.contains(#"fill="&lt;b&gt;""#))
        #expect(!svg.contains("<script") && !svg.contains("<b>"))
    }

    /// The path's rectangles cover exactly the dark modules, shifted by the quiet zone.
    @Test func pathCoversTheDarkModules() throws {
        let regex = try NSRegularExpression(pattern: #"M(\d+) (\d+)h(\d+)v1h-(\d+)z"#)
        let path = code.pathData
        var covered = Set<[Int]>()
        var matchedLength = 0
        for match in regex.matches(in: path, range: NSRange(path.startIndex..., in: path)) {
            let numbers = (1...4).map { Int((path as NSString).substring(with: match.range(at: $0)))! }
            #expect(numbers[2] == numbers[3])
            for x in numbers[0]..<(numbers[0] + numbers[2]) {
                #expect(covered.insert([x - QRCode.quietZone, numbers[1] - QRCode.quietZone]).inserted)
            }
            matchedLength += match.range.length
        }
        #expect(matchedLength == (path as NSString).length)
        var dark = Set<[Int]>()
        for y in 0..<code.size { for x in 0..<code.size where code.isDark(x: x, y: y) { dark.insert([x, y]) } }
        #expect(covered == dark)
    }
}
