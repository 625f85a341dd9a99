import Foundation
public import GuanshanModel
import GuanshanText
internal import GuanshanFormats
import Synchronization

/// The sensitive-word lists (敏感词): kept in the store, edited by admins a whole list at a time (as text,
/// one word a line), and applied from memory. Each node builds its `WordLists` again when the lists'
/// revision in the settings it follows (`SiteVersion`) changes, whichever node changed them.
public final class SensitiveWords: Sendable {
    typealias Store = SensitiveWordStore & SettingsStore

    private let store: any Store
    private let version: SiteVersion
    private let securityLog: SecurityLog
    private let built = Mutex<(revision: String, lists: WordLists)>(("", .empty))

    /// At most this many words in all lists, each at most `longestWord` characters.
    public static let mostWords = 100_000
    public static let longestWord = 50

    init(store: any Store, version: SiteVersion, securityLog: SecurityLog) {
        self.store = store
        self.version = version
        self.securityLog = securityLog
    }

    /// The lists as of the settings this node follows.
    public func current() async throws -> WordLists {
        let revision = try await version.current().settings.wordsRevision
        if let lists = built.withLock({ $0.revision == revision ? $0.lists : nil }) { return lists }
        // Two requests may both build; the lists are the same, and building 10,000 words takes milliseconds.
        let lists = WordLists(try await store.sensitiveWords())
        built.withLock { $0 = (revision, lists) }
        return lists
    }

    /// The words of one list, in the order the store keeps them.
    public func list(_ policy: WordPolicy) async throws -> [String] {
        try await store.sensitiveWords().filter { $0.policy == policy }.map(\.word)
    }

    /// The words of a list as its text, one a line (as the admin's form and an exported file have them).
    public static func lines(of text: String) -> [String] {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
    }

    /// The words of a text file (UTF-8, UTF-16 with its byte order mark, or GB18030), one a line.
    public static func lines(ofFile bytes: Data) throws(WordListError) -> [String] {
        do {
            return lines(of: try TextDecoding.decode(bytes, byteLimit: mostFileBytes))
        } catch {
            throw .notText
        }
    }

    /// 4 MB: 100,000 words of 10 characters in UTF-8.
    public static let mostFileBytes = 4 << 20

    /// `lines` checked as words: blank ones and repeats are dropped, and one that folds to nothing
    /// (punctuation only), is too long, or holds a control character (a line break) is refused.
    public static func words(_ lines: [String]) throws(WordListError) -> [String] {
        var seen = Set<String>()
        var words: [String] = []
        for (index, line) in lines.enumerated() {
            let word = line.trimmingCharacters(in: .whitespaces)
            guard !word.isEmpty else { continue }
            guard word.count <= longestWord else { throw .tooLong(line: index + 1) }
            guard !word.unicodeScalars.contains(where: { [.control, .lineSeparator, .paragraphSeparator].contains($0.properties.generalCategory) }),
                  !WordFolding.shared.folded(word).isEmpty
            else { throw .notAWord(line: index + 1) }
            if seen.insert(word).inserted { words.append(word) }
        }
        return words
    }

    /// Replaces the list of `policy` with the words of `lines`; returns how many it holds now.
    @discardableResult
    public func replace(_ policy: WordPolicy, with lines: [String], by admin: Visitor?) async throws -> Int {
        let words = try Self.words(lines)
        let others = try await store.sensitiveWords().filter { $0.policy != policy }.count
        guard others + words.count <= Self.mostWords else { throw WordListError.tooMany }
        try await store.replaceSensitiveWords(words, policy: policy, revision: UUID().uuidString)
        try await version.refresh()
        await securityLog.record(.settingsChanged, by: admin, detail: "words.\(policy.rawValue) (\(words.count))")
        return words.count
    }
}

/// Why a list's text was refused.
public enum WordListError: Error, Equatable, Sendable {
    /// The line (1-based) is longer than `SensitiveWords.longestWord` characters.
    case tooLong(line: Int)
    /// The line has no letter or digit, or holds a control character.
    case notAWord(line: Int)
    /// The lists would hold more than `SensitiveWords.mostWords` words.
    case tooMany
    /// The file is not text, or larger than `SensitiveWords.mostFileBytes`.
    case notText
}
