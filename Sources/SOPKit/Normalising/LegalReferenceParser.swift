/// Reads an item of Dasar Hukum: kind, number, year and subject of a regulation.
///
/// "Peraturan Presiden Nomor 8 Tahun 2006 tentang …", "UU Nomor 9 Tahun 2015 …",
/// "Peraturan Bupati Landak Nomor: 36 Tahun 2015 Tentang …", "Permendagri Nomor 86 Tahun 2017 …".
public enum LegalReferenceParser {
    /// Kinds by the folded words they start with; the longest match wins.
    static let kinds: [(prefix: String, kind: String)] = [
        ("peraturan pemerintah pengganti undang undang", "Peraturan Pemerintah Pengganti Undang-Undang"),
        ("perppu", "Peraturan Pemerintah Pengganti Undang-Undang"),
        ("undang undang dasar", "Undang-Undang Dasar"),
        ("undang undang", "Undang-Undang"), ("uu", "Undang-Undang"), ("undang", "Undang-Undang"),
        ("peraturan pemerintah", "Peraturan Pemerintah"), ("pp", "Peraturan Pemerintah"),
        ("peraturan presiden", "Peraturan Presiden"), ("perpres", "Peraturan Presiden"),
        ("keputusan presiden", "Keputusan Presiden"), ("keppres", "Keputusan Presiden"),
        ("instruksi presiden", "Instruksi Presiden"), ("inpres", "Instruksi Presiden"),
        ("peraturan menteri", "Peraturan Menteri"), ("peraturan menpan", "Peraturan Menteri"),
        ("peraturan mendagri", "Peraturan Menteri"), ("peraturan men", "Peraturan Menteri"),
        ("permen", "Peraturan Menteri"), ("peraturan bersama menteri", "Peraturan Bersama Menteri"),
        ("keputusan menteri", "Keputusan Menteri"), ("kepmen", "Keputusan Menteri"),
        ("surat edaran menteri", "Surat Edaran Menteri"),
        ("peraturan daerah", "Peraturan Daerah"), ("perda", "Peraturan Daerah"),
        ("peraturan gubernur", "Peraturan Gubernur"), ("pergub", "Peraturan Gubernur"),
        ("peraturan bupati", "Peraturan Bupati"), ("perbup", "Peraturan Bupati"),
        ("peraturan walikota", "Peraturan Walikota"), ("peraturan wali kota", "Peraturan Walikota"),
        ("perwal", "Peraturan Walikota"), ("perwali", "Peraturan Walikota"),
        ("keputusan gubernur", "Keputusan Gubernur"), ("keputusan bupati", "Keputusan Bupati"),
        ("keputusan walikota", "Keputusan Walikota"), ("keputusan wali kota", "Keputusan Walikota"),
        ("keputusan kepala", "Keputusan Kepala"), ("peraturan kepala", "Peraturan Kepala"),
        ("peraturan badan", "Peraturan Badan"), ("peraturan lembaga", "Peraturan Lembaga"),
        ("peraturan lkpp", "Peraturan Lembaga"),
        ("keputusan", "Keputusan"), ("instruksi", "Instruksi"), ("surat edaran", "Surat Edaran"),
        ("peraturan", "Peraturan"),
    ]

    /// `kinds` from the longest prefix to the shortest. The prefixes are ASCII, so their byte counts
    /// are their character counts: every comparison, and so the order, is that of the characters.
    private static let sortedKinds = kinds.sorted { $0.prefix.utf8.count > $1.prefix.utf8.count }

    /// The punctuation trimmed from a regulation's number and from its subject.
    private static let numberPunctuation: Set<Character> = [":", ",", ";", "."]
    private static let subjectPunctuation: Set<Character> = [";", ",", "."]

    /// Reads `text`; parts that cannot be found are nil. A text whose bytes are ASCII (nearly every one)
    /// has its reference made once with all its parts, not made and then changed part by part, which
    /// had each reference copied and destroyed on its way out; one already collapsed (most are) is read
    /// on its bytes where they stand, without a separate check for collapsing and one for ASCII. Any
    /// other text is read by `parseCollapsingWhitespace`, kept out of line: this function, left small,
    /// is then inlined where it is called.
    public static func parse(_ text: String) -> LegalReference {
        var collapsedKind: String?
        var collapsedParts = ASCIIParts()
        guard readCollapsedASCII(text, regulationKind: &collapsedKind, parts: &collapsedParts) else {
            return parseCollapsingWhitespace(text)
        }
        return LegalReference(
            text: text, kind: collapsedKind, number: collapsedParts.number, year: collapsedParts.year,
            subject: collapsedParts.subject)
    }

    /// `parse(_:)` of a text that is not collapsed ASCII: its white space collapsed first, then read on
    /// its bytes when they are ASCII, else by characters.
    @inline(never)
    static func parseCollapsingWhitespace(_ text: String) -> LegalReference {
        let cleaned = TextFolding.collapseWhitespace(text)
        let kind = kind(of: cleaned)
        if let parts = readASCIIParts(of: cleaned) {
            return LegalReference(text: cleaned, kind: kind, number: parts.number, year: parts.year, subject: parts.subject)
        }
        var reference = LegalReference(text: cleaned, kind: kind)
        readPartsComparingCharacters(of: cleaned, into: &reference)
        return reference
    }

    /// Reads the number, year and subject of the collapsed text `cleaned` into `reference`, word by word.
    static func readPartsComparingCharacters(of cleaned: String, into reference: inout LegalReference) {
        let words = FoldedKey.spaceSeparated(cleaned[...])
        let mayBeMarker = words.map(mayBeMarkerWord)
        func isWord(_ index: Int, _ key: String) -> Bool { mayBeMarker[index] && TextFolding.keyMatches(words[index], key) }
        let subjectStart = words.indices.first { isWord($0, "tentang") }
        let searchEnd = subjectStart ?? words.count
        if let numberIndex = (0..<searchEnd).first(where: { isWord($0, "nomor") || isWord($0, "no") || isWord($0, "nomer") }),
            numberIndex + 1 < searchEnd
        {
            var candidate = numberIndex + 1
            if TextFolding.keyMatches(words[candidate], ""), candidate + 1 < searchEnd { candidate += 1 }
            let number = TextFolding.trim(words[candidate], punctuation: numberPunctuation)
            if !number.isEmpty, number.contains(where: \.isNumber) { reference.number = number }
        }
        if let yearIndex = (0..<searchEnd).first(where: { isWord($0, "tahun") }), yearIndex + 1 < searchEnd {
            reference.year = year(in: words[yearIndex + 1])
        }
        if reference.year == nil, let number = reference.number { reference.year = year(inNumber: number) }
        if let subjectStart, subjectStart + 1 < words.count {
            // The words after "tentang" joined by single spaces are the rest of the collapsed text.
            let trimmed = TextFolding.trim(cleaned[words[subjectStart + 1].startIndex...], punctuation: subjectPunctuation)
            reference.subject = trimmed.isEmpty ? nil : trimmed
        }
    }

    /// The last year written in a regulation's number ("PER/21/M.PAN/11/2008" → 2008).
    static func year(inNumber number: String) -> Int? {
        number.split(whereSeparator: { !$0.isNumber }).compactMap { year(in: $0) }.last
    }

    /// The kind of regulation that folded text starts with.
    static func kind(ofKey key: String) -> String? {
        var key = key
        // A key's bytes fold to themselves: read on them when they are ASCII up to the answer.
        if let onBytes = key.withUTF8(kind(ofUTF8:)) { return onBytes }
        return kindComparingCharacters(ofKey: key)
    }

    /// `kind(ofKey: TextFolding.key(text))`, read on the text's contiguous UTF-8 bytes where they stand
    /// when they are ASCII up to the answer (`kind(ofUTF8:)`).
    static func kind(of text: some StringProtocol) -> String? {
        if let onBytes = text.utf8.withContiguousStorageIfAvailable(kind(ofUTF8:)), let answer = onBytes { return answer }
        return kind(ofKey: TextFolding.key(text))
    }

    /// `kind(of:)` of the text whose UTF-8 bytes are `bytes`, read where they stand: each byte is folded
    /// as `TextFolding.key` folds it and walked through `kindTrie` at once, and the walk stops where no
    /// prefix goes on (at the latest 58 key bytes in: "salinan copy " and the longest prefix with the
    /// byte after it). Nil when a byte above 0x7F is met before then, or right after the byte the walk
    /// stopped on (it could change that byte's character): the characters must decide.
    static func kind(ofUTF8 bytes: UnsafeBufferPointer<UInt8>) -> String?? {
        kindTrie.kind(ofUTF8: bytes)
    }

    /// The prefixes of `kinds`, after "salinan " and "copy ", as a trie over folded key bytes.
    private static let kindTrie = KindTrie(kinds: kinds)

    /// A trie of the folded prefixes of the kinds, walked one byte of a text at a time as the bytes are
    /// folded. Its nodes are numbered from 1 (0 is "no node"); it has three roots: before anything is
    /// skipped, after "salinan " (which may be followed by "copy ") and after "copy ", each with every
    /// kind's prefix below it, so that skipping the words costs nothing more than walking them.
    private struct KindTrie {
        /// The columns of a node's row in `rows`: 26 letters, the space between words, digits (which no
        /// prefix has), then the prefix ending at the node (`prefixColumn`).
        private static let spaceColumn = 26
        private static let digitColumn = 27
        private static let prefixColumn = 28
        private static let columnCount = 29

        /// `rows[node * columnCount + column]`: in a letter, space or digit column the node after `node`
        /// by it, 0 for none; in `prefixColumn` 0 when no prefix ends at the node, else the prefix's
        /// position in `kinds` plus one, times two, plus one when it is one word of four letters or more
        /// (one a key may start with inside a longer first word).
        private var rows: [Int16]
        /// What each byte of a text is to the walk: its column, `separatorColumn` for any other ASCII
        /// byte (folded into one space between words) or `nonASCIIColumn` for a byte above 0x7F.
        private let columnOfByte: [UInt8]
        private static let separatorColumn: UInt8 = 0xFE
        private static let nonASCIIColumn: UInt8 = 0xFF
        /// The kinds' names by their positions.
        private let kindNames: [String]

        /// The trie of `kinds`' prefixes (ASCII lower-case letters and single spaces).
        init(kinds: [(prefix: String, kind: String)]) {
            columnOfByte = (0...255).map { value in
                let byte = UInt8(value)
                guard byte < 0x80 else { return Self.nonASCIIColumn }
                if byte >= 0x30, byte <= 0x39 { return UInt8(Self.digitColumn) }
                let lower = byte | 0x20
                return lower >= 0x61 && lower <= 0x7A ? lower - 0x61 : Self.separatorColumn
            }
            kindNames = kinds.map(\.kind)
            let prefixes = kinds.map { Array($0.prefix.utf8) }
            let (root, afterSalinan, afterCopy) = (1, 2, 3)
            let skips = [(word: Array("salinan ".utf8), from: root, to: afterSalinan),
                         (word: Array("copy ".utf8), from: root, to: afterCopy),
                         (word: Array("copy ".utf8), from: afterSalinan, to: afterCopy)]
            // Every byte of every prefix below every root, and of every skipped word, a node at most.
            let nodeLimit = 4 + 3 * prefixes.reduce(0) { $0 + $1.count } + skips.reduce(0) { $0 + $1.word.count }
            precondition(nodeLimit <= Int(Int16.max))
            rows = Array(repeating: 0, count: nodeLimit * Self.columnCount)
            var nodeCount = 4  // 0: no node; 1, 2, 3: the roots
            for start in [root, afterSalinan, afterCopy] {
                for (position, prefix) in prefixes.enumerated() {
                    let node = add(prefix, below: start, nodeCount: &nodeCount)
                    let isLongWord = prefix.count >= 4 && !prefix.contains(0x20)
                    rows[node * Self.columnCount + Self.prefixColumn] = Int16((position + 1) * 2 + (isLongWord ? 1 : 0))
                }
            }
            for skip in skips {
                let node = add(skip.word.dropLast(), below: skip.from, nodeCount: &nodeCount)
                let slot = node * Self.columnCount + Self.spaceColumn
                precondition(rows[slot] == 0, "no kind's prefix starts with a skipped word")
                rows[slot] = Int16(skip.to)
            }
            rows.removeSubrange((nodeCount * Self.columnCount)...)
        }

        /// The node the key bytes `bytes` (lower-case letters and spaces) lead to from `start`, with the
        /// nodes missing on the way added after the first `nodeCount`.
        private mutating func add(_ bytes: some Collection<UInt8>, below start: Int, nodeCount: inout Int) -> Int {
            var node = start
            for byte in bytes {
                let column = byte == 0x20 ? Self.spaceColumn : Int(columnOfByte[Int(byte)])
                let slot = node * Self.columnCount + column
                if rows[slot] == 0 {
                    rows[slot] = Int16(nodeCount)
                    nodeCount += 1
                }
                node = Int(rows[slot])
            }
            return node
        }

        /// `LegalReferenceParser.kind(ofUTF8:)`: the longest prefix the key starts with followed by the
        /// key's end or a space, else the longest one-word prefix of four letters or more it starts with.
        ///
        /// Read through unsafe buffers: every node in `rows` is below the node count and every column
        /// below `columnCount`, and a byte's value is below 256, the count of `columnOfByte`.
        func kind(ofUTF8 bytes: UnsafeBufferPointer<UInt8>) -> String?? {
            let found: Int?? = rows.withUnsafeBufferPointer { rows in
                columnOfByte.withUnsafeBufferPointer { columnOfByte -> Int?? in
                    var node = 1
                    var atWordBoundary = 0
                    var inFirstWord = 0
                    var endingHere = 0
                    var pendingSpace = false
                    var started = false
                    var index = 0
                    while index < bytes.count {
                        let column = columnOfByte[Int(bytes[index])]
                        index += 1
                        if column == Self.separatorColumn {
                            pendingSpace = true
                            continue
                        }
                        guard column != Self.nonASCIIColumn else { return nil }
                        if pendingSpace, started {
                            if endingHere != 0 { atWordBoundary = endingHere }
                            node = Int(rows[node * Self.columnCount + Self.spaceColumn])
                            guard node != 0 else { break }
                        }
                        pendingSpace = false
                        started = true
                        node = Int(rows[node * Self.columnCount + Int(column)])
                        guard node != 0 else { break }
                        endingHere = Int(rows[node * Self.columnCount + Self.prefixColumn])
                        if endingHere & 1 != 0 { inFirstWord = endingHere }
                    }
                    if index == bytes.count {
                        if node != 0, endingHere != 0 { atWordBoundary = endingHere }
                    } else if bytes[index] >= 0x80 {
                        return nil
                    }
                    let prefix = atWordBoundary != 0 ? atWordBoundary : inFirstWord
                    return .some(prefix != 0 ? prefix / 2 - 1 : nil)
                }
            }
            guard let found else { return nil }
            return .some(found.map { kindNames[$0] })
        }
    }

    /// Whether the key of `word` may be "nomor", "no", "nomer", "tahun" or "tentang": its first letter
    /// or digit is "n" or "t", or the word has other characters first.
    private static func mayBeMarkerWord(_ word: Substring) -> Bool {
        for byte in word.utf8 where TextFolding.isASCIIAlphanumeric(byte) || byte >= 0x80 {
            return byte >= 0x80 || byte | 0x20 == UInt8(ascii: "n") || byte | 0x20 == UInt8(ascii: "t")
        }
        return false
    }

    /// `kind(ofKey:)` of a key with non-ASCII characters, compared by characters: the definition the
    /// byte-level reading follows.
    static func kindComparingCharacters(ofKey key: String) -> String? {
        var key = Substring(key)
        for skipped in ["salinan ", "copy "] where key.hasPrefix(skipped) { key = key.dropFirst(skipped.count) }
        for entry in sortedKinds where key == entry.prefix || key.hasPrefix(entry.prefix + " ") {
            return entry.kind
        }
        for entry in sortedKinds where entry.prefix.count >= 4 && !entry.prefix.contains(" ")
            && key.hasPrefix(entry.prefix)
        {
            return entry.kind
        }
        return nil
    }

    private static func year(in word: some StringProtocol) -> Int? {
        if let value = asciiYear(in: Substring(word)) { return value }
        let digits = word.prefix { $0.isNumber }
        guard digits.count == 4, let value = Int(digits), value >= 1900, value <= 2100 else { return nil }
        return value
    }

    /// `year(in:)` read on the bytes of `word`: `.some` with the answer when the word starts with ASCII
    /// digits followed by its end or an ASCII byte, nil when the characters must decide.
    private static func asciiYear(in word: Substring) -> Int?? {
        var value = 0
        var digits = 0
        for byte in word.utf8 {
            guard byte < 0x80 else { return nil }
            guard byte >= 0x30, byte <= 0x39 else { break }
            value = value * 10 + Int(byte - 0x30)
            digits += 1
            if digits > 4 { return .some(nil) }
        }
        guard digits == 4 else { return .some(nil) }
        return value >= 1900 && value <= 2100 ? .some(value) : .some(nil)
    }

    /// Whether `text` starts like a regulation: used to split Dasar Hukum items wrapped over lines.
    public static func startsLikeRegulation(_ text: some StringProtocol) -> Bool {
        kind(of: text.prefix(60)) != nil
    }
}
