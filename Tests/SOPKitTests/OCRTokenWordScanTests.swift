@testable import SOPKit
import Testing

/// The tokenizer's pass over a line's bytes, which tells a letter first and asks only a byte that is
/// not one whether it is a space or a tab, agrees with the scalar-by-scalar reference tokenizer: tokens
/// of every kind of byte (letters, digits, "|", tabs, é, —, ’, NBSP, control bytes, line ends, DEL) at
/// every alignment within eight bytes, before a space, a tab or the end of the line, in lines shorter
/// and longer than eight bytes; and `plainKnownWord`, where the pass tells it, is the lexicon's answer.
@Suite struct OCRTokenWordScanTests {
    /// Tokens whose bytes are of every kind the counts tell apart, of lengths around eight and sixteen.
    static let tokens = [
        "a", "Z", "7", "|", "!", "jam", "1jam", "Pengumpulan", "bahan-bahan", "D3/S1", "0,5hari", "|I|!", "surat",
        "é", "Ké", "—", "a—b", "’s", "\u{00A0}", "x\u{00A0}y", "\u{01}", "a\u{1F}b", "\r", "x\r\ny", "\n1",
        "\u{7F}", "@[`{", "azAZ09", "12345678", "abcdefgh", "abcdefghi", "ABCDEFGHIJKLMNOP", "abcdefghijklmnopq",
        "ééééé", "1\u{301}jam", "١٢", "²", String(repeating: "Kepala", count: 12), String(repeating: "é—’", count: 9),
    ]

    /// What may follow a token in its line.
    static let tails = ["", " ", "\t", " x", "\tjam menit", "  | 10 |", String(repeating: " y", count: 8)]

    /// Each token after 0 to 8 bytes of separators (spaces and tabs) and before each tail.
    static let lines: [String] = tokens.flatMap { token in
        (0...8).flatMap { padding in
            tails.map { tail in String((0..<padding).map { $0 % 3 == 2 ? "\t" : " " }) + token + tail }
        }
    }

    @Test func tokensOfLinesAgreeWithScalars() {
        for line in Self.lines {
            #expect(OCRFrontBytesTests.same(OCRToken.tokens(of: line), OCRFrontBytesTests.tokensByScalars(line)), "\(line.debugDescription)")
        }
    }

    @Test func plainKnownWordsAgreeWithTheLexicon() {
        for line in Self.lines {
            for token in OCRToken.tokens(of: line) {
                guard let known = token.plainKnownWord else { continue }
                #expect(known == OCRRepair.isPlainKnownWord(token.text), "\(line.debugDescription)")
            }
        }
    }

    @Test func veryLongLinesAgreeWithScalars() {
        let long = String(repeating: "Memberi surat 10 menit | é—’\u{00A0}x\t1jam\u{01} ", count: 300)
        #expect(OCRFrontBytesTests.same(OCRToken.tokens(of: long), OCRFrontBytesTests.tokensByScalars(long)))
        let oneToken = String(repeating: "abcdefé", count: 2_000) + " " + String(repeating: "Kepala", count: 3_000)
        #expect(OCRFrontBytesTests.same(OCRToken.tokens(of: oneToken), OCRFrontBytesTests.tokensByScalars(oneToken)))
    }
}
