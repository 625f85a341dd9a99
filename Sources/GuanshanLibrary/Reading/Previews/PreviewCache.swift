import Foundation

/// The files page previews are made from and made of, in a folder of this node (`previews` in the data
/// folder), kept up to a total size: when a new file takes it over, the files used longest ago go first.
/// A file read is touched, so that its use counts.
actor PreviewCache {
    let directory: URL
    let limitBytes: Int
    private var sizes: [String: Int]?
    private var total = 0

    init(directory: URL, limitBytes: Int) {
        self.directory = directory
        self.limitBytes = limitBytes
    }

    /// The largest file kept: a quarter of the cache.
    nonisolated var largestKept: Int { limitBytes / 4 }

    /// Where the file `name` is (or would be); a name is a hash and an ending, never a path.
    nonisolated func url(_ name: String) -> URL {
        directory.appendingPathComponent(name.replacingOccurrences(of: "/", with: "_"))
    }

    /// The file `name` if it is kept, its use noted.
    func data(_ name: String) -> Data? {
        let url = url(name)
        guard let data = try? Data(contentsOf: url) else { return nil }
        try? FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: url.path)
        return data
    }

    /// Whether `name` is kept, its use noted.
    func contains(_ name: String) -> Bool {
        let path = url(name).path
        guard FileManager.default.fileExists(atPath: path) else { return false }
        try? FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: path)
        return true
    }

    /// Keeps `data` as `name` (written beside and renamed, so that a reader never sees half of it), then
    /// makes room. A file larger than a quarter of the cache is not kept.
    func keep(_ data: Data, as name: String) {
        guard data.count <= largestKept else { return }
        let partial = url(".\(name).\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try data.write(to: partial)
            guard rename(partial.path, url(name).path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? FileManager.default.removeItem(at: partial)
            return
        }
        var sizes = loadedSizes()
        total += data.count - (sizes[name] ?? 0)
        sizes[name] = data.count
        self.sizes = sizes
        evict()
    }

    private func loadedSizes() -> [String: Int] {
        if let sizes { return sizes }
        var found: [String: Int] = [:]
        for url in (try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: [.fileSizeKey])) ?? [] {
            found[url.lastPathComponent] = (try? url.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0
        }
        total = found.values.reduce(0, +)
        sizes = found
        return found
    }

    /// Lets go of the files used longest ago until the cache holds four fifths of its size, so that it
    /// looks at its files once in a while, not at every file kept.
    private func evict() {
        guard total > limitBytes, var sizes else { return }
        let target = limitBytes / 5 * 4
        let byAge = sizes.keys.map { name in
            (name, (try? FileManager.default.attributesOfItem(atPath: url(name).path)[.modificationDate] as? Date) ?? .distantPast)
        }.sorted { $0.1 < $1.1 }
        for (name, _) in byAge where total > target {
            try? FileManager.default.removeItem(at: url(name))
            total -= sizes[name] ?? 0
            sizes[name] = nil
        }
        self.sizes = sizes
    }
}
