import Crypto
import Foundation

/// Lower-case hex SHA-256 of a text's UTF-8 bytes.
func sha256Hex(_ text: String) -> String {
    SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
}
