/// The lexicon's words in an open-addressing hash table keyed by their bytes, for the question word
/// repair asks of nearly every OCR token: is this word, ASCII letters in any case, a lexicon word?
/// One hash of the lower-cased bytes and usually one comparison, where `Lexicon.contains` lower-cases
/// a String and runs a binary search over the words of its length.
struct LexiconWordTable: Sendable {
    /// The table of `Lexicon.shared`'s words.
    static let shared = LexiconWordTable(lexicon: .shared)

    /// Every word's bytes, one after another (`Lexicon.letters`, shared).
    private let bytes: [UInt8]
    /// Per slot, the hash of the word stored there (never 0), or 0 for an empty slot.
    private let slotHashes: [UInt64]
    /// Per slot, where the word stored there starts in `bytes` and its length: start << 8 | length.
    private let slotWords: [UInt64]
    /// The number of slots minus one (a power of two minus one).
    private let mask: Int

    /// A table of the words of `lexicon` (lower-case ASCII letters, fewer than 256 bytes each, no word
    /// twice), read in place in the lexicon's letters, which the table keeps as its `bytes`.
    init(lexicon: Lexicon) {
        var capacity = 16
        while capacity < lexicon.count * 4 { capacity *= 2 }
        var slotHashes = [UInt64](repeating: 0, count: capacity)
        var slotWords = [UInt64](repeating: 0, count: capacity)
        lexicon.letters.withUnsafeBufferPointer { letters in
            for index in 0..<lexicon.count {
                let start = lexicon.starts[index]
                // The lexicon's starts rise from 0 to the count of its letters, so the slice lies in them.
                let word = UnsafeBufferPointer(rebasing: letters[start..<lexicon.starts[index + 1]])
                precondition(word.count < 256, "a word's length fits its slot's low byte")
                let hash = Self.hash(word)
                var slot = Int(truncatingIfNeeded: hash) & (capacity - 1)
                while slotHashes[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
                slotHashes[slot] = hash
                slotWords[slot] = UInt64(start) << 8 | UInt64(word.count)
            }
        }
        bytes = lexicon.letters
        self.slotHashes = slotHashes
        self.slotWords = slotWords
        mask = capacity - 1
    }

    /// Whether the table holds the word spelled by `letters`, ASCII letters (only) in any case:
    /// `Lexicon.containsASCIILetters`.
    func containsASCIILetters(_ letters: UnsafeBufferPointer<UInt8>) -> Bool {
        containsASCIILetters(letters, hash: Self.hash(letters))
    }

    /// `containsASCIILetters(letters)`, given `hash(letters)`, which a caller reading the letters one by
    /// one works out on the way (`hashSeed`, `hashStep`, `finishedHash`).
    func containsASCIILetters(_ letters: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Bool {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let stored = slotHashes[slot]
            if stored == 0 { return false }
            if stored == hash, holds(slotWords[slot], letters) { return true }
            slot = (slot + 1) & mask
        }
    }

    /// Whether the word stored as `word` (see `slotWords`) is `letters` lower-cased.
    private func holds(_ word: UInt64, _ letters: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = Int(word & 0xFF)
        guard count == letters.count else { return false }
        let start = Int(word >> 8)
        for index in 0..<count where bytes[start + index] != letters[index] | 0x20 { return false }
        return true
    }

    /// A hash of ASCII letters lower-cased (a polynomial of the letters, then mixed), never 0.
    static func hash(_ letters: UnsafeBufferPointer<UInt8>) -> UInt64 {
        finishedHash(hashState(of: letters))
    }

    /// The state of `hash` after every letter of `letters`, before it is finished (`finishedHash`).
    static func hashState(of letters: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var state = hashSeed
        for letter in letters { state = hashStep(state, letter) }
        return state
    }

    /// The state of `hash` before the first letter.
    static let hashSeed: UInt64 = 0xCBF2_9CE4_8422_2325

    /// What `hashStep` multiplies the state by before adding a letter.
    static let hashMultiplier: UInt64 = 0x0000_0100_0000_01B3

    /// The state of `hash` after one more letter, `letter`: the state times `hashMultiplier` plus the
    /// letter lower-cased (`| 0x20`), wrapping. So the state of `count` letters is a sum of one term
    /// per letter, and changing the letter at `position` from `old` to `new` adds (`new | 0x20` −
    /// `old | 0x20`) · `hashMultiplier` to the power `count - 1 - position` to it.
    @inline(__always)
    static func hashStep(_ state: UInt64, _ letter: UInt8) -> UInt64 {
        state &* hashMultiplier &+ UInt64(letter | 0x20)
    }

    /// The hash of the letters read into `state`.
    @inline(__always)
    static func finishedHash(_ state: UInt64) -> UInt64 {
        var hash = state
        hash ^= hash >> 29
        hash = hash &* 0xBF58_476D_1CE4_E5B9
        hash ^= hash >> 32
        return hash | 1
    }
}
