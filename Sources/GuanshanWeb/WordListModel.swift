import GuanshanLibrary
import GuanshanModel

/// `/admin/words`: the three sensitive-word lists, each a form that replaces it.
struct WordListModel {
    struct List {
        var policy: String
        var name: String
        var hint: String
        var count: String
        var text: String
        var action: String
        var export: String
        var error: String?
    }

    var layout: LayoutModel
    var nav: AdminNav
    var notice: String?
    var lists: [List]

    /// `failed` is the list whose text was refused, kept as sent with its error.
    init(_ words: [WordPolicy: [String]], notice: String? = nil, failed: (policy: WordPolicy, text: String, error: String)? = nil, context: PageContext) {
        let t = context.strings.admin.words
        layout = LayoutModel(context: context, title: t.title)
        nav = AdminNav(.words, context: context)
        self.notice = notice
        lists = WordPolicy.allCases.map { policy in
            let list = words[policy] ?? []
            let refused = failed?.policy == policy ? failed : nil
            return List(
                policy: policy.rawValue, name: t.policyNames[policy.rawValue] ?? policy.rawValue, hint: t.policyHints[policy.rawValue] ?? "",
                count: t.count(list.count), text: refused?.text ?? list.joined(separator: "\n"), action: AdminWordsController.path(policy),
                export: AdminWordsController.path(policy) + "/export", error: refused?.error)
        }
    }
}
