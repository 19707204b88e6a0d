@testable import SOPKit
import Testing

/// The tokens of whole lines agree with the scalar-by-scalar reference tokenizer: lines that mix
/// units and amounts (whose kinds are read again from their bytes when the token is made) with words,
/// numbers, borders and non-ASCII tokens (left to their characters), and lines long enough that the
/// bounds of their tokens do not fit on the stack.
@Suite struct OCRLineTokenKindTests {
    static let lines = [
        "1. | Memberi surat | 10 | menit |", "2 Jam 30 menit", "1jam 0,5hari l,5jam Ijam", "menit| (menit) MENIT jam.",
        "é 1jam é", "Kepala\u{301} 2 iam", "| 3 | hari. | rninggu |", "x\r\ny 1jam", "١ jam ² menit",
        String(repeating: "1jam Kepala ", count: 40), String(repeating: "é menit | ", count: 30),
        String(repeating: "a ", count: 600) + "1jam", String(repeating: "Pengumpulan\t", count: 20),
    ]

    @Test(arguments: lines) func tokensAgreeWithScalars(_ line: String) {
        #expect(OCRFrontBytesTests.same(OCRToken.tokens(of: line), OCRFrontBytesTests.tokensByScalars(line)), "\(line.debugDescription)")
    }

    @Test func unitsAndAmountsKeepTheirValues() {
        let kinds = OCRToken.tokens(of: "1jam 0,5hari menit Kepala | 10").map(\.kind)
        #expect(kinds == [.amount(1, .hour), .amount(0.5, .day), .unit(.minute), .word, .pipe, .number])
    }

    @Test func plainKnownWordsAreNotedForASCIIWordsOnly() {
        let tokens = OCRToken.tokens(of: "surat Pencumpulan 10 é jam")
        #expect(tokens.map(\.plainKnownWord) == [true, false, nil, nil, nil])
    }
}
