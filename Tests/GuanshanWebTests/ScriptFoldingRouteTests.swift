import Foundation
import GuanshanLibrary
import GuanshanTestSupport
@testable import GuanshanWeb
import Hummingbird
import HummingbirdTesting
import Testing

/// Traditional and simplified Chinese are one in search (issue 20 item 2): each finds the other, on
/// the search page, in the API and in the OPDS search, and results mark the text as it is written.
@Suite struct ScriptFoldingRouteTests {
    @Test func eachScriptFindsTheOtherAndResultsShowTheTextAsWritten() async throws {
        let library = Library(store: try await TestStore.make())
        let folder = try TemporaryFolder()
        let records: [[String: Any]] = [
            ["title": "計算機概論", "paragraphs": ["本書介紹計算機的歷史，之後講到網路裡的資料。"]],
            ["title": "计算机基础", "paragraphs": ["本书介绍计算机的历史，之后讲到网络里的数据。"]],
        ]
        let lines = try records.map { String(decoding: try JSONSerialization.data(withJSONObject: $0), as: UTF8.self) }
        _ = try await library.editorial.importFiles([try folder.write("scripts.jsonl", lines.joined(separator: "\n"))])
        let app = Application(router: try buildRouter(library: library))
        try await app.test(.router) { client in
            for query in ["計算機", "计算机", "之後", "之后"] {
                let html = String(buffer: try await client.execute(uri: SearchRouteTests.page(query), method: .get).body)
                #expect(html.contains("找到 2 篇相关文档"), "\(query)")
            }
            let traditional = String(buffer: try await client.execute(uri: SearchRouteTests.page("计算机 历史"), method: .get).body)
            #expect(traditional.contains("<mark>計算機</mark>概論") && traditional.contains("<mark>計算機</mark>的<mark>歷史</mark>"))
            #expect(traditional.contains("<mark>计算机</mark>的<mark>历史</mark>"))
            // 裡 and 里 are one: the exclusion takes both documents away.
            let excluded = String(buffer: try await client.execute(uri: SearchRouteTests.page("计算机 -網絡裏"), method: .get).body)
            #expect(excluded.contains("找到 1 篇相关文档"))
            let api = try SearchRouteTests.json(try await client.execute(uri: SearchRouteTests.api("計算機"), method: .get).body)
            #expect(api["total"] as? Int == 2)
            let opds = String(buffer: try await client.execute(uri: "/opds/search?q=\(SearchRouteTests.encode("歷史"))", method: .get).body)
            #expect(opds.components(separatedBy: "<entry>").count - 1 == 2)
        }
    }
}
