@testable import SOPKit
import Testing

/// A table row's lines are read in place (`OCRTableParser.RowTokens`, `RowLine`): the tokens, runs of
/// them and what the row's readers make of them are those of the lines' own tokens (`OCRTokens`).
@Suite struct OCRTableRowTokensTests {
    /// Lines as a row gives them: words, numbers, units, amounts, pipes, debris, misread ones,
    /// "Disesu|aikan" broken at the line end, non-ASCII letters and marks, and an empty line.
    static let lineTexts = [
        "", "1. Menerima berkas 10 menit", "2. | Memeriksa berkas l menit selesai", "Meneliti berkas Disesu", "aikan",
        "sesuai kebutuhan", "3 Mengirim surat 1jam", "x 2 x 30 menit | Surat", "Dise\u{301}suaikan é è", "berkas -_ \\/ | 5 | hari",
        "Kepala Dinas menandatangani 0,5 jam SK", "Disésu", "menit",
    ]

    /// The lines of `lineTexts`, and for each the run of `RowTokens` its record gives, read while the
    /// lines are held.
    static func withRowTokens(_ body: ([OCRLine], [OCRTableParser.RowTokens]) -> Void) {
        let lines = lineTexts.enumerated().map { OCRLine(number: $0.offset + 1, text: $0.element) }
        withExtendedLifetime(lines) {
            body(lines, lines.map { OCRTableParser.RowTokens($0.recordInPlace) })
        }
    }

    @Test func rowTokensAreTheLinesTokensAndSliceAsThey() {
        Self.withRowTokens { lines, rows in
            var tokenCount = 0
            for (line, row) in zip(lines, rows) {
                let tokens = line.tokens
                #expect(row.startIndex == 0 && row.endIndex == tokens.count, "\(line.text.debugDescription)")
                #expect(Array(row) == Array(tokens), "\(line.text.debugDescription)")
                for start in 0...tokens.count {
                    #expect(row[start...].startIndex == start && Array(row[start...]) == Array(tokens[start...]))
                    #expect(row[start...].map(\.text) == tokens[start...].map(\.text))
                }
                tokenCount += tokens.count
            }
            #expect(rows[1].map(\.text) == ["1.", "Menerima", "berkas", "10", "menit"])
            #expect(rows[6][3...].first?.text == "1jam")
            #expect(rows[0].isEmpty && tokenCount > 60)
        }
    }

    @Test func theRowReadersAnswerAlikeOnBothKindsOfTokens() {
        Self.withRowTokens { lines, rows in
            for (line, row) in zip(lines, rows) {
                let tokens = line.tokens
                #expect(
                    OCRTableParser.lastTokenKeyMayStartWithDisesu(record: line.recordInPlace)
                        == OCRTableParser.lastTokenKeyMayStartWithDisesu(line), "\(line.text.debugDescription)")
                for start in 0...tokens.count {
                    var fromRow = OCRWordJoiner()
                    var fromLine = OCRWordJoiner()
                    let rowEnd = OCRTableParser.readWithoutMutuBaku(row, timeFrom: row[start...], activityFrom: start, into: &fromRow)
                    let lineEnd = OCRTableParser.readWithoutMutuBaku(
                        tokens, timeFrom: tokens[start...], activityFrom: start, into: &fromLine)
                    #expect(rowEnd == lineEnd && fromRow.text == fromLine.text, "\(line.text.debugDescription) \(start)")
                }
                var rowNumbers = OCRTableParser.LineNumbers()
                var lineNumbers = OCRTableParser.LineNumbers()
                rowNumbers.removeAll(lineCount: 1)
                lineNumbers.removeAll(lineCount: 1)
                rowNumbers.read(line: 0, row)
                lineNumbers.read(line: 0, tokens)
                for index in 0...tokens.count {
                    #expect(rowNumbers.firstBest(before: index, onLine: 0) == lineNumbers.firstBest(before: index, onLine: 0))
                }
                for index in 0..<tokens.count {
                    let fromRow = rowNumbers.number(at: index, onLine: 0)
                    let fromLine = lineNumbers.number(at: index, onLine: 0)
                    #expect(fromRow?.value == fromLine?.value && fromRow?.score == fromLine?.score, "\(line.text.debugDescription)")
                }
            }
            // "Meneliti berkas Disesu": the broken flexible Waktu's first half ends the line.
            #expect(OCRTableParser.lastTokenKeyMayStartWithDisesu(record: lines[3].recordInPlace))
            #expect(!OCRTableParser.lastTokenKeyMayStartWithDisesu(record: lines[1].recordInPlace))
        }
    }

    @Test func cellsOfARowReadInPlaceAreThoseOfItsLines() {
        Self.withRowTokens { lines, rows in
            let pivots: [(numberLine: Int?, numberToken: Int?, unitLine: Int?, unitToken: Int?)?] = [
                nil, (1, 3, 1, 4), (nil, nil, 12, 0), (7, 3, 7, 4),
            ]
            for pivot in pivots {
                var fromRows = OCRTableParser.MutuBakuCells()
                var fromLines = OCRTableParser.MutuBakuCells()
                for (index, (line, row)) in zip(lines, rows).enumerated() {
                    fromRows.addSegments(of: row[min(1, row.count)...], line: index, pivot: pivot)
                    fromLines.addSegments(of: line.tokens[min(1, line.tokens.count)...], line: index, pivot: pivot)
                }
                #expect(fromRows.requirements.textIfAny == fromLines.requirements.textIfAny)
                #expect(fromRows.output.textIfAny == fromLines.output.textIfAny)
                #expect(fromRows.notes.textIfAny == fromLines.notes.textIfAny)
            }
            var cells = OCRTableParser.MutuBakuCells()
            cells.addSegments(of: rows[1][1...], line: 0, pivot: (0, 2, 0, 3))
            #expect(cells.requirements.textIfAny == "Menerima berkas")
        }
    }
}
