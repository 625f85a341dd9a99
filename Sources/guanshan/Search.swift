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
                let found = try library.searchIDs(query)
                print((all ? found : Array(found.prefix(limit))).map(String.init).joined(separator: " "))
                return
            }
            let page = try await library.search(query, limit: all ? Int.max : limit)
            if !page.hasWords {
                print(messages.emptyQuery)
                return
            }
            print(messages.resultCount(page.total))
            for (rank, item) in page.items.enumerated() {
                print(messages.result(rank + 1, item))
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
