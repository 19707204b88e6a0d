/// The vocabulary of clean SOPs (scripts/build-lexicon): words that OCR word repair corrects towards
/// and never changes.
struct Lexicon: Sendable {
    /// The shared lexicon built from `wordChunks`.
    static let shared = Lexicon(words: wordChunks.flatMap { $0.split(separator: " ").map(String.init) })

    private let words: Set<String>
    /// Words by length, each with its letters as bytes and a bag of letters for quick rejection.
    private let byLength: [[Entry]]

    struct Entry: Sendable {
        let word: String
        let bytes: [UInt8]
        let letterMask: UInt32
    }

    init(words: [String]) {
        self.words = Set(words)
        var buckets: [[Entry]] = Array(repeating: [], count: 40)
        for word in self.words {
            let bytes = Array(word.utf8)
            guard bytes.count < buckets.count else { continue }
            buckets[bytes.count].append(Entry(word: word, bytes: bytes, letterMask: Self.mask(bytes)))
        }
        byLength = buckets.map { $0.sorted { $0.word < $1.word } }
    }

    /// Whether `word` (any case) is in the lexicon.
    func contains(_ word: some StringProtocol) -> Bool {
        words.contains(word.lowercased())
    }

    /// Whether the lexicon holds the word spelled by `letters`, ASCII letters in any case (`contains`
    /// without building a lower-cased string): a binary search in the words of that length, which are
    /// sorted and lower case.
    func containsASCIILetters(_ letters: UnsafeBufferPointer<UInt8>) -> Bool {
        guard letters.count < byLength.count else { return false }
        let bucket = byLength[letters.count]
        /// How the lexicon word `bytes` orders against `letters` lower-cased: -1, 0 or 1.
        func compare(_ bytes: [UInt8]) -> Int {
            for index in 0..<letters.count where bytes[index] != letters[index] | 0x20 {
                return bytes[index] < letters[index] | 0x20 ? -1 : 1
            }
            return 0
        }
        var low = 0
        var high = bucket.count
        while low < high {
            let middle = (low + high) / 2
            switch compare(bucket[middle].bytes) {
            case 0: return true
            case -1: low = middle + 1
            default: high = middle
            }
        }
        return false
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
