import Foundation
import Hummingbird

/// `/api/v1/openapi.json`: the JSON API described in OpenAPI 3.1.
enum OpenAPIDocument {
    static let version = "1.0.0"

    static var json: String {
        get throws {
        """
        {"openapi": "3.1.0",
         "info": {"title": "观山文库 Guanshan API", "version": "\(version)",
           "description": "Everything a reader, an editor or an admin does on the site's pages. Programs sign in with a personal API token (Authorization: Bearer …). Errors are {\\"error\\": code, \\"message\\": text}. No text may hold NUL (U+0000): a request body with one anywhere is answered 400 bad_parameter."},
         "servers": [{"url": "/api/v1"}],
         "security": [{"bearer": []}, {"session": []}],
         "tags": [{"name": "reading"}, {"name": "account"}, {"name": "personal"}, {"name": "admin"}],
         "paths": \(try pathsWithCommonResponses),
         "components": \(try components)}
        """
        }
    }

    /// `paths` with what any operation may meet added to each: a database that cannot be reached (503),
    /// and for every write a full disk (507).
    static var pathsWithCommonResponses: String {
        get throws {
            guard var described = try JSONSerialization.jsonObject(with: Data(paths.utf8)) as? [String: [String: [String: Any]]] else {
                throw DescriptionError.notAnObject("paths")
            }
            for (path, operations) in described where path != "/openapi.json" {
                for (method, operation) in operations {
                    var operation = operation
                    var responses = operation["responses"] as? [String: Any] ?? [:]
                    responses["503"] = ["$ref": "#/components/responses/ServiceUnavailable"]
                    if method != "get" { responses["507"] = ["$ref": "#/components/responses/InsufficientStorage"] }
                    operation["responses"] = responses
                    described[path, default: [:]][method] = operation
                }
            }
            let data = try JSONSerialization.data(withJSONObject: described, options: [.sortedKeys, .withoutEscapingSlashes])
            return String(decoding: data, as: UTF8.self)
        }
    }

    enum DescriptionError: Error {
        case notAnObject(String)
    }

    /// Values of the code as a JSON array of strings, so that the description lists what the code has.
    static func list(_ values: [String]) -> String {
        "[" + values.map { "\"\($0)\"" }.joined(separator: ", ") + "]"
    }

    static func addRoute(to router: Router<SiteRequestContext>) throws {
        let body = ByteBuffer(string: try json)
        router.get("/api/v1/openapi.json") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "public, max-age=3600"],
                     body: ResponseBody(byteBuffer: body))
        }
    }
}
