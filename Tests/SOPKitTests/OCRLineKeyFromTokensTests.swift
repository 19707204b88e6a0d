@testable import SOPKit
import Testing

/// The key a line's scan writes from its tokens is `TextFolding.key` of the line (and so of its text,
/// its tokens joined by single spaces): on lines with tokens of letters and digits only, of every
/// length around eight bytes, with punctuation, borders, no-break spaces, line ends, combining marks
/// and other bytes beyond ASCII, tokens whose key is empty, and on every line of the corpus.
@Suite struct OCRLineKeyFromTokensTests {
    /// Lines whose tokens' keys are empty, plain, punctuated or beyond ASCII, in every place.
    static let lines = TokenSpacingTests.lines + [
        "| Kepala |", "| | |", "- Kepala", "Kepala -", "- - Kepala - -", "ABCDEFGH IJKLMNOPQ", "abcdefgh12345678X",
        "KEPALA\u{00A0}DINAS", "\u{00A0}", "a \u{00A0} b", "(IKU) PU-PR D3/S1", "... ,,, ---", "Émile ÉMILE émile",
        "1. | Memberi surat | 10 | menit |", "\tNo.\tSOP\t", "No.SOP", "x\r", "\ry", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
        "a\u{301}bcdefghij KLMNOPQRST", String(repeating: "Bidang- ", count: 30), String(repeating: "|", count: 40),
        "abcdefg", "abcdefgh", "abcdefghi", "ABCDEFGHIJKLMNOP", "ABCDEFGHIJKLMNOPQ", "a b c d e f g h i j",
        "  abcdefgh  ijklmnopq  ", "a\tbcdefghij\tk", "@[`{/:AZaz09 AZaz09@[`{/:~\u{7F}", "éééééééé abcdefgé é",
        "٠١٢٣٤٥٦٧٨٩ 1234567890", "D3/S1/S2-PU-PR(IKU)", String(repeating: "Kepala123 ", count: 12),
    ]

    @Test(arguments: lines) func keyAgreesWithFoldingTheLine(_ line: String) {
        let key = OCRToken.scan(of: line).key
        #expect(Array(key.utf8) == Array(TextFolding.key(line).utf8), "\(line.debugDescription)")
        let ocrLine = OCRLine(number: 1, text: line)
        #expect(Array(ocrLine.key.utf8) == Array(TextFolding.key(ocrLine.text).utf8), "\(line.debugDescription)")
    }

    @Test func keysOfCorpusLinesAgreeWithFoldingTheLine() {
        for line in OCRFrontBytesTests.corpusLines {
            #expect(Array(OCRToken.scan(of: line).key.utf8) == Array(TextFolding.key(line).utf8), "\(line.debugDescription)")
        }
    }

    @Test func keyExamples() {
        #expect(OCRToken.scan(of: "  NOMOR  SOP :\t900/112 ").key == "nomor sop 900 112")
        #expect(OCRToken.scan(of: "| | -").key == "")
        #expect(OCRToken.scan(of: "").key == "")
    }
}

/// The key the tokenizer's pass writes token by token (each token's bytes copied lower-cased as they
/// are loaded, others folded over them) is `TextFolding.key` of the line, and its header-word flag
/// that of the key's words, on random lines of letters, digits, punctuation, spaces, tabs, line ends,
/// no-break spaces and other bytes beyond ASCII, header words among them, read alone and as the lines
/// of a file (whose ASCII lines are read from the file's bytes).
@Suite struct OCRLineKeyRandomLinesTests {
    /// The pieces random lines are made of.
    static let pieces = [
        "a", "B", "z", "Kepala", "DINAS", "abcdefgh", "ABCDEFGHIJKLMNOPQ", "1", "10.", "0,5", "1jam", "|", "-", "(IKU)",
        "D3/S1", "@", "[", "`", "{", "é", "É", "\u{00A0}", "—", "\u{301}", "aktivitas", "KEGIATAN", "Uraian", "aktifitas.",
        " ", " ", " ", "  ", "\t", "\r", "x\u{7F}y",
    ]

    /// A random line of up to `maximumPieces` pieces.
    static func randomLine(using generator: inout SplitMix, maximumPieces: Int) -> String {
        let count = Int.random(in: 0...maximumPieces, using: &generator)
        return (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }

    @Test func keysOfRandomLinesAgreeWithFoldingTheLine() {
        var generator = SplitMix(seed: 0x0C12_0125)
        for round in 0..<20_000 {
            let line = Self.randomLine(using: &generator, maximumPieces: round % 200 == 0 ? 400 : 14)
            let scan = OCRToken.scan(of: line)
            let expected = TextFolding.key(line)
            guard Array(scan.key.utf8) == Array(expected.utf8),
                scan.keyHoldsActivityHeaderWord == OCRLineScanHeaderWordTests.holdsActivityHeaderWordByWords(expected)
            else {
                Issue.record("key of \(line.debugDescription)")
                return
            }
        }
    }

    @Test func keysOfRandomFilesAgreeWithFoldingTheirLines() {
        var generator = SplitMix(seed: 0x0C12_0225)
        for _ in 0..<300 {
            let text = (0..<40).map { _ in Self.randomLine(using: &generator, maximumPieces: 12) }.joined(separator: "\n")
            let source = SourceText(file: "f.txt", bytes: Array(text.utf8), encoding: .utf8)
            for line in OCRLine.lines(of: source) {
                let expected = TextFolding.key(line.text)
                #expect(Array(line.key.utf8) == Array(expected.utf8), "\(line.text.debugDescription)")
            }
        }
    }
}
