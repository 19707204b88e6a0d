/// What the procedure table of one SOP gave.
struct ProcedureTable: Sendable {
    var roles: [String] = []
    var steps: [Step] = []
    var headerLocation: SourceLocation?
    var diagnostics: [Diagnostic] = []
}

/// Reads the procedure table of tabular text: the header (one or two rows), then step rows aligned by
/// content rather than by counting tabs, continuation lines, and headers repeated after page breaks.
struct ProcedureTableParser {
    let file: String
    private var table = ProcedureTable()
    private var layout: TableLayout?
    private var pending: PendingRow?

    init(file: String) { self.file = file }

    /// A step row and the continuation lines that belong to it.
    private struct PendingRow {
        var number: Int
        var line: Int
        var cells: LineCells
        /// The cell position where the first cell (the number) sits.
        var numberIndex: Int
    }

    /// Parses the table lines `lines` (from the first header to the end of the table).
    static func parse(_ lines: ArraySlice<Line>, file: String) -> ProcedureTable {
        var parser = ProcedureTableParser(file: file)
        // Room for a step per step row from the start: the steps are appended without growing.
        parser.table.steps.reserveCapacity(lines.reduce(0) { $0 + ($1.kind == .stepRow ? 1 : 0) })
        var index = lines.startIndex
        while index < lines.endIndex {
            let line = lines[index]
            switch line.kind {
            case .tableHeader:
                var subheader: Line?
                var next = index + 1
                while next < lines.endIndex, lines[next].kind == .blank { next += 1 }
                if next < lines.endIndex, lines[next].kind == .tableSubheader {
                    subheader = lines[next]
                    index = next
                }
                parser.header(top: line, bottom: subheader)
            case .tableSubheader:
                parser.header(top: line, bottom: nil)
            case .stepRow:
                parser.startRow(line)
            case .continuation:
                parser.continueRow(line)
            case .blank:
                break
            default:
                parser.stray(line)
            }
            index += 1
        }
        parser.finishRow()
        return parser.table
    }

    private mutating func header(top: Line, bottom: Line?) {
        finishRow()
        let newLayout = TableLayout(top: top, bottom: bottom)
        guard let existing = layout else {
            layout = newLayout
            table.roles = newLayout.roles
            table.headerLocation = newLayout.location
            return
        }
        var merged = newLayout
        merged.roles = existing.roles
        if newLayout.roles.count != existing.roles.count {
            merged.columns = Self.remapRoles(newLayout, onto: existing.roles)
        }
        layout = merged
        table.diagnostics.append(Diagnostic(
            .repeatedHeaderMerged,
            "table header repeated at line \(top.number) (after a page break) merged with the header at line \(existing.headerLine)",
            file: file, at: SourceLocation(line: top.number, column: 1)))
    }

    /// When a repeated header names a different number of roles, maps its role columns to the roles of
    /// the first header by name, falling back to position.
    private static func remapRoles(_ layout: TableLayout, onto roles: [String]) -> [TableLayout.Column] {
        layout.columns.map { column in
            guard case .role(let index) = column else { return column }
            let name = TextFolding.key(layout.roles[index])
            if let match = roles.firstIndex(where: { TextFolding.key($0) == name }) { return .role(match) }
            return index < roles.count ? .role(index) : .other
        }
    }

    private mutating func startRow(_ line: Line) {
        finishRow()
        guard let firstIndex = line.cells.firstIndex(where: { !$0.isEmpty }) else { return }
        let first = (index: firstIndex, cell: line.cells[firstIndex])
        var cells = line.cells
        let number: Int
        if let plain = StepNumber.parse(first.cell.text) {
            number = plain
        } else if let (leading, rest) = StepNumber.leading(first.cell.text) {
            number = leading
            var activity = first.cell
            let restText = String(rest)
            activity.text = restText
            if activity.listItems.isEmpty { activity.leadText = restText }
            activity.column += first.cell.text.unicodeScalars.count - restText.unicodeScalars.count
            var numberCell = first.cell
            numberCell.text = String(number)
            numberCell.leadText = numberCell.text
            numberCell.listItems = []
            cells.modifyAsArray { cells in
                cells[first.index] = numberCell
                cells.insert(activity, at: first.index + 1)
            }
        } else {
            return
        }
        pending = PendingRow(number: number, line: line.number, cells: cells, numberIndex: first.index)
    }

    private mutating func continueRow(_ line: Line) {
        guard var row = pending else {
            stray(line)
            return
        }
        pending = nil
        let width = layout?.columns.count ?? 0
        let byColumn = line.cells.first?.isEmpty == true && row.cells.count >= width - 1 && width > 2
        row.cells.modifyAsArray { cells in
            if byColumn {
                for (index, cell) in line.cells.enumerated() where !cell.isEmpty {
                    while cells.count <= index { cells.append(Cell(text: "", line: line.number, column: 0)) }
                    cells[index].append(cell)
                }
            } else {
                let junction = cells.count - 1
                cells[junction].append(line.cells[0])
                cells.append(contentsOf: line.cells.dropFirst())
            }
        }
        pending = row
    }

    private mutating func stray(_ line: Line) {
        table.diagnostics.append(Diagnostic(
            .lineOutsideSteps, "line inside the procedure table belongs to no step; ignored: \"\(Self.excerpt(line.text))\"",
            file: file, at: SourceLocation(line: line.number, column: line.firstFilledCell?.column ?? 1)))
    }

    static func excerpt(_ text: String) -> String {
        text.count <= 60 ? text : String(text.prefix(57)) + "..."
    }

    /// Aligns the pending row, if any, and appends its step to the table. The table's layout is read
    /// in place by the aligner, not copied into it for each row.
    private mutating func finishRow() {
        guard let row = pending.take() else { return }
        let aligner = RowAligner(row: row.cells, numberIndex: row.numberIndex, file: file)
        if layout != nil {
            aligner.appendStep(
                number: row.number, line: row.line, layout: layout!, to: &table.steps,
                diagnostics: &table.diagnostics)
        } else {
            aligner.appendStep(
                number: row.number, line: row.line,
                layout: TableLayout(top: Line(number: row.line, cells: [], kind: .tableHeader), bottom: nil),
                to: &table.steps, diagnostics: &table.diagnostics)
        }
    }
}
