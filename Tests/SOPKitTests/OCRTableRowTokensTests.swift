@testable import SOPKit
import Testing

/// A table row's lines are read in place (`OCRTableParser.RowTokens`, `RowLine`): the tokens, runs of
/// them and what the row's readers make of them are those of the lines' own tokens (`OCRTokens`).
@Suite struct OCRTableRowTokensTests {
    /// Lines as a row gives them: words, numbers, units, amounts, pipes, debris, misread ones,
    /// "Disesu|aikan" broken at the line end, non-ASCII letters and marks, and an empty line.
    static let lineTexts = [
        "", "1. Menerima berkas 10 menit", "2. | Memeriksa berkas l menit selesai", "Meneliti berkas Disesu", "aikan",
        "sesuai kebutuhan", "3 Mengirim surat 1jam", "x 2 x 30 menit | Surat", "Dise\u{301}suaikan é è",
        "berkas -_ \\/ | 5 | hari", "Kepala Dinas menandatangani 0,5 jam SK", "Disésu", "menit",
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
            #expect(rows[0].isEmpty && tokenCount > 40)
        }
    }

    /// `withTextBytes(at:_:)` reads each token's own bytes in place, for a whole line and a run of it,
    /// and leaves the token's text as it was.
    @Test func textBytesReadInPlaceAreTheTokensBytes() {
        Self.withRowTokens { lines, rows in
            for (line, row) in zip(lines, rows) {
                for start in 0...row.count {
                    let run = row[start...]
                    for position in run.indices {
                        let bytes = run.withTextBytes(at: position) { Array($0) }
                        #expect(bytes == Array(line.tokens[position].text.utf8), "\(line.text.debugDescription) \(position)")
                    }
                }
                #expect(Array(row) == Array(line.tokens), "\(line.text.debugDescription)")
            }
            #expect(rows[1].withTextBytes(at: 1) { Array($0) } == Array("Menerima".utf8))
            #expect(rows[1].withTextBytes(at: 0) { $0.count } == 2)
            #expect(rows[8].withTextBytes(at: 0) { Array($0) } == Array("Dise\u{301}suaikan".utf8))
            #expect(rows[8].withTextBytes(at: 1) { Array($0) } == [0xC3, 0xA9])
            #expect(rows[9][1...].withTextBytes(at: rows[9].count - 1) { Array($0) } == Array("hari".utf8))
        }
    }

    /// Reading a token's bytes in place (`withTextBytes(at:_:)`, through a row's run or a line's own
    /// tokens) writes nothing to the token: the notes the tokenizer made (`plainKnownWord`,
    /// `repairCacheEntry`) stay, where going through the text's setter would forget them.
    @Test func textBytesReadInPlaceLeaveTheTokensNotes() {
        func notes(_ line: OCRLine) -> [String] {
            line.tokens.map { "\(String(describing: $0.plainKnownWord)) \(String(describing: $0.repairCacheEntry?.number))" }
        }
        Self.withRowTokens { lines, rows in
            let before = lines.map(notes)
            #expect(lines[1].tokens.compactMap(\.plainKnownWord).count == 2, "the tokenizer notes the plain words")
            for (line, row) in zip(lines, rows) {
                let tokens = line.tokens
                for position in row.indices {
                    _ = row.withTextBytes(at: position) { $0.count }
                    _ = tokens.withTextBytes(at: position) { $0.count }
                }
            }
            #expect(lines.map(notes) == before)
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
                    var rowNumbers = OCRTableParser.LineNumbers()
                    var lineNumbers = OCRTableParser.LineNumbers()
                    rowNumbers.removeAll(lineCount: 1)
                    lineNumbers.removeAll(lineCount: 1)
                    rowNumbers.read(line: 0, row[start...])
                    lineNumbers.read(line: 0, tokens[start...])
                    for end in 0...(tokens.count - start) {
                        #expect(rowNumbers.firstBest(before: end, onLine: 0) == lineNumbers.firstBest(before: end, onLine: 0))
                    }
                    for index in 0..<(tokens.count - start) {
                        let fromRow = rowNumbers.number(at: index, onLine: 0)
                        let fromLine = lineNumbers.number(at: index, onLine: 0)
                        #expect(
                            fromRow?.value == fromLine?.value && fromRow?.score == fromLine?.score, "\(line.text.debugDescription)")
                    }
                }
            }
            // "Meneliti berkas Disesu": the broken flexible Waktu's first half ends the line.
            #expect(OCRTableParser.lastTokenKeyMayStartWithDisesu(record: lines[3].recordInPlace))
            #expect(!OCRTableParser.lastTokenKeyMayStartWithDisesu(record: lines[1].recordInPlace))
            // "x 2 x 30 menit | Surat": both numbers follow a times sign (round, 2 - 8), so the first is
            // the first best.
            var numbers = OCRTableParser.LineNumbers()
            numbers.removeAll(lineCount: 1)
            numbers.read(line: 0, rows[7])
            #expect(numbers.firstBest(before: 4, onLine: 0) == 1)
            #expect(numbers.number(at: 1, onLine: 0)?.value == 2 && numbers.number(at: 1, onLine: 0)?.score == -6)
            #expect(numbers.number(at: 3, onLine: 0)?.value == 30 && numbers.number(at: 3, onLine: 0)?.score == -6)
            #expect(numbers.number(at: 4, onLine: 0) == nil)
        }
    }

    @Test func aRowReadInPlaceGivesItsActivityAndCells() {
        Self.withRowTokens { lines, rows in
            var activity = OCRWordJoiner()
            let end = activity.withRoom(for: lines[1].text.utf8.count + 1) {
                OCRTableParser.readWithoutMutuBaku(rows[1], timeFrom: rows[1][1...], activityFrom: 1, into: &$0)
            }
            #expect(end == 3 && activity.text == "Menerima berkas")
            var cells = OCRTableParser.MutuBakuCells()
            cells.addSegments(of: rows[1][1...], line: 0, pivot: (0, 2, 0, 3))
            cells.addSegments(of: rows[7][5...], line: 1, pivot: (0, 2, 0, 3))
            #expect(cells.requirements.textIfAny == "Menerima berkas")
            #expect(cells.output.textIfAny == "Surat")
            #expect(cells.notes.textIfAny == nil)
        }
    }
}
