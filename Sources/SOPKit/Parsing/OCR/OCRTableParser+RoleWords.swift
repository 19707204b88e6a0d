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
    /// For each length in bytes, the first letters (bit `letter - "a"`) of the words of that length in
    /// `commonRoleWords` or among the words of ASCII bytes: a key of letters whose length and first
    /// letter have no bit here is in neither list, answered without comparing a word.
    private var firstLettersByLength: [UInt32] = []

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
        for range in asciiWordRanges { Self.markFirstLetter(of: asciiWordBytes[range], in: &firstLettersByLength) }
    }

    /// Sets the bit of `word`'s first byte, when it is a lower-case ASCII letter, in the mask of its
    /// length.
    private static func markFirstLetter(of word: some Collection<UInt8>, in masks: inout [UInt32]) {
        guard let first = word.first, first &- 0x61 < 26 else { return }
        while masks.count <= word.count { masks.append(0) }
        masks[word.count] |= 1 << (first &- 0x61)
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

    /// `isRoleWord(token)` of a token whose UTF-8 bytes are `bytes`, for a caller that holds them.
    func isRoleWord(bytes: UnsafeBufferPointer<UInt8>, of token: Substring) -> Bool {
        if OCRTableBytes.isPlainASCII(bytes: bytes) { return isRoleWord(plainASCII: bytes) }
        let counts = OCRTableBytes.letterCounts(token)
        if counts.letters >= 2, counts.uppercase == counts.letters { return true }
        return OCRTableBytes.keyIsOne(of: Self.commonRoleWords, token) || containsKey(of: token)
    }

    /// `isRoleWord` of a token of plain ASCII bytes, where a letter is a byte of its own and the key
    /// keeps the letters (lowered) and digits, with one space between runs of them. A token of letters
    /// only (most tokens) is its key once lowered: its length and first letter are looked up in
    /// `firstLettersByLength`, and only then is it compared, lowered byte by byte, with the words of its
    /// length. While a role has a word that is not ASCII, the key is folded and compared as before.
    private func isRoleWord(plainASCII bytes: UnsafeBufferPointer<UInt8>) -> Bool {
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
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, bytes.count)) { key in
            let folded = UnsafeBufferPointer(rebasing: key[..<FoldedKey.foldASCII(bytes, into: key)])
            return Self.commonRoleWords.contains(folded) || contains(key: folded)
        }
    }

    /// Words of role names common to every table ("Kepala", "Kasubbag", "Dinas", …).
    static let commonRoleWords = ASCIIWordSet(commonRoleWordList)

    /// The words of `commonRoleWords`.
    private static let commonRoleWordList = [
        "kepala", "sekretaris", "kasubbag", "kasubag", "kabid", "kasi", "kadis", "staf", "staff", "dinas", "bidang",
        "badan", "camat", "lurah", "bupati", "walikota", "inspektur", "irban", "tim", "analis", "bendahara", "seksi",
        "bagian", "sub", "sekcam", "pemohon", "kab", "kabupaten", "kota", "provinsi", "instansi",
    ]

    /// The `firstLettersByLength` of `commonRoleWords` alone.
    private static let commonFirstLettersByLength: [UInt32] = {
        var masks: [UInt32] = []
        for word in commonRoleWordList { markFirstLetter(of: word.utf8, in: &masks) }
        return masks
    }()

    /// Whether a word of `commonRoleWords` or of the words of ASCII bytes has as many bytes as
    /// `letters` (ASCII letters, at least one) and starts with its first letter, lowered.
    @inline(__always)
    private func mayBeWord(letters: UnsafeBufferPointer<UInt8>) -> Bool {
        letters.count < firstLettersByLength.count
            && firstLettersByLength[letters.count] & (1 << ((letters[0] | 0x20) &- 0x61)) != 0
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
