@testable import GuanshanWeb
import Synchronization
import Testing

/// The navigation's categories are read once per stamp of the site: again after any change, never an
/// older reading kept over a newer one.
@Suite struct StampedMemoTests {
    @Test func aValueIsKeptForItsStampAndReadAgainForANewOne() async throws {
        let memo = StampedMemo<String>()
        let reads = Mutex(0)
        func read(_ value: String) -> String {
            reads.withLock { $0 += 1 }
            return value
        }
        #expect(try await memo.value(stamp: 3) { read("三") } == "三")
        #expect(try await memo.value(stamp: 3) { read("不读") } == "三")
        #expect(reads.withLock { $0 } == 1)
        #expect(try await memo.value(stamp: 4) { read("四") } == "四")
        // A request that began before the change reads what it reads, and keeps nothing.
        #expect(try await memo.value(stamp: 3) { read("旧") } == "旧")
        #expect(try await memo.value(stamp: 4) { read("不读") } == "四")
        #expect(reads.withLock { $0 } == 3)
    }
}
