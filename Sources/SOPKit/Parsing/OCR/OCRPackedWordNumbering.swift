/// Words of 1 to `PackedASCIIWord.capacity` bytes numbered in the order they are first added, from 0,
/// and looked up packed (`PackedASCIIWord`) in a table of fixed slots probed one after the other: the
/// known role names' words are numbered so, once, without hashing or comparing a String, and read
/// back by their bytes. The table holds at most half as many words as it has slots, and doubles when
/// a word would fill it past that.
struct PackedWordNumbering: Sendable {
    /// A numbered word, packed (of length 0 for an empty slot), and its number.
    private struct Slot {
        var word = PackedASCIIWord()
        var number = 0
    }

    /// The words, each at its number.
    private(set) var words: [String] = []
    /// The slots: a power of two of them, at least twice as many as the words.
    private var slots = [Slot](repeating: Slot(), count: 64)

    /// No word yet.
    init() {}

    /// The number of the word `word`, nil when it was not added (or is empty).
    @inline(__always)
    func number(of word: PackedASCIIWord) -> Int? {
        let mask = slots.count - 1
        var slot = word.firstSlot(mask: mask)
        while slots[slot].word.length != 0 {
            if slots[slot].word == word { return slots[slot].number }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// The number of the word whose bytes are `bytes` (1 to `PackedASCIIWord.capacity` of them),
    /// numbered next when it is new.
    mutating func number(adding bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard !bytes.isEmpty, bytes.count <= PackedASCIIWord.capacity else {
            preconditionFailure("a numbered word is not 1 to 16 bytes")
        }
        let word = PackedASCIIWord(bytes, from: 0, length: bytes.count)
        if let number = number(of: word) { return number }
        if (words.count + 1) * 2 > slots.count { growSlots() }
        let number = words.count
        words.append(String(decoding: bytes, as: UTF8.self))
        insert(Slot(word: word, number: number))
        return number
    }

    /// Puts `entry` in the first empty slot from its word's first slot on.
    private mutating func insert(_ entry: Slot) {
        let mask = slots.count - 1
        var slot = entry.word.firstSlot(mask: mask)
        while slots[slot].word.length != 0 { slot = (slot + 1) & mask }
        slots[slot] = entry
    }

    /// Doubles the slots, putting the words back in them.
    private mutating func growSlots() {
        let held = slots
        slots = [Slot](repeating: Slot(), count: held.count * 2)
        for entry in held where entry.word.length != 0 { insert(entry) }
    }
}
