/// Splits list text into items: inline numbered lists ("1. … 2. … 3. …"), and the items of an HTML
/// list whose `<li>` tags were lost, glued together ("…Nomor 5587).Peraturan Pemerintah…",
/// "RenstraFormat penyusunan LKjIPDokumen…").
public enum ListSplitter {
    /// Splits "1. A 2. B 3. C" at each marker numbered one more than the previous. Text that does not
    /// start with "1." (or "1)") is one item. Items are trimmed; empty items are dropped.
    public static func splitNumbered(_ text: String) -> [String] {
        var items: [String] = []
        appendNumberedItems(of: text, to: &items)
        return items
    }

    /// Appends the items of `splitNumbered(text)` to `items`, in order, without an array of their own.
    static func appendNumberedItems(of text: String, to items: inout [String]) {
        // Markers and the spaces before them are ASCII, so the bytes of the text find the same
        // markers as its scalars, and every item starts and ends at a scalar boundary.
        var text = text
        text.withUTF8 { bytes in
            var first = 0
            while first < bytes.count, bytes[first] == 0x20 { first += 1 }
            guard first < bytes.count, let (number, contentStart) = marker(bytes, at: first), number == 1 else {
                appendTrimmed(bytes, 0..<bytes.count, to: &items)
                return
            }
            var itemStart = contentStart
            var expected = 2
            while let (markerStart, nextContentStart) = nextMarker(numbered: expected, in: bytes, from: itemStart) {
                appendTrimmed(bytes, itemStart..<markerStart, to: &items)
                itemStart = nextContentStart
                expected += 1
            }
            appendTrimmed(bytes, itemStart..<bytes.count, to: &items)
        }
    }

    /// The first list marker numbered `number` ("12. " or "12) " at a word start, as `marker` reads
    /// one) whose "." or ")" is at or after `from`, where the byte before `from` is a space: where the
    /// marker starts and where its item starts. The "." and ")" bytes are found eight bytes at a time;
    /// only they are looked at (most words end in neither).
    private static func nextMarker(
        numbered number: Int, in bytes: UnsafeBufferPointer<UInt8>, from: Int
    ) -> (start: Int, contentStart: Int)? {
        var index = from
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            while index + 8 <= bytes.count {
                let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                var ends = SourceText.equalBytes(word, UInt8(ascii: ".")) | SourceText.equalBytes(word, UInt8(ascii: ")"))
                while ends != 0 {
                    let end = index + ends.trailingZeroBitCount >> 3
                    if let start = markerStart(numbered: number, endingAt: end, in: bytes) { return (start, end + 2) }
                    ends &= ends &- 1
                }
                index += 8
            }
        }
        while index < bytes.count {
            if isMarkerEnd(bytes[index]), let start = markerStart(numbered: number, endingAt: index, in: bytes) {
                return (start, index + 2)
            }
            index += 1
        }
        return nil
    }

    /// Where the marker numbered `number` whose "." or ")" is at `end` starts: one or two ASCII digits
    /// at a word start (the first byte, or one after a space) right before `end`, with a space after
    /// `end` that is not the last byte; nil when there is no such marker or it has another number.
    @inline(__always)
    private static func markerStart(numbered number: Int, endingAt end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard end >= 1, end + 1 < bytes.count, bytes[end + 1] == 0x20, isDigit(bytes[end - 1]) else { return nil }
        let units = Int(bytes[end - 1] &- 0x30)
        if end == 1 || bytes[end - 2] == 0x20 { return units == number ? end - 1 : nil }
        guard isDigit(bytes[end - 2]), end == 2 || bytes[end - 3] == 0x20 else { return nil }
        return Int(bytes[end - 2] &- 0x30) * 10 + units == number ? end - 2 : nil
    }

    /// Appends the text of `bytes[range]` without leading and trailing ASCII white space
    /// (`TextFolding.trim`) to `items`, unless nothing is left.
    private static func appendTrimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, to items: inout [String]) {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end, TextFolding.isASCIIWhitespace(bytes[start]) { start += 1 }
        while end > start, TextFolding.isASCIIWhitespace(bytes[end - 1]) { end -= 1 }
        if start < end { items.append(String(utf8Bytes: UnsafeBufferPointer(rebasing: bytes[start..<end]))) }
    }

    /// A list marker "12." or "12)" followed by a space at `index` of UTF-8 bytes: its number and
    /// where the item starts.
    private static func marker(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Int, Int)? {
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

    /// Whether `text` starts with a list marker "1." / "1)" / "-" / "•" / "a.".
    public static func startsWithMarker(_ text: some StringProtocol) -> Bool {
        var slice = Substring(text)
        return slice.withUTF8(startsWithMarker(utf8:))
    }

    /// `startsWithMarker` of the text whose UTF-8 bytes are `bytes`, read from them in place.
    ///
    /// A text whose first byte is ASCII (a list line's usual start) is read here from its first three
    /// bytes: "-" or "*" and a space, one or two digits and "." or ")" (then a space, or the end after two
    /// digits: "12."), or a lower-case letter, "." or ")" and a space. A first byte outside ASCII (a
    /// bullet, or a letter that may be lower case) is left to `startsWithMarker(nonASCII:)`, out of line,
    /// so that this reading sets up no room for a decoded scalar and calls nothing.
    static func startsWithMarker(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first else { return false }
        guard first < 0x80 else { return startsWithMarker(nonASCII: bytes) }
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "*") { return bytes.count > 1 && bytes[1] == 0x20 }
        if isDigit(first) {
            let digits = bytes.count > 1 && isDigit(bytes[1]) ? 2 : 1
            guard digits < bytes.count, isMarkerEnd(bytes[digits]) else { return false }
            // A number marker needs a space after it, or to be the whole text of three characters ("12.").
            return digits + 1 < bytes.count ? bytes[digits + 1] == 0x20 : digits == 2
        }
        return first >= 0x61 && first <= 0x7A && bytes.count > 2 && isMarkerEnd(bytes[1]) && bytes[2] == 0x20
    }

    /// `startsWithMarker(utf8:)` of a text whose first byte is outside ASCII: a bullet ("•", "·", "–")
    /// and a space, or a lower-case letter, "." or ")" and a space (no digit starts it).
    @inline(never)
    private static func startsWithMarker(nonASCII bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let width = leadingScalarWidth(bytes) else { return false }
        if isBullet(bytes) { return width < bytes.count && bytes[width] == 0x20 }
        return startsWithLowercase(bytes, width: width) && width + 1 < bytes.count && isMarkerEnd(bytes[width])
            && bytes[width + 1] == 0x20
    }

    /// Removes a leading list marker ("1. ", "a) ", "- ", "• ") from `text`.
    ///
    /// The item is cut from the text's bytes when its first byte is ASCII and so is its last one
    /// (unless it runs to the end), or nothing is left: the cuts then fall on character boundaries,
    /// where `TextFolding.trim` of the text after the marker cuts too. Otherwise the characters decide
    /// (`removingMarkerComparingCharacters`).
    public static func removingMarker(_ text: some StringProtocol) -> String {
        var slice = Substring(text)
        let onBytes: String? = slice.withUTF8 { bytes in
            itemRange(afterMarkerOf: bytes).map { String(utf8Bytes: UnsafeBufferPointer(rebasing: bytes[$0])) }
        }
        return onBytes ?? removingMarkerComparingCharacters(slice)
    }

    /// The byte offsets of the item that `removingMarker` leaves of the text whose UTF-8 bytes are
    /// `bytes`, when they are found on the bytes (the item's first byte is ASCII and so is its last
    /// one, unless it runs to the end, or nothing is left); nil when the characters decide.
    static func itemRange(afterMarkerOf bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var start = markerContentStart(bytes) ?? 0
        var end = bytes.count
        while start < end, TextFolding.isASCIIWhitespace(bytes[start]) { start += 1 }
        while end > start, TextFolding.isASCIIWhitespace(bytes[end - 1]) { end -= 1 }
        guard start == end || (bytes[start] < 0x80 && (end == bytes.count || bytes[end - 1] < 0x80)) else {
            return nil
        }
        return start..<end
    }

    /// `removingMarker` of a text whose item starts with a byte above 0x7F, which may extend the
    /// character before it: the text after the marker is trimmed as characters (`TextFolding.trim`).
    static func removingMarkerComparingCharacters(_ text: some StringProtocol) -> String {
        var slice = Substring(text)
        guard let contentStart = slice.withUTF8(markerContentStart) else { return TextFolding.trim(slice) }
        let utf8 = slice.utf8
        return TextFolding.trim(slice[utf8.index(utf8.startIndex, offsetBy: contentStart)...])
    }

    /// Where the item starts after a leading list marker of UTF-8 `bytes` ("1.", "a)", "-", "•"): the
    /// byte after the marker, or nil when there is none.
    private static func markerContentStart(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let width = leadingScalarWidth(bytes) else { return nil }
        if isBullet(bytes) { return width }
        var digits = 0
        while digits < bytes.count, digits < 3, isDigit(bytes[digits]) { digits += 1 }
        if digits == 0, width < bytes.count, startsWithLowercase(bytes, width: width), isMarkerEnd(bytes[width]) {
            return width + 1
        }
        guard digits > 0, digits < bytes.count, isMarkerEnd(bytes[digits]) else { return nil }
        return digits + 1
    }

    /// The UTF-8 length of the first scalar of `bytes`, or nil when they are empty.
    private static func leadingScalarWidth(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = bytes.first else { return nil }
        let width = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : first >= 0xC0 ? 2 : 1
        return min(width, bytes.count)
    }

    /// Whether `bytes` start with a bullet: "-", "•", "*", "·" or "–".
    private static func isBullet(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch bytes.first {
        case UInt8(ascii: "-"), UInt8(ascii: "*"):
            return true
        case 0xC2:
            return bytes.count >= 2 && bytes[1] == 0xB7
        case 0xE2:
            return bytes.count >= 3 && bytes[1] == 0x80 && (bytes[2] == 0xA2 || bytes[2] == 0x93)
        default:
            return false
        }
    }

    /// Whether the first scalar of `bytes`, `width` bytes long, is a lower-case letter.
    private static func startsWithLowercase(_ bytes: UnsafeBufferPointer<UInt8>, width: Int) -> Bool {
        if bytes[0] < 0x80 { return bytes[0] >= 0x61 && bytes[0] <= 0x7A }
        guard let scalar = String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<width]), as: UTF8.self)
            .unicodeScalars.first
        else { return false }
        return isLowercase(scalar)
    }

    /// Whether a byte is an ASCII digit.
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Whether a byte ends a list marker: "." or ")".
    private static func isMarkerEnd(_ byte: UInt8) -> Bool { byte == UInt8(ascii: ".") || byte == UInt8(ascii: ")") }

    /// Splits the items of a list whose separators were lost. A boundary is:
    /// - "." or ")" directly followed by a capital letter ("5587).Peraturan", "(LKjIP)Memiliki"), after a
    ///   word of four or more letters, a digit or ")";
    /// - a run of two or more lower-case letters directly followed by a capital ("InternalSOP", "RenstraFormat");
    /// - two capitals followed by a lower-case letter, after a word of two or more letters ("LKjIPDokumen").
    /// Mixed-case acronyms such as "LKjIP" stay whole.
    public static func splitGlued(_ text: String) -> [String] {
        var items: [String] = []
        appendGluedItems(of: text, to: &items)
        return items
    }

    /// Appends the items of `splitGlued(text)` to `items`, in order; the items of ASCII text (checked
    /// eight bytes at a time) found on its bytes (`appendGluedASCIIItems`), without an array of their own.
    static func appendGluedItems(of text: String, to items: inout [String]) {
        var text = text
        let isASCII: Bool = text.withUTF8 { bytes in
            guard FoldedKey.isASCII(bytes) else { return false }
            appendGluedASCIIItems(bytes, to: &items)
            return true
        }
        guard !isASCII else { return }
        let scalars = Array(text.unicodeScalars)
        items += nonEmpty(gluedItemRanges(scalars).map { string(scalars[$0]) })
    }

    /// Appends the items of `splitGlued` of ASCII text, whose bytes are `bytes`, to `items`, trimmed
    /// and without the empty ones: the boundaries of `gluedItemRanges` (a scalar a byte), found in one
    /// pass over the bytes, where only a capital letter is looked at more closely (only a capital can
    /// start an item).
    private static func appendGluedASCIIItems(_ bytes: UnsafeBufferPointer<UInt8>, to items: inout [String]) {
        var itemStart = 0
        var wordLetters = 0
        var lowerRun = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if isASCIILowercase(byte) {
                wordLetters += 1
                lowerRun += 1
            } else if isASCIIUppercase(byte) {
                if index > 0, isGluedBoundary(at: index, of: bytes, wordLetters: wordLetters, lowerRun: lowerRun),
                    !isInsideMixedCaseWord(index, of: ASCIIScalars(bytes: bytes))
                {
                    appendTrimmed(bytes, itemStart..<index, to: &items)
                    itemStart = index
                    wordLetters = 0
                }
                wordLetters += 1
                lowerRun = 0
            } else if isMarkerEnd(byte) {
                lowerRun = 0
            } else {
                wordLetters = 0
                lowerRun = 0
            }
            index += 1
        }
        appendTrimmed(bytes, itemStart..<bytes.count, to: &items)
    }

    /// Whether an item of ASCII `bytes` may start at the capital letter at `index` (not the first
    /// byte), by the rules of `gluedItemRanges`: `wordLetters` and `lowerRun` count the letters of the
    /// word and the lower-case letters right before it. A known mixed-case word may still hold it.
    @inline(__always)
    private static func isGluedBoundary(
        at index: Int, of bytes: UnsafeBufferPointer<UInt8>, wordLetters: Int, lowerRun: Int
    ) -> Bool {
        let previous = bytes[index - 1]
        if isMarkerEnd(previous) {
            let beforePunctuation = index >= 2 ? bytes[index - 2] : 0x20
            return previous == UInt8(ascii: ")") || beforePunctuation == UInt8(ascii: ")") || isDigit(beforePunctuation)
                || wordLetters >= 4
        }
        let nextIsLower = index + 1 < bytes.count && isASCIILowercase(bytes[index + 1])
        if isASCIILowercase(previous), lowerRun >= 2 { return nextIsLower || (lowerRun >= 3 && wordLetters >= 5) }
        return isASCIIUppercase(previous) && nextIsLower && wordLetters >= 2
    }

    /// Whether a byte is an ASCII lower-case letter.
    private static func isASCIILowercase(_ byte: UInt8) -> Bool { byte &- 0x61 < 26 }

    /// Whether a byte is an ASCII capital letter.
    private static func isASCIIUppercase(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }

    /// The bytes of ASCII text read as its scalars, a scalar a byte, in place: a collection whose
    /// element is made from its byte where it is read, with no closure to call as a lazy map has.
    private struct ASCIIScalars: RandomAccessCollection {
        /// The text's bytes, every one below 0x80.
        let bytes: UnsafeBufferPointer<UInt8>
        /// The position of the first scalar: 0.
        var startIndex: Int { 0 }
        /// The position after the last scalar: the number of bytes.
        var endIndex: Int { bytes.count }
        /// The scalar of the byte at `position`.
        subscript(position: Int) -> Unicode.Scalar { Unicode.Scalar(bytes[position]) }
    }

    /// The ranges of the items of `splitGlued`, as positions in `scalars`: they follow each other and
    /// cover all of them. (ASCII text is split on its bytes by the same rules: `appendGluedASCIIItems`.)
    private static func gluedItemRanges(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
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
            if let boundary, !isInsideMixedCaseWord(boundary, of: scalars) {
                ranges.append(itemStart..<boundary)
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
        ranges.append(itemStart..<scalars.count)
        return ranges
    }

    /// Mixed-case names that look glued but are one word.
    private static let mixedCaseWords: [[Unicode.Scalar]] = [
        "MenPAN", "KemenPAN", "PermenPAN", "LKjIP", "LKjIp", "eKinerja", "eGov", "SiLPA", "SiPD", "MenKes",
        "KemenKes", "PermenKes", "KemenDagri", "PermenDagri", "MenDagri", "KemenKeu", "PermenKeu", "BerAKHLAK",
        "PermenPANRB", "KemenPANRB", "SiMPEG", "SiMDA", "SiKD",
    ].map { Array($0.unicodeScalars) }

    /// The length of the longest word of `mixedCaseWords`.
    private static let longestMixedCaseWord = mixedCaseWords.map(\.count).max()!

    /// Whether `position` of `scalars` lies inside a known mixed-case word (after its first scalar),
    /// where no boundary may fall.
    private static func isInsideMixedCaseWord<Scalars: RandomAccessCollection<Unicode.Scalar>>(
        _ position: Int, of scalars: Scalars
    ) -> Bool where Scalars.Index == Int {
        // The table is read once, not through its accessor at every position.
        let wordsByFirstScalar = mixedCaseWordsByFirstScalar
        for start in max(0, position - longestMixedCaseWord + 1)..<position {
            let first = scalars[start]
            guard first.value < 0x80 else { continue }
            for word in wordsByFirstScalar[Int(first.value)]
            where start + word.count > position && start + word.count <= scalars.count {
                if scalars[start..<(start + word.count)].elementsEqual(word) { return true }
            }
        }
        return false
    }

    /// For each ASCII value, the words of `mixedCaseWords` that start with it (most values: none), so
    /// that a position is compared with those words alone.
    private static let mixedCaseWordsByFirstScalar: [[[Unicode.Scalar]]] = {
        var table = [[[Unicode.Scalar]]](repeating: [], count: 0x80)
        for word in mixedCaseWords { table[Int(word[0].value)].append(word) }
        return table
    }()

    /// Splits the items of a bulleted activity cell whose `<li>` tags were lost, before each capitalised
    /// verb ("… Laporan Kinerja Memimpin rapat … Menugaskan tim …"). Text of printable ASCII and spaces
    /// is split on its bytes (`gluedActivitiesOfPrintableASCII`).
    public static func splitGluedActivities(_ text: String) -> [String] {
        var text = text
        if let items = text.withUTF8(gluedActivitiesOfPrintableASCII) { return items }
        let words = FoldedKey.spaceSeparated(text[...])
        var items: [String] = []
        var current = ""
        var currentHasWords = false
        for word in words {
            if currentHasWords, isCapitalisedVerb(word) {
                items.append(current)
                current = ""
                currentHasWords = false
            }
            if currentHasWords { current.append(" ") }
            current.append(contentsOf: word)
            currentHasWords = true
        }
        if currentHasWords { items.append(current) }
        return nonEmpty(items)
    }

    /// `splitGluedActivities` of text whose UTF-8 bytes are `bytes`, read on them when they are all
    /// printable ASCII or spaces (each byte a character, and no item with white space to trim but the
    /// spaces between its words): each item's words, split at spaces, written joined by single spaces
    /// straight into its string. Nil for any other text.
    private static func gluedActivitiesOfPrintableASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
        guard bytes.allSatisfy({ $0 == 0x20 || ($0 > 0x20 && $0 < 0x7F) }) else { return nil }
        var items: [String] = []
        // Where the current item's first word starts (nil before the first word) and its last word ends.
        var itemStart: Int?
        var itemEnd = 0
        var offset = 0
        while offset < bytes.count {
            guard bytes[offset] != 0x20 else {
                offset += 1
                continue
            }
            var end = offset + 1
            while end < bytes.count, bytes[end] != 0x20 { end += 1 }
            if let start = itemStart, isCapitalisedVerbASCII(UnsafeBufferPointer(rebasing: bytes[offset..<end])) {
                items.append(joiningWords(bytes, start..<itemEnd))
                itemStart = offset
            } else if itemStart == nil {
                itemStart = offset
            }
            itemEnd = end
            offset = end
        }
        if let start = itemStart { items.append(joiningWords(bytes, start..<itemEnd)) }
        return items
    }

    /// The words of `bytes[range]` (printable ASCII and spaces, starting and ending with a word) joined
    /// by single spaces: each run of spaces written as one.
    private static func joiningWords(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(unsafeUninitializedCapacity: range.count) { text in
            var count = 0
            var previousWasSpace = false
            for offset in range {
                let isSpace = bytes[offset] == 0x20
                if !(isSpace && previousWasSpace) {
                    text[count] = bytes[offset]
                    count += 1
                }
                previousWasSpace = isSpace
            }
            return count
        }
    }

    private static let notVerbs: Set<String> = [
        "menteri", "menengah", "medan", "merauke", "meranti", "mei", "melawi", "mempawah", "menpan", "mendagri",
        "merangin", "mesuji", "menara", "mekanisme", "media", "meja", "meter", "metode", "meeting", "menu",
    ]

    /// A capitalised Indonesian active verb: "Menyampaikan", "Memimpin", "Mengirim", "Melakukan".
    static func isCapitalisedVerb(_ word: Substring) -> Bool {
        var slice = word
        if let decided = slice.withUTF8({ isPlainASCII($0) ? isCapitalisedVerbASCII($0) : nil }) { return decided }
        guard word.count >= 6, word.hasPrefix("Me") else { return false }
        let lower = word.lowercased()
        guard !notVerbs.contains(String(lower.prefix { $0.isLetter })) else { return false }
        let third = lower.dropFirst(2).first
        return third == "m" || third == "n" || third == "l" || third == "r" || third == "w" || third == "y"
    }

    /// `notVerbs` as a byte set.
    private static let notVerbBytes = ASCIIWordSet(notVerbs)

    /// Whether `bytes` are ASCII without carriage returns: each byte is then one character.
    private static func isPlainASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.allSatisfy { $0 < 0x80 && $0 != 0x0D }
    }

    /// `isCapitalisedVerb` of a plain ASCII word (`isPlainASCII`), read on its bytes.
    private static func isCapitalisedVerbASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 6, bytes[0] == UInt8(ascii: "M"), bytes[1] == UInt8(ascii: "e") else { return false }
        var letters = 0
        while letters < bytes.count, (bytes[letters] | 0x20) >= 0x61, (bytes[letters] | 0x20) <= 0x7A { letters += 1 }
        guard !notVerbBytes.containsLowercased(UnsafeBufferPointer(rebasing: bytes[0..<letters])) else { return false }
        // Only "M" and "m" give "m" when 0x20 is set, and so on for the other letters.
        switch bytes[2] | 0x20 {
        case UInt8(ascii: "m"), UInt8(ascii: "n"), UInt8(ascii: "l"), UInt8(ascii: "r"), UInt8(ascii: "w"), UInt8(ascii: "y"):
            return true
        default:
            return false
        }
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
