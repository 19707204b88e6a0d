/// The vocabulary of clean SOPs (scripts/build-lexicon): words that OCR word repair corrects towards
/// and never changes.
struct Lexicon: Sendable {
    /// The shared lexicon built from `wordChunks`.
    static let shared = Lexicon(words: words(ofChunks: wordChunks))

    /// The words of `chunks`, in order: each chunk split at its spaces, on its UTF-8 bytes rather than
    /// character by character (a space is one byte, never part of another character's bytes).
    static func words(ofChunks chunks: [String]) -> [String] {
        var words: [String] = []
        for var chunk in chunks {
            chunk.withUTF8 { bytes in
                var start = 0
                for end in 0...bytes.count where end == bytes.count || bytes[end] == 0x20 {
                    if end > start { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)) }
                    start = end + 1
                }
            }
        }
        return words
    }

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

    /// The lexicon of `words`. Each word goes to its length's list in the order of `words` (the first
    /// time it comes), and each list is then sorted: for words already in order, as `wordChunks` are,
    /// the sort finds one run and moves nothing.
    init(words: [String]) {
        var distinct = Set<String>(minimumCapacity: words.count)
        var longestWordBytes = 0
        var buckets: [[Entry]] = Array(repeating: [], count: Self.longestLength + 1)
        for word in words where distinct.insert(word).inserted {
            let bytes = Array(word.utf8)
            longestWordBytes = max(longestWordBytes, bytes.count)
            guard bytes.count < buckets.count else { continue }
            buckets[bytes.count].append(Entry(word: word, bytes: bytes))
        }
        self.words = distinct
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
