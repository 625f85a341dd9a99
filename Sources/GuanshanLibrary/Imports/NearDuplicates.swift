internal import GuanshanModel
import GuanshanText

/// A document of an import whose text is close to one already in the library (or earlier in the same
/// import) without being the same: skipped, or imported with a mark, as the site's setting says.
public struct ImportNearDuplicate: Hashable, Sendable, Codable {
    public var source: ImportSource
    public var title: String
    /// The new document; nil when it was skipped.
    public var importedID: Int64?
    public var similarTo: Int64
    public var similarTitle: String
}

/// The library's fingerprints during one import, with the documents it has saved or is about to.
struct NearDuplicateFinder {
    private var index = FingerprintIndex()
    /// Parallel to the index; a document waiting to be saved has id `waiting`, one that was not saved `dropped`.
    private var known: [StoredFingerprint] = []
    private var waitingPositions: [String: [Int]] = [:]

    static let waiting: Int64 = 0
    private static let dropped: Int64 = -1

    init(_ stored: [StoredFingerprint]) {
        for entry in stored { add(entry) }
    }

    private mutating func add(_ entry: StoredFingerprint) {
        index.insert(entry.fingerprint)
        known.append(entry)
    }

    mutating func addWaiting(_ document: NewDocument) {
        waitingPositions[document.metrics.contentHash, default: []].append(known.count)
        add(StoredFingerprint(id: Self.waiting, title: document.title, fingerprint: document.metrics.fingerprint, contentHash: document.metrics.contentHash))
    }

    /// A waiting document was saved as `id` (or is the same text as `id`), or was not saved (nil).
    mutating func saved(contentHash: String, id: Int64?) {
        for position in waitingPositions.removeValue(forKey: contentHash) ?? [] {
            known[position].id = id ?? Self.dropped
        }
    }

    /// The saved document of a content hash that was waiting; nil when it was not saved.
    func saved(contentHash: String) -> StoredFingerprint? {
        known.last { $0.contentHash == contentHash && $0.id > 0 }
    }

    /// The nearest document with other text (the same text is an exact duplicate, which the store
    /// skips); its id is `waiting` when it is still waiting to be saved.
    func nearest(to document: NewDocument) -> StoredFingerprint? {
        index.near(document.metrics.fingerprint).lazy.map { known[$0] }
            .first { $0.id != Self.dropped && $0.contentHash != document.metrics.contentHash }
    }
}
