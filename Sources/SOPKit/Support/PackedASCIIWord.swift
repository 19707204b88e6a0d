/// A short ASCII word, at most `capacity` (16) bytes, packed into two integers with its length: its
/// first eight bytes in `low` and the next eight in `high`, the first byte lowest and zero past the
/// last. Two words are compared in three integer comparisons and a word is hashed from two integers,
/// so that the tables of short words (the OCR token classes, the role header's words, the identity
/// labels' and section titles' first words, the connectors, the HTML tag names, the legal kinds'
/// heads) are looked up without a `String`.
struct PackedASCIIWord: Hashable, Sendable {
    /// The most bytes a packed word holds.
    static let capacity = 16

    /// The first eight bytes, the first byte lowest, zero past the last.
    private(set) var low: UInt64 = 0
    /// The bytes after the first eight, as `low` holds them.
    private(set) var high: UInt64 = 0
    /// The number of bytes.
    private(set) var length = 0

    /// The empty word.
    init() {}

    /// The word of `length` bytes (at most `capacity`) whose first eight bytes are `low` and the next
    /// eight `high`, as those properties hold them: the first byte lowest, zero past the last.
    @inline(__always)
    init(low: UInt64, high: UInt64, length: Int) {
        self.low = low
        self.high = high
        self.length = length
    }

    /// The `length` bytes of `bytes` from `start` (at most `capacity`, all inside `bytes`): two
    /// unaligned loads when `bytes` holds sixteen bytes or more (the sixteen from `start`, or the last
    /// sixteen shifted down to `start` when fewer are left from it), masked to the word; else one copy
    /// of the bytes.
    @inline(__always)
    init(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, length: Int) {
        self.length = length
        guard let base = bytes.baseAddress, length > 0 else { return }
        guard bytes.count >= 16 else {
            var words: (UInt64, UInt64) = (0, 0)
            withUnsafeMutableBytes(of: &words) { $0.baseAddress!.copyMemory(from: base + start, byteCount: length) }
            low = UInt64(littleEndian: words.0)
            high = UInt64(littleEndian: words.1)
            return
        }
        let loadStart = min(start, bytes.count - 16)
        var low = UInt64(littleEndian: UnsafeRawPointer(base + loadStart).loadUnaligned(as: UInt64.self))
        var high = UInt64(littleEndian: UnsafeRawPointer(base + loadStart + 8).loadUnaligned(as: UInt64.self))
        let shift = UInt64(start - loadStart) * 8
        if shift >= 64 {
            low = high &>> (shift - 64)
            high = 0
        } else if shift > 0 {
            low = low &>> shift | high &<< (64 - shift)
            high &>>= shift
        }
        if length < 8 {
            low &= (1 &<< (8 * UInt64(length))) &- 1
            high = 0
        } else if length < 16 {
            high &= (1 &<< (8 * UInt64(length - 8))) &- 1
        }
        self.low = low
        self.high = high
    }

    /// The bytes of `word` packed; nil when it has more than `capacity` of them.
    init?(_ word: some Sequence<UInt8>) {
        for byte in word {
            guard length < Self.capacity else { return nil }
            append(byte)
        }
    }

    /// Adds `byte` as the word's next byte (the word must hold fewer than `capacity` bytes).
    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if length < 8 {
            low |= UInt64(byte) &<< (8 * UInt64(length))
        } else {
            high |= UInt64(byte) &<< (8 * UInt64(length - 8))
        }
        length += 1
    }

    /// The word with its ASCII upper-case letters lowered and every other byte as it is, lowered
    /// eight bytes at a time.
    @inline(__always)
    var asciiLowercased: PackedASCIIWord {
        var lowered = self
        lowered.low = Self.asciiLowercased(low)
        lowered.high = Self.asciiLowercased(high)
        return lowered
    }

    /// The word, made only of ASCII letters and digits, in lower case: each byte's 0x40 bit copied to
    /// its 0x20 bit, which lowers a letter (0x40 set) and keeps a digit (0x20 already set) and the zero
    /// bytes past the end. Three operations per integer where `asciiLowercased` takes eight; for any
    /// other byte the answer is not its lower case.
    @inline(__always)
    var alphanumericsLowercased: PackedASCIIWord {
        var lowered = self
        lowered.low = low | (low &>> 1) & 0x2020_2020_2020_2020
        lowered.high = high | (high &>> 1) & 0x2020_2020_2020_2020
        return lowered
    }

    /// The eight bytes of `bytes` with each of "A"..."Z" lowered: a byte below 0x80 whose low seven
    /// bits plus 0x3F reach 0x80 (at least "A") and plus 0x25 do not (at most "Z") gets its 0x20 bit.
    /// No sum carries into the next byte, as seven bits plus 0x3F stay below 0x100.
    @inline(__always)
    private static func asciiLowercased(_ bytes: UInt64) -> UInt64 {
        let highBits: UInt64 = 0x8080_8080_8080_8080
        let sevenBits = bytes & ~highBits
        let atLeastA = sevenBits &+ 0x3F3F_3F3F_3F3F_3F3F
        let pastZ = sevenBits &+ 0x2525_2525_2525_2525
        let isUpperCase = ~bytes & atLeastA & ~pastZ & highBits
        return bytes | isUpperCase &>> 2
    }

    /// The slot where probing for the word starts in a table of `mask + 1` slots (a power of two)
    /// probed one slot after the other.
    @inline(__always)
    func firstSlot(mask: Int) -> Int {
        let mixed = (low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(length)
        return Int(truncatingIfNeeded: mixed >> 40) & mask
    }
}

/// A set of short lower-case ASCII words, looked up on packed bytes: the words are grouped by their
/// first letter, and a word is compared only with those of its group.
struct PackedASCIIWordSet: Sendable {
    /// The words packed, grouped by their first letter; `initialRanges[letter]` is the group of a
    /// letter (0 for "a").
    private let words: [PackedASCIIWord]
    private let initialRanges: [Range<Int>]

    /// The set of `words`: lower-case ASCII words of one to `PackedASCIIWord.capacity` bytes, each
    /// starting with a letter.
    init(_ words: [String]) {
        let sorted = words.sorted { ($0.utf8.first!, $0) < ($1.utf8.first!, $1) }
        self.words = sorted.map { PackedASCIIWord($0.utf8)! }
        initialRanges = (UInt8(ascii: "a")...UInt8(ascii: "z")).map { letter in
            let start = sorted.firstIndex { $0.utf8.first! >= letter } ?? sorted.count
            let end = sorted.firstIndex { $0.utf8.first! > letter } ?? sorted.count
            return start..<end
        }
    }

    /// Whether `word` is one of the words (a word that does not start with a lower-case letter is none).
    @inline(__always)
    func contains(_ word: PackedASCIIWord) -> Bool {
        let group = Int(truncatingIfNeeded: word.low & 0xFF) &- 0x61
        guard group >= 0, group < initialRanges.count else { return false }
        for index in initialRanges[group] where words[index] == word { return true }
        return false
    }
}
