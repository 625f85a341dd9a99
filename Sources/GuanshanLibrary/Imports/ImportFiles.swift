internal import GuanshanModel
import Foundation
internal import GuanshanFormats

/// The files an import will read: given files as they are, folders searched recursively for importable files.
struct ImportFiles {
    struct File {
        var url: URL
        var format: DocumentFormat?
        var size: Int64
    }

    var files: [File] = []
    var missing: [String] = []
    var ignored = 0

    init(paths: [String], format: DocumentFormat?) {
        let fileManager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                missing.append(path)
                continue
            }
            let url = URL(fileURLWithPath: path)
            guard isDirectory.boolValue else {
                files.append(File(url: url, format: format ?? DocumentFormat(fileExtension: url.pathExtension), size: Self.size(of: url)))
                continue
            }
            let found = fileManager.enumerator(
                at: url, includingPropertiesForKeys: [.isRegularFileKey, .fileSizeKey], options: [.skipsHiddenFiles])
            var inFolder: [File] = []
            while let next = found?.nextObject() as? URL {
                guard (try? next.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
                if let fileFormat = format ?? DocumentFormat(fileExtension: next.pathExtension) {
                    inFolder.append(File(url: next, format: fileFormat, size: Self.size(of: next)))
                } else {
                    ignored += 1
                }
            }
            files += inFolder.sorted { $0.url.path < $1.url.path }
        }
    }

    private static func size(of url: URL) -> Int64 {
        Int64((try? url.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0)
    }
}
