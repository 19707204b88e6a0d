@testable import SOPKit
import Testing

/// `Vocabulary.isTitleLine` read on the bytes of ASCII text agrees with the reading on characters and
/// keys it stands in for, and a step field kept as cell positions (`RowAligner.FieldCells`) reads as
/// the cells joined by `Cell.append`.
@Suite struct TitleLineBytesTests {
    /// Title-like texts: each prefix in its spellings, cases, punctuation and spacing, cut short or
    /// followed by a word, with digits, tabs, non-ASCII letters, combining marks, no-break spaces, and
    /// very long texts.
    static let texts: [String] = {
        let heads = [
            "", " ", "#", "##", "# ", "#\u{301} x", "\t", "1", "-", "é", "\u{A0}", "S", "SOP", "SOP ", "sop x", "SOP x y",
            "SOP-Penyusunan IKU", "SOP: Penyusunan IKU", "S.O.P. Penyusunan", "SOP1 Penyusunan IKU", "SOP\u{A0}A B",
            "SOP \u{301}A B", "Standar Operasional Prosedur", "Standar Operasional Prosedur ", "STANDAR OPERASIONAL PROSEDUR X",
            "Standar  Operasional\tProsedur (SOP)", "Standard Operasional Prosedur Pelayanan", "standar-operasional-prosedur x",
            "Standar Operasional Prosedurx", "Standar Operasional Prosedur\u{A0}X", "Standar Operasional Prosédur X",
            "Bagan Alur", "Bagan Alur ", "BAGAN ALUR PROSEDUR", "Bagan, Alur: x", "Bagan Alurx", "Latar Belakang",
            "Dasar Hukum :", "’SOP A B", "SOP A B’", "S\u{301}OP A B",
        ]
        var texts = heads
        for head in heads {
            texts.append(head + " Penyusunan")
            texts.append(head + " 12 Tahun 2020")
            texts.append(head + String(repeating: " Peraturan Daerah Nomor 7", count: 40))
        }
        return texts
    }()

    @Test func titleLineAgreesWithCharacters() {
        for text in Self.texts {
            #expect(Vocabulary.isTitleLine(text) == Vocabulary.isTitleLineComparingCharacters(text), "\(text.debugDescription)")
            let inner = text.dropFirst()
            #expect(Vocabulary.isTitleLine(inner) == Vocabulary.isTitleLineComparingCharacters(inner), "\(text.debugDescription)")
        }
    }

    @Test func fieldCellsReadAsJoinedCells() {
        let cells: LineCells = [
            Cell(text: "Surat", line: 3, column: 5),
            Cell(text: "", line: 3, column: 9),
            Cell(text: "Disposisi pimpinan", line: 3, column: 10),
            Cell(text: "é — ’", line: 4, column: 2),
            Cell(
                text: "Lead a b", line: 4, column: 7, leadText: "Lead", listItems: ["a", "b"], hasGluedList: false),
        ]
        for first in cells.indices where !cells[first].isEmpty {
            var field = RowAligner.FieldCells(first)
            var joined = cells[first]
            #expect(field.text(in: cells) == joined.text)
            for next in cells.indices {
                field.append(next, of: cells)
                joined.append(cells[next])
                #expect(field.text(in: cells) == joined.text)
                #expect(field.first == first)
            }
        }
    }
}
