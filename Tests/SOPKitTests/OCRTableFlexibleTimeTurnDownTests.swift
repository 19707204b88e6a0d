@testable import SOPKit
import Testing

/// The broken "Disesu|aikan" join turns a line down on its key (`lastTokenKeyMayStartWithDisesu`)
/// before it reads the line's last token (`endsWithDisesu`): the turn-down must never refuse a line
/// whose last token's key starts with "disesu".
@Suite struct OCRTableFlexibleTimeTurnDownTests {
    /// Pieces lines are made of: "disesu" in every case and cut, separators, digits, non-ASCII letters
    /// and marks, no-break and other spaces, a tab, a CR, a border.
    static let pieces: [String] = [
        "Disesu", "disesu", "DISESU", "DiSeSu", "disesuaikan", "Disesu-", "-Disesu", "(Disesu", "Disesu.aikan",
        "Di-sesu", "Disesu\u{A0}aikan", "x\u{A0}Disesu", "D\u{131}sesu", "Dísesu", "Disesu\u{301}", "\u{301}Disesu",
        "disesu1", "1disesu", "Disesu|", "|", "-", "aikan", "kan", "an", "1", "jam", "Menit", "\u{2003}",
        "\u{3000}Disesu", "\t", "\r", "é", "Dis", "esu", "sesuai", "d", "\u{C2}", "Disesu\u{2014}x", "",
    ]

    @Test func theTurnDownNeverRefusesALastTokenStartingWithDisesu() {
        var generator = SplitMix(seed: 27)
        var lines = Self.pieces.map { OCRLine(number: 1, text: $0) }
        for _ in 0..<40_000 {
            let count = Int(generator.next() % 6)
            var text = ""
            for index in 0..<count {
                if index > 0 { text += generator.next() % 4 == 0 ? "" : (generator.next() % 5 == 0 ? "  " : " ") }
                text += Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))]
            }
            lines.append(OCRLine(number: 1, text: text))
        }
        lines.append(OCRLine(number: 1, text: String(repeating: "kegiatan ", count: 5_000) + "Disesu"))
        lines.append(OCRLine(number: 1, text: "Disesu " + String(repeating: "x", count: 50_000)))
        var accepted = 0
        for line in lines {
            let starts = line.tokens.last.map { OCRTableParser.endsWithDisesu($0.text) } ?? false
            if starts {
                accepted += 1
                #expect(OCRTableParser.lastTokenKeyMayStartWithDisesu(line), "\(line.text.debugDescription)")
            }
            // Lines made of tokens (as word repair makes them) hold the same key as their text.
            let rebuilt = OCRLine(number: 1, tokens: Array(line.tokens))
            if starts { #expect(OCRTableParser.lastTokenKeyMayStartWithDisesu(rebuilt), "\(line.text.debugDescription)") }
        }
        #expect(accepted > 1_000)
    }
}
