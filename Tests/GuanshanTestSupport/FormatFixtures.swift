import Foundation

/// The files of `Tests/GuanshanFormatsTests/Fixtures` (each folder's generate script says how they were
/// made), for the tests of the library and the site that import them.
public enum FormatFixtures {
    /// The path of `relative` (`pdf/notice.pdf`) in the fixtures folder.
    public static func path(_ relative: String, filePath: String = #filePath) -> String {
        URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("GuanshanFormatsTests/Fixtures").appendingPathComponent(relative).path
    }

    public static func data(_ relative: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: path(relative)))
    }
}
