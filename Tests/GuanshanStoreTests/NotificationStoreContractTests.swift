import Foundation
@testable import GuanshanStore
import GuanshanModel
import GuanshanTestSupport
import Testing

/// The same checks of accounts' notifications on each store.
@Suite struct NotificationStoreContractTests {
    static func time(_ seconds: TimeInterval) -> Date { Date(timeIntervalSince1970: 1_764_655_200 + seconds) }

    static func user(_ name: String, in store: any Store) async throws -> User {
        try await store.createUser(NewUser(name: name, nameKey: name, passwordHash: "x", role: .reader, created: time(0)))
    }

    @Test(arguments: StoreKind.allCases)
    func notificationsAreListedNewestFirstAndMarkedRead(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let reader = try await Self.user("reader", in: store)
        let other = try await Self.user("other", in: store)
        let empty = try await store.notifications(accountID: reader.id, offset: 0, limit: 10)
        #expect(empty.items.isEmpty && empty.total == 0 && empty.unread == 0)

        // Ids, not times, order them: the last written comes first even with an earlier time.
        let kinds: [NotificationKind] = [.held, .approved, .rejected, .takenDown]
        for (index, kind) in kinds.enumerated() {
            try await store.addNotification(NewNotification(
                accountID: reader.id, kind: kind, documentID: nil, title: "文档\(index)", detail: index == 2 ? "理由：'重复'" : nil,
                at: Self.time(index == 3 ? 1.5 : Double(10 * index))))
        }
        try await store.addNotification(NewNotification(accountID: other.id, kind: .approved, documentID: nil, title: "别人的", detail: nil, at: Self.time(5)))

        let list = try await store.notifications(accountID: reader.id, offset: 0, limit: 10)
        #expect(list.items.map(\.kind) == kinds.reversed())
        #expect(list.items.map(\.title) == ["文档3", "文档2", "文档1", "文档0"])
        #expect(list.total == 4 && list.unread == 4)
        #expect(list.items.allSatisfy { !$0.read })
        let rejected = try #require(list.items.first { $0.kind == .rejected })
        #expect(rejected.detail == "理由：'重复'" && rejected.at == Self.time(20) && rejected.documentID == nil)
        #expect(Set(list.items.map(\.id)).count == 4 && list.items.map(\.id) == list.items.map(\.id).sorted(by: >))

        let page = try await store.notifications(accountID: reader.id, offset: 1, limit: 2)
        #expect(page.items.map(\.title) == ["文档2", "文档1"] && page.total == 4 && page.unread == 4)
        #expect(try await store.notifications(accountID: reader.id, offset: 4, limit: 2).items.isEmpty)
        #expect(try await store.unreadNotificationCount(accountID: reader.id) == 4)
        #expect(try await store.unreadNotificationCount(accountID: other.id) == 1)

        try await store.markNotificationsRead(accountID: reader.id, through: .max)
        let read = try await store.notifications(accountID: reader.id, offset: 0, limit: 10)
        #expect(read.items.allSatisfy(\.read) && read.total == 4 && read.unread == 0)
        #expect(try await store.unreadNotificationCount(accountID: reader.id) == 0)
        #expect(try await store.unreadNotificationCount(accountID: other.id) == 1, "only the account's own")

        try await store.addNotification(NewNotification(accountID: reader.id, kind: .approved, documentID: nil, title: "新的", detail: nil, at: Self.time(60)))
        let after = try await store.notifications(accountID: reader.id, offset: 0, limit: 2)
        #expect(after.items.map(\.read) == [false, true] && after.unread == 1 && after.total == 5)
        let newest = try #require(after.items.first?.id)
        try await store.addNotification(NewNotification(accountID: reader.id, kind: .rejected, documentID: nil, title: "更新的", detail: nil, at: Self.time(70)))
        try await store.markNotificationsRead(accountID: reader.id, through: newest)
        #expect(try await store.unreadNotificationCount(accountID: reader.id) == 1, "one that came after the list was read stays unread")
        try await store.markNotificationsRead(accountID: reader.id, through: .max)
        #expect(try await store.unreadNotificationCount(accountID: reader.id) == 0)
    }

    /// An account's notifications go with it; one naming a document deleted stays, naming none.
    @Test(arguments: StoreKind.allCases)
    func deletingTheAccountDeletesThemAndADeletedDocumentIsForgotten(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let reader = try await Self.user("reader", in: store)
        let other = try await Self.user("other", in: store)
        let saved = try await store.saveNewDocuments([StoreFixtures.newDocument(title: "要删的"), StoreFixtures.newDocument(title: "留下的")])
        let ids = saved.compactMap { outcome -> Int64? in if case .inserted(let id) = outcome { id } else { nil } }
        for id in ids {
            try await store.addNotification(NewNotification(accountID: reader.id, kind: .approved, documentID: id, title: "已发布", detail: nil, at: Self.time(1)))
        }
        try await store.addNotification(NewNotification(accountID: other.id, kind: .held, documentID: ids[1], title: "待审", detail: nil, at: Self.time(2)))
        #expect(try await store.trashDocument(id: ids[0], at: Self.time(3)))
        #expect(try await store.deleteTrashedDocument(id: ids[0]))
        let kept = try await store.notifications(accountID: reader.id, offset: 0, limit: 10)
        #expect(kept.items.map(\.documentID) == [ids[1], nil] && kept.total == 2)

        try await store.deleteUser(id: reader.id)
        let gone = try await store.notifications(accountID: reader.id, offset: 0, limit: 10)
        #expect(gone.items.isEmpty && gone.total == 0 && gone.unread == 0)
        #expect(try await store.notifications(accountID: other.id, offset: 0, limit: 10).items.map(\.title) == ["待审"])
    }

    /// A kind a newer node wrote is left out of the list and its counts rather than mislabeled.
    @Test(arguments: StoreKind.allCases)
    func aKindThisVersionDoesNotKnowIsLeftOut(on kind: StoreKind) async throws {
        let store = try await kind.make()
        let reader = try await Self.user("reader", in: store)
        for kind in [NotificationKind.approved, .held] {
            try await store.addNotification(NewNotification(accountID: reader.id, kind: kind, documentID: nil, title: "t", detail: nil, at: Self.time(1)))
        }
        try await SubmissionStoreContractTests.execute(["UPDATE notification SET kind = 'appeal-answered' WHERE kind = 'held'"], on: store)
        let list = try await store.notifications(accountID: reader.id, offset: 0, limit: 10)
        #expect(list.items.map(\.kind) == [.approved] && list.total == 1 && list.unread == 1)
        #expect(try await store.unreadNotificationCount(accountID: reader.id) == 1)
    }
}
