/// Identity labels on layout chunks: `Vocabulary.identityLabel`, asked only about texts whose first
/// word can start a label (most chunks of a layout file are values, list items and table cells).
enum LayoutLabel {
    /// The first words of the identity-label phrases `Vocabulary.identityLabel` knows: a text whose
    /// first word is none of these holds no label.
    static let firstWords = LayoutWordSet([
        "nomor", "no", "nomer", "tanggal", "tgl", "mulai", "disahkan", "pengesahan", "ditetapkan", "disyahkan",
        "mengesahkan", "nama", "nip", "judul", "sop", "unit", "satuan", "instansi", "perangkat", "dasar",
        "kualifikasi", "keterkaitan", "keterangan", "terkait", "peralatan", "perlengkapan", "sarana", "peringatan",
        "pencatatan", "pendataan",
    ])

    /// The first words of the strong identity-label phrases (those `Vocabulary.identityLabel` does not
    /// mark weak): a text whose first word is none of these holds no strong label, only a weak one
    /// ("SOP", "NIP", "Unit Kerja", "Keterangan") or none.
    static let strongFirstWordTexts = [
        "nomor", "no", "nomer", "tanggal", "tgl", "mulai", "disahkan", "pengesahan", "ditetapkan", "disyahkan",
        "nama", "judul", "dasar", "kualifikasi", "keterkaitan", "peralatan", "perlengkapan", "sarana", "peringatan",
        "pencatatan",
    ]

    /// `strongFirstWordTexts` packed into a set.
    static let strongFirstWords = LayoutWordSet(strongFirstWordTexts)

    /// The first letters of `strongFirstWordTexts`, bit `n` for the letter `n` places after "a".
    static let strongInitials: UInt32 = strongFirstWordTexts.reduce(0) { $0 | 1 << UInt32($1.utf8.first! - 0x61) }

    /// Whether the text whose UTF-8 bytes are `bytes` may start with a strong identity label, read so
    /// that `strong` builds the text of few chunks that hold none: false when its first byte is an
    /// ASCII letter or digit that starts none of `strongFirstWordTexts` in either case (the first word
    /// of the text's key starts with that byte, lower-cased: no strong phrase starts with a digit),
    /// else `mayStart(utf8:firstWords:)` with `strongFirstWords`. So the chunks of an identity block
    /// that are list items ("1. Undang-Undang …"), dates, names, the office's heading lines, or start
    /// with the first word of a weak label only (the SOP number's value "SOP-023/17000/2025", the
    /// related procedures "SOP Penerimaan …", the approver's NIP line) are turned down.
    static func mayStartStrong(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if let first = bytes.first, LayoutBytes.isASCIIAlphanumeric(first) {
            let letter = (first | 0x20) &- 0x61
            guard letter < 26, strongInitials & (1 << UInt32(letter)) != 0 else { return false }
        }
        return mayStart(utf8: bytes, firstWords: strongFirstWords)
    }

    /// The first words of the strong "Nomor SOP" label phrases (`IdentityLabel.number`): a text whose
    /// first word is none of these holds no strong number label.
    static let numberFirstWords = LayoutWordSet(["nomor", "no", "nomer"])

    /// Whether `text` may start with an identity label: false only when its first word is plain ASCII
    /// and none of `firstWords` (or it starts with no letter or digit).
    static func mayStart(_ text: String) -> Bool {
        mayStart(text, firstWords: firstWords)
    }

    /// Whether `text` may start with an identity label whose first word is one of `firstWords`: false
    /// only when its first word is plain ASCII and none of them (or it starts with no letter or digit).
    static func mayStart(_ text: String, firstWords: LayoutWordSet) -> Bool {
        var text = text
        return text.withUTF8 { mayStart(utf8: $0, firstWords: firstWords) }
    }

    /// `mayStart(_:firstWords:)` of the text whose UTF-8 bytes are `bytes`.
    static func mayStart(utf8 bytes: UnsafeBufferPointer<UInt8>, firstWords: LayoutWordSet) -> Bool {
        let (word, end) = LayoutWord.read(bytes, from: 0)
        // A letter outside ASCII may continue the word, or a combining mark change its last letter.
        if end < bytes.count, bytes[end] >= 0x80 { return true }
        guard word.count > 0 else {
            // The first character is not a letter, unless a combining mark follows its first byte.
            return bytes.count >= 2 && bytes[1] >= 0x80
        }
        return word.isIn(firstWords)
    }

    /// `Vocabulary.identityLabel(at:allowWeakWithoutColon:)` of `text`, skipping the texts that cannot
    /// start with a label.
    static func match(_ text: String, allowWeakWithoutColon: Bool = false) -> LabelMatch? {
        guard mayStart(text) else { return nil }
        return Vocabulary.identityLabel(at: text, allowWeakWithoutColon: allowWeakWithoutColon)
    }

    /// A strong (not weak) identity label at the start of a chunk; the chunk's text is built only when
    /// its bytes may start a strong label (`mayStartStrong`).
    static func strong(_ chunk: LayoutChunk) -> LabelMatch? {
        guard chunk.withUTF8(mayStartStrong(utf8:)) else { return nil }
        return strong(possibleLabel: chunk)
    }

    /// `strong(chunk)` of a chunk whose bytes `mayStartStrong` (or `mayStartNumber`) lets through,
    /// asked once by the caller.
    private static func strong(possibleLabel chunk: LayoutChunk) -> LabelMatch? {
        guard let match = Vocabulary.identityLabel(at: chunk.text, allowWeakWithoutColon: false), !match.isWeak
        else { return nil }
        return match
    }

    /// `strong(chunk)` when it is the "Nomor SOP" label, else nil; the chunks whose first word starts no
    /// strong number label (`mayStartNumber`) are not matched against every label. A chunk that
    /// `mayStartNumber` lets through is let through by `mayStartStrong` too (the number label's first
    /// words are among `strongFirstWords`), so that is not asked again.
    static func strongNumber(_ chunk: LayoutChunk) -> LabelMatch? {
        guard chunk.withUTF8(mayStartNumber(utf8:)), let match = strong(possibleLabel: chunk), match.label == .number
        else { return nil }
        return match
    }

    /// Whether the text whose UTF-8 bytes are `bytes` may start with the strong number label: as
    /// `mayStart(utf8: bytes, firstWords: numberFirstWords)`, except that a first byte that is an ASCII
    /// letter or digit other than "n" or "N" answers no at once, even where a byte outside ASCII after
    /// the first word would let `mayStart` through, and that a plain ASCII text of one word ("No",
    /// "Nomor :", the number column's header) answers no. No strong number label can start there:
    /// `Vocabulary.identityLabel` turns down a text starting with a digit, and the key of the first word
    /// of every "Nomor SOP" phrase starts with "n", where a word starting with this byte cannot; every
    /// strong "Nomor SOP" phrase has two words or more, where the key of such a text has one.
    static func mayStartNumber(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if let first = bytes.first, first | 0x20 != 0x6E, LayoutBytes.isASCIIAlphanumeric(first) { return false }
        guard mayStart(utf8: bytes, firstWords: numberFirstWords) else { return false }
        // Found again only for the few texts let through (a byte outside ASCII makes `mayHoldWord` true).
        return mayHoldWord(bytes, from: LayoutWord.wordEnd(bytes, from: 0))
    }

    /// Whether `bytes` from `start` on may hold a word: an ASCII letter or digit, or a byte outside
    /// ASCII (which may be a letter, or a space `Vocabulary.identityLabel` reads between words). False
    /// when every byte from `start` is ASCII punctuation, white space or a control byte.
    static func mayHoldWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= 0x80 || LayoutBytes.isASCIIAlphanumeric(byte) { return true }
            index += 1
        }
        return false
    }
}
