@testable import SOPKit
import Testing

/// `OCRRepair.repairWord` of a plain ASCII token, read on its bytes, repairs exactly as the reading by
/// characters (`repairWordByCharacters`): on lexicon words in every letter case, glued, misread,
/// wrapped in punctuation, with digits, and on generated ASCII garbage.
@Suite struct OCRRepairPlainASCIITests {
    /// A number below `bound` from the shared seeded generator, so that the generated tokens are the
    /// same in every run.
    static func below(_ bound: Int, from generator: inout SplitMix) -> Int {
        Int(generator.next() % UInt64(bound))
    }

    /// A text of one to `maximum` of `pieces`, drawn with `generator`.
    static func text(ofUpTo maximum: Int, from pieces: [String], _ generator: inout SplitMix) -> String {
        let pieceCount = 1 + below(maximum, from: &generator)
        return (0..<pieceCount).map { _ in pieces[below(pieces.count, from: &generator)] }.joined()
    }

    /// Every fifth lexicon word in the shapes OCR gives it.
    static let lexiconTokens: [String] = {
        let words = (1...Lexicon.longestLength).flatMap { Lexicon.shared.candidates(length: $0, spread: 0).map(\.word) }
        var tokens: [String] = []
        for (position, word) in words.enumerated() where position % 5 == 0 {
            let capitalized = word.prefix(1).uppercased() + word.dropFirst()
            let next = words[(position * 7 + 3) % words.count]
            let nextCapitalized = next.prefix(1).uppercased() + next.dropFirst()
            var characters = Array(capitalized)
            let middle = characters.count / 2
            tokens += [word, capitalized, word.uppercased(), "(" + capitalized + "),", capitalized + nextCapitalized,
                word + nextCapitalized, capitalized + next.uppercased(), "1" + word.dropFirst(), word + ".", "..." + word]
            tokens.append(String(characters[..<middle]) + "." + String(characters[middle...]))
            tokens.append(String(characters[..<middle]) + "1" + String(characters[middle...]))
            tokens.append(String(characters[..<middle]) + String(characters[middle...]).uppercased())
            if let index = characters.firstIndex(of: "n") { characters[index] = "h" }
            tokens.append(String(characters))
            if let index = characters.firstIndex(of: "i") { characters[index] = "l" }
            tokens.append(String(characters).uppercased())
        }
        return tokens
    }()

    /// ASCII tokens of letters, digits and punctuation, short and long.
    static let generatedTokens: [String] = {
        let bytes = Array("aeiounhrlcgmsdtpkAEIOUNHRLCGMSDTPK0123456789.,;:()-_/@'!?".utf8)
        var generator = SplitMix(seed: 25)
        return (0..<3000).map { _ in
            let longest = OCRRepairPlainASCIITests.below(4, from: &generator) == 0 ? 24 : 12
            let count = 1 + OCRRepairPlainASCIITests.below(longest, from: &generator)
            let picked = (0..<count).map { _ in bytes[OCRRepairPlainASCIITests.below(bytes.count, from: &generator)] }
            return String(decoding: picked, as: UTF8.self)
        }
    }()

    static let examples = [
        "", "-", "1", "1234", "P.enyu_sunan", "LA(KIP", "1Sposist", "(Pencumpulan)", "Ihdikator", "PenyusunanRenstra",
        "PENYUSUNANRenstra", "SUMmpU", "AlaT", "Pengumpulan", "PENGUMPULAN", "pencumpulan,", "1hari", "a1b", "Dinas!!",
        "!!Dinas", "ab12cd", "dokurnen", "D0KUMEN", "Rnenerima", "Surat-menyurat", "x",
    ]

    @Test func bytesAgreeWithCharacters() {
        for token in Self.examples + Self.lexiconTokens + Self.generatedTokens {
            #expect(OCRRepair.repairWord(token[...]) == OCRRepair.repairWordByCharacters(token[...]), "\(token.debugDescription)")
        }
    }

    /// `spellsUnit` on bytes agrees with lower-casing by characters, on unit names in every case after
    /// numbers, and on texts with non-ASCII letters that lower-case to ASCII ones (the Kelvin sign).
    @Test func unitSpellingAgreesWithLowercased() {
        let pieces = ["", "2", "1,5", "0.5", ",", ".", "jam", "JAM", "Jam", "menit", "MENIT", "hari", "Hari", "minggu", "bulan",
            "iam", "m", "\u{212A}", "\u{E9}", "\r\n", "-", "1", "a", "T", "\u{301}"]
        var generator = SplitMix(seed: 7)
        for _ in 0..<4000 {
            let text = Self.text(ofUpTo: 3, from: pieces, &generator)
            for name in ["jam", "menit", "hari", "minggu", "bulan"] {
                #expect(OCRRepair.spellsUnit(text[...], name, afterNumber: false) == (text.lowercased() == name), "\(text.debugDescription)")
                let letters = text.drop { $0.isNumber || $0 == "," || $0 == "." }
                #expect(OCRRepair.spellsUnit(text[...], name, afterNumber: true) == (letters.lowercased() == name), "\(text.debugDescription)")
            }
        }
    }

    /// `spellsUnit(trimming:)`, on the bytes of plain ASCII text in place, agrees with `spellsUnit` of
    /// the text trimmed of OCR punctuation (`trimmingOCRPunctuation`), on units wrapped in punctuation,
    /// glued to numbers, in every case, with CR LF, non-ASCII letters and combining marks at their ends.
    @Test func trimmedUnitSpellingAgreesWithTrimmingFirst() {
        let pieces = ["", "2", "1,5", "0.5", ",", ".", "|", "(", ")", "jam", "JAM", "Jam", "menit", "MENIT", "hari", "Hari",
            "minggu", "bulan", "iam", "m", "\u{212A}", "\u{E9}", "\r\n", "\r", "\n", "-", "1", "a", "T", "\u{301}", "\u{2014}"]
        var generator = SplitMix(seed: 11)
        for _ in 0..<4000 {
            let text = Self.text(ofUpTo: 4, from: pieces, &generator)
            for name in ["jam", "menit", "hari", "minggu", "bulan"] {
                for afterNumber in [false, true] {
                    #expect(
                        OCRRepair.spellsUnit(trimming: text[...], name, afterNumber: afterNumber)
                            == OCRRepair.spellsUnit(text[...].trimmingOCRPunctuation(), name, afterNumber: afterNumber),
                        "\(text.debugDescription) \(name) \(afterNumber)")
                }
            }
        }
        let cases: [(text: String, name: String, afterNumber: Bool, spells: Bool)] = [
            ("menit|", "menit", false, true), ("(Jam)", "jam", false, true), ("|HARI.", "hari", false, true),
            ("menit", "jam", false, false), ("iam", "jam", false, false), ("1jam", "jam", false, false),
            ("1jam", "jam", true, true), ("(1,5JAM)", "jam", true, true), ("2.menit,", "menit", true, true),
            ("1iam", "jam", true, false), ("||", "jam", false, false), ("", "jam", true, false),
            ("\u{2014}jam", "jam", false, true), ("jam\u{E9}", "jam", false, false), ("menit\r\n", "menit", false, true),
        ]
        for example in cases {
            #expect(OCRRepair.spellsUnit(trimming: example.text[...], example.name, afterNumber: example.afterNumber) == example.spells,
                "\(example.text.debugDescription) \(example.name)")
        }
    }

    /// `spellsUnit(trimming:_:)` of a unit token, read first as the unit's name in one load, agrees with
    /// `spellsUnit(trimming:_:afterNumber:)` of the unit's name: on names in every case, wrapped in
    /// punctuation, misread, one letter off, with non-ASCII letters, CR LF and generated texts.
    @Test func unitNameInOneLoadAgreesWithTrimmedSpelling() {
        let cases: [(text: String, unit: DurationUnit, spells: Bool)] = [
            ("menit", .minute, true), ("Menit", .minute, true), ("MENIT", .minute, true), ("mEnIt", .minute, true),
            ("menit|", .minute, true), ("(Jam)", .hour, true), ("jam", .hour, true), ("JAM", .hour, true),
            ("hari", .day, true), ("Hari", .day, true), ("minggu", .week, true), ("MINGGU", .week, true),
            ("bulan", .month, true), ("Bulan", .month, true), ("menlt", .minute, false), ("menjt", .minute, false),
            ("iam", .hour, false), ("jarn", .hour, false), ("jaM", .hour, true), ("jan", .hour, false),
            ("harj", .day, false), ("mingu", .week, false), ("bulam", .month, false), ("jam", .minute, false),
            ("m\u{E9}nit", .minute, false), ("menit\r\n", .minute, true), ("", .hour, false), ("|", .hour, false),
            ("MENI@", .minute, false), ("MENI`", .minute, false), ("ja\u{0D}", .hour, false), ("J@M", .hour, false),
        ]
        for example in cases {
            #expect(OCRRepair.spellsUnit(trimming: example.text[...], example.unit) == example.spells,
                "\(example.text.debugDescription) \(example.unit)")
        }
        let pieces = ["", "j", "J", "a", "A", "m", "M", "e", "E", "n", "N", "i", "I", "t", "T", "h", "H", "r", "R", "g", "G",
            "u", "U", "b", "B", "l", "L", "@", "`", "|", "\u{E9}", "1", "jam", "menit"]
        var generator = SplitMix(seed: 13)
        for _ in 0..<4000 {
            let text = Self.text(ofUpTo: 6, from: pieces, &generator)
            for unit in DurationUnit.allCases {
                #expect(
                    OCRRepair.spellsUnit(trimming: text[...], unit)
                        == OCRRepair.spellsUnit(trimming: text[...], OCRRepair.canonicalUnit(unit), afterNumber: false),
                    "\(text.debugDescription) \(unit)")
            }
        }
    }

    /// A unit's word in any letter case, and nothing else, spells it in one load: letters that differ,
    /// bytes that lower onto no letter ("@", "`") or onto another, other lengths and bytes beyond ASCII
    /// do not; the repair writes the same words (`canonicalUnit`).
    @Test func unitWordsInAnyCaseAndNothingElse() {
        let cases: [(text: String, unit: DurationUnit, spells: Bool)] = [
            ("menit", .minute, true), ("MENIT", .minute, true), ("Menit", .minute, true), ("mEnIt", .minute, true),
            ("jam", .hour, true), ("JAM", .hour, true), ("hari", .day, true), ("minggu", .week, true),
            ("MINGGU", .week, true), ("bulan", .month, true), ("Bulan", .month, true), ("menlt", .minute, false),
            ("meni", .minute, false), ("menit.", .minute, false), ("jan", .hour, false), ("J@M", .hour, false),
            ("`am", .hour, false), ("ja", .hour, false), ("jam", .day, false), ("hari", .hour, false),
            ("m\u{E9}nit", .minute, false), ("", .minute, false), ("bulam", .month, false),
        ]
        for example in cases {
            var text = example.text
            #expect(
                text.withUTF8 { OCRTableBytes.spellsUnitWord(example.unit, inAnyCase: $0) } == example.spells,
                "\(example.text.debugDescription) \(example.unit)")
        }
        let words: [DurationUnit: String] = [.minute: "menit", .hour: "jam", .day: "hari", .week: "minggu", .month: "bulan"]
        for unit in DurationUnit.allCases {
            #expect(OCRRepair.canonicalUnit(unit) == words[unit], "\(unit)")
        }
    }

    /// A token of glued words far longer than any lexicon word ("aA" again and again, alone and after
    /// punctuation or a letter beyond ASCII, which are read by characters) is repaired in time linear
    /// in its length: only the splits whose first part is no longer than the longest lexicon word are
    /// tried, where every split used to be, each reading the whole part before it.
    @Test func longGluedTokensAreRepairedInLinearTime() {
        let glued = String(repeating: "aA", count: 16_000)
        let clock = ContinuousClock()
        for token in [glued, "\u{2014}" + glued, "\u{E9}" + glued] {
            let elapsed = clock.measure { _ = OCRRepair.repairWord(token[...]) }
            #expect(elapsed < .seconds(2), "\(token.prefix(4).debugDescription): \(elapsed)")
        }
        #expect(OCRRepair.repairWord("\u{2014}PenyusunanRenstra"[...]) == "\u{2014}Penyusunan Renstra")
        #expect(OCRRepair.repairWord("PenyusunanRenstra\u{E9}"[...]) == "Penyusunan Renstra\u{E9}")
    }

    @Test func examples() {
        #expect(OCRRepair.repairWord("(Pencumpulan)"[...]) == "(Pengumpulan)")
        #expect(OCRRepair.repairWord("PenyusunanRenstra,"[...]) == "Penyusunan Renstra,")
        #expect(OCRRepair.repairWord("1Sposist"[...]) == "Disposisi")
        #expect(OCRRepair.repairWord("LA(KIP"[...]) == "LAKIP")
        #expect(OCRRepair.repairWord("Pengumpulan"[...]) == nil)
    }
}
