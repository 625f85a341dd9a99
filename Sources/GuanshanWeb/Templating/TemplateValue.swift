/// What a template finds under a name: text to write, a flag for a section, a list to repeat a section
/// over, a scope to look names up in, or any other value (written as it describes itself, its fields
/// found by reflection).
enum TemplateValue {
    case text(String)
    case flag(Bool)
    case list(any TemplateList)
    case scope(any TemplateScope)
    case other(Any)

    /// The value of anything a model holds: the fields of a `TemplateModel` are read without this (their
    /// kind is known from their type), the values of other models with it. A nil optional is missing.
    static func of(_ value: Any) -> TemplateValue? {
        if let known = value as? any TemplateValueConvertible { return known.templateValue }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            return mirror.children.first.flatMap { of($0.value) }
        case .collection, .set:
            return .list(ReflectedList(items: mirror.children.map(\.value)))
        case .dictionary:
            return (value as? [String: Any]).map { .scope(KeyedScope(values: $0)) } ?? .other(value)
        default:
            return .other(value)
        }
    }

    /// The value named `name` inside this one: a scope's field, or a field of another value by reflection.
    func child(named name: Substring) -> TemplateValue? {
        switch self {
        case .scope(let scope):
            return scope.value(named: name)
        case .other(let value):
            guard let field = Mirror(reflecting: value).children.first(where: { $0.label.map { $0[...] == name } ?? false }) else {
                return nil
            }
            return Self.of(field.value)
        case .text, .flag, .list:
            return nil
        }
    }
}

/// A value that names its fields for templates.
protocol TemplateScope {
    /// The field called `name`; nil when there is none or it holds nil (the name is then looked up in
    /// the scopes around this one).
    func value(named name: Substring) -> TemplateValue?
}

/// A dictionary with text keys, read by key as a model is read by field.
struct KeyedScope: TemplateScope {
    let values: [String: Any]

    func value(named name: Substring) -> TemplateValue? {
        values[String(name)].flatMap(TemplateValue.of)
    }
}

/// A value whose kind is known from its type.
protocol TemplateValueConvertible: SendableMetatype {
    var templateValue: TemplateValue? { get }
}

/// What a section repeats over.
protocol TemplateList {
    var count: Int { get }
    func element(at index: Int) -> TemplateValue
}

struct ConvertibleList<Element: TemplateValueConvertible>: TemplateList {
    let items: [Element]
    var count: Int { items.count }
    func element(at index: Int) -> TemplateValue { items[index].templateValue ?? .other(items[index]) }
}

struct ReflectedList: TemplateList {
    let items: [Any]
    var count: Int { items.count }
    func element(at index: Int) -> TemplateValue { TemplateValue.of(items[index]) ?? .other(items[index]) }
}

extension String: TemplateValueConvertible {
    var templateValue: TemplateValue? { .text(self) }
}

extension Int: TemplateValueConvertible {
    var templateValue: TemplateValue? { .text(String(self)) }
}

extension Bool: TemplateValueConvertible {
    var templateValue: TemplateValue? { .flag(self) }
}

extension Optional: TemplateValueConvertible where Wrapped: TemplateValueConvertible {
    var templateValue: TemplateValue? { self?.templateValue }
}

extension Array: TemplateValueConvertible where Element: TemplateValueConvertible {
    var templateValue: TemplateValue? { .list(ConvertibleList(items: self)) }
}
