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
