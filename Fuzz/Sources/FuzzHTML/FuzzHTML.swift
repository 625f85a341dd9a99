import Foundation
import GuanshanFormats

/// Any text as HTML: sanitized (and the output sanitized again must not change) and read into blocks.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTML(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let html = String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
    let clean = HTMLSanitizer.sanitize(html)
    if HTMLSanitizer.sanitize(clean) != clean {
        fatalError("sanitizing the sanitized output changed it:\n\(clean)")
    }
    _ = HTMLFormat.blocks(html)
    return 0
}
