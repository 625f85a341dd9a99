import Foundation
import GuanshanLibrary
import GuanshanTestSupport
@testable import GuanshanWeb
import Hummingbird
import HummingbirdTesting
import Testing

/// Readers set pages as they like, without JavaScript: a form, a cookie, classes of `<html>` (issue 20 item 4).
@Suite struct ReadingStyleRouteTests {
    @Test func aReaderChoosesAStyleThatStaysAndOthersKeepTheirs() async throws {
        try await AccountRouteTests().withSite { site, client in
            let id = site.document
            let reader = Browser(client)
            let standard = try await reader.get("/d/\(id)")
            #expect(standard.body.contains(#"<html lang="zh-CN">"#), "the standard style adds nothing")
            #expect(standard.body.contains(#"<details class="reading-style"><summary>阅读设置</summary><form action="/reading-style" method="get">"#))
            #expect(standard.body.contains(#"<input type="radio" name="size" value="medium" checked>中"#))
            #expect(standard.body.contains(#"<input type="hidden" name="next" value="/d/\#(id)">"#))

            let chosen = try await reader.get("/reading-style?size=large&spacing=loose&theme=sepia&print=gongwen&next=/d/\(id)")
            #expect(chosen.status == .seeOther && chosen.location == "/d/\(id)")
            #expect(chosen.headers[values: .setCookie].contains { $0.hasPrefix("rs=large.loose.sepia.gongwen;") && $0.contains("Max-Age=31536000") })
            let styled = try await reader.get("/d/\(id)")
            #expect(styled.body.contains(#"<html lang="zh-CN" class="size-large spacing-loose theme-sepia print-gongwen">"#))
            #expect(styled.body.contains(#"<input type="radio" name="theme" value="sepia" checked>护眼"#))
            // The cached page of the standard style is not the reader's, nor the reader's anyone else's.
            #expect(try await Browser(client).get("/d/\(id)").body.contains(#"<html lang="zh-CN">"#))
            #expect(try await reader.get("/").body.contains(#"class="size-large spacing-loose theme-sepia print-gongwen""#), "every page")

            // One choice at a time keeps the others.
            try await reader.get("/reading-style?theme=dark")
            #expect(try await reader.get("/d/\(id)").body.contains(#"class="size-large spacing-loose theme-dark print-gongwen""#))
            #expect(try await reader.get("/reading-style?size=huge").status == .badRequest)
            #expect(try await reader.get("/reading-style?size=small&next=//evil.example/").location == "/", "never elsewhere")

            // A cookie that is not one of the styles is the standard style.
            let odd = try await Browser(client).get("/d/\(id)", headers: [.cookie: "rs=\"><script>"])
            #expect(odd.status == .ok && odd.body.contains(#"<html lang="zh-CN">"#))
        }
    }

    @Test func theStyleIsAKnownSetOfClasses() {
        #expect(ReadingStyle(cookie: "small.tight.light.plain").classes == "size-small spacing-tight theme-light")
        #expect(ReadingStyle(cookie: "medium.normal.auto.plain") == .standard)
        for odd in [nil, "", "large", "large.loose.sepia", "large.loose.sepia.gongwen.x", "LARGE.loose.sepia.gongwen"] {
            #expect(ReadingStyle(cookie: odd) == .standard, "\(odd ?? "nil")")
        }
        var every: Set<String> = []
        for size in ReadingStyle.Size.allCases {
            for spacing in ReadingStyle.Spacing.allCases {
                for theme in ReadingStyle.Theme.allCases {
                    for print in ReadingStyle.Print.allCases {
                        var style = ReadingStyle()
                        (style.size, style.spacing, style.theme, style.print) = (size, spacing, theme, print)
                        #expect(ReadingStyle(cookie: style.cookieValue) == style)
                        every.insert(style.classes)
                    }
                }
            }
        }
        #expect(every.count == 72, "each style its own classes")
    }
}
