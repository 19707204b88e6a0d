@testable import SOPKit
import Testing

/// The value of a date label broken over two lines ("Tanggal Januari 2026" / "Pembuatan"), read as
/// the slice of the line's text after its first token (`OCRIdentityParser.textAfterFirstToken`),
/// against the tokens after the first joined by single spaces, the reading it replaced.
@Suite struct OCRIdentityDateValueTests {
    /// Raw lines (tabs, runs of spaces, spaces at the ends, one token, marks and letters beyond ASCII)
    /// and the value each gives.
    @Test(arguments: [
        ("Tanggal Januari 2026", "Januari 2026"),
        ("  Tanggal \t Januari   2026  ", "Januari 2026"),
        ("Tgl.\t12 Mei\t\t2025", "12 Mei 2025"),
        ("Tanggal", ""),
        ("tgl   ", ""),
        ("Tanggal 1\u{301}7 Agustus", "1\u{301}7 Agustus"),
        ("Tanggal Ĵanuari ¥ 2026 ", "Ĵanuari ¥ 2026"),
        ("TANGGAL 31-12-2024", "31-12-2024"),
    ])
    func valueIsTheTokensAfterTheFirst(_ raw: String, _ expected: String) throws {
        let line = OCRLine(number: 1, text: raw)
        let first = try #require(line.tokens.first?.text)
        let value = OCRIdentityParser.textAfterFirstToken(line.text, firstToken: first)
        #expect(value == expected, "\(raw.debugDescription)")
        #expect(value == line.tokens.dropFirst().map(\.text).joined(separator: " "), "\(raw.debugDescription)")
    }

    /// Lines rebuilt from tokens (as word repair gives them) give the same value as their tokens.
    @Test func rebuiltLinesGiveTheirTokensAfterTheFirst() throws {
        var generator = SplitMix(seed: 0x1D_35)
        let words = ["Tanggal", "Tgl.", "Januari", "2026", "é", "Pembuatan", "12/03", "ÅB", "-"]
        for _ in 0..<200 {
            let count = Int(generator.next() % 5) + 1
            let text = (0..<count).map { _ in words[Int(generator.next() % UInt64(words.count))] }.joined(separator: "  ")
            let line = OCRLine(number: 3, tokens: Array(OCRLine(number: 3, text: text).tokens))
            let first = try #require(line.tokens.first?.text)
            #expect(
                OCRIdentityParser.textAfterFirstToken(line.text, firstToken: first)
                    == line.tokens.dropFirst().map(\.text).joined(separator: " "), "\(text.debugDescription)")
        }
    }
}
