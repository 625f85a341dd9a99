public enum FileName {
    /// The last path component (after `/` or `\`) without its extension: `docs/开放时间.txt` -> `开放时间`.
    public static func stem(_ fileName: String) -> String {
        let name = fileName.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? fileName
        guard let dot = name.lastIndex(of: "."), dot > name.startIndex else { return name.trimmingWhiteSpace }
        return name[..<dot].trimmingWhiteSpace
    }

    /// An uploaded file's name made safe to write in a folder of its own: the last path component, no
    /// control characters, no leading dots, at most `longest` bytes of UTF-8 (file systems allow 255
    /// bytes, 85 Chinese characters), the extension kept.
    public static func safe(_ fileName: String) -> String {
        let last = fileName.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        var name = String(last.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }.map(Character.init))
        while name.hasPrefix(".") { name.removeFirst() }
        if name.utf8.count > longest {
            // An extension of at most 20 bytes is kept; one character may be any number of bytes (a letter
            // with a thousand combining marks), so the stem may go whole.
            let dot = name.lastIndex(of: ".").flatMap { name[$0...].utf8.count <= 20 ? $0 : nil }
            let ext = dot.map { String(name[$0...]) } ?? ""
            var stem = dot.map { String(name[..<$0]) } ?? name
            while !stem.isEmpty, stem.utf8.count + ext.utf8.count > longest { stem.removeLast() }
            name = stem + ext
        }
        return name.isEmpty ? "upload" : name
    }

    public static let longest = 200
}
