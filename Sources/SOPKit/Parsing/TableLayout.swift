/// The columns of a procedure table, read from its one- or two-row header.
struct TableLayout: Sendable {
    /// What a column of the table holds.
    enum Column: Sendable, Hashable {
        case number, activity, role(Int), requirements, duration, output, notes, other
    }

    /// The column of each cell position of the header.
    var columns: [Column]
    /// The role names, left to right, as written in the header.
    var roles: [String]
    /// The unit a bare number in the Waktu column means ("Waktu (menit)").
    var durationUnit: DurationUnit?
    /// The header's first line.
    var headerLine: Int
    /// The location of the first role cell, or of the header.
    var location: SourceLocation

    /// The cell position of `column`, if the header has it.
    func index(of column: Column) -> Int? { columns.firstIndex(of: column) }

    /// Reads a header from its first row and, when present, its second row.
    init(top: Line, bottom: Line?) {
        let width = max(top.cells.count, bottom?.cells.count ?? 0)
        let bottomHasRequirements = bottom?.cells.contains { Vocabulary.headerWord($0.text) == .requirements } ?? false
        var columns: [Column] = []
        var roles: [String] = []
        var unit: DurationUnit?
        var firstRole: SourceLocation?
        for index in 0..<width {
            let topCell = index < top.cells.count ? top.cells[index] : nil
            let bottomCell = bottom.flatMap { index < $0.cells.count ? $0.cells[index] : nil }
            var column = Column.other
            var roleCell: Cell?
            if let cell = bottomCell, !cell.isEmpty {
                switch Vocabulary.headerWord(cell.text) {
                case .requirements: column = .requirements
                case .duration: column = .duration
                case .output: column = .output
                case .notes: column = .notes
                case .number: column = .number
                case .activity: column = .activity
                case .performersGroup, .qualityGroup: column = .other
                case nil: roleCell = cell
                }
                if column == .duration { unit = Self.unit(inDurationHeader: cell.text) }
            } else if let cell = topCell, !cell.isEmpty {
                switch Vocabulary.headerWord(cell.text) {
                case .number: column = .number
                case .activity: column = .activity
                case .requirements: column = .requirements
                case .duration: column = .duration
                case .output: column = .output
                case .notes: column = .notes
                case .qualityGroup: column = bottomHasRequirements ? .other : .requirements
                case .performersGroup: if bottom == nil { roleCell = cell }
                case nil: roleCell = cell
                }
                if column == .duration { unit = Self.unit(inDurationHeader: cell.text) }
            }
            if let roleCell {
                column = .role(roles.count)
                roles.append(roleCell.text)
                if firstRole == nil { firstRole = roleCell.location }
            }
            columns.append(column)
        }
        if !columns.contains(.number), let first = columns.firstIndex(of: .other), first == 0 {
            columns[0] = .number
        }
        self.columns = columns
        self.roles = roles
        self.durationUnit = unit
        self.headerLine = top.number
        self.location = firstRole ?? SourceLocation(line: top.number, column: 1)
    }

    /// "Waktu (menit)" → minute; "Waktu" → nil.
    private static func unit(inDurationHeader text: String) -> DurationUnit? {
        let words = FoldedKey.words(text)
        return words.dropFirst().lazy.compactMap { DurationParser.unit(named: $0) }.first
    }
}
