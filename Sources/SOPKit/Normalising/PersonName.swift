/// Recognises how Indonesian officials' names are written: with academic degrees and honorifics
/// ("H. YAN ERY, S.Pt, M.Si", "Ir. Win Rizal, M.E.", "HERI ADIWIJAYA, SE").
public enum PersonName {
    private static let degrees: Set<String> = [
        "spt", "sh", "se", "msi", "mm", "ssos", "skom", "st", "mt", "sip", "mpd", "spd", "dr", "drs", "dra", "ir",
        "h", "hj", "amd", "me", "mkes", "skep", "ns", "skm", "map", "mak", "sak", "msc", "phd", "mh", "mp", "ssi",
        "stp", "spsi", "sstp", "mtp", "ap", "mkom", "sp", "mba", "ak", "psi", "ssit", "sstr", "str", "apt", "sfarm",
        "mfarm", "sked", "skg", "drg", "sth", "shi", "mag", "sag", "mhum", "shum", "sds", "mds", "sn", "ssn", "msn",
        "mtr", "ssy", "sag", "mpa", "msp", "mec", "mecdev", "sst", "msm", "mkn", "spdi", "mpdi", "sei", "mei", "sthi",
        "ipu", "cpa", "mars", "sphil", "sgz", "sstat", "mstat", "skeb", "bsc", "ba", "ma", "mse", "sa", "ssa",
    ]

    /// Whether `text` holds an academic degree or honorific token such as "S.Pt", "M.Si", "Ir.".
    public static func hasDegree(_ text: some StringProtocol) -> Bool {
        var slice = Substring(text)
        if let decided = slice.withUTF8({ isPlainASCII($0) ? hasDegreeASCII($0) : nil }) { return decided }
        for token in text.split(whereSeparator: { $0 == " " || $0 == "," }) {
            guard token.count <= 8, token.first?.isUppercase == true else { continue }
            let folded = String(token.filter(\.isLetter)).lowercased()
            guard degrees.contains(folded) else { continue }
            if token.contains(".") || token.count <= 4 { return true }
        }
        return false
    }

    /// Whether `text` looks like a person's name with degrees: a degree token and a comma, or an
    /// upper-case name of two to six words.
    public static func looksLikeName(_ text: some StringProtocol) -> Bool {
        var slice = Substring(text)
        if let decided = slice.withUTF8(looksLikeNameIfPlainASCII) { return decided }
        let words = FoldedKey.spaceSeparated(Substring(text))
        guard !words.isEmpty, words.count <= 10 else { return false }
        let visible = words.joined()
        guard visible.filter(\.isLetter).count * 10 >= visible.count * 6 else { return false }
        if hasDegree(text), text.contains(",") || text.contains(".") { return true }
        let letters = words.joined().filter(\.isLetter)
        return words.count >= 2 && words.count <= 6 && !letters.isEmpty && letters.allSatisfy(\.isUppercase)
    }

    /// Whether `bytes` are ASCII without carriage returns: each byte is then one character.
    private static func isPlainASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.allSatisfy { $0 < 0x80 && $0 != 0x0D }
    }

    /// `looksLikeName` of UTF-8 bytes that are plain ASCII (`isPlainASCII`), counted on them
    /// (`NameCounts`); nil for any other bytes.
    static func looksLikeNameIfPlainASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard let counts = NameCounts(plainASCII: bytes) else { return nil }
        guard counts.words > 0, counts.words <= 10, (counts.upper + counts.lower) * 10 >= counts.visible * 6 else {
            return false
        }
        if counts.hasCommaOrPeriod, hasDegreeASCII(bytes) { return true }
        return counts.words >= 2 && counts.words <= 6 && counts.upper > 0 && counts.lower == 0
    }

    /// What `looksLikeName` counts in plain ASCII text, where every byte is a character: its words
    /// (runs of bytes other than spaces), its visible bytes (all but spaces), its upper-case and
    /// lower-case letters, and whether it holds a comma or a period.
    struct NameCounts: Equatable {
        var words = 0
        var visible = 0
        var upper = 0
        var lower = 0
        var hasCommaOrPeriod = false

        /// Adds the counts of eight bytes (`word`, the first the lowest), given whether the byte before
        /// them is a space (`spaceBefore`, bit 7), which becomes whether their last byte is; false when
        /// a byte is above 0x7F or a CR. Each count is of the bytes whose high bit a mask sets: with no
        /// high bit in the word, `x + c` sets the high bit of a byte `x` exactly when `x >= 0x80 - c`,
        /// without a carry into the next byte.
        @inline(__always)
        private mutating func add(_ word: UInt64, spaceBefore: inout UInt64) -> Bool {
            let high: UInt64 = 0x8080_8080_8080_8080
            guard word & high == 0 else { return false }
            guard SourceText.equalBytes(word, 0x0D) == 0 else { return false }
            let spaces = SourceText.equalBytes(word, 0x20)
            let nonSpaces = ~spaces & high
            words += SourceText.topBitCount(nonSpaces & (spaces &<< 8 | spaceBefore))
            spaceBefore = spaces &>> 56
            visible += SourceText.topBitCount(nonSpaces)
            upper += SourceText.topBitCount((word &+ 0x3F3F_3F3F_3F3F_3F3F) & ~(word &+ 0x2525_2525_2525_2525) & high)
            lower += SourceText.topBitCount((word &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(word &+ 0x0505_0505_0505_0505) & high)
            if SourceText.equalBytes(word, 0x2C) | SourceText.equalBytes(word, 0x2E) != 0 { hasCommaOrPeriod = true }
            return true
        }
    }

    /// `hasDegree` of plain ASCII text (`isPlainASCII`), read on its bytes: a token's letters are
    /// packed as they are read and looked up at once (`degreeKeys`).
    static func hasDegreeASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let degreeKeys = Self.degreeKeys
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x20, bytes[end] != UInt8(ascii: ",") { end += 1 }
            let token = UnsafeBufferPointer(rebasing: bytes[start..<end])
            start = end + 1
            guard token.count <= 8, let first = token.first, first >= 0x41, first <= 0x5A else { continue }
            var letters = PackedLetters()
            var hasPeriod = false
            for byte in token {
                if (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A {
                    letters.append(byte)
                } else if byte == UInt8(ascii: ".") {
                    hasPeriod = true
                }
            }
            guard letters.isOne(of: degreeKeys) else { continue }
            if hasPeriod || token.count <= 4 { return true }
        }
        return false
    }

    /// `degrees` as packed letters (every degree is ASCII letters, at most `PackedLetters.maximumCount`).
    private static let degreeKeys = PackedLetters.WordSet(degrees)

    /// Splits "Plt. Inspektur Kab. Landak, HERI ADIWIJAYA, SE" into position and name: the name starts
    /// after the first comma that is followed by an upper-case word or an honorific. Nil when there is
    /// no such comma.
    public static func splitPositionAndName(_ text: String) -> (position: String, name: String)? {
        var copy = text
        if let nameStart = copy.withUTF8({ $0.allSatisfy { $0 < 0x80 } ? asciiNameStart($0, in: text) : nil }) {
            guard let (comma, start) = nameStart else { return nil }
            let utf8 = text.utf8
            let position = TextFolding.trim(text[..<utf8.index(utf8.startIndex, offsetBy: comma)])
            let name = TextFolding.trim(text[utf8.index(utf8.startIndex, offsetBy: start)...])
            return (position, name)
        }
        return characterSplitPositionAndName(text)
    }

    /// Honorifics that start a name after a comma when they end with ".".
    private static let nameHonorifics = ASCIIWordSet(["h", "hj", "dr", "drs", "dra", "ir", "prof"])

    /// `splitPositionAndName` of ASCII `text` (given by its UTF-8 `bytes`, each one character but
    /// for "\r\n", which no test below tells from its two bytes): the offsets of the comma and of the
    /// name after it, `.some(nil)` when there is no such comma.
    private static func asciiNameStart(_ bytes: UnsafeBufferPointer<UInt8>, in text: String) -> (Int, Int)?? {
        func index(_ offset: Int) -> String.Index { text.utf8.index(text.utf8.startIndex, offsetBy: offset) }
        var comma = 0
        while comma < bytes.count {
            guard bytes[comma] == UInt8(ascii: ",") else {
                comma += 1
                continue
            }
            var wordStart = comma + 1
            while wordStart < bytes.count, bytes[wordStart] == 0x20 { wordStart += 1 }
            var wordEnd = wordStart
            var letters = 0
            var upper = 0
            while wordEnd < bytes.count, bytes[wordEnd] != 0x20, bytes[wordEnd] != UInt8(ascii: ",") {
                let byte = bytes[wordEnd]
                if byte >= 0x41, byte <= 0x5A { upper += 1 }
                if (byte | 0x20) >= 0x61, (byte | 0x20) <= 0x7A { letters += 1 }
                wordEnd += 1
            }
            let word = UnsafeBufferPointer(rebasing: bytes[wordStart..<wordEnd])
            let honorific = word.last == UInt8(ascii: ".")
                && nameHonorifics.containsLowercased(word.filter { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A })
            let upperCaseWord = letters >= 2 && upper == letters && !hasDegree(text[index(wordStart)..<index(wordEnd)])
            if upperCaseWord || honorific, hasText(bytes, 0..<comma), hasText(bytes, wordStart..<bytes.count) {
                return .some((comma, wordStart))
            }
            comma += 1
        }
        return .some(nil)
    }

    /// Whether `bytes[range]` holds a byte that is not ASCII white space (its `TextFolding.trim` is not empty).
    private static func hasText(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        range.contains { !TextFolding.isASCIIWhitespace(bytes[$0]) }
    }

    /// `splitPositionAndName` read character by character, for text that is not ASCII.
    private static func characterSplitPositionAndName(_ text: String) -> (position: String, name: String)? {
        var searchStart = text.startIndex
        while let comma = text[searchStart...].firstIndex(of: ",") {
            let after = text[text.index(after: comma)...].drop { $0 == " " }
            let firstWord = after.prefix { $0 != " " && $0 != "," }
            let letters = firstWord.filter(\.isLetter)
            let honorific = ["h", "hj", "dr", "drs", "dra", "ir", "prof"].contains(letters.lowercased())
                && firstWord.hasSuffix(".")
            if (letters.count >= 2 && letters.allSatisfy(\.isUppercase) && !hasDegree(firstWord)) || honorific {
                let position = TextFolding.trim(text[..<comma])
                let name = TextFolding.trim(after)
                if !position.isEmpty, !name.isEmpty { return (position, name) }
            }
            searchStart = text.index(after: comma)
        }
        return nil
    }
}

extension PersonName.NameCounts {
    /// The counts of `bytes`, read eight bytes at a time (`add`); nil when a byte is above 0x7F or
    /// a CR. The last few bytes of a buffer of eight or more are read in one load
    /// (`SourceText.lastBytes`), and the bytes past the end are spaces, which count for nothing; a
    /// shorter buffer is gathered byte by byte.
    init?(plainASCII bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        let spaces: UInt64 = 0x2020_2020_2020_2020
        // Bit 7 set: the byte before the next eight is a space (or there is none).
        var spaceBefore: UInt64 = 0x80
        var index = 0
        while index + 8 <= count {
            guard add(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)), spaceBefore: &spaceBefore)
            else { return nil }
            index += 8
        }
        guard index < count else { return }
        let rest = count - index
        var last: UInt64
        if count >= 8 {
            last = SourceText.lastBytes(raw, count: count, from: index)
        } else {
            last = 0
            for offset in 0..<rest { last |= UInt64(bytes[offset]) &<< UInt64(8 * offset) }
        }
        guard add(last | spaces &<< UInt64(8 * rest), spaceBefore: &spaceBefore) else { return nil }
    }
}
