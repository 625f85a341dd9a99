import ArgumentParser
import GuanshanLibrary

struct Search: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Search the library: ranked results with snippets, or the matching ids.",
        discussion: """
            Words separated by spaces must all occur; "quoted words" form a phrase; -word leaves out \
            documents holding it. Chinese words match anywhere, even one character; Latin words match \
            where a word starts (calc finds calculate, not recalc).
            """)

    @OptionGroup var dataOptions: DataOptions

    @Argument(help: "What to look for.")
    var query: String

    @Option(help: "Show at most this many results.")
    var limit = 10

    @Flag(help: "Show every result.")
    var all = false

    @Flag(help: "Print the matching document ids, ascending, on one line.")
    var ids = false

    func validate() throws {
        if all && limit != 10 { throw ValidationError("--limit and --all cannot be used together.") }
        if limit < 0 { throw ValidationError("--limit must be 0 or more.") }
    }

    func run() async throws {
        let messages = CLIMessages.current
        let library = try await dataOptions.openLibrary()
        try await library.search.catchUp()
        do {
            if ids {
                let found = try library.search.searchIDs(query)
                print((all ? found : Array(found.prefix(limit))).map(String.init).joined(separator: " "))
                return
            }
            // The library hands out at most `maximumSearchLimit` results a call: the rest are read a page
            // after another, so that --all and a large --limit print every result they promise.
            let wanted = all ? Int.max : limit
            var page = try await library.search.search(SearchRequest(query, limit: min(wanted, SearchService.maximumSearchLimit)))
            if !page.hasWords {
                print(messages.emptyQuery)
                return
            }
            print(messages.resultCount(page.total))
            var printed = 0
            while true {
                for item in page.items.prefix(wanted - printed) {
                    printed += 1
                    print(messages.result(printed, item))
                }
                guard printed < min(wanted, page.total), !page.items.isEmpty else { break }
                page = try await library.search.search(SearchRequest(query, offset: printed, limit: min(wanted - printed, SearchService.maximumSearchLimit)))
            }
        } catch LibraryError.queryTooLong {
            print(messages.queryTooLong)
            throw ExitCode(2)
        }
    }
}

struct Reindex: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rebuild the search index from every published document.")

    @OptionGroup var dataOptions: DataOptions

    func run() async throws {
        let library = try await dataOptions.openLibrary()
        let report = try await library.search.rebuild()
        print(CLIMessages.current.reindexed(report))
    }
}

struct Jobs: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the work under way: imports from the admin, documents being paged again, documents the search index has yet to take in.",
        discussion: "A running server does this work by itself, within a second; --run does it here and now, for a library whose server is stopped.")

    @OptionGroup var dataOptions: DataOptions

    @Flag(help: "Do the work under way now, and wait until it is done.")
    var run = false

    @Option(help: "Queue the failed import with this number again.")
    var retry: Int64?

    func run() async throws {
        let messages = CLIMessages.current
        let library = try await dataOptions.openLibrary()
        if let retry {
            print(messages.retried(retry, try await library.editorial.retryImport(id: retry)))
        }
        if run {
            let done = try await library.operations.finishWork()
            print(messages.workDone(laidOut: done.laidOut, indexed: done.indexed, imports: done.imports))
        }
        let work = try await library.operations.workUnderWay()
        print(messages.workUnderWay(work))
    }
}
