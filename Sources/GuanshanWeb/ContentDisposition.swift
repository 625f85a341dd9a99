import Foundation

/// The `Content-Disposition` of a download.
enum ContentDisposition {
    /// RFC 6266: `filename*` carries the name as it is (Chinese), `filename` an ASCII name for old clients:
    /// `asciiStem` and the name's extension.
    static func attachment(_ fileName: String, asciiStem: String) -> String {
        let ext = (fileName as NSString).pathExtension
        let encoded = fileName.addingPercentEncoding(withAllowedCharacters: .rfc5987) ?? ""
        // The extension goes into the quoted ASCII name as it is: letters and digits only.
        let safe = ext.count <= 10 && ext.unicodeScalars.allSatisfy { $0.isASCII && CharacterSet.alphanumerics.contains($0) } ? ext : "bin"
        return "attachment; filename=\"\(asciiStem).\(safe)\"; filename*=UTF-8''\(encoded)"
    }
}
