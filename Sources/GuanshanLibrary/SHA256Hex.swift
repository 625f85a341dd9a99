import Crypto
import Foundation
internal import GuanshanModel

/// Lower-case hex SHA-256 of a text's UTF-8 bytes.
func sha256Hex(_ text: String) -> String {
    sha256Hex(Data(text.utf8))
}

/// Lower-case hex SHA-256 of bytes.
func sha256Hex(_ data: Data) -> String {
    SHA256.hash(data: data).hex
}
