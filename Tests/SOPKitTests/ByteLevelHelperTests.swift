@testable import SOPKit
import Testing

/// The byte-level helpers that replaced `Character`-based code on hot paths agree with the
/// `Character`-based definitions they replaced, on tables of texts that include non-ASCII letters,
/// combining marks, no-break spaces and CR.
@Suite struct ByteLevelHelperTests {
    /// Texts of OCR words and lines, with the characters that make bytes and characters differ.
    static let texts = [
        "", " ", "a", "A", "1", ".", "(IKU)", "menit|", "|", "||", "..Kepala..", "Kepala", "kepala", "KEPALA",
        "e\u{301}", "(e\u{301})", "1\u{301}.", "\u{301}abc", "abc\u{301}", ")\u{301}", "\u{00A0}Kegiatan",
        "Kegiatan\u{00A0}", "Émile", "ÉMILE", "x\r\n", "\r\nx", "l‘", "—", "-Bidang-", "DINAS,", "D.I.", "&", "PU-PR",
        "Ab", "AB", "A", "ÅB", "AB1", "1. Undang-Undang 2. Peraturan", " 1. a", "10) b 3.c 4.", "1.\u{301} x",
        "1\u{301}. x", "123. x", "x 1.", "a  2. b", "Standar Operasional Prosedur", "  standar   operasional prosedur",
        "No. SOP", "NOMOR SOP :", "Nama SOP", "nama\u{00A0}sop", "BAGAN ALUR", "#", "............no sop", " a  b ", "a \u{301}b c", "Latar Belakang Masalah Ini Panjang",
        "abé", "abcé", "ab\u{301}c", "1é2ab", "ÉÉÉ",
    ]

    /// The reference `trimmingOCRPunctuation`: `Character` by `Character`.
    static func trimmedByCharacters(_ text: Substring) -> Substring {
        func isWordCharacter(_ character: Character) -> Bool {
            if let ascii = character.asciiValue {
                let lower = ascii | 0x20
                return (lower >= 0x61 && lower <= 0x7A) || (ascii >= 0x30 && ascii <= 0x39)
            }
            return character.isLetter || character.isNumber
        }
        var slice = text
        while let first = slice.first, !isWordCharacter(first) { slice = slice.dropFirst() }
        while let last = slice.last, !isWordCharacter(last) { slice = slice.dropLast() }
        return slice
    }

    @Test(arguments: texts) func trimmingAgreesWithCharacters(_ text: String) {
        #expect(text[...].trimmingOCRPunctuation() == Self.trimmedByCharacters(text[...]))
        #expect(Array(text[...].trimmingOCRPunctuation().utf8) == Array(Self.trimmedByCharacters(text[...]).utf8))
    }

    @Test func trimmingExamples() {
        let cases: [(String, String)] = [("menit|", "menit"), ("(IKU)", "IKU"), ("|", ""), ("e\u{301}.", "e\u{301}"), ("1.", "1")]
        for (text, trimmed) in cases {
            #expect(String(text[...].trimmingOCRPunctuation()) == trimmed, "\(text)")
        }
    }

    @Test(arguments: texts) func leadingCharactersAgreesWithPrefix(_ text: String) {
        for count in [0, 1, 2, 5, 24, 40] {
            #expect(Array(TextFolding.leadingCharacters(text, count).utf8) == Array(text.prefix(count).utf8), "\(text) \(count)")
        }
    }

    @Test(arguments: texts) func keyHasPrefixAgreesWithKey(_ text: String) {
        let prefixes = ["", "n", "no sop", "nama sop", "standar operasional prosedur", "bagan alur", "kepala", "a b"]
        for prefix in prefixes where !prefix.isEmpty {
            #expect(TextFolding.keyHasPrefix(text, prefix) == TextFolding.key(text).utf8.starts(with: prefix.utf8), "\(text) / \(prefix)")
        }
    }

    @Test(arguments: texts) func wordCountAgreesWithSplit(_ text: String) {
        for limit in [1, 2, 5, 50] {
            #expect(TextFolding.wordCount(text[...], atMost: limit) == min(text.split(separator: " ").count, limit), "\(text)")
        }
    }

    @Test(arguments: texts + ["\tKepala\t\tDinas ", "  a", "a\t", "\t"]) func lineTextJoinsTokens(_ text: String) {
        #expect(OCRLine.tokensJoined(text) == OCRToken.tokens(of: text).map { String($0.text) }.joined(separator: " "))
    }

    @Test func numbersOnBytesAndCharacters() {
        let cases: [(String, Double?)] = [
            ("10", 10), ("0,5", 0.5), ("2.", 2), ("1-2", 2), ("3-1", 3), ("1-2-3", 3), ("-1", nil), ("12345", nil),
            ("1.5.", nil), (",5", nil), ("1\u{2013}4", 4), ("١", nil), ("1a", nil), ("", nil), ("2,5", 2.5),
        ]
        for (text, value) in cases {
            #expect(OCRToken.number(text[...]) == value, "\(text)")
        }
    }

    @Test(arguments: texts) func letterCountAgreesWithCharacters(_ text: String) {
        for minimum in 0...5 {
            #expect(TextFolding.hasLetters(text[...], atLeast: minimum) == (text.filter(\.isLetter).count >= minimum), "\(text)")
        }
    }

    /// The reference HTML escaping: scalar by scalar.
    static func escapedByScalars(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            case "\t", "\n", "\r": output.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    @Test(arguments: texts + ["<script>alert('x')</script> & \"q\"", "a\u{0}b\u{1B}c\td\re\n", "\u{FFFE}x\u{FFFF}\u{FFFD}\u{F000}ï¿", "é<"])
    func htmlEscapingAgreesWithScalars(_ text: String) {
        #expect(Array(HTMLEscaping.escape(text).utf8) == Array(Self.escapedByScalars(text).utf8), "\(text)")
    }

    /// The reference JSON string escaping: scalar by scalar.
    static func jsonByScalars(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{2028}": output += "\\u2028"
            case "\u{2029}": output += "\\u2029"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    output += "\\u00" + String(scalar.value >> 4, radix: 16) + String(scalar.value & 0xF, radix: 16)
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output + "\""
    }

    @Test(arguments: texts + [
        String((0..<128).map { Character(Unicode.Scalar(UInt8($0))) }), "\u{2028}a\u{2029}\u{2027}\u{202A}€â\u{80}",
        "tail\u{E2}", "\"\\",
    ])
    func jsonEscapingAgreesWithScalars(_ text: String) {
        var writer = JSONWriter(pretty: false)
        writer.string(text)
        #expect(String(decoding: writer.bytes, as: UTF8.self) == Self.jsonByScalars(text), "\(text)")
    }

    @Test func missingByteKindsBoundTheEditDistance() {
        let words = ["kepala", "kepaia", "sekretaris", "sekertaris", "bidang", "bldang", "seksi", "kasubbag", "kasubag", "staf", "tim", "umum"]
        for lhs in words {
            for rhs in words {
                let (left, right) = (Array(lhs.utf8), Array(rhs.utf8))
                let distance = OCRRoleEvidence.editDistance(left, right, limit: 20)
                #expect(OCRRoleEvidence.missingByteKinds(left, from: right) <= distance, "\(lhs) \(rhs)")
            }
        }
        #expect(OCRRoleEvidence.missingByteKinds(Array("kepala".utf8), from: Array("kepaia".utf8)) == 1)
    }

    /// The Levenshtein distance of two byte strings, by the full table.
    private static func levenshtein(_ lhs: [UInt8], _ rhs: [UInt8]) -> Int {
        var table = (0...lhs.count).map { i in (0...rhs.count).map { j in i == 0 ? j : j == 0 ? i : 0 } }
        for i in lhs.indices {
            for j in rhs.indices {
                table[i + 1][j + 1] = min(table[i][j] + (lhs[i] == rhs[j] ? 0 : 1), table[i][j + 1] + 1, table[i + 1][j] + 1)
            }
        }
        return table[lhs.count][rhs.count]
    }

    @Test func editDistanceWithinALimitAgreesWithTheFullTable() {
        let words = ["", "a", "ab", "ba", "kepala", "kepaia", "kepal", "epala", "sekretaris", "sekertaris", "kasubbag",
                     "kasubag", "kesejahteraan", "kesejahter", "tim", "tin", "\u{E9}", "e\u{301}"]
        for lhs in words {
            for rhs in words {
                let (left, right) = (Array(lhs.utf8), Array(rhs.utf8))
                let full = Self.levenshtein(left, right)
                for limit in 0...3 {
                    #expect(OCRRoleEvidence.editDistance(left, right, limit: limit) == min(full, limit + 1), "\(lhs) \(rhs) \(limit)")
                }
            }
        }
    }

    @Test func durationUnitsByPackedBytes() {
        let cases: [(String, DurationUnit?)] = [
            ("menit", .minute), ("Menit", .minute), ("MENIT", .minute), ("rnenlt", .minute), ("rninggu", .week), ("JAM", .hour), ("jam.", .hour),
            ("iam", .hour), ("hari", .day), ("Minggu", .week), ("bulan", .month), ("membuat", nil), ("jam|", nil),
            ("menitmenit", nil), ("ja", nil), ("mĕnit", nil), ("hari\u{0}", nil), ("bln", .month),
        ]
        for (text, unit) in cases {
            #expect(OCRUnits.unit(of: text) == unit, "\(text)")
        }
    }

    @Test(arguments: texts + ["\tKepala\t\tDinas ", " \u{301}x y"]) func lineWordsAgreeWithSplit(_ text: String) {
        let line = OCRLine(number: 1, text: text)
        #expect(line.words == line.text.split(separator: " "), "\(text)")
    }

    @Test(arguments: texts + ["DINAS  KOPERASI, USAHA kecil", " A B", "PEMERINTAH KOTA \u{301}X"])
    func leadingWordsAgreeWithSplit(_ text: String) {
        let accepts: (Substring) -> Bool = { OCRIdentityParser.isUpperCaseWord($0) || $0 == "&" }
        #expect(OCRIdentityParser.leadingWords(of: text, while: accepts) == Array(text.split(separator: " ").prefix(while: accepts)), "\(text)")
    }

    @Test func lexiconLookupOnBytesAgreesWithContains() {
        let words = ["pengumpulan", "Pengumpulan", "DISPOSISI", "indikator", "pencumpulan", "xyzzy", "a", "", "surat", "Surat-menyurat"]
        for word in words where word.utf8.allSatisfy({ ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }) {
            let found = Array(word.utf8).withUnsafeBufferPointer { LexiconWordTable.shared.containsASCIILetters($0) }
            #expect(found == Lexicon.shared.contains(word), "\(word)")
        }
        for word in ["Pengumpulan", "dan", "DI", "surat", "surat,", "(Surat)", "dan/", "di."] {
            #expect(OCRRepair.isPlainKnownWord(word[...]), "\(word)")
            #expect(OCRRepair.repairWord(word[...]) == nil, "\(word)")
        }
        for word in ["Pencumpulan", "pencumpulan,", "1Sposist", "é", "..", "surat-menyurat", "a1b"] {
            #expect(!OCRRepair.isPlainKnownWord(word[...]), "\(word)")
        }
    }

    @Test(arguments: texts) func characterCountAgreesWithCount(_ text: String) {
        #expect(TextFolding.characterCount(text[...]) == text.count, "\(text)")
    }

    @Test(arguments: texts + [
        "NIP. 19700101 199003 1 005", "NIP 197001011990031005", "NIP: 1970010119900310051234567", "NIP 1\u{301}9700101 199003 1 005",
        "12 19700101199003100", "NIP 3970010119900310055", "١٩٧٠٠١٠١١٩٩٠٠٣١٠٠٥ 19700101 199003 1 005",
        "NIP 19700101 199003 1 00", "NIP 19700101 199003 1 005 12345 6", "NIP\t19700101\t199003\t1\t005", "1\u{301}",
        "NIP\u{00A0}19700101 199003 1 005", "NIP 19700101 199003 1 005\u{301}", "— 19700101 199003 1 005 ’", "",
        String(repeating: "1", count: 400),
    ])
    func nipDigitsAgreeWithCharacters(_ text: String) {
        let digits = text.filter { $0.isASCII && $0.isNumber }
        var expected: String?
        if digits.count >= 15, digits.count <= 20 {
            let characters = Array(digits)
            if let start = characters.indices.dropLast().first(where: {
                (characters[$0] == "1" && characters[$0 + 1] == "9") || (characters[$0] == "2" && characters[$0 + 1] == "0")
            }) {
                let trimmed = String(characters[start...])
                expected = trimmed.count >= 15 ? trimmed : nil
            }
        }
        #expect(OCRIdentityParser.nipDigits(text) == expected, "\(text)")
    }

    @Test func asciiAlphanumeric() {
        for byte in UInt8.min...UInt8.max {
            let expected = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            #expect(TextFolding.isASCIIAlphanumeric(byte) == expected, "\(byte)")
        }
    }

    @Test(arguments: texts) func upperCaseWordAgreesWithCharacters(_ text: String) {
        let word = text[...]
        let letters = word.filter(\.isLetter)
        let expected = letters.count >= 2 && letters.allSatisfy(\.isUppercase)
            && word.allSatisfy { $0.isLetter || $0 == "," || $0 == "." || $0 == "-" || $0 == "&" }
        #expect(OCRIdentityParser.isUpperCaseWord(word) == expected, "\(text)")
    }

    @Test func headerWordMatches() {
        let cases: [(read: String, wanted: String, rest: String?)] = [
            ("kepala", "kepala", ""), ("kepaia", "kepala", ""), ("kesejahter", "kesejahteraan", "aan"),
            ("kep", "kepala", nil), ("sekretarisxyz", "sekretaris", nil), ("", "kepala", nil),
        ]
        for (read, wanted, rest) in cases {
            #expect(OCRRoleEvidence.wordMatch(read: Array(read.utf8), wanted: Array(wanted.utf8)) == rest, "\(read)")
            #expect(OCRRoleEvidence.wordMatch(read: read, wanted: wanted) == rest, "\(read)")
        }
    }

    /// The reference list-marker reader: `Character` by `Character`.
    static func markersByCharacters(_ text: String) -> [(Int, Range<String.Index>)] {
        var markers: [(Int, Range<String.Index>)] = []
        var index = text.startIndex
        while index < text.endIndex {
            let atWordStart = index == text.startIndex || text[text.index(before: index)] == " "
            if atWordStart, text[index].isASCII, text[index].isNumber {
                var end = index
                var digits = 0
                while end < text.endIndex, text[end].isASCII, text[end].isNumber, digits < 3 {
                    end = text.index(after: end)
                    digits += 1
                }
                if digits <= 2, end < text.endIndex, text[end] == "." || text[end] == ")" {
                    let after = text.index(after: end)
                    if after == text.endIndex || text[after] == " ", let number = Int(text[index..<end]) {
                        markers.append((number, index..<after))
                        index = after
                        continue
                    }
                }
            }
            index = text.index(after: index)
        }
        return markers
    }

    @Test(arguments: texts) func listMarkersAgreeWithCharacters(_ text: String) {
        let line = OCRLine(number: 1, text: text)
        let found = TwoColumnList.markers(in: line)
        let expected = Self.markersByCharacters(line.text)
        #expect(found.map(\.number) == expected.map(\.0), "\(text)")
        #expect(found.map(\.range) == expected.map(\.1), "\(text)")
    }

    @Test func listMarkerExamples() {
        let line = OCRLine(number: 1, text: "1. Undang-Undang Nomor 5 2) Peraturan 123. x 4.y")
        #expect(TwoColumnList.markers(in: line).map(\.number) == [1, 2])
    }
}

extension OCRRoleEvidence {
    /// The bound the role evidence's word matching checks before an edit distance, as one function: the
    /// number of kinds of byte (`byteKinds`, by their low six bits) in `lhs` that `rhs` lacks; each
    /// needs an edit of its own.
    static func missingByteKinds(_ lhs: [UInt8], from rhs: [UInt8]) -> Int {
        (byteKinds(lhs) & ~byteKinds(rhs)).nonzeroBitCount
    }
}
