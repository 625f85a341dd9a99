import Foundation
import GuanshanFormats

/// Any bytes: decoded as a .txt file is (UTF-8, UTF-16, GB18030 or a clear refusal), then parsed.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTextDecoding(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    if let text = try? TextDecoding.decode(data) {
        _ = try? PlainTextFormat.parse(text, fileName: "fuzz.txt")
    }
    return 0
}
