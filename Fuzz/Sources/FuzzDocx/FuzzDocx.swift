import Foundation
import GuanshanFormats

/// Any bytes as a .docx upload.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDocx(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    _ = try? DocxFormat.parse(Data(bytes: start, count: count), fileName: "fuzz.docx")
    return 0
}
