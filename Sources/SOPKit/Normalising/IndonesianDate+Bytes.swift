/// `IndonesianDate.parse` read on the bytes of an ASCII text: the words of its key are its runs of
/// letters and digits, read where they stand, a number by its digits and a name by its letters packed
/// into one integer, without the key, its words or a lower-cased copy.
extension IndonesianDate {
    /// `parse` of the text whose UTF-8 bytes are `bytes`, or nil when a byte is not ASCII (the
    /// characters must decide).
    static func parseASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> DateReading? {
        guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        if bytes.allSatisfy(isNoDateByte) { return DateReading.none }
        if let iso = isoDate(ascii: bytes) { return iso }
        var day: Int?
        var month: Int?
        var year: Int?
        var start = 0
        var isFirstWord = true
        while start < bytes.count {
            guard TextFolding.isASCIIAlphanumeric(bytes[start]) else {
                start += 1
                continue
            }
            var end = start + 1
            while end < bytes.count, TextFolding.isASCIIAlphanumeric(bytes[end]) { end += 1 }
            let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
            switch DateWord(word) {
            case .number(let number, let digits):
                if digits == 4, number >= 1900, number <= 2100 {
                    guard year == nil else { return .unreadable }
                    year = number
                } else if digits <= 2, month == nil, day == nil, number >= 1, number <= 31 {
                    day = number
                } else if digits <= 2, day != nil, month == nil, number >= 1, number <= 12 {
                    month = number
                } else {
                    return .unreadable
                }
            case .month(let named):
                guard month == nil else { return .unreadable }
                month = named
            case .filler:
                break
            case .noDate:
                let isOnlyWord = isFirstWord && !bytes[end...].contains(where: TextFolding.isASCIIAlphanumeric)
                return isOnlyWord ? DateReading.none : .unreadable
            case .other:
                return .unreadable
            }
            isFirstWord = false
            start = end
        }
        if isFirstWord { return DateReading.none }
        guard let year else { return .unreadable }
        guard let month else { return day == nil ? .date(PartialDate(year: year)) : .unreadable }
        if let day {
            guard day <= daysIn(month: month, year: year) else { return .unreadable }
        }
        return .date(PartialDate(year: year, month: month, day: day))
    }

    /// `isoDate(_:)` of the text whose bytes are `bytes`, all ASCII, read where they stand. Its parts
    /// (the text without ASCII white space at its ends, cut at each "-") must be two or three, the first
    /// four bytes long and the others two, so the trimmed text is seven or ten bytes with a "-" after
    /// the fourth and the seventh; each part must be a number as `Int` reads it (an optional sign, then
    /// digits; a part holds no "-", so the sign can only be "+"). Nil when the text is not so.
    static func isoDate(ascii bytes: UnsafeBufferPointer<UInt8>) -> DateReading? {
        var lower = 0
        var upper = bytes.count
        while lower < upper, TextFolding.isASCIIWhitespace(bytes[lower]) { lower += 1 }
        while upper > lower, TextFolding.isASCIIWhitespace(bytes[upper - 1]) { upper -= 1 }
        let length = upper - lower
        let hyphen = UInt8(ascii: "-")
        guard length == 7 || (length == 10 && bytes[lower + 7] == hyphen), bytes[lower + 4] == hyphen,
            let year = isoNumber(bytes, lower..<lower + 4), let month = isoNumber(bytes, lower + 5..<lower + 7)
        else { return nil }
        // Every part is read before the month is checked, as `isoDate(_:)` reads them.
        let day = length == 10 ? isoNumber(bytes, lower + 8..<lower + 10) : nil
        guard length == 7 || day != nil else { return nil }
        guard month >= 1, month <= 12 else { return .unreadable }
        guard let day else { return .date(PartialDate(year: year, month: month)) }
        guard day >= 1, day <= daysIn(month: month, year: year) else { return .unreadable }
        return .date(PartialDate(year: year, month: month, day: day))
    }

    /// The number `Int` reads from the ASCII bytes `range` of `bytes` holding no "-": an optional "+"
    /// and at least one digit, nothing else; nil otherwise.
    private static func isoNumber(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var index = range.lowerBound
        if index < range.upperBound, bytes[index] == UInt8(ascii: "+") { index += 1 }
        guard index < range.upperBound else { return nil }
        var value = 0
        while index < range.upperBound {
            let digit = bytes[index] &- 0x30
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
            index += 1
        }
        return value
    }

    /// Whether an ASCII byte is one of the characters a text without a date may consist of: "-", " ",
    /// ":" and ".".
    private static func isNoDateByte(_ byte: UInt8) -> Bool {
        byte == 0x2D || byte == 0x20 || byte == 0x3A || byte == 0x2E
    }

    /// What a word of a date's key says, read on its ASCII letters and digits.
    enum DateWord: Equatable {
        /// Digits only: their value (at most four digits are read) and how many there are.
        case number(Int, digits: Int)
        /// A month's name or abbreviation (`monthNumber`).
        case month(Int)
        /// A word written around a date's parts: "tanggal", "tgl", "bulan", "tahun", "th", "thn".
        case filler
        /// A word that says there is no date when it stands alone: "belum", "tidak", "nihil", "none", "na".
        case noDate
        /// Anything else: more than four digits, letters and digits mixed, other words.
        case other

        /// The kind of the word whose bytes, ASCII letters and digits, are `word`.
        init(_ word: UnsafeBufferPointer<UInt8>) {
            if word[0] <= 0x39 {
                var value = 0
                for byte in word {
                    guard byte <= 0x39, word.count <= 4 else {
                        self = .other
                        return
                    }
                    value = value * 10 + Int(byte - 0x30)
                }
                self = .number(value, digits: word.count)
                return
            }
            guard let packed = DateWord.packedLetters(word) else {
                self = .other
                return
            }
            if let entry = DateWord.packedMonths.first(where: { $0.name == packed }) {
                self = .month(entry.month)
            } else if DateWord.packedFillers.contains(packed) {
                self = .filler
            } else if DateWord.packedNoDateWords.contains(packed) {
                self = .noDate
            } else {
                self = .other
            }
        }

        /// The letters of a word packed (`PackedLetters`); nil for a word with a digit or more than
        /// twelve letters.
        static func packedLetters(_ word: some Collection<UInt8>) -> UInt64? {
            PackedLetters(letters: word)?.key
        }

        /// The names and abbreviations `monthNumber` reads, packed, with their months.
        static let packedMonths: [(name: UInt64, month: Int)] = [
            ("januari", 1), ("jan", 1), ("january", 1),
            ("februari", 2), ("pebruari", 2), ("feb", 2), ("peb", 2), ("february", 2), ("febuari", 2),
            ("maret", 3), ("mar", 3), ("march", 3), ("mrt", 3), ("april", 4), ("apr", 4), ("apl", 4),
            ("mei", 5), ("may", 5), ("juni", 6), ("jun", 6), ("june", 6), ("juli", 7), ("jul", 7), ("july", 7),
            ("agustus", 8), ("agu", 8), ("agt", 8), ("agst", 8), ("ags", 8), ("aug", 8), ("august", 8), ("agus", 8),
            ("september", 9), ("sep", 9), ("sept", 9), ("oktober", 10), ("okt", 10), ("oct", 10), ("october", 10),
            ("november", 11), ("nopember", 11), ("nov", 11), ("nop", 11),
            ("desember", 12), ("des", 12), ("dec", 12), ("december", 12), ("dese", 12),
        ].map { (packedLetters($0.0.utf8)!, $0.1) }

        /// The filler words, packed.
        static let packedFillers: [UInt64] = ["tanggal", "tgl", "bulan", "tahun", "th", "thn"].map { packedLetters($0.utf8)! }

        /// The words that say there is no date, packed.
        static let packedNoDateWords: [UInt64] = ["belum", "tidak", "nihil", "none", "na"].map { packedLetters($0.utf8)! }
    }
}
