@_spi(Reflection) import Swift
import Mustache
import Synchronization

/// A model that templates read by field name. Without it the template engine reflects every field of
/// the value (and of each value below it on the context stack) at every tag: most of the time of a
/// search page went there. A conforming model has a key path for each field name, found once per type
/// from the type's metadata; a tag then reads the one field it names, as the compiled code would.
protocol TemplateModel: MustacheParent {}

extension TemplateModel {
    func child(named name: String) -> Any? {
        guard let field = FieldIndex<Self>.fields[name] else { return nil }
        let value = self[keyPath: field.path]
        // A nil field reads as missing, as the engine reads it without this.
        return field.isOptional ? (value as? any OptionalField)?.wrapped : value
    }
}

private protocol OptionalField {
    var wrapped: Any? { get }
}

extension Optional: OptionalField {
    fileprivate var wrapped: Any? { self.map { $0 } }
}

/// The key path of each field name of one model type, and whether the field is optional.
private enum FieldIndex<Model> {
    struct Field {
        var path: PartialKeyPath<Model>
        var isOptional: Bool
    }

    /// Found once per type, on first use (a static stored property of a generic type is per specialization).
    static var fields: [String: Field] {
        let key = ObjectIdentifier(Model.self)
        if let known = FieldTables.tables.withLock({ $0[key] }) as? Table { return known.fields }
        var fields: [String: Field] = [:]
        _ = _forEachFieldWithKeyPath(of: Model.self) { name, path in
            fields[String(cString: name)] = Field(path: path, isOptional: type(of: path).valueType is any OptionalField.Type)
            return true
        }
        FieldTables.tables.withLock { $0[key] = Table(fields) }
        return fields
    }

    final class Table: Sendable {
        let fields: [String: Field]
        init(_ fields: [String: Field]) { self.fields = fields }
    }
}

extension FieldIndex.Field: @unchecked Sendable {}

private enum FieldTables {
    static let tables = Mutex<[ObjectIdentifier: AnyObject & Sendable]>([:])
}

/// The words of the interface in one language, as templates read them (`{{layout.t.name}}`): made once
/// per language into a table, so that a page neither copies nor reflects the whole set at each tag.
final class StringTable: MustacheParent, @unchecked Sendable {
    /// Words, label tables and tables of parts; never changed after `init`.
    private let fields: [String: Any]

    init(_ strings: Any) {
        var fields: [String: Any] = [:]
        for child in Mirror(reflecting: strings).children {
            guard let label = child.label else { continue }
            // The words of a part of the site (accounts, the admin, reading styles) are a table of their own.
            let isPart = Mirror(reflecting: child.value).displayStyle == .struct
            fields[label] = isPart ? StringTable(child.value) : child.value
        }
        self.fields = fields
    }

    func child(named name: String) -> Any? {
        fields[name]
    }
}

// The models of the pages every visitor sees; the account and admin pages keep the engine's reflection.
extension LayoutModel: TemplateModel {}
extension LayoutModel.Site: TemplateModel {}
extension LayoutModel.CategoryLink: TemplateModel {}
extension LayoutModel.FeedLink: TemplateModel {}
extension LayoutModel.Article: TemplateModel {}
extension LayoutModel.AccountBar: TemplateModel {}
extension DocumentListItem: TemplateModel {}
extension DocumentListItem.CategoryLink: TemplateModel {}
extension PagerModel: TemplateModel {}
extension PagerModel.PageLink: TemplateModel {}
extension SearchModel: TemplateModel {}
extension SearchModel.Result: TemplateModel {}
extension SearchModel.CategoryOption: TemplateModel {}
extension SearchModel.Link: TemplateModel {}
extension SearchModel.Chip: TemplateModel {}
extension SearchFormModel: TemplateModel {}
extension SearchFormModel.Option: TemplateModel {}
extension ReadingModel: TemplateModel {}
extension ReadingModel.OutlineLink: TemplateModel {}
extension ReadingModel.TagLink: TemplateModel {}
extension ReadingModel.CategoryLink: TemplateModel {}
extension ReadingModel.FavoriteForm: TemplateModel {}
extension ReadingModel.ContinueLink: TemplateModel {}
extension ReadingModel.RelatedItem: TemplateModel {}
extension ReadingStyleForm: TemplateModel {}
extension ReadingStyleForm.Group: TemplateModel {}
extension ReadingStyleForm.Choice: TemplateModel {}
extension CommentsModel: TemplateModel {}
extension CommentsModel.Item: TemplateModel {}
extension FurnitureModel: TemplateModel {}
extension FurnitureModel.Link: TemplateModel {}
extension FurnitureModel.Friends: TemplateModel {}
extension FurnitureModel.Records: TemplateModel {}
extension FurnitureModel.Adverts: TemplateModel {}
extension HomeModel.ContinueList: TemplateModel {}
extension HomeModel.ContinueItem: TemplateModel {}
extension ReadingModel.ShareBox: TemplateModel {}
extension ReadingModel.PromoBox: TemplateModel {}
extension HomeModel: TemplateModel {}
extension HomeModel.CategoryItem: TemplateModel {}
extension HomeModel.NewestList: TemplateModel {}
extension ListModel: TemplateModel {}
extension ErrorModel: TemplateModel {}

// The values read most often, once for each run of text: no reflection at all.
extension SearchModel.Fragment: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": text
        case "isMatch": isMatch
        default: nil
        }
    }
}
