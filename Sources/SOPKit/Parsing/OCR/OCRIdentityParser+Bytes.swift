/// The first words of the identity-label phrases that `Vocabulary.identityLabel` knows, as a table
/// on bytes: a text whose first word is none of them starts with no label, so that most lines of an
/// identity block are turned down on the bytes of their first word, without the label reading.
enum IdentityLabelWords {
    /// The first word of every phrase of `Vocabulary`'s identity labels, in lower case, each once. The
    /// phrases are ASCII words joined by single spaces, so a phrase's first word is its UTF-8 bytes up to
    /// the first space: cut there, without walking the phrase by characters (this table is built once,
    /// at the first OCR line read, and its cost is part of every run).
    static let words = Array(Set(Vocabulary.identityLabelPhrases.map { phrase in
        String(decoding: phrase.utf8.prefix { $0 != 0x20 }, as: UTF8.self)
    }))

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

    /// `mayStartWithLabel` of a text's UTF-8 bytes. A text whose first byte is an ASCII letter that
    /// starts no label word (`lengths(initial:)` is 0) is turned down at once, whatever follows: a
    /// key's first letter is that letter, a mark after it or not, so no label phrase starts the key.
    /// The first word's end is found eight bytes at a time (`LayoutWord.wordEnd`), and a first word
    /// whose length no label word of its first letter has is turned down before it is packed and
    /// looked up in `table`.
    static func mayStartWithLabel(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first else { return false }
        if first >= 0x80 { return true }
        let lengths = lengths(initial: first | 0x20)
        guard lengths != 0 else { return false }
        let end = LayoutWord.wordEnd(bytes, from: 1)
        if end < bytes.count, bytes[end] >= 0x80 { return true }
        guard end < 16, lengths &>> end & 1 != 0 else { return false }
        return table.contains(PackedASCIIWord(bytes, from: 0, length: end).alphanumericsLowercased)
    }

    /// The byte lengths of the words of `words` that start with the byte `initial`, as bits (bit `n`
    /// for `n` bytes; none past bit 15); 0 for a byte that starts none, as every byte but a lower-case
    /// letter. Written out as constants, so that a word is read against them without the lazy
    /// initialisation of a table (`OCRIdentityLabelWordsTests` compares them with the words).
    @inline(__always)
    static func lengths(initial: UInt8) -> UInt16 {
        switch initial {
        case 0x64: 1 << 5 | 1 << 8 | 1 << 9 | 1 << 10  // dasar, disahkan, disyahkan, ditetapkan
        case 0x69: 1 << 8  // instansi
        case 0x6A: 1 << 5  // judul
        case 0x6B: 1 << 10 | 1 << 11  // keterangan, keterkaitan, kualifikasi
        case 0x6D: 1 << 5 | 1 << 11  // mulai, mengesahkan
        case 0x6E: 1 << 2 | 1 << 3 | 1 << 4 | 1 << 5  // no, nip, nama, nomor, nomer
        case 0x70: 1 << 9 | 1 << 10 | 1 << 12  // pendataan, peralatan, perangkat, pencatatan, pengesahan, peringatan, perlengkapan
        case 0x73: 1 << 3 | 1 << 6  // sop, sarana, satuan
        case 0x74: 1 << 3 | 1 << 7  // tgl, tanggal, terkait
        case 0x75: 1 << 4  // unit
        default: 0
        }
    }
}

/// Trimming on bytes for the OCR identity block and narrative sections.
enum OCRTrim {
    /// `TextFolding.trim(text, punctuation:)` for ASCII punctuation given as a mask of its bytes (all
    /// below 0x40: bit `b` stands for byte `b`), on the bytes and without a `Set` of characters: the
    /// text without the ASCII white space and those bytes at either end, as a slice of `text`. The ends
    /// are found on the text's bytes through `Substring.withUTF8` (in place for a native string, as
    /// every OCR line's is, without the generic contiguous-storage call), and a text with nothing to
    /// trim (as most are) is handed back as it is.
    static func trimmed(_ text: Substring, punctuation mask: UInt64 = 0) -> Substring {
        @inline(__always)
        func isTrimmed(_ byte: UInt8) -> Bool {
            TextFolding.isASCIIWhitespace(byte) || (byte < 0x40 && mask & (1 << UInt64(byte)) != 0)
        }
        var text = text
        let kept = text.withUTF8 { bytes -> (start: Int, end: Int, count: Int) in
            var start = 0
            var end = bytes.count
            while start != end, isTrimmed(bytes[start]) { start += 1 }
            while end != start, isTrimmed(bytes[end - 1]) { end -= 1 }
            return (start, end, bytes.count)
        }
        guard kept.start != 0 || kept.end != kept.count else { return text }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: kept.start)
        return text[start..<utf8.index(utf8.endIndex, offsetBy: kept.end - kept.count)]
    }

    /// The mask of ":" for `trimmed`.
    static let colon: UInt64 = 1 << 0x3A

    /// The mask of "," for `trimmed`: the punctuation trimmed from an approver name written before
    /// its NIP.
    static let comma: UInt64 = 1 << 0x2C

    /// The mask of ",", "." and ":" for `trimmed`.
    static let agencyPunctuation: UInt64 = 1 << 0x2C | 1 << 0x2E | 1 << 0x3A
}
