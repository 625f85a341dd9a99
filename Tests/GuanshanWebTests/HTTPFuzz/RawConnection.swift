import NIOCore
import NIOPosix

/// A TCP connection to a server on this machine, for requests no HTTP client would send: bytes that are
/// not UTF-8, headers of a megabyte, a body that arrives a byte at a time.
struct RawConnection {
    let channel: NIOAsyncChannel<ByteBuffer, ByteBuffer>

    static func open(port: Int) async throws -> RawConnection {
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton).connect(host: "127.0.0.1", port: port) { channel in
            channel.eventLoop.makeCompletedFuture { try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel) }
        }
        return RawConnection(channel: channel)
    }

    /// Writes `chunks` one after another, `pause` apart, then reads what the server answers until it
    /// closes the connection (empty when it closed without a word) or `timeout` passes (nil).
    func exchange(_ chunks: [[UInt8]], pause: Duration = .zero, timeout: Duration) async throws -> String? {
        try await channel.executeThenClose { inbound, outbound in
            try await withThrowingTaskGroup(of: String?.self) { group in
                group.addTask {
                    var received: [UInt8] = []
                    // A reset (the server closing on bytes it will not read) ends the answer like a close.
                    do {
                        for try await buffer in inbound { received += buffer.readableBytesView }
                    } catch {}
                    return String(decoding: received, as: UTF8.self)
                }
                group.addTask {
                    try await Task.sleep(for: timeout)
                    return nil
                }
                for chunk in chunks {
                    // The server may close before all is sent: what it answered still counts.
                    do { try await outbound.write(ByteBuffer(bytes: chunk)) } catch { break }
                    if pause > .zero { try await Task.sleep(for: pause) }
                }
                defer { group.cancelAll() }
                return try await group.next() ?? nil
            }
        }
    }
}
