@testable import SOPKit
import Testing

extension LineClassifier {
    /// The positions of the non-empty cells of `cells`, in order: the reference the tests hand to
    /// `isTableHeader`.
    static func filledPositions(of cells: [Cell]) -> [Int] {
        cells.indices.filter { !cells[$0].isEmpty }
    }
}

/// `LineClassifier.isTableHeader`, which stops at the fourth filled cell when none of the first three
/// is Kegiatan, agrees with reading the header word of every filled cell, on every line of up to four
/// cells made of header words, step text and empty cells.
@Suite struct TableHeaderLineTests {
    /// Cell texts: header words of every kind, a step number, step text and an empty cell.
    static let texts = ["No", "Kegiatan", "Pelaksana", "Mutu Baku", "Waktu", "Output", "Keterangan", "1", "Menerima berkas", ""]

    /// The reference: every filled cell's header word read, then the rule applied.
    static func isTableHeaderReadingEveryCell(_ cells: [Cell], _ filled: [Int]) -> Bool {
        var sawNumber = false
        var sawActivity = false
        var others = 0
        for (position, index) in filled.enumerated() {
            guard let word = Vocabulary.headerWord(cells[index].text) else { continue }
            switch word {
            case .number where position <= 1: sawNumber = true
            case .activity where position <= 2: sawActivity = true
            case .performersGroup, .qualityGroup, .requirements, .duration, .output, .notes: others += 1
            default: break
            }
        }
        return sawActivity && (sawNumber || others >= 2)
    }

    @Test(arguments: 1...4) func headerCheckAgreesWithEveryCell(_ width: Int) {
        var headers = 0
        var choice = Array(repeating: 0, count: width)
        while true {
            let cells = choice.enumerated().map { Cell(text: Self.texts[$0.element], line: 1, column: $0.offset + 1) }
            let filled = LineClassifier.filledPositions(of: cells)
            let expected = Self.isTableHeaderReadingEveryCell(cells, filled)
            #expect(LineClassifier.isTableHeader(LineCells(cells), filled) == expected, "\(cells.map(\.text))")
            #expect(LineClassifier.isTableHeader(LineCells(cells)) == expected, "\(cells.map(\.text))")
            // A line of one filled cell is never a header: the classifier need not ask it again.
            #expect(filled.count >= 2 || !expected, "\(cells.map(\.text))")
            if expected { headers += 1 }
            var digit = width - 1
            while digit >= 0, choice[digit] == Self.texts.count - 1 {
                choice[digit] = 0
                digit -= 1
            }
            guard digit >= 0 else { break }
            choice[digit] += 1
        }
        // The table holds headers from two cells on (No, Kegiatan), so the check is not vacuous.
        #expect(width < 2 || headers > 0)
    }

    @Test func headerExamples() {
        let cases: [([String], Bool)] = [
            (["No", "Kegiatan", "Pelaksana", "Mutu Baku"], true), (["", "No", "", "Kegiatan"], true),
            (["1", "Menerima berkas", "Kegiatan", "Waktu", "Output"], true),
            (["1", "Menerima berkas", "Waktu", "Kegiatan", "Output"], false),
            (["Kegiatan", "Waktu", "Output"], true), (["Kegiatan", "Waktu"], false),
        ]
        for (texts, isHeader) in cases {
            let cells = texts.enumerated().map { Cell(text: $0.element, line: 1, column: $0.offset + 1) }
            #expect(LineClassifier.isTableHeader(LineCells(cells), LineClassifier.filledPositions(of: cells)) == isHeader, "\(texts)")
        }
    }

    /// Classifying a corpus file's lines without asking the lines `FormatDetector.tabularCheck` found
    /// to be no header, nor the header it found (over the whole file), gives every line the kind it gets
    /// when every line is asked.
    @Test func classifyingAfterTheCheckAgreesWithAskingEveryLine() {
        var checked = 0
        for path in Fixtures.corpusInputs {
            guard case .text(let source, _) = TextDecoder.decode(Fixtures.bytes(path), file: path) else { continue }
            let lines = Lexer.lines(of: source)
            let check = FormatDetector.tabularCheck(lines[...])
            let linesWithoutHeader = check.headerPosition ?? lines.count
            var reference = lines
            LineClassifier.classify(&reference)
            var classified = lines
            LineClassifier.classify(&classified, after: check)
            #expect(classified.map(\.kind) == reference.map(\.kind), "\(path)")
            #expect(!reference.prefix(linesWithoutHeader).contains { $0.kind == .tableHeader }, "\(path)")
            if check.isTabular { checked += 1 }
        }
        #expect(checked > 0)
    }
}
