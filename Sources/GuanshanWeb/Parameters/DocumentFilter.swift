import GuanshanRequestParsing
import GuanshanModel

/// The admin's list of documents, narrowed by `?state=`, `?c=` (a category id) and `?q=` (words of the
/// title): the same on the page and in the API.
struct DocumentFilter {
    var state: EditorialState?
    var categoryID: Int64?
    var title: String?
}

extension Parameters {
    func documentFilter() throws -> DocumentFilter {
        DocumentFilter(
            state: try option("state", as: EditorialState.self),
            categoryID: try query("c", as: Identifier.self, allowed: "a category id")?.value,
            title: try query("q", as: Name.self, allowed: "words of a title, at most 200 characters")?.value)
    }
}
