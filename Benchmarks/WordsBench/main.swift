import Foundation
import GuanshanText

// The sensitive-word benchmark of BENCHMARKS.md: one pass of `WordMatcher` with a list of 10,000 words
// over a 1 MB document of the real corpus, beside the loop over the words that it replaces.
//
//   swift run -c release guanshan-words-bench CORPUS/docs.jsonl [--words 10000] [--megabytes 1] [--rounds 20]

struct Options {
    var corpus = ""
    var words = 10_000
    var megabytes = 1
    var rounds = 20

    init(_ arguments: [String]) throws {
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--words", "--megabytes", "--rounds":
                guard let text = rest.popFirst(), let value = Int(text), (1...1_000_000).contains(value) else {
                    throw Failure("\(argument) takes a number from 1 to 1,000,000")
                }
                if argument == "--words" { words = value } else if argument == "--megabytes" { megabytes = value } else { rounds = value }
            default:
                guard corpus.isEmpty, !argument.hasPrefix("-") else { throw Failure("unknown argument \(argument)") }
                corpus = argument
            }
        }
        guard !corpus.isEmpty else { throw Failure("usage: guanshan-words-bench CORPUS/docs.jsonl [--words N] [--megabytes N] [--rounds N]") }
    }
}

struct Failure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

struct CorpusDocument: Decodable {
    let paragraphs: [String]
}

/// A fixed sequence of numbers, so that every run picks the same words.
struct SplitMix {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}

func milliseconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
}

func median(_ values: [Double]) -> Double {
    values.sorted()[values.count / 2]
}

do {
    let options = try Options(Array(CommandLine.arguments.dropFirst()))
    let lines = try String(contentsOfFile: options.corpus, encoding: .utf8).split(separator: "\n")
    let decoder = JSONDecoder()
    var document = ""
    var others: [String] = []
    for (index, line) in lines.enumerated() {
        let paragraphs = try decoder.decode(CorpusDocument.self, from: Data(line.utf8)).paragraphs
        if index % 2 == 0, document.utf8.count < options.megabytes << 20 {
            document += paragraphs.joined(separator: "\n") + "\n"
        } else {
            others.append(contentsOf: paragraphs)
        }
    }
    // Words of 2 to 4 Chinese characters from the other half of the corpus, as sensitive-word lists are.
    var random = SplitMix(state: 19)
    var words = Set<String>()
    while words.count < options.words {
        let scalars = Array(others[random.next(others.count)].unicodeScalars)
        guard scalars.count >= 4 else { continue }
        let length = 2 + random.next(3)
        let start = random.next(scalars.count - length + 1)
        let word = scalars[start..<(start + length)]
        guard word.allSatisfy({ (0x4E00...0x9FFF).contains($0.value) }) else { continue }
        words.insert(String(String.UnicodeScalarView(word)))
    }
    let list = words.sorted()
    var matcher = WordMatcher(words: [])
    let build = milliseconds { matcher = WordMatcher(words: list) }
    var found = 0
    var passes: [Double] = []
    for _ in 0..<options.rounds {
        passes.append(milliseconds { found = matcher.matches(in: document).count })
    }
    // The loop over the words takes minutes over the whole list: timed over its first 100, scaled up.
    let sample = list.prefix(100)
    var loopFound = 0
    let loop = milliseconds { loopFound = sample.reduce(0) { $0 + (document.contains($1) ? 1 : 0) } } * Double(list.count) / Double(sample.count)
    let megabytes = Double(document.utf8.count) / Double(1 << 20)
    print("document: \(document.utf8.count) bytes, \(document.unicodeScalars.count) characters; words: \(list.count)")
    print("automaton built in \(String(format: "%.1f", build)) ms")
    print(String(
        format: "WordMatcher, one pass:      median %.2f ms, best %.2f ms (%.0f MB/s), %d matches",
        median(passes), passes.min() ?? 0, megabytes / (median(passes) / 1000), found))
    print(String(
        format: "String.contains per word:   %.0f ms (timed over %d words, %d found, scaled to %d), %.0f× slower",
        loop, sample.count, loopFound, list.count, loop / median(passes)))
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(2)
}
