import Hummingbird

/// What the parameter door answers for a value it will not pass to a handler.
enum ParameterError: Error, Equatable {
    /// The value cannot name anything here (a document id of letters, a page past any library): 404.
    case notFound
    /// A query value that is malformed or out of its range: 400, with what is allowed.
    case invalid(name: String, allowed: String)
    /// A value written in a form other than its own (`/d/01`): the same request at its canonical address.
    case moved(to: String)

    /// A posted form or JSON body with NUL in its text (`TextWithoutNUL`).
    static let bodyHoldsNUL = ParameterError.invalid(name: "the body", allowed: "text without NUL (U+0000)")
}
