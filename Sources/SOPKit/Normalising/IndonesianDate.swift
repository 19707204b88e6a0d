/// What a date cell says.
public enum DateReading: Sendable, Hashable {
    /// Nothing: empty, "-", or a placeholder.
    case none
    /// A date, possibly without day or month.
    case date(PartialDate)
    /// Text that is not a date.
    case unreadable
}

/// Reads dates as Indonesian SOPs write them: "14 Januari 2019", "Januari 2022", "06 April 2021",
/// "2 Juni 2025", "14-01-2019", "14/01/2019", "2019-01-14", "2021"; "-" or empty is no date.
public enum IndonesianDate {
    /// Reads `text`.
    public static func parse(_ text: some StringProtocol) -> DateReading {
        if let onBytes = text.utf8.withContiguousStorageIfAvailable(parseASCII), let onBytes {
            return onBytes
        }
        return parseComparingCharacters(text)
    }

    /// `parse` read on the words of the text's key, compared as strings: the definition `parseASCII`
    /// follows, used for text with other characters than ASCII.
    static func parseComparingCharacters(_ text: some StringProtocol) -> DateReading {
        if text.allSatisfy({ $0 == "-" || $0 == "\u{2013}" || $0 == "\u{2014}" || $0 == " " || $0 == ":" || $0 == "." }) {
            return .none
        }
        let words = FoldedKey.words(text)
        if words.isEmpty { return .none }
        if words.count == 1, ["belum", "tidak", "nihil", "none", "na"].contains(words[0]) { return .none }
        if let iso = isoDate(text) { return iso }
        var day: Int?
        var month: Int?
        var year: Int?
        for word in words {
            if let number = Int(word) {
                if word.count == 4, number >= 1900, number <= 2100 {
                    guard year == nil else { return .unreadable }
                    year = number
                } else if word.count <= 2, month == nil, day == nil, number >= 1, number <= 31 {
                    day = number
                } else if word.count <= 2, day != nil, month == nil, number >= 1, number <= 12 {
                    month = number
                } else {
                    return .unreadable
                }
            } else if let named = monthNumber(word) {
                guard month == nil else { return .unreadable }
                month = named
            } else if ["tanggal", "tgl", "bulan", "tahun", "th", "thn"].contains(word) {
                continue
            } else {
                return .unreadable
            }
        }
        guard let year else { return .unreadable }
        guard let month else { return day == nil ? .date(PartialDate(year: year)) : .unreadable }
        if let day {
            guard day <= daysIn(month: month, year: year) else { return .unreadable }
        }
        return .date(PartialDate(year: year, month: month, day: day))
    }

    /// "2019-01-14", "2019-01", "2019" as written by the text exporter and ISO tools.
    /// Only a text of ASCII digits, "-", "+" and ASCII white space (`mayBeISODate`) may be one, and
    /// such a text is read on its bytes (`isoDate(ascii:)`).
    static func isoDate(_ text: some StringProtocol) -> DateReading? {
        guard mayBeISODate(text) else { return nil }
        var ascii = String(text)
        return ascii.withUTF8 { isoDate(ascii: $0) }
    }

    /// Whether `text` holds only ASCII white space, digits, "+" and "-": the trimmed text of an ISO date
    /// splits at "-" into parts that `Int` reads, which only these bytes can spell, so any other byte
    /// rules it out.
    static func mayBeISODate(_ text: some StringProtocol) -> Bool {
        text.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")
                || TextFolding.isASCIIWhitespace(byte)
        }
    }

    /// The month named by an Indonesian (or English) month name or abbreviation, folded.
    public static func monthNumber(_ word: some StringProtocol) -> Int? {
        switch word.lowercased() {
        case "januari", "jan", "january": 1
        case "februari", "pebruari", "feb", "peb", "february", "febuari": 2
        case "maret", "mar", "march", "mrt": 3
        case "april", "apr", "apl": 4
        case "mei", "may": 5
        case "juni", "jun", "june": 6
        case "juli", "jul", "july": 7
        case "agustus", "agu", "agt", "agst", "ags", "aug", "august", "agus": 8
        case "september", "sep", "sept": 9
        case "oktober", "okt", "oct", "october": 10
        case "november", "nopember", "nov", "nop": 11
        case "desember", "des", "dec", "december", "dese": 12
        default: nil
        }
    }

    /// Days in `month` of `year` (Gregorian).
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
