import Foundation
public import GuanshanModel

/// A copyright notice that cannot be recorded as sent.
public enum CopyrightNoticeError: Error, Equatable, Sendable {
    /// A field that must be filled is empty: `claimant`, `contact`, `work` or `documents`.
    case required(String)
    /// A field is longer than it may be, or holds control characters.
    case tooLong(String)
    /// A line of the documents names no document of the site (1-based).
    case unknownDocument(line: Int)
    /// More documents than one notice may name.
    case tooManyDocuments(limit: Int)
    /// The sender did not declare the notice true.
    case notDeclared
    /// More than `EditorialService.noticesPerHour` notices from one sender in an hour.
    case tooMany
}

/// The form of a copyright notice as sent.
public struct CopyrightNoticeForm: Sendable {
    public var claimant: String
    public var contact: String
    public var byAgent: Bool
    public var work: String
    /// The documents, one a line: an address of one of the site's pages (`https://…/d/12/3`), a path
    /// (`/d/12`) or an id (`12`, `#12`).
    public var documents: String
    public var details: String
    public var declared: Bool

    public init(claimant: String, contact: String, byAgent: Bool, work: String, documents: String, details: String, declared: Bool) {
        self.claimant = claimant
        self.contact = contact
        self.byAgent = byAgent
        self.work = work
        self.documents = documents
        self.details = details
        self.declared = declared
    }
}

/// Copyright notices (权利人投诉): a rights holder or their agent says which documents of the site
/// infringe which work; the notice is kept for the operator's records, and editors mark it dealt with.
extension EditorialService {
    public static let noticesPerHour = 5
    public static let mostNoticeDocuments = 50
    /// The longest text of each field.
    public static let noticeLimits = ["claimant": 100, "contact": 100, "work": 1_000, "details": 2_000]

    /// Records a notice sent by `visitor` (nil when not signed in) from `address`; returns its id.
    @discardableResult
    public func sendCopyrightNotice(_ form: CopyrightNoticeForm, by visitor: Visitor?, address: String?) async throws -> Int64 {
        let claimant = try Self.noticeField(form.claimant, "claimant", required: true)
        let contact = try Self.noticeField(form.contact, "contact", required: true)
        let work = try Self.noticeField(form.work, "work", required: true)
        let details = try Self.noticeField(form.details, "details", required: false)
        let ids = try await noticeDocuments(form.documents)
        guard form.declared else { throw CopyrightNoticeError.notDeclared }
        let key = Self.senderKey(visitor, address: address)
        guard try await store.copyrightNoticeCount(submitterKey: key, since: now().addingTimeInterval(-3_600)) < Self.noticesPerHour else {
            throw CopyrightNoticeError.tooMany
        }
        return try await store.addCopyrightNotice(NewCopyrightNotice(
            claimant: claimant, contact: contact, byAgent: form.byAgent, work: work, documentIDs: ids, details: details,
            submitterID: visitor?.user.id, submitterKey: key, at: now()))
    }

    private static func noticeField(_ text: String, _ name: String, required: Bool) throws(CopyrightNoticeError) -> String {
        do {
            return try WrittenText.checked(text, limit: noticeLimits[name, default: 100], required: required)
        } catch {
            throw error == .empty ? .required(name) : .tooLong(name)
        }
    }

    /// The ids of the documents the lines name, each once, in order; every one a published document (a
    /// visitor learns nothing of the others).
    private func noticeDocuments(_ text: String) async throws -> [Int64] {
        var ids: [Int64] = []
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        guard lines.count <= Self.mostNoticeDocuments * 2 else { throw CopyrightNoticeError.tooManyDocuments(limit: Self.mostNoticeDocuments) }
        for (index, line) in lines.enumerated() where !line.isEmpty {
            guard let id = Self.documentID(named: line), try await store.document(id: id) != nil else {
                throw CopyrightNoticeError.unknownDocument(line: index + 1)
            }
            if !ids.contains(id) { ids.append(id) }
        }
        guard !ids.isEmpty else { throw CopyrightNoticeError.required("documents") }
        guard ids.count <= Self.mostNoticeDocuments else { throw CopyrightNoticeError.tooManyDocuments(limit: Self.mostNoticeDocuments) }
        return ids
    }

    /// The id a line names: digits alone (`12`, `#12`), or an address or path with `/d/12` in it.
    static func documentID(named line: String) -> Int64? {
        let text = line.hasPrefix("#") ? line.dropFirst() : Substring(line)
        let digits = text.range(of: "/d/").map { text[$0.upperBound...].prefix { $0.isASCII && $0.isNumber } } ?? text
        guard (1...18).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }), let id = Int64(digits), id > 0 else { return nil }
        return id
    }

    public static let noticePageSize = 20

    /// Notices newest first, those not dealt with only when `openOnly`.
    public func copyrightNotices(openOnly: Bool, pageNumber: Int) async throws -> (page: Paged<CopyrightNotice>, open: Int) {
        let window = try PageWindow(pageNumber, size: Self.noticePageSize)
        let list = try await store.copyrightNotices(openOnly: openOnly, offset: window.offset, limit: window.limit)
        return (try window.page(list.rows, total: list.total), list.open)
    }

    /// Marks a notice dealt with; false when there is none or it was already.
    @discardableResult
    public func handleCopyrightNotice(id: Int64, by editor: Visitor) async throws -> Bool {
        guard try await store.copyrightNotice(id: id) != nil else { throw LibraryError.documentNotFound }
        guard try await store.handleCopyrightNotice(id: id, by: editor.user.id, at: now()) else { return false }
        await securityLog.record(.reviewed, by: editor, subject: "copyright notice #\(id)", detail: "handled")
        return true
    }
}
