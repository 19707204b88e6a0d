/// The ASCII letters of a short word folded to lower case and packed five bits each into one integer,
/// so that a word is compared with a small word list by looking one integer up instead of byte by byte.
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

    /// Whether these letters, ignoring case, are one of the words of `words`.
    @inline(__always)
    func isOne(of words: WordSet) -> Bool {
        guard count > 0, count <= Self.maximumCount else { return false }
        return words.contains(key: key)
    }

    /// The keys of a few short words, in a table probed from a slot worked out from the key, one slot
    /// after the other until the key or an empty slot (0, which no key is: every letter adds at least
    /// 1) is found. The table is at least four times as large as the words, so that most lookups read
    /// one or two slots.
    struct WordSet: Sendable {
        /// The keys, each in the first empty slot from its own; 0 in an empty slot.
        private let slots: [UInt64]
        /// The number of slots less one (a power of two less one).
        private let mask: Int

        /// The set of `words`, each made only of ASCII letters and at most `maximumCount` long.
        init(_ words: some Sequence<String>) {
            let keys = words.map { word in
                precondition(word.utf8.count <= maximumCount)
                var letters = PackedLetters()
                for byte in word.utf8 {
                    precondition((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
                    letters.append(byte)
                }
                return letters.key
            }
            var size = 8
            while size < keys.count * 4 { size *= 2 }
            var slots = [UInt64](repeating: 0, count: size)
            for key in keys {
                var slot = Self.firstSlot(of: key, mask: size - 1)
                while slots[slot] != 0, slots[slot] != key { slot = (slot + 1) & (size - 1) }
                slots[slot] = key
            }
            self.slots = slots
            mask = size - 1
        }

        /// Whether `key` (the key of one to `maximumCount` letters) is one of the set's.
        @inline(__always)
        func contains(key: UInt64) -> Bool {
            var slot = Self.firstSlot(of: key, mask: mask)
            while true {
                let held = slots[slot]
                if held == key { return true }
                if held == 0 { return false }
                slot = (slot + 1) & mask
            }
        }

        /// The slot where probing for `key` starts in a table of `mask + 1` slots.
        @inline(__always)
        private static func firstSlot(of key: UInt64, mask: Int) -> Int {
            Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
        }
    }
}
