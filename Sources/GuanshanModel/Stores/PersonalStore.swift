public import Foundation

/// Each reader's favorites, reading marks and history.
public protocol PersonalStore: Sendable {
    func setFavorite(userID: Int64, documentID: Int64, _ on: Bool, at: Date) async throws
    func isFavorite(userID: Int64, documentID: Int64) async throws -> Bool
    /// Published favorites, the latest added first.
    func favorites(userID: Int64, offset: Int, limit: Int) async throws -> PersonalList

    /// Keeps each mark as the reader's latest reading of its document.
    func recordReadings(_ marks: [ReadingMark]) async throws
    func readingMark(userID: Int64, documentID: Int64) async throws -> ReadingMark?
    /// Published documents the reader opened, the latest read first.
    func history(userID: Int64, offset: Int, limit: Int) async throws -> PersonalList
    func deleteHistory(userID: Int64, documentID: Int64?) async throws
}
