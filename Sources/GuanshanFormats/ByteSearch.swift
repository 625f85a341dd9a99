extension Array where Element == UInt8 {
    /// Where `needle` first starts at or after `start`, or nil.
    func firstIndex(of needle: [UInt8], from start: Int) -> Int? {
        guard let head = needle.first, start < count else { return nil }
        var index = start
        while let first = self[index...].firstIndex(of: head) {
            if self[first...].starts(with: needle) { return first }
            index = first + 1
        }
        return nil
    }
}
