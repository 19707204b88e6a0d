@testable import SOPKit
import Testing

/// `DurationParser` reads durations on the UTF-8 bytes (ASCII texts without an array of scalars); the
/// scalar-based parser it replaced is kept here as the reference, and both must agree on every text.
@Suite struct DurationBytesTests {
    /// Waktu cells and other chunks of the Waktu band, with the characters where bytes and scalars
    /// differ: no-break spaces, combining marks, dashes outside ASCII, letters outside ASCII.
    static let texts = [
        "", " ", "  ", "-", " - ", "--", "\u{2013}", "\u{2014}", "- \u{2013}", "\u{2212}", "2 Hari", "10 Menit", "1 jam",
        "3 minggu", "1 bulan", "1-2 hari", "1 - 2 Hari", "30 menit - 3 jam", "1 jam - 30 menit", "0,5 hari", "1.5 jam",
        "1,25 Jam", "2 s/d 3 hari", "2 S/D 3 Hari", "2 s.d. 3 hari", "2 s.d 3 hari", "1 sampai 3 hari", "1 hingga 2 minggu",
        "1 Sampai", "1 sampa", "1 s", "1 h", "1/2 jam", "1/0 jam", "3/4", "2 x 30 menit", "2x30 menit", "2 X 3 hari",
        "2 \u{D7} 3 hari", "2 x", "2 x hari", "3 (tiga) hari", "3 (tiga hari", "3 (tiga) ", "15", "15 ", "2 semester",
        "2 Semester Genap", "segera", "Disesuaikan", "disesuaikan dengan kebutuhan", "Sesuai kebutuhan", "sesuai",
        "SESUAI JADWAL", "Tentatif", "Tidak tentu", "tidak\u{00A0}tentu", "Fleksibel", "tergantung", "Insidentil",
        "setengah hari", "Setengah Jam", "setengah", "setengah tahun", "sete\u{301}ngah hari", "½ hari", "1 hari kerja",
        "1 HK", "1 harikerja", "5 mnt", "5 mt", "5 min", "5 minutes", "5 minit", "2 jm", "2 hours", "2 hr", "2 hri",
        "2 days", "2 mgg", "2 pekan", "2 weeks", "2 bln", "2 months", "1 Häri", "1 hári", "1 ha\u{301}ri", "1\u{301} hari",
        "1 \u{00A0}hari", "1\u{00A0}hari", "１ hari", "1 日", "123456789 hari", "1,2345 jam", "1.", "1.,2", "1 - ", "1 -",
        "1 – 2 hari", "1 — 2 minggu", "1 ~ 2 hari", "1 s/d", "1 s/d x", "1 Hari - 2 Hari", "2 Hari - 1 Hari",
        "1 Hari – 2 Jam", "1 jam - 2 hari", "1 hari - 2 jam", "1 x 2", "1 x 2 hari", "Data-data yang diperlukan. 1 hari kerja",
        "Dokumen", "Output", "e\u{301}", "(1) hari", " 1 hari", "   3   hari", "1 hari\u{301}", "1 S\u{301}/D 2 hari",
        "1 sampai\u{00A0}2 hari", "1 SAMPAİ 2 hari", "1 ſ/d 2 hari", "1 hINGGA 3 Jam", "1\thari", "1\u{00A0}", "1 (",
        "1 ()", "1 (abcdefghijklmnopqrstuvwxyz) hari", "9 ( 9 ) menit", "0 hari", "0/0", "2 menit\r\n", "1.5.5 hari",
        "01 jam", "1 ja", "1 jamm", "1 jam.", "1 jam,", "1 Jam\u{00A0}kerja", "Sesuai\u{301}", "se\u{301}suai",
        String(repeating: "1", count: 41), String(repeating: "a", count: 40), "1 " + String(repeating: "hari ", count: 9),
    ]

    @Test(arguments: texts) func measureAgreesWithScalarParser(_ text: String) {
        for unit in [nil, DurationUnit.minute, .day] {
            #expect(DurationParser.measure(of: text, defaultUnit: unit) == ScalarDurationReference.measure(of: text, defaultUnit: unit), "\(text) \(String(describing: unit))")
        }
    }

    @Test(arguments: texts) func looksLikeDurationAgreesWithScalarParser(_ text: String) {
        for unit in [nil, DurationUnit.hour] {
            #expect(DurationParser.looksLikeDuration(text, defaultUnit: unit) == ScalarDurationReference.looksLikeDuration(text, defaultUnit: unit), "\(text)")
        }
    }

    @Test func examples() {
        #expect(DurationParser.measure(of: "2 s/d 3 hari", defaultUnit: nil) == .amount(value: 3, unit: .day))
        #expect(DurationParser.measure(of: "30 menit - 3 jam", defaultUnit: nil) == .amount(value: 3, unit: .hour))
        #expect(DurationParser.measure(of: "2 x 30 menit", defaultUnit: nil) == .amount(value: 60, unit: .minute))
        #expect(DurationParser.measure(of: "1 Häri", defaultUnit: nil) == .unknownUnit("häri"))
        #expect(DurationParser.measure(of: "\u{2013}", defaultUnit: nil) == .flexible)
        #expect(DurationParser.measure(of: "setengah hari", defaultUnit: nil) == .amount(value: 0.5, unit: .day))
    }
}

/// The scalar-based duration reading `DurationParser.measure` had before it read bytes.
enum ScalarDurationReference {
    /// Whether `text` reads as a duration amount or a flexible phrase other than a lone dash.
    static func looksLikeDuration(_ text: String, defaultUnit: DurationUnit? = nil) -> Bool {
        guard !text.isEmpty, text.utf8.count <= 40 else { return false }
        switch measure(of: text, defaultUnit: defaultUnit) {
        case .amount: return true
        case .flexible: return !isDash(text)
        case .unknownUnit, .unreadable: return false
        }
    }

    /// Whether every character of `text` is "-", "–", "—" or a space, read on its bytes: none of these
    /// scalars joins another into one character.
    private static func isDash(_ text: String) -> Bool {
        let utf8 = text.utf8
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            index = utf8.index(after: index)
            if byte == UInt8(ascii: "-") || byte == 0x20 { continue }
            guard byte == 0xE2, index != utf8.endIndex, utf8[index] == 0x80 else { return false }
            index = utf8.index(after: index)
            guard index != utf8.endIndex, utf8[index] == 0x93 || utf8[index] == 0x94 else { return false }
            index = utf8.index(after: index)
        }
        return true
    }

    /// Whether the first byte of `text` after its leading spaces is an ASCII digit: a text that does not
    /// start so has no number for `Tokens.number()` to read.
    private static func startsWithDigit(_ text: String) -> Bool {
        guard let byte = text.utf8.first(where: { $0 != 0x20 }) else { return false }
        return byte >= 0x30 && byte <= 0x39
    }

    private static let flexiblePhrases: [String] = [
        "disesuaikan", "sesuaikebutuhan", "sesuai", "menyesuaikan", "tentatif", "kondisional", "situasional",
        "sesuaijadwal", "sesuaiketentuan", "tidaktentu", "fleksibel", "flexible", "tergantung", "bervariasi",
        "sesuaikondisi", "sesuaikeperluan", "insidental", "insidentil",
    ]

    /// The unit named by a word, folded to lower case.
    static func unit(named word: Substring) -> DurationUnit? {
        switch word {
        case "menit", "mnt", "mt", "min", "minute", "minutes", "minit": .minute
        case "jam", "jm", "hour", "hours": .hour
        case "hari", "hr", "hri", "day", "days", "harikerja": .day
        case "minggu", "mgg", "pekan", "week", "weeks": .week
        case "bulan", "bln", "month", "months": .month
        default: nil
        }
    }

    /// The measure of `text` as the scalar-based parser read it.
    static func measure(of text: String, defaultUnit: DurationUnit?) -> DurationMeasure {
        if isDash(text) { return .flexible }
        switch wording(of: text) {
        case .empty: return .unreadable
        case .flexible: return .flexible
        case .other: break
        }
        var tokens = Tokens(startsWithDigit(text) ? text : "")
        guard let first = tokens.number() else {
            let key = startsWithHalf(text) ? TextFolding.key(text) : ""
            if key.hasPrefix("setengah "), let unit = unit(named: FoldedKey.spaceSeparated(key[...])[1]) {
                return .amount(value: 0.5, unit: unit)
            }
            return .unreadable
        }
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
        if let unit = unit(named: word) {
            var upper = tokens
            if upper.rangeSeparator(), let upperValue = upper.number(), let upperWord = upper.word(),
                let upperUnit = Self.unit(named: upperWord),
                upperValue * Double(upperUnit.minutes) > value * Double(unit.minutes)
            {
                return .amount(value: upperValue, unit: upperUnit)
            }
            return .amount(value: value, unit: unit)
        }
        if word == "x", let factor = tokens.number(), let unitWord = tokens.word(), let unit = unit(named: unitWord) {
            return .amount(value: value * factor, unit: unit)
        }
        return .unknownUnit(String(word))
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

    /// Whether `text` has no letters or digits, or starts with a flexible phrase once folded and
    /// stripped of spaces.
    ///
    /// Read from the bytes of the key without its spaces: a phrase is ASCII, so its bytes match where
    /// its characters do, unless a non-ASCII scalar right after them (a combining mark) joins the last
    /// one; that rare case is left to the comparison of characters.
    private static func wording(of text: String) -> Wording {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: longestFlexiblePhrase + 1) { compact -> Wording in
            var count = 0
            var empty = true
            var iterator = text.utf8.makeIterator()
            var lookahead = iterator.next()
            while let byte = lookahead, count < compact.count {
                lookahead = iterator.next()
                if byte == 0xC2, lookahead == 0xA0 {
                    lookahead = iterator.next()
                    continue
                }
                guard byte >= 0x80 || FoldedKey.isASCIIAlphanumeric(byte) else { continue }
                empty = false
                compact[count] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                count += 1
            }
            if empty { return .empty }
            let folded = UnsafeBufferPointer(rebasing: compact[..<count])
            for phrase in flexiblePhraseBytes where folded.starts(with: phrase) {
                guard phrase.count == count || folded[phrase.count] < 0x80 else { return wordingComparingCharacters(of: text) }
                return .flexible
            }
            return .other
        }
    }

    /// `wording(of:)` decided on the characters of the key.
    private static func wordingComparingCharacters(of text: String) -> Wording {
        let key = TextFolding.key(text)
        if key.isEmpty { return .empty }
        let compact = key.filter { $0 != " " }
        return flexiblePhrases.contains(where: { compact.hasPrefix($0) }) ? .flexible : .other
    }

    /// `flexiblePhrases` as bytes.
    private static let flexiblePhraseBytes: [[UInt8]] = flexiblePhrases.map { Array($0.utf8) }

    /// The length in bytes of the longest flexible phrase.
    private static let longestFlexiblePhrase = flexiblePhrases.map(\.utf8.count).max()!

    /// A small scanner over the text: numbers ("2", "0,5", "1.5"), words, separators.
    private struct Tokens {
        let scalars: [Unicode.Scalar]
        var index = 0

        init(_ text: String) { scalars = Array(text.unicodeScalars) }

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
                for word in Self.rangeWords where rest.hasPrefix(word) {
                    index += word.unicodeScalars.count
                    return true
                }
                return false
            }
            for word in Self.rangeWords {
                let letters = word.unicodeScalars
                guard letters.count <= window.count,
                    zip(window, letters).allSatisfy({ Self.lowercasedASCII($0.0) == $0.1 })
                else { continue }
                index += letters.count
                return true
            }
            return false
        }

        /// The words that join the bounds of a range ("1 s/d 2 hari", "1 sampai 3 hari").
        static let rangeWords = ["s/d", "s.d.", "s.d", "sampai", "hingga"]

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

        /// The next word, folded to lower case ASCII letters ("Hari" → "hari", "hari kerja" → "hari").
        mutating func word() -> Substring? {
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
                return Substring(letters.lowercased())
            }
            return Substring(String(unsafeUninitializedCapacity: run.count) { buffer in
                for (offset, scalar) in run.enumerated() { buffer[offset] = UInt8(Self.lowercasedASCII(scalar).value) }
                return run.count
            })
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
