/// The first words of the identity-label phrases that `Vocabulary.identityLabel` knows, as a table
/// on bytes: a text whose first word is none of them starts with no label, so that most lines of an
/// identity block are turned down on the bytes of their first word, without the label reading.
enum IdentityLabelWords {
    /// The first word of every phrase of `Vocabulary`'s identity labels, in lower case, each once.
    static let words = Array(Set(Vocabulary.identityLabelPhrases.map { String($0.prefix { $0 != " " }) }))

    private static let table = PackedASCIIWordSet(words)

    /// Whether `Vocabulary.identityLabel(at: text)` may find a label: false only when it certainly
    /// finds none.
    ///
    /// That reading takes no text whose first byte is ASCII and no letter. Its first word is the run of
    /// ASCII letters and digits the text starts with, folded to lower case, when the run ends at an
    /// ASCII byte or the end (read on characters too: an ASCII byte that is no letter or digit ends a
    /// word there, with or without a combining mark after it); a label needs that word to be one of
    /// `words`. A text that starts with a byte outside ASCII, or whose first run ends at one, may hold
    /// a label that only the characters tell.
    static func mayStartWithLabel(_ text: some StringProtocol) -> Bool {
        if let answer = text.utf8.withContiguousStorageIfAvailable(mayStartWithLabel) { return answer }
        return Array(text.utf8).withUnsafeBufferPointer(mayStartWithLabel)
    }

    /// `mayStartWithLabel` of a text's UTF-8 bytes.
    static func mayStartWithLabel(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first else { return false }
        if first >= 0x80 { return true }
        let initial = first | 0x20
        guard initial >= 0x61, initial <= 0x7A else { return false }
        var end = 0
        while end < bytes.count, TextFolding.isASCIIAlphanumeric(bytes[end]) { end += 1 }
        if end < bytes.count, bytes[end] >= 0x80 { return true }
        guard end <= PackedASCIIWord.capacity else { return false }
        return table.contains(PackedASCIIWord(bytes, from: 0, length: end).alphanumericsLowercased)
    }
}

/// The locations of an identity block's fields, one slot per `SOPField`, kept while the block's lines
/// are read and written into the block's dictionary once when it is finished: the checks made line by
/// line read a slot instead of hashing a key.
struct IdentityFieldLocations {
    /// One slot per case of `SOPField`.
    private static let slotCount = SOPField.allCases.count

    /// The location kept for each field, at its `SOPField.position`.
    private var slots = [SourceLocation?](repeating: nil, count: slotCount)

    /// The location kept for `field`, in its slot (`SOPField.position`).
    subscript(field: SOPField) -> SourceLocation? {
        get { slots[field.position] }
        set { slots[field.position] = newValue }
    }

    /// Writes every location kept into `locations`.
    func write(to locations: inout [SOPField: SourceLocation]) {
        for field in SOPField.allCases {
            if let location = slots[field.position] { locations[field] = location }
        }
    }
}

/// Trimming on bytes for the OCR identity block and narrative sections.
enum OCRTrim {
    /// `TextFolding.trim(text, punctuation:)` for ASCII punctuation given as a mask of its bytes (all
    /// below 0x40: bit `b` stands for byte `b`), on the bytes and without a `Set` of characters: the
    /// text without the ASCII white space and those bytes at either end, as a slice of `text`. The ends
    /// are found on the text's contiguous bytes when it has them, and a text with nothing to trim (as
    /// most are) is handed back as it is.
    static func trimmed(_ text: Substring, punctuation mask: UInt64 = 0) -> Substring {
        @inline(__always)
        func isTrimmed(_ byte: UInt8) -> Bool {
            TextFolding.isASCIIWhitespace(byte) || (byte < 0x40 && mask & (1 << UInt64(byte)) != 0)
        }
        let utf8 = text.utf8
        let kept = utf8.withContiguousStorageIfAvailable { bytes -> (start: Int, end: Int, count: Int) in
            var start = 0
            var end = bytes.count
            while start != end, isTrimmed(bytes[start]) { start += 1 }
            while end != start, isTrimmed(bytes[end - 1]) { end -= 1 }
            return (start, end, bytes.count)
        }
        if let kept {
            guard kept.start != 0 || kept.end != kept.count else { return text }
            let start = utf8.index(utf8.startIndex, offsetBy: kept.start)
            return text[start..<utf8.index(utf8.endIndex, offsetBy: kept.end - kept.count)]
        }
        var start = utf8.startIndex
        var end = utf8.endIndex
        while start != end, isTrimmed(utf8[start]) { start = utf8.index(after: start) }
        while end != start, isTrimmed(utf8[utf8.index(before: end)]) { end = utf8.index(before: end) }
        return text[start..<end]
    }

    /// The mask of ":" for `trimmed`.
    static let colon: UInt64 = 1 << 0x3A

    /// The mask of ",", "." and ":" for `trimmed`.
    static let agencyPunctuation: UInt64 = 1 << 0x2C | 1 << 0x2E | 1 << 0x3A
}
