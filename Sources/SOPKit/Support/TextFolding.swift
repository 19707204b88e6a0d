/// Small text utilities shared by the stages: folding for comparison, white space, case.
public enum TextFolding {
    /// Lower-cases ASCII letters, turns every other non-alphanumeric character into a space and
    /// folds spaces: "Tgl. Pembuatan :" → "tgl pembuatan". Non-ASCII letters are kept as they are.
    public static func key(_ text: some StringProtocol) -> String {
        String(unsafeUninitializedCapacity: text.utf8.count) { output in
            if let length = text.utf8.withContiguousStorageIfAvailable({ writeKeyBytes($0, to: output) }) {
                return length
            }
            return Array(text.utf8).withUnsafeBufferPointer { writeKeyBytes($0, to: output) }
        }
    }

    /// Whether `key(text) == expected`, decided without building the key: stops at the first byte
    /// that differs.
    static func keyMatches(_ text: some StringProtocol, _ expected: String) -> Bool {
        let target = expected.utf8
        var position = target.startIndex
        let complete = foldKeyBytes(text) { byte in
            guard position != target.endIndex, target[position] == byte else { return false }
            position = target.index(after: position)
            return true
        }
        return complete && position == target.endIndex
    }

    /// Whether `key(text).hasPrefix(prefix)` for an ASCII `prefix`, decided without building the key:
    /// stops at the first byte that differs or when the prefix is read.
    static func keyHasPrefix(_ text: some StringProtocol, _ prefix: String) -> Bool {
        let target = prefix.utf8
        var position = target.startIndex
        _ = foldKeyBytes(text) { byte in
            guard position != target.endIndex, target[position] == byte else { return false }
            position = target.index(after: position)
            return position != target.endIndex
        }
        return position == target.endIndex
    }

    /// The first `count` characters of `text` (`text.prefix(count)`), found without grapheme breaking
    /// when they are ASCII.
    static func leadingCharacters(_ text: String, _ count: Int) -> Substring {
        let utf8 = text.utf8
        var index = utf8.startIndex
        var taken = 0
        while taken < count, index != utf8.endIndex {
            let byte = utf8[index]
            guard byte < 0x80, byte != 0x0D else { return text.prefix(count) }
            index = utf8.index(after: index)
            taken += 1
        }
        if index != utf8.endIndex, utf8[index] >= 0x80 { return text.prefix(count) }
        return text[..<index]
    }

    /// Hands the bytes of `key(text)` to `emit` in order, without building the key, until `emit`
    /// returns false; returns whether every byte was handed over.
    @inline(__always)
    private static func foldKeyBytes(_ text: some StringProtocol, _ emit: (UInt8) -> Bool) -> Bool {
        if let complete = text.utf8.withContiguousStorageIfAvailable({ foldKeyBytes($0, emit) }) { return complete }
        return Array(text.utf8).withUnsafeBufferPointer { foldKeyBytes($0, emit) }
    }

    /// `foldKeyBytes` of UTF-8 bytes.
    @inline(__always)
    private static func foldKeyBytes(_ bytes: UnsafeBufferPointer<UInt8>, _ emit: (UInt8) -> Bool) -> Bool {
        var pendingSpace = false
        var emittedAny = false
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            let isUpper = byte >= 0x41 && byte <= 0x5A
            if isUpper || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80 {
                if byte == 0xC2, index + 1 < count, bytes[index + 1] == 0xA0 {
                    pendingSpace = true
                    index += 2
                    continue
                }
                if pendingSpace, emittedAny, !emit(0x20) { return false }
                pendingSpace = false
                guard emit(isUpper ? byte | 0x20 : byte) else { return false }
                emittedAny = true
            } else {
                pendingSpace = true
            }
            index += 1
        }
        return true
    }

    /// Whether `text` holds at least three letters (ASCII letters on a fast path, any letter otherwise).
    static func hasThreeLetters(_ text: Substring) -> Bool {
        hasLetters(text, atLeast: 3)
    }

    /// Whether `text` holds at least `minimum` letters (`text.filter(\.isLetter).count >= minimum`),
    /// counted on bytes while the text is ASCII, through their contiguous storage when the text has it.
    static func hasLetters(_ text: Substring, atLeast minimum: Int) -> Bool {
        guard minimum > 0 else { return true }
        let onBytes = text.utf8.withContiguousStorageIfAvailable { asciiHasLetters($0, atLeast: minimum) }
        guard let answer = onBytes ?? asciiHasLetters(text.utf8, atLeast: minimum) else {
            return text.filter(\.isLetter).count >= minimum
        }
        return answer
    }

    /// `hasLetters` of text whose UTF-8 bytes are `bytes` (`minimum` > 0): true as soon as `minimum`
    /// ASCII letters are read, nil at the first byte that is not ASCII before that, else false.
    @inline(__always)
    private static func asciiHasLetters(_ bytes: some Sequence<UInt8>, atLeast minimum: Int) -> Bool? {
        var count = 0
        for byte in bytes {
            if byte >= 0x80 { return nil }
            if (byte | 0x20) >= 0x61, (byte | 0x20) <= 0x7A {
                count += 1
                if count == minimum { return true }
            }
        }
        return false
    }

    /// `text.count` (characters), counted on bytes when the text is ASCII without a carriage return
    /// (where every byte is a character of its own).
    static func characterCount(_ text: Substring) -> Int {
        var count = 0
        for byte in text.utf8 {
            if byte >= 0x80 || byte == 0x0D { return text.count }
            count += 1
        }
        return count
    }

    /// `text.split(separator: " ").count`, counted up to `limit`: on bytes for ASCII text.
    static func wordCount(_ text: Substring, atMost limit: Int) -> Int {
        var count = 0
        var inWord = false
        for byte in text.utf8 {
            if byte >= 0x80 { return min(text.split(separator: " ").count, limit) }
            if byte == 0x20 {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
                if count == limit { return limit }
            }
        }
        return count
    }

    /// The words of `key(text)`.
    public static func keyWords(_ text: some StringProtocol) -> [Substring] {
        key(text).split(separator: " ")
    }

    /// Whether a UTF-8 byte is an ASCII letter or digit.
    @inline(__always)
    static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
    }

    /// Whether a UTF-8 byte is ASCII white space (space, tab, line ends, form feed).
    @inline(__always)
    static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    /// Collapses runs of white space (ASCII white space and no-break spaces) to one space and trims
    /// both ends.
    public static func collapseWhitespace(_ text: some StringProtocol) -> String {
        let collapsed = text.utf8.withContiguousStorageIfAvailable(collapsedOrNil)
            ?? Array(text.utf8).withUnsafeBufferPointer(collapsedOrNil)
        return collapsed ?? String(text)
    }

    /// Removes leading and trailing white space and the given punctuation from both ends.
    public static func trim(_ text: some StringProtocol, punctuation: Set<Character> = []) -> String {
        let slice = Substring(text)
        let utf8 = slice.utf8
        func isTrimmed(_ byte: UInt8) -> Bool {
            isASCIIWhitespace(byte) || (byte < 0x80 && punctuation.contains(Character(Unicode.Scalar(byte))))
        }
        var start = utf8.startIndex
        var end = utf8.endIndex
        while start != end, isTrimmed(utf8[start]) { start = utf8.index(after: start) }
        while end != start, isTrimmed(utf8[utf8.index(before: end)]) { end = utf8.index(before: end) }
        return String(slice[start..<end])
    }

    /// Whether the letters of `text` are all upper case (and there are at least `minimumLetters`).
    ///
    /// A text whose UTF-8 bytes are contiguous is read on them first (`isUpperCaseASCII`), eight at a
    /// time; only a text with a byte outside ASCII is read by its scalars.
    public static func isUpperCase(_ text: some StringProtocol, minimumLetters: Int = 2) -> Bool {
        if let answer = text.utf8.withContiguousStorageIfAvailable({ isUpperCaseASCII($0, minimumLetters: minimumLetters) }),
            let answer
        {
            return answer
        }
        return isUpperCaseByScalars(text, minimumLetters: minimumLetters)
    }

    /// `isUpperCase` of a text given by its UTF-8 bytes when every byte is ASCII (each byte is then a
    /// scalar of its own, a letter when it is A-Z or a-z); nil when a byte is not ASCII. Read eight bytes
    /// at a time: a word with a lower-case letter answers false, and the capitals of the others are
    /// counted on their bits (`SourceText.topBitCount`); the last few bytes of a buffer of eight or more
    /// are read in one load (`SourceText.lastBytes`), a shorter buffer byte by byte. A word whose bytes
    /// are all ASCII and hold a lower-case letter answers false as the scalars do: they meet that
    /// letter, after ASCII scalars only, before any scalar outside ASCII.
    static func isUpperCaseASCII(_ bytes: UnsafeBufferPointer<UInt8>, minimumLetters: Int) -> Bool? {
        guard let base = bytes.baseAddress else { return 0 >= minimumLetters }
        let count = bytes.count
        guard count >= 8 else {
            var letters = 0
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                if byte >= 0x61 && byte <= 0x7A { return false }
                if byte >= 0x41 && byte <= 0x5A { letters += 1 }
            }
            return letters >= minimumLetters
        }
        let raw = UnsafeRawPointer(base)
        var letters = 0
        var index = 0
        while index < count {
            let word = index + 8 <= count
                ? UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                : SourceText.lastBytes(raw, count: count, from: index)
            guard word & 0x8080_8080_8080_8080 == 0 else { return nil }
            guard letterBytes(word, from: 0x61) == 0 else { return false }
            letters &+= SourceText.topBitCount(letterBytes(word, from: 0x41))
            index &+= 8
        }
        return letters >= minimumLetters
    }

    /// The top bit of each byte of `word` (eight ASCII bytes, no top bit set) that is one of the 26
    /// letters from `first` ("A" or "a") on, and no other bit: a byte `x` reaches `first` when
    /// `x + 0x80 - first` sets its top bit, and passes the last letter when `x + 0x80 - first - 26`
    /// does; neither sum carries into the next byte.
    @inline(__always)
    static func letterBytes(_ word: UInt64, from first: UInt8) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let reachesFirst = word &+ ones &* UInt64(0x80 &- first)
        let passesLast = word &+ ones &* UInt64(0x80 &- first &- 26)
        return reachesFirst & ~passesLast & 0x8080_8080_8080_8080
    }

    /// `isUpperCase` read scalar by scalar: the definition its byte reading follows.
    static func isUpperCaseByScalars(_ text: some StringProtocol, minimumLetters: Int) -> Bool {
        var letters = 0
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                if value >= 0x61 && value <= 0x7A { return false }
                if value >= 0x41 && value <= 0x5A { letters += 1 }
            } else if scalar.properties.isLowercase {
                return false
            } else if scalar.properties.isUppercase {
                letters += 1
            }
        }
        return letters >= minimumLetters
    }

    /// Title-cases upper-case Indonesian text: "DINAS KOPERASI DAN PERDAGANGAN" → "Dinas Koperasi dan
    /// Perdagangan". Conjunctions and prepositions stay lower case, known acronyms stay upper case.
    public static func titleCase(_ text: some StringProtocol) -> String {
        if let ascii = titleCaseIfASCII(text) { return ascii }
        let words = String(text).split(separator: " ", omittingEmptySubsequences: true)
        var output: [String] = []
        output.reserveCapacity(words.count)
        for (position, word) in words.enumerated() {
            output.append(titleCaseWord(word, isFirst: position == 0))
        }
        return output.joined(separator: " ")
    }

    private static let lowerCaseWords: Set<String> = [
        "dan", "di", "ke", "dari", "pada", "untuk", "serta", "yang", "atau", "dengan", "oleh", "dalam", "atas", "bagi",
    ]

    private static let acronyms: Set<String> = [
        "BPS", "RI", "OPD", "SKPD", "UPT", "UPTD", "DPRD", "BKD", "PTSP", "DPM", "RSUD", "BPBD", "BKPSDM", "BAPPEDA",
        "PMD", "KB", "PPKB", "PUPR", "PU", "KUKM", "UMKM", "SDM", "TI", "TIK", "II", "III", "IV", "BPKAD", "BPKPD",
        "BAPPERIDA", "DUKCAPIL", "P3A", "PPPA", "DP3A", "DLH", "LH", "ESDM", "KPU", "SATPOL", "PP", "NTB", "NTT",
        "DKI", "DIY", "SD", "SMP", "SMA", "SMK", "TK", "PAUD", "DPMPTSP", "BLUD", "PKM", "UKM", "KUMKM",
    ]

    /// `lowerCaseWords` and the acronyms made only of letters, as sets of `PackedLetters` keys for ASCII
    /// text (an acronym with a digit never equals the letters of a word, which hold no digit). The
    /// acronyms are ASCII, so those made only of letters are told on their bytes (`isASCIILetters`),
    /// without reading them as characters when the set is built (once, in every run).
    private static let lowerCaseWordKeys = PackedLetters.WordSet(lowerCaseWords)
    private static let acronymKeys = PackedLetters.WordSet(acronyms.filter(isASCIILetters))

    /// Whether every byte of `word` is an ASCII letter: `word.allSatisfy(\.isLetter)` for an ASCII word.
    static func isASCIILetters(_ word: String) -> Bool {
        word.utf8.allSatisfy { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }
    }

    /// `titleCaseASCII` of the text's UTF-8 bytes, read in place where the text is contiguous; nil when
    /// the text is not ASCII.
    private static func titleCaseIfASCII(_ text: some StringProtocol) -> String? {
        let isASCII: (UnsafeBufferPointer<UInt8>) -> String? = { $0.allSatisfy { $0 < 0x80 } ? titleCaseASCII($0) : nil }
        if let result = text.utf8.withContiguousStorageIfAvailable(isASCII) { return result }
        var string = String(text)
        return string.withUTF8(isASCII)
    }

    /// `titleCase` of ASCII text, on its bytes, in one pass over them: each word is written straight
    /// into the result's storage as `titleCaseWord` writes a word that is neither an acronym nor a
    /// lower-case word (letters in lower case but the first and any after "-", "(", "/" or "."), its
    /// letters packed as they are read. Once the word is read, an acronym is written again as it
    /// stands, and a lower-case word, which is all letters so only its first letter was raised, has
    /// that letter lowered again.
    private static func titleCaseASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let acronymKeys = Self.acronymKeys
        let lowerCaseWordKeys = Self.lowerCaseWordKeys
        return String(unsafeUninitializedCapacity: bytes.count) { output in
            var count = 0
            var start = 0
            while start < bytes.count {
                guard bytes[start] != 0x20 else {
                    start += 1
                    continue
                }
                let isFirst = count == 0
                if !isFirst {
                    output[count] = 0x20
                    count += 1
                }
                let wordStart = count
                var letters = PackedLetters()
                var hasLowerCase = false
                var isAllLetters = true
                var capitalizeNext = true
                var end = start
                while end < bytes.count, bytes[end] != 0x20 {
                    let byte = bytes[end]
                    let lower = byte | 0x20
                    if lower >= 0x61 && lower <= 0x7A {
                        letters.append(byte)
                        if byte >= 0x61 { hasLowerCase = true }
                        output[count] = capitalizeNext ? lower & 0xDF : lower
                        capitalizeNext = false
                    } else {
                        isAllLetters = false
                        output[count] = byte
                        if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "/")
                            || byte == UInt8(ascii: ".")
                        {
                            capitalizeNext = true
                        }
                    }
                    count += 1
                    end += 1
                }
                if !hasLowerCase, letters.isOne(of: acronymKeys) {
                    for position in start..<end { output[wordStart + position - start] = bytes[position] }
                } else if !isFirst, isAllLetters, letters.isOne(of: lowerCaseWordKeys) {
                    output[wordStart] |= 0x20
                }
                start = end
            }
            return count
        }
    }

    private static func titleCaseWord(_ word: Substring, isFirst: Bool) -> String {
        let letters = word.filter(\.isLetter)
        if acronyms.contains(String(letters).uppercased()) && letters.uppercased() == String(letters) {
            return String(word)
        }
        let lower = word.lowercased()
        if !isFirst, lowerCaseWords.contains(lower) { return lower }
        var result = ""
        var capitalizeNext = true
        for character in lower {
            if capitalizeNext, character.isLetter {
                result += character.uppercased()
                capitalizeNext = false
            } else {
                result.append(character)
                if character == "-" || character == "(" || character == "/" || character == "." {
                    capitalizeNext = true
                }
            }
        }
        return result
    }
}

extension RandomAccessCollection {
    /// The first index whose element satisfies `predicate`, in a collection where every element that
    /// satisfies it comes after every one that does not (binary search).
    func partitioningIndex(where predicate: (Element) -> Bool) -> Index {
        var low = startIndex
        var count = self.count
        while count > 0 {
            let half = count / 2
            let middle = index(low, offsetBy: half)
            if predicate(self[middle]) {
                count = half
            } else {
                low = index(after: middle)
                count -= half + 1
            }
        }
        return low
    }
}
