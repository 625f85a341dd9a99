import Foundation
import GuanshanLibrary
import GuanshanSearch
import GuanshanStore
import GuanshanModel
import GuanshanTestSupport
import Testing

/// The correctness check: the real corpus (Tests/Corpus/build-corpus, cached outside the repo),
/// queries sampled by `searchref queries --seed 1`, and what `guanshan search --all --ids` prints
/// (the same library calls, made here in process) compared with `searchref truth` for every query.
/// By default every third document of the corpus; `GUANSHAN_CORPUS_SAMPLE=1` takes the whole corpus.
/// `GUANSHAN_CORPUS_CACHE` moves the cache (default /tmp/guanshan-corpus). Scripts/check-search-corpus
/// runs the same comparison through the release executable.
@Suite(.serialized) struct CorpusSearchTests {
    @Test func everyQueryOfEveryBucketMatchesSearchref() async throws {
        let corpus = try Corpus.prepare()
        let data = try TemporaryFolder()
        let library = try Library.open(dataDirectory: data.url)
        let report = try await library.editorial.importFiles([corpus.documents.path])
        #expect(report.failed.isEmpty)

        let present = try await Corpus.documentIDs(in: try SQLiteStore(path: data.url.appendingPathComponent("guanshan.sqlite").path))
        // A document whose text repeats another's is skipped on import; its twin stands for it.
        let skipped = corpus.records.filter { !present.contains($0.id) }
        let texts = Dictionary(grouping: corpus.records, by: \.searchText)
        for record in skipped {
            #expect(texts[record.searchText]?.contains { present.contains($0.id) } == true, "document \(record.id) was skipped without a twin")
        }
        #expect(skipped.count * 1_000 < corpus.records.count, "too many skipped: \(skipped.count)")

        var wrong: [String] = []
        for row in corpus.truth {
            let expected = row.ids.filter(present.contains)
            let reopened = try Library.open(dataDirectory: data.url)
            try await reopened.search.catchUp()
            let found = try reopened.search.searchIDs(row.query)
            if found != expected {
                wrong.append("\(row.bucket) \(row.query.debugDescription): \(found.count) found, \(expected.count) expected")
            }
        }
        #expect(corpus.truth.count > 500)
        #expect(Set(corpus.truth.map(\.bucket)).count == 20)
        #expect(wrong.isEmpty, "\(wrong.count) of \(corpus.truth.count) queries differ:\n\(wrong.prefix(20).joined(separator: "\n"))")
    }
}

/// The cached corpus sample with its queries and their exact answers.
struct Corpus {
    struct Record {
        var id: Int64
        var searchText: String
    }

    struct Row {
        var bucket: String
        var query: String
        var ids: [Int64]
    }

    let documents: URL
    let records: [Record]
    let truth: [Row]

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let tools = repository.appendingPathComponent("Tests/Corpus")

    static func prepare() throws -> Corpus {
        let environment = ProcessInfo.processInfo.environment
        let cache = URL(fileURLWithPath: environment["GUANSHAN_CORPUS_CACHE"] ?? "/tmp/guanshan-corpus")
        let step = max(Int(environment["GUANSHAN_CORPUS_SAMPLE"] ?? "") ?? 3, 1)
        let full = cache.appendingPathComponent("docs.jsonl")
        if !FileManager.default.fileExists(atPath: full.path) {
            let built = try Command.run(tools.appendingPathComponent("build-corpus"), [cache.path])
            guard built.status == 0 else { throw CorpusError.failed("build-corpus", built.output) }
        }
        let sample = cache.appendingPathComponent("sample-\(step).jsonl")
        if !FileManager.default.fileExists(atPath: sample.path) {
            let lines = try String(contentsOf: full, encoding: .utf8).split(separator: "\n")
            let kept = lines.enumerated().filter { $0.offset % step == 0 }.map(\.element)
            try (kept.joined(separator: "\n") + "\n").write(to: sample, atomically: true, encoding: .utf8)
        }
        // Queries and answers are kept per version of the contract, so a changed searchref recomputes them.
        let contract = try contractStamp()
        let queries = cache.appendingPathComponent("sample-\(step)-\(contract)-queries.tsv")
        let truth = cache.appendingPathComponent("sample-\(step)-\(contract)-truth.tsv")
        if !FileManager.default.fileExists(atPath: truth.path) {
            let searchref = tools.appendingPathComponent("searchref")
            for arguments in [["queries", sample.path, queries.path, "--seed", "1"], ["truth", sample.path, queries.path, truth.path + ".tmp"]] {
                let result = try Command.run(searchref, arguments)
                guard result.status == 0 else { throw CorpusError.failed("searchref \(arguments[0])", result.output) }
            }
            try FileManager.default.moveItem(at: URL(fileURLWithPath: truth.path + ".tmp"), to: truth)
        }
        return Corpus(documents: sample, records: try records(sample), truth: try rows(truth))
    }

    /// FNV-1a of searchref and the table it reads, in hex.
    private static func contractStamp() throws -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for name in ["searchref", "script-folding.tsv"] {
            for byte in try Data(contentsOf: tools.appendingPathComponent(name)) {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
            }
        }
        return String(hash, radix: 16)
    }

    private static func records(_ file: URL) throws -> [Record] {
        struct Line: Decodable { var id: Int64; var title: String; var paragraphs: [String] }
        return try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map { line in
            let decoded = try JSONDecoder().decode(Line.self, from: Data(line.utf8))
            return Record(id: decoded.id, searchText: SearchText.normalize(([decoded.title] + decoded.paragraphs).joined(separator: "\n")))
        }
    }

    private static func rows(_ file: URL) throws -> [Row] {
        try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 4 else { throw CorpusError.failed("truth", "bad line: \(line)") }
            return Row(bucket: fields[0], query: fields[1], ids: fields[3].split(separator: " ").compactMap { Int64($0) })
        }
    }

    /// The ids of every published document in `store`.
    static func documentIDs(in store: any Store) async throws -> Set<Int64> {
        var ids = Set<Int64>()
        var after: Int64 = 0
        while true {
            let page = try await store.searchableDocuments(afterID: after, through: nil, limit: 5_000)
            guard let last = page.last else { return ids }
            ids.formUnion(page.map(\.id))
            after = last.id
        }
    }
}

enum CorpusError: Error, CustomStringConvertible {
    case failed(String, String)

    var description: String {
        switch self {
        case .failed(let step, let output): "\(step) failed:\n\(output)"
        }
    }
}

@Suite struct CorpusToolsTests {
    /// searchref is the repository's own since search reads traditional characters as simplified
    /// (Tests/Corpus/README.md); build-corpus is still the shared one.
    @Test func copiesEqualTheSharedTools() throws {
        let shared = Corpus.repository.deletingLastPathComponent().appendingPathComponent("shared/corpus")
        for name in ["build-corpus"] {
            let original = shared.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: original.path) else { continue }
            #expect(try Data(contentsOf: original) == Data(contentsOf: Corpus.tools.appendingPathComponent(name)), "\(name) differs from \(original.path)")
        }
    }
}
