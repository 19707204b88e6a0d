@testable import SOPKit
import Testing

/// `TableLayout.index(of:)` answers from the positions it found once, and they are the first
/// positions of the columns, as searching them gives, also after the columns change.
@Suite struct TableLayoutPositionsTests {
    /// A line of cells of `texts`, tab-separated as the lexer would cut them.
    static func line(_ number: Int, _ texts: [String]) -> Line {
        let cells = texts.enumerated().map { Cell(text: $1, line: number, column: $0 + 1) }
        return Line(number: number, cells: LineCells(cells), kind: .tableHeader)
    }

    static let allColumns: [TableLayout.Column] = [
        .number, .activity, .requirements, .duration, .output, .notes, .other, .role(0), .role(1), .role(2),
    ]

    @Test func positionsOfAOneRowHeader() {
        let layout = TableLayout(
            top: Self.line(1, ["No", "Kegiatan", "Kepala Dinas", "Sekretaris", "Kelengkapan", "Waktu", "Output", "Keterangan"]),
            bottom: nil)
        let expected: [(TableLayout.Column, Int?)] = [
            (.number, 0), (.activity, 1), (.role(0), 2), (.role(1), 3), (.requirements, 4), (.duration, 5), (.output, 6),
            (.notes, 7), (.role(2), nil), (.other, nil),
        ]
        for (column, position) in expected { #expect(layout.index(of: column) == position, "\(column)") }
    }

    @Test func positionsOfATwoRowHeader() {
        let layout = TableLayout(
            top: Self.line(1, ["No", "Kegiatan", "Pelaksana", "", "Mutu Baku", "", "", "Keterangan"]),
            bottom: Self.line(2, ["", "", "Kasubag", "Staf", "Kelengkapan", "Waktu (menit)", "Output", ""]))
        for column in Self.allColumns {
            #expect(layout.index(of: column) == layout.columns.firstIndex(of: column), "\(column)")
        }
        #expect(layout.index(of: .duration) == 5 && layout.index(of: .role(1)) == 3 && layout.durationUnit == .minute)
    }

    @Test func positionsFollowChangedColumns() {
        var layout = TableLayout(top: Self.line(1, ["No", "Kegiatan", "Waktu", "Output"]), bottom: nil)
        #expect(layout.index(of: .duration) == 2 && layout.index(of: .output) == 3 && layout.index(of: .notes) == nil)
        layout.columns = [.other, .duration, .duration, .number, .role(0), .notes]
        let expected: [(TableLayout.Column, Int?)] = [
            (.other, 0), (.duration, 1), (.number, 3), (.role(0), 4), (.notes, 5), (.activity, nil), (.output, nil),
            (.requirements, nil),
        ]
        for (column, position) in expected { #expect(layout.index(of: column) == position, "\(column)") }
    }
}
