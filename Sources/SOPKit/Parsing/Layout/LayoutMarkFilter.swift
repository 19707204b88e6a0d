/// A byte-level question asked of a layout chunk before `Mark.classify`, which folds the text of every
/// short chunk it is given: most chunks of a table page are words of the activity text, which the
/// bytes alone show to be no mark.
enum LayoutMarkFilter {
    /// Whether `Mark.classify(chunk.text)` may be a mark, read from the chunk's bytes: false only when it
    /// is surely nil.
    ///
    /// It is nil for an empty text or one of more than 16 bytes. A text of two to 16 ASCII bytes is a
    /// mark only when every byte is one of the arrow characters "-><|^ " or when its folded key (its
    /// letters and digits lower-cased, the runs of other bytes between them read as one space) is a
    /// branch label; every branch label is lower-case letters (at most 11) and one space, starting with
    /// "y", "t", "n", "o" or "s". A text with a byte outside ASCII, or of one byte, may be a mark.
    static func mayBeMark(_ chunk: LayoutChunk) -> Bool {
        let count = chunk.utf8Count
        guard count > 0, count <= 16 else { return false }
        guard count > 1 else { return true }
        return chunk.withUTF8(mayBeMark(asciiBytes:))
    }

    /// `Mark.classify(chunk.text)`: nil unless `mayBeMark(chunk)`, then read from the chunk's bytes when
    /// they are ASCII (`Mark.classifyASCII(utf8:)`); the text is built only for a chunk with other bytes.
    static func mark(of chunk: LayoutChunk) -> Mark? {
        guard mayBeMark(chunk) else { return nil }
        if let mark = chunk.withUTF8(Mark.classifyASCII(utf8:)) { return mark }
        return Mark.classifyComparingCharacters(chunk.text)
    }

    /// `mayBeMark` of the UTF-8 bytes of a text of two to 16 bytes, read as two words of eight bytes
    /// (`words(of:)`): a byte outside ASCII may be a mark, a digit rules a mark out (no digit is an
    /// arrow character), a text without letters is a mark only when it is all arrow characters, and
    /// one with letters only when it has at most 11 and the first is "y", "t", "n", "o" or "s".
    private static func mayBeMark(asciiBytes bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let (low, high) = words(of: bytes)
        guard (low | high) & 0x8080_8080_8080_8080 == 0 else { return true }
        guard OCRIdentityParser.digitBytes(low) | OCRIdentityParser.digitBytes(high) == 0 else { return false }
        let lowLetters = TextFolding.letterBytes(low | 0x2020_2020_2020_2020, from: 0x61)
        let highLetters = TextFolding.letterBytes(high | 0x2020_2020_2020_2020, from: 0x61)
        let letters = SourceText.topBitCount(lowLetters) &+ SourceText.topBitCount(highLetters)
        guard letters > 0 else { return bytes.allSatisfy(isArrowByte) }
        guard letters <= 11 else { return false }
        let (word, lanes) = lowLetters != 0 ? (low, lowLetters) : (high, highLetters)
        switch UInt8(truncatingIfNeeded: word &>> UInt64(lanes.trailingZeroBitCount & ~7)) | 0x20 {
        case UInt8(ascii: "y"), UInt8(ascii: "t"), UInt8(ascii: "n"), UInt8(ascii: "o"), UInt8(ascii: "s"): return true
        default: return false
        }
    }

    /// The bytes of a text of two to 16 bytes as two words, the first eight bytes and the others, the
    /// first of each lowest and 0 past the text's end, from loads that lie inside the text's bytes
    /// (`OCRRoleWordKeys.packedBytes`, `SourceText.lastBytes`).
    @inline(__always)
    static func words(of bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
        guard let base = bytes.baseAddress else { return (0, 0) }
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        guard count > 8 else { return (OCRRoleWordKeys.packedBytes(raw, count: count), 0) }
        return (
            UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self)), SourceText.lastBytes(raw, count: count, from: 8)
        )
    }

    /// Whether `byte` is one of the arrow characters "-><|^ ".
    private static func isArrowByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x2D, 0x3E, 0x3C, 0x7C, 0x20, 0x5E: return true
        default: return false
        }
    }
}
