import Crypto
import Foundation

/// Lower-case hex SHA-256 of a text's UTF-8 bytes.
func sha256Hex(_ text: String) -> String {
    sha256Hex(Data(text.utf8))
}

/// Lower-case hex SHA-256 of bytes.
func sha256Hex(_ data: Data) -> String {
    SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
}
