/// Reads the Waktu cell of a step: "2 Hari", "10 Menit", "1 jam", "3 minggu", "1 bulan",
/// a range "1-2 hari" or "30 menit - 3 jam" (upper bound), decimals "0,5 hari", and flexible phrases ("Disesuaikan",
/// "Sesuai kebutuhan", "-").
public enum DurationParser {
    /// Parses `text`; `defaultUnit` applies to a bare number (a header such as "Waktu (menit)").
    /// Returns nil for empty text.
    public static func parse(_ text: String, defaultUnit: DurationUnit? = nil) -> Duration? {
        let trimmed = TextFolding.collapseWhitespace(text)
        guard !trimmed.isEmpty else { return nil }
        return Duration(text: trimmed, measure: measure(of: trimmed, defaultUnit: defaultUnit))
    }

    /// Whether `text` reads as a duration amount or a flexible phrase other than a lone dash: used to
    /// find the Waktu cell of a row whose cells are misaligned.
    public static func looksLikeDuration(_ text: String, defaultUnit: DurationUnit? = nil) -> Bool {
        guard !text.isEmpty, text.utf8.count <= 40 else { return false }
        switch measure(of: text, defaultUnit: defaultUnit) {
        case .amount: return true
        case .flexible: return !withBytes(of: text, isDash)
        case .unknownUnit, .unreadable: return false
        }
    }

    /// `looksLikeDuration(_:defaultUnit:)` of the text whose well-formed UTF-8 bytes are `utf8`, read on
    /// the bytes: a string of them is built only where characters decide (an amount with letters
    /// outside ASCII, a text whose key starts with an "s" that may be "setengah", a flexible phrase
    /// followed by a combining mark).
    static func looksLikeDuration(utf8: UnsafeBufferPointer<UInt8>, defaultUnit: DurationUnit? = nil) -> Bool {
        guard !utf8.isEmpty, utf8.count <= 40 else { return false }
        switch measure(bytes: utf8, text: { String(decoding: utf8, as: UTF8.self) }, defaultUnit: defaultUnit) {
        case .amount: return true
        case .flexible: return !isDash(utf8)
        case .unknownUnit, .unreadable: return false
        }
    }

    /// `body` of the UTF-8 bytes of `text`, read in place when the string stores them contiguously.
    private static func withBytes<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// Whether every character of the text whose UTF-8 bytes are `bytes` is "-", "–", "—" or a space,
    /// read on its bytes: none of these scalars joins another into one character.
    private static func isDash(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: "-") || byte == 0x20 { continue }
            guard byte == 0xE2, index < bytes.count, bytes[index] == 0x80 else { return false }
            index += 1
            guard index < bytes.count, bytes[index] == 0x93 || bytes[index] == 0x94 else { return false }
            index += 1
        }
        return true
    }

    /// Whether the first of `bytes` after the leading spaces is an ASCII digit: a text that does not
    /// start so has no number for `Tokens.number()` to read.
    private static func startsWithDigit(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let byte = bytes.first(where: { $0 != 0x20 }) else { return false }
        return byte >= 0x30 && byte <= 0x39
    }

    private static let flexiblePhrases: [String] = [
        "disesuaikan", "sesuaikebutuhan", "sesuai", "menyesuaikan", "tentatif", "kondisional", "situasional",
        "sesuaijadwal", "sesuaiketentuan", "tidaktentu", "fleksibel", "flexible", "tergantung", "bervariasi",
        "sesuaikondisi", "sesuaikeperluan", "insidental", "insidentil",
    ]

    /// The unit named by a word, folded to lower case (`unitNames`). Every name is lower-case ASCII
    /// letters, which no other text is canonically equal to, so the name is found by its bytes, packed.
    static func unit(named word: Substring) -> DurationUnit? {
        PackedASCIIWord(word.utf8).flatMap(unit(packed:))
    }

    /// What `text` says: an amount, a flexible phrase, an unknown unit or nothing readable.
    ///
    /// Read on the UTF-8 bytes: the dash, the wording and the leading digit are byte questions, and a
    /// text that is all ASCII is scanned on its bytes (each byte is its scalar) without building an
    /// array of its scalars.
    static func measure(of text: String, defaultUnit: DurationUnit?) -> DurationMeasure {
        withBytes(of: text) { measure(bytes: $0, text: { text }, defaultUnit: defaultUnit) }
    }

    /// `measure(of:defaultUnit:)` of the text whose UTF-8 bytes are `bytes`; `text` gives that text
    /// where its characters are needed. The commonest shape, a whole number and a unit, is read at once
    /// (`wholeNumberAndUnit`), before the dash, the wording and the tokens are asked.
    private static func measure(bytes: UnsafeBufferPointer<UInt8>, text: () -> String, defaultUnit: DurationUnit?) -> DurationMeasure {
        if let measure = wholeNumberAndUnit(bytes) { return measure }
        if isDash(bytes) { return .flexible }
        switch wording(bytes: bytes, text: text) {
        case .empty: return .unreadable
        case .flexible: return .flexible
        case .other: break
        }
        guard startsWithDigit(bytes) else { return halfMeasure(bytes: bytes, text: text) }
        if FoldedKey.isASCII(bytes) {
            var tokens = Tokens(scalars: ASCIIScalars(bytes: bytes))
            return amount(&tokens, defaultUnit: defaultUnit) ?? halfMeasure(bytes: bytes, text: text)
        }
        var tokens = Tokens(scalars: Array(text().unicodeScalars))
        return amount(&tokens, defaultUnit: defaultUnit) ?? halfMeasure(bytes: bytes, text: text)
    }

    /// The measure of the commonest Waktu shape, a whole number and a unit ("15 menit", "1jam",
    /// "1 hari kerja"), read on the bytes at once: spaces, one to six ASCII digits, spaces, a run of
    /// ASCII letters naming a unit (`unit(packed:)`), then the end, or spaces and an ASCII byte that
    /// starts no range ("-", "~", or the "s" and "h" of "s/d", "sampai" and "hingga"). Nil for any other
    /// text, left to the general reading, which gives this answer wherever this one is given: a text
    /// starting so is no dash and no flexible phrase, its number has no decimals, fraction or factor,
    /// and the unit's name is no range word.
    private static func wholeNumberAndUnit(_ bytes: UnsafeBufferPointer<UInt8>) -> DurationMeasure? {
        let count = bytes.count
        var index = 0
        while index < count, bytes[index] == 0x20 { index += 1 }
        let digitsStart = index
        var value = 0
        while index < count, bytes[index] &- 0x30 < 10 {
            guard index - digitsStart < 6 else { return nil }
            value = value * 10 + Int(bytes[index] &- 0x30)
            index += 1
        }
        guard index > digitsStart else { return nil }
        while index < count, bytes[index] == 0x20 { index += 1 }
        var word = PackedASCIIWord()
        while index < count, (bytes[index] | 0x20) &- 0x61 < 26 {
            guard word.length < PackedASCIIWord.capacity else { return nil }
            word.append(bytes[index] | 0x20)
            index += 1
        }
        guard word.length > 0, let unit = unit(packed: word) else { return nil }
        while index < count, bytes[index] == 0x20 { index += 1 }
        if index < count {
            let next = bytes[index]
            let lowered = next | 0x20
            guard next < 0x80, next != UInt8(ascii: "-"), next != UInt8(ascii: "~"),
                lowered != UInt8(ascii: "s"), lowered != UInt8(ascii: "h")
            else { return nil }
        }
        return .amount(value: Double(value), unit: unit)
    }

    /// `halfMeasure(of:)` of the text whose UTF-8 bytes are `bytes`, asked of the text only when the
    /// first byte of its key may be the "s" of "setengah" (an "s", or a byte outside ASCII, which the key
    /// may fold): any other first byte starts no such key.
    private static func halfMeasure(bytes: UnsafeBufferPointer<UInt8>, text: () -> String) -> DurationMeasure {
        guard let first = FoldedKey.firstKeyByte(utf8: bytes), first == UInt8(ascii: "s") || first >= 0x80 else {
            return .unreadable
        }
        return halfMeasure(of: text())
    }

    /// The measure of a text with no number at its start: half of a unit ("setengah hari"), or unreadable.
    private static func halfMeasure(of text: String) -> DurationMeasure {
        let key = startsWithHalf(text) ? TextFolding.key(text) : ""
        if key.hasPrefix("setengah "), let unit = unit(named: FoldedKey.spaceSeparated(key[...])[1]) {
            return .amount(value: 0.5, unit: unit)
        }
        return .unreadable
    }

    /// The measure `tokens` read from their start: a number, a range, fraction or product of numbers,
    /// and a unit; nil when they start with no number.
    private static func amount<Scalars>(_ tokens: inout Tokens<Scalars>, defaultUnit: DurationUnit?) -> DurationMeasure? {
        guard let first = tokens.number() else { return nil }
        var value = first
        if tokens.rangeSeparator(), let upper = tokens.number() {
            value = max(first, upper)
        } else if tokens.fractionSlash(), let denominator = tokens.number(), denominator > 0 {
            value = first / denominator
        }
        if tokens.multiplication(), let factor = tokens.number() {
            value *= factor
        }
        tokens.skipParenthetical()
        guard let word = tokens.word() else {
            return defaultUnit.map { .amount(value: value, unit: $0) } ?? .unknownUnit("")
        }
        if let unit = word.unit {
            var upper = tokens
            if upper.rangeSeparator(), let upperValue = upper.number(), let upperUnit = upper.word()?.unit,
                upperValue * Double(upperUnit.minutes) > value * Double(unit.minutes)
            {
                return .amount(value: upperValue, unit: upperUnit)
            }
            return .amount(value: value, unit: unit)
        }
        if word.isTimesLetter, let factor = tokens.number(), let unit = tokens.word()?.unit {
            return .amount(value: value * factor, unit: unit)
        }
        return .unknownUnit(word.text)
    }

    /// Every unit name the parser knows, with its unit: the one list `unit(named:)` and `unit(packed:)` read.
    static let unitNames: [(name: String, unit: DurationUnit)] = [
        ("menit", .minute), ("mnt", .minute), ("mt", .minute), ("min", .minute), ("minute", .minute), ("minutes", .minute),
        ("minit", .minute), ("minggu", .week), ("mgg", .week), ("month", .month), ("months", .month), ("hour", .hour),
        ("hours", .hour), ("hari", .day), ("hr", .day), ("hri", .day), ("harikerja", .day), ("jam", .hour), ("jm", .hour),
        ("day", .day), ("days", .day), ("pekan", .week), ("week", .week), ("weeks", .week), ("bulan", .month),
        ("bln", .month),
    ]

    /// `unitNames` packed into 64 slots (a power of two over twice their count), each name in the first
    /// free slot from its `firstSlot`.
    private static let packedUnitNames: [(word: PackedASCIIWord, unit: DurationUnit)?] = {
        var slots = [(word: PackedASCIIWord, unit: DurationUnit)?](repeating: nil, count: 64)
        for (name, unit) in unitNames {
            let word = PackedASCIIWord(name.utf8)!
            var slot = word.firstSlot(mask: slots.count - 1)
            while slots[slot] != nil { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = (word, unit)
        }
        return slots
    }()

    /// `unit(named:)` of an ASCII word given packed: looked up in `packedUnitNames`, with no string.
    static func unit(packed word: PackedASCIIWord) -> DurationUnit? {
        let mask = packedUnitNames.count - 1
        var slot = word.firstSlot(mask: mask)
        while let entry = packedUnitNames[slot] {
            if entry.word == word { return entry.unit }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// A word read by `Tokens.word()`, folded to lower case: packed when it is at most
    /// `PackedASCIIWord.capacity` ASCII letters (no string is built for it), else as a string.
    private enum Word {
        case packed(PackedASCIIWord)
        case text(Substring)

        /// The packed word "x" (a times sign written as a letter).
        private static let timesLetter = PackedASCIIWord("x".utf8)!

        /// The unit the word names (`unit(named:)`).
        var unit: DurationUnit? {
            switch self {
            case .packed(let word): DurationParser.unit(packed: word)
            case .text(let word): DurationParser.unit(named: word)
            }
        }

        /// Whether the word is "x".
        var isTimesLetter: Bool {
            switch self {
            case .packed(let word): word == Self.timesLetter
            case .text(let word): word == "x"
            }
        }

        /// The word as a string.
        var text: String {
            switch self {
            case .packed(let word):
                String(unsafeUninitializedCapacity: word.length) { buffer in
                    for offset in 0..<word.length {
                        let bits = offset < 8 ? word.low &>> (8 * UInt64(offset)) : word.high &>> (8 * UInt64(offset - 8))
                        buffer[offset] = UInt8(truncatingIfNeeded: bits)
                    }
                    return word.length
                }
            case .text(let word): String(word)
            }
        }
    }

    /// Whether the bytes of the key of `text` start with "setengah " (a half): a key whose bytes do not
    /// cannot start with those characters.
    private static func startsWithHalf(_ text: String) -> Bool {
        FoldedKey.withPrefix(of: text, capacity: 9) { key, _ in FoldedKey.hasPrefix(key, "setengah ") }
    }

    /// What the letters and digits of a text say before its numbers are read.
    private enum Wording {
        /// No letter or digit at all.
        case empty
        /// A flexible phrase ("Sesuai kebutuhan", "Tentatif").
        case flexible
        case other
    }

    /// Whether the text whose UTF-8 bytes are `bytes` (given by `text`) has no letters or digits, or
    /// starts with a flexible phrase once folded and stripped of spaces.
    ///
    /// Read from the bytes of the key without its spaces (`KeyBytes`): a phrase is ASCII, so its bytes
    /// match where its characters do, unless a non-ASCII scalar right after them (a combining mark)
    /// joins the last one; that rare case is left to the comparison of characters. Only the phrases
    /// starting with the key's first byte are compared, in their order, each up to its first
    /// difference, so a text is read no further than the phrases it may start with.
    private static func wording(bytes: UnsafeBufferPointer<UInt8>, text: () -> String) -> Wording {
        var afterFirst = KeyBytes(bytes: bytes)
        guard let first = afterFirst.next() else { return .empty }
        // No phrase starts with any other first byte (a digit, most often): the rest is not read.
        guard isFlexiblePhraseInitial(first) else { return .other }
        for phrase in flexiblePhraseBytes where phrase[0] == first {
            var rest = afterFirst
            guard phrase.dropFirst().allSatisfy({ rest.next() == $0 }) else { continue }
            if let next = rest.next(), next >= 0x80 { return wordingComparingCharacters(of: text()) }
            return .flexible
        }
        return .other
    }

    /// The bytes of a text's key without its spaces as `wording` compares them, one at a time: its
    /// ASCII letters and digits lowered and its bytes above 0x7F, in order, without its no-break
    /// spaces (C2 A0) and other ASCII bytes.
    private struct KeyBytes {
        /// The text's UTF-8 bytes.
        let bytes: UnsafeBufferPointer<UInt8>
        /// Where the next byte is looked for.
        var index = 0

        /// The next byte of the key, or nil at the end of the text.
        mutating func next() -> UInt8? {
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                if byte == 0xC2, index < bytes.count, bytes[index] == 0xA0 {
                    index += 1
                    continue
                }
                guard byte >= 0x80 || FoldedKey.isASCIIAlphanumeric(byte) else { continue }
                return byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            }
            return nil
        }
    }

    /// Whether `byte` is the first byte of one of `flexiblePhrases`: a text whose folded letters and
    /// digits start with any other byte (a digit, most often) starts with none of them.
    static func isFlexiblePhraseInitial(_ byte: UInt8) -> Bool {
        byte >= 0x61 && byte <= 0x7A && flexiblePhraseInitials & 1 << UInt32(byte - 0x61) != 0
    }

    /// The first letters of `flexiblePhrases` (all lower-case ASCII), bit `n` for the letter `a` + n.
    private static let flexiblePhraseInitials: UInt32 = flexiblePhrases.reduce(0) { initials, phrase in
        initials | 1 << UInt32(phrase.utf8.first! - 0x61)
    }

    /// `wording(bytes:text:)` decided on the characters of the key.
    private static func wordingComparingCharacters(of text: String) -> Wording {
        let key = TextFolding.key(text)
        if key.isEmpty { return .empty }
        let compact = key.filter { $0 != " " }
        return flexiblePhrases.contains(where: { compact.hasPrefix($0) }) ? .flexible : .other
    }

    /// `flexiblePhrases` as bytes.
    private static let flexiblePhraseBytes: [[UInt8]] = flexiblePhrases.map { Array($0.utf8) }

    /// The words that join the bounds of a range ("1 s/d 2 hari", "1 sampai 3 hari").
    private static let rangeWords = ["s/d", "s.d.", "s.d", "sampai", "hingga"]

    /// `rangeWords` as arrays of scalars.
    private static let rangeWordScalars = rangeWords.map { Array($0.unicodeScalars) }

    /// The scalars of an ASCII text, read from its UTF-8 bytes (each byte is one scalar).
    private struct ASCIIScalars: RandomAccessCollection {
        /// The bytes, all below 0x80.
        let bytes: UnsafeBufferPointer<UInt8>

        var startIndex: Int { 0 }
        var endIndex: Int { bytes.count }

        subscript(position: Int) -> Unicode.Scalar { Unicode.Scalar(bytes[position]) }
    }

    /// A small scanner over the scalars of a text: numbers ("2", "0,5", "1.5"), words, separators.
    private struct Tokens<Scalars: RandomAccessCollection> where Scalars.Element == Unicode.Scalar, Scalars.Index == Int {
        /// The scalars, indexed from 0.
        let scalars: Scalars
        var index = 0

        mutating func skipSpaces() {
            while index < scalars.count, scalars[index] == " " { index += 1 }
        }

        mutating func number() -> Double? {
            skipSpaces()
            var integer = 0.0
            var digits = 0
            while index < scalars.count, let digit = digitValue(scalars[index]), digits < 6 {
                integer = integer * 10 + digit
                digits += 1
                index += 1
            }
            guard digits > 0 else { return nil }
            if index + 1 < scalars.count, scalars[index] == "," || scalars[index] == ".",
                digitValue(scalars[index + 1]) != nil
            {
                index += 1
                var scale = 0.1
                var decimals = 0
                while index < scalars.count, let digit = digitValue(scalars[index]) {
                    if decimals < 3 { integer += digit * scale }
                    scale /= 10
                    decimals += 1
                    index += 1
                }
            }
            return integer
        }

        mutating func rangeSeparator() -> Bool {
            skipSpaces()
            guard index < scalars.count else { return false }
            if scalars[index] == "-" || scalars[index] == "\u{2013}" || scalars[index] == "\u{2014}"
                || scalars[index] == "~"
            {
                index += 1
                return true
            }
            // Every range word starts with "s" or "h", and no other character lowers to them.
            guard scalars[index] == "s" || scalars[index] == "S" || scalars[index] == "h" || scalars[index] == "H" else {
                return false
            }
            let window = scalars[index...].prefix(9)
            guard window.allSatisfy(\.isASCII) else {
                var rest = ""
                rest.unicodeScalars.append(contentsOf: window)
                rest = rest.lowercased()
                for word in DurationParser.rangeWords where rest.hasPrefix(word) {
                    index += word.unicodeScalars.count
                    return true
                }
                return false
            }
            for letters in DurationParser.rangeWordScalars {
                guard letters.count <= window.count,
                    zip(window, letters).allSatisfy({ Self.lowercasedASCII($0.0) == $0.1 })
                else { continue }
                index += letters.count
                return true
            }
            return false
        }

        /// An ASCII scalar in lower case.
        static func lowercasedASCII(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
            scalar.value >= 0x41 && scalar.value <= 0x5A ? Unicode.Scalar(UInt8(scalar.value) | 0x20) : scalar
        }

        /// Skips "(tiga)" after a number, as in "3 (tiga) hari".
        mutating func skipParenthetical() {
            skipSpaces()
            guard index < scalars.count, scalars[index] == "(" else { return }
            var close = index + 1
            while close < scalars.count, close - index < 20, scalars[close] != ")" { close += 1 }
            if close < scalars.count, scalars[close] == ")" { index = close + 1 }
        }

        mutating func fractionSlash() -> Bool {
            guard index < scalars.count, scalars[index] == "/" else { return false }
            guard index + 1 < scalars.count, digitValue(scalars[index + 1]) != nil else { return false }
            index += 1
            return true
        }

        mutating func multiplication() -> Bool {
            skipSpaces()
            guard index < scalars.count, scalars[index] == "x" || scalars[index] == "X" || scalars[index] == "\u{D7}"
            else { return false }
            var lookahead = index + 1
            while lookahead < scalars.count, scalars[lookahead] == " " { lookahead += 1 }
            guard lookahead < scalars.count, digitValue(scalars[lookahead]) != nil else { return false }
            index += 1
            return true
        }

        /// The next word, folded to lower case ASCII letters ("Hari" → "hari", "hari kerja" → "hari"):
        /// packed when it is ASCII and short enough.
        mutating func word() -> Word? {
            skipSpaces()
            while index < scalars.count, !Self.isAlphabetic(scalars[index]), digitValue(scalars[index]) == nil {
                index += 1
            }
            let start = index
            while index < scalars.count, Self.isAlphabetic(scalars[index]) { index += 1 }
            guard start < index else { return nil }
            let run = scalars[start..<index]
            guard run.allSatisfy(\.isASCII) else {
                var letters = ""
                letters.unicodeScalars.append(contentsOf: run)
                return .text(Substring(letters.lowercased()))
            }
            guard run.count <= PackedASCIIWord.capacity else {
                return .text(Substring(String(unsafeUninitializedCapacity: run.count) { buffer in
                    for (offset, scalar) in run.enumerated() { buffer[offset] = UInt8(Self.lowercasedASCII(scalar).value) }
                    return run.count
                }))
            }
            var word = PackedASCIIWord()
            for scalar in run { word.append(UInt8(Self.lowercasedASCII(scalar).value)) }
            return .packed(word)
        }

        /// `scalar.properties.isAlphabetic`, answered without the property tables for ASCII.
        private static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII ? (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A : scalar.properties.isAlphabetic
        }

        private func digitValue(_ scalar: Unicode.Scalar) -> Double? {
            scalar.value >= 0x30 && scalar.value <= 0x39 ? Double(scalar.value - 0x30) : nil
        }
    }
}
