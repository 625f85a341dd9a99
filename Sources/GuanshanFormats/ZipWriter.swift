import Foundation
import ZIPFoundation

/// A zip container built in memory (a .docx, an .epub). Every entry carries the same fixed time, so the
/// same parts always give the same bytes.
enum ZipWriter {
    /// 1980-01-01 00:00 UTC, the earliest time a zip entry can hold.
    private static let time = Date(timeIntervalSince1970: 315_532_800)

    /// The parts as `(path, text)`, stored in this order, compressed but for those in `stored`.
    static func zip(_ parts: [(path: String, text: String)], stored: Set<String> = []) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: time,
                compressionMethod: stored.contains(path) ? .none : .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }
}
