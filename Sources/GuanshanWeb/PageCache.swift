import Foundation
import GuanshanLibrary
import GuanshanRequestParsing
import Hummingbird
import HummingbirdCore
import Synchronization

/// Pages rendered for visitors who are not signed in, kept with their gzip so that a hit neither renders
/// nor compresses. An entry is found by the path and query asked, the language and the site's stamp
/// (`SiteVersion`): any change to a document, a category, a tag or a setting, here or on another node,
/// starts a new stamp, and the entries of the old one are dropped. An entry also lives at most `lifetime`,
/// which bounds how old a view count on a page may be. The bytes held stay under `byteLimit`: past it,
/// the least recently used entries go.
final class PageCache: Sendable {
    struct Key: Hashable, Sendable {
        var path: String
        var language: Language
        /// Pages are set as each reader likes (`ReadingStyle`): a handful of variants at most.
        var style = ReadingStyle.standard
        var stamp: Int
    }

    /// A page found in the cache, and the document whose view it counts when it is read (a reading page).
    struct Hit: Sendable {
        var page: Representation
        var viewOf: Int64?

        /// Counts the view that reading the page makes; a HEAD request reads nothing.
        func countView(_ method: HTTPRequest.Method, in views: ViewCounter) {
            if let viewOf, method == .get { views.record(viewOf) }
        }
    }

    private struct Entry {
        var hit: Hit
        var bytes: Int
        var expires: ContinuousClock.Instant
        var used: UInt64
    }

    private struct State {
        var entries: [Key: Entry] = [:]
        var bytes = 0
        var uses: UInt64 = 0
        var stamp = 0
    }

    let byteLimit: Int
    let lifetime: Duration
    private let state = Mutex(State())

    init(byteLimit: Int, lifetime: Duration = .seconds(60)) {
        self.byteLimit = byteLimit
        self.lifetime = lifetime
    }

    /// The bytes of the pages held, with their keys.
    var bytes: Int { state.withLock { $0.bytes } }

    var pageCount: Int { state.withLock { $0.entries.count } }

    func page(for key: Key) -> Hit? {
        state.withLock { state in
            Self.follow(key.stamp, &state)
            guard let entry = state.entries[key] else { return nil }
            guard entry.expires > .now else {
                state.entries[key] = nil
                state.bytes -= entry.bytes
                return nil
            }
            state.uses += 1
            state.entries[key]?.used = state.uses
            return entry.hit
        }
    }

    func store(_ hit: Hit, for key: Key) {
        // Rough overhead of an entry beside its bytes: the key, the dictionary slot, the headers.
        let bytes = hit.page.size + key.path.utf8.count + 512
        // One page may take a sixteenth of the cache, so that a few huge documents cannot empty it.
        guard bytes <= byteLimit / 16 else { return }
        state.withLock { state in
            Self.follow(key.stamp, &state)
            guard key.stamp == state.stamp else { return }
            state.uses += 1
            // A page stored again with its gzip keeps the time it was rendered.
            let expires = state.entries[key]?.expires ?? .now + lifetime
            if let old = state.entries.updateValue(Entry(hit: hit, bytes: bytes, expires: expires, used: state.uses), forKey: key) {
                state.bytes -= old.bytes
            }
            state.bytes += bytes
            if state.bytes > byteLimit { Self.evict(&state, downTo: byteLimit * 3 / 4) }
        }
    }

    /// A newer stamp empties the cache; an older one (a request that began before the change) finds nothing.
    private static func follow(_ stamp: Int, _ state: inout State) {
        guard stamp > state.stamp else { return }
        state.entries = [:]
        state.bytes = 0
        state.stamp = stamp
    }

    /// Drops the least recently used entries until `target` bytes remain; sorting once frees a quarter of
    /// the cache, so the cost spreads over many stores.
    private static func evict(_ state: inout State, downTo target: Int) {
        for (key, entry) in state.entries.sorted(by: { $0.value.used < $1.value.used }) {
            guard state.bytes > target else { break }
            state.entries[key] = nil
            state.bytes -= entry.bytes
        }
    }
}

extension PageCache.Key {
    /// The key for the path and query asked; nil when the query holds more than a known language and
    /// a page number, so that pages asked with made-up parameters are rendered rather than kept.
    init?(_ uri: URI, cookies: Cookies, stamp: Int) {
        let known = uri.queryParameters.allSatisfy { parameter in
            switch parameter.key {
            case "lang": Language(rawValue: String(parameter.value)) != nil
            case "page": PageNumber(parameter: String(parameter.value))?.canonical == String(parameter.value)
            default: false
            }
        }
        guard known else { return nil }
        path = uri.path + (uri.query.map { "?\($0)" } ?? "")
        language = Language(uri: uri, cookies: cookies)
        style = ReadingStyle(cookies: cookies)
        self.stamp = stamp
    }
}
