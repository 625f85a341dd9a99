@testable import GuanshanLibrary
import Testing

/// The batched writes behind view counts and reading marks.
@Suite struct WriteBufferTests {
    struct Refused: Error {}

    @Test func countsAddUpAcrossAFailedFlushAndValuesRecordedDuringIt() async throws {
        let counts = WriteBuffer<Int64, Int>(combine: +)
        counts.record(1, for: 7)
        counts.record(1, for: 7)
        await #expect(throws: Refused.self) {
            try await counts.flush { batch in
                #expect(batch == [7: 2])
                counts.record(1, for: 7)
                #expect(counts.current(7) == 3, "the batch being written still counts")
                throw Refused()
            }
        }
        #expect(counts.current(7) == 3, "nothing lost")
        var written: [Int64: Int] = [:]
        try await counts.flush { written = $0 }
        #expect(written == [7: 3] && counts.current(7) == nil)
    }

    @Test func theNewerMarkWinsOverAFailedBatch() async throws {
        let marks = WriteBuffer<String, Int>(combine: { _, newer in newer })
        marks.record(1, for: "a")
        await #expect(throws: Refused.self) {
            try await marks.flush { _ in
                marks.record(2, for: "a")
                throw Refused()
            }
        }
        #expect(marks.current("a") == 2)
        marks.record(3, for: "b")
        marks.forget { $0 == "a" }
        #expect(marks.current("a") == nil && marks.current("b") == 3)
    }
}
