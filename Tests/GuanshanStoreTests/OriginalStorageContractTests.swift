import Crypto
import Foundation
@testable import GuanshanStore
import GuanshanModel
import GuanshanTestSupport
import Testing

/// Every place originals are kept behaves alike: bytes kept under their hash come back part by part,
/// keeping them again changes nothing, removing them twice is no error, and a name that is not a hash
/// is never looked up.
@Suite struct OriginalStorageContractTests {
    enum Place: String, CaseIterable, CustomTestStringConvertible {
        case folder, memory, postgres, s3
        var testDescription: String { rawValue }

        func make() async throws -> any OriginalStorage {
            switch self {
            case .folder:
                return OriginalFolder(root: FileManager.default.temporaryDirectory.appendingPathComponent("guanshan-originals-\(UUID().uuidString)"))
            case .memory:
                return OriginalsInMemory()
            case .postgres:
                let store = try #require(try await StoreKind.postgres.make() as? PostgresStore)
                return PostgresOriginals(store: store)
            case .s3:
                let configuration = try TestS3.freshConfiguration()
                try TestS3.createBucket(configuration)
                return S3Originals(configuration)
            }
        }
    }

    static func bytes(_ count: Int, seed: UInt8 = 7) -> Data {
        Data((0..<count).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ Int(seed)) })
    }

    @Test(arguments: Place.allCases)
    func bytesComeBackPartByPartAndGoAway(in place: Place) async throws {
        let storage = try await place.make()
        let file = Self.bytes(2 * OriginalParts.size + 77)
        let hash = sha256(file)
        #expect(try await storage.part(0, of: hash, byteCount: Int64(file.count)) == nil, "nothing kept yet")
        try await storage.keep(file, hash: hash)
        try await storage.keep(file, hash: hash)
        let original = OriginalFile(hash: hash, byteCount: Int64(file.count), fileName: "a.pdf", format: .pdf)
        #expect(original.partCount == 3)
        for index in 0..<3 {
            let part = try #require(try await storage.part(index, of: hash, byteCount: original.byteCount))
            #expect(part == file.subdata(in: Int(OriginalParts.range(index, of: original.byteCount).lowerBound)..<Int(OriginalParts.range(index, of: original.byteCount).upperBound)))
        }
        #expect(try await storage.bytes(of: original) == file)

        let small = Self.bytes(10, seed: 9)
        try await storage.keep(small, hash: sha256(small))
        try await storage.remove(hash: hash)
        try await storage.remove(hash: hash)
        #expect(try await storage.part(0, of: hash, byteCount: original.byteCount) == nil)
        #expect(try await storage.part(0, of: sha256(small), byteCount: 10) == small, "removing one leaves the others")
    }

    @Test(arguments: [Place.folder, .s3])
    func aNameThatIsNotAHashIsRefused(in place: Place) async throws {
        let storage = try await place.make()
        for name in ["../../etc/passwd", "", String(repeating: "A", count: 64), String(repeating: "a", count: 65), "ab/" + String(repeating: "a", count: 61)] {
            await #expect(throws: OriginalStorageError.badHash(name)) { try await storage.keep(Data([1]), hash: name) }
            await #expect(throws: OriginalStorageError.badHash(name)) { _ = try await storage.part(0, of: name, byteCount: 1) }
        }
    }

    /// A file cut short on disk (a disk that failed, a hand that edited the folder) is reported, never
    /// sent as if whole.
    @Test func aFileCutShortInTheFolderIsReportedDamaged() async throws {
        let storage = try #require(try await Place.folder.make() as? OriginalFolder)
        let file = Self.bytes(OriginalParts.size + 10)
        let hash = sha256(file)
        try await storage.keep(file, hash: hash)
        let path = storage.root.appendingPathComponent(String(hash.prefix(2))).appendingPathComponent(hash)
        try file.prefix(OriginalParts.size + 3).write(to: path)
        await #expect(throws: OriginalStorageError.damaged(hash: hash, place: storage.place)) {
            _ = try await storage.part(1, of: hash, byteCount: Int64(file.count))
        }
    }

    /// What `S3Originals` writes is what AWS's own client reads: the object's name and bytes.
    @Test func theBucketHoldsTheBytesUnderThePrefixAsBoto3ReadsThem() async throws {
        let configuration = try TestS3.freshConfiguration()
        try TestS3.createBucket(configuration)
        let storage = S3Originals(configuration)
        let file = Self.bytes(3_000, seed: 3)
        let hash = sha256(file)
        try await storage.keep(file, hash: hash)
        let seen = try TestS3.boto3(configuration, """
            import hashlib
            body = s3.get_object(Bucket=bucket, Key="originals/\(hash)")["Body"].read()
            print(len(body), hashlib.sha256(body).hexdigest())
            """)
        #expect(seen == "3000 \(hash)")
    }

    /// A bucket that does not exist, or keys it does not know, are refused with S3's own words.
    @Test func aMissingBucketIsRefusedWithTheServersWords() async throws {
        let configuration = try TestS3.freshConfiguration()
        let storage = S3Originals(configuration)
        do {
            try await storage.keep(Data([1, 2, 3]), hash: sha256(Data([1, 2, 3])))
            Issue.record("kept into a bucket that does not exist")
        } catch OriginalStorageError.refused(let status, let said) {
            #expect(status == 404 && said.contains("NoSuchBucket"))
        }
    }
}

func sha256(_ data: Data) -> String {
    SHA256.hash(data: data).hex
}
