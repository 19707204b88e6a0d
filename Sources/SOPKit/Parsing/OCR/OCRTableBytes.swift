/// Byte-level answers to the questions the OCR procedure table (`OCRTableParser`, `OCRRoleHeader`,
/// `OCRRoleEvidence`) asks of its words, for every word of every row and header line. Each gives the
/// answer of the `Character`-based expression named in its comment: on the bytes when the text is
/// plain ASCII (every byte a character of its own), else by that expression.
enum OCRTableBytes {
    /// The next word of `bytes` (a run of bytes other than spaces) from offset `start` on, nil when
    /// only spaces are left.
    @inline(__always)
    static func spaceSeparatedWord(from start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var start = start
        while start < bytes.count, bytes[start] == 0x20 { start += 1 }
        guard start < bytes.count else { return nil }
        return start..<firstSpace(from: start + 1, in: bytes)
    }

    /// The offset of the first space (0x20) of `bytes` at or after `start`, `bytes.count` when there is
    /// none: eight bytes at a time while eight are left (a word of a table line is about seven bytes
    /// long, so one load nearly always finds its end), then byte by byte.
    @inline(__always)
    static func firstSpace(from start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        firstByte(from: start, in: bytes, matchBytes: spaceBytes, isMatch: { $0 == 0x20 })
    }

    /// The offset of the first byte of `bytes` at or after `start` that `isMatch` accepts; when there is
    /// none, `bytes.count`, or `start` itself when it lies past the end. Read eight bytes at a time while
    /// eight are left, `matchBytes` giving the high bit of each byte of a word that `isMatch` accepts
    /// (and no other bit), then byte by byte. Inlined with both tests, so each caller's loop is its own.
    @inline(__always)
    static func firstByte(
        from start: Int, in bytes: UnsafeBufferPointer<UInt8>, matchBytes: (UInt64) -> UInt64, isMatch: (UInt8) -> Bool
    ) -> Int {
        var index = start
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= bytes.count {
                let matches = matchBytes(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)))
                if matches != 0 { return index + matches.trailingZeroBitCount / 8 }
                index += 8
            }
        }
        while index < bytes.count, !isMatch(bytes[index]) { index += 1 }
        return index
    }

    /// The high bit of each byte of `word` (eight bytes, the first the lowest) that is a space, and no
    /// other bit (`zeroBytes` of `word ^ 0x20…`).
    @inline(__always)
    static func spaceBytes(_ word: UInt64) -> UInt64 {
        zeroBytes(word ^ 0x2020_2020_2020_2020)
    }

    /// The high bit of each byte of `word` that is zero, and no other bit: for each byte `x`,
    /// `((x & 0x7F) + 0x7F) | x` has its high bit set exactly when `x` is not zero (no carry crosses
    /// into the next byte, as `(x & 0x7F) + 0x7F` is at most 0xFE).
    @inline(__always)
    static func zeroBytes(_ word: UInt64) -> UInt64 {
        let lowBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((word & lowBits) &+ lowBits) | word | lowBits)
    }

    /// Whether every byte of `text` is ASCII other than a carriage return: then every byte is a
    /// character of its own (only CR LF joins two ASCII bytes into one character).
    /// Read from the text's contiguous bytes when it has them.
    @inline(__always)
    static func isPlainASCII(_ text: some StringProtocol) -> Bool {
        if let plain = text.utf8.withContiguousStorageIfAvailable(isPlainASCII(bytes:)) { return plain }
        for byte in text.utf8 where byte >= 0x80 || byte == 0x0D { return false }
        return true
    }

    /// `isPlainASCII` of UTF-8 bytes, read eight bytes at a time (`isPlainASCII(eightBytes:)`). The
    /// last few bytes of a buffer of eight or more are read in one load of its last eight, which
    /// overlaps bytes already read; a shorter buffer is read packed (`packed(fewerThanEight:count:)`).
    /// Every load lies inside the buffer.
    @inline(__always)
    static func isPlainASCII(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        guard count >= 8 else { return isPlainASCII(eightBytes: packed(fewerThanEight: raw, count: count)) }
        var index = 0
        while index + 8 <= count {
            guard isPlainASCII(eightBytes: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) else {
                return false
            }
            index += 8
        }
        return index == count || isPlainASCII(eightBytes: raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
    }

    /// Whether `bytes` are the word of `unit` (`DurationUnit.indonesianWord`) in any letter case ("menit",
    /// "Jam", "MINGGU"), compared packed in one load (`packed(fewerThanEight:count:)`) with the 0x20 bit
    /// of every byte set: every byte of the word is a lower-case ASCII letter, which a byte with that bit
    /// set equals only when it is that letter or its capital.
    @inline(__always)
    static func spellsUnitWord(_ unit: DurationUnit, inAnyCase bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let word = unit.indonesianWord
        guard bytes.count == word.utf8CodeUnitCount, let base = bytes.baseAddress else { return false }
        return packed(fewerThanEight: UnsafeRawPointer(base), count: bytes.count) | 0x2020_2020_2020_2020
            == packed(fewerThanEight: UnsafeRawPointer(word.utf8Start), count: bytes.count) | 0x2020_2020_2020_2020
    }

    /// The `count` bytes at `raw`, fewer than eight, packed in one word whose other bytes are zero (no
    /// high bit, no carriage return, so they change no answer of `isPlainASCII(eightBytes:)` or of a
    /// test of the high bits), each byte at least once, by loads that lie inside the bytes: for four
    /// to seven, the first four and the last four (overlapping); for two or three, the first two and
    /// the last two; for one, that byte.
    @inline(__always)
    static func packed(fewerThanEight raw: UnsafeRawPointer, count: Int) -> UInt64 {
        if count >= 4 {
            return UInt64(raw.loadUnaligned(as: UInt32.self))
                | UInt64(raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)) << 32
        }
        if count >= 2 {
            return UInt64(raw.loadUnaligned(as: UInt16.self))
                | UInt64(raw.loadUnaligned(fromByteOffset: count - 2, as: UInt16.self)) << 16
        }
        return count == 1 ? UInt64(raw.load(as: UInt8.self)) : 0
    }

    /// Whether none of the eight bytes packed in `word` has its high bit set or is a carriage return.
    /// A byte of `word ^ 0x0D…` is zero exactly when the byte is CR, and for a word whose bytes are all
    /// below 0x80, `(x - 0x01…) & ~x & 0x80…` is nonzero exactly when a byte of `x` is zero.
    @inline(__always)
    static func isPlainASCII(eightBytes word: UInt64) -> Bool {
        let highBits: UInt64 = 0x8080_8080_8080_8080
        guard word & highBits == 0 else { return false }
        let carriageReturns = word ^ 0x0D0D_0D0D_0D0D_0D0D
        return (carriageReturns &- 0x0101_0101_0101_0101) & ~carriageReturns & highBits == 0
    }

    /// `text.count` (`TextFolding.characterCount`): the number of bytes when the text is plain ASCII,
    /// read straight from its string's storage.
    static func characterCount(_ text: Substring) -> Int {
        var bytesOfText = text
        let plainCount = bytesOfText.withUTF8 { bytes in isPlainASCII(bytes: bytes) ? bytes.count : nil }
        return plainCount ?? TextFolding.characterCount(text)
    }

    /// `!text.trimmingOCRPunctuation().isEmpty`: whether the text holds a letter or a number. For plain
    /// ASCII text, whether a byte is an ASCII letter or digit.
    static func hasWordCharacter(_ text: Substring) -> Bool {
        var bytesOfText = text
        return bytesOfText.withUTF8 { hasWordCharacter(bytes: $0, of: text) }
    }

    /// `hasWordCharacter(text)` of a text whose UTF-8 bytes are `bytes`, for a caller that holds them:
    /// read on the bytes when they are plain ASCII, else on `text`.
    @inline(__always)
    static func hasWordCharacter(bytes: UnsafeBufferPointer<UInt8>, of text: @autoclosure () -> Substring) -> Bool {
        guard isPlainASCII(bytes: bytes) else { return !text().trimmingOCRPunctuation().isEmpty }
        return bytes.contains(where: TextFolding.isASCIIAlphanumeric)
    }

    /// `TextFolding.hasLetters(text, atLeast: minimum)` of a text whose UTF-8 bytes are `bytes`, for
    /// a caller that holds them: the ASCII letters counted on the bytes up to the first byte that is
    /// not ASCII, from which `text`'s letters are counted as characters.
    @inline(__always)
    static func hasLetters(
        bytes: UnsafeBufferPointer<UInt8>, of text: @autoclosure () -> Substring, atLeast minimum: Int
    ) -> Bool {
        guard minimum > 0 else { return true }
        var count = 0
        for byte in bytes {
            if byte >= 0x80 { return TextFolding.hasLetters(text(), atLeast: minimum) }
            if (byte | 0x20) >= 0x61, (byte | 0x20) <= 0x7A {
                count += 1
                if count == minimum { return true }
            }
        }
        return false
    }

    /// The first byte of `text` when it is a character of its own: ASCII, not CR, and not followed by
    /// a byte that could extend it.
    @inline(__always)
    private static func standaloneFirstByte(_ text: Substring) -> UInt8? {
        let utf8 = text.utf8
        guard let first = utf8.first, first < 0x80, first != 0x0D else { return nil }
        let second = utf8.index(after: utf8.startIndex)
        return second == utf8.endIndex || utf8[second] < 0x80 ? first : nil
    }

    /// `text.first?.isUppercase == true`.
    static func startsWithUppercase(_ text: Substring) -> Bool {
        if let byte = standaloneFirstByte(text) { return byte >= 0x41 && byte <= 0x5A }
        return text.first?.isUppercase == true
    }

    /// `text.first?.isLowercase == true`.
    static func startsWithLowercase(_ text: Substring) -> Bool {
        if let byte = standaloneFirstByte(text) { return byte >= 0x61 && byte <= 0x7A }
        return text.first?.isLowercase == true
    }

    /// `text.last == "-"`, that is `text.hasSuffix("-")`.
    static func endsWithHyphen(_ text: Substring) -> Bool {
        let utf8 = text.utf8
        guard let last = utf8.last, last == 0x2D else { return false }
        let beforeLast = utf8.dropLast().last
        if beforeLast == nil || beforeLast! < 0x80 { return true }
        return text.hasSuffix("-")
    }

    /// Appends the UTF-8 bytes of `word` to `bytes`.
    @inline(__always)
    static func append(_ word: some StringProtocol, to bytes: inout [UInt8]) {
        let copied: Void? = word.utf8.withContiguousStorageIfAvailable { bytes.append(contentsOf: $0) }
        if copied == nil { bytes.append(contentsOf: word.utf8) }
    }

    /// `String(decoding: text, as: UTF8.self).hasSuffix("-")` for UTF-8 bytes.
    static func endsWithHyphen(_ text: [UInt8]) -> Bool {
        text.withUnsafeBufferPointer { endsWithHyphen($0, spaced: false) }
    }

    /// `String(decoding: text, as: UTF8.self).hasSuffix(" -")` for UTF-8 bytes.
    static func endsWithSpacedHyphen(_ text: [UInt8]) -> Bool {
        text.withUnsafeBufferPointer { endsWithHyphen($0, spaced: true) }
    }

    /// `String(decoding: bytes, as: UTF8.self).hasSuffix(spaced ? " -" : "-")`, read on the last few
    /// bytes whatever the length of `bytes`. Of the characters of a string that ends with the ASCII
    /// bytes of the suffix, only a prepended mark (Unicode's Prepend, as U+0600) right before them can
    /// join them into one character with it, so the question is decided on the suffix and the one
    /// scalar before it: that scalar decodes the same from its first byte as within the whole (a byte
    /// that is not a continuation byte starts a new scalar, or a replacement of invalid bytes, wherever
    /// it stands), and more than three continuation bytes in a row end in a replacement character.
    static func endsWithHyphen(_ bytes: UnsafeBufferPointer<UInt8>, spaced: Bool) -> Bool {
        let suffixLength = spaced ? 2 : 1
        let count = bytes.count
        guard count >= suffixLength, bytes[count - 1] == 0x2D, !spaced || bytes[count - 2] == 0x20 else { return false }
        if count == suffixLength || bytes[count - suffixLength - 1] < 0x80 { return true }
        var start = count - suffixLength - 1
        var stepsBack = 0
        while start > 0, stepsBack < 3, bytes[start] & 0xC0 == 0x80 {
            start -= 1
            stepsBack += 1
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self).hasSuffix(spaced ? " -" : "-")
    }

    /// `words.contains(text.lowercased())` for a set of lower-case ASCII words.
    static func lowercasedIsOne(of words: ASCIIWordSet, _ text: Substring) -> Bool {
        guard isPlainASCII(text) else { return words.contains(text.lowercased().utf8) }
        let utf8 = text.utf8
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: utf8.count) { buffer in
            var count = 0
            for byte in utf8 {
                buffer[count] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                count += 1
            }
            return words.contains(UnsafeBufferPointer(rebasing: buffer[..<count]))
        }
    }

    /// `words.contains(TextFolding.key(text))` for a set of lower-case ASCII words, without building
    /// the key.
    static func keyIsOne(of words: ASCIIWordSet, _ text: some StringProtocol) -> Bool {
        FoldedKey.withPrefix(of: text, capacity: keyedBytes) { key, isWhole in isWhole && words.contains(key) }
    }

    /// `keyIsOne(of:_:)` of a token's text, read on its bytes (`withUTF8`, which gives a short
    /// token's inline bytes too): a plain ASCII text of at most `keyedBytes` bytes (most tokens) has
    /// the key `FoldedKey.foldASCII` writes, no longer than itself, so it is folded whole on the stack
    /// and looked up; any other text is folded as `keyIsOne(of:_:)` folds it.
    static func keyIsOne(of words: ASCIIWordSet, _ text: Substring) -> Bool {
        var bytesOfText = text
        let onBytes = bytesOfText.withUTF8 { bytes -> Bool? in
            guard bytes.count <= keyedBytes, isPlainASCII(bytes: bytes) else { return nil }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: keyedBytes) { key in
                words.contains(UnsafeBufferPointer(rebasing: key[..<FoldedKey.foldASCII(bytes, into: key)]))
            }
        }
        return onBytes ?? FoldedKey.withPrefix(of: text, capacity: keyedBytes) { key, isWhole in isWhole && words.contains(key) }
    }

    /// The longest key `keyIsOne(of:_:)` folds: longer than every word of a set it is asked about.
    private static let keyedBytes = 32

    /// `TextFolding.key(text).hasPrefix(prefix)` for a prefix of ASCII letters (characters compared).
    static func keyHasPrefix(_ text: some StringProtocol, _ prefix: String) -> Bool {
        guard TextFolding.keyHasPrefix(text, prefix) else { return false }
        return isPlainASCII(text) || TextFolding.key(text).hasPrefix(prefix)
    }

    /// `text.contains(word)` (characters compared) for a word of ASCII letters.
    static func contains(_ text: String, _ word: String) -> Bool {
        let found = text.utf8.withContiguousStorageIfAvailable { bytes in
            word.utf8.withContiguousStorageIfAvailable { wanted in containsBytes(bytes, wanted) }
        }
        guard let found = found ?? nil else { return text.contains(word) }
        guard found else { return false }
        return isPlainASCII(text) || text.contains(word)
    }

    /// Whether the bytes of the ASCII `word` occur in `bytes` (`containsBytes`).
    static func contains(bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        word.withUTF8Buffer { containsBytes(bytes, $0) }
    }

    /// Whether `wanted` occurs in `bytes`: each place where its first byte stands is found eight bytes
    /// at a time (`firstByte`), and only there are the bytes after it compared.
    private static func containsBytes(_ bytes: UnsafeBufferPointer<UInt8>, _ wanted: UnsafeBufferPointer<UInt8>)
        -> Bool
    {
        guard wanted.count <= bytes.count else { return false }
        guard let first = wanted.first else { return true }
        let firstBytes = UInt64(first) &* 0x0101_0101_0101_0101
        func next(from start: Int) -> Int {
            firstByte(from: start, in: bytes, matchBytes: { zeroBytes($0 ^ firstBytes) }, isMatch: { $0 == first })
        }
        var start = next(from: 0)
        while start + wanted.count <= bytes.count {
            var offset = 1
            while offset < wanted.count, bytes[start + offset] == wanted[offset] { offset += 1 }
            if offset == wanted.count { return true }
            start = next(from: start + 1)
        }
        return false
    }

    /// `String(TextFolding.key(text).filter { $0 != " " })`: the key without its spaces.
    static func keyWithoutSpaces(_ text: some StringProtocol) -> String {
        let key = TextFolding.key(text)
        guard isPlainASCII(key) else { return String(key.filter { $0 != " " }) }
        guard key.utf8.contains(0x20) else { return key }
        return String(decoding: key.utf8.filter { $0 != 0x20 }, as: UTF8.self)
    }

    /// How many letters `text` holds and how many of them are upper case:
    /// `text.filter(\.isLetter).count` and `text.filter(\.isLetter).filter(\.isUppercase).count`.
    static func letterCounts(_ text: some StringProtocol) -> (letters: Int, uppercase: Int) {
        guard isPlainASCII(text) else {
            let letters = text.filter(\.isLetter)
            return (letters.count, letters.filter(\.isUppercase).count)
        }
        var letters = 0
        var uppercase = 0
        for byte in text.utf8 {
            if byte >= 0x41 && byte <= 0x5A {
                letters += 1
                uppercase += 1
            } else if byte >= 0x61 && byte <= 0x7A {
                letters += 1
            }
        }
        return (letters, uppercase)
    }

    /// Whether the words of a line, `line.text.split(separator: " ")`, are its tokens' texts: when the
    /// text is ASCII (as `OCRLine.words`). Otherwise they are found at the space bytes
    /// (`FoldedKey.spaceSeparated`).
    static func wordsAreTokens(_ line: OCRLine) -> Bool {
        let text = line.text
        if let isASCII = text.utf8.withContiguousStorageIfAvailable(isASCII(bytes:)) { return isASCII }
        return text.utf8.allSatisfy { $0 < 0x80 }
    }

    /// Whether every byte is ASCII (`!bytes.contains { $0 >= 0x80 }`), read eight bytes at a time, the
    /// last few as `isPlainASCII(bytes:)` reads them: in one load of the last eight, or packed
    /// (`packed(fewerThanEight:count:)`) when there are fewer than eight in all.
    static func isASCII(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        let highBits: UInt64 = 0x8080_8080_8080_8080
        guard count >= 8 else { return packed(fewerThanEight: raw, count: count) & highBits == 0 }
        var index = 0
        while index + 8 <= count {
            guard raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & highBits == 0 else { return false }
            index += 8
        }
        return index == count || raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self) & highBits == 0
    }

    /// `text.split(separator: separator)` for an ASCII separator other than CR and LF: on the bytes
    /// when the text is plain ASCII.
    static func split(_ text: Substring, separator: Character) -> [Substring] {
        guard let byte = separator.asciiValue, byte != 0x0D, byte != 0x0A, isPlainASCII(text) else {
            return text.split(separator: separator)
        }
        let utf8 = text.utf8
        var parts: [Substring] = []
        var start = utf8.startIndex
        var index = utf8.startIndex
        while index != utf8.endIndex {
            if utf8[index] == byte {
                if start != index { parts.append(text[start..<index]) }
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        if start != utf8.endIndex { parts.append(text[start..<utf8.endIndex]) }
        return parts
    }
}
