/// The ASCII letters of a short word folded to lower case and packed five bits each into one integer,
/// so that a word is compared with a small word list by one integer search instead of byte by byte.
///
/// Each letter adds `(byte | 0x20) - 0x60` (1 for a, 26 for z, never 0), so two runs of letters have the
/// same key exactly when they are equal ignoring case. Up to `maximumCount` letters fit; a longer run is
/// marked too long and matches no key.
struct PackedLetters: Sendable {
    /// How many letters fit into the key.
    static let maximumCount = 12

    /// The packed letters, the first one in the highest bits used.
    private(set) var key: UInt64 = 0
    /// How many letters were appended, counting those beyond `maximumCount`.
    private(set) var count = 0

    /// Creates an empty run of letters.
    init() {}

    /// The letters of `word` packed, when it is one to `maximumCount` ASCII letters; nil when it holds
    /// another byte or more letters.
    init?(letters word: some Collection<UInt8>) {
        guard !word.isEmpty, word.count <= Self.maximumCount else { return nil }
        for byte in word {
            guard (byte | 0x20) >= 0x61, (byte | 0x20) <= 0x7A else { return nil }
            append(byte)
        }
    }

    /// Appends the ASCII letter `byte` (upper or lower case).
    mutating func append(_ byte: UInt8) {
        count += 1
        if count <= Self.maximumCount { key = key << 5 | UInt64((byte | 0x20) &- 0x60) }
    }

    /// Whether these letters, ignoring case, are one of the words whose keys are `sortedKeys`.
    func isOne(of sortedKeys: [UInt64]) -> Bool {
        guard count > 0, count <= Self.maximumCount else { return false }
        let index = sortedKeys.partitioningIndex { $0 >= key }
        return index < sortedKeys.count && sortedKeys[index] == key
    }

    /// The sorted keys of `words`, each made only of ASCII letters and at most `maximumCount` long.
    static func sortedKeys(_ words: some Sequence<String>) -> [UInt64] {
        words.map { word in
            precondition(word.utf8.count <= maximumCount)
            var letters = PackedLetters()
            for byte in word.utf8 {
                precondition((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
                letters.append(byte)
            }
            return letters.key
        }.sorted()
    }
}
