enum FileName {
    /// The last path component (after `/` or `\`) without its extension: `docs/开放时间.txt` -> `开放时间`.
    static func stem(_ fileName: String) -> String {
        let name = fileName.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? fileName
        guard let dot = name.lastIndex(of: "."), dot > name.startIndex else { return name.trimmingWhiteSpace }
        return name[..<dot].trimmingWhiteSpace
    }
}
