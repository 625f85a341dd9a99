import Foundation
import Hummingbird

/// JSON bodies of the API, its errors included: `{"error": code, "message": text}`, with `field` naming
/// the field refused where there is one.
enum APIResponse {
    struct Failure: Encodable {
        var error: String
        var message: String
        var field: String?
    }

    /// A value the encoder refused (a float that is not a number, say): the answer is a 500 with the
    /// cause logged, never a body that says less than the value.
    struct EncodingFailure: Error, CustomStringConvertible {
        var type: String
        var cause: any Error
        var description: String { "could not encode \(type) as JSON: \(cause)" }
    }

    static func isAPI(_ request: Request) -> Bool {
        request.uri.path.hasPrefix("/api/")
    }

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }()

    static func json<Value: Encodable>(_ value: Value, status: HTTPResponse.Status = .ok) throws -> Response {
        let data: Data
        do {
            data = try encoder.encode(value)
        } catch {
            throw EncodingFailure(type: "\(Value.self)", cause: error)
        }
        return response(data, status: status)
    }

    static func error(_ status: HTTPResponse.Status, code: APIErrorCode? = nil, message: String? = nil, field: String? = nil) -> Response {
        let failure = Failure(error: (code ?? APIErrorCode(status: status)).rawValue, message: message ?? status.reasonPhrase, field: field)
        // Two strings and an optional one always encode.
        return response((try? encoder.encode(failure)) ?? Data(#"{"error":"internal_server_error","message":"Internal Server Error"}"#.utf8), status: status)
    }

    private static func response(_ data: Data, status: HTTPResponse.Status) -> Response {
        Response(
            status: status,
            headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-cache, private"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
