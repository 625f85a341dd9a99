import Foundation
import GuanshanLibrary
import GuanshanModel

/// `/me/uploads`: the reader's form to share documents, and what became of those shared.
struct MyUploadsModel {
    struct CategoryOption { var name: String; var selected: Bool }
    struct Row { var title: String; var href: String?; var state: String; var stateCode: String; var when: String; var reason: String? }

    var layout: LayoutModel
    var notice: String?
    var error: String?
    var mayShare: Bool
    var categories: [CategoryOption]
    var tags: String
    var countText: String
    var publicPage: String
    var hasPublished: Bool
    var rows: [Row]
    var pager: PagerModel?

    init(
        _ page: Paged<SubmissionRow>, mayShare: Bool, categories: [GuanshanModel.Category], notice: String? = nil, error: String? = nil,
        chosen: (category: String, tags: String) = ("", ""), context: PageContext
    ) {
        let t = context.strings.sharing
        layout = LayoutModel(context: context, title: t.myUploads)
        self.notice = notice
        self.error = error
        self.mayShare = mayShare
        self.categories = categories.map { CategoryOption(name: $0.name, selected: $0.name == chosen.category) }
        tags = chosen.tags
        countText = t.count(page.total)
        publicPage = SitePath.sharer(context.visitor?.user.name ?? "").path
        rows = page.items.map { row in
            let submission = row.submission
            return Row(
                title: row.title, href: submission.state == .published ? SitePath.document(submission.documentID).path : nil,
                state: t.stateNames[submission.state.rawValue] ?? submission.state.rawValue, stateCode: submission.state.rawValue,
                when: context.dateTime(submission.decided ?? submission.submitted), reason: submission.reason)
        }
        hasPublished = page.items.contains { $0.submission.state == .published }
        pager = PagerModel(current: page.pageNumber, count: page.pageCount, strings: context.strings) { SitePath.myUploads(page: $0).path }
    }
}

/// `/me/notifications`: the editors' decisions on the reader's documents, newest first.
struct NotificationsModel {
    struct Item { var text: String; var title: String; var href: String?; var detailLabel: String; var detail: String?; var when: String; var unread: Bool }

    var layout: LayoutModel
    var items: [Item]
    var pager: PagerModel?

    init(_ page: Paged<SiteNotification>, context: PageContext) {
        let t = context.strings.sharing
        layout = LayoutModel(context: context, title: t.notifications)
        items = page.items.map { item in
            Item(
                text: t.notificationTexts[item.kind.rawValue] ?? item.kind.rawValue, title: item.title,
                href: item.documentID.flatMap { id in
                    switch item.kind {
                    case .approved: SitePath.document(id).path
                    case .reply: SitePath.comments(id).path
                    default: nil
                    }
                }, detailLabel: item.kind == .reply ? context.strings.community.reply : t.reasonLabel, detail: item.detail,
                when: context.dateTime(item.at), unread: !item.read)
        }
        pager = PagerModel(current: page.pageNumber, count: page.pageCount, strings: context.strings) { SitePath.notifications(page: $0).path }
    }
}

extension SharingStrings {
    func held(_ reasons: [HoldReason]) -> String {
        reasons.map { reason in
            switch reason {
            case .words(let words): heldWords(words.joined(separator: isEnglish ? ", " : "、"))
            case .nearDuplicate(let id): heldNearDuplicate(id)
            case .reportedUploader: heldReported
            case .takenDown(let record): heldTakenDown(record)
            }
        }.joined(separator: isEnglish ? "; " : "；")
    }
}

/// `/admin/review`: the submissions waiting, with a form that decides many at once.
struct ReviewQueueModel {
    struct Row { var field: String; var title: String; var href: String; var uploader: String; var submitted: String; var held: String }

    struct Tab { var label: String; var href: String; var current: Bool }

    var layout: LayoutModel
    var nav: AdminNav
    var notice: String?
    var error: String?
    var tabs: [Tab]
    var rows: [Row]
    var hasRows: Bool
    var isPending: Bool
    var pager: PagerModel?

    init(_ page: Paged<SubmissionRow>, state: SubmissionState, notice: String? = nil, error: String? = nil, context: PageContext) {
        let t = context.strings.sharing
        layout = LayoutModel(context: context, title: t.review)
        nav = AdminNav(.review, context: context)
        self.notice = notice
        self.error = error
        let base = "/admin/review" + (state == .published ? "?state=published" : "")
        tabs = [SubmissionState.pending, .published].map { tab in
            Tab(label: t.stateNames[tab.rawValue] ?? tab.rawValue, href: tab == .published ? "/admin/review?state=published" : "/admin/review", current: tab == state)
        }
        isPending = state == .pending
        rows = page.items.map { row in
            Row(
                field: "d\(row.submission.documentID)", title: row.title, href: ReviewController.path(row.submission.documentID),
                uploader: row.uploaderName, submitted: context.dateTime(row.submission.submitted), held: t.held(row.submission.heldFor))
        }
        hasRows = !rows.isEmpty
        pager = PagerModel(current: page.pageNumber, count: page.pageCount, strings: context.strings) {
            base + (state == .published ? "&" : "?") + "page=\($0)"
        }
    }
}

/// `/admin/review/{id}`: one submission's text with the words of the lists marked, and its decisions.
struct ReviewItemModel {
    struct Fragment { var text: String; var policy: String? }
    struct Block { var anchor: String; var fragments: [Fragment] }
    struct Decision { var action: String; var label: String; var danger: Bool; var needsReason: Bool }

    var layout: LayoutModel
    var nav: AdminNav
    var error: String?
    var title: [Fragment]
    var uploader: String
    var state: String
    var submitted: String
    var held: String?
    var reason: String?
    var edit: String
    var view: String?
    var blocks: [Block]
    var decisions: [Decision]

    init(_ item: ReviewItem, error: String? = nil, context: PageContext) {
        let t = context.strings.sharing
        let submission = item.row.submission
        layout = LayoutModel(context: context, title: t.review + " · " + item.row.title)
        nav = AdminNav(.review, context: context)
        self.error = error
        title = Self.fragments(item.row.title, item.titleFindings)
        uploader = item.row.uploaderName
        state = t.stateNames[submission.state.rawValue] ?? submission.state.rawValue
        submitted = context.dateTime(submission.submitted)
        held = submission.heldFor.isEmpty ? nil : t.held(submission.heldFor)
        reason = submission.reason
        edit = "/admin/documents/\(submission.documentID)"
        view = submission.state == .published ? SitePath.document(submission.documentID).path : nil
        blocks = item.document.blocks.enumerated().map { index, block in
            Block(anchor: "b\(index)", fragments: Self.fragments(block.plainText, item.findings[index] ?? []))
        }
        let path = ReviewController.path(submission.documentID)
        decisions = [
            (SubmissionState.published, t.approve, false), (.rejected, t.reject, true), (.takenDown, t.takeDown, true),
        ].filter { EditorialService.mayMove(from: submission.state, to: $0.0) }.map { state, label, danger in
            Decision(action: path + "/" + ReviewController.action(state), label: label, danger: danger, needsReason: state != .published)
        }
    }

    /// The text cut where the findings begin and end, each found word marked with its list.
    static func fragments(_ text: String, _ findings: [WordLists.Finding]) -> [Fragment] {
        let scalars = Array(text.unicodeScalars)
        // Where words of several lists overlap, the strongest list marks the scalar: block, hold, mask.
        let strength: [WordPolicy: Int] = [.block: 3, .hold: 2, .mask: 1]
        var policyAt = [WordPolicy?](repeating: nil, count: scalars.count)
        for finding in findings {
            for offset in finding.scalars where offset < scalars.count {
                if strength[finding.policy, default: 0] > policyAt[offset].map({ strength[$0, default: 0] }) ?? 0 { policyAt[offset] = finding.policy }
            }
        }
        guard !scalars.isEmpty else { return [] }
        var fragments: [Fragment] = []
        var start = 0
        for end in 1...scalars.count where end == scalars.count || policyAt[end] != policyAt[start] {
            fragments.append(Fragment(text: String(String.UnicodeScalarView(scalars[start..<end])), policy: policyAt[start]?.rawValue))
            start = end
        }
        return fragments
    }
}
