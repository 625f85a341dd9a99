import GuanshanTestSupport
import HummingbirdTesting

extension TestClient {
    /// A client of a server on this machine, whose read timeout (HummingbirdTesting's 15 s) follows
    /// `TestTime`.
    static func local<Value>(port: Int, _ operation: @escaping @Sendable (TestClient) async throws -> Value) async throws -> Value {
        try await withClient(host: "127.0.0.1", port: port, configuration: .init(timeout: TestTime.bound(.seconds(15))), operation: operation)
    }
}
