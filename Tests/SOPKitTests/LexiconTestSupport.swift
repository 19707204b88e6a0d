@testable import SOPKit

/// The lexicon and its tables read as the tests read them: words as Strings with their bytes.
extension Lexicon {
    /// A lexicon word and its bytes.
    struct Entry {
        let word: String
        let bytes: [UInt8]
    }

    /// The lexicon of `words` (lower-case ASCII letters, in any order, repeats allowed).
    init(words: [String]) {
        self.init(chunks: words)
    }

    /// The words whose length is within `spread` of `length` (`indices(length:spread:)`), in order.
    func candidates(length: Int, spread: Int) -> [Entry] {
        indices(length: length, spread: spread).map { Entry(word: word(at: $0), bytes: Array(letters(ofWord: $0))) }
    }
}

extension LexiconCandidateTable {
    /// Every word of the table, in its order.
    var words: [String] { (0..<count).map(word(at:)) }
}

extension LexiconWordTable {
    /// The table of the words `words` (lower-case ASCII letters).
    init(words: [[UInt8]]) {
        self.init(lexicon: Lexicon(words: words.map { String(decoding: $0, as: UTF8.self) }))
    }
}
