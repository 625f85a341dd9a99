import GuanshanModel

/// Where the library keeps everything: the narrow stores of `Sources/GuanshanModel/Stores`, each the
/// part one service of the library needs, and backups of the whole. Lists and reads see published
/// documents only.
public protocol Store:
    DocumentStore, ChangeLogStore, SettingsStore, ImportStore, AccountStore, PersonalStore, EditorialStore, JobStore,
    SecurityLogStore, SensitiveWordStore, SubmissionStore, NotificationStore, BanStore, ReportStore, TakedownStore, CommentStore, OriginalStore,
    BackupStore
{
    /// How busy the store is on this node now.
    var load: StoreLoad { get }
}
