/// Byte-level reading of the UTF-8 of layout text.
enum LayoutBytes {
    /// The length of the well-formed UTF-8 sequence of one scalar that starts at `index` (1 to 4), or
    /// 0 when the bytes there are not one (a stray continuation byte, a cut sequence, an overlong form,
    /// a surrogate or a value past U+10FFFF).
    static func scalarLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        if lead < 0x80 { return 1 }
        func follows(_ offset: Int, in range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            index + offset < bytes.count && range.contains(bytes[index + offset])
        }
        switch lead {
        case 0xC2...0xDF: return follows(1) ? 2 : 0
        case 0xE0: return follows(1, in: 0xA0...0xBF) && follows(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF: return follows(1) && follows(2) ? 3 : 0
        case 0xED: return follows(1, in: 0x80...0x9F) && follows(2) ? 3 : 0
        case 0xF0: return follows(1, in: 0x90...0xBF) && follows(2) && follows(3) ? 4 : 0
        case 0xF1...0xF3: return follows(1) && follows(2) && follows(3) ? 4 : 0
        case 0xF4: return follows(1, in: 0x80...0x8F) && follows(2) && follows(3) ? 4 : 0
        default: return 0
        }
    }

    /// Whether `byte` is an ASCII letter or digit.
    static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }

    /// The index of the first byte at or after `start` that is not a space (0x20), or `bytes.count`.
    /// The byte at `start` is looked at alone first (most runs in a line are one space between words);
    /// longer runs are read eight bytes at a time, each eight compared whole with eight spaces (two
    /// eights a turn while sixteen bytes remain: the gaps between columns are long), and the first other
    /// byte among the eight that are not all spaces is found from the mark of the bytes that differ from
    /// a space (`nonZeroBytes`).
    @inline(__always)
    static func endOfSpaces(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        guard index < bytes.count, bytes[index] == 0x20 else { return index }
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            let spaces: UInt64 = 0x2020_2020_2020_2020
            while index + 32 <= bytes.count {
                let differences = (raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) ^ spaces)
                    | (raw.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self) ^ spaces)
                    | (raw.loadUnaligned(fromByteOffset: index + 16, as: UInt64.self) ^ spaces)
                    | (raw.loadUnaligned(fromByteOffset: index + 24, as: UInt64.self) ^ spaces)
                if differences != 0 { break }
                index += 32
            }
            while index + 16 <= bytes.count {
                let first = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                if first != spaces { return index + nonZeroBytes(first ^ spaces).trailingZeroBitCount &>> 3 }
                let second = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self))
                if second != spaces { return index + 8 + nonZeroBytes(second ^ spaces).trailingZeroBitCount &>> 3 }
                index += 16
            }
            if index + 8 <= bytes.count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                if word != spaces { return index + nonZeroBytes(word ^ spaces).trailingZeroBitCount &>> 3 }
                index += 8
            }
        }
        while index < bytes.count, bytes[index] == 0x20 { index += 1 }
        return index
    }

    /// The index of the first byte at or after `start` that ends a run of words set one space apart, or
    /// `bytes.count`: the run holds printable ASCII bytes other than the space (0x21 to 0x7E) and single
    /// spaces each followed by such a byte, and ends before any other byte and before a space followed
    /// by anything else (a space, a tab, a byte outside ASCII, or the end). Eight bytes are read at a
    /// time while a byte follows them (a space among them is judged by the byte after it, the last one's
    /// by that byte), the rest one by one.
    @inline(__always)
    static func endOfWordRun(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 < bytes.count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                let notWordBytes = notPrintableWithoutSpace(word)
                let spaces = SourceText.equalBytes(word, 0x20)
                // Each byte marked when the byte after it is no word byte: the marks moved one byte down,
                // and the last byte's from the byte after the eight.
                var beforeNotWordBytes = notWordBytes &>> 8
                if bytes[index + 8] &- 0x21 >= 0x5E { beforeNotWordBytes |= 0x8000_0000_0000_0000 }
                let stops = (notWordBytes & ~spaces) | (spaces & beforeNotWordBytes)
                if stops != 0 { return index + stops.trailingZeroBitCount &>> 3 }
                index += 8
            }
        }
        while index < bytes.count {
            if bytes[index] &- 0x21 < 0x5E {
                index += 1
                continue
            }
            guard bytes[index] == 0x20, index + 1 < bytes.count, bytes[index + 1] &- 0x21 < 0x5E else { break }
            index += 2
        }
        return index
    }

    /// `endOfWordRun(UnsafeBufferPointer(rebasing: bytes[..<lineEnd]), from: start)`, for a line that
    /// ends at `lineEnd` in `bytes` (a file's bytes, which run on after each of its lines): sixteen
    /// bytes at a time, from the lanes of the sixteen at one offset and of the sixteen at the next,
    /// read past the line's end while the bytes are there, the rest as the line's own bytes are read.
    ///
    /// A byte's stop depends on it and on the byte after it only, so the stops before the line's last
    /// byte are the same in either reading; the last byte stops the run in the line when it is a
    /// space, whatever follows it, and ends it anyway. So the first stop before `lineEnd` is the end,
    /// and when there is none, the end is the line's last byte when it is a space, else `lineEnd`.
    @inline(__always)
    static func endOfWordRun(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, lineEnd: Int) -> Int {
        var index = start
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index < lineEnd, index + 16 < bytes.count {
                let here = raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
                let next = raw.loadUnaligned(fromByteOffset: index + 1, as: SIMD16<UInt8>.self)
                let stops = unsafeBitCast(wordRunStopLanes(here, next), to: SIMD2<UInt64>.self)
                if stops[0] | stops[1] != 0 {
                    index += stops[0] != 0 ? stops[0].trailingZeroBitCount &>> 3 : 8 + stops[1].trailingZeroBitCount &>> 3
                    if index < lineEnd { return index }
                    break
                }
                index += 16
            }
        }
        // The bytes left are too few to read sixteen at a time.
        if index < lineEnd { return endOfWordRun(UnsafeBufferPointer(rebasing: bytes[..<lineEnd]), from: index) }
        return lineEnd > start && bytes[lineEnd - 1] == 0x20 ? lineEnd - 1 : lineEnd
    }

    /// The lanes of `here` (sixteen bytes) that stop a run of words set one space apart
    /// (`endOfWordRun`), `next` being the sixteen bytes one further on: a byte that is not printable
    /// ASCII other than the space (0x21 to 0x7E), unless it is a space followed by such a byte.
    @inline(__always)
    static func wordRunStopLanes(_ here: SIMD16<UInt8>, _ next: SIMD16<UInt8>) -> SIMDMask<SIMD16<Int8>> {
        let exclamation = SIMD16<UInt8>(repeating: 0x21)
        let printableCount = SIMD16<UInt8>(repeating: 0x5E)
        let hereIsNoWordByte = (here &- exclamation) .>= printableCount
        let nextIsNoWordByte = (next &- exclamation) .>= printableCount
        return hereIsNoWordByte .& (.!(here .== SIMD16(repeating: 0x20)) .| nextIsNoWordByte)
    }

    /// The top bit of each byte of `word` that is not zero, and no other bit: a byte's low seven bits
    /// plus 0x7F reach 0x80 exactly when they are not all clear (no carry leaves the byte), and a byte
    /// with its top bit set is not zero.
    @inline(__always)
    static func nonZeroBytes(_ word: UInt64) -> UInt64 {
        ((word & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F | word) & 0x8080_8080_8080_8080
    }

    /// The top bit of each byte of `word` that is not printable ASCII other than the space (0x21 to
    /// 0x7E), and no other bit. Of a byte's low seven bits, adding 0x5F reaches 0x80 exactly when they
    /// are 0x21 or more, and adding 0x01 exactly when they are 0x7F; neither sum carries into the next
    /// byte. A byte with its top bit set is outside ASCII.
    @inline(__always)
    static func notPrintableWithoutSpace(_ word: UInt64) -> UInt64 {
        let low = word & 0x7F7F_7F7F_7F7F_7F7F
        let belowExclamation = ~(low &+ 0x5F5F_5F5F_5F5F_5F5F)
        let delete = low &+ 0x0101_0101_0101_0101
        return (belowExclamation | delete | word) & 0x8080_8080_8080_8080
    }

    /// The top bit of each byte of `word` that is not printable ASCII, the space included (0x20 to
    /// 0x7E), and no other bit: a byte of 0x80 and up has its top bit set; of a byte's low seven bits,
    /// adding 0x01 reaches 0x80 exactly when they are 0x7F, and adding 0x60 exactly when they are 0x20
    /// or more; neither sum carries into the next byte.
    @inline(__always)
    static func notPrintableBytes(_ word: UInt64) -> UInt64 {
        let low = word & 0x7F7F_7F7F_7F7F_7F7F
        let delete = low &+ 0x0101_0101_0101_0101
        let atLeastSpace = low &+ 0x6060_6060_6060_6060
        return (word | delete | ~atLeastSpace) & 0x8080_8080_8080_8080
    }

    /// Whether every one of `bytes` is printable ASCII, the space included (0x20 to 0x7E): eight bytes
    /// are judged at a time.
    static func isPrintableASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        if let base = bytes.baseAddress {
            while index + 8 <= bytes.count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                // The top bit of a byte is set by `word` itself (0x80 and up), by adding 0x01 to its low
                // seven bits when they are 0x7F, or is left clear by adding 0x60 when they are below 0x20.
                let low = word & 0x7F7F_7F7F_7F7F_7F7F
                let isDelete = (low &+ 0x0101_0101_0101_0101) & 0x8080_8080_8080_8080
                let isAtLeastSpace = (low &+ 0x6060_6060_6060_6060) & 0x8080_8080_8080_8080
                if (word & 0x8080_8080_8080_8080) | isDelete | (~isAtLeastSpace & 0x8080_8080_8080_8080) != 0 {
                    return false
                }
                index += 8
            }
        }
        while index < bytes.count {
            guard bytes[index] &- 0x20 < 0x5F else { return false }
            index += 1
        }
        return true
    }

    /// How many of `bytes` are `byte`, counted eight bytes at a time.
    static func count(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var index = 0
        if let base = bytes.baseAddress {
            let spread = UInt64(byte) &* 0x0101_0101_0101_0101
            while index + 8 <= bytes.count {
                // Most words hold none of `byte` (form feeds in a line): those are not counted bit by bit.
                let matches = SourceText.zeroBytes(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) ^ spread)
                if matches != 0 { count += matches.nonzeroBitCount }
                index += 8
            }
        }
        while index < bytes.count {
            if bytes[index] == byte { count += 1 }
            index += 1
        }
        return count
    }
}

/// A word of ASCII letters and digits, its letters lower-cased: its first sixteen bytes packed as a
/// `PackedASCIIWord` and its length, so that sets of words are searched without building or hashing
/// strings. A word of more than sixteen bytes is in no list or set of packed words.
struct LayoutWord: Equatable {
    /// The first sixteen bytes, letters lowered.
    private(set) var packed = PackedASCIIWord()
    /// How many bytes were appended (more than 16 makes a word that matches no packed word of a list).
    private(set) var count = 0

    /// An empty word, to append bytes to.
    init() {}

    /// The packed form of `word` (ASCII letters and digits, at most 16).
    init(_ word: String) {
        for byte in word.utf8 { append(byte) }
    }

    /// The word of `count` bytes whose first sixteen, letters lowered, are packed in `low` and `high`
    /// as `PackedASCIIWord` packs them.
    @inline(__always)
    private init(low: UInt64, high: UInt64, count: Int) {
        packed = PackedASCIIWord(low: low, high: high, length: min(count, PackedASCIIWord.capacity))
        self.count = count
    }

    /// The word of ASCII letters and digits that starts at `start` in `bytes` (empty when the byte
    /// there is none), packed as appending its bytes one by one packs it, and the index just after it.
    /// Eight bytes are judged, lower-cased and packed at a time while eight remain; the word's bytes
    /// past the sixteenth are only counted. Inlined, so that the word is built in its caller's registers.
    @inline(__always)
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (word: LayoutWord, end: Int) {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var index = start
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= bytes.count {
                let block = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                let alphanumeric = alphanumericBytes(block)
                // The word's bytes in this block: those before the first byte that is not a letter or digit.
                let run = (~alphanumeric & 0x8080_8080_8080_8080).trailingZeroBitCount &>> 3
                if index - start < 16 {
                    // Each letter takes its lower-case bit (a digit has it already); bytes past the word are cleared.
                    let kept = run == 8 ? UInt64.max : (1 &<< (UInt64(run) &* 8)) &- 1
                    let packed = (block | (alphanumeric &>> 2)) & kept
                    if index == start { low = packed } else { high = packed }
                }
                index += run
                if run < 8 { return (LayoutWord(low: low, high: high, count: index - start), index) }
            }
        }
        var word = LayoutWord(low: low, high: high, count: index - start)
        while index < bytes.count, LayoutBytes.isASCIIAlphanumeric(bytes[index]) {
            word.append(bytes[index])
            index += 1
        }
        return (word, index)
    }

    /// The index of the first byte at or after `start` that is not an ASCII letter or digit, or
    /// `bytes.count`: the end of the word `read` would pack, found eight bytes at a time without packing it.
    @inline(__always)
    static func wordEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= bytes.count {
                let block = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                let run = (~alphanumericBytes(block) & 0x8080_8080_8080_8080).trailingZeroBitCount &>> 3
                index += run
                if run < 8 { return index }
            }
        }
        while index < bytes.count, LayoutBytes.isASCIIAlphanumeric(bytes[index]) { index += 1 }
        return index
    }

    /// The top bit of each byte of `block` that is an ASCII letter or digit, and no other bit. Of a
    /// byte's low seven bits, adding 0x80 minus the lowest value of a range sets the top bit exactly when
    /// they reach it, and adding 0x7F minus the highest exactly when they pass it; no sum leaves its byte.
    @inline(__always)
    static func alphanumericBytes(_ block: UInt64) -> UInt64 {
        let topBits: UInt64 = 0x8080_8080_8080_8080
        let low = block & 0x7F7F_7F7F_7F7F_7F7F
        let folded = low | 0x2020_2020_2020_2020
        let digits = (low &+ 0x5050_5050_5050_5050) & ~(low &+ 0x4646_4646_4646_4646)
        let letters = (folded &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(folded &+ 0x0505_0505_0505_0505)
        return (digits | letters) & ~block & topBits
    }

    /// Appends an ASCII letter or digit, lower-casing a letter.
    mutating func append(_ byte: UInt8) {
        if count < PackedASCIIWord.capacity { packed.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) }
        count += 1
    }

    /// Whether the word is one of `words`.
    func isIn(_ words: [LayoutWord]) -> Bool {
        guard count <= PackedASCIIWord.capacity else { return false }
        for word in words where word.packed == packed { return true }
        return false
    }

    /// Whether the word is one of the words of `set`: `isIn` of the list the set was made from.
    func isIn(_ set: LayoutWordSet) -> Bool {
        set.contains(self)
    }
}

/// A set of up to 63 packed words, searched through a hash of their bytes instead of word by word:
/// for the long lists of first words that every chunk is checked against.
struct LayoutWordSet: Sendable {
    /// The words, each in the first free slot at or after the slot of its hash (`slot(of:)`).
    private var slots = [PackedASCIIWord](repeating: PackedASCIIWord(), count: 64)
    /// Bit `n` is set when slot `n` holds a word.
    private var occupied: UInt64 = 0

    /// The set of `words` (packed as `LayoutWord(_:)` packs them); at most 63.
    init(_ words: [String]) {
        precondition(words.count < slots.count, "a LayoutWordSet holds at most 63 words")
        for text in words {
            let word = LayoutWord(text).packed
            var slot = Self.slot(of: word)
            while occupied & (1 &<< UInt64(slot)) != 0 { slot = (slot + 1) & 63 }
            slots[slot] = word
            occupied |= 1 &<< UInt64(slot)
        }
    }

    /// The slot a word's search starts at: the top six bits of its bytes mixed by multiplication.
    @inline(__always)
    private static func slot(of word: PackedASCIIWord) -> Int {
        let golden: UInt64 = 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: ((word.low ^ (word.high &* golden)) &* golden) &>> 58)
    }

    /// Whether `word` is in the set, as `isIn` answers for the list: a word of more than 16 bytes is
    /// none, and words are compared by their first 16 bytes.
    func contains(_ word: LayoutWord) -> Bool {
        guard word.count <= PackedASCIIWord.capacity else { return false }
        var slot = Self.slot(of: word.packed)
        while occupied & (1 &<< UInt64(slot)) != 0 {
            if slots[slot] == word.packed { return true }
            slot = (slot + 1) & 63
        }
        return false
    }
}
