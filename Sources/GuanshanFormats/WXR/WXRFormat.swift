import GuanshanModel
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import GuanshanText

/// WordPress exports (WXR 1.0 to 1.2: RSS 2.0 with the `wp` namespace), read as a stream.
/// Posts and pages become documents; their HTML becomes blocks through `html`.
public enum WXRFormat {
    public static func parse(_ data: Data, html: (String) -> [Block]) throws(FormatError) -> WXRExport {
        try WXRProlog.check(data)
        return try withoutActuallyEscaping(html) { html in read(data, html: html) }.get()
    }

    private static func read(_ data: Data, html: @escaping (String) -> [Block]) -> Result<WXRExport, FormatError> {
        let reader = WXRReader(html: html)
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldReportNamespacePrefixes = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = reader
        _ = parser.parse()
        if let refusal = reader.refusal { return .failure(refusal) }
        if let line = reader.errorLine { return .failure(.invalidXML(line: line, endsEarly: reader.endedEarly)) }
        guard reader.sawWXRRoot else { return .failure(.notWXR) }
        guard reader.rootClosed else { return .failure(.invalidXML(line: parser.lineNumber, endsEarly: true)) }
        return .success(reader.export)
    }
}
