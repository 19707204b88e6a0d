/// The words of the role lexicon mapped to their entries, looked up by their UTF-8 bytes with one hash
/// of the first eight bytes, in an open-addressed table whose slots hold what a probe
/// compares: a word that is not in the table (most words of an activity) usually costs one probe into
/// an empty slot.
///
/// Built only for words of ASCII bytes other than upper-case letters, ";" and "`", as `ASCIIWordTable`
/// is: no text with other characters is canonically equivalent to such a word, so byte equality gives
/// the answer a `[Substring: Int]` gives.
final class RoleWordHashTable: Sendable {
    /// One slot of the table: a word filed there, or none when `count` is 0.
    fileprivate struct Slot {
        /// The first eight bytes of the word (`prefix(of:)`).
        var prefix: UInt64 = 0
        /// Where the bytes of the word start in `bytes`.
        var start: Int32 = 0
        /// The number of bytes of the word, 0 for an empty slot.
        var count: Int32 = 0
        /// The number of the word.
        var value = 0
    }

    /// The slots, at most half of them filled (a power of two of them).
    private let slots: [Slot]
    /// `slots.count - 1`.
    private let slotMask: Int
    /// 64 less the number of bits of `slotMask`: the shift that leaves the top bits of a hashed prefix (`hash`).
    private let slotShift: UInt64
    /// The bytes of the words, one after the other.
    private let bytes: [UInt8]

    /// The table of `words`, or nil when one of them is empty or not a word this table can hold.
    init?(_ words: some Sequence<(word: Substring, value: Int)>) {
        var filed: [Slot] = []
        var bytes: [UInt8] = []
        for (word, value) in words {
            let start = bytes.count
            bytes.appendUTF8(of: word)
            let wordBytes = bytes[start...]
            guard !wordBytes.isEmpty, wordBytes.count <= Int(Int32.max), bytes.count <= Int(Int32.max),
                wordBytes.allSatisfy({ $0 < 0x80 && !($0 >= 0x41 && $0 <= 0x5A) && $0 != 0x3B && $0 != 0x60 })
            else { return nil }
            let prefix = bytes.withUnsafeBufferPointer { Self.prefix(of: UnsafeBufferPointer(rebasing: $0[start...])) }
            filed.append(Slot(prefix: prefix, start: Int32(start), count: Int32(wordBytes.count), value: value))
        }
        var slotCount = 16
        while slotCount < 2 * filed.count { slotCount *= 2 }
        let slotShift = UInt64(64 - (slotCount - 1).nonzeroBitCount)
        var slots = Array(repeating: Slot(), count: slotCount)
        for word in filed {
            var slot = Self.hash(word.prefix, shift: slotShift)
            while slots[slot].count != 0 { slot = (slot + 1) & (slotCount - 1) }
            slots[slot] = word
        }
        self.slots = slots
        slotMask = slotCount - 1
        self.slotShift = slotShift
        self.bytes = bytes
    }

    /// The number of the word whose UTF-8 bytes are `word`, if the table holds it.
    func value(for word: UnsafeBufferPointer<UInt8>) -> Int? {
        withLookup { $0.value(for: word, prefix: Self.prefix(of: word)) }
    }

    /// The number of the word whose UTF-8 bytes are `text[range]`, if the table holds it: the first eight
    /// bytes of the word are read at once when `text` holds eight bytes from its start.
    @inline(__always)
    func value(in text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        withLookup { $0.value(in: text, range) }
    }

    /// Calls `body` with a view of the table through pointers, valid while `body` runs: the words of one
    /// text are looked up in it without fetching the table's arrays again for each word.
    @inline(__always)
    func withLookup<Result>(_ body: (Lookup) -> Result) -> Result {
        slots.withUnsafeBufferPointer { slots in
            bytes.withUnsafeBufferPointer { bytes in body(Lookup(slots: slots, slotMask: slotMask, slotShift: slotShift, bytes: bytes)) }
        }
    }

    /// The table seen through pointers into its arrays (`withLookup`), which answer what the table answers.
    struct Lookup {
        /// The slots of the table.
        fileprivate let slots: UnsafeBufferPointer<Slot>
        /// `slots.count - 1`.
        fileprivate let slotMask: Int
        /// The shift that leaves the top bits of a hashed prefix (`RoleWordHashTable.hash`).
        fileprivate let slotShift: UInt64
        /// The bytes of the words, one after the other.
        fileprivate let bytes: UnsafeBufferPointer<UInt8>

        /// `RoleWordHashTable.value(in:_:)`: the number of the word whose UTF-8 bytes are `text[range]`.
        @inline(__always)
        func value(in text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
            guard let base = text.baseAddress, range.lowerBound &+ 8 <= text.count else {
                let word = UnsafeBufferPointer(rebasing: text[range])
                return value(for: word, prefix: RoleWordHashTable.prefix(of: word))
            }
            let start = base + range.lowerBound
            let count = range.upperBound &- range.lowerBound
            let eight = UInt64(littleEndian: UnsafeRawPointer(start).loadUnaligned(as: UInt64.self))
            // The bytes past the word are shifted out at the top and the word's brought back down.
            let unused = UInt64(truncatingIfNeeded: 8 &- min(count, 8)) &* 8
            return value(for: UnsafeBufferPointer(start: start, count: count), prefix: (eight &<< unused) &>> unused)
        }

        /// The number of the word whose UTF-8 bytes are `word` and whose first eight bytes are `prefix`.
        @inline(__always)
        fileprivate func value(for word: UnsafeBufferPointer<UInt8>, prefix: UInt64) -> Int? {
            let count = word.count
            guard count > 0 else { return nil }
            var slot = RoleWordHashTable.hash(prefix, shift: slotShift)
            while true {
                let candidate = slots[slot]
                if candidate.count == 0 { return nil }
                if candidate.prefix == prefix, Int(candidate.count) == count, count <= 8 || restEqual(word, Int(candidate.start)) {
                    return candidate.value
                }
                slot = (slot + 1) & slotMask
            }
        }

        /// Whether the bytes of `word` (more than eight) after its first eight equal those of the word of
        /// the same length whose bytes start at `start` in `bytes`. For a word of at most sixteen bytes, its
        /// last eight bytes, which hold all those after its first eight, are compared in one load from each.
        private func restEqual(_ word: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
            let count = word.count
            if count <= 16, let text = word.baseAddress, let filed = bytes.baseAddress {
                return UnsafeRawPointer(text + (count &- 8)).loadUnaligned(as: UInt64.self)
                    == UnsafeRawPointer(filed + (start &+ count &- 8)).loadUnaligned(as: UInt64.self)
            }
            for offset in 8..<count where bytes[start + offset] != word[offset] { return false }
            return true
        }
    }

    /// The first eight bytes of `word`, the first in the lowest bits (fewer, and zeros above them, when
    /// it is shorter), as one number.
    @inline(__always)
    static func prefix(of word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard word.count < 8 else { return UInt64(littleEndian: UnsafeRawPointer(word.baseAddress!).loadUnaligned(as: UInt64.self)) }
        var prefix: UInt64 = 0
        for offset in word.indices { prefix |= UInt64(word[offset]) << (8 * UInt64(offset)) }
        return prefix
    }

    /// The slot a word whose first eight bytes are `prefix` is looked for from, in a table of `1 << (64 -
    /// shift)` slots: the top bits of the prefix times an odd constant, which each byte of the prefix
    /// changes (the middle bits of the product depend only on the bytes below them, so that words that
    /// begin alike, "mengetik" and "mengecek", would start from one slot). The length is left out: words
    /// of nine bytes or more that begin alike are looked for from one slot, and told apart by their
    /// lengths and bytes as words in neighbouring slots are.
    @inline(__always)
    fileprivate static func hash(_ prefix: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (prefix &* 0xBF58_476D_1CE4_E5B9) &>> shift)
    }
}
