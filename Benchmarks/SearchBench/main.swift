import Foundation
import GuanshanLibrary
import GuanshanSearch

/// The Guanshan side of Benchmarks/search: builds a library from a corpus and times its search,
/// printing JSON for the harness (see Benchmarks/search/README.md).
@main
struct SearchBench {
    static func main() async throws {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard let command = arguments.first else { usage() }
        var options: [String: String] = [:]
        var index = 1
        while index + 1 < arguments.count, arguments[index].hasPrefix("--") {
            options[String(arguments[index].dropFirst(2))] = arguments[index + 1]
            index += 2
        }
        func option(_ name: String) -> String {
            guard let value = options[name] else { usage() }
            return value
        }
        switch command {
        case "build": try await build(docs: option("docs"), data: option("data"))
        case "query": try await query(data: option("data"), queries: option("queries"), mode: option("mode"), out: option("out"))
        case "qps":
            try await throughput(data: option("data"), queries: option("queries"),
                                 clients: Int(option("clients")) ?? 1, seconds: Double(option("seconds")) ?? 10)
        default: usage()
        }
    }

    static func usage() -> Never {
        FileHandle.standardError.write(Data("""
            usage: guanshan-search-bench build --docs DOCS.jsonl --data DIR
                   guanshan-search-bench query --data DIR --queries Q.tsv --mode top10|count --out OUT.jsonl
                   guanshan-search-bench qps --data DIR --queries Q.tsv --clients N --seconds S

            """.utf8))
        exit(2)
    }

    static func build(docs: String, data: String) async throws {
        try? FileManager.default.removeItem(atPath: data)
        let library = try Library.open(dataDirectory: URL(fileURLWithPath: data))
        let clock = ContinuousClock()
        let importing = clock.now
        let report = try await library.editorial.importFiles([docs])
        let imported = importing.duration(to: clock.now)
        let rebuilt = try await library.search.rebuild()
        let (ids, bytes) = try corpus(docs)
        let kept = Set(report.imported.map(\.id))
        let result: [String: Any] = [
            "import_seconds": imported.seconds, "index_seconds": rebuilt.seconds, "index_bytes": rebuilt.bytes,
            "text_bytes": bytes, "documents": kept.count,
            // Exact copies of another document, which import skips by design.
            "absent_ids": ids.filter { !kept.contains($0) },
        ]
        print(String(decoding: try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys]), as: UTF8.self))
    }

    /// The ids of the corpus, and the UTF-8 bytes of each document's title and paragraphs as searchref joins them.
    static func corpus(_ docs: String) throws -> ([Int64], Int) {
        struct Record: Decodable { var id: Int64; var title: String; var paragraphs: [String] }
        let data = try Data(contentsOf: URL(fileURLWithPath: docs), options: .alwaysMapped)
        var ids: [Int64] = []
        var total = 0
        for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
            let record = try JSONDecoder().decode(Record.self, from: line)
            ids.append(record.id)
            total += record.title.utf8.count + record.paragraphs.reduce(0) { $0 + 1 + $1.utf8.count }
        }
        return (ids, total)
    }

    struct Query { var bucket: String; var text: String }

    static func queries(_ path: String) throws -> [Query] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").compactMap { line in
            let fields = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
            return fields.count == 2 ? Query(bucket: String(fields[0]), text: String(fields[1])) : nil
        }
    }

    static func query(data: String, queries path: String, mode: String, out: String) async throws {
        let library = try Library.open(dataDirectory: URL(fileURLWithPath: data))
        try await library.search.catchUp()
        let clock = ContinuousClock()
        var lines = ""
        for query in try queries(path) {
            // Count mode times the count alone, as for the peers; the ids for recall come after, untimed.
            func run() async throws -> (Int, [Int64]) {
                let page = try await library.search.search(SearchRequest(query.text, limit: mode == "count" ? 0 : 10))
                return (page.total, page.items.map(\.document.id))
            }
            _ = try await run()
            let started = clock.now
            var (total, ids) = try await run()
            let elapsed = started.duration(to: clock.now)
            if mode == "count" { ids = try library.search.searchIDs(query.text) }
            let record: [String: Any] = ["bucket": query.bucket, "query": query.text, "ms": elapsed.seconds * 1000, "total": total, "ids": ids]
            lines += String(decoding: try JSONSerialization.data(withJSONObject: record), as: UTF8.self) + "\n"
        }
        try lines.write(toFile: out, atomically: true, encoding: .utf8)
        emit(["peak_rss_bytes": Double(peakResidentBytes())])
    }

    static func throughput(data: String, queries path: String, clients: Int, seconds: Double) async throws {
        let library = try Library.open(dataDirectory: URL(fileURLWithPath: data))
        try await library.search.catchUp()
        let texts = try queries(path).map(\.text)
        let deadline = Date().addingTimeInterval(seconds)
        let done = try await withThrowingTaskGroup(of: Int.self) { group in
            for client in 0..<clients {
                group.addTask {
                    var count = 0
                    var next = client * texts.count / max(clients, 1)
                    while Date() < deadline {
                        _ = try await library.search.search(SearchRequest(texts[next % texts.count], limit: 10))
                        next += 1
                        count += 1
                    }
                    return count
                }
            }
            return try await group.reduce(0, +)
        }
        emit(["qps": Double(done) / seconds])
    }

    static func emit(_ values: [String: Double]) {
        let data = (try? JSONSerialization.data(withJSONObject: values, options: [.sortedKeys])) ?? Data("{}".utf8)
        print(String(decoding: data, as: UTF8.self))
    }

    static func peakResidentBytes() -> Int {
        var usage = rusage()
        #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        return usage.ru_maxrss * 1024
    }
}
