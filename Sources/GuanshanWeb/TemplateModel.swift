@_spi(Reflection) import Swift
import Synchronization

/// A model that templates read by field name. Each field name maps to a reader made once per type from
/// the type's metadata (the standard library's `_forEachFieldWithKeyPath`): a key path, and what kind of
/// value the field's type holds (text, a flag, a list, a model), so that a tag reads the one field it
/// names, as compiled code would, without reflecting the model or casting what it finds.
protocol TemplateModel: TemplateValueConvertible {}

extension TemplateModel {
    /// The model with its readers, found once here rather than at each tag that reads it.
    var templateValue: TemplateValue? { .scope(ReadableModel(model: self, readers: FieldIndex<Self>.readers)) }
}

private struct ReadableModel<Model>: TemplateScope {
    let model: Model
    let readers: FieldIndex<Model>.Readers

    func value(named name: Substring) -> TemplateValue? {
        readers.readers[name]?(model)
    }
}

/// The readers of the fields of one model type, by name.
private enum FieldIndex<Model> {
    typealias Reader = @Sendable (Model) -> TemplateValue?

    final class Readers: Sendable {
        let readers: [Substring: Reader]
        init(_ readers: [Substring: Reader]) { self.readers = readers }
    }

    /// Made once per type, on first use (a generic type cannot have a stored static property of its own).
    static var readers: Readers {
        let key = ObjectIdentifier(Model.self)
        if let known = FieldTables.tables.withLock({ $0[key] }) as? Readers { return known }
        var readers: [Substring: Reader] = [:]
        _ = _forEachFieldWithKeyPath(of: Model.self) { name, path in
            let valueType = type(of: path).valueType
            if let convertible = valueType as? any TemplateValueConvertible.Type {
                readers[Substring(String(cString: name))] = reader(path, as: convertible)
            } else {
                let path = UncheckedPath(path: path)
                readers[Substring(String(cString: name))] = { TemplateValue.of($0[keyPath: path.path]) }
            }
            return true
        }
        let made = Readers(readers)
        FieldTables.tables.withLock { $0[key] = made }
        return made
    }

    private static func reader<Value: TemplateValueConvertible>(_ path: PartialKeyPath<Model>, as: Value.Type) -> Reader {
        let typed = UncheckedPath(path: path as! KeyPath<Model, Value>)
        return { $0[keyPath: typed.path].templateValue }
    }
}

/// Key paths to stored fields hold nothing mutable.
private struct UncheckedPath<Path: AnyKeyPath>: @unchecked Sendable {
    let path: Path
}

private enum FieldTables {
    static let tables = Mutex<[ObjectIdentifier: AnyObject & Sendable]>([:])
}

/// The words of the interface in one language, as templates read them (`{{layout.t.name}}`): made once
/// per language into a table, so that a page neither copies nor reflects the whole set at each tag.
final class StringTable: TemplateScope, TemplateValueConvertible, @unchecked Sendable {
    /// Words, label tables and tables of parts; never changed after `init`.
    private let values: [Substring: TemplateValue]

    init(_ strings: Any) {
        var values: [Substring: TemplateValue] = [:]
        for child in Mirror(reflecting: strings).children {
            guard let label = child.label else { continue }
            // The words of a part of the site (accounts, the admin, reading styles) are a table of their own.
            let isPart = Mirror(reflecting: child.value).displayStyle == .struct
            values[label[...]] = isPart ? .scope(StringTable(child.value)) : TemplateValue.of(child.value)
        }
        self.values = values
    }

    var templateValue: TemplateValue? { .scope(self) }

    func value(named name: Substring) -> TemplateValue? {
        values[name]
    }
}

// The models of the pages every visitor sees; the account and admin pages' models are read by reflection (`TemplateValue.of`).
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

// The values read most often, once for each run of text.
extension SearchModel.Fragment: TemplateScope, TemplateValueConvertible {
    var templateValue: TemplateValue? { .scope(self) }

    func value(named name: Substring) -> TemplateValue? {
        switch name {
        case "text": .text(text)
        case "isMatch": .flag(isMatch)
        default: nil
        }
    }
}
