import GuanshanModel
/// The two lists of a reader's documents, as both stores read them: the table (aliased `x`), its time
/// column, and the page (and block) each entry goes back to.
enum PersonalListSource {
    case favorites, history

    var table: String {
        switch self {
        case .favorites: "favorite"
        case .history: "reading_history"
        }
    }

    var time: String {
        switch self {
        case .favorites: "created_at"
        case .history: "read_at"
        }
    }

    /// A favorite opens where the reader last read it, else on page 1.
    var page: String {
        switch self {
        case .favorites: "COALESCE(h.page, 1)"
        case .history: "x.page"
        }
    }

    /// The block reached on that page, or NULL.
    var block: String {
        switch self {
        case .favorites: "h.block"
        case .history: "x.block"
        }
    }

    var join: String {
        switch self {
        case .favorites: "LEFT JOIN reading_history h ON h.account_id = x.account_id AND h.document_id = x.document_id"
        case .history: ""
        }
    }
}
