import Foundation

/// A line of `Fixtures/searchref-oracle.tsv` (written by `Scripts/generate-search-oracle.py`): an input
/// and what searchref's normalize() and parse() give for it.
struct OracleRow: Sendable {
    let line: Int
    let input: String
    let normalized: String
    let required: [String]
    let excluded: [String]

    static func all(filePath: String = #filePath) throws -> [OracleRow] {
        let url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/searchref-oracle.tsv")
        let decoder = JSONDecoder()
        return try Data(contentsOf: url).split(separator: UInt8(ascii: "\n")).enumerated().map { index, line in
            let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map { Data($0) }
            let terms = try decoder.decode([[String]].self, from: fields[2])
            return OracleRow(
                line: index + 1,
                input: try decoder.decode(String.self, from: fields[0]),
                normalized: try decoder.decode(String.self, from: fields[1]),
                required: terms[0], excluded: terms[1])
        }
    }
}

/// Strings compared scalar by scalar: `==` on String would take canonically equivalent strings as equal.
func scalars(_ text: String) -> [UInt32] {
    text.unicodeScalars.map(\.value)
}
