@testable import SOPKit
import Testing

/// The OCR table's words read on their bytes agree with the `Character`- and `String`-based
/// expressions they replaced: the spelling of a duration unit, the role-name words a token's key is
/// looked up in, and tokens joined into a cell straight from the lines they were cut from.
@Suite struct OCRTableWordBytesTests {
    /// Unit words as OCR writes them: cased, glued to numbers, with punctuation, non-ASCII letters,
    /// combining marks, CR and look-alikes.
    static let unitWords = ByteLevelHelperTests.texts + [
        "menit", "Menit", "MENIT", "menit|", "(Menit)", "15menit", "1,5jam", "2.hari", "0,5Hari.", "iam", "Iam", "jam",
        "JAM", "1jam", "ljam", "hari", "Hari", "HARI,", "minggu", "Minggu", "mingu", "bulan", "Bulan", "BULAN|", "bln",
        "me\u{301}nit", "ménit", "Ｍenit", "\u{212A}am", "jam\r", "\rjam", "1\u{301}jam", "12,.menit", ",menit", ".jam", "1 jam",
        "menitx", "menit1", "1menit1", "x", "", "1", "11", "ja", "jamm", "\u{0600}jam", "jam\u{0600}", "ıam", "İam",
        "menit’", "‘jam", "—hari", "menit\u{00A0}", "\tjam", "jam\t", "--,.;menit!!", "1.,2,menit", "12345678menit",
        String(repeating: "1", count: 300) + "jam", String(repeating: "menit", count: 60), "MeNiT", "m", "(", "()", "1)",
    ]

    /// The reference: the word without OCR punctuation and leading numbers, when it is the unit spelt
    /// right in some case, else the unit's spelling.
    static func unitWordByCharacters(_ unit: DurationUnit, written: Substring) -> String {
        let core = String(written.trimmingOCRPunctuation().drop { $0.isNumber || $0 == "," || $0 == "." })
        let correct = switch unit {
        case .minute: "menit"
        case .hour: "jam"
        case .day: "hari"
        case .week: "minggu"
        case .month: "bulan"
        }
        return core.lowercased() == correct ? core : correct
    }

    @Test(arguments: unitWords) func unitWordAgreesWithCharacters(_ text: String) {
        let inLine = "10 \(text) |"
        for written in [text[...], inLine.dropFirst(3).dropLast(2)] {
            for unit in DurationUnit.allCases {
                let found = OCRTableParser.canonicalUnitWord(unit, written: written)
                let expected = Self.unitWordByCharacters(unit, written: written)
                #expect(found == expected, "\(text.debugDescription) \(unit)")
                #expect(Array(found.utf8) == Array(expected.utf8), "\(text.debugDescription) \(unit)")
            }
        }
    }

    /// A Waktu's text written in one string agrees with the number and unit joined by a space.
    @Test(arguments: ["", "1", "10", "0,5", "1.5", "١٠", "é", "12345678901234", String(repeating: "9", count: 200), "1\t"])
    func durationTextIsTheNumberAndUnitJoined(_ number: String) {
        let line = "x \(number) y"
        for written in [number[...], line.dropFirst(2).dropLast(2)] {
            for unit in ["menit", "jam", "Minggu", "", "ménit", String(repeating: "bulan", count: 10)] {
                let found = OCRTableParser.durationText(number: written, unit: unit)
                #expect(Array(found.utf8) == Array((String(written) + " " + unit).utf8), "\(number.debugDescription) \(unit)")
            }
        }
    }

    /// A Waktu's text with its unit word written straight from the written word's bytes agrees with
    /// the number and `canonicalUnitWord` joined by a space.
    @Test(arguments: unitWords) func durationTextOfWrittenUnitAgreesWithJoinedWords(_ text: String) {
        let inLine = "10 \(text) |"
        for written in [text[...], inLine.dropFirst(3).dropLast(2)] {
            for number in ["1", "0,5", "", "é", "12345678901234", "1\t"] {
                for unit in DurationUnit.allCases {
                    let found = OCRTableParser.durationText(number: number[...], unit: unit, written: written)
                    let expected = number + " " + Self.unitWordByCharacters(unit, written: written)
                    #expect(Array(found.utf8) == Array(expected.utf8), "\(text.debugDescription) \(number) \(unit)")
                }
            }
        }
    }

    /// A Waktu's text written from a number token's own text, trimmed on its bytes, agrees with the text
    /// of the number trimmed of OCR punctuation first; and gives the number without its punctuation.
    @Test func durationTextOfUntrimmedNumberAgreesWithTheTrimmedNumber() {
        let numbers = [
            "10", "(10)", "10|", "|10|", "0,5", "2.", "-1-", "’10’", "é10", "10é", "\u{301}10", "10\u{301}", "\r10", "10\n",
            "١٠", "", "|", "1 0", String(repeating: "9", count: 40) + ")",
        ]
        for number in numbers {
            let inLine = "x \(number) y"
            for text in [number[...], inLine.dropFirst(2).dropLast(2)] {
                for written in ["menit", "Jam|", "ménit", "iam", "(HARI)", "\u{212A}am"] {
                    for unit in DurationUnit.allCases {
                        let found = OCRTableParser.durationText(untrimmedNumber: text, unit: unit, written: written[...])
                        let expected = OCRTableParser.durationText(
                            number: text.trimmingOCRPunctuation(), unit: unit, written: written[...])
                        #expect(Array(found.utf8) == Array(expected.utf8), "\(number.debugDescription) \(written) \(unit)")
                    }
                }
            }
        }
        #expect(OCRTableParser.durationText(untrimmedNumber: "(10)", unit: .minute, written: "Menit|") == "10 Menit")
        #expect(OCRTableParser.durationText(untrimmedNumber: "|0,5", unit: .hour, written: "iam") == "0,5 jam")
        #expect(OCRTableParser.durationText(untrimmedNumber: "’2’", unit: .day, written: "hári") == "2 hari")
    }

    /// A number token's value read on its bytes agrees with `OCRToken.number` of the token without
    /// OCR punctuation.
    @Test func numberValueAgreesWithTheTrimmedNumber() {
        var texts = Self.unitWords + [
            "10", "0,5", "2.", "1-2", "(10)", "10|", "|10|", "1.5.", "12345", "1234", ",5", "5,", "1-", "-1", "1--2", "\u{301}10",
            "10\u{301}", "١٠", "1٠", "10é", "é10", "1é0", "\r10", "10\n", "10\r", "\n10", "\t10\t", "10\u{00A0}", "’10’", "1 0",
            String(repeating: "1", count: 300), "(" + String(repeating: "2", count: 4) + ")", "1,2,3", "1.,", "-", "", "0",
        ]
        var generator = SplitMix(seed: 2024)
        let pieces = ["1", "0", "9", ",", ".", "-", "|", "(", ")", "é", "\u{301}", "\r", "\n", "a", "٠", " ", "’"]
        for count in 1...3000 {
            texts.append((0..<(count % 7 + 1)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined())
        }
        for text in texts {
            let inLine = "x \(text) y"
            for written in [text[...], inLine.dropFirst(2).dropLast(2)] {
                let found = OCRTableParser.LineNumbers.numberValue(of: written)
                #expect(found == OCRToken.number(written.trimmingOCRPunctuation()), "\(text.debugDescription)")
            }
        }
    }

    /// Role names as the header gives them: cased, with punctuation, non-ASCII letters, combining
    /// marks, the Kelvin sign (canonically equal to "K") and words longer than the folding buffer.
    static let roleNames: [[String]] = [
        [], ["Kepala Dinas"], ["Kasubbag Umum dan Kepegawaian", "Analis Kepegawaian"], ["PPK-SKPD", "Bendahara/Pengeluaran"],
        ["Pengadministrasi Umum", "Lurah"], ["Kasi Pelayanan", "Pemohon"], ["Se\u{301}kretaris", "Sékretaris Camat"],
        ["\u{212A}asubbag"], ["Kasubbag"], ["Petugas Loket 1"], ["Pejabatpembuatkomitmenyangsangatpanjangsekali Dinas"],
        ["Ｋepala", "Kepala\u{00A0}Bidang"], ["a \u{301}b", "x\u{0600} y"], ["İnspektur", "Irban"],
        ["Kepala\tDinas", "Staf\r\nUmum", "—Kepala—Seksi", "", "  Kasi  Umum  "],
        [String(repeating: "Kepala Dinas Pejabatpembuatkomitmen ", count: 60), "Lurah"],
    ]

    /// Tokens that may or may not be role words, as they stand in an activity.
    static let tokens = ByteLevelHelperTests.texts + [
        "Kepala", "kepala", "KEPALA", "(Kepala)", "Dinas,", "Kepala-Dinas", "Kepala/Dinas", "Kasubbag", "kasubbag.",
        "\u{212A}asubbag", "Ｋasubbag", "Sekretaris", "Se\u{301}kretaris", "Sékretaris", "sékretaris", "PPK-SKPD", "PPK",
        "SKPD", "ppkskpd", "Pengeluaran", "Loket", "1", "Pejabatpembuatkomitmenyangsangatpanjangsekali",
        "PEJABATPEMBUATKOMITMENYANGSANGATPANJANGSEKALI", "Pejabatpembuatkomitmenyangsangatpanjang", "a", "\u{301}b", "x\u{0600}",
        "İnspektur", "i\u{307}nspektur", "Inspektur", "Irban", "Camat", "Umum", "dan", "",
    ]

    @Test(arguments: roleNames) func roleWordKeysAgreeWithTheSetOfKeyWords(_ roles: [String]) {
        let words = Set(roles.flatMap { TextFolding.keyWords($0).map(String.init) })
        let keys = OCRRoleWordKeys(roles: roles)
        for token in Self.tokens {
            let inLine = "x \(token) y"
            for text in [token[...], inLine.dropFirst(2).dropLast(2)] {
                #expect(keys.containsKey(of: text) == words.contains(TextFolding.key(text)), "\(roles) \(token.debugDescription)")
            }
        }
        for word in words {
            #expect(keys.containsKey(of: word[...]) == words.contains(TextFolding.key(word)), "\(roles) \(word)")
        }
    }

    @Test(arguments: OCRTableCellTests.segmentCases) func tokensCutFromALineJoinAsTheirStrings(_ segments: [[String]]) {
        let words = segments.flatMap { $0 }
        let line = "| " + words.joined(separator: " \t ") + " | keterangan yang panjang sekali"
        var joiner = OCRWordJoiner(capacityHint: 2)
        var start = line.index(line.startIndex, offsetBy: 2)
        for word in words {
            let end = line.utf8.index(start, offsetBy: word.utf8.count)
            joiner.append(line[start..<end])
            start = end < line.endIndex ? line.utf8.index(end, offsetBy: min(3, line.utf8.distance(from: end, to: line.utf8.endIndex))) : end
        }
        let expected = OCRTableCellTests.joinedByCharacters(words)
        #expect(Array(joiner.text.utf8) == Array(expected.utf8), "\(segments)")
        #expect(joiner.isEmpty == expected.isEmpty, "\(segments)")
    }
}
