import _CryptoExtras
import Crypto
import Foundation

/// scrypt password hashes, written as `scrypt$ln$r$p$salt$hash` (base64) so that each hash carries the
/// cost it was made with. The whole password is hashed, however long: unlike bcrypt, nothing past 72
/// bytes is dropped. The work runs on the password worker, never on the threads that serve pages.
public struct PasswordHasher: Sendable {
    public struct Cost: Sendable, Hashable {
        /// log2 of scrypt's N.
        public var logRounds: Int
        public var blockSize: Int
        public var parallelism: Int

        /// OWASP's scrypt minimum: N = 2^17, r = 8, p = 1 (128 MiB a hash).
        public static let standard = Cost(logRounds: 17, blockSize: 8, parallelism: 1)
        /// For tests only: fast and weak.
        public static let testing = Cost(logRounds: 10, blockSize: 8, parallelism: 1)
    }

    let cost: Cost
    let worker: PasswordWorker

    public init(cost: Cost = .standard, worker: PasswordWorker = PasswordWorker()) {
        self.cost = cost
        self.worker = worker
    }

    public func hash(_ password: String, share: PasswordWorker.Share = .general) async throws -> String {
        var generator = SystemRandomNumberGenerator()
        let salt = (0..<16).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let cost = self.cost
        let key = try await worker.run(share) { try Self.derive(password, salt: salt, cost: cost) }
        return ["scrypt", "\(cost.logRounds)", "\(cost.blockSize)", "\(cost.parallelism)",
                Data(salt).base64EncodedString(), Data(key).base64EncodedString()].joined(separator: "$")
    }

    /// False for a wrong password and for a hash this code cannot read.
    public func verify(_ password: String, against stored: String) async throws -> Bool {
        guard let parsed = Parsed(stored) else { return false }
        let key = try await worker.run { try Self.derive(password, salt: parsed.salt, cost: parsed.cost, length: parsed.key.count) }
        return Secrets.equal(key, parsed.key)
    }

    /// A hash of this cost that no password matches: verifying against it takes as long as a real
    /// check, so an unknown name is answered no faster than a wrong password.
    var unmatchableHash: String {
        ["scrypt", "\(cost.logRounds)", "\(cost.blockSize)", "\(cost.parallelism)",
         Data(count: 16).base64EncodedString(), Data(count: 32).base64EncodedString()].joined(separator: "$")
    }

    private static func derive(_ password: String, salt: [UInt8], cost: Cost, length: Int = 32) throws -> [UInt8] {
        let key = try KDF.Scrypt.deriveKey(
            from: Array(PasswordRules.canonical(password).utf8), salt: salt, outputByteCount: length,
            rounds: 1 << cost.logRounds, blockSize: cost.blockSize, parallelism: cost.parallelism)
        return key.withUnsafeBytes { Array($0) }
    }

    private struct Parsed {
        var cost: Cost
        var salt: [UInt8]
        var key: [UInt8]

        init?(_ text: String) {
            let parts = text.split(separator: "$").map(String.init)
            guard parts.count == 6, parts[0] == "scrypt",
                  let logRounds = Int(parts[1]), (1...24).contains(logRounds),
                  let blockSize = Int(parts[2]), (1...64).contains(blockSize),
                  let parallelism = Int(parts[3]), (1...16).contains(parallelism),
                  let salt = Data(base64Encoded: parts[4]), let key = Data(base64Encoded: parts[5]), (16...64).contains(key.count)
            else { return nil }
            cost = Cost(logRounds: logRounds, blockSize: blockSize, parallelism: parallelism)
            self.salt = Array(salt)
            self.key = Array(key)
        }
    }
}
