@testable import SOPKit
import Testing

/// `TableLayout.index(of:)`, which keeps the first positions of the columns other than roles, gives
/// the first position `columns.firstIndex(of:)` gives, for headers read from lines and for columns
/// set afterwards (as a repeated header's remapped roles are).
@Suite struct TableLayoutIndexTests {
    static let allColumns: [TableLayout.Column] = [
        .number, .activity, .role(0), .role(1), .role(2), .requirements, .duration, .output, .notes, .other,
    ]

    static func line(_ texts: [String], number: Int = 1) -> Line {
        Line(number: number, cells: texts.enumerated().map { Cell(text: $1, line: number, column: $0 + 1) }, kind: .tableHeader)
    }

    static func expectSameIndices(_ layout: TableLayout, _ comment: String) {
        for column in allColumns {
            #expect(layout.index(of: column) == layout.columns.firstIndex(of: column), "\(comment) \(column)")
        }
    }

    @Test func headersFromLines() {
        let headers: [([String], [String]?)] = [
            (["No", "Kegiatan", "Pelaksana", "", "", "Mutu Baku", "", "", "Keterangan"],
             ["", "", "Kepala Dinas", "Sekretaris", "Staf", "Kelengkapan", "Waktu", "Output", ""]),
            (["No", "Kegiatan", "Kepala", "Staf", "Kelengkapan", "Waktu (menit)", "Output", "Keterangan"], nil),
            (["", "Kegiatan", "Waktu", "Waktu", "Output", "Output"], nil),
            ([], nil), ([""], nil), (["x"], ["No"]),
        ]
        for (top, bottom) in headers {
            let layout = TableLayout(top: Self.line(top), bottom: bottom.map { Self.line($0, number: 2) })
            Self.expectSameIndices(layout, "\(top)")
        }
    }

    @Test func columnsSetAfterwards() {
        var layout = TableLayout(top: Self.line(["No", "Kegiatan", "Waktu"]), bottom: nil)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<300 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let width = Int(state >> 60)
            layout.columns = (0..<width).map { offset in
                Self.allColumns[Int((state >> UInt64(4 * offset % 56)) & 0xF) % Self.allColumns.count]
            }
            Self.expectSameIndices(layout, "\(layout.columns)")
        }
    }
}
