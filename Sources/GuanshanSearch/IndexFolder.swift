import Foundation

/// The index's folder: segment files and `manifest.json`, which names the segments, what is deleted
/// from each and the store revision they cover. Files are written beside their final name, flushed,
/// then renamed into place, and the manifest last, so a process killed at any point leaves either the
/// old index or the new one. A lock file keeps two processes from writing at once.
struct IndexFolder {
    /// Raised whenever the file layout or the text rules change, so that older indexes are rebuilt.
    static let format = 4

    struct Manifest: Codable {
        struct Entry: Codable {
            var file: String
            var deleted: [Int32]
        }

        var format: Int
        var revision: Int64
        var segments: [Entry]
    }

    let url: URL

    private var manifestURL: URL { url.appendingPathComponent("manifest.json") }

    func load() throws -> IndexState? {
        try locked {
            guard let data = try? Data(contentsOf: manifestURL) else { return nil }
            let manifest = try JSONDecoder().decode(Manifest.self, from: data)
            guard manifest.format == Self.format else { return nil }
            var state = IndexState(revision: manifest.revision)
            for entry in manifest.segments {
                let segment = try SegmentFile.read(url.appendingPathComponent(entry.file))
                guard entry.deleted.allSatisfy({ $0 >= 0 && Int($0) < segment.count }) else {
                    throw SearchIndexError.damaged(manifestURL.path)
                }
                state.parts.append(.init(
                    segment: segment, deleted: DeletedSet(ordinals: entry.deleted, capacity: segment.count), file: entry.file))
            }
            return state
        }
    }

    /// Writes the segments not yet on disk and then the manifest; returns the state with file names set.
    func save(_ state: IndexState) throws -> IndexState {
        try locked {
            var state = state
            for index in state.parts.indices {
                if let file = state.parts[index].file, FileManager.default.fileExists(atPath: url.appendingPathComponent(file).path) {
                    continue
                }
                let file = "segment-\(UUID().uuidString.lowercased()).gsx"
                let temporary = url.appendingPathComponent(file + ".tmp")
                try SegmentFile.write(state.parts[index].segment, to: temporary)
                guard rename(temporary.path, url.appendingPathComponent(file).path) == 0 else {
                    throw SearchIndexError.unwritable(temporary.path)
                }
                state.parts[index].file = file
            }
            let manifest = Manifest(
                format: Self.format, revision: state.revision,
                segments: state.parts.map { .init(file: $0.file ?? "", deleted: $0.deleted.ordinals) })
            let temporary = url.appendingPathComponent("manifest.json.tmp")
            try JSONEncoder().encode(manifest).write(to: temporary)
            try Self.flush(temporary)
            guard rename(temporary.path, manifestURL.path) == 0 else { throw SearchIndexError.unwritable(manifestURL.path) }
            try Self.flush(url)
            let kept = Set(manifest.segments.map(\.file))
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path)
            where name.hasPrefix("segment-") && !kept.contains(name) {
                try? FileManager.default.removeItem(at: url.appendingPathComponent(name))
            }
            return state
        }
    }

    /// Bytes of the files the manifest names, and the manifest.
    func size() -> Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { !$0.hasSuffix(".tmp") && $0 != ".lock" }.reduce(0) { total, name in
            let attributes = try? FileManager.default.attributesOfItem(atPath: url.appendingPathComponent(name).path)
            return total + ((attributes?[.size] as? NSNumber)?.intValue ?? 0)
        }
    }

    private func locked<T>(_ body: () throws -> T) throws -> T {
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        let descriptor = open(url.appendingPathComponent(".lock").path, O_CREAT | O_RDWR, 0o644)
        guard descriptor >= 0 else { throw SearchIndexError.unwritable(url.path) }
        defer { close(descriptor) }
        flock(descriptor, LOCK_EX)
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }

    private static func flush(_ url: URL) throws {
        let descriptor = open(url.path, O_RDONLY)
        guard descriptor >= 0 else { throw SearchIndexError.unwritable(url.path) }
        defer { close(descriptor) }
        fsync(descriptor)
    }
}
