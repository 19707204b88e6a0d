/// Splits list text into items: inline numbered lists ("1. … 2. … 3. …"), and the items of an HTML
/// list whose `<li>` tags were lost, glued together ("…Nomor 5587).Peraturan Pemerintah…",
/// "RenstraFormat penyusunan LKjIPDokumen…").
public enum ListSplitter {
    /// Splits "1. A 2. B 3. C" at each marker numbered one more than the previous. Text that does not
    /// start with "1." (or "1)") is one item. Items are trimmed; empty items are dropped.
    public static func splitNumbered(_ text: String) -> [String] {
        // Markers and the spaces before them are ASCII, so the bytes of the text find the same
        // markers as its scalars, and every item starts and ends at a scalar boundary.
        let bytes = Array(text.utf8)
        var markers: [(start: Int, contentStart: Int)] = []
        var expected = 1
        var index = 0
        while index < bytes.count {
            let atWordStart = index == 0 || bytes[index - 1] == 0x20
            if atWordStart, let (number, contentStart) = marker(bytes, at: index), number == expected {
                markers.append((index, contentStart))
                expected += 1
                index = contentStart
                continue
            }
            if markers.isEmpty, bytes[index] != 0x20 { break }
            index += 1
        }
        guard !markers.isEmpty else { return nonEmpty([text]) }
        var items: [String] = []
        for (position, marker) in markers.enumerated() {
            let end = position + 1 < markers.count ? markers[position + 1].start : bytes.count
            items.append(String(decoding: bytes[marker.contentStart..<end], as: UTF8.self))
        }
        return nonEmpty(items)
    }

    /// A list marker "12." or "12)" followed by a space at `index` of UTF-8 bytes: its number and
    /// where the item starts.
    private static func marker(_ bytes: [UInt8], at index: Int) -> (Int, Int)? {
        var value = 0
        var cursor = index
        while cursor < bytes.count, cursor - index < 2, bytes[cursor] >= 0x30, bytes[cursor] <= 0x39 {
            value = value * 10 + Int(bytes[cursor] - 0x30)
            cursor += 1
        }
        guard cursor > index, cursor + 1 < bytes.count else { return nil }
        guard bytes[cursor] == UInt8(ascii: ".") || bytes[cursor] == UInt8(ascii: ")"), bytes[cursor + 1] == 0x20 else {
            return nil
        }
        return (value, cursor + 2)
    }

    /// A list marker "12." or "12)" followed by a space at `index`: its number and where the item starts.
    private static func marker(_ scalars: [Unicode.Scalar], at index: Int) -> (Int, Int)? {
        var value = 0
        var cursor = index
        while cursor < scalars.count, cursor - index < 2, let digit = digit(scalars[cursor]) {
            value = value * 10 + digit
            cursor += 1
        }
        guard cursor > index, cursor + 1 < scalars.count else { return nil }
        guard scalars[cursor] == "." || scalars[cursor] == ")", scalars[cursor + 1] == " " else { return nil }
        return (value, cursor + 2)
    }

    /// Whether `text` starts with a list marker "1." / "1)" / "-" / "•" / "a.".
    public static func startsWithMarker(_ text: some StringProtocol) -> Bool {
        let scalars = Array(text.unicodeScalars.prefix(5))
        guard let first = scalars.first else { return false }
        if first == "-" || first == "\u{2022}" || first == "*" || first == "\u{B7}" || first == "\u{2013}" {
            return scalars.count > 1 && scalars[1] == " "
        }
        if marker(scalars + [" "], at: 0) != nil, scalars.count >= 3 { return true }
        if isLowercase(first), scalars.count >= 3, scalars[1] == "." || scalars[1] == ")",
            scalars[2] == " "
        {
            return true
        }
        return false
    }

    /// Removes a leading list marker ("1. ", "a) ", "- ", "• ") from `text`.
    public static func removingMarker(_ text: some StringProtocol) -> String {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        if let first = scalars.first,
            first == "-" || first == "\u{2022}" || first == "*" || first == "\u{B7}" || first == "\u{2013}"
        {
            index = 1
        } else {
            while index < scalars.count, index < 3, digit(scalars[index]) != nil { index += 1 }
            if index == 0, scalars.count >= 2, isLowercase(scalars[0]), scalars[1] == "." || scalars[1] == ")" {
                index = 1
            }
            guard index > 0, index < scalars.count, scalars[index] == "." || scalars[index] == ")" else {
                return TextFolding.trim(text)
            }
            index += 1
        }
        return TextFolding.trim(string(scalars[index...]))
    }

    /// Splits the items of a list whose separators were lost. A boundary is:
    /// - "." or ")" directly followed by a capital letter ("5587).Peraturan", "(LKjIP)Memiliki"), after a
    ///   word of four or more letters, a digit or ")";
    /// - a run of two or more lower-case letters directly followed by a capital ("InternalSOP", "RenstraFormat");
    /// - two capitals followed by a lower-case letter, after a word of two or more letters ("LKjIPDokumen").
    /// Mixed-case acronyms such as "LKjIP" stay whole.
    public static func splitGlued(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        let protected = protectedPositions(in: scalars)
        var items: [String] = []
        var itemStart = 0
        var wordLetters = 0
        var lowerRun = 0
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let isUpper = isUppercase(scalar)
            let isLower = isLowercase(scalar)
            var boundary: Int?
            if isUpper, index > 0 {
                let previous = scalars[index - 1]
                if previous == "." || previous == ")" {
                    let beforePunctuation = index >= 2 ? scalars[index - 2] : " "
                    if previous == ")" || beforePunctuation == ")" || digit(beforePunctuation) != nil || wordLetters >= 4 {
                        boundary = index
                    }
                } else if isLowercase(previous), lowerRun >= 2 {
                    let nextIsLower = index + 1 < scalars.count && isLowercase(scalars[index + 1])
                    if nextIsLower || (lowerRun >= 3 && wordLetters >= 5) { boundary = index }
                } else if isUppercase(previous), index + 1 < scalars.count,
                    isLowercase(scalars[index + 1]), wordLetters >= 2
                {
                    boundary = index
                }
            }
            if let candidate = boundary, protected[candidate] { boundary = nil }
            if let boundary {
                items.append(string(scalars[itemStart..<boundary]))
                itemStart = boundary
                wordLetters = 0
                lowerRun = 0
            }
            if isUpper || isLower {
                wordLetters += 1
                lowerRun = isLower ? lowerRun + 1 : 0
            } else if scalar == "." || scalar == ")" {
                lowerRun = 0
            } else {
                wordLetters = 0
                lowerRun = 0
            }
            index += 1
        }
        items.append(string(scalars[itemStart...]))
        return nonEmpty(items)
    }

    /// Mixed-case names that look glued but are one word.
    private static let mixedCaseWords: [[Unicode.Scalar]] = [
        "MenPAN", "KemenPAN", "PermenPAN", "LKjIP", "LKjIp", "eKinerja", "eGov", "SiLPA", "SiPD", "MenKes",
        "KemenKes", "PermenKes", "KemenDagri", "PermenDagri", "MenDagri", "KemenKeu", "PermenKeu", "BerAKHLAK",
        "PermenPANRB", "KemenPANRB", "SiMPEG", "SiMDA", "SiKD",
    ].map { Array($0.unicodeScalars) }

    /// Positions inside known mixed-case words, where no boundary may fall: `true` at each such position.
    private static func protectedPositions(in scalars: [Unicode.Scalar]) -> [Bool] {
        var positions = Array(repeating: false, count: scalars.count)
        guard scalars.count >= 4 else { return positions }
        for word in mixedCaseWords where word.count <= scalars.count {
            for start in 0...(scalars.count - word.count) where scalars[start] == word[0] {
                if scalars[start..<(start + word.count)].elementsEqual(word) {
                    for position in (start + 1)..<(start + word.count) { positions[position] = true }
                }
            }
        }
        return positions
    }

    /// Splits the items of a bulleted activity cell whose `<li>` tags were lost, before each capitalised
    /// verb ("… Laporan Kinerja Memimpin rapat … Menugaskan tim …").
    public static func splitGluedActivities(_ text: String) -> [String] {
        let words = FoldedKey.spaceSeparated(text[...])
        var items: [String] = []
        var current: [Substring] = []
        for word in words {
            if !current.isEmpty, isCapitalisedVerb(word) {
                items.append(current.joined(separator: " "))
                current = []
            }
            current.append(word)
        }
        if !current.isEmpty { items.append(current.joined(separator: " ")) }
        return nonEmpty(items)
    }

    private static let notVerbs: Set<String> = [
        "menteri", "menengah", "medan", "merauke", "meranti", "mei", "melawi", "mempawah", "menpan", "mendagri",
        "merangin", "mesuji", "menara", "mekanisme", "media", "meja", "meter", "metode", "meeting", "menu",
    ]

    /// A capitalised Indonesian active verb: "Menyampaikan", "Memimpin", "Mengirim", "Melakukan".
    static func isCapitalisedVerb(_ word: Substring) -> Bool {
        guard word.count >= 6, word.hasPrefix("Me") else { return false }
        let lower = word.lowercased()
        guard !notVerbs.contains(String(lower.prefix { $0.isLetter })) else { return false }
        let third = lower.dropFirst(2).first
        return third == "m" || third == "n" || third == "l" || third == "r" || third == "w" || third == "y"
    }

    /// `scalar.properties.isUppercase`, answered without the property tables for ASCII.
    private static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar.value >= 0x41 && scalar.value <= 0x5A : scalar.properties.isUppercase
    }

    /// `scalar.properties.isLowercase`, answered without the property tables for ASCII.
    private static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar.value >= 0x61 && scalar.value <= 0x7A : scalar.properties.isLowercase
    }

    /// The text of some scalars.
    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count)
        for scalar in scalars { UTF8.encode(scalar) { bytes.append($0) } }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func digit(_ scalar: Unicode.Scalar) -> Int? {
        scalar.value >= 0x30 && scalar.value <= 0x39 ? Int(scalar.value - 0x30) : nil
    }

    private static func nonEmpty(_ items: [String]) -> [String] {
        items.map { TextFolding.trim($0) }.filter { !$0.isEmpty }
    }
}
