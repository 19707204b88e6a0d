/// A word of at most 16 bytes packed into two integers, its first eight bytes and the next eight,
/// with its length: compared in two integer comparisons.
struct PackedWord: Equatable {
    /// The most bytes a packed word holds.
    static let capacity = 16

    private var head: UInt64 = 0
    private var tail: UInt64 = 0
    private(set) var length = 0

    /// The packed bytes of `word` (at most `capacity` of them).
    init(_ word: String) {
        for byte in word.utf8 { append(byte) }
    }

    /// The empty word.
    init() {}

    /// Adds `byte` as the word's next byte (the word must hold fewer than `capacity` bytes).
    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if length < 8 {
            head |= UInt64(byte) << (8 * UInt64(length))
        } else {
            tail |= UInt64(byte) << (8 * UInt64(length - 8))
        }
        length += 1
    }
}

/// A set of short lower-case ASCII words, looked up on packed bytes: the words are grouped by their
/// first letter, and a word is compared only with those of its group.
struct PackedWordSet {
    /// The words packed, grouped by their first letter; `initialRanges[letter]` is the group of a
    /// letter (0 for "a").
    private let packed: [PackedWord]
    private let initialRanges: [Range<Int>]

    /// The set of `words`: lower-case ASCII words of one to `PackedWord.capacity` bytes starting with a letter.
    init(_ words: [String]) {
        let sorted = words.sorted { ($0.utf8.first!, $0) < ($1.utf8.first!, $1) }
        packed = sorted.map(PackedWord.init)
        initialRanges = (UInt8(ascii: "a")...UInt8(ascii: "z")).map { letter in
            let start = sorted.firstIndex { $0.utf8.first! >= letter } ?? sorted.count
            let end = sorted.firstIndex { $0.utf8.first! > letter } ?? sorted.count
            return start..<end
        }
    }

    /// Whether `word`, whose first byte is the lower-case letter `initial`, is one of the words.
    @inline(__always)
    func contains(_ word: PackedWord, initial: UInt8) -> Bool {
        for index in initialRanges[Int(initial &- 0x61)] where packed[index] == word { return true }
        return false
    }
}

/// The first words of the identity-label phrases that `Vocabulary.identityLabel` knows, as a table
/// on bytes: a text whose first word is none of them starts with no label, so that most lines of an
/// identity block are turned down on the bytes of their first word, without the label reading.
enum IdentityLabelWords {
    /// The first word of every phrase of `Vocabulary`'s identity labels, in lower case, each once.
    static let words = Array(Set(Vocabulary.identityLabelPhrases.map { String($0.prefix { $0 != " " }) }))

    private static let table = PackedWordSet(words)

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
        var word = PackedWord()
        var end = 0
        while end < bytes.count, TextFolding.isASCIIAlphanumeric(bytes[end]) {
            if end < PackedWord.capacity { word.append(bytes[end] | 0x20) }
            end += 1
        }
        if end < bytes.count, bytes[end] >= 0x80 { return true }
        return end <= PackedWord.capacity && table.contains(word, initial: initial)
    }
}

/// The locations of an identity block's fields, one slot per `SOPField`, kept while the block's lines
/// are read and written into the block's dictionary once when it is finished: the checks made line by
/// line read a slot instead of hashing a key.
struct IdentityFieldLocations {
    /// One slot per case of `SOPField`.
    private static let slotCount = SOPField.allCases.count

    private var slots = [SourceLocation?](repeating: nil, count: slotCount)

    /// The slot of `field`.
    private static func slot(_ field: SOPField) -> Int {
        switch field {
        case .title: 0
        case .number: 1
        case .agency: 2
        case .created: 3
        case .revised: 4
        case .effective: 5
        case .approved: 6
        case .approver: 7
        case .nip: 8
        case .legalBasis: 9
        case .qualifications: 10
        case .relatedProcedures: 11
        case .equipment: 12
        case .warnings: 13
        case .records: 14
        case .tableHeader: 15
        }
    }

    subscript(field: SOPField) -> SourceLocation? {
        get { slots[Self.slot(field)] }
        set { slots[Self.slot(field)] = newValue }
    }

    /// Writes every location kept into `locations`.
    func write(to locations: inout [SOPField: SourceLocation]) {
        for field in SOPField.allCases {
            if let location = slots[Self.slot(field)] { locations[field] = location }
        }
    }
}

/// Trimming on bytes for the OCR identity block and narrative sections.
enum OCRTrim {
    /// `TextFolding.trim(text, punctuation:)` for ASCII punctuation given as a mask of its bytes (all
    /// below 0x40: bit `b` stands for byte `b`), on the bytes and without a `Set` of characters: the
    /// text without the ASCII white space and those bytes at either end, as a slice of `text`.
    static func trimmed(_ text: Substring, punctuation mask: UInt64 = 0) -> Substring {
        let utf8 = text.utf8
        @inline(__always)
        func isTrimmed(_ byte: UInt8) -> Bool {
            TextFolding.isASCIIWhitespace(byte) || (byte < 0x40 && mask & (1 << UInt64(byte)) != 0)
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
