import Foundation
import GuanshanRequestParsing
import NIOCore

/// Two readings of the input. As a request: its first line is the Content-Type, the rest the body;
/// whatever they hold, the form is read or refused (`MultipartForm.Problem`), never a crash. As a form:
/// lines of `name<TAB>value` (`name|file name<TAB>content` for a file), encoded as a browser encodes
/// them, must read back to the same fields and files in order.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMultipart(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: start, count: count))
    let newline = bytes.firstIndex(of: 0x0A) ?? bytes.endIndex
    let contentType = String(decoding: bytes[..<newline], as: UTF8.self)
    let body = ByteBuffer(bytes: bytes[min(newline + 1, bytes.endIndex)...])
    if let boundary = MultipartForm.boundary(in: contentType) {
        require(!boundary.isEmpty && boundary.utf8.count <= 70, "boundary \(boundary.debugDescription) from \(contentType.debugDescription)")
        _ = try? MultipartForm.parse(body, boundary: boundary)
    }
    _ = try? MultipartForm.parse(body, boundary: "b")
    _ = MultipartForm.parameters(of: contentType)

    roundTrip(String(decoding: bytes, as: UTF8.self))
    return 0
}

func roundTrip(_ text: String) {
    let boundary = "----GuanshanFuzzBoundary7MA4YWxkTrZu0gW"
    var fields: [(String, String)] = []
    var files: [(field: String, fileName: String, content: String)] = []
    var body = ""
    for line in text.split(separator: "\n") {
        let parts = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
        // As browsers write names in a header: no quote, no line break (they escape them as %22, %0D, %0A).
        let label = String(String.UnicodeScalarView(parts[0].unicodeScalars.filter { !["\"", "\r", "\n"].contains($0) }))
        let content = parts.count > 1 ? String(parts[1]) : ""
        guard !content.contains(boundary) else { return }
        let names = label.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        body += "--\(boundary)\r\n"
        if names.count == 2 {
            body += "Content-Disposition: form-data; name=\"\(names[0])\"; filename=\"\(names[1])\"\r\nContent-Type: application/octet-stream\r\n\r\n"
            files.append((names[0], names[1], content))
        } else {
            body += "Content-Disposition: form-data; name=\"\(names[0])\"\r\n\r\n"
            fields.append((names[0], content))
        }
        body += content + "\r\n"
    }
    // MultipartKit refuses a form without parts (`--boundary--` alone): no form of the site is empty.
    guard !fields.isEmpty || !files.isEmpty else { return }
    body += "--\(boundary)--\r\n"
    let contentType = "multipart/form-data; boundary=\(boundary)"
    guard let parsedBoundary = MultipartForm.boundary(in: contentType), parsedBoundary == boundary else {
        fatalError("the boundary of \(contentType) is not read")
    }
    guard let parsed = try? MultipartForm.parse(ByteBuffer(string: body), boundary: boundary) else {
        fatalError("a browser's form is refused:\n\(body.debugDescription)")
    }
    require(parsed.fields.map(\.0) == fields.map(\.0) && parsed.fields.map(\.1) == fields.map(\.1),
            "fields \(parsed.fields) instead of \(fields) from\n\(body.debugDescription)")
    require(parsed.files.map(\.field) == files.map(\.field) && parsed.files.map(\.fileName) == files.map(\.fileName)
            && parsed.files.map(\.data) == files.map { Data($0.content.utf8) },
            "files \(parsed.files.map { ($0.field, $0.fileName) }) instead of \(files) from\n\(body.debugDescription)")
}

func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message()) }
}
