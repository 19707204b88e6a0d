import Foundation
@testable import SOPKit
import Testing

/// The byte-level paths of the front of the OCR pipeline (tokens, their kinds, lines, word repair)
/// agree with the scalar- and `Character`-based definitions they replaced, on tables of texts with
/// non-ASCII letters, combining marks, line ends and OCR debris, and on every line of the corpus.
@Suite struct OCRFrontBytesTests {
    /// Tokens and lines that make bytes and characters differ, and OCR tokens of every kind.
    static let texts = ByteLevelHelperTests.texts + [
        "1jam", "1iam", "30menit", "ljam", "Ijam", "Ljam", "l,5jam", "0,5hari", "2.hari", "1-2", "1-2hari", "|", "!|", "I|",
        "||I", "I", "!", "|!|", "1|", "menit|", "(menit)", "MENIT", "jam.", "Jam.", "hari.", "1.", "10.", "1,", "12345",
        "1.5.", "1a", "a1", "D3/S1", "bahan-bahan", "l‘", "J", "\\/", "_-", "1\u{301}jam", "jam\u{301}", "١", "²",
        "x\r\ny", "\r\n", "1\r\n", "jam\r\n", "1\rjam", "é1", "1é", "ja m", " \u{301}x  y\t\tz ", "\u{0}jam", "menitt",
        "rnenlt", "1 jam", "2 Jam 30 menit", "1. | Memberi | 10 | menit |", "\t", "  ", "a\u{00A0}b", "\u{FEFF}1",
    ]

    /// Every line of the corpus inputs.
    static let corpusLines: [String] = Fixtures.corpusInputs.flatMap { path in
        String(decoding: Fixtures.bytes(path), as: UTF8.self)
            .split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
            .map(String.init)
    }

    /// The reference tokenizer: splits at space and tab scalars, counts offsets in scalars, and
    /// classifies each token scalar by scalar and character by character (`OCRToken.kind(of:)`).
    static func tokensByScalars(_ line: String) -> [OCRToken] {
        var tokens: [OCRToken] = []
        var start: String.Index?
        var startOffset = 0
        var offset = 0
        var index = line.unicodeScalars.startIndex
        while index != line.unicodeScalars.endIndex {
            let scalar = line.unicodeScalars[index]
            if scalar == " " || scalar == "\t" {
                if let begin = start {
                    let text = line[begin..<index]
                    tokens.append(OCRToken(text: text, offset: startOffset, kind: OCRToken.kind(of: text)))
                    start = nil
                }
            } else if start == nil {
                start = index
                startOffset = offset
            }
            offset += 1
            index = line.unicodeScalars.index(after: index)
        }
        if let begin = start {
            let text = line[begin...]
            tokens.append(OCRToken(text: text, offset: startOffset, kind: OCRToken.kind(of: text)))
        }
        return tokens
    }

    /// Whether two token lists hold the same texts (bytes), offsets and kinds. A short token's text is
    /// a string of its own rather than a slice of its line (`OCRToken.text(of:in:bytes:)`), so where
    /// it lies in the line is told by its offset.
    static func same(_ found: [OCRToken], _ expected: [OCRToken]) -> Bool {
        found.count == expected.count && zip(found, expected).allSatisfy { found, expected in
            Array(found.text.utf8) == Array(expected.text.utf8)
                && found.offset == expected.offset && found.kind == expected.kind
        }
    }

    @Test(arguments: texts) func tokensAgreeWithScalars(_ text: String) {
        #expect(Self.same(OCRToken.tokens(of: text), Self.tokensByScalars(text)), "\(text.debugDescription)")
    }

    @Test func tokensOfCorpusLinesAgreeWithScalars() {
        #expect(Self.corpusLines.count > 1_000)
        for line in Self.corpusLines {
            #expect(Self.same(OCRToken.tokens(of: line), Self.tokensByScalars(line)), "\(line.debugDescription)")
        }
    }

    @Test func tokensOfBridgedTextAgreeWithScalars() {
        let text = NSString(string: "Kepala  Dinas\t1jam | 0,5 hari é\u{301}x") as String
        #expect(Self.same(OCRToken.tokens(of: text), Self.tokensByScalars(text)))
    }

    @Test func tokenKindExamples() {
        let cases: [(String, OCRToken.Kind)] = [
            ("|", .pipe), ("I|", .pipe), ("!|", .pipe), ("10", .number), ("0,5", .number), ("2.", .number),
            ("menit|", .unit(.minute)), ("iam", .unit(.hour)), ("1jam", .amount(1, .hour)), ("ljam", .amount(1, .hour)),
            ("0,5hari", .amount(0.5, .day)), ("Kepala", .word), ("bahan-bahan", .word), ("J", .junk), ("\\/", .junk),
            ("1|", .number), ("12345", .number), ("é", .junk), ("éa", .word),
        ]
        for (text, kind) in cases {
            #expect(OCRToken.tokens(of: text).map(\.kind) == [kind], "\(text)")
        }
    }

    /// The reference row start: the step number read character by character (see `OCRLine.rowStart`).
    static func rowStartByCharacters(_ tokens: [OCRToken]) -> (number: Int, nextToken: Int)? {
        var index = 0
        while index < tokens.count, tokens[index].kind == .pipe || tokens[index].kind == .junk, tokens[index].text.count == 1 {
            index += 1
        }
        guard index < tokens.count else { return nil }
        let token = tokens[index].text
        let digits = token.prefix { $0.isNumber }
        guard !digits.isEmpty, digits.count <= 2, let value = Int(digits), value > 0 else { return nil }
        let rest = token.dropFirst(digits.count)
        var next = index + 1
        if rest == "." || rest == "," || rest == ")" || rest == ".|" {
            if next < tokens.count, tokens[next].kind == .pipe { next += 1 }
            return (value, next)
        }
        guard rest.isEmpty, next < tokens.count else { return nil }
        if tokens[next].kind == .pipe { return (value, next + 1) }
        if tokens[next].text == "." || tokens[next].text == "," {
            next += 1
            if next < tokens.count, tokens[next].kind == .pipe { next += 1 }
            return (value, next)
        }
        return nil
    }

    /// Row starts and the words that make bytes and characters differ next to a step number.
    static let rowTexts = texts + [
        "1. | Memberi", "10. Dokumen", "3. Permintaan", "| 2 | Kepala", "- 4 . | x", "0. x", "00 | x", "123. x", "12.| x",
        "1) a", "1, a", "1 , | a", "1 .", "1", "| |", "1\u{301}. x", "٣. x", "²| x", "1٣ | x", "1é. x", "1.\u{301} x",
        "J 5 | a", "! 6 | a", "1\r\n| x", "7 \u{2024} x", "8.|", "9. |",
    ]

    @Test(arguments: rowTexts) func rowStartAgreesWithCharacters(_ text: String) {
        let line = OCRLine(number: 1, text: text)
        let expected = Self.rowStartByCharacters(Array(line.tokens))
        #expect(line.rowStart?.number == expected?.number && line.rowStart?.nextToken == expected?.nextToken, "\(text.debugDescription)")
    }

    @Test func rowStartsAndJoinedTextsOfCorpusLinesAgreeWithCharacters() {
        for text in Self.corpusLines {
            let line = OCRLine(number: 1, text: text)
            let expected = Self.rowStartByCharacters(Array(line.tokens))
            #expect(line.rowStart?.number == expected?.number && line.rowStart?.nextToken == expected?.nextToken, "\(text.debugDescription)")
            #expect(line.text == line.tokens.map { String($0.text) }.joined(separator: " "), "\(text.debugDescription)")
        }
    }

    @Test func rowStartExamples() {
        #expect(OCRLine(number: 1, text: "1. | Memberi").rowStart?.number == 1)
        #expect(OCRLine(number: 1, text: "| 12 | Kepala").rowStart?.nextToken == 3)
        #expect(OCRLine(number: 1, text: "123. x").rowStart == nil)
        #expect(OCRLine(number: 1, text: "0. x").rowStart == nil)
        #expect(OCRLine.leadingStepNumber("٣.")?.value == nil)
        #expect(OCRLine.leadingStepNumber("7.")?.rest == ".")
    }

    /// Lexicon words in several cases, cut, lengthened and respelled, and words it lacks.
    static let lexiconProbes: [String] = {
        let words = (1...64).flatMap { Lexicon.shared.candidates(length: $0, spread: 0).map(\.word) }
        var probes = ["", "a", "Z", "xyzzy", "pengumpulanx", "qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq"]
        for word in words {
            probes += [word, word.uppercased(), word.prefix(1).uppercased() + word.dropFirst(), String(word.dropLast()),
                word + "s", String(word.reversed())]
        }
        return probes
    }()

    @Test func wordTableAgreesWithLexicon() {
        #expect(Self.lexiconProbes.count > 5_000)
        for probe in Self.lexiconProbes {
            let found = Array(probe.utf8).withUnsafeBufferPointer { LexiconWordTable.shared.containsASCIILetters($0) }
            #expect(found == Lexicon.shared.contains(probe), "\(probe)")
        }
    }

    @Test func wordTableOfFewWords() {
        let table = LexiconWordTable(words: [Array("jam".utf8), Array("hari".utf8)])
        for (word, expected) in [("jam", true), ("JAM", true), ("Hari", true), ("har", false), ("jamm", false), ("", false)] {
            #expect(Array(word.utf8).withUnsafeBufferPointer { table.containsASCIILetters($0) } == expected, "\(word)")
        }
    }

    /// The reference section title test: characters, and keys of the text after its first letter or number.
    static func isTitleByCharacters(_ line: OCRLine, afterBlank: Bool) -> Bool {
        guard line.rowStart == nil else { return false }
        if let byte = line.text.utf8.first, byte < 0x80, TextFolding.isASCIIAlphanumeric(byte), byte < 0x41 || byte > 0x5A {
            return false
        }
        let text = line.text.drop { !($0.isLetter || $0.isNumber) }
        guard let first = text.first, first.isUppercase else { return false }
        let short = text.split(separator: " ").count <= 4
        return Vocabulary.isStrongSectionTitle(text) || (afterBlank || short) && Vocabulary.isSectionTitle(text)
    }

    /// Section titles in the ways OCR writes them, and lines that only look like them.
    static let titleTexts = texts + [
        "Latar Belakang", "LATAR BELAKANG", "Maksud dan Tujuan", "Ruang Lingkup", "- Ruang Lingkup :", "• Ruang Lingkup",
        "Prosedur Penyusunan Laporan", "Prosedur Penyusunan Laporan Kinerja Instansi Pemerintah Tahun", "prosedur",
        "Persyaratan:", "..Persyaratan", "1. Persyaratan", "Émile Persyaratan", "\u{301}Persyaratan", "P\u{301}ersyaratan",
        "(Tujuan)", "Tujuan\u{00A0}Kegiatan", "\u{00A0}Tujuan", "Jadwal", "Biaya Rp 0", "Latar Belakang Masalah Ini Panjang Sekali",
        "\r\nTujuan", "—Tujuan", "Ruang  Lingkup", "Uraian Prosedur", "Waktu Penyelesaian 3 hari",
    ]

    @Test(arguments: titleTexts) func sectionTitlesAgreeWithCharacters(_ text: String) {
        let line = OCRLine(number: 1, text: text)
        for afterBlank in [false, true] {
            #expect(NarrativeSections.isTitle(line, afterBlank: afterBlank) == Self.isTitleByCharacters(line, afterBlank: afterBlank), "\(text.debugDescription) \(afterBlank)")
        }
        let (title, key) = NarrativeSections.titleText(line)
        let expected = line.text.drop { !($0.isLetter || $0.isNumber) }
        #expect(Array(title.utf8) == Array(expected.utf8) && key == TextFolding.key(expected), "\(text.debugDescription)")
    }

    @Test func sectionTitlesOfCorpusLinesAgreeWithCharacters() {
        for text in Self.corpusLines {
            let line = OCRLine(number: 1, text: text)
            for afterBlank in [false, true] {
                #expect(NarrativeSections.isTitle(line, afterBlank: afterBlank) == Self.isTitleByCharacters(line, afterBlank: afterBlank), "\(text.debugDescription)")
            }
        }
    }

    @Test func sectionTitleExamples() {
        #expect(NarrativeSections.isTitle(OCRLine(number: 1, text: "Latar Belakang"), afterBlank: false))
        #expect(NarrativeSections.isTitle(OCRLine(number: 1, text: "- Persyaratan :"), afterBlank: true))
        #expect(!NarrativeSections.isTitle(OCRLine(number: 1, text: "Persyaratan yang harus dipenuhi oleh pemohon"), afterBlank: false))
        #expect(!NarrativeSections.isTitle(OCRLine(number: 1, text: "persyaratan"), afterBlank: true))
    }

    @Test(arguments: texts + ["#", "# Judul", "##", "#\u{301}", "#\u{301} x", "#é", "\u{FF03}", " #", "#\r\n"])
    func hashStartAgreesWithHasPrefix(_ text: String) {
        #expect(OCRParser.startsWithHash(text) == text.hasPrefix("#"), "\(text.debugDescription)")
    }

    @Test func listMarkersOfCorpusLinesAgreeWithCharacters() {
        for text in Self.corpusLines + ["1. a 2) b", "12. x 123. y", "1.\u{301} a", "1\u{301}. a", "é 3. x", "4.", "5) ", " 6. x  7) y"] {
            let line = OCRLine(number: 1, text: text)
            let found = TwoColumnList.markers(in: line)
            let expected = ByteLevelHelperTests.markersByCharacters(line.text)
            #expect(found.map(\.number) == expected.map(\.0) && found.map(\.range) == expected.map(\.1), "\(text.debugDescription)")
        }
    }

    /// The reference: `String(validating:as:)` and `contains(0)`.
    static func expectScanAgrees(_ bytes: [UInt8], _ comment: String = "") {
        let scan = UTF8Scan(bytes)
        #expect(scan.isValid == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes) \(comment)")
        #expect(scan.hasNUL == bytes.contains(0), "\(bytes) \(comment)")
    }

    @Test func utf8ScanOfEveryOneAndTwoByteSequence() {
        for first in UInt8.min...UInt8.max {
            Self.expectScanAgrees([first])
            for second in UInt8.min...UInt8.max { Self.expectScanAgrees([first, second]) }
        }
    }

    @Test func utf8ScanOfThreeAndFourByteSequences() {
        let interesting: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1,
            0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF]
        for first in UInt8(0xE0)...UInt8(0xFF) {
            for second in interesting {
                for third in interesting {
                    Self.expectScanAgrees([first, second, third])
                    for fourth in [UInt8(0x80), 0xBF, 0x41, 0xC0] { Self.expectScanAgrees([first, second, third, fourth]) }
                }
            }
        }
    }

    @Test func utf8ScanOfTextsAtEveryAlignment() {
        var generator = SystemRandomNumberGenerator()
        let samples: [[UInt8]] = ByteLevelHelperTests.texts.map { Array($0.utf8) } + [
            [], Array("Kepala Dinas é 1 jam".utf8), [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0xF0, 0x9F, 0x98, 0x80],
        ]
        for sample in samples {
            for padding in 0..<10 {
                let ascii = [UInt8](repeating: 0x61, count: padding)
                Self.expectScanAgrees(ascii + sample + ascii, "padding \(padding)")
                Self.expectScanAgrees(ascii + sample + [0] + ascii, "padding \(padding)")
                Self.expectScanAgrees([0] + ascii + sample, "padding \(padding)")
            }
        }
        for _ in 0..<2_000 {
            let length = Int.random(in: 0..<40, using: &generator)
            let bytes = (0..<length).map { _ in
                Bool.random(using: &generator) ? UInt8.random(in: 0x20...0x7E, using: &generator) : UInt8.random(in: 0...255, using: &generator)
            }
            Self.expectScanAgrees(bytes)
        }
    }

    @Test func utf8ScanOfCorpusFiles() {
        for path in Fixtures.corpusInputs {
            let bytes = Fixtures.bytes(path)
            let scan = UTF8Scan(bytes)
            #expect(scan.isValid == (String(validating: bytes, as: UTF8.self) != nil) && scan.hasNUL == bytes.contains(0), "\(path)")
        }
    }

    @Test func everyUnitVariantIsFoundInAnyCaseAndNearMissesAreNot() {
        let variants: [String: DurationUnit] = [
            "menit": .minute, "menlt": .minute, "rnenit": .minute, "menil": .minute, "meni": .minute, "merit": .minute,
            "mnt": .minute, "menif": .minute, "menjt": .minute, "rnenlt": .minute, "menitt": .minute,
            "jam": .hour, "iam": .hour, "jarn": .hour, "lam": .hour, "jum": .hour, "jam.": .hour,
            "hari": .day, "har": .day, "harl": .day, "hari.": .day, "han": .day, "hati": .day, "hri": .day,
            "minggu": .week, "rninggu": .week, "mingqu": .week, "pekan": .week,
            "bulan": .month, "bulon": .month, "bln": .month,
        ]
        for (variant, unit) in variants {
            for text in [variant, variant.uppercased(), variant.prefix(1).uppercased() + variant.dropFirst()] {
                #expect(OCRUnits.unit(of: text) == unit, "\(text)")
                #expect(Array(text.utf8).withUnsafeBufferPointer { OCRUnits.unit(ascii: $0) } == unit, "\(text)")
            }
            for miss in [variant + "x", "x" + variant, String(variant.dropLast()) + "q", "a" + variant.dropFirst()] where variants[miss] == nil {
                #expect(OCRUnits.unit(of: miss) == nil, "\(miss)")
                #expect(Array(miss.utf8).withUnsafeBufferPointer { OCRUnits.unit(ascii: $0) } == nil, "\(miss)")
            }
        }
    }

    /// The reference line table: byte by byte, lines end at LF, CR LF or CR.
    static func lineRangesByBytes(_ bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0A {
                ranges.append(start..<index)
                start = index + 1
            } else if bytes[index] == 0x0D {
                ranges.append(start..<index)
                if index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                start = index + 1
            }
            index += 1
        }
        if start < bytes.count { ranges.append(start..<bytes.count) }
        return ranges
    }

    @Test func lineRangesAgreeWithBytes() {
        var generator = SystemRandomNumberGenerator()
        var samples: [[UInt8]] = Fixtures.corpusInputs.map(Fixtures.bytes)
        for length in 0..<40 {
            for _ in 0..<40 {
                samples.append((0..<length).map { _ in [0x0A, 0x0D, 0x61, 0x8A, 0x8D, 0x0B, 0x20][Int.random(in: 0..<7, using: &generator)] })
            }
        }
        for sample in samples {
            #expect(SourceText.lineRanges(of: sample) == Self.lineRangesByBytes(sample), "\(sample.prefix(40))")
        }
    }
}
