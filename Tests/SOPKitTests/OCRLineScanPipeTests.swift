@testable import SOPKit
import Testing

/// Whether a line holds a border is read in the tokenizer's pass over the bytes (`OCRLineScan.hasPipe`)
/// instead of over the line's tokens afterwards; it agrees with the reference `tokens.contains { $0.kind
/// == .pipe }` on empty lines, tabs, borders of "|", "!" and "I", borders glued to words, tokens beyond
/// ASCII (é, —, ’, NBSP) and with line ends, units and amounts, and a very long line.
@Suite struct OCRLineScanPipeTests {
    static let lines = [
        "", " ", "\t", "|", "||", "!|", "I|I", "I", "!", "1. | Memberi | 10 menit |", "1.|Memberi", "Memberi|",
        "a\t|\tb", "| é |", "|é", "—|", "’|’", "|\u{A0}", "\u{A0}|", "|\r", "|\n", "1jam |", "iam | 2 hari",
        "Pencumpulan dokurnen", "(|)", String(repeating: "kata | ", count: 2_000), String(repeating: "kata ", count: 2_000),
    ]

    @Test(arguments: lines) func theScanTellsABorderAsTheTokensDo(_ line: String) {
        let scan = OCRToken.scan(of: line)
        #expect(scan.hasPipe == scan.tokens.contains { $0.kind == .pipe })
        #expect(OCRLine(number: 1, text: line).hasPipe == OCRLine(number: 1, tokens: scan.tokens).hasPipe)
    }
}
