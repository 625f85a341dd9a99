/// The site's templates, compiled into the binary so that it needs no files beside it.
enum Templates {
    static func library() throws -> TemplateLibrary {
        try TemplateLibrary(sources)
    }

    static let sources: [(name: String, text: String)] = [
        ("layout", layout), ("documentList", documentList),
        ("pager", pager), ("reading", reading), ("home", home), ("list", list), ("error", error),
        ("search", search), ("csrf", csrf), ("signForm", signForm), ("profile", profile), ("personal", personal),
        ("adminNav", adminNav), ("actionButton", actionButton), ("adminDashboard", adminDashboard),
        ("adminDocuments", adminDocuments), ("adminDocumentForm", adminDocumentForm), ("adminImportResult", adminImportResult), ("adminImportJob", adminImportJob), ("adminImportJobs", adminImportJobs),
        ("adminCategories", adminCategories), ("adminTags", adminTags), ("adminUsers", adminUsers), ("adminSecurity", adminSecurity),
        ("adminSettings", adminSettings), ("adminWords", adminWords), ("myUploads", myUploads), ("notifications", notifications),
        ("adminReview", adminReview), ("adminReviewItem", adminReviewItem), ("reportForm", reportForm), ("adminReports", adminReports),
        ("adminReportItem", adminReportItem), ("settingField", settingField), ("preview", preview),
        ("advert", advert), ("comments", comments), ("comment", comment), ("commentsPage", commentsPage), ("adminComments", adminComments),
        ("copyrightForm", copyrightForm), ("adminCopyright", adminCopyright), ("adminTakedowns", adminTakedowns),
    ]
}
