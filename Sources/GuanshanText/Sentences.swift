/// Where sentences end, as the pagination and outline rules see it: after 。！？； anywhere, and after
/// . ! ? ; when white space (or the end of the text) follows.
enum Sentences {
    /// A place a block may be cut: `offset` Characters into the text, after `counted` counted characters.
    struct End {
        var offset: Int
        var counted: Int
    }

    /// Every sentence end strictly inside `text`. The cut comes after the terminator, the closing marks
    /// that follow it (`。”`, `?)`) and any white space, so the next piece starts with the next sentence.
    static func ends(in text: String) -> [End] {
        enum State {
            case inSentence
            case afterTerminator(isFullWidth: Bool)
            case afterSpace
        }
        var ends: [End] = []
        var state = State.inSentence
        var offset = 0
        var counted = 0
        var quotationIsOpen = false
        for character in text {
            let role = Role(of: character)
            switch state {
            case .afterTerminator(let isFullWidth):
                switch role {
                case .fullWidthTerminator: state = .afterTerminator(isFullWidth: true)
                case .asciiTerminator, .closer: break
                case .quotationMark where quotationIsOpen: break
                case .whiteSpace: state = .afterSpace
                default:
                    if isFullWidth { ends.append(End(offset: offset, counted: counted)) }
                    state = .inSentence
                }
            case .afterSpace where role != .whiteSpace:
                ends.append(End(offset: offset, counted: counted))
                state = .inSentence
            case .afterSpace, .inSentence:
                break
            }
            if case .inSentence = state {
                if role == .fullWidthTerminator { state = .afterTerminator(isFullWidth: true) }
                if role == .asciiTerminator { state = .afterTerminator(isFullWidth: false) }
            }
            if role == .quotationMark { quotationIsOpen.toggle() }
            if role != .whiteSpace { counted += 1 }
            offset += 1
        }
        return ends
    }

    /// The first terminator of `text` that ends a sentence, and where it is.
    static func firstTerminator(in text: Substring) -> (index: Substring.Index, terminator: Character)? {
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            switch Role(of: character) {
            case .fullWidthTerminator:
                return (index, character)
            case .asciiTerminator where next == text.endIndex || Role(of: text[next]) == .whiteSpace:
                return (index, character)
            default:
                index = next
            }
        }
        return nil
    }

    /// What a Character does at the end of a sentence.
    enum Role: Equatable {
        case fullWidthTerminator, asciiTerminator
        /// Closes a sentence after its terminator and belongs to it: `”` `）`.
        case closer
        /// The ASCII `"` opens as often as it closes: it belongs to the sentence only when a quotation is open.
        case quotationMark
        case whiteSpace
        case other

        init(of character: Character) {
            let scalars = character.unicodeScalars
            guard let scalar = scalars.first, scalars.count == 1 else {
                self = character.isWhiteSpace ? .whiteSpace : .other
                return
            }
            switch scalar {
            case "。", "！", "？", "；": self = .fullWidthTerminator
            case ".", "!", "?", ";": self = .asciiTerminator
            case "”", "’", "」", "』", "）", ")", "】", "》", "〉": self = .closer
            case "\"": self = .quotationMark
            default: self = scalar.isWhiteSpace ? .whiteSpace : .other
            }
        }
    }
}

extension Character {
    /// A Character made of White_Space scalars only, which the count leaves out.
    var isWhiteSpace: Bool { unicodeScalars.allSatisfy(\.isWhiteSpace) }
}
