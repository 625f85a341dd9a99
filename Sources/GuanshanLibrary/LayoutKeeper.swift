import Foundation
internal import GuanshanStore
internal import GuanshanModel
import GuanshanText

/// Keeps every document laid out (its page starts and reading time) under the page budget and reading
/// speed of the settings. Saving new ones starts no work in the request: this follows the settings as a
/// job kept in the store, a batch at a time, noting after each batch where it is, so that a run cut off
/// (a restart, a failure) goes on from there, on this node or another, and saving the settings again
/// never leaves part of the library with the old pages.
public final class LayoutKeeper: Sendable {
    /// `budget/speed`: what every document is laid out with.
    static let appliedKey = ChangeLog.stateKeyPrefix + "layout_applied"
    /// `budget/speed/afterID/done` of a run under way.
    static let progressKey = ChangeLog.stateKeyPrefix + "layout_progress"
    /// Why the last batch failed; empty once one succeeds.
    static let failureKey = ChangeLog.stateKeyPrefix + "layout_failure"
    static let batchSize = 200

    /// Where a run stands, for the admin and the command line.
    public struct Progress: Equatable, Sendable {
        /// The page budget and reading speed the documents are being laid out with.
        public var pageBudget: Int
        public var readingSpeed: Int
        /// Documents laid out so far in this run.
        public var done: Int
        /// Why the last batch failed, if it did: the run tries again.
        public var failure: String?
    }

    private let store: any SettingsStore & EditorialStore
    private let gate = SerialGate()

    init(store: any SettingsStore & EditorialStore) {
        self.store = store
    }

    static func wanted(_ settings: SiteSettings) -> String { "\(settings.pageBudget)/\(settings.readingSpeed)" }

    /// Notes the layout the documents have now, before settings that change it are saved: a library from
    /// before layouts were followed has every document laid out with its current settings.
    func noteCurrent(_ settings: SiteSettings) async throws {
        _ = try await store.setting(Self.appliedKey, insertingIfAbsent: Self.wanted(settings))
    }

    /// The run under way, nil when every document is laid out with the settings.
    public func progress() async throws -> Progress? {
        let stored = try await store.settings()
        let settings = SiteSettings(stored: stored)
        let wanted = Self.wanted(settings)
        guard let applied = stored[Self.appliedKey], applied != wanted else { return nil }
        let run = Run(stored[Self.progressKey], wanted: wanted)
        let failure = stored[Self.failureKey].flatMap { $0.isEmpty ? nil : $0 }
        return Progress(pageBudget: settings.pageBudget, readingSpeed: settings.readingSpeed, done: run.done, failure: failure)
    }

    /// Lays out every document not yet laid out with the settings; returns how many this call laid out.
    @discardableResult
    public func follow() async throws -> Int {
        try await gate.run { [self] in
            var count = 0
            while true {
                let stored = try await store.settings()
                let settings = SiteSettings(stored: stored)
                let wanted = Self.wanted(settings)
                guard let applied = stored[Self.appliedKey], applied != wanted else { return count }
                var run = Run(stored[Self.progressKey], wanted: wanted)
                let bodies: [(id: Int64, blocks: [Block])]
                do {
                    bodies = try await store.documentBodies(afterID: run.afterID, limit: Self.batchSize)
                    try await store.updateLayouts(bodies.map { Self.layout($0, settings) })
                } catch {
                    try? await store.setSettings([Self.failureKey: "\(error)"])
                    throw error
                }
                count += bodies.count
                guard let last = bodies.last else {
                    try await store.setSettings([Self.appliedKey: wanted, Self.progressKey: "", Self.failureKey: ""])
                    return count
                }
                run.afterID = last.id
                run.done += bodies.count
                try await store.setSettings([Self.progressKey: run.text, Self.failureKey: ""])
            }
        }
    }

    private static func layout(_ body: (id: Int64, blocks: [Block]), _ settings: SiteSettings) -> DocumentLayout {
        let count = TextRules.characterCount(of: body.blocks)
        return DocumentLayout(
            id: body.id, pages: Pagination.paginate(body.blocks, budget: settings.pageBudget),
            readingMinutes: TextRules.readingMinutes(forCount: count, perMinute: settings.readingSpeed))
    }

    /// A run's place, kept as `budget/speed/afterID/done`; one for other settings starts again.
    private struct Run {
        var wanted: String
        var afterID: Int64 = 0
        var done = 0

        init(_ text: String?, wanted: String) {
            self.wanted = wanted
            let parts = (text ?? "").split(separator: "/")
            guard parts.count == 4, "\(parts[0])/\(parts[1])" == wanted, let after = Int64(parts[2]), let done = Int(parts[3]),
                  after >= 0, done >= 0
            else { return }
            afterID = after
            self.done = done
        }

        var text: String { "\(wanted)/\(afterID)/\(done)" }
    }
}
