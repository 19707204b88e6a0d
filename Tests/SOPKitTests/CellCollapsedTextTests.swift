@testable import SOPKit
import Testing

/// The lexer marks the cells it takes as they are (`CellCleaner.isAlreadyClean`) as collapsed
/// (`Cell.isKnownCollapsed`): every such text is collapsed (`TextFolding.isCollapsed`), the mark
/// survives only the changes that keep a text collapsed, and the identity block's value text read from
/// a marked cell without a second pass (`IdentityBlockParser.valueText(of:)`) is the one read from its
/// text.
@Suite struct CellCollapsedTextTests {
    /// The cells the lexer makes of `text` as one line (a text with tabs makes several).
    static func lexedCells(_ text: String) -> [Cell] {
        let bytes = Array(text.utf8)
        var cells: [Cell] = []
        bytes.withUnsafeBufferPointer { Lexer.appendCells($0, 0..<bytes.count, line: 1, to: &cells) }
        return cells
    }

    /// Whether the UTF-8 bytes of `text` are collapsed.
    static func isCollapsed(_ text: String) -> Bool {
        Array(text.utf8).withUnsafeBufferPointer(TextFolding.isCollapsed)
    }

    @Test func lexedCellsAreMarkedCollapsedOnlyWhenTheyAre() {
        var marked = 0
        for text in IdentityValueTextTests.texts + CellCleanerBytesTests.texts {
            for cell in Self.lexedCells(text) where cell.isKnownCollapsed {
                marked += 1
                #expect(Self.isCollapsed(cell.text), "\(cell.text.unicodeScalars.map(\.value))")
            }
        }
        // Most of the texts hold a cell that needs no cleaning.
        #expect(marked > 1000)
    }

    @Test func markedCellsOfExamples() {
        let cases: [(text: String, marked: Bool)] = [
            ("Nomor SOP", true), (": 440/ 017 /SOP/DINKES/2023", true), ("é à", true), (":", true),
            ("Tanggal \u{2013} 5", false), ("a\u{2003}b", false), ("\u{3000}", false), ("a  b", false), (" a", false),
            ("a\u{A0}b", false), ("<b>a</b>", false), ("a &amp; b", false), ("", false),
        ]
        for (text, marked) in cases {
            let cells = Self.lexedCells(text)
            #expect(cells.count == 1 && cells[0].isKnownCollapsed == marked, "\(text)")
        }
    }

    @Test func valueTextOfACellAgreesWithTheValueTextOfItsText() {
        for text in IdentityValueTextTests.texts + CellCleanerBytesTests.texts {
            for cell in Self.lexedCells(text) {
                #expect(
                    Array(IdentityBlockParser.valueText(of: cell).utf8) == Array(IdentityBlockParser.valueText(cell.text).utf8),
                    "\(cell.text.unicodeScalars.map(\.value))")
            }
        }
    }

    @Test func valueTextOfMarkedCells() {
        let cases: [(text: String, value: String)] = [
            ("Nomor 5", "Nomor 5"), (": 440/ 017 /SOP", "440/ 017 /SOP"), (":: é x", "é x"), (":", ""), (": :", ""),
            (": Kepala Dinas", "Kepala Dinas"), ("é", "é"), (":é", "é"), (": :x", "x"), ("::", ""),
        ]
        for (text, value) in cases {
            let cell = Self.lexedCells(text)[0]
            #expect(cell.isKnownCollapsed, "\(text)")
            #expect(IdentityBlockParser.valueText(of: cell) == value, "\(text)")
        }
    }

    @Test func leadingColonsAndSpacesDroppedOnBytes() {
        // nil: a colon or space before a byte outside ASCII, which a combining mark may join.
        let cases: [(text: String, offset: Int?)] = [
            ("", 0), ("abc", 0), (":", 1), (" ", 1), (": :", 3), (":x", 1), (": 440/ 017", 2), ("::", 2),
            (":é", nil), (":: é x", nil), (":\u{301}a", nil), ("a:", 0), (": \u{A0}x", nil), (":\t", 1),
        ]
        for (text, offset) in cases {
            let found = Array(text.utf8).withUnsafeBufferPointer(IdentityBlockParser.afterLeadingColonsAndSpaces)
            #expect(found == offset, "\(text.debugDescription)")
        }
    }

    @Test func appendingKeepsTheMarkOnlyBetweenMarkedCells() {
        let marked = Cell(collapsedText: "Menerima", line: 1, column: 1)
        let otherMarked = Cell(collapsedText: "berkas", line: 2, column: 1)
        let plain = Cell(text: "berkas  lengkap", line: 2, column: 1)
        let list = Cell(text: "a b", line: 2, column: 1, leadText: "", listItems: ["a", "b"], hasGluedList: false)
        let empty = Cell(text: "", line: 2, column: 1)
        let cases: [(first: Cell, second: Cell, text: String, marked: Bool)] = [
            (marked, otherMarked, "Menerima berkas", true), (marked, plain, "Menerima berkas  lengkap", false),
            (plain, marked, "berkas  lengkap Menerima", false), (marked, empty, "Menerima", true),
            (empty, marked, "Menerima", true), (marked, list, "Menerima a b", false),
        ]
        for (first, second, text, isMarked) in cases {
            var cell = first
            cell.append(second)
            #expect(cell.text == text && cell.isKnownCollapsed == isMarked, "\(text)")
        }
        var changed = marked
        changed.text = "Menerima  berkas"
        #expect(!changed.isKnownCollapsed)
        // The mark is the lexer's knowledge, not a field: cells of equal fields are equal and hash alike.
        let unmarked = Cell(text: "Menerima", line: 1, column: 1)
        #expect(marked == unmarked && marked.hashValue == unmarked.hashValue)
    }
}
