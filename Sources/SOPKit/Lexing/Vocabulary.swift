/// The identity-block fields that a label names.
public enum IdentityLabel: Sendable, Hashable {
    case number, created, revised, effective, approved, approver, approverName, approverNIP, title, agency
    case legalBasis, qualifications, relatedProcedures, equipment, warnings, records

    /// Whether the field holds a list (Dasar Hukum, Kualifikasi Pelaksana, …).
    public var isList: Bool {
        switch self {
        case .legalBasis, .qualifications, .relatedProcedures, .equipment, .warnings, .records: true
        default: false
        }
    }

    /// The SOP field a list label fills (`records` for Pencatatan and for labels that are not lists).
    var listField: SOPField {
        switch self {
        case .legalBasis: .legalBasis
        case .qualifications: .qualifications
        case .relatedProcedures: .relatedProcedures
        case .equipment: .equipment
        case .warnings: .warnings
        default: .records
        }
    }
}

/// A label found at the start of a text, and the rest of the text after it (and its colon).
public struct LabelMatch: Sendable, Hashable {
    /// The field the label names.
    public var label: IdentityLabel
    /// The text after the label, with a leading ":" and white space removed.
    public var rest: Substring
    /// Whether a colon followed the label.
    public var hadColon: Bool
    /// Whether the label is a weak one ("Nomor", "Keterangan", "Instansi") that also starts ordinary text.
    public var isWeak: Bool
}

/// The words SOPKit recognises in SOP documents: identity labels, table header words, section titles.
public enum Vocabulary {
    private struct Pattern {
        /// The label's words in lower case, joined by single spaces ("nomor sop").
        let phrase: String
        /// How many words `phrase` holds.
        let wordCount: Int
        let label: IdentityLabel
        /// A weak label ("SOP", "Keterangan") counts only when followed by a colon or standing alone.
        let weak: Bool
    }

    private static let patterns: [Pattern] = {
        var patterns: [Pattern] = []
        func add(_ label: IdentityLabel, weak: Bool = false, _ phrases: String...) {
            for phrase in phrases {
                let wordCount = phrase.utf8.reduce(1) { $1 == UInt8(ascii: " ") ? $0 + 1 : $0 }
                patterns.append(Pattern(phrase: phrase, wordCount: wordCount, label: label, weak: weak))
            }
        }
        add(.number, "nomor sop", "no sop", "nomer sop", "nomor standar operasional prosedur")
        add(.number, weak: true, "nomor", "no")
        add(.created, "tanggal pembuatan", "tgl pembuatan", "tanggal dibuat", "tgl dibuat", "tanggal penyusunan",
            "tgl penyusunan", "tanggal pembuat", "tgl pembuat")
        add(.revised, "tanggal revisi", "tgl revisi", "tanggal perubahan", "tgl perubahan")
        add(.effective, "tanggal efektif", "tgl efektif", "tanggal berlaku", "tgl berlaku", "mulai berlaku",
            "tanggal mulai berlaku")
        add(.approved, "tanggal pengesahan", "tgl pengesahan", "tanggal disahkan", "tgl disahkan",
            "tanggal penetapan", "tgl penetapan")
        add(.approver, "disahkan oleh", "pengesahan oleh", "ditetapkan oleh", "disyahkan oleh")
        add(.approver, weak: true, "disahkan", "mengesahkan")
        add(.approverName, "nama pejabat", "nama pengesah")
        add(.approverName, weak: true, "nama")
        add(.approverNIP, weak: true, "nip")
        add(.title, "nama sop", "judul sop", "nama prosedur", "nama standar operasional prosedur", "nama s o p")
        add(.title, weak: true, "sop", "judul")
        add(.agency, weak: true, "unit kerja", "satuan kerja", "instansi", "nama instansi", "perangkat daerah")
        add(.legalBasis, "dasar hukum")
        add(.qualifications, "kualifikasi pelaksana", "kualifikasi pelaksanaan", "kualifikasi petugas")
        add(.qualifications, weak: true, "kualifikasi")
        add(.relatedProcedures, "keterkaitan", "keterkaitan dengan sop lain", "keterkaitan sop")
        add(.relatedProcedures, weak: true, "keterangan", "terkait")
        add(.equipment, "peralatan perlengkapan", "peralatan perangkatkapan", "peralatan dan perlengkapan",
            "peralatan perangkat", "perlengkapan peralatan", "sarana dan prasarana")
        add(.equipment, weak: true, "peralatan", "perlengkapan")
        add(.warnings, "peringatan")
        add(.records, "pencatatan dan pendataan", "pencatatan pendataan", "pencatatan dan pendokumentasian")
        add(.records, weak: true, "pencatatan", "pendataan")
        return patterns.sorted { $0.wordCount > $1.wordCount }
    }()

    /// Every identity-label phrase, its words in lower case joined by single spaces ("nomor sop", "nip").
    static let identityLabelPhrases: [String] = patterns.map(\.phrase)

    /// Recognises an identity label at the start of `text` ("Nomor SOP : 503", "Dasar Hukum :", "Tgl. Revisi").
    ///
    /// A weak label counts only when a colon follows it, when it is all of `text`, or when
    /// `allowWeakWithoutColon` is set (the value is in the next cell).
    ///
    /// Read on the text's bytes (`identityLabel(utf8:allowWeakWithoutColon:)`), the value cut from the
    /// text at the offset they give; only a text they leave undecided is read on its characters.
    public static func identityLabel(at text: some StringProtocol, allowWeakWithoutColon: Bool = false) -> LabelMatch? {
        let slice = Substring(text)
        if let answer = identityLabel(bytesOf: slice, allowWeakWithoutColon: allowWeakWithoutColon) {
            guard let found = answer else { return nil }
            let utf8 = slice.utf8
            let rest = slice[utf8.index(utf8.startIndex, offsetBy: found.restStart)...]
            return LabelMatch(label: found.label, rest: rest, hadColon: found.hadColon, isWeak: found.isWeak)
        }
        guard let first = slice.first, first.isLetter else { return nil }
        return identityLabelComparingCharacters(at: slice, allowWeakWithoutColon: allowWeakWithoutColon)
    }

    /// `identityLabel(utf8:allowWeakWithoutColon:)` of the bytes of `slice`, read in place when they are
    /// stored contiguously.
    private static func identityLabel(bytesOf slice: Substring, allowWeakWithoutColon: Bool) -> ByteLabelMatch?? {
        if let answer = slice.utf8.withContiguousStorageIfAvailable({
            identityLabel(utf8: $0, allowWeakWithoutColon: allowWeakWithoutColon)
        }) {
            return answer
        }
        return Array(slice.utf8).withUnsafeBufferPointer { identityLabel(utf8: $0, allowWeakWithoutColon: allowWeakWithoutColon) }
    }

    /// An identity label found at the start of a text's UTF-8 bytes: a `LabelMatch` whose value is
    /// given by the byte offset where it starts (it runs to the end of the bytes), so that no substring
    /// is cut for a reader that wants the offset alone.
    struct ByteLabelMatch: Sendable, Hashable {
        /// The field the label names.
        let label: IdentityLabel
        /// The byte offset where the text after the label (and its colon and spaces) starts.
        let restStart: Int
        /// Whether nothing follows the label (and its colon and spaces).
        let restIsEmpty: Bool
        /// Whether a colon followed the label.
        let hadColon: Bool
        /// Whether the label is a weak one.
        let isWeak: Bool

        /// The match given.
        init(label: IdentityLabel, restStart: Int, restIsEmpty: Bool, hadColon: Bool, isWeak: Bool) {
            self.label = label
            self.restStart = restStart
            self.restIsEmpty = restIsEmpty
            self.hadColon = hadColon
            self.isWeak = isWeak
        }

        /// `match`, its value given by where it starts in the text it was cut from.
        init(_ match: LabelMatch) {
            let text = match.rest.base
            self.init(
                label: match.label, restStart: text.utf8.distance(from: text.startIndex, to: match.rest.startIndex),
                restIsEmpty: match.rest.isEmpty, hadColon: match.hadColon, isWeak: match.isWeak)
        }
    }

    /// `identityLabel(at:allowWeakWithoutColon:)` of `text` with its value given by offset: read on the
    /// string's bytes in place, without a substring cut from it or a `LabelMatch` made; a text the bytes
    /// leave undecided is read on its characters.
    static func identityLabelOffset(at text: String, allowWeakWithoutColon: Bool) -> ByteLabelMatch? {
        let answer = text.utf8.withContiguousStorageIfAvailable {
            identityLabel(utf8: $0, allowWeakWithoutColon: allowWeakWithoutColon)
        }
        // The bytes' answer when they decide (a label or none), else the characters'.
        if case .some(.some(let decided)) = answer { return decided }
        return identityLabel(at: text, allowWeakWithoutColon: allowWeakWithoutColon).map(ByteLabelMatch.init)
    }

    /// `identityLabel(at:allowWeakWithoutColon:)` of the text whose UTF-8 bytes are `bytes`, read on
    /// them alone: `.some(match)` or `.some(nil)` (no label), or nil when only the characters can tell
    /// (a byte outside ASCII first, in the leading words the label's group needs, or joined to a byte
    /// the label's tail skips). Only the phrases of the group of the first two bytes are compared
    /// (`phraseGroup`), so that a text starting otherwise is answered from two bytes and a table read.
    static func identityLabel(utf8 bytes: UnsafeBufferPointer<UInt8>, allowWeakWithoutColon: Bool) -> ByteLabelMatch?? {
        guard let firstByte = bytes.first else { return .some(nil) }
        if firstByte >= 0x80 { return nil }
        guard (firstByte | 0x20) &- 0x61 < 26 else { return .some(nil) }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: leadingKeyCapacity) { key -> ByteLabelMatch?? in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: 5) { ends -> ByteLabelMatch?? in
                asciiIdentityLabel(bytes, allowWeakWithoutColon: allowWeakWithoutColon, key: key, ends: ends)
            }
        }
    }

    /// `identityLabel` of a text that starts with a letter, read on its characters.
    static func identityLabelComparingCharacters(at slice: Substring, allowWeakWithoutColon: Bool) -> LabelMatch? {
        let words = leadingWords(slice, limit: 5)
        guard !words.isEmpty else { return nil }
        // The leading words' keys joined by single spaces, the first one, the first two, …: a pattern of
        // n words matches when its phrase equals the n-th of these (keys hold no spaces).
        var joinedKeys: [String] = []
        for word in words {
            joinedKeys.append(joinedKeys.isEmpty ? word.key : joinedKeys[joinedKeys.count - 1] + " " + word.key)
        }
        for pattern in patterns where pattern.wordCount <= words.count && pattern.phrase == joinedKeys[pattern.wordCount - 1] {
            let end = words[pattern.wordCount - 1].end
            if let match = labelMatch(pattern.label, weak: pattern.weak, in: slice, endingAt: end, allowWeakWithoutColon) {
                return match
            }
        }
        return nil
    }

    /// A pattern as bytes: its words joined by single spaces, at `start..<start + length` of the
    /// table's bytes, with what a match of it gives.
    private struct PatternPhrase {
        let start: Int
        let length: Int
        /// The phrase's first eight bytes (all of them when it is shorter) as a little-endian word,
        /// zero past its end.
        let head: UInt64
        /// Ones over the bytes of `head` that the phrase holds.
        let headMask: UInt64
        let wordCount: Int
        let label: IdentityLabel
        let weak: Bool
    }

    /// The phrases of `patterns` as bytes, grouped by their first two bytes (`phraseGroup`): all that
    /// `asciiIdentityLabel` reads, in one value, so that a call checks one lazy initialisation rather
    /// than one per table.
    private struct PhraseTable {
        /// The phrases of `patterns`, one after another.
        let bytes: [UInt8]
        /// The phrases grouped by the `phraseGroup` of their first two bytes, each group in the order
        /// of `patterns`.
        let phrases: [PatternPhrase]
        /// Each group: its range of `phrases`, and the most words a phrase of it holds (how many leading
        /// words of a text in the group a lookup needs to read; 0 for a group without phrases).
        let groups: [(phrases: Range<Int>, longestWordCount: Int)]

        init(_ patterns: [Pattern]) {
            var bytes: [UInt8] = []
            var grouped: [(group: Int, phrase: PatternPhrase)] = []
            grouped.reserveCapacity(patterns.count)
            for pattern in patterns {
                let phrase = Array(pattern.phrase.utf8)
                guard let first = phrase.first else { continue }
                var head: UInt64 = 0
                for (offset, byte) in phrase.prefix(8).enumerated() { head |= UInt64(byte) << (8 * offset) }
                let headMask: UInt64 = phrase.count >= 8 ? .max : (1 << (8 * phrase.count)) - 1
                let group = Vocabulary.phraseGroup(first: first, second: phrase.count > 1 ? phrase[1] : 0x20)
                grouped.append((group, PatternPhrase(
                    start: bytes.count, length: phrase.count, head: head, headMask: headMask,
                    wordCount: pattern.wordCount, label: pattern.label, weak: pattern.weak)))
                bytes += phrase
            }
            self.bytes = bytes
            // Sorted by group, and within a group by position in `patterns`; each group's range is then
            // found in one pass (the groups no phrase falls in keep an empty range).
            let sorted = grouped.indices.sorted { (grouped[$0].group, $0) < (grouped[$1].group, $1) }
            phrases = sorted.map { grouped[$0].phrase }
            var groups = Array(repeating: (phrases: 0..<0, longestWordCount: 0), count: Vocabulary.phraseGroupCount)
            var groupStart = 0
            while groupStart < sorted.count {
                let group = grouped[sorted[groupStart]].group
                var groupEnd = groupStart + 1
                while groupEnd < sorted.count, grouped[sorted[groupEnd]].group == group { groupEnd += 1 }
                let longestWordCount = phrases[groupStart..<groupEnd].map(\.wordCount).max() ?? 0
                groups[group] = (groupStart..<groupEnd, longestWordCount)
                groupStart = groupEnd
            }
            self.groups = groups
        }
    }

    /// How many groups `phraseGroup(first:second:)` tells apart.
    static let phraseGroupCount = 1024

    /// The group of a text whose first byte is `first` and whose second is `second` (a space when the
    /// text is one byte long), 0 to `phraseGroupCount - 1`: the low five bits of each byte. Texts whose
    /// first two bytes agree are in one group; a group may also hold texts that start differently (a
    /// digit and a letter), which the comparison of their bytes then tells apart.
    static func phraseGroup(first: UInt8, second: UInt8) -> Int {
        Int(first & 0x1F) &<< 5 | Int(second & 0x1F)
    }

    /// `patterns` as a `PhraseTable`.
    private static let phraseTable = PhraseTable(patterns)

    /// How many bytes of folded leading words `asciiIdentityLabel` keeps: more than the longest phrase.
    private static let leadingKeyCapacity = 48

    /// `identityLabel(utf8:allowWeakWithoutColon:)` of `bytes`, whose first byte is an ASCII letter, the
    /// leading words folded into `key` (more bytes than the longest phrase) and their ends kept in `ends`
    /// (five, the most words a phrase holds).
    private static func asciiIdentityLabel(
        _ bytes: UnsafeBufferPointer<UInt8>, allowWeakWithoutColon: Bool, key: UnsafeMutableBufferPointer<UInt8>,
        ends: UnsafeMutableBufferPointer<Int>
    ) -> ByteLabelMatch?? {
        let table = phraseTable
        // The key starts with the first byte, and its second byte is the text's second when that is
        // a letter or digit, else a space or none: the key's group is known before any word is read.
        // A second byte outside ASCII leaves the question to the characters, as the scan would.
        let second = bytes.count > 1 ? bytes[1] : 0x20
        if second >= 0x80 { return nil }
        let group = table.groups[
            phraseGroup(first: bytes[0], second: FoldedKey.isASCIIAlphanumeric(second) ? second : 0x20)]
        // Only the group's phrases can match: with none, no word is read; words past the longest of
        // them cannot change the answer, and are not read.
        guard group.longestWordCount > 0 else { return .some(nil) }
        let wordLimit = min(ends.count, group.longestWordCount)
        var count = 0
        var keyLength = 0
        var offset = 0
        scan: while offset < bytes.count, count < wordLimit {
            while offset < bytes.count {
                let byte = bytes[offset]
                if byte >= 0x80 { return nil }
                if FoldedKey.isASCIIAlphanumeric(byte) { break }
                if byte == UInt8(ascii: ":") { break scan }
                offset += 1
            }
            guard offset < bytes.count else { break }
            if count > 0, keyLength < key.count {
                key[keyLength] = 0x20
                keyLength += 1
            }
            appendAlphanumericBlocks(bytes, from: &offset, to: key, length: &keyLength)
            while offset < bytes.count {
                let byte = bytes[offset]
                if byte >= 0x80 { return nil }
                guard FoldedKey.isASCIIAlphanumeric(byte) else { break }
                if keyLength < key.count {
                    key[keyLength] = byte | 0x20
                    keyLength += 1
                }
                offset += 1
            }
            ends[count] = offset
            count += 1
        }
        guard count > 0 else { return .some(nil) }
        // The key's first eight bytes; those past `keyLength` are masked off by any phrase that
        // fits in the key.
        let keyHead = UInt64(littleEndian: UnsafeRawPointer(key.baseAddress!).loadUnaligned(as: UInt64.self))
        // The group's phrases are read from a buffer, without a bounds check each.
        return table.bytes.withUnsafeBufferPointer { phraseBytes -> ByteLabelMatch?? in
            table.phrases.withUnsafeBufferPointer { phrases -> ByteLabelMatch?? in
                for phrase in UnsafeBufferPointer(rebasing: phrases[group.phrases]) {
                    guard phrase.length <= keyLength, keyHead & phrase.headMask == phrase.head,
                        phrase.length == keyLength || key[phrase.length] == 0x20,
                        phrase.length <= 8
                            || hasSameBytes(
                                UnsafeBufferPointer(
                                    rebasing: phraseBytes[(phrase.start + 8)..<(phrase.start + phrase.length)]),
                                UnsafeBufferPointer(rebasing: key[8..<phrase.length]))
                    else { continue }
                    // A tail only the characters can read leaves the whole text to them.
                    guard let tail = LabelTail(bytes, from: ends[phrase.wordCount - 1]) else { return nil }
                    let restIsEmpty = tail.restStart == bytes.count
                    if isTurnedDown(weak: phrase.weak, hadColon: tail.hadColon, restIsEmpty: restIsEmpty, label: phrase.label,
                        allowWeakWithoutColon)
                    {
                        continue
                    }
                    return ByteLabelMatch(
                        label: phrase.label, restStart: tail.restStart, restIsEmpty: restIsEmpty, hadColon: tail.hadColon,
                        isWeak: phrase.weak)
                }
                return .some(nil)
            }
        }
    }

    /// Appends the ASCII letters and digits of `bytes` from `offset` to `key` after its first
    /// `keyLength` bytes, each with its lower-case bit set (`byte | 0x20`), eight bytes at a time while
    /// eight are left in `bytes` and eight fit in `key`; moves `offset` and `keyLength` past them. Stops
    /// at the first byte that is not an ASCII letter or digit (a byte outside ASCII included), or where
    /// fewer than eight bytes are left, for the caller's byte-by-byte loop to go on from there.
    @inline(__always)
    static func appendAlphanumericBlocks(
        _ bytes: UnsafeBufferPointer<UInt8>, from offset: inout Int, to key: UnsafeMutableBufferPointer<UInt8>,
        length keyLength: inout Int
    ) {
        guard let source = bytes.baseAddress, let target = key.baseAddress else { return }
        while offset + 8 <= bytes.count, keyLength + 8 <= key.count {
            let block = UInt64(littleEndian: UnsafeRawPointer(source + offset).loadUnaligned(as: UInt64.self))
            let alphanumeric = LayoutWord.alphanumericBytes(block)
            // The run of letters and digits that starts the block; the bytes stored past it lie beyond
            // `keyLength` and are overwritten or never read.
            let run = (~alphanumeric & 0x8080_8080_8080_8080).trailingZeroBitCount &>> 3
            UnsafeMutableRawPointer(target + keyLength).storeBytes(of: (block | alphanumeric &>> 2).littleEndian, as: UInt64.self)
            offset += run
            keyLength += run
            if run < 8 { return }
        }
    }

    /// Whether `first` and `second` hold the same bytes (`first.elementsEqual(second)`), compared
    /// length first and then byte by byte, without the iterators of the generic comparison.
    static func hasSameBytes(_ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>) -> Bool {
        guard first.count == second.count else { return false }
        for offset in 0..<first.count where first[offset] != second[offset] { return false }
        return true
    }

    /// The match of a pattern naming `label` (a weak one when `weak`), whose words end at `end` in
    /// `slice`, when the text after it allows it.
    static func labelMatch(
        _ label: IdentityLabel, weak: Bool, in slice: Substring, endingAt end: Substring.Index,
        _ allowWeakWithoutColon: Bool
    ) -> LabelMatch? {
        var rest = slice[end...]
        rest = rest.drop { $0 == " " || $0 == "." }
        let hadColon = rest.first == ":"
        if hadColon { rest = rest.dropFirst() }
        rest = rest.drop { $0 == " " }
        return labelMatch(label, weak: weak, rest: rest, hadColon: hadColon, allowWeakWithoutColon)
    }

    /// What follows a label's words, read from the bytes as `labelMatch(_:weak:in:endingAt:_:)` reads
    /// it on characters: the spaces and dots after the words, a colon, and the spaces after it.
    struct LabelTail {
        /// The byte offset where the label's value (the rest of the text) starts.
        let restStart: Int
        /// Whether a colon followed the label.
        let hadColon: Bool

        /// The tail of a label whose words end at byte `wordsEnd` of `bytes` (an ASCII byte or the end);
        /// nil when a byte it would skip is followed by a byte outside ASCII, which may join it into a
        /// larger character (a combining mark after the space), so that only the characters can tell.
        init?(_ bytes: UnsafeBufferPointer<UInt8>, from wordsEnd: Int) {
            var offset = wordsEnd
            // A skipped byte is a character of its own when the byte after it is ASCII or the end.
            func skip() -> Bool {
                offset += 1
                return offset == bytes.count || bytes[offset] < 0x80
            }
            while offset < bytes.count, bytes[offset] == 0x20 || bytes[offset] == 0x2E {
                guard skip() else { return nil }
            }
            let hadColon = offset < bytes.count && bytes[offset] == 0x3A
            if hadColon, !skip() { return nil }
            while offset < bytes.count, bytes[offset] == 0x20 {
                guard skip() else { return nil }
            }
            restStart = offset
            self.hadColon = hadColon
        }
    }

    /// The match of a pattern naming `label` (a weak one when `weak`) whose value is `rest`, when a
    /// weak label may stand without a colon there.
    private static func labelMatch(
        _ label: IdentityLabel, weak: Bool, rest: Substring, hadColon: Bool, _ allowWeakWithoutColon: Bool
    ) -> LabelMatch? {
        if isTurnedDown(weak: weak, hadColon: hadColon, restIsEmpty: rest.isEmpty, label: label, allowWeakWithoutColon) {
            return nil
        }
        return LabelMatch(label: label, rest: rest, hadColon: hadColon, isWeak: weak)
    }

    /// Whether a pattern naming `label` (a weak one when `weak`) is turned down where it stands: a weak
    /// label without a colon before a value, or standing bare as a title, unless weak labels without a
    /// colon are allowed.
    @inline(__always)
    private static func isTurnedDown(
        weak: Bool, hadColon: Bool, restIsEmpty: Bool, label: IdentityLabel, _ allowWeakWithoutColon: Bool
    ) -> Bool {
        guard weak, !hadColon, !allowWeakWithoutColon else { return false }
        return !restIsEmpty || label == .title
    }

    private struct Word {
        let key: String
        let end: Substring.Index
    }

    /// The first `limit` words of `text`, folded, with where each ends. Words are letters and digits;
    /// "/", "." and "-" separate words.
    private static func leadingWords(_ text: Substring, limit: Int) -> [Word] {
        var words: [Word] = []
        var index = text.startIndex
        while index < text.endIndex, words.count < limit {
            while index < text.endIndex, !(text[index].isLetter || text[index].isNumber) {
                if text[index] == ":" { return words }
                index = text.index(after: index)
            }
            guard index < text.endIndex else { break }
            let start = index
            while index < text.endIndex, text[index].isLetter || text[index].isNumber {
                index = text.index(after: index)
            }
            words.append(Word(key: text[start..<index].lowercased(), end: index))
        }
        return words
    }

    /// Header words of the procedure table, by the column they name.
    public enum HeaderWord: Sendable, Hashable {
        case number, activity, performersGroup, qualityGroup, requirements, duration, output, notes
    }

    /// Recognises a table header word in a cell ("No.", "Kegiatan", "Mutu Baku", "Out Put", …).
    ///
    /// The key is folded once: a key whose first three bytes start no header word or prefix
    /// (`hasHeaderInitials`) names no column, and the fold stops there.
    public static func headerWord(_ text: some StringProtocol) -> HeaderWord? {
        guard let found = FoldedKey.withPrefix(
            of: text, capacity: headerKeyCapacity, gateLength: 3, gate: hasHeaderInitials, headerWord(foldedKey:isWhole:))
        else { return nil }
        return found ?? headerWord(key: TextFolding.key(text))
    }

    /// `headerWord` of a text whose whole folded key (`TextFolding.key`) is the ASCII bytes `key`, as
    /// `FoldedKey.foldASCII` writes them for a plain ASCII text: decided on the bytes, without a
    /// comparison of characters.
    static func headerWord(asciiKey key: UnsafeBufferPointer<UInt8>) -> HeaderWord? {
        guard key.count < 3 || hasHeaderInitials(key) else { return nil }
        return headerWord(foldedKey: key, isWhole: true) ?? nil
    }

    /// `headerWord` of a text whose folded key's first bytes (`FoldedKey.withPrefix`, at most
    /// `headerKeyCapacity`) are `key`, `isWhole` when they are the whole key; nil when a header prefix
    /// is followed by a byte outside ASCII, which is left to the comparison of characters.
    private static func headerWord(foldedKey key: UnsafeBufferPointer<UInt8>, isWhole: Bool) -> HeaderWord?? {
        if isWhole, let first = key.first, key.count < headerWordsByLength.count {
            for entry in headerWordsByLength[key.count] where entry.key[0] == first {
                if entry.key.withUnsafeBufferPointer({ hasSameBytes($0, key) }) { return entry.word }
            }
        }
        for (prefix, word) in headerPrefixes where FoldedKey.hasPrefix(key, prefix) {
            // A prefix followed by a non-ASCII scalar (a combining mark would join its space) is
            // left to the comparison of characters.
            return key[prefix.utf8CodeUnitCount] >= 0x80 ? nil : word
        }
        return .some(nil)
    }

    /// Whether `text` may name the activity column (`headerWord(text) == .activity`): false when the
    /// first word of its folded key (`FoldedKey.withPrefix`) is no first word of an activity header
    /// word, or the key is empty. Reads the bytes of that first word alone, without folding the key.
    static func mayBeActivityHeaderWord(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var offset = 0
            while offset < bytes.count, !FoldedKey.isASCIIAlphanumeric(bytes[offset]) {
                let byte = bytes[offset]
                if byte == 0xC2, offset + 1 < bytes.count, bytes[offset + 1] == 0xA0 {
                    offset += 2
                    continue
                }
                // A byte outside ASCII starts the key as it is, and no header word starts so.
                if byte >= 0x80 { return false }
                offset += 1
            }
            guard offset < bytes.count else { return false }
            let start = offset
            while offset < bytes.count, FoldedKey.isASCIIAlphanumeric(bytes[offset]) { offset += 1 }
            // A word run on into a byte outside ASCII (but a no-break space) is left to `headerWord`.
            if offset < bytes.count, bytes[offset] >= 0x80,
                !(bytes[offset] == 0xC2 && offset + 1 < bytes.count && bytes[offset + 1] == 0xA0)
            {
                return true
            }
            return isActivityFirstWord(UnsafeBufferPointer(rebasing: bytes[start..<offset]))
        } ?? true
    }

    /// Whether the ASCII letters and digits `word`, folded to lower case, are the first word of an
    /// activity header word ("kegiatan", "aktivitas", "aktifitas", "uraian", "prosedur", "langkah",
    /// "deskripsi"): compared with literals, so that no lazily made table is read. A test checks the
    /// words against `headerWords`.
    static func isActivityFirstWord(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        switch word.count {
        case 6: hasFoldedBytes(word, "uraian")
        case 7: hasFoldedBytes(word, "langkah")
        case 8: hasFoldedBytes(word, "kegiatan") || hasFoldedBytes(word, "prosedur")
        case 9: hasFoldedBytes(word, "aktivitas") || hasFoldedBytes(word, "aktifitas") || hasFoldedBytes(word, "deskripsi")
        default: false
        }
    }

    /// Whether the ASCII letters and digits `word`, each with its lower-case bit set, are the bytes of
    /// `lowerCase` (lower-case ASCII letters, as long as `word`).
    @inline(__always)
    private static func hasFoldedBytes(_ word: UnsafeBufferPointer<UInt8>, _ lowerCase: StaticString) -> Bool {
        let expected = lowerCase.utf8Start
        for offset in 0..<word.count where word[offset] | 0x20 != expected[offset] { return false }
        return true
    }

    /// `headerWord` of a text given by its whole `TextFolding.key`, compared by characters.
    private static func headerWord(key: String) -> HeaderWord? {
        if let entry = headerWords.first(where: { $0.key == key }) { return entry.word }
        return headerPrefixes.first { key.hasPrefix($0.prefix.description) }?.word
    }

    /// Prefixes of keys that name a column whatever follows them ("Waktu (hari kerja)").
    private static let headerPrefixes: [(prefix: StaticString, word: HeaderWord)] = [
        ("waktu ", .duration), ("kelengkapan ", .requirements), ("persyaratan ", .requirements),
        ("output ", .output), ("keterangan ", .notes), ("mutu baku ", .qualityGroup),
    ]

    /// The first three bytes of every header word and prefix of three bytes or more, as `initials`
    /// gives them, ascending and without repeats: a key that starts otherwise names no column.
    static let headerInitials: [UInt32] = {
        let keys = headerWords.map(\.key) + headerPrefixes.map { $0.prefix.description }
        return Set(keys.compactMap { key in
            let bytes = Array(key.utf8)
            return bytes.count < 3 ? nil : bytes.withUnsafeBufferPointer(initials)
        }).sorted()
    }()

    /// The first three bytes of `key` as one number.
    static func initials(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 {
        UInt32(key[0]) << 16 | UInt32(key[1]) << 8 | UInt32(key[2])
    }

    /// Whether the first three bytes of `key` (at least three) are among `headerInitials`, looked up in
    /// `headerInitialTable` instead of searched for.
    static func hasHeaderInitials(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = initialCode(key[0]), let second = initialCode(key[1]), let third = initialCode(key[2]) else {
            return false
        }
        return headerInitialTable[first * 27 + second] & 1 << third != 0
    }

    /// The number of a byte that `headerInitials` hold: 0 to 25 for "a" to "z", 26 for a space; nil for
    /// any other byte, which no header initials hold.
    @inline(__always)
    private static func initialCode(_ byte: UInt8) -> Int? {
        if byte >= 0x61, byte <= 0x7A { return Int(byte - 0x61) }
        return byte == 0x20 ? 26 : nil
    }

    /// `headerInitials` as bits: the entry of the first two bytes' codes (`initialCode`, the first times
    /// 27 plus the second) has the bit of each third byte's code set.
    private static let headerInitialTable: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 27 * 27)
        for initials in headerInitials {
            let codes = [initials >> 16, initials >> 8 & 0xFF, initials & 0xFF].map { initialCode(UInt8($0)) }
            guard let first = codes[0], let second = codes[1], let third = codes[2] else {
                preconditionFailure("header initials hold only lower-case ASCII letters and spaces")
            }
            table[first * 27 + second] |= 1 << third
        }
        return table
    }()

    /// How many bytes of a cell's key `headerWord` reads: more than the longest header word.
    private static let headerKeyCapacity = 32

    /// The folded header words and what they name.
    static let headerWords: [(key: String, word: HeaderWord)] = [
        ("no", .number), ("nomor", .number), ("no urut", .number), ("nomor urut", .number), ("no langkah", .number),
        ("kegiatan", .activity), ("aktivitas", .activity), ("aktifitas", .activity), ("uraian kegiatan", .activity),
        ("uraian", .activity), ("uraian prosedur", .activity), ("prosedur", .activity),
        ("langkah kegiatan", .activity), ("uraian aktivitas", .activity), ("kegiatan aktivitas", .activity),
        ("uraian tugas", .activity), ("deskripsi kegiatan", .activity),
        ("pelaksana", .performersGroup), ("pelaksana kegiatan", .performersGroup),
        ("mutu baku", .qualityGroup), ("mutu", .qualityGroup), ("baku mutu", .qualityGroup),
        ("kelengkapan", .requirements), ("persyaratan", .requirements), ("kelengkapan persyaratan", .requirements),
        ("persyaratan kelengkapan", .requirements), ("syarat", .requirements),
        ("persyaratan perlengkapan", .requirements), ("perlengkapan", .requirements),
        ("waktu", .duration), ("waktu menit", .duration), ("waktu jam", .duration), ("durasi", .duration),
        ("lama waktu", .duration), ("jangka waktu", .duration),
        ("output", .output), ("out put", .output), ("hasil", .output), ("keluaran", .output),
        ("output hasil", .output),
        ("keterangan", .notes), ("ket", .notes), ("catatan", .notes),
    ]

    /// `headerWords` by the length of their key, each key as its bytes.
    private static let headerWordsByLength: [[(key: [UInt8], word: HeaderWord)]] = {
        var table = Array(repeating: [(key: [UInt8], word: HeaderWord)](), count: headerKeyCapacity + 1)
        for (key, word) in headerWords { table[key.utf8.count].append((Array(key.utf8), word)) }
        return table
    }()

    /// Titles of narrative sections (Latar Belakang, Maksud dan Tujuan, …), folded.
    static let sectionTitleStarts: [String] = [
        "latar belakang", "maksud dan tujuan", "maksud", "tujuan", "ruang lingkup", "prosedur", "persyaratan",
        "sarana dan prasarana", "sarana prasarana", "biaya", "tempat", "jadwal", "penanganan", "definisi",
        "pengertian", "kebijakan", "waktu penyelesaian", "produk layanan", "mekanisme pengaduan",
        "uraian prosedur", "dasar pelaksanaan",
    ]

    /// Whether `text` is the title of a narrative section: it starts with a known title and is short.
    public static func isSectionTitle(_ text: some StringProtocol) -> Bool {
        isSectionTitle(key: TextFolding.key(text))
    }

    /// `isSectionTitle` of a text given by its `TextFolding.key` (`isSectionTitle(keyBytes:)`).
    static func isSectionTitle(key: String) -> Bool {
        var key = key
        return key.withUTF8(isSectionTitle(keyBytes:))
    }

    /// `isSectionTitle` of a text given by the UTF-8 bytes of its `TextFolding.key`: at most 80 bytes
    /// and eight spaces, starting with a known title followed by a space or nothing. The first byte is
    /// looked up in `sectionTitleInitials`, and the spaces are counted only once a title starts the key.
    static func isSectionTitle(keyBytes bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, bytes.count <= 80, first >= 0x61, first <= 0x7A,
            sectionTitleInitials & 1 << (first - 0x61) != 0
        else { return false }
        let startsWithTitle = sectionTitleStartBytes.contains { start in
            start[0] == first && bytes.starts(with: start) && (bytes.count == start.count || bytes[start.count] == 0x20)
        }
        return startsWithTitle && LayoutBytes.count(of: 0x20, in: bytes) < 9
    }

    /// `sectionTitleStarts` as bytes.
    private static let sectionTitleStartBytes: [[UInt8]] = sectionTitleStarts.map { Array($0.utf8) }

    /// The first bytes of `sectionTitleStarts` (lower-case ASCII letters), as bits: bit 0 for "a".
    static let sectionTitleInitials: UInt32 = sectionTitleStarts.reduce(0) { initials, start in
        initials | 1 << (start.utf8.first! - 0x61)
    }

    /// Whether `text` is one of the section titles that never start a sentence of a table cell
    /// ("Latar Belakang", "Maksud dan Tujuan", "Ruang Lingkup"), so it ends a table even without a blank line.
    public static func isStrongSectionTitle(_ text: some StringProtocol) -> Bool {
        let key = TextFolding.key(text)
        return key == "latar belakang" || key == "maksud dan tujuan" || key == "ruang lingkup"
    }

    /// Whether `text` is a title line: "Standar Operasional Prosedur …", "SOP Penyusunan …", "## …".
    /// Read on the bytes of ASCII text (`asciiTitleLine`), without building its key.
    public static func isTitleLine(_ text: some StringProtocol) -> Bool {
        if case .some(.some(let answer)) = text.utf8.withContiguousStorageIfAvailable(asciiTitleLine) { return answer }
        return isTitleLineComparingCharacters(text)
    }

    /// How many bytes of a text's key `asciiTitleLine` folds: more than the longest title prefix.
    private static let titleKeyCapacity = 32

    /// `isTitleLine` of a text given by its UTF-8 bytes, when they are all ASCII (nil otherwise): the
    /// first `titleKeyCapacity` bytes of its key (`TextFolding.key`: runs of letters and digits,
    /// lower-cased, one space apart) are folded on the stack and its key words counted up to three.
    static func asciiTitleLine(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard let first = bytes.first else { return false }
        // "#" followed by a combining mark is no "#" character: only the characters can tell.
        guard FoldedKey.isASCII(bytes) else { return nil }
        if first == UInt8(ascii: "#") { return true }
        // The key starts with the first letter, lower-cased: every title prefix starts with "s" or "b".
        guard first | 0x20 == UInt8(ascii: "s") || first | 0x20 == UInt8(ascii: "b") else { return false }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: titleKeyCapacity) { key -> Bool in
            var length = 0
            var words = 0
            var inWord = false
            for byte in bytes {
                guard TextFolding.isASCIIAlphanumeric(byte) else {
                    inWord = false
                    continue
                }
                if !inWord {
                    inWord = true
                    words += 1
                    if words > 1, length < key.count {
                        key[length] = 0x20
                        length += 1
                    }
                }
                if length < key.count {
                    // A digit has the 0x20 bit set already; a letter gets its lower-case form.
                    key[length] = byte | 0x20
                    length += 1
                } else if words >= 3 {
                    break
                }
            }
            let folded = UnsafeBufferPointer(rebasing: key[..<length])
            return hasPrefix(folded, "standar operasional prosedur ")
                || hasPrefix(folded, "standard operasional prosedur ")
                || (hasPrefix(folded, "sop ") && words >= 3) || hasPrefix(folded, "bagan alur ")
        }
    }

    /// Whether `bytes` start with the bytes of `prefix`.
    private static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard bytes.count >= count else { return false }
        let start = prefix.utf8Start
        for offset in 0..<count where bytes[offset] != start[offset] { return false }
        return true
    }

    /// `isTitleLine` read on the characters and key of `text`: the definition `asciiTitleLine` follows.
    static func isTitleLineComparingCharacters(_ text: some StringProtocol) -> Bool {
        if text.hasPrefix("#") { return true }
        guard let first = text.first, first.isLetter else { return false }
        let key = TextFolding.key(text)
        return key.hasPrefix("standar operasional prosedur ") || key.hasPrefix("standard operasional prosedur ")
            || (key.hasPrefix("sop ") && FoldedKey.spaceSeparated(key[...]).count >= 3)
            || key.hasPrefix("bagan alur ")
    }
}
