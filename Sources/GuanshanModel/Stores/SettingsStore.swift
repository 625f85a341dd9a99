/// The site's settings and the library's own state, as keys and values.
public protocol SettingsStore: Sendable {
    func settings() async throws -> [String: String]
    func setSettings(_ values: [String: String]) async throws
    /// The setting's value, first storing `value` when it has none: of two writers racing, both get the first's.
    func setting(_ key: String, insertingIfAbsent value: String) async throws -> String
}
