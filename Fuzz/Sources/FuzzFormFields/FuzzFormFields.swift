import GuanshanRequestParsing

/// Any text as an `application/x-www-form-urlencoded` body or query string, and the fields it holds
/// (lines of `name<TAB>value`) encoded as a browser encodes a form: the encoded form must read back
/// to the first value of every name, and any text must be read without a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFormFields(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
    let raw = FormFields(text)
    _ = raw["q"]
    _ = raw.text("page")

    var pairs: [(String, String)] = []
    for line in text.split(separator: "\n") {
        let parts = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
        pairs.append((String(parts[0]), parts.count > 1 ? String(parts[1]) : ""))
    }
    let body = pairs.map { "\(formEncoded($0.0))=\(formEncoded($0.1))" }.joined(separator: "&")
    let fields = FormFields(body)
    var expected: [String: String] = [:]
    for (name, value) in pairs where expected[name] == nil { expected[name] = value }
    for (name, value) in expected {
        require(fields[name] == value, "\(name.debugDescription) read as \(String(describing: fields[name])) from \(body)")
    }
    for (name, value) in pairs {
        require(FormFields.decode(Substring(formEncoded(value))) == value, "\(value.debugDescription) does not decode")
        _ = name
    }
    return 0
}

/// As a browser encodes a form field: unreserved ASCII as is, a space as `+`, every other byte as `%XX`.
func formEncoded(_ text: String) -> String {
    var result = ""
    for byte in text.utf8 {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
            result.unicodeScalars.append(Unicode.Scalar(byte))
        case UInt8(ascii: " "):
            result += "+"
        default:
            let hex = Array("0123456789ABCDEF".utf8)
            result += "%" + String(decoding: [hex[Int(byte >> 4)], hex[Int(byte & 15)]], as: UTF8.self)
        }
    }
    return result
}

func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message()) }
}
