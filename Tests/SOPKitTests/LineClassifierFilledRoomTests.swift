@testable import SOPKit
import Testing

/// `LineClassifier.filledPositions(of:in:)`, which writes the positions of a line's filled cells into a
/// room shared by all the lines, and `LineClassifier.classify`, which reuses that room from line to line
/// (and reads a second header row's filled positions before its header words).
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

    /// Second rows under a table header and what they are: a row whose first filled cell is past the
    /// second cell is a second header row whatever it names; one starting further left is one only when a
    /// cell names Kelengkapan, Waktu or Output.
    static let secondRows: [(String, LineKind)] = [
        ("\t\tKepala Dinas\tSekretaris\tStaf", .tableSubheader),
        ("\t\t\u{E9}", .tableSubheader),
        ("\t\t\t\t\t\tKelengkapan\tWaktu\tOutput", .tableSubheader),
        ("Kelengkapan\tWaktu\tOutput", .tableSubheader),
        ("\tWaktu (menit)", .tableSubheader),
        ("\tKepala Dinas\tSekretaris", .continuation),
        ("Kepala Dinas\tSekretaris", .continuation),
    ]

    @Test(arguments: secondRows) func secondRowUnderAHeader(_ row: String, _ kind: LineKind) {
        let text = "No\tKegiatan\tPelaksana\t\t\tMutu Baku\t\t\tKeterangan\n" + row
        var lines = Lexer.lines(of: SourceText(file: "t", bytes: Array(text.utf8), encoding: .utf8))
        LineClassifier.classify(&lines)
        #expect(lines.map(\.kind) == [.tableHeader, kind], "\(row.debugDescription)")
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
