/// The records of the generated Unicode tables (`Scripts/swift_records.py` writes them): hex numbers
/// joined by commas, records separated by spaces or line breaks.
public enum HexRecords {
    public static func parse(_ text: String) -> [[UInt32]] {
        text.utf8.split(whereSeparator: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\n") }).map { record in
            record.split(separator: UInt8(ascii: ",")).compactMap { UInt32(Substring($0), radix: 16) }
        }
    }
}
