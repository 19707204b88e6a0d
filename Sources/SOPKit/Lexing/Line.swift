/// What a line of tabular SOP text is, judged by the tokenizer.
public enum LineKind: String, Sendable, Hashable {
    /// Nothing but white space.
    case blank
    /// An identity field: a label such as "Nomor SOP" and its value.
    case keyValue
    /// One or two list labels ("Dasar Hukum :\tKualifikasi Pelaksana :"), possibly with their lists.
    case listLabel
    /// The first row of the procedure table header (No, Kegiatan, …).
    case tableHeader
    /// A second header row (the role names, Kelengkapan, Waktu, Output).
    case tableSubheader
    /// A row of the procedure table starting with a step number.
    case stepRow
    /// A line inside the table that continues the previous row.
    case continuation
    /// A title line ("Standar Operasional Prosedur …", "## …").
    case title
    /// The title of a narrative section (Latar Belakang, Maksud dan Tujuan, …).
    case sectionTitle
    /// Any other text.
    case text
}

/// The cells of one line, numbered from 0: a stretch of an array of cells that the lines of a file
/// share (`Lexer.lines` cuts a file's cells into one array), so that a line needs no array of its own.
public struct LineCells: RandomAccessCollection, Hashable, Sendable, ExpressibleByArrayLiteral {
    /// The array the cells are in.
    private var storage: [Cell]
    /// Where the cells are in `storage`.
    private var range: Range<Int>

    /// The cells of `cells`, all of them.
    public init(_ cells: [Cell]) {
        storage = cells
        range = cells.indices
    }

    /// The cells `storage[range]`.
    init(storage: [Cell], range: Range<Int>) {
        self.storage = storage
        self.range = range
    }

    /// The cells listed.
    public init(arrayLiteral cells: Cell...) {
        self.init(cells)
    }

    /// The position of the first cell: always 0, wherever the cells are stored.
    public var startIndex: Int { 0 }
    /// The position after the last cell: the number of cells.
    public var endIndex: Int { range.count }
    /// The positions of the cells, `0..<count`.
    public var indices: Range<Int> { 0..<range.count }

    /// The cell at `position` (0 for the first cell of the line).
    public subscript(position: Int) -> Cell {
        precondition(position >= 0 && position < range.count, "cell index out of range")
        return storage[range.lowerBound + position]
    }

    /// Changes the cells through `body`, as an array: in place when they are the whole of their array
    /// and hold it alone (so a row continued line by line grows in place, in time linear in its cells),
    /// else on a copy of them, which they then hold alone.
    mutating func modifyAsArray(_ body: (inout [Cell]) -> Void) {
        var cells = range == storage.indices ? storage : Array(self)
        // The array is let go here, so that `cells` holds it alone when these cells did.
        storage = []
        body(&cells)
        range = cells.indices
        storage = cells
    }

    /// Whether both hold the same cells, wherever they are stored.
    public static func == (left: LineCells, right: LineCells) -> Bool {
        left.elementsEqual(right)
    }

    /// Hashes the cells, not where they are stored.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for cell in self { hasher.combine(cell) }
    }
}

/// One line of input, split into cells and classified.
public struct Line: Sendable, Hashable {
    /// 1-based line number in the input.
    public var number: Int
    /// The tab-separated cells, cleaned; empty cells are kept so positions count.
    public var cells: LineCells
    /// What the line is.
    public var kind: LineKind

    /// Creates a line.
    public init(number: Int, cells: LineCells, kind: LineKind) {
        self.number = number
        self.cells = cells
        self.kind = kind
    }

    /// The non-empty cells with their positions, in order.
    public var filledCells: [(index: Int, cell: Cell)] {
        var filled: [(index: Int, cell: Cell)] = []
        filled.reserveCapacity(cells.count)
        for index in cells.indices where !cells[index].isEmpty { filled.append((index, cells[index])) }
        return filled
    }

    /// The cleaned text of all non-empty cells joined by single spaces.
    public var text: String {
        cells.lazy.filter { !$0.isEmpty }.map(\.text).joined(separator: " ")
    }

    /// The first non-empty cell, if any.
    public var firstFilledCell: Cell? { cells.first { !$0.isEmpty } }
}
