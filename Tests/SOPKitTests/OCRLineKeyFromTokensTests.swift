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
