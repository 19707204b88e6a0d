@testable import SOPKit
import Testing

/// The tokenizer's one pass over a line's bytes tells, for word and junk tokens, whether each is a
/// plain known word: the same answer as `OCRRepair.isPlainKnownWord` on the token's text, given for
/// every such token of ASCII bytes without a line end, and for no other.
@Suite struct OCRTokenPlainWordTests {
    /// Lines of tokens that are lexicon words in any case, short words, words with punctuation around or
    /// inside them, digits, non-ASCII letters, combining marks, line ends, tabs and runs of spaces.
    static let lines: [String] = OCRHotPathTests.words + OCRFrontBytesTests.texts + OCRTokenBoundsTests.lines + [
        "Pengumpulan data dan (Surat) masuk, di. DI surat-menyurat",
        "Pencumpulan 1Sposist Ihdikator LA(KIP P.enyu_sunan abc1 a1b ab.cd",
        "..Kepala.. Ke-pala ||Kepala|| !Kepala! I| Kepala\u{301} \u{301}Kepala",
        "Kepala\tDinas  menerima\t\tberkas Émile dan é",
        "1. | Memberi | disposisi | 10 | menit |",
        "kepala\r\ndinas", "Kepala\rDinas", "a b c d", "abcd ABCD Abcd", "xyzzy XYZZY",
    ] + OCRFrontBytesTests.lexiconProbes.prefix(600).map { "(\($0)), \($0). -\($0)- \($0)1 1\($0) \($0)|" }

    /// Whether the tokenizer has to leave the answer to the text: a byte that is not ASCII or a line end.
    static func needsCharacters(_ text: Substring) -> Bool {
        text.utf8.contains { $0 >= 0x80 || $0 == 0x0A || $0 == 0x0D }
    }

    @Test func tokenizerAgreesWithPlainKnownWord() {
        var known = 0
        for line in Self.lines + OCRFrontBytesTests.corpusLines {
            for token in OCRToken.tokens(of: line) {
                switch token.kind {
                case .word, .junk:
                    if Self.needsCharacters(token.text) {
                        #expect(token.plainKnownWord == nil, "\(token.text.debugDescription) in \(line.debugDescription)")
                    } else {
                        #expect(token.plainKnownWord == OCRHotPathTests.isPlainKnownWordReference(token.text),
                            "\(token.text.debugDescription) in \(line.debugDescription)")
                        if token.plainKnownWord == true { known += 1 }
                    }
                default:
                    #expect(token.plainKnownWord == nil, "\(token.text.debugDescription) in \(line.debugDescription)")
                }
            }
        }
        #expect(known > 1_000)
    }

    @Test func examples() {
        let tokens = OCRToken.tokens(of: "Pengumpulan Pencumpulan (Surat) di. abc1 é 10 menit |")
        #expect(tokens.map(\.plainKnownWord) == [true, false, true, true, false, nil, nil, nil, nil])
    }

    @Test func settingTheTextForgetsTheAnswer() {
        var token = OCRToken.tokens(of: "disesu")[0]
        #expect(token.plainKnownWord != nil)
        token.text = "disesuaikan"
        #expect(token.plainKnownWord == nil)
    }

    @Test func equalityIgnoresTheAnswer() {
        let read = OCRToken.tokens(of: "Pengumpulan")[0]
        let made = OCRToken(text: read.text, offset: read.offset, kind: read.kind)
        #expect(read.plainKnownWord == true && made.plainKnownWord == nil)
        #expect(read == made)
        #expect(read.hashValue == made.hashValue)
    }

    @Test func repairKeepsTheAnswerOfReplacedTokens() {
        let (tokens, repairs) = OCRRepair.repairTokens(OCRToken.tokens(of: "Pencumpulan data"))
        #expect(repairs.map(\.replacement) == ["Pengumpulan"])
        #expect(tokens.map { String($0.text) } == ["Pengumpulan", "data"])
        #expect(tokens.map(\.plainKnownWord) == [true, true])
        #expect(tokens.map(\.offset) == [0, 12])
    }
}

/// A token's leading step number, refused at once when its first byte is not an ASCII digit, agrees
/// with the number read character by character.
@Suite struct LeadingStepNumberTests {
    static let tokens = [
        "", "1", "1.", "12", "12.", "123", "0", "00", "07", "1)", "1,", "1.|", "a1", "x", ".1", "|1", "-1", "+1", "é1",
        "١", "١٢", "٣.", "²", "１", "１2", "1\u{301}", "1\u{301}.", "1é", "\u{301}1", "\r1", "1\r\n", " 1", "Ⅻ", "½",
    ]

    @Test(arguments: tokens) func leadingStepNumberAgreesWithCharacters(_ text: String) {
        let token = text[...]
        let digits = token.prefix { $0.isNumber }
        var expected: (value: Int, rest: Substring)?
        if !digits.isEmpty, digits.count <= 2, let value = Int(digits), value > 0 {
            expected = (value, token.dropFirst(digits.count))
        }
        let found = OCRLine.leadingStepNumber(token)
        #expect(found?.value == expected?.value, "\(text.debugDescription)")
        #expect(found.map { Array($0.rest.utf8) } == expected.map { Array($0.rest.utf8) }, "\(text.debugDescription)")
    }
}
