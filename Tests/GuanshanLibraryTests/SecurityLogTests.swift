import Foundation
@testable import GuanshanLibrary
import GuanshanStore
import GuanshanModel
import GuanshanTestSupport
import Testing

/// What the library's changes leave in the security log: who, what, from where, and never a secret.
@Suite struct SecurityLogTests {
    let clock = ManualClock()
    let library: Library

    init() async throws {
        let clock = clock
        library = Library(store: try await TestStore.make(), passwordCost: .testing, now: { clock.now })
    }

    func events() async throws -> [SecurityEvent] {
        try await library.operations.securityEvents(kind: nil, who: nil, since: nil, until: nil, pageNumber: 1).items.reversed()
    }

    @Test func signInsFailuresAndSlowingDownAreLogged() async throws {
        let password = "a long enough passphrase"
        _ = try await library.accounts.addUser(name: "owner", password: password, role: .admin)
        _ = try await library.accounts.logIn(name: "owner", password: password, client: "198.51.100.7")
        for _ in 0..<7 {
            _ = try? await library.accounts.logIn(name: "owner", password: "guess number one", client: "203.0.113.9")
        }
        _ = try? await library.accounts.logIn(name: "nobody-\(String(repeating: "长", count: 500))", password: "x", client: "203.0.113.9")
        let logged = try await events()
        // Six failures from one address for one name, then a wait; another name from there is not slowed yet.
        #expect(logged.map(\.kind) == [.registered, .signIn] + Array(repeating: .signInFailed, count: 6) + [.throttled, .signInFailed])
        #expect(logged[1].address == "198.51.100.7" && logged[1].actorName == "owner" && logged[1].actorID != nil)
        #expect(logged[2].address == "203.0.113.9" && logged[2].actorName == "owner")
        #expect(try #require(logged.last?.actorName).count <= SecurityLog.longestText + 1, "a made-up name is cut short")
        for event in logged {
            for field in [event.actorName, event.subject, event.detail, event.address].compactMap({ $0 }) {
                #expect(!field.contains(password) && !field.contains("guess number one"), "no password in \(event.kind)")
            }
        }
        let failures = try await library.operations.securityEvents(kind: .signInFailed, who: "203.0.113", since: nil, until: nil, pageNumber: 1)
        #expect(failures.total == 7)
    }

    @Test func accountTokenSettingsAndDocumentChangesAreLogged() async throws {
        let admin = try await library.accounts.addUser(name: "root", password: "a long enough passphrase", role: .admin)
        let reader = try await library.accounts.addUser(name: "reader", password: "another long passphrase", role: .reader)
        let signedIn = try await library.accounts.logIn(name: "root", password: "a long enough passphrase", client: nil)
        var visitor = try #require(try await library.accounts.visitor(sessionSecret: signedIn.sessionSecret))
        visitor.address = "192.0.2.1"
        try await library.accounts.setRole(userID: reader.id, .editor, by: visitor)
        try await library.accounts.setDisabled(userID: reader.id, true, by: visitor)
        let (token, secret) = try await library.accounts.createToken(visitor, name: "备份脚本", scope: "admin")
        try await library.accounts.revokeToken(visitor, id: token.id)
        var form = SettingsForm(try await library.settings())
        form.siteName = "新的站名"
        try await library.editorial.saveSettings(form, by: visitor)
        let id = try await library.editorial.createDocument(DocumentDraft(title: "要删的文档", body: "正文。"), by: visitor)
        try await library.editorial.trashDocument(id: id, by: visitor)
        try await library.editorial.deleteTrashedDocument(id: id, by: visitor)

        let logged = try await events().filter { $0.kind != .registered && $0.kind != .signIn }
        #expect(logged.map(\.kind) == [
            .roleChanged, .accountDisabled, .tokenCreated, .tokenRevoked, .settingsChanged, .documentTrashed, .documentDeleted,
        ])
        #expect(logged.allSatisfy { $0.actorID == admin.id && $0.address == "192.0.2.1" })
        #expect(logged[0].subject == "reader" && logged[0].detail == "reader → editor")
        #expect(logged[2].subject == "备份脚本" && logged[2].detail == "admin, 90 d")
        #expect(logged[4].detail == "site.name", "the settings changed, not their values")
        #expect(logged[6].subject == "#\(id)")
        for event in try await events() {
            #expect(![event.subject, event.detail].contains(secret), "no token secret")
        }
    }

    @Test func oldEventsAreDroppedAfterAYear() async throws {
        _ = try await library.accounts.addUser(name: "owner", password: "a long enough passphrase", role: .admin)
        clock.advance(SecurityLog.keptFor + 60)
        _ = try? await library.accounts.logIn(name: "owner", password: "wrong but long enough", client: "203.0.113.9")
        try await library.accounts.pruneExpired()
        #expect(try await events().map(\.kind) == [.signInFailed])
    }
}
