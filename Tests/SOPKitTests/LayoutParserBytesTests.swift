@testable import SOPKit
import Testing

/// The byte-level paths of the layout and tabular parsers agree with the `Character`-based
/// definitions they stand in front of, on texts with non-ASCII letters, combining marks, no-break
/// spaces, CR LF, empty texts and texts at the length limits.
@Suite struct LayoutParserBytesTests {
    /// Short cell texts: marks, arrows, branch labels and ordinary words.
    static let markTexts = [
        "", " ", "v", "V", "x", "X", "*", "o", "O", "w", "vv", "v ", " v", "\u{221A}", "\u{2713}", "\u{00D7}", "\u{2022}",
        "->", "-->", "<-", "|", "^", "- -", "→", "↓ ", "-→", "\u{2013}", "a", "Ya", "YA", "ya.", "(Ya)", "Tidak", "tidak",
        "Tidak Setuju", "tidak  setuju", "tidak-setuju", "Yes", "No", "no.", "No SOP", "Tdk", "Y", "T", "OK", "ok!", "Setuju",
        "ye\u{301}s", "Ya\u{301}", "y\u{301}", "v\u{301}", "x\r\n", "\r\n", "1", "1.", "0123456789abcdef", "0123456789abcdefg",
        "tidak setujuuuuu", "Tidak\u{00A0}Setuju", "Kepala Dinas", "é", "\u{212A}", "–>",
    ]

    @Test(arguments: markTexts) func markClassificationAgreesWithCharacters(_ text: String) {
        #expect(Mark.classify(text) == Mark.classifyComparingCharacters(text), "\(text.unicodeScalars.map(\.value))")
    }

    @Test func markExamples() {
        #expect(Mark.classify("v") == .performer)
        #expect(Mark.classify("\u{221A}") == .performer)
        #expect(Mark.classify("-->") == .connector)
        #expect(Mark.classify("Tidak Setuju") == .connector)
        #expect(Mark.classify("(Ya)") == .connector)
        #expect(Mark.classify("Kepala") == nil)
        #expect(Mark.classify("vv") == nil)
    }

    /// Pieces of cells printed over two lines, broken mid-word or not.
    static let brokenWordPairs: [(String, String)] = [
        ("Pengadmini", "strasi"), ("Kepegawaia", "n"), ("pengadmini", "strasi umum"), ("Bagian pengadmini", "strasi"),
        ("Bagian  pengadmini", "strasi."), ("data", "dan"), ("kepala", "bagian"), ("", "abc"), ("abc", ""), ("", ""),
        ("Surat", "masuk"), ("surat", "Masuk"), ("surat.", "masuk"), ("surat", "(masuk)"), ("admini", "strasi\u{301}"),
        ("admini", "strasi\u{301}x"), ("admini", "strasié"), ("adminé", "strasi"), ("é admini", "strasi"),
        ("e\u{301} admini", "strasi"), ("x\u{301} admini", "strasi"), ("admi-ni", "strasi"), ("admin1", "strasi"),
        ("pengadministra", "si-nya"), ("pengadministra", "si\r\n"), ("pengadministra", "si.\u{301}"), ("pengadministra", "si"),
        ("adminis", "trasikan"), ("ad", "ministrasi"), ("administrasi", "administrasi"), ("Peng", "adaan"),
        (String(repeating: "a", count: 30), String(repeating: "b", count: 12)), ("abcdefghijklmnopqrst", "uvwxyzabcdefghijklmnopq"),
        ("dokumen", "ini"), ("doku", "men"), ("DOKU", "men"), ("doku", "MEN"), ("ª", "b"), ("a", "ª"), ("a\u{00A0}doku", "men"),
        (" doku", "men"), ("doku ", "men"), ("x doku", "men\tx"),
    ]

    @Test(arguments: brokenWordPairs) func brokenWordsAgreeWithCharacters(_ previous: String, _ next: String) {
        #expect(LayoutText.isBrokenWord(previous, next) == LayoutText.isBrokenWordComparingCharacters(previous, next))
    }

    @Test func brokenWordExamples() {
        #expect(LayoutText.isBrokenWord("Kepegawaia", "n"))
        #expect(LayoutText.isBrokenWord("Bagian Pengadmini", "strasi umum"))
        #expect(!LayoutText.isBrokenWord("data", "dan"))
        #expect(!LayoutText.isBrokenWord("Pengadmini", "Strasi"))
    }

    /// `isBrokenASCIIWord` relies on every lexicon word being lower-case ASCII letters held by
    /// `LexiconWordTable` (fewer than 40 bytes).
    @Test func everyLexiconWordIsInTheWordTable() {
        let words = Lexicon.wordChunks.flatMap { $0.split(separator: " ") }
        #expect(!words.isEmpty)
        for word in words {
            #expect(word.utf8.count < 40 && word.utf8.allSatisfy { $0 >= 0x61 && $0 <= 0x7A }, "\(word)")
            let held = Array(word.utf8).withUnsafeBufferPointer { LexiconWordTable.shared.containsASCIILetters($0) }
            #expect(held, "\(word)")
        }
    }
}
