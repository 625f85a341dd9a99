import Foundation
import GuanshanRequestParsing
import Hummingbird

/// JSON bodies as Hummingbird reads them, up to the route's body limit, but one with NUL in a string is
/// refused with 400 before it is decoded (`TextWithoutNUL`).
public struct SiteJSONDecoder: RequestDecoder {
    public func decode<T: Decodable>(_ type: T.Type, from request: Request, context: some RequestContext) async throws -> T {
        let buffer = try await request.body.collect(upTo: context.maxUploadSize)
        guard !TextWithoutNUL.jsonHoldsNUL(buffer.readableBytesView) else { throw ParameterError.bodyHoldsNUL }
        return try JSONDecoder().decode(T.self, from: Data(buffer.readableBytesView))
    }
}
