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

    /// The index of the first byte at or after `start` that is not a space (0x20), or `bytes.count`;
    /// runs of spaces are skipped eight bytes at a time.
    @inline(__always)
    static func endOfSpaces(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= bytes.count,
                raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) == 0x2020_2020_2020_2020
            {
                index += 8
            }
        }
        while index < bytes.count, bytes[index] == 0x20 { index += 1 }
        return index
    }

    /// The index of the first byte at or after `start` that is not printable ASCII other than the
    /// space (0x21 to 0x7E), or `bytes.count`; runs of such bytes are skipped eight bytes at a time.
    @inline(__always)
    static func endOfPrintableRun(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= bytes.count, isPrintableWithoutSpace(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                index += 8
            }
        }
        while index < bytes.count, bytes[index] &- 0x21 < 0x5E { index += 1 }
        return index
    }

    /// Whether each of the eight bytes of `word` is printable ASCII other than the space (0x21 to
    /// 0x7E). With every top bit clear, adding 0x5F to a byte sets its top bit exactly when it is 0x21
    /// or more, and adding 0x01 exactly when it is 0x7F; neither sum carries into the next byte.
    @inline(__always)
    static func isPrintableWithoutSpace(_ word: UInt64) -> Bool {
        let topBits: UInt64 = 0x8080_8080_8080_8080
        guard word & topBits == 0 else { return false }
        return (word &+ 0x5F5F_5F5F_5F5F_5F5F) & topBits == topBits && (word &+ 0x0101_0101_0101_0101) & topBits == 0
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

    /// Whether the UTF-8 of `text` holds `byte`, read from its contiguous bytes when it has them.
    static func contains(_ byte: UInt8, in text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? text.utf8.contains(byte)
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

    /// Whether `bytes` hold a tab, checked eight bytes at a time.
    static func containsTab(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= bytes.count {
                // A byte of `word` is zero where `bytes` hold a tab; the expression below is non-zero
                // exactly when some byte of `word` is zero.
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) ^ 0x0909_0909_0909_0909
                if (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0 { return true }
                index += 8
            }
        }
        while index < bytes.count {
            if bytes[index] == 0x09 { return true }
            index += 1
        }
        return false
    }
}

/// A word of up to 16 ASCII letters and digits, its letters lower-cased, packed into two integers: sets
/// of words are searched without building or hashing strings.
struct LayoutWord: Equatable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    /// How many bytes were appended (more than 16 makes a word that matches no packed word of a list).
    private(set) var count = 0

    /// An empty word, to append bytes to.
    init() {}

    /// The packed form of `word` (ASCII letters and digits, at most 16).
    init(_ word: String) {
        for byte in word.utf8 { append(byte) }
    }

    /// The packed form of a word of ASCII letters and digits given as bytes (past 16 bytes, a word
    /// that matches none).
    init(_ word: UnsafeBufferPointer<UInt8>) {
        for byte in word.prefix(17) { append(byte) }
    }

    /// Appends an ASCII letter or digit, lower-casing a letter.
    mutating func append(_ byte: UInt8) {
        let folded = UInt64(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        if count < 8 {
            low |= folded << (8 * UInt64(count))
        } else if count < 16 {
            high |= folded << (8 * UInt64(count - 8))
        }
        count += 1
    }

    /// Whether the word is one of `words`.
    func isIn(_ words: [LayoutWord]) -> Bool {
        guard count <= 16 else { return false }
        for word in words where word.low == low && word.high == high { return true }
        return false
    }
}
