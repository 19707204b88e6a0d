/// The words of the role names of an OCR procedure table, as `TextFolding.keyWords` gives them, and
/// whether a token's key is one of them: `Set(roles.flatMap { TextFolding.keyWords($0).map(String.init) })
/// .contains(TextFolding.key(token))`. A key of ASCII bytes is compared by its bytes, folded on the
/// stack without building it, with the words of ASCII bytes (where `String` equality is byte
/// equality); any other pair is compared as strings (canonical equivalence), as the set compared them.
struct OCRRoleWordKeys {
    /// The bytes of the words of ASCII bytes, one after another.
    private var asciiWordBytes: [UInt8] = []
    /// Where each word of ASCII bytes lies in `asciiWordBytes`.
    private var asciiWordRanges: [Range<Int>] = []
    /// The words holding a byte that is not ASCII.
    private var otherWords: [String] = []
    /// For each length in bytes, the first letters of the words of that length: in the low 32 bits
    /// (bit `letter - "a"`), of the words in `commonRoleWords` or among the words of ASCII bytes; in
    /// the high 32 bits (bit `letter - "a" + 32`), of the words of ASCII bytes alone. A key of letters
    /// whose length and first letter have no bit in a half is in none of its words, answered without
    /// comparing a word.
    private var firstLettersByLength: [UInt64] = []

    /// The words of the keys of `roles`. The key of a plain ASCII role (`OCRTableBytes.isPlainASCII`)
    /// is folded on the stack (`FoldedKey.foldASCII`, no string) and split at its spaces; any other
    /// role's key is made, split at its spaces on its bytes when they are ASCII (every space there is a
    /// character of its own), else by `FoldedKey.spaceSeparated`. The word buffers are sized once for
    /// the roles' bytes (a key is never longer than its role, and its words are one space apart).
    init(roles: [String]) {
        var roleBytes = 0
        for role in roles { roleBytes += role.utf8.count }
        asciiWordBytes.reserveCapacity(roleBytes)
        asciiWordRanges.reserveCapacity((roleBytes + 1) / 2)
        for role in roles {
            var roleText = role
            let folded = roleText.withUTF8 { bytes -> Bool in
                guard OCRTableBytes.isPlainASCII(bytes: bytes) else { return false }
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, bytes.count)) { key in
                    appendASCIIWords(of: UnsafeBufferPointer(rebasing: key[..<FoldedKey.foldASCII(bytes, into: key)]))
                }
                return true
            }
            guard !folded else { continue }
            let key = TextFolding.key(role)
            var keyBytes = key
            let isASCII = keyBytes.withUTF8 { bytes in
                guard OCRTableBytes.isASCII(bytes: bytes) else { return false }
                appendASCIIWords(of: bytes)
                return true
            }
            guard !isASCII else { continue }
            for var word in FoldedKey.spaceSeparated(key[...]) {
                let isASCIIWord = word.withUTF8 { bytes in
                    guard OCRTableBytes.isASCII(bytes: bytes) else { return false }
                    appendASCIIWord(UnsafeBufferPointer(rebasing: bytes[...]))
                    return true
                }
                if !isASCIIWord { otherWords.append(String(word)) }
            }
        }
        firstLettersByLength = Self.commonFirstLettersByLength
        guard !asciiWordRanges.isEmpty else { return }
        // Sized once for the longest word, then each word's bit set in both halves.
        var longest = firstLettersByLength.count - 1
        for range in asciiWordRanges { longest = max(longest, range.count) }
        firstLettersByLength.append(contentsOf: repeatElement(0, count: longest + 1 - firstLettersByLength.count))
        for range in asciiWordRanges where !range.isEmpty {
            let letter = asciiWordBytes[range.lowerBound] &- 0x61
            if letter < 26 { firstLettersByLength[range.count] |= 0x1_0000_0001 << letter }
        }
    }

    /// Adds the words between the spaces of an ASCII key.
    private mutating func appendASCIIWords(of key: UnsafeBufferPointer<UInt8>) {
        var start = 0
        while start < key.count {
            var end = start
            while end < key.count, key[end] != 0x20 { end += 1 }
            if end > start { appendASCIIWord(UnsafeBufferPointer(rebasing: key[start..<end])) }
            start = end + 1
        }
    }

    /// Adds one word of ASCII bytes.
    private mutating func appendASCIIWord(_ word: UnsafeBufferPointer<UInt8>) {
        let start = asciiWordBytes.count
        asciiWordBytes.append(contentsOf: word)
        asciiWordRanges.append(start..<asciiWordBytes.count)
    }

    /// Whether `TextFolding.key(token)` is one of the words.
    func containsKey(of token: Substring) -> Bool {
        if asciiWordRanges.isEmpty, otherWords.isEmpty { return false }
        let answer = FoldedKey.withPrefix(of: token, capacity: 32) { key, isWhole -> Bool? in
            isWhole ? contains(key: key) : nil
        }
        if let answer { return answer }
        return Array(TextFolding.key(token).utf8).withUnsafeBufferPointer(contains(key:))
    }

    /// Whether `token` is a word a role name uses: all capitals (two letters or more), or a key that is
    /// one of `commonRoleWords` or of the words: `OCRTableBytes.letterCounts` giving as many capitals
    /// as letters, at least two, or `OCRTableBytes.keyIsOne(of: commonRoleWords, token)`, or
    /// `containsKey(of: token)`. A plain ASCII token (`OCRTableBytes.isPlainASCII`) is read in one look
    /// at its bytes: its letters counted, then its key folded on the stack for both word lists.
    func isRoleWord(_ token: Substring) -> Bool {
        var bytesOfToken = token
        return bytesOfToken.withUTF8 { bytes in isRoleWord(bytes: bytes, of: token) }
    }

    /// `isRoleWord(token)` of a token whose UTF-8 bytes are `bytes`, for a caller that holds them:
    /// `token` is read only when the bytes are not plain ASCII.
    func isRoleWord(bytes: UnsafeBufferPointer<UInt8>, of word: @autoclosure () -> Substring) -> Bool {
        if OCRTableBytes.isPlainASCII(bytes: bytes) { return isRoleWord(plainASCII: bytes) }
        let token = word()
        let counts = OCRTableBytes.letterCounts(token)
        if counts.letters >= 2, counts.uppercase == counts.letters { return true }
        return OCRTableBytes.keyIsOne(of: Self.commonRoleWords, token) || containsKey(of: token)
    }

    /// `isRoleWord` of a token of plain ASCII bytes, where a letter is a byte of its own and the key
    /// keeps the letters (lowered) and digits, with one space between runs of them. A token of at most
    /// `PackedASCIIWord.capacity` bytes (most tokens) is packed once, its letters and capitals counted
    /// eight bytes at a time (`letterMasks`); one of letters only is its key once lowered: its length
    /// and first letter are looked up in `firstLettersByLength`, and only then is it compared, packed,
    /// with `packedCommonRoleWords`, and, when the length and first letter of a role's word
    /// (`mayBeRoleWord`) are its, with the words of its length. While a role has a word that
    /// is not ASCII, the key is folded and compared as before.
    private func isRoleWord(plainASCII bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, bytes.count <= PackedASCIIWord.capacity else {
            return isRoleWord(plainASCIIByBytes: bytes)
        }
        let lowCount = min(bytes.count, 8)
        let word = PackedASCIIWord(
            low: Self.packedBytes(UnsafeRawPointer(base), count: lowCount),
            high: Self.packedBytes(UnsafeRawPointer(base + lowCount), count: bytes.count - lowCount), length: bytes.count)
        let low = Self.letterMasks(word.low)
        let high = Self.letterMasks(word.high)
        let letters = SourceText.topBitCount(low.letters) + SourceText.topBitCount(high.letters)
        if letters >= 2, low.uppercase == low.letters, high.uppercase == high.letters { return true }
        if letters > 0, letters == bytes.count, otherWords.isEmpty {
            guard mayBeWord(letters: bytes) else { return false }
            return Self.packedCommonRoleWords.contains(word.alphanumericsLowercased)
                || mayBeRoleWord(letters: bytes) && containsASCIIWord(lowering: bytes)
        }
        return isRoleWord(foldingPlainASCII: bytes)
    }

    /// `isRoleWord(plainASCII:)` of a token longer than a `PackedASCIIWord`, its letters counted byte
    /// by byte and compared, lowered, with the words of its length.
    private func isRoleWord(plainASCIIByBytes bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var letters = 0
        var uppercase = 0
        for byte in bytes where (byte | 0x20) &- 0x61 < 26 {
            letters += 1
            if byte < 0x61 { uppercase += 1 }
        }
        if letters >= 2, uppercase == letters { return true }
        if letters > 0, letters == bytes.count, otherWords.isEmpty {
            return mayBeWord(letters: bytes)
                && (Self.commonRoleWords.containsLowercased(bytes) || containsASCIIWord(lowering: bytes))
        }
        return isRoleWord(foldingPlainASCII: bytes)
    }

    /// `isRoleWord(plainASCII:)` of a token that is not letters only (or while a role has a word that
    /// is not ASCII): its key folded on the stack and compared with both word lists.
    private func isRoleWord(foldingPlainASCII bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, bytes.count)) { key in
            let folded = UnsafeBufferPointer(rebasing: key[..<FoldedKey.foldASCII(bytes, into: key)])
            return Self.commonRoleWords.contains(folded) || contains(key: folded)
        }
    }

    /// The `count` bytes (0 to 8) at `raw` in the low bytes of a word, the first lowest, the others
    /// 0, from loads that lie inside them: eight bytes at once, else the first four (or two) and the
    /// last four (or two), which overlap where they hold the same bytes.
    @inline(__always)
    static func packedBytes(_ raw: UnsafeRawPointer, count: Int) -> UInt64 {
        if count >= 8 { return UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self)) }
        if count >= 4 {
            return UInt64(UInt32(littleEndian: raw.loadUnaligned(as: UInt32.self)))
                | UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: count &- 4, as: UInt32.self)))
                    &<< UInt64(8 &* (count &- 4))
        }
        if count >= 2 {
            return UInt64(UInt16(littleEndian: raw.loadUnaligned(as: UInt16.self)))
                | UInt64(UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: count &- 2, as: UInt16.self)))
                    &<< UInt64(8 &* (count &- 2))
        }
        return count == 1 ? UInt64(raw.load(as: UInt8.self)) : 0
    }

    /// The ASCII letters among the eight bytes of `word` (none of them above 0x7F) and the capitals
    /// among them, each as the top bit of its byte (`TextFolding.letterBytes`): a letter is a byte that
    /// lies in "a"..."z" once its 0x20 bit is set, a capital one that lies in "A"..."Z" as it is.
    @inline(__always)
    static func letterMasks(_ word: UInt64) -> (letters: UInt64, uppercase: UInt64) {
        (TextFolding.letterBytes(word | 0x2020_2020_2020_2020, from: 0x61), TextFolding.letterBytes(word, from: 0x41))
    }

    /// Words of role names common to every table ("Kepala", "Kasubbag", "Dinas", …).
    static let commonRoleWords = ASCIIWordSet(commonRoleWordList)

    /// The words of `commonRoleWords`.
    private static let commonRoleWordList = [
        "kepala", "sekretaris", "kasubbag", "kasubag", "kabid", "kasi", "kadis", "staf", "staff", "dinas", "bidang",
        "badan", "camat", "lurah", "bupati", "walikota", "inspektur", "irban", "tim", "analis", "bendahara", "seksi",
        "bagian", "sub", "sekcam", "pemohon", "kab", "kabupaten", "kota", "provinsi", "instansi",
    ]

    /// `commonRoleWordList` packed, looked up by first letter.
    static let packedCommonRoleWords = PackedASCIIWordSet(commonRoleWordList)

    /// The `firstLettersByLength` of `commonRoleWords` alone (no word of ASCII bytes: no high half).
    private static let commonFirstLettersByLength: [UInt64] = {
        var masks: [UInt64] = []
        for word in commonRoleWordList {
            while masks.count <= word.utf8.count { masks.append(0) }
            masks[word.utf8.count] |= 1 << (word.utf8.first! &- 0x61)
        }
        return masks
    }()

    /// Whether a word of `commonRoleWords` or of the words of ASCII bytes has as many bytes as
    /// `letters` (ASCII letters, at least one) and starts with its first letter, lowered.
    @inline(__always)
    private func mayBeWord(letters: UnsafeBufferPointer<UInt8>) -> Bool {
        letters.count < firstLettersByLength.count
            && firstLettersByLength[letters.count] & (1 << ((letters[0] | 0x20) &- 0x61)) != 0
    }

    /// Whether a word of ASCII bytes (of a role) has as many bytes as `letters` (ASCII letters, at
    /// least one) and starts with its first letter, lowered.
    @inline(__always)
    private func mayBeRoleWord(letters: UnsafeBufferPointer<UInt8>) -> Bool {
        letters.count < firstLettersByLength.count
            && firstLettersByLength[letters.count] & (1 << ((letters[0] | 0x20) &- 0x61 &+ 32)) != 0
    }

    /// Whether one of the words of ASCII bytes is `letters` (ASCII letters) lowered.
    private func containsASCIIWord(lowering letters: UnsafeBufferPointer<UInt8>) -> Bool {
        for range in asciiWordRanges where range.count == letters.count {
            if asciiWordBytes[range].elementsEqual(letters, by: { $0 == $1 | 0x20 }) { return true }
        }
        return false
    }

    /// Whether the key whose UTF-8 bytes are `key` is one of the words.
    private func contains(key: UnsafeBufferPointer<UInt8>) -> Bool {
        guard key.allSatisfy({ $0 < 0x80 }) else {
            let text = String(decoding: key, as: UTF8.self)
            return otherWords.contains(text)
                || asciiWordRanges.contains { String(decoding: asciiWordBytes[$0], as: UTF8.self) == text }
        }
        for range in asciiWordRanges where range.count == key.count {
            if asciiWordBytes[range].elementsEqual(key) { return true }
        }
        guard !otherWords.isEmpty else { return false }
        let text = String(decoding: key, as: UTF8.self)
        return otherWords.contains(text)
    }
}
