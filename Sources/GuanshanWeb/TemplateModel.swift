import Mustache
import Synchronization

/// A model that templates read by field name. Without it the template engine reflects every field of
/// the value (and of each value below it on the context stack) at every tag: most of the time of a
/// search page went there. A conforming model has its field names indexed once per type; a tag then
/// reflects the one field it names.
protocol TemplateModel: MustacheParent {}

extension TemplateModel {
    func child(named name: String) -> Any? {
        let mirror = Mirror(reflecting: self)
        guard let offset = FieldIndex.offset(of: name, in: Self.self, mirror: mirror) else { return nil }
        let value = mirror.children[mirror.children.index(mirror.children.startIndex, offsetBy: offset)].value
        // A nil field reads as missing, as the engine reads it without this.
        if let optional = value as? any OptionalField { return optional.wrapped }
        return value
    }
}

private protocol OptionalField {
    var wrapped: Any? { get }
}

extension Optional: OptionalField {
    fileprivate var wrapped: Any? { self.map { $0 } }
}

/// The position of each field name, per model type.
private enum FieldIndex {
    static let positions = Mutex<[ObjectIdentifier: [String: Int]]>([:])

    static func offset(of name: String, in type: Any.Type, mirror: Mirror) -> Int? {
        let key = ObjectIdentifier(type)
        if let known = positions.withLock({ $0[key] }) { return known[name] }
        var fields: [String: Int] = [:]
        for (offset, child) in mirror.children.enumerated() {
            if let label = child.label { fields[label] = offset }
        }
        positions.withLock { $0[key] = fields }
        return fields[name]
    }
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
            // The words of a part of the site (accounts, the admin, the security log) are a table of their own.
            let isPart = child.value is AccountStrings || child.value is AdminStrings || child.value is SecurityLogStrings || child.value is SharingStrings
                || child.value is SearchStrings
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
