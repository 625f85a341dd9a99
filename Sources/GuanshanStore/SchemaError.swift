/// The database's schema is ahead of this version of Guanshan: a newer version migrated it, and this one
/// would misread it. Nothing was changed.
public struct NewerSchemaError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The steps applied to the database that this version does not know.
    public let unknownSteps: [String]

    public var description: String {
        "the database was migrated by a newer version of Guanshan (\(unknownSteps.joined(separator: ", "))); run that version or a later one"
    }
}
