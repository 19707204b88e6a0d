@testable import SOPKit
import Testing

/// The shortcuts word repair takes around its lookups give what the longer way gives. A line read from
/// its text says it may need word repair (`OCRLine.mayNeedWordRepair`) when one of its tokens is
/// neither a number, a border nor a plain known word (and, for a line of ASCII bytes without line
/// ends, only then); a line that needs none gives no repair and leaves the memo as it found it. A replacement of one word is made into the one token that
/// `OCRToken.tokens(of:)` cuts from it (`OCRToken.token(ofWord:offset:)`), and a replacement of several
/// words or none is left to the tokenizer. Edge cases: empty lines, units after numbers and alone,
/// glued amounts, borders, bytes beyond ASCII (é, combining marks, —, NBSP), CR, tabs, words longer
/// than a string holds inline, lines read with and without a file's class cache.
@Suite struct OCRRepairShortcutTests {
    static let texts = OCRLineTokensInPlaceTests.texts + OCRRepairMemoTests.lines + [
        "1. | Memberi disposisi | 10 | menit |", "1 iam", "iam 1", "30menit ljam", "| | |", "12 3,5 | 7",
        "dan atau yang", "Pengumpulan dokumen", "pengumpulan\u{301}", "A\rB", "é", "—", "x\u{A0}y", "III !!",
        "Penyusunan laporan kinerja tahunan", "PenyusunanRenstra", "ABCDEFGHIJKLMNOPQRS", "kepala-dinas",
    ]

    /// Words a repair may put in a token's place, and texts that are no single word.
    static let replacements = [
        "jam", "menit", "1jam", "Pengumpulan", "PENGUMPULAN", "(Disposisi)", "LAKIP", "é", "Kepala\u{301}", "1,5hari",
        "Pertanggungjawaban", "pertanggungjawabanx|", "|", "!I", "12", "x", "A\rB", "Penyusunan Renstra", "", " ",
        "a\tb", "—Indikator—", "ABCDEFGHIJKLMNOP",
    ]

    /// Whether repair leaves `token` as it is without a lookup (`OCRRepair.repairedTokens`' first
    /// question, with every unit and amount counted as needing one).
    static func staysWithoutLookup(_ token: OCRToken) -> Bool {
        token.kind == .number || token.kind == .pipe || token.plainKnownWord == true
    }

    @Test(arguments: texts) func mayNeedWordRepairIsTheTokensAnswer(_ text: String) {
        var classes = OCRToken.ClassCache(slotCount: 16)
        // A token of a byte beyond ASCII or a line end is counted as needing a look whatever its kind.
        let bytesDecide = !text.utf8.contains { $0 >= 0x80 || $0 == 0x0A || $0 == 0x0D }
        for line in [OCRLine(number: 1, text: text), OCRLine(number: 1, text: text, classes: &classes)] {
            let allStay = line.tokens.allSatisfy(Self.staysWithoutLookup)
            #expect(line.mayNeedWordRepair || allStay, "\(text.prefix(40).debugDescription)")
            if bytesDecide { #expect(line.mayNeedWordRepair == !allStay, "\(text.prefix(40).debugDescription)") }
            guard !line.mayNeedWordRepair else { continue }
            var memo = OCRRepair.Memo()
            let (tokens, repairs) = OCRRepair.repairTokens(line.tokens, memo: &memo)
            #expect(tokens.isEmpty && repairs.isEmpty && memo.lookUpsBeforeTable == 0)
        }
    }

    @Test func linesOfAFileSayWhatTheirLinesReadAloneSay() {
        let text = Self.texts.joined(separator: "\n")
        let lines = OCRLine.lines(of: SourceText(file: "x", bytes: Array(text.utf8), encoding: .utf8))
        for line in lines {
            let alone = OCRLine(number: line.number, text: line.text)
            #expect(line.mayNeedWordRepair == alone.mayNeedWordRepair, "\(line.text.prefix(40).debugDescription)")
        }
    }

    @Test(arguments: replacements) func oneWordIsTheTokenTheTokenizerCuts(_ replacement: String) {
        let expected = OCRToken.tokens(of: replacement).map { token in
            var placed = token
            placed.offset += 7
            return placed
        }
        guard let made = OCRToken.token(ofWord: replacement, offset: 7) else {
            #expect(replacement.isEmpty || replacement.utf8.contains { $0 == 0x20 || $0 == 0x09 })
            return
        }
        #expect(OCRLineTokensInPlaceTests.described([made]) == OCRLineTokensInPlaceTests.described(expected))
    }

    /// The repairs of several lines gathered in one array (`repairedTokens(_:memo:appendingRepairsTo:)`,
    /// as `OCRParser.repairWords` gathers them): a line without a repair gives no tokens and adds no
    /// repair, a line with some gives the tokens and repairs that `repairTokens` gives it alone, its
    /// repairs after those of the lines before. Lines of plain ASCII, beyond ASCII, empty, units and
    /// borders; the same memo throughout, as one document's.
    @Test func repairsOfLinesAreGatheredInOneArray() {
        let lines: [(text: String, repaired: [String])] = [
            ("Pencumpulan data", ["Pencumpulan>Pengumpulan"]), ("dan atau yang", []), ("", []),
            ("1 iam | 2 menit", ["iam>jam"]), ("| | |", []), ("Ihdikator kinerja é", ["Ihdikator>Indikator"]),
            ("Pencumpulan dan Ihdikator", ["Pencumpulan>Pengumpulan", "Ihdikator>Indikator"]), ("12 3,5", []),
        ]
        var memo = OCRRepair.Memo()
        var aloneMemo = OCRRepair.Memo()
        var repairs: [OCRRepair.Repair] = []
        var expectedRepairs: [String] = []
        for (text, repaired) in lines {
            let line = OCRLine(number: 1, text: text)
            let before = repairs.count
            let tokens = line.tokens.withUnsafeBufferPointer {
                OCRRepair.repairedTokens($0, memo: &memo, appendingRepairsTo: &repairs)
            }
            let alone = OCRRepair.repairTokens(line.tokens, memo: &aloneMemo)
            expectedRepairs += repaired
            #expect(repairs.map { "\($0.original)>\($0.replacement)" } == expectedRepairs, "\(text.debugDescription)")
            #expect(Array(repairs[before...]) == alone.repairs, "\(text.debugDescription)")
            if repaired.isEmpty {
                #expect(tokens == nil, "\(text.debugDescription)")
            } else {
                #expect(tokens.map { OCRLineTokensInPlaceTests.described($0) } == OCRLineTokensInPlaceTests.described(alone.tokens),
                    "\(text.debugDescription)")
            }
        }
        #expect(memo.lookUpsBeforeTable == aloneMemo.lookUpsBeforeTable)
    }
}
