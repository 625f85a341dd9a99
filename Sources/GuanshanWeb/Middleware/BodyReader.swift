import Hummingbird
import NIOCore
import Synchronization

/// Reads a request's body whole, within its route's `BodyPolicy`.
enum BodyReader {
    /// The body, kept in the request for whoever decodes it next. 413 past the limit (at once when the
    /// Content-Length says so), 408 when the body has not all arrived by the deadline, 400 when it is not
    /// HTTP (a broken chunk); the connection is closed after each of these.
    static func read(_ request: inout Request, _ policy: BodyPolicy) async throws -> ByteBuffer {
        do {
            return try await collect(&request, policy)
        } catch let error as HTTPError {
            throw error
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            throw HTTPError(.badRequest, headers: [.connection: "close"])
        }
    }

    private static func collect(_ request: inout Request, _ policy: BodyPolicy) async throws -> ByteBuffer {
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > policy.limit {
            throw HTTPError(.contentTooLarge, headers: [.connection: "close"])
        }
        let body = request.body
        let collected = try await withThrowingTaskGroup(of: ByteBuffer?.self) { group in
            group.addTask {
                do {
                    return try await body.collect(upTo: policy.limit)
                } catch is NIOTooManyBytesError {
                    throw HTTPError(.contentTooLarge, headers: [.connection: "close"])
                }
            }
            group.addTask {
                try await Task.sleep(for: policy.deadline)
                return nil
            }
            defer { group.cancelAll() }
            return try await group.next() ?? nil
        }
        guard let collected else { throw HTTPError(.requestTimeout, headers: [.connection: "close"]) }
        request.body = .init(buffer: collected)
        return collected
    }
}

/// How many uploads are read at once: each may hold 20 MB in memory while it is parsed and imported.
final class UploadSlots: Sendable {
    private let inUse = Mutex(0)
    let capacity: Int

    init(capacity: Int = 2) {
        self.capacity = capacity
    }

    /// Runs `body` holding a slot when `needed`; 429 when every slot is taken.
    func holding<T>(if needed: Bool, _ body: () async throws -> T) async throws -> T {
        guard needed else { return try await body() }
        let taken = inUse.withLock { count in
            guard count < capacity else { return false }
            count += 1
            return true
        }
        guard taken else { throw HTTPError(.tooManyRequests, headers: [.retryAfter: "10"]) }
        defer { inUse.withLock { $0 -= 1 } }
        return try await body()
    }
}
