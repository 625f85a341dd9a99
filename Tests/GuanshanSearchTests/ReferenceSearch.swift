import Foundation
@testable import GuanshanSearch

/// docs/search.md by brute force over the normalized text, for checking the index against.
enum ReferenceSearch {
    static func text(title: String, pieces: [String]) -> [UInt32] {
        SearchText.normalize(([title] + pieces).joined(separator: "\n")).unicodeScalars.map(\.value)
    }

    static func matches(_ query: SearchQuery, _ text: [UInt32]) -> Bool {
        !query.required.isEmpty
            && query.required.allSatisfy { occurs($0.scalars, in: text) }
            && !query.excluded.contains { occurs($0.scalars, in: text) }
    }

    static func occurs(_ term: [UInt32], in text: [UInt32]) -> Bool {
        guard let head = term.first, term.count <= text.count else { return false }
        let wordStart = SearchText.isWord(head)
        for start in 0...(text.count - term.count) where text[start] == head {
            if wordStart && start > 0 && SearchText.isWord(text[start - 1]) { continue }
            if text[start..<start + term.count].elementsEqual(term) { return true }
        }
        return false
    }
}

/// A small random library and queries over an alphabet chosen so that bigrams collide often:
/// a few Han characters, kana, Latin letters and digits (half-width and full-width), punctuation and spaces.
struct RandomLibrary {
    struct Document {
        var id: Int64
        var title: String
        var pieces: [String]
    }

    private static let alphabet = Array("政协党组市委会议協黨會議後后裡里一二三のカabcABｃ１2 _-.，。“”\"")
    private var seed: UInt64

    init(seed: UInt64) { self.seed = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }

    mutating func next(_ bound: Int) -> Int {
        seed ^= seed << 13
        seed ^= seed >> 7
        seed ^= seed << 17
        return Int(seed % UInt64(bound))
    }

    mutating func string(_ length: Int) -> String {
        String((0..<length).map { _ in Self.alphabet[next(Self.alphabet.count)] })
    }

    mutating func document(id: Int64) -> Document {
        Document(id: id, title: string(1 + next(8)), pieces: (0..<(1 + next(4))).map { _ in string(next(40)) })
    }

    /// A query taken from `text` so most queries hit: one to three terms, sometimes quoted or excluded.
    mutating func query(from documents: [Document]) -> String {
        let document = documents[next(documents.count)]
        let source = ([document.title] + document.pieces).joined(separator: " ")
        let characters = Array(source)
        return (0..<(1 + next(3))).map { _ in
            guard !characters.isEmpty else { return string(2) }
            let start = next(characters.count)
            var term = String(characters[start..<min(characters.count, start + 1 + next(5))])
            switch next(6) {
            case 0: term = "\"\(term)\""
            case 1: term = "-\(term)"
            case 2: term = string(1 + next(3))
            default: break
            }
            return term
        }.joined(separator: " ")
    }
}

extension RandomLibrary.Document {
    var indexed: IndexedText {
        IndexedText(id: id, title: title, pieces: pieces, published: Date(timeIntervalSince1970: Double(id) * 60), categoryID: id % 3)
    }

    var reference: [UInt32] { ReferenceSearch.text(title: title, pieces: pieces) }
}
