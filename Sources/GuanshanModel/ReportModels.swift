import Foundation

/// Why a reader reports a document.
public enum ReportReason: String, Sendable, Codable, CaseIterable {
    /// 侵权
    case infringement
    /// 违法违规
    case illegal
    /// 广告
    case advertising
    /// 低俗
    case vulgar
    /// 内容错误
    case error
    /// 其他
    case other
}

/// A report (举报) to record, of one document.
public struct NewReport: Sendable {
    public var documentID: Int64
    public var reason: ReportReason
    public var details: String
    /// The account reporting; nil for a visitor.
    public var reporterID: Int64?
    /// Who reported, for counting distinct reporters: an account or an address hash, as the caller writes it.
    public var reporterKey: String
    public var at: Date

    public init(documentID: Int64, reason: ReportReason, details: String, reporterID: Int64?, reporterKey: String, at: Date) {
        self.documentID = documentID
        self.reason = reason
        self.details = details
        self.reporterID = reporterID
        self.reporterKey = reporterKey
        self.at = at
    }
}

/// An open report of a document, as the admin reads it.
public struct DocumentReport: Sendable, Hashable {
    public var id: Int64
    public var reason: ReportReason
    public var details: String
    /// The account that reported; nil for a visitor, or once that account is deleted.
    public var reporterID: Int64?
    public var created: Date

    public init(id: Int64, reason: ReportReason, details: String, reporterID: Int64?, created: Date) {
        self.id = id
        self.reason = reason
        self.details = details
        self.reporterID = reporterID
        self.created = created
    }
}

/// The open reports of one document, as the admin's queue groups them.
public struct ReportedDocument: Sendable, Hashable {
    public var documentID: Int64
    /// The document's title and owner, published or not.
    public var title: String
    public var ownerID: Int64?
    public var openReports: Int
    /// Distinct reporters (reporter keys) of the open reports.
    public var reporters: Int
    /// When the latest open report was made.
    public var latest: Date
    /// The reasons of the open reports, each once, in `ReportReason.allCases` order.
    public var reasons: [ReportReason]

    public init(
        documentID: Int64, title: String, ownerID: Int64?, openReports: Int, reporters: Int, latest: Date, reasons: [ReportReason]
    ) {
        self.documentID = documentID
        self.title = title
        self.ownerID = ownerID
        self.openReports = openReports
        self.reporters = reporters
        self.latest = latest
        self.reasons = reasons
    }
}

/// A page of the documents with open reports.
public struct ReportedDocumentList: Sendable {
    public var rows: [ReportedDocument]
    /// Every document with open reports, for paging.
    public var total: Int

    public init(rows: [ReportedDocument], total: Int) {
        self.rows = rows
        self.total = total
    }
}
