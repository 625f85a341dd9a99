import GuanshanModel
import GuanshanText

/// Reads the stored page starts (`[{"block":12,"offset":0},…]`) without JSONDecoder, which costs
/// more than the rest of a search result; anything unexpected falls back to it.
enum PageStarts {
    static func decode(_ json: String) throws -> [PageStart] {
        if let pages = parse(Array(json.utf8)) { return pages }
        return try StoredJSON.decode([PageStart].self, json)
    }

    /// The objects' `block` and `offset` numbers, whatever the order of their keys; nil for anything else.
    static func parse(_ bytes: [UInt8]) -> [PageStart]? {
        var pages: [PageStart] = []
        var block: Int?
        var offset: Int?
        var isBlock: Bool?
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\""):
                guard let close = bytes[(index + 1)...].firstIndex(of: UInt8(ascii: "\"")) else { return nil }
                let name = bytes[(index + 1)..<close]
                if name.elementsEqual("block".utf8) { isBlock = true } else if name.elementsEqual("offset".utf8) { isBlock = false } else { return nil }
                index = close + 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                var value = 0
                while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
                    value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
                    index += 1
                }
                switch isBlock {
                case true?: block = value
                case false?: offset = value
                case nil: return nil
                }
                isBlock = nil
            case UInt8(ascii: "}"):
                guard let foundBlock = block, let foundOffset = offset else { return nil }
                pages.append(PageStart(block: foundBlock, offset: foundOffset))
                block = nil
                offset = nil
                index += 1
            case UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: " "):
                index += 1
            default:
                return nil
            }
        }
        return pages
    }
}
