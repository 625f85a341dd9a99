import Foundation
import ZIPFoundation

extension DocxWriter {
    /// The zip container of a .docx, built in memory. Every entry carries the same fixed time, so the
    /// same parts always give the same bytes.
    enum Zip {
        /// 1980-01-01 00:00 UTC, the earliest time a zip entry can hold.
        private static let time = Date(timeIntervalSince1970: 315_532_800)

        /// The parts as `(path, text)`, stored in this order; `[Content_Types].xml` should come first.
        static func zip(_ parts: [(path: String, text: String)]) throws -> Data {
            let archive = try Archive(accessMode: .create)
            for (path, text) in parts {
                let data = Data(text.utf8)
                try archive.addEntry(
                    with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: time, compressionMethod: .deflate
                ) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
            return data
        }
    }
}
