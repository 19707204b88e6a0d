@testable import SOPKit
import Testing

/// `LineClassifier.filledPositions(of:in:)`, which writes the positions of a line's filled cells into a
/// room shared by all the lines, and `LineClassifier.classify`, which reuses that room from line to line.
@Suite struct LineClassifierFilledRoomTests {
    /// Cell texts and the positions of the filled ones.
    static let cases: [([String], [Int])] = [
        (["No", "", "Kegiatan", ""], [0, 2]),
        (["", "", ""], []),
        ([""], []),
        (["é"], [0]),
        (["", "Pelaksana\u{A0}Kepala", "", "1"], [1, 3]),
        (["", "", "", "", "", "", "", "Waktu"], [7]),
        (["Dasar Hukum :", "Kualifikasi Pelaksana :"], [0, 1]),
    ]

    @Test(arguments: cases) func positionsOfFilledCells(_ texts: [String], _ filled: [Int]) {
        let cells = LineCells(texts.enumerated().map { Cell(text: $0.element, line: 1, column: $0.offset + 1) })
        // A room wider than the line, holding stale positions of an earlier line: only what is written counts.
        withUnsafeTemporaryAllocation(of: Int.self, capacity: texts.count + 4) { room in
            room.initialize(repeating: 5)
            let positions = LineClassifier.filledPositions(of: cells, in: room)
            #expect(Array(positions) == filled)
            #expect(positions.baseAddress == UnsafePointer(room.baseAddress))
        }
    }

    /// Lines of every width in turn, the widest in the middle: a narrower line after a wider one is read
    /// from its own cells alone, not from positions the wider one left in the room.
    @Test func narrowLinesAfterWideOnes() {
        let text = """
            Nomor SOP\t: 1
            \t\t\t\t\t\t
            No\tKegiatan\tPelaksana\t\tMutu Baku\t\t\tKeterangan
            \t\t\t\t\t\t\t
            1.\tMemberi arahan\t\t\tSurat\t1 Hari\tDisposisi
            kepada Sekretaris
            \t
            Latar Belakang
            """
        var lines = Lexer.lines(of: SourceText(file: "t", bytes: Array(text.utf8), encoding: .utf8))
        LineClassifier.classify(&lines)
        #expect(lines.map(\.kind) == [
            .keyValue, .blank, .tableHeader, .blank, .stepRow, .continuation, .blank, .sectionTitle,
        ])
    }
}
