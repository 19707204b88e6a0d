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
        if let decided = slice.withUTF8({ isPlainASCII($0) ? looksLikeNameASCII($0) : nil }) { return decided }
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

    /// `looksLikeName` of plain ASCII text (`isPlainASCII`), counted on its bytes.
    private static func looksLikeNameASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var words = 0
        var visible = 0
        var upper = 0
        var lower = 0
        var previous: UInt8 = 0x20
        for byte in bytes {
            if byte != 0x20 {
                visible += 1
                if previous == 0x20 { words += 1 }
                if byte >= 0x41, byte <= 0x5A { upper += 1 } else if byte >= 0x61, byte <= 0x7A { lower += 1 }
            }
            previous = byte
        }
        guard words > 0, words <= 10, (upper + lower) * 10 >= visible * 6 else { return false }
        if bytes.contains(UInt8(ascii: ",")) || bytes.contains(UInt8(ascii: ".")), hasDegreeASCII(bytes) { return true }
        return words >= 2 && words <= 6 && upper > 0 && lower == 0
    }

    /// `hasDegree` of plain ASCII text (`isPlainASCII`), read on its bytes.
    private static func hasDegreeASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x20, bytes[end] != UInt8(ascii: ",") { end += 1 }
            let token = UnsafeBufferPointer(rebasing: bytes[start..<end])
            start = end + 1
            guard token.count <= 8, let first = token.first, first >= 0x41, first <= 0x5A else { continue }
            let letters = token.lazy.filter { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }
            guard degreeSet.containsLowercased(letters) else { continue }
            if token.contains(UInt8(ascii: ".")) || token.count <= 4 { return true }
        }
        return false
    }

    /// `degrees` as a byte set.
    private static let degreeSet = ASCIIWordSet(degrees)

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
