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

    /// `mayBeMark` of the UTF-8 bytes of a text of two to 16 bytes.
    private static func mayBeMark(asciiBytes bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var allArrowish = true
        var hasDigit = false
        var letters = 0
        var firstLetter: UInt8 = 0
        for byte in bytes {
            guard byte < 0x80 else { return true }
            switch byte {
            case 0x2D, 0x3E, 0x3C, 0x7C, 0x20, 0x5E: continue
            default: allArrowish = false
            }
            if byte >= 0x30 && byte <= 0x39 {
                hasDigit = true
            } else if byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A {
                if letters == 0 { firstLetter = byte | 0x20 }
                letters += 1
            }
        }
        if allArrowish { return true }
        guard !hasDigit, letters > 0, letters <= 11 else { return false }
        switch firstLetter {
        case UInt8(ascii: "y"), UInt8(ascii: "t"), UInt8(ascii: "n"), UInt8(ascii: "o"), UInt8(ascii: "s"): return true
        default: return false
        }
    }
}
