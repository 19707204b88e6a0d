@testable import SOPKit
import Testing

/// `Cell` keeps its list parts in a box only when they say more than its text: every reading of a cell
/// built, changed and continued (`append`) in random ways agrees with a reference that stores all six
/// fields, as `Cell` did before, and cells equal by their fields are equal and hash alike.
@Suite struct CellListPartsTests {
    /// A cell that stores each of its fields: the reference for `Cell`.
    struct StoredCell: Equatable {
        var text: String
        var line: Int
        var column: Int
        var leadText: String
        var listItems: [String]
        var hasGluedList: Bool

        /// `Cell.append` on stored fields.
        mutating func append(_ other: StoredCell) {
            guard !other.text.isEmpty else { return }
            guard !text.isEmpty else {
                self = other
                return
            }
            text += " "
            text += other.text
            if listItems.isEmpty {
                if !other.leadText.isEmpty {
                    if !leadText.isEmpty { leadText += " " }
                    leadText += other.leadText
                }
            } else if !other.leadText.isEmpty {
                listItems[listItems.count - 1] += " "
                listItems[listItems.count - 1] += other.leadText
            }
            listItems += other.listItems
            hasGluedList = hasGluedList || other.hasGluedList
        }

        /// The cell of the same fields.
        var cell: Cell {
            Cell(text: text, line: line, column: column, leadText: leadText, listItems: listItems, hasGluedList: hasGluedList)
        }
    }

    /// The fields of `cell`, read through its properties.
    static func stored(_ cell: Cell) -> StoredCell {
        StoredCell(
            text: cell.text, line: cell.line, column: cell.column, leadText: cell.leadText, listItems: cell.listItems,
            hasGluedList: cell.hasGluedList)
    }

    static let texts = [
        "", "a", "b c", "Dasar Hukum", "é ’", "a b", String(repeating: "panjang ", count: 5), "é", "e\u{301}",
    ]

    /// A random cell: plain, or with any combination of lead text, items and glued flag.
    static func randomCell(_ generator: inout SplitMix) -> StoredCell {
        let text = texts.randomElement(using: &generator)!
        let line = Int.random(in: 1...3, using: &generator)
        let column = Int.random(in: 1...3, using: &generator)
        switch Int.random(in: 0..<3, using: &generator) {
        case 0:
            return StoredCell(text: text, line: line, column: column, leadText: text, listItems: [], hasGluedList: false)
        default:
            let items = (0..<Int.random(in: 0...2, using: &generator)).map { _ in texts.randomElement(using: &generator)! }
            return StoredCell(
                text: text, line: line, column: column,
                leadText: Bool.random(using: &generator) ? text : texts.randomElement(using: &generator)!,
                listItems: items, hasGluedList: Bool.random(using: &generator))
        }
    }

    @Test func plainInitialiserReadsAsACellWithoutAList() {
        let cell = Cell(text: "Nomor SOP", line: 2, column: 4)
        #expect(Self.stored(cell) == StoredCell(
            text: "Nomor SOP", line: 2, column: 4, leadText: "Nomor SOP", listItems: [], hasGluedList: false))
        #expect(cell == StoredCell(
            text: "Nomor SOP", line: 2, column: 4, leadText: "Nomor SOP", listItems: [], hasGluedList: false).cell)
    }

    @Test func randomChangesAgreeWithStoredFields() {
        var generator = SplitMix(seed: 0xCE11_B0C5)
        for _ in 0..<20_000 {
            var reference = Self.randomCell(&generator)
            var cell = reference.cell
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                switch Int.random(in: 0..<6, using: &generator) {
                case 0:
                    let other = Self.randomCell(&generator)
                    reference.append(other)
                    cell.append(other.cell)
                case 1:
                    let text = Self.texts.randomElement(using: &generator)!
                    reference.text = text
                    cell.text = text
                case 2:
                    let text = Self.texts.randomElement(using: &generator)!
                    reference.leadText = text
                    cell.leadText = text
                case 3:
                    let items = Bool.random(using: &generator) ? [] : [Self.texts.randomElement(using: &generator)!]
                    reference.listItems = items
                    cell.listItems = items
                case 4:
                    let glued = Bool.random(using: &generator)
                    reference.hasGluedList = glued
                    cell.hasGluedList = glued
                default:
                    let other = Self.randomCell(&generator)
                    let merged = cell.merged(with: other.cell)
                    reference.append(other)
                    cell = merged
                }
                #expect(Self.stored(cell) == reference)
                #expect(cell.leadText.utf8.elementsEqual(reference.leadText.utf8))
                #expect(cell.text.utf8.elementsEqual(reference.text.utf8))
                // Cells of equal fields are equal and hash alike, however they were reached.
                #expect(cell == reference.cell)
                #expect(cell.hashValue == reference.cell.hashValue)
                #expect(cell.isEmpty == reference.text.isEmpty)
            }
        }
    }

    /// A cell with a list continued over many lines (the activity cell of a step row joined by each
    /// line below it) grows in place: its lead text and last item are not copied at each line, which
    /// made these fifty thousand lines take over two minutes (debug build). The result is the reference's.
    @Test func aListCellContinuedOverManyLinesGrowsInPlace() {
        let line = Cell(text: "dan menuangkan hasilnya dalam kertas kerja", line: 2, column: 2)
        let starts = [
            StoredCell(text: "Menyiapkan a b", line: 1, column: 2, leadText: "Menyiapkan", listItems: ["a", "b"], hasGluedList: false),
            StoredCell(text: "Menyiapkan", line: 1, column: 2, leadText: "Menyiapkan", listItems: [], hasGluedList: true),
        ]
        for start in starts {
            var cell = start.cell
            let elapsed = ContinuousClock().measure {
                for _ in 0..<50_000 { cell.append(line) }
            }
            var reference = start
            for _ in 0..<50_000 { reference.append(Self.stored(line)) }
            #expect(Self.stored(cell) == reference)
            #expect(elapsed < .seconds(5))
        }
    }

    /// A lead text canonically equal to the text but of other bytes ("e" and a combining acute for
    /// "é") reads back as given, byte for byte, however it was set; the cell still equals, and hashes
    /// as, the cell of the same text without a list.
    @Test func aLeadTextOfOtherBytesThanTheTextReadsBackAsGiven() {
        let decomposed = "e\u{301}"
        var cells = [Cell(text: "é", line: 1, column: 1, leadText: decomposed, listItems: [], hasGluedList: false)]
        var set = Cell(text: "é", line: 1, column: 1)
        set.leadText = decomposed
        cells.append(set)
        var withoutItems = Cell(text: "é", line: 1, column: 1, leadText: decomposed, listItems: ["a"], hasGluedList: false)
        withoutItems.listItems = []
        cells.append(withoutItems)
        var retexted = Cell(text: "x", line: 1, column: 1, leadText: decomposed, listItems: [], hasGluedList: false)
        retexted.text = "é"
        cells.append(retexted)
        let plain = Cell(text: "é", line: 1, column: 1)
        for cell in cells {
            #expect(Array(cell.leadText.utf8) == Array(decomposed.utf8))
            #expect(Array(cell.text.utf8) == Array("é".utf8))
            #expect(cell == plain)
            #expect(cell.hashValue == plain.hashValue)
        }
        #expect(Array(plain.leadText.utf8) == Array("é".utf8))
    }

    @Test func cellsOfDifferentFieldsDiffer() {
        var generator = SplitMix(seed: 0x00D1_FFE5)
        for _ in 0..<20_000 {
            let first = Self.randomCell(&generator)
            let second = Self.randomCell(&generator)
            #expect((first.cell == second.cell) == (first == second))
        }
    }
}
