import Foundation

/// The bytes of a file in `Fixtures/`, written by `Fixtures/generate.py`.
func fixture(_ name: String, filePath: String = #filePath) throws -> Data {
    let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    return try Data(contentsOf: folder.appendingPathComponent(name))
}
