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
    /// on its bytes where they stand, without a separate check for collapsing and one for ASCII.
    public static func parse(_ text: String) -> LegalReference {
        var collapsedKind: String?
        var collapsedParts = ASCIIParts()
        if readCollapsedASCII(text, regulationKind: &collapsedKind, parts: &collapsedParts) {
            return LegalReference(
                text: text, kind: collapsedKind, number: collapsedParts.number, year: collapsedParts.year,
                subject: collapsedParts.subject)
        }
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

    /// `sortedKinds` as bytes, and whether each prefix is one word of four letters or more (read from
    /// the bytes of the ASCII prefix).
    private static let sortedKindBytes: [(prefix: [UInt8], kind: String, isLongWord: Bool)] = sortedKinds.map {
        let bytes = Array($0.prefix.utf8)
        return (bytes, $0.kind, bytes.count >= 4 && !bytes.contains(0x20))
    }

    /// The prefixes skipped before the kind: "Salinan", "Copy".
    private static let skippedPrefixes: [[UInt8]] = [Array("salinan ".utf8), Array("copy ".utf8)]

    /// The kind of regulation that folded text starts with.
    static func kind(ofKey key: String) -> String? {
        var key = key
        // In an ASCII key each character is one byte; nil when the key has other characters.
        let asciiKind: String?? = key.withUTF8 { bytes in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return .none }
            return .some(kind(ofASCIIKey: bytes))
        }
        if let asciiKind { return asciiKind }
        return kindComparingCharacters(ofKey: key)
    }

    /// The bytes of a key `kind(of:)` reads: "salinan " and "copy " (13 bytes), the longest prefix
    /// (44 bytes) and the byte after it fit.
    private static let kindKeyCapacity = 64

    /// `kind(ofKey: TextFolding.key(text))`, read on the first bytes of the key folded on the stack:
    /// on the text's contiguous UTF-8 bytes where they stand when they are ASCII (`kind(ofUTF8:)`).
    ///
    /// When those bytes are ASCII the answer depends on them alone: the prefixes and the byte after
    /// them lie in the first 58 bytes, where each byte is a character of its own (only the last byte
    /// of the buffer could be extended by a combining mark after it).
    static func kind(of text: some StringProtocol) -> String? {
        if let onBytes = text.utf8.withContiguousStorageIfAvailable(kind(ofUTF8:)), let answer = onBytes { return answer }
        let asciiKind: String?? = FoldedKey.withPrefix(of: text, capacity: kindKeyCapacity) { bytes, _ in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return .none }
            return .some(kind(ofASCIIKey: bytes))
        }
        if let asciiKind { return asciiKind }
        return kind(ofKey: TextFolding.key(text))
    }

    /// `kind(of:)` of the text whose UTF-8 bytes are `bytes`, read where they stand: the bytes are
    /// folded as `FoldedKey.withPrefix` folds them, into a buffer of `kindKeyCapacity` bytes on the
    /// stack, and the folded prefix, ASCII as its bytes are, is read by `kind(ofASCIIKey:)`. Nil when a
    /// byte above 0x7F comes before the buffer is full: the characters must decide.
    static func kind(ofUTF8 bytes: UnsafeBufferPointer<UInt8>) -> String?? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: kindKeyCapacity) { buffer -> String?? in
            let folded: Int? = keyByteFolding.withUnsafeBufferPointer { folding in
                var count = 0
                var pendingSpace = false
                for byte in bytes {
                    let keyByte = folding[Int(byte)]
                    guard keyByte != separatorKeyByte else {
                        pendingSpace = true
                        continue
                    }
                    guard keyByte != nonASCIIKeyByte else { return nil }
                    if pendingSpace, count > 0 {
                        guard count < buffer.count else { break }
                        buffer[count] = 0x20
                        count += 1
                    }
                    pendingSpace = false
                    guard count < buffer.count else { break }
                    buffer[count] = keyByte
                    count += 1
                }
                return count
            }
            guard let folded else { return nil }
            return .some(kind(ofASCIIKey: UnsafeBufferPointer(rebasing: buffer[..<folded])))
        }
    }

    /// What each byte puts in a folded key: an ASCII letter lower-cased or a digit as it is,
    /// `separatorKeyByte` for any other ASCII byte (a separator between words), `nonASCIIKeyByte` for a
    /// byte above 0x7F (which the characters must decide).
    private static let keyByteFolding: [UInt8] = (0...255).map { value in
        let byte = UInt8(value)
        guard byte < 0x80 else { return nonASCIIKeyByte }
        guard FoldedKey.isASCIIAlphanumeric(byte) else { return separatorKeyByte }
        return byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// `keyByteFolding`'s mark of an ASCII byte that is no letter or digit.
    private static let separatorKeyByte: UInt8 = 0

    /// `keyByteFolding`'s mark of a byte above 0x7F.
    private static let nonASCIIKeyByte: UInt8 = 0xFF

    /// The prefixes of `sortedKindBytes` that share a first word: the word's bytes and the positions of
    /// the prefixes in `sortedKindBytes`, in their order there (the longest first).
    private struct KindGroup {
        let firstWord: [UInt8]
        var positions: [Int]
    }

    /// The groups of prefixes by their first words, in buckets by the words' first bytes.
    private static let kindGroupsByFirstByte: [[KindGroup]] = {
        var buckets = Array(repeating: [KindGroup](), count: 256)
        for index in sortedKindBytes.indices {
            let firstWord = Array(sortedKindBytes[index].prefix.prefix { $0 != 0x20 })
            let bucket = Int(firstWord[0])
            if let group = buckets[bucket].firstIndex(where: { $0.firstWord == firstWord }) {
                buckets[bucket][group].positions.append(index)
            } else {
                buckets[bucket].append(KindGroup(firstWord: firstWord, positions: [index]))
            }
        }
        return buckets
    }()

    /// The positions in `sortedKindBytes` of the one-word prefixes of four letters or more
    /// (`isLongWord`), in buckets by their first bytes, in their order there.
    private static let longWordKindsByFirstByte: [[Int]] = {
        var buckets = Array(repeating: [Int](), count: 256)
        for index in sortedKindBytes.indices where sortedKindBytes[index].isLongWord {
            buckets[Int(sortedKindBytes[index].prefix[0])].append(index)
        }
        return buckets
    }()

    /// `kind(ofKey:)` of the ASCII bytes of a key, or of its first `kindKeyCapacity` bytes, after
    /// "salinan " and "copy ". A prefix followed by the key's end or a space can only be one whose
    /// first word is the key's first word, so only that word's group (`kindGroupsByFirstByte`) is
    /// compared, longest first. Failing that, the longest one-word prefix of four letters or more
    /// that starts the key wins: it is shorter than the key's first word (an equal one would have
    /// matched), which is then at least five bytes long.
    private static func kind(ofASCIIKey bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var start = 0
        for skipped in skippedPrefixes where hasPrefix(bytes, at: start, skipped) { start += skipped.count }
        guard start < bytes.count else { return nil }
        var wordEnd = start + 1
        while wordEnd < bytes.count, bytes[wordEnd] != 0x20 { wordEnd += 1 }
        let wordLength = wordEnd - start
        let firstByte = Int(bytes[start])
        return sortedKindBytes.withUnsafeBufferPointer { entries -> String? in
            let inGroup: String? = kindGroupsByFirstByte[firstByte].withUnsafeBufferPointer { groups in
                for group in groups where group.firstWord.count == wordLength && hasPrefix(bytes, at: start, group.firstWord) {
                    for index in group.positions where hasPrefix(bytes, at: start, entries[index].prefix) {
                        let end = start + entries[index].prefix.count
                        if end == bytes.count || bytes[end] == 0x20 { return entries[index].kind }
                    }
                    return nil
                }
                return nil
            }
            if let inGroup { return inGroup }
            guard wordLength >= 5 else { return nil }
            for index in longWordKindsByFirstByte[firstByte]
            where entries[index].prefix.count < wordLength && hasPrefix(bytes, at: start, entries[index].prefix) {
                return entries[index].kind
            }
            return nil
        }
    }

    /// Whether `bytes` from `start` begin with `prefix`, compared eight bytes at a time.
    private static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, _ prefix: [UInt8]) -> Bool {
        guard bytes.count - start >= prefix.count, bytes[start] == prefix[0] else { return false }
        return prefix.withUnsafeBytes { prefixBytes in
            let key = UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[start...])
            var offset = 0
            while offset + 8 <= prefixBytes.count {
                guard key.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                    == prefixBytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self) else { return false }
                offset += 8
            }
            while offset < prefixBytes.count {
                guard key[offset] == prefixBytes[offset] else { return false }
                offset += 1
            }
            return true
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
