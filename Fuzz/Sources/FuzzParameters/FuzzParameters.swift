import GuanshanRequestParsing

/// Any text as a path segment or query value, read by every parameter type of the site. What parses
/// must be in range, written canonically (digits without leading zeros, a name as it came) and read
/// back from its canonical text as the same value; what is well formed and in range must parse.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParameters(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: start, count: count)
    let text = String(decoding: bytes, as: UTF8.self)
    checkDigits(text)
    checkNumber(text, as: Identifier.self, range: 1...999_999_999_999_999_999) { Int($0.value) }
    checkNumber(text, as: PageNumber.self, range: 1...PageNumber.maximum) { $0.value }
    checkNumber(text, as: Count.self, range: 0...999_999_999_999_999_999) { $0.value }
    checkName(text)
    checkSitemap(text)
    // PageNumber(Int) clamps whatever number a caller computes.
    if count >= 8 {
        let number = bytes.prefix(8).reduce(0) { $0 << 8 | Int($1) }
        let page = PageNumber(number)
        require((1...PageNumber.maximum).contains(page.value), "PageNumber(\(number)) is \(page.value)")
        require(PageNumber(parameter: page.canonical) == page, "PageNumber(\(number)) does not read back")
    }
    return 0
}

func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message()) }
}

/// 1 to 18 ASCII digits.
func isDigitString(_ text: String) -> Bool {
    !text.isEmpty && text.utf8.allSatisfy { (0x30...0x39).contains($0) }
}

/// The digits without their leading zeros ("0" for zeros only).
func withoutLeadingZeros(_ digits: String) -> String {
    let stripped = String(digits.drop { $0 == "0" })
    return stripped.isEmpty ? "0" : stripped
}

func checkDigits(_ text: String) {
    require(DecimalDigits.areDigits(text) == isDigitString(text), "areDigits(\(text.debugDescription))")
    let value = DecimalDigits.value(text)
    let wellFormed = isDigitString(text) && text.utf8.count <= DecimalDigits.maximumLength
    require((value != nil) == wellFormed, "DecimalDigits.value(\(text.debugDescription)) is \(String(describing: value))")
    if let value {
        require(value >= 0 && String(value) == withoutLeadingZeros(text), "DecimalDigits.value(\(text.debugDescription)) is \(value)")
    }
}

func checkNumber<Value: ParameterValue & Equatable>(
    _ text: String, as type: Value.Type, range: ClosedRange<Int>, number: (Value) -> Int
) {
    let parsed = Value(parameter: text)
    // Everything of at most 18 digits whose number lies in the range parses, and nothing else does.
    let expected = isDigitString(text) && text.utf8.count <= DecimalDigits.maximumLength
        && Int(text).map(range.contains) == true
    require((parsed != nil) == expected, "\(Value.self)(parameter: \(text.debugDescription)) is \(String(describing: parsed))")
    guard let parsed else { return }
    let canonical = parsed.canonical
    require(range.contains(number(parsed)), "\(Value.self) \(canonical) out of \(range)")
    require(isDigitString(canonical) && (canonical == "0" || !canonical.hasPrefix("0")), "\(Value.self) canonical \(canonical.debugDescription)")
    require(canonical == withoutLeadingZeros(text), "\(Value.self) canonical of \(text.debugDescription) is \(canonical)")
    require(Value(parameter: canonical) == parsed, "\(Value.self) \(canonical) does not read back")
    require(Value(parameter: canonical)?.canonical == canonical, "\(Value.self) \(canonical) is not canonical")
}

func checkName(_ text: String) {
    let parsed = Name(parameter: text)
    let expected = (1...Name.maximumLength).contains(text.count)
        && !text.unicodeScalars.contains { $0.properties.generalCategory == .control }
    require((parsed != nil) == expected, "Name(parameter: \(text.debugDescription))")
    guard let parsed else { return }
    require(parsed.value == text && parsed.canonical == text, "Name \(text.debugDescription) changed")
    require(Name(parameter: parsed.canonical) == parsed, "Name \(text.debugDescription) does not read back")
}

func checkSitemap(_ text: String) {
    let parsed = SitemapNumber(parameter: text)
    let digits = text.hasSuffix(".xml") ? String(text.dropLast(4)) : nil
    let expected = digits.map { PageNumber(parameter: $0) != nil } ?? false
    require((parsed != nil) == expected, "SitemapNumber(parameter: \(text.debugDescription))")
    guard let parsed else { return }
    require((1...PageNumber.maximum).contains(parsed.number), "sitemap \(parsed.number)")
    require(parsed.canonical == "\(parsed.number).xml", "sitemap canonical \(parsed.canonical)")
    require(SitemapNumber(parameter: parsed.canonical) == parsed, "sitemap \(parsed.canonical) does not read back")
}
