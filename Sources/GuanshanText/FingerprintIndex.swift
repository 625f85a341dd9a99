/// Fingerprints that can be searched for near-duplicates without comparing against each one: the 64
/// bits are cut into four 16-bit chunks and each chunk's value lists the fingerprints that have it.
/// Two fingerprints at most `Fingerprint.nearDuplicateThreshold` (8) bits apart differ in at most
/// 2 bits in at least one chunk (four chunks of 3 or more would make 12), so looking up each chunk's
/// value and the 136 values within 2 bits of it finds every near one.
public struct FingerprintIndex: Sendable {
    public private(set) var fingerprints: [UInt64] = []
    /// Positions in `fingerprints`, by chunk and chunk value: `chunk << 16 | value`.
    private var buckets = [[Int32]](repeating: [], count: 4 << 16)

    private static let chunkMasks: [UInt64] = {
        var masks: [UInt64] = [0]
        for first in 0..<16 {
            masks.append(1 << UInt64(first))
            for second in (first + 1)..<16 { masks.append(1 << UInt64(first) | 1 << UInt64(second)) }
        }
        return masks
    }()

    public init() {}

    public var count: Int { fingerprints.count }

    /// Adds a fingerprint; returns its position.
    @discardableResult
    public mutating func insert(_ fingerprint: UInt64) -> Int {
        let position = fingerprints.count
        fingerprints.append(fingerprint)
        for chunk in 0..<4 {
            buckets[Self.bucket(chunk, fingerprint)].append(Int32(position))
        }
        return position
    }

    /// The positions of the fingerprints within the near-duplicate threshold, nearest first.
    public func near(_ fingerprint: UInt64) -> [Int] {
        var found: [Int: Int] = [:]
        for chunk in 0..<4 {
            let value = fingerprint >> UInt64(16 * chunk) & 0xFFFF
            for mask in Self.chunkMasks {
                for position in buckets[chunk << 16 | Int(value ^ mask)] where found[Int(position)] == nil {
                    let distance = Fingerprint.distance(fingerprints[Int(position)], fingerprint)
                    if distance <= Fingerprint.nearDuplicateThreshold { found[Int(position)] = distance }
                }
            }
        }
        return found.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.map(\.key)
    }

    private static func bucket(_ chunk: Int, _ fingerprint: UInt64) -> Int {
        chunk << 16 | Int(fingerprint >> UInt64(16 * chunk) & 0xFFFF)
    }
}
