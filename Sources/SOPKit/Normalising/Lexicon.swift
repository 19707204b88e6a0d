/// The vocabulary of clean SOPs (scripts/build-lexicon): words that OCR word repair corrects towards
/// and never changes.
struct Lexicon: Sendable {
    /// The shared lexicon built from `wordChunks`.
    static let shared = Lexicon(words: wordChunks.flatMap { $0.split(separator: " ").map(String.init) })

    /// The length of the longest words `candidates` gives; longer words are only for `contains`.
    static let longestLength = 39

    private let words: Set<String>
    /// The most UTF-8 bytes a lexicon word has, so no word has more Unicode scalars. A text that
    /// `contains` finds has no more scalars than its word: it lower-cases to a string canonically
    /// equivalent to the word, each of its scalars lower-casing to one scalar or more and each of
    /// those decomposing to one or more of the word's.
    let longestWordBytes: Int
    /// Words by length, each with its letters as bytes.
    private let byLength: [[Entry]]

    /// A lexicon word and its bytes.
    struct Entry: Sendable {
        let word: String
        let bytes: [UInt8]
    }

    init(words: [String]) {
        self.words = Set(words)
        var longestWordBytes = 0
        var buckets: [[Entry]] = Array(repeating: [], count: Self.longestLength + 1)
        for word in self.words {
            let bytes = Array(word.utf8)
            longestWordBytes = max(longestWordBytes, bytes.count)
            guard bytes.count < buckets.count else { continue }
            buckets[bytes.count].append(Entry(word: word, bytes: bytes))
        }
        byLength = buckets.map { $0.sorted { $0.word < $1.word } }
        self.longestWordBytes = longestWordBytes
    }

    /// Whether `word` (any case) is in the lexicon.
    func contains(_ word: some StringProtocol) -> Bool {
        words.contains(word.lowercased())
    }

    /// The lexicon words whose length is within `spread` of `length` (none for a word longer than
    /// every lexicon word by more than `spread`).
    func candidates(length: Int, spread: Int) -> some Sequence<Entry> {
        let low = max(1, length - spread)
        let end = max(low, min(byLength.count, length + spread + 1))
        return (low..<end).lazy.flatMap { byLength[$0] }
    }

    /// A 26-bit set of the ASCII letters in `bytes`.
    static func mask(_ bytes: some Sequence<UInt8>) -> UInt32 {
        var mask: UInt32 = 0
        for byte in bytes {
            let lower = byte | 0x20
            if lower >= 0x61, lower <= 0x7A { mask |= 1 << UInt32(lower - 0x61) }
        }
        return mask
    }
}
