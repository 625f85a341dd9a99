import Foundation

/// The bytes of a file in `Fixtures/`, written by the `Fixtures/generate*.py` scripts.
func fixture(_ name: String, filePath: String = #filePath) throws -> Data {
    let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    return try Data(contentsOf: folder.appendingPathComponent(name))
}
