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
    /// The tab-separated cells, cleaned; empty cells are kept so positions count. Changing them lets
    /// go of the label and the header words found in them (`leadingLabel`, `headerWords`).
    public var cells: LineCells {
        didSet {
            leadingLabel = .unknown
            headerWords = FoundHeaderWords()
        }
    }
    /// What the line is.
    public var kind: LineKind
    /// The identity label at the start of the first filled cell, found by `LineClassifier` for an
    /// identity line (`.keyValue`, `.listLabel`) so that `IdentityBlockParser` does not read it again;
    /// `.unknown` on any other line.
    var leadingLabel = LeadingLabel.unknown
    /// The header words of the cells, found by `FormatDetector.tabularCheck` for the first procedure
    /// table header so that `TableLayout` does not look them up again; none found on any other line.
    var headerWords = FoundHeaderWords()

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

    /// Lines are equal when their numbers, cells and kinds are: the label the classifier found
    /// (`leadingLabel`) is read from the cells and does not count.
    public static func == (lhs: Line, rhs: Line) -> Bool {
        lhs.number == rhs.number && lhs.kind == rhs.kind && lhs.cells == rhs.cells
    }

    /// Hashes the number, cells and kind, as `==` compares them.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(number)
        hasher.combine(cells)
        hasher.combine(kind)
    }
}

/// What `LineClassifier` found out about the identity label at the start of a line's first filled
/// cell, as `IdentityBlockParser` reads it: `Vocabulary.identityLabelOffset(at: cell.leadText,
/// allowWeakWithoutColon: false)`, a weak label without a colon before a value not taken. It holds no
/// string (the label's value is found again in the cell by its offset), so that a line stays as cheap
/// to copy as its cells.
enum LeadingLabel: Sendable, Hashable {
    /// Not found out: the cell was not read, or was read with weak labels taken and gave one that the
    /// parser does not take (a shorter label may then start the cell).
    case unknown
    /// No label starts the cell.
    case none
    /// The label that starts the cell.
    case label(FoundLabel)

    /// A label found at the start of a cell's lead text: a `LabelMatch` whose value (`rest`) is kept
    /// as the UTF-8 offset where it starts in that text, in two bytes so that the label fits in the
    /// room a line has after its kind (a line is cut at 64 KiB, so only a label whose value starts at
    /// its very end would not fit, and is left unknown).
    struct FoundLabel: Sendable, Hashable {
        let restOffset: UInt16
        let label: IdentityLabel
        let hadColon: Bool
        let isWeak: Bool
    }

    /// What `match`, the label `Vocabulary.identityLabelOffset(at:allowWeakWithoutColon:)` found at the
    /// start of a cell's lead text, tells. Taking weak labels (`tookWeak`) turns no label down, so the
    /// match is then that of the first label whose words start the text: the parser's own unless it is
    /// weak without a colon before a value (or is a bare weak title, which no colon follows).
    init(_ match: Vocabulary.ByteLabelMatch?, tookWeak: Bool) {
        guard let match else {
            self = .none
            return
        }
        let parserTurnsDown = match.isWeak && !match.hadColon && (!match.restIsEmpty || match.label == .title)
        guard !(tookWeak && parserTurnsDown), let restOffset = UInt16(exactly: match.restStart) else {
            self = .unknown
            return
        }
        self = .label(FoundLabel(restOffset: restOffset, label: match.label, hadColon: match.hadColon, isWeak: match.isWeak))
    }

    /// The label at the start of `cell`, the line's first filled cell (whose lead text the label was
    /// found in), its value given by offset: the one found, or when it is unknown the one read from the
    /// cell's lead text.
    func match(in cell: Cell) -> Vocabulary.ByteLabelMatch? {
        switch self {
        case .unknown:
            return Vocabulary.identityLabelOffset(at: cell.leadText, allowWeakWithoutColon: false)
        case .none:
            return nil
        case .label(let found):
            let restStart = Int(found.restOffset)
            return Vocabulary.ByteLabelMatch(
                label: found.label, restStart: restStart, restIsEmpty: restStart == cell.leadText.utf8.count,
                hadColon: found.hadColon, isWeak: found.isWeak)
        }
    }
}

/// The header words (`Vocabulary.headerWord`) looked up in the cells of a line, by cell position: four
/// bits for each of the first sixteen cells (0: not looked up, 1: no header word, 2 to 9: the word), so
/// that a line holds them in one word.
struct FoundHeaderWords: Sendable, Hashable {
    private var bits: UInt64 = 0

    /// How many cell positions are kept: the cells past them are not.
    static let positions = 16

    /// Keeps `word`, the header word of the cell at `position` (not kept before), when the position is kept.
    mutating func record(_ word: Vocabulary.HeaderWord?, at position: Int) {
        guard position >= 0, position < Self.positions else { return }
        bits |= UInt64(Self.code(of: word)) << (4 * position)
    }

    /// The header word kept for the cell at `position`: `.some(word)` (nil for no header word), or nil
    /// when it was not looked up or not kept.
    func word(at position: Int) -> Vocabulary.HeaderWord?? {
        guard position >= 0, position < Self.positions else { return nil }
        switch bits >> (4 * position) & 0xF {
        case 1: return .some(nil)
        case 2: return .number
        case 3: return .activity
        case 4: return .performersGroup
        case 5: return .qualityGroup
        case 6: return .requirements
        case 7: return .duration
        case 8: return .output
        case 9: return .notes
        default: return nil
        }
    }

    /// The four bits that stand for `word`.
    private static func code(of word: Vocabulary.HeaderWord?) -> UInt8 {
        switch word {
        case nil: 1
        case .number: 2
        case .activity: 3
        case .performersGroup: 4
        case .qualityGroup: 5
        case .requirements: 6
        case .duration: 7
        case .output: 8
        case .notes: 9
        }
    }
}
