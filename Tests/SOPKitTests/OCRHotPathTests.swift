@testable import SOPKit
import Testing

/// The one-pass byte versions of OCR hot-path checks agree with the definitions they replaced, on
/// tables of words that include non-ASCII letters, digits, punctuation inside and around words,
/// empty and one-byte texts.
@Suite struct OCRHotPathTests {
    /// OCR tokens: lexicon words in any case, misread words, short words, words with punctuation at
    /// either end or inside, digits, non-ASCII letters and combining marks, CR, empty text.
    static let words = [
        "", " ", "a", "A", "1", ".", "..", "di", "DI", "di.", "dan", "dan/", "(dan)", "surat", "Surat", "SURAT", "surat,",
        "(Surat)", "surat-menyurat", "Pengumpulan", "pengumpulan", "Pencumpulan", "pencumpulan,", "1Sposist", "a1b",
        "abc1", "1abc", "é", "Émile", "surat\u{301}", "e\u{301}", "|", "||", "menit|", "(IKU)", "Kepala", "kepala.",
        "..Kepala..", "Ke-pala", "Kepala\r\n", "\r\nKepala", "Kepala\r", "Disposisi", "DISPOSISI", "indikator",
        "xyzzy", "Dokumen;", "dokumen:", "abc", "abcd", "ab.cd", "ab cd", "\u{00A0}surat", "surat\u{00A0}", "x\u{301}yz",
    ]

    /// The definition `OCRRepair.isPlainKnownWord` had before it read its bytes in one pass.
    static func isPlainKnownWordReference(_ token: Substring) -> Bool {
        var token = token
        return token.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return false }
            var start = 0
            var end = bytes.count
            while start < end, !TextFolding.isASCIIAlphanumeric(bytes[start]) { start += 1 }
            while end > start, !TextFolding.isASCIIAlphanumeric(bytes[end - 1]) { end -= 1 }
            let core = UnsafeBufferPointer(rebasing: bytes[start..<end])
            guard !core.isEmpty, core.allSatisfy({ ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }) else { return false }
            return core.count < 4 || LexiconWordTable.shared.containsASCIILetters(core)
        }
    }

    @Test(arguments: words) func plainKnownWordAgreesWithReference(_ word: String) {
        #expect(OCRRepair.isPlainKnownWord(word[...]) == Self.isPlainKnownWordReference(word[...]), "\(word)")
        let padded = "x " + word + " y"
        let inner = padded.dropFirst(2).dropLast(2)
        #expect(OCRRepair.isPlainKnownWord(inner) == Self.isPlainKnownWordReference(inner), "\(word) inside a line")
    }

    @Test func plainKnownWordExamples() {
        for word in ["Pengumpulan", "dan", "DI", "surat,", "(Surat)", "di."] {
            #expect(OCRRepair.isPlainKnownWord(word[...]), "\(word)")
        }
        for word in ["Pencumpulan", "1Sposist", "é", "..", "", "surat-menyurat", "a1b", "abc1", "ab.cd"] {
            #expect(!OCRRepair.isPlainKnownWord(word[...]), "\(word)")
        }
    }
}

/// The role-header and table helpers that replaced sorting, a `Character` split and an array search
/// agree with those definitions.
@Suite struct OCRTableHotPathTests {
    /// The candidates' order as `reconcile` sorted all of them before taking the first ones.
    static func longestFirstReference(_ mentionWordCounts: [Int], maximum: Int) -> [Int] {
        let counts = mentionWordCounts + RoleVocabulary.knownRoles.map { OCRRoleEvidence.nameWords($0).count }
        let ordered = counts.indices.sorted { lhs, rhs in
            counts[lhs] != counts[rhs] ? counts[lhs] > counts[rhs] : lhs < rhs
        }
        return Array(ordered.prefix(maximum))
    }

    @Test func longestFirstAgreesWithSorting() {
        let cases: [[Int]] = [
            [], [1], [9], [0], [2, 2, 2], [1, 2, 3, 4, 5, 6, 7, 8], [8, 7, 6, 5, 4, 3, 2, 1], [3, 1, 3, 2, 5, 1, 2],
            Array(repeating: 2, count: 250), (0..<300).map { $0 % 7 },
            // Already longest first, as mentions come: ties with the known role names' counts, runs.
            [7, 6, 6, 5, 2, 2, 1, 1, 0], [3, 3, 2], (0..<300).map { 9 - $0 / 40 },
        ]
        for counts in cases {
            for maximum in [0, 1, 5, 40, 200, 1_000] {
                #expect(OCRRoleEvidence.longestFirst(counts, maximum: maximum)
                    == Self.longestFirstReference(counts, maximum: maximum), "\(counts) \(maximum)")
            }
        }
    }

    /// Role names with separators at the ends, doubled, slashes, punctuation, non-ASCII letters,
    /// combining marks after a separator, CR and empty names.
    static let names = [
        "", " ", "/", "//", " / ", "Kepala", "Kepala Dinas", "Kepala  Dinas", " Kepala Dinas ", "Kasi/Kasubbag",
        "Kasi / Kasubbag", "Staf/ Perencanaan", "Kepala Sub Bagian Umum", "KASUBBAG PPMEP", "Tim (Reviu)", "Kepala, Dinas",
        "Kepala - Dinas", "Bidang-Bidang Lain", "Kepala Séksi", "Kepala \u{301}Dinas", "Kepala /\u{301}Dinas", "Kepala\r\nDinas",
        "Kepala\rDinas", "a b c", "x/y/z", "\u{00A0}Kepala", "Sub-Bagian", "PU-PR 2", "Kepala.Dinas", "Kasi_Umum", "-/-",
        "UPT 3 (Dua)", "Kepala\tDinas",
    ]

    @Test(arguments: names) func nameWordsAgreesWithCharacters(_ name: String) {
        #expect(OCRRoleEvidence.nameWords(name) == OCRRoleEvidence.nameWordsByCharacters(name), "\(name.debugDescription)")
    }

    @Test func roundDurationsAreTheListedOnes() {
        let listed = [5, 10, 15, 20, 25, 30, 45, 60, 90, 120, 2, 3, 4]
        for value in -5...1_200 {
            #expect(OCRTableParser.LineNumbers.isRoundDuration(value) == listed.contains(value), "\(value)")
        }
    }
}

/// Tokens of lines whose bounds test the one-pass tokenizer: separators at both ends, runs of them,
/// one-byte tokens, odd and even lengths, and non-ASCII bytes at the ends of tokens.
@Suite struct OCRTokenBoundsTests {
    static let lines = [
        "", " ", "\t", "a", " a", "a ", "\ta\t", "a b", "a  b", "a b c", "ab cd ef", " a b c ", "a\tb\tc", "\t \t",
        "é", "é b", "a é", "1. | Memberi | 10 | menit |", "x \u{301}y", "ééé ééé", "Kepala\u{00A0}Dinas 1 jam",
    ]

    @Test(arguments: lines) func tokensAgreeWithScalars(_ line: String) {
        #expect(OCRFrontBytesTests.same(OCRToken.tokens(of: line), OCRFrontBytesTests.tokensByScalars(line)), "\(line.debugDescription)")
    }
}

/// `OCRRepair.WordParts` agrees with the `Character`-based cut of a token that `repairWord` made.
@Suite struct WordPartsTests {
    static let tokens = OCRHotPathTests.words + [
        "P.enyu_sunan", "LA(KIP", "1Sposist", "(Pencumpulan)", "..Disposisi,", "-", "--a--", "a", "1", "é.", ".é", "(é)",
        "Kepala\u{301}.", "\u{301}Kepala", "x\r", "\rx", "1\u{301}", "🇮🇩Dinas🇮🇩", "Dinas!!", "!!Dinas", "a.b", "ab12cd",
    ]

    @Test(arguments: tokens) func partsAgreeWithCharacters(_ text: String) {
        let token = text[...]
        let leading = token.prefix { !($0.isLetter || $0.isNumber) }
        let trailing = String(token.reversed().prefix { !($0.isLetter || $0.isNumber) }.reversed())
        guard leading.count + trailing.count < token.count else {
            #expect(OCRRepair.WordParts(token) == nil, "\(text.debugDescription)")
            return
        }
        let core = token.dropFirst(leading.count).dropLast(trailing.count)
        guard let parts = OCRRepair.WordParts(token) else {
            Issue.record("no parts for \(text.debugDescription)")
            return
        }
        #expect(Array(parts.leading.utf8) == Array(leading.utf8), "\(text.debugDescription)")
        #expect(Array(parts.core.utf8) == Array(core.utf8), "\(text.debugDescription)")
        #expect(Array(parts.trailing.utf8) == Array(trailing.utf8), "\(text.debugDescription)")
        #expect(parts.letterCount == core.filter(\.isLetter).count, "\(text.debugDescription)")
        #expect(parts.coreCount == core.count, "\(text.debugDescription)")
    }
}

/// `OCRRepair.mayHoldFourLetters` is false only for tokens of fewer than four letters, and repair by
/// characters leaves those as they are.
@Suite struct MayHoldFourLettersTests {
    @Test func examples() {
        let cases: [(token: String, may: Bool)] = [
            ("", false), ("\u{2014}", false), ("C\u{2014}", false), ("\u{201C}\u{2014}\u{2014}", false), ("abc", false),
            ("a1b2c3", false), ("\u{201C}Surat", true), ("Keluar\u{201D}", true), ("abcd", true), ("\u{E9}\u{E9}\u{E9}\u{E9}", true),
            ("ab\u{301}c", true), ("\u{1F1EE}\u{1F1E9}ab", true), ("1234", false), ("A.B.C", false), ("A.B.C.D", true),
            ("--{\u{2018}_,-", false), ("\u{00A3}w", false), ("\u{00C9}mile", true),
        ]
        for (token, may) in cases {
            #expect(OCRRepair.mayHoldFourLetters(token[...]) == may, "\(token.debugDescription)")
        }
    }

    @Test func fewerThanFourLettersWhenFalse() {
        let pieces = ["a", "B", "1", "-", "\u{2014}", "\u{201C}", "\u{E9}", "\u{301}", "\u{1F1EE}", ".", "\u{00A3}", "\u{0639}", "\r"]
        var generator = SplitMix(seed: 33)
        for _ in 0..<3000 {
            var token = ""
            for _ in 0..<Int(generator.next() % 7) { token += pieces[Int(generator.next() % UInt64(pieces.count))] }
            guard !OCRRepair.mayHoldFourLetters(token[...]) else { continue }
            #expect(token.filter(\.isLetter).count < 4, "\(token.debugDescription)")
            #expect(OCRRepair.repairWordByCharacters(token[...]) == nil, "\(token.debugDescription)")
        }
    }
}

/// `OCRRepair.splitGlued` on bytes agrees with its `Character`-based definition.
@Suite struct SplitGluedTests {
    static let words = [
        "", "a", "PenyusunanRenstra", "PengumpulanData", "SuratMasuk", "suratMasuk", "abcDef", "abCdef", "aBcdef",
        "PENYUSUNANRenstra", "PenyusunanRENSTRA", "DataSurat", "LaporanKinerjaInstansi", "KinerjaX", "xyzAbcd",
        "PengumpulanDa", "RenstraPenyusunan", "ÉmileDokumen", "DokumenÉmile", "Dokumen\u{301}Surat", "Surat\r\nData",
        "a1Bcd", "abc1Def", "abcdEfgh", "SuratSurat", "dataSurat",
    ]

    @Test(arguments: words) func splitGluedAgreesWithCharacters(_ word: String) {
        let lexicon = Lexicon.shared
        #expect(OCRRepair.splitGlued(word[...]) == OCRRepair.splitGluedByCharacters(word[...], lexicon: lexicon),
            "\(word.debugDescription)")
    }

    @Test func splitGluedExamples() {
        #expect(OCRRepair.splitGlued("PenyusunanRenstra"[...]) == "Penyusunan Renstra")
        #expect(OCRRepair.splitGlued("Penyusunan"[...]) == nil)
    }
}

/// Role mentions keep every name with its shorter beginnings, longest first, none ending in a joiner.
@Suite struct RoleMentionTests {
    @Test func mentionsListNamesWithTheirBeginnings() {
        let lines = [
            "menyerahkan kepada Kasi Operasi dan Pengendalian. lalu",
            "diteruskan ke Kepala Dinas | Lurah Sukajadi, Staf",
            "oleh Petugas Loket Pelayanan Terpadu Satu Pintu Kabupaten",
            "tanpa nama di sini", "Kepala", "",
        ].enumerated().map { OCRLine(number: $0.offset + 1, text: $0.element) }
        #expect(OCRRoleEvidence.mentions(in: lines) == [
            "Petugas Loket Pelayanan Terpadu Satu Pintu", "Petugas Loket Pelayanan Terpadu Satu",
            "Kasi Operasi dan Pengendalian", "Petugas Loket Pelayanan Terpadu", "Petugas Loket Pelayanan",
            "Kasi Operasi", "Kepala Dinas", "Lurah Sukajadi", "Petugas Loket", "Kasi", "Kepala", "Lurah", "Staf", "Petugas",
        ])
    }
}

/// The spacing noted with the tokens tells exactly when a line is its own tokens joined by spaces.
@Suite struct TokenSpacingTests {
    static let lines = OCRTokenBoundsTests.lines + ByteLevelHelperTests.texts + [
        "a  b", " a", "a ", "a\tb", "\t", "a b\t", "a \u{301}b", "é é", "a\u{00A0}b", "\r\n", "a \r\nb",
    ]

    @Test(arguments: lines) func spacingAgreesWithJoining(_ line: String) {
        let scan = OCRToken.scan(of: line)
        let isSpacedOnce = scan.isSpacedOnce
        #expect(OCRFrontBytesTests.same(scan.tokens, OCRToken.tokens(of: line)), "\(line.debugDescription)")
        let joined = OCRLine.tokensJoined(line)
        #expect(isSpacedOnce == Array(joined.utf8).elementsEqual(line.utf8), "\(line.debugDescription)")
        #expect(Array(OCRLine(number: 1, text: line).text.utf8) == Array(joined.utf8), "\(line.debugDescription)")
    }

    @Test func corpusLinesKeepTheirText() {
        for line in OCRFrontBytesTests.corpusLines {
            #expect(Array(OCRLine(number: 1, text: line).text.utf8) == Array(OCRLine.tokensJoined(line).utf8),
                "\(line.debugDescription)")
        }
    }
}
