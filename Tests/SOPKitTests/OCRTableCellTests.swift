@testable import SOPKit
import Testing

/// The OCR table's cells joined word by word into one byte buffer (`OCRWordJoiner`) agree with the
/// `Character`-based joining they replaced: words joined into segment strings, and the segment strings
/// joined into the cell.
@Suite struct OCRTableCellTests {
    /// Words and segments with hyphens, capitals, non-ASCII letters, combining marks, prepended marks
    /// (U+0600 joins the character after it) and CR.
    static let segmentCases: [[[String]]] = [
        [], [[]], [["a"]], [["Surat", "permohonan"], ["KTP"]], [["Bidang-"], ["bidang"]], [["Bidang -"], ["bidang"]],
        [["Bidang", "-"], ["bidang"]], [["Kepala-"], ["Dinas"]], [["x\u{0600}-"], ["y"]], [["\u{0600} -"], ["y"]],
        [["-"], ["a"]], [["", ""], [""]], [["é-"], ["é"]], [["é-"], ["É"]], [["a-"], ["\u{301}b"]],
        [["a", "b-", "c", "-", "d"]], [["a", "b-"], ["c", "-", "d"]], [["berkas-"], ["\u{0600}x"]],
        [["berkas-"], ["b"]], [["berkas-"], ["bA"]], [["berkas-"], ["b\u{301}"]], [["a-"], ["\r\nb"]],
        [["a-"], ["b\r\n"]], [["2.", "a-"], ["b", "c-"], ["d"], ["E-"], ["f"]], [["ü-"], ["ñ", "x"], ["ß"]],
        [["Data-"], ["data", "pendukung-"], ["lainnya"]], [["\u{0600}"], ["x"]], [["x-", "\u{0600}"], ["y"]],
    ]

    /// The reference joining: by spaces, and a word glued to a text that ends with a hyphen (no space
    /// before it) when the word's first character is lower case.
    static func joinedByCharacters(_ words: [String]) -> String {
        var joined = ""
        for word in words where !word.isEmpty {
            if joined.isEmpty {
                joined = word
            } else if joined.hasSuffix("-"), let first = word.first, first.isLowercase, !joined.hasSuffix(" -") {
                joined += word
            } else {
                joined += " " + word
            }
        }
        return joined
    }

    /// The cell of `segments` joined by fresh joiners.
    static func freshCell(_ segments: [[String]]) -> OCRWordJoiner {
        var cell = OCRWordJoiner(capacityHint: 4)
        var segment = OCRWordJoiner()
        for words in segments {
            for word in words { segment.append(word[...]) }
            cell.append(piece: segment.bytes)
            segment.removeAll()
        }
        return cell
    }

    @Test(arguments: segmentCases) func cellJoinedFromSegmentsAgreesWithJoinedSegmentStrings(_ segments: [[String]]) {
        let expected = Self.joinedByCharacters(segments.map(Self.joinedByCharacters))
        let cell = Self.freshCell(segments)
        #expect(cell.text == expected, "\(segments)")
        #expect(Array(cell.text.utf8) == Array(expected.utf8), "\(segments)")
        #expect(cell.textIfAny == (expected.isEmpty ? nil : expected), "\(segments)")
        #expect(cell.isEmpty == expected.isEmpty, "\(segments)")
        #expect(OCRTableParser.joinWords(segments.flatMap { $0 }) == Self.joinedByCharacters(segments.flatMap { $0 }))
    }

    @Test func aJoinerStartsAgainAfterRemovingItsWords() {
        var joiner = OCRWordJoiner()
        joiner.append("Berkas-"[...])
        joiner.removeAll()
        joiner.append("lengkap"[...])
        #expect(joiner.text == "lengkap")
    }

    @Test(arguments: ByteLevelHelperTests.texts + ["a", "aB", "Ab", "\u{0600}a", "a\u{0600}", "\u{301}", "\r", "\r\n", "ñ", "Ñ"])
    func startsWithLowercaseAgreesWithCharacters(_ text: String) {
        #expect(OCRWordJoiner.startsWithLowercase(Array(text.utf8)) == (text.first?.isLowercase == true), "\(text)")
    }

    @Test func misreadOnesAreTheListedTexts() {
        let listed: Set<String> = ["l", "L", "I", "J", "i", "!", "]", "IL", "Il"]
        let texts = Array(listed) + ["", "1", "ll", "IL ", "iL", "I\u{301}", "l\r", "|", "J.", "Ｉ"]
        for text in texts {
            #expect(OCRTableParser.isMisreadOne(text[...]) == listed.contains(text), "\(text)")
        }
    }

    /// Lines with the activity column's header words as OCR writes them: cased, with punctuation, no-break
    /// spaces, combining marks and non-ASCII letters, glued or split.
    static let headerLines = ByteLevelHelperTests.texts + [
        "No. Aktivitas Pelaksana Mutu Baku", "NO | AKTIVITAS | Waktu", "Aktivitas", "(Kegiatan)", "Uraian Kegiatan",
        "uraian", "URAIAN", "Aktifitas", "aktivitas.", "No Keg iatan Waktu", "Kegiatan\u{301}", "\u{00A0}Kegiatan\u{00A0}",
        "Kégiatan", "Akt-ivitas", "Kegiatan2", "2Kegiatan", "ura ian", "No.\tUraian\tWaktu", "BAGAN ALUR URAIAN PROSEDUR",
        "Aktivitas   Keterangan", "1. Kegiatan", "uraia", "kegiata", "aktivita", "Ｋegiatan", "No Aktivitas Kelengkapan Output",
    ]

    @Test(arguments: headerLines) func lineNamesTheActivityColumnAsItsTokensDo(_ text: String) {
        let line = OCRLine(number: 1, text: text)
        let expected = line.rowStart == nil && OCRTableParser.namesActivityColumn(tokens: Array(line.tokens), text: line.text)
        #expect(line.namesActivityColumn == expected, "\(text)")
        if line.tokens.contains(where: { OCRTableParser.isActivityHeaderWord($0.text) }) {
            #expect(OCRLine.keyHoldsActivityHeaderWord(line.key), "\(text)")
        }
    }

    @Test(arguments: headerLines + ["kegiatan", " kegiatan ", "kegiatan  uraian", "xkegiatan", "kegiatanx", "a b", ""])
    func keyHoldsHeaderWordAsItsWordsDo(_ key: String) {
        let expected = key.utf8.split(separator: 0x20, omittingEmptySubsequences: false).contains { word in
            ["aktivitas", "aktifitas", "kegiatan", "uraian"].contains { Array($0.utf8) == Array(word) }
        }
        #expect(OCRLine.keyHoldsActivityHeaderWord(key) == expected, "\(key)")
        #expect(OCRLine.keyHoldsActivityHeaderWord(TextFolding.key(key))
            == TextFolding.key(key).split(separator: " ").contains { ["aktivitas", "aktifitas", "kegiatan", "uraian"].contains(String($0)) })
    }

    @Test(arguments: headerLines + ["x\r\n", "a\rb", "É", "e\u{301}x", "\u{0600}a b"])
    func tokenFactsOfPlainLinesAgreeWithCharacters(_ text: String) {
        let line = OCRLine(number: 1, text: text)
        let plainASCII = OCRTableBytes.isPlainASCII(line.text)
        #expect(plainASCII == text.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }, "\(text)")
        for token in line.tokens {
            // A token's characters as the activity width's samples count them (`activitySampleLength`).
            let sampleCharacters = plainASCII ? token.text.utf8.count : OCRTableBytes.characterCount(token.text)
            #expect(sampleCharacters == token.text.count, "\(text)")
            guard plainASCII else { continue }
            var bytesOfToken = token.text
            let (characters, first) = bytesOfToken.withUTF8 { ($0.count, $0.first) }
            #expect(characters == token.text.count, "\(text)")
            #expect(first.map { $0 >= 0x41 && $0 <= 0x5A } == (token.text.first?.isUppercase == true), "\(text)")
            #expect(first.map { $0 >= 0x61 && $0 <= 0x7A } == (token.text.first?.isLowercase == true), "\(text)")
        }
    }
}

/// The key comparisons with a first-byte check give the answers of the comparisons they wrap.
@Suite struct OCRTableKeyStartTests {
    static let texts = ByteLevelHelperTests.texts + OCRTableCellTests.headerLines + [
        "Disesuaikan", "disesu", "(Disesuaikan)", "Di-sesuaikan", "\u{00A0}disesuaikan", "Dísesuaikan", "disesu\u{301}",
        "Sesuai", "SESUAI.", "sesuai,", "1sesuai", "Menyesuaikan", "menyesuai", "\u{00A0}Sesuai", "ésesuai", "d", "D", "9",
        "--d", "|disesu", "Ｄisesu", "\u{0600}disesu", "", " ", "...", "kebutuhan",
    ]

    @Test(arguments: texts) func comparisonsWithFirstByteAgreeWithTheWrapped(_ text: String) {
        for prefix in ["disesu", "sesuai", "menyesuai", "d", "s", ""] {
            guard let first = prefix.utf8.first else { continue }
            let start = OCRTableBytes.keyStart(text[...])
            let mayStart = OCRTableBytes.keyMayStart(with: first, start: start)
            #expect((mayStart && TextFolding.keyHasPrefix(text[...], prefix)) == TextFolding.keyHasPrefix(text[...], prefix), "\(text) \(prefix)")
            #expect((mayStart && TextFolding.keyMatches(text[...], prefix)) == TextFolding.keyMatches(text[...], prefix), "\(text) \(prefix)")
            #expect((mayStart && OCRTableBytes.keyHasPrefix(text[...], prefix)) == OCRTableBytes.keyHasPrefix(text[...], prefix), "\(text) \(prefix)")
        }
    }

    /// The first key byte read once answers every first-byte question as the question read alone does.
    @Test(arguments: texts + [String(repeating: "-", count: 300) + "x", "\t\tdisesu", "\u{00A0}", "—sesuai", "’menyesuai"])
    func keyStartAnswersAsKeyMayStart(_ text: String) {
        let start = OCRTableBytes.keyStart(text[...])
        for byte in Array("dsmk0abz9".utf8) {
            #expect(OCRTableBytes.keyMayStart(with: byte, start: start) == OCRTableBytes.keyMayStart(with: byte, text[...]), "\(text)")
        }
        #expect((start == nil) == !text.utf8.contains { $0 >= 0x80 || FoldedKey.isASCIIAlphanumeric($0) }, "\(text)")
    }

    @Test(arguments: texts) func keyMayStartWithItsFirstByte(_ text: String) {
        let key = TextFolding.key(text)
        for byte in Array("dsmk0".utf8) {
            if key.utf8.first == byte { #expect(OCRTableBytes.keyMayStart(with: byte, text[...]), "\(text)") }
            if text.utf8.allSatisfy({ $0 < 0x80 }) {
                #expect(OCRTableBytes.keyMayStart(with: byte, text[...]) == (key.utf8.first == byte), "\(text)")
            }
        }
    }
}

/// A token's kind read from its bytes agrees with the kind read scalar by scalar and character by
/// character, for every short token over an alphabet of letters, digits, separators and border marks.
@Suite struct OCRTokenKindTests {
    static let alphabet = ["a", "I", "l", "L", "m", "j", "1", "0", "5", ",", ".", "|", "!", "-", "x", "(", "\r", "é"]

    @Test func byteKindsAgreeWithCharacterKinds() {
        let alphabet = Self.alphabet
        var texts = alphabet
        for first in alphabet {
            for second in alphabet {
                texts.append(first + second)
                for third in alphabet { texts.append(first + second + third) }
            }
        }
        texts += ["menit", "Menit|", "(iam)", "1jam", "ljam", "0,5hari", "10menit.", "30-45", "bahan-bahan", "D3/S1", "I|", "||"]
        for text in texts {
            let expected: OCRToken.Kind = OCRToken.kind(of: text[...])
            let found = Array(text.utf8).withUnsafeBufferPointer { OCRToken.asciiKind($0) }
            if text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D && $0 != 0x0A }) {
                #expect(found == expected, "\(text.debugDescription)")
            } else {
                #expect(found == nil, "\(text.debugDescription)")
            }
        }
    }
}

extension OCRLine {
    /// `holdsActivityHeaderWord` of the UTF-8 bytes of `key`: the tests' way to ask it of a String.
    static func keyHoldsActivityHeaderWord(_ key: String) -> Bool {
        Array(key.utf8).withUnsafeBufferPointer(holdsActivityHeaderWord)
    }
}
