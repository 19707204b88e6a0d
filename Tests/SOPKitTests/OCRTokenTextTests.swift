@testable import SOPKit
import Testing

/// A token's text is a string of its own when it fits inline (`OCRToken.inlineTextCapacity` bytes)
/// and a slice of its line when longer, and either way holds the bytes the scalar-by-scalar reference
/// tokenizer cuts: for ASCII and non-ASCII tokens on both sides of the limit, tokens that start or
/// end with a combining mark, tokens with line ends, and tokens at either end of the line.
@Suite struct OCRTokenTextTests {
    /// Lines whose tokens lie just under, at and just over the inline limit, in bytes.
    static let lines = [
        "", " ", "\t", "a", "abcdefghijklmn", "abcdefghijklmno", "abcdefghijklmnop", "abcdefghijklmnopq",
        "x abcdefghijklmno y", "x\tabcdefghijklmnop\ty", "  Pengumpulan   Penyelenggaraan  Pertanggungjawaban ",
        "ééééééé", "éééééééa", "éééééééé", "abcdefghijkl€", "abcdefghijklm€", "\u{301}abcdefghijklmn", "abcdefghijklm\u{301}",
        "1. | Memberi | 10 | menit |", "menit\r\n", "x\r\ny abcdefghijklmn\r", "١٢٣٤٥٦٧ ١٢٣٤٥٦٧٨", "a\u{00A0}b\u{00A0}cdefghijklmn",
        String(repeating: "Pertanggungjawaban ", count: 30), String(repeating: "é", count: 40),
    ]

    @Test(arguments: lines) func textsAgreeWithScalars(_ line: String) {
        let tokens = OCRToken.tokens(of: line)
        let expected = OCRFrontBytesTests.tokensByScalars(line)
        #expect(OCRFrontBytesTests.same(tokens, expected), "\(line.debugDescription)")
        #expect(tokens == expected, "\(line.debugDescription)")
        #expect(tokens.map { $0.text.hashValue } == expected.map { $0.text.hashValue }, "\(line.debugDescription)")
    }

    @Test(arguments: lines) func shortTextsAreStringsOfTheirOwn(_ line: String) {
        for token in OCRToken.tokens(of: line) {
            let isInline = token.text.utf8.count <= OCRToken.inlineTextCapacity
            #expect(isInline == (token.text.base.utf8.count == token.text.utf8.count) || token.text.utf8.count == line.utf8.count,
                "\(line.debugDescription) / \(token.text.debugDescription)")
        }
    }

    @Test(arguments: lines) func plainKnownWordsAgreeWithRepair(_ line: String) {
        for token in OCRToken.tokens(of: line) {
            if let known = token.plainKnownWord {
                #expect(known == OCRRepair.isPlainKnownWord(token.text), "\(line.debugDescription) / \(token.text.debugDescription)")
            }
        }
    }

    @Test func textsAtTheLimit() {
        let texts = OCRToken.tokens(of: "abcdefghijklmno abcdefghijklmnop é€ ééééééé€").map { String($0.text) }
        #expect(texts == ["abcdefghijklmno", "abcdefghijklmnop", "é€", "ééééééé€"])
        #expect(OCRToken.tokens(of: "abcdefghijklmnop x").first?.text.base == "abcdefghijklmnop x")
        #expect(OCRToken.tokens(of: "abcdefghijklmno x").first?.text.base == "abcdefghijklmno")
    }
}
