import Foundation
import Hummingbird

/// JSON bodies of the API, its errors included: `{"error": code, "message": text}`.
enum APIResponse {
    struct Failure: Encodable {
        var error: String
        var message: String
    }

    static func isAPI(_ request: Request) -> Bool {
        request.uri.path.hasPrefix("/api/")
    }

    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return Response(
            status: status,
            headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-cache, private"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func error(_ status: HTTPResponse.Status, code: String? = nil, message: String? = nil) -> Response {
        let code = code ?? status.reasonPhrase.lowercased().replacingOccurrences(of: " ", with: "_")
        return json(Failure(error: code, message: message ?? status.reasonPhrase), status: status)
    }

    /// The case name of an error as a code: `wrongPassword(…)` is `wrong_password`.
    static func code(of error: some Error) -> String {
        let name = "\(error)".prefix(while: { $0 != "(" })
        return name.reduce(into: "") { code, character in
            if character.isUppercase { code += "_" + character.lowercased() } else { code.append(character) }
        }
    }
}
