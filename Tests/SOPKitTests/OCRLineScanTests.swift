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

/// The row start read on a line's bytes in the pass that finds its tokens agrees with the one read
/// from the tokens (`OCRLine.rowStart(of:)`) and with the character-by-character reference, and is
/// left to the tokens exactly when a token it must look at holds a byte that is not ASCII or a line end.
@Suite struct OCRLineScanRowStartTests {
    /// Row starts of every shape, with borders, debris and non-ASCII tokens before, in and after them.
    static let lines = OCRFrontBytesTests.rowTexts + [
        "| | 3. x", "J | 4 | x", "- 5 , x", "6 .", "6 ,", "6 . |", "6 , | x", "7 ) x", "8.| |", "9 | |", "10 é", "11 . é",
        "é 12. x", "12 é. x", "| é 1. x", "13 \u{301}", "14.\r x", "15\r\n x", "99. x", "100 | x", "0 | x", "05. x", "5a. x",
        "5.. x", "5 .. x", "5 | 6 | x", "", " ", "|", "| |", "1", "1 2", "1 .x", "1 ,.", "1 ) |",
    ]

    /// Checks one line: the bytes' answer, when they give one, is the tokens' and the reference's.
    static func check(_ text: String) {
        let scan = OCRToken.scan(of: text)
        let fromTokens = OCRLine.rowStart(of: scan.tokens)
        let expected = OCRFrontBytesTests.rowStartByCharacters(scan.tokens)
        #expect(fromTokens?.number == expected?.number && fromTokens?.nextToken == expected?.nextToken, "\(text.debugDescription)")
        if let fromBytes = scan.rowStart {
            #expect(fromBytes?.number == expected?.number && fromBytes?.nextToken == expected?.nextToken, "\(text.debugDescription)")
        }
        let line = OCRLine(number: 1, text: text)
        #expect(line.rowStart?.number == expected?.number && line.rowStart?.nextToken == expected?.nextToken, "\(text.debugDescription)")
    }

    @Test(arguments: lines) func rowStartAgreesWithTokensAndCharacters(_ text: String) {
        Self.check(text)
    }

    @Test func rowStartsOfCorpusLinesAgreeWithTokensAndCharacters() {
        for text in OCRFrontBytesTests.corpusLines { Self.check(text) }
    }

    @Test func bytesDecideASCIIRowsAndLeaveOthersToTheTokens() {
        #expect(OCRToken.scan(of: "1. | Memberi").rowStart??.number == 1)
        #expect(OCRToken.scan(of: "| 12 | Kepala").rowStart??.nextToken == 3)
        #expect(OCRToken.scan(of: "Kepala Dinas").rowStart != nil)
        #expect(OCRToken.scan(of: "123. x").rowStart != nil)
        #expect(OCRToken.scan(of: "1é. x").rowStart == nil)
        #expect(OCRToken.scan(of: "é 1. x").rowStart == nil)
        #expect(OCRToken.scan(of: "1 é").rowStart == nil)
        #expect(OCRToken.scan(of: "1 . é").rowStart == nil)
        #expect(OCRToken.scan(of: "1 | é").rowStart??.nextToken == 2)
    }

    /// A line whose first token is longer than a byte, decided by its bytes and not starting with a
    /// digit, plainly starts no row (told without reading on); one whose first token is a single byte
    /// (a border or debris passed over), starts with a digit, or is left to its characters is read on.
    @Test func aFirstTokenThatPlainlyStartsNoRowDecidesAtOnce() {
        let cases: [(text: String, rowStart: (number: Int, nextToken: Int)??)] = [
            ("Kepala 1. Dinas", .some(nil)), ("ab", .some(nil)), ("x1. y", .some(nil)), ("|| 2. Kirim", .some(nil)),
            ("- 3. Kirim", .some((3, 2))), ("| 4 | Kirim", .some((4, 3))), ("5. Kirim", .some((5, 1))),
            ("a", .some(nil)), ("“Kepala” 1.", nil), ("é1. x", nil), ("", .some(nil)), ("   ", .some(nil)),
        ]
        for (text, expected) in cases {
            let found = OCRToken.scan(of: text).rowStart
            #expect((found == nil) == (expected == nil), "\(text.debugDescription)")
            #expect(found??.number == expected??.number && found??.nextToken == expected??.nextToken, "\(text.debugDescription)")
        }
    }
}

/// The text of a line made of tokens is their texts joined by single spaces, as `joined` made it:
/// for no token, one token, empty texts, non-ASCII texts and tokens cut from lines and from repairs.
@Suite struct OCRLineJoinedTextTests {
    /// Token lists: none, cut from lines of every kind, and made by hand (empty texts included).
    static let tokenLists: [[OCRToken]] = [[]] + (OCRFrontBytesTests.texts + OCRLineTokenKindTests.lines).map(OCRToken.tokens(of:)) + [
        [OCRToken(text: "", offset: 0, kind: .junk)],
        [OCRToken(text: "", offset: 0, kind: .junk), OCRToken(text: "", offset: 1, kind: .junk)],
        [OCRToken(text: "é\u{301}", offset: 0, kind: .word), OCRToken(text: "", offset: 3, kind: .junk), OCRToken(text: "1jam", offset: 4, kind: .amount(1, .hour))],
        OCRRepair.repairTokens(OCRToken.tokens(of: "Pencumpulan dokurnen 1 iam")).tokens,
    ]

    @Test func joinedTextAgreesWithJoiningStrings() {
        for tokens in Self.tokenLists {
            let expected = tokens.map { String($0.text) }.joined(separator: " ")
            #expect(Array(OCRLine.joinedText(of: tokens).utf8) == Array(expected.utf8), "\(expected.debugDescription)")
            #expect(OCRLine(number: 1, tokens: tokens).text == expected, "\(expected.debugDescription)")
        }
    }

    @Test func corpusLinesJoinAsStrings() {
        for line in OCRFrontBytesTests.corpusLines {
            let tokens = OCRToken.tokens(of: line)
            #expect(Array(OCRLine.joinedText(of: tokens).utf8) == Array(tokens.map { String($0.text) }.joined(separator: " ").utf8))
        }
    }
}
