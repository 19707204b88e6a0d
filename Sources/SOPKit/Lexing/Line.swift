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

/// One line of input, split into cells and classified.
public struct Line: Sendable, Hashable {
    /// 1-based line number in the input.
    public var number: Int
    /// The tab-separated cells, cleaned; empty cells are kept so positions count.
    public var cells: [Cell]
    /// What the line is.
    public var kind: LineKind

    /// Creates a line.
    public init(number: Int, cells: [Cell], kind: LineKind) {
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
