/// The columns of a procedure table, read from its one- or two-row header.
struct TableLayout: Sendable {
    /// What a column of the table holds.
    enum Column: Sendable, Hashable {
        case number, activity, role(Int), requirements, duration, output, notes, other
    }

    /// The column of each cell position of the header.
    var columns: [Column] {
        didSet { fieldPositions = FieldPositions(columns) }
    }
    /// The role names, left to right, as written in the header.
    var roles: [String]
    /// The unit a bare number in the Waktu column means ("Waktu (menit)").
    var durationUnit: DurationUnit?
    /// The header's first line.
    var headerLine: Int
    /// The location of the first role cell, or of the header.
    var location: SourceLocation

    /// The first positions of the columns that are neither roles nor `.other`, found once from
    /// `columns` (and again whenever they change).
    private var fieldPositions: FieldPositions

    /// The first position of each column that is neither a role nor `.other` in the columns of a
    /// header: `index(of:)` of it, answered without searching the columns and comparing each of them.
    private struct FieldPositions: Sendable {
        var number: Int?
        var activity: Int?
        var requirements: Int?
        var duration: Int?
        var output: Int?
        var notes: Int?

        /// The first positions of the columns in `columns`.
        init(_ columns: [Column]) {
            for (position, column) in columns.enumerated().reversed() {
                switch column {
                case .number: number = position
                case .activity: activity = position
                case .requirements: requirements = position
                case .duration: duration = position
                case .output: output = position
                case .notes: notes = position
                case .role, .other: break
                }
            }
        }
    }

    /// The cell position of `column`, if the header has it: the first, when it has several.
    func index(of column: Column) -> Int? {
        switch column {
        case .number: fieldPositions.number
        case .activity: fieldPositions.activity
        case .requirements: fieldPositions.requirements
        case .duration: fieldPositions.duration
        case .output: fieldPositions.output
        case .notes: fieldPositions.notes
        case .role, .other: columns.firstIndex(of: column)
        }
    }

    /// Reads a header from its first row and, when present, its second row. The cells are read in
    /// place, not copied out of their rows.
    init(top: Line, bottom: Line?) {
        let topCells = top.cells
        let bottomCells = bottom?.cells ?? []
        let width = max(topCells.count, bottomCells.count)
        // The header word of each filled cell of the second row, looked up once for both the check for
        // Kelengkapan and the columns (an empty cell names no header word).
        let bottomWords = bottomCells.map { $0.isEmpty ? nil : Vocabulary.headerWord($0.text) }
        let bottomHasRequirements = bottomWords.contains(.requirements)
        var columns: [Column] = []
        columns.reserveCapacity(width)
        // Room for a role in every column, set aside once rather than grown role by role.
        var roles: [String] = []
        roles.reserveCapacity(width)
        var unit: DurationUnit?
        var firstRole: SourceLocation?
        for index in 0..<width {
            var column = Column.other
            // The row whose cell names a role at this position, if one does.
            var roleRow: LineCells?
            if index < bottomCells.count, !bottomCells[index].isEmpty {
                switch bottomWords[index] {
                case .requirements: column = .requirements
                case .duration: column = .duration
                case .output: column = .output
                case .notes: column = .notes
                case .number: column = .number
                case .activity: column = .activity
                case .performersGroup, .qualityGroup: column = .other
                case nil: roleRow = bottomCells
                }
                if column == .duration { unit = Self.unit(inDurationHeader: bottomCells[index].text) }
            } else if index < topCells.count, !topCells[index].isEmpty {
                // The header word the classifier found for the cell, else looked up.
                switch top.headerWords.word(at: index) ?? Vocabulary.headerWord(topCells[index].text) {
                case .number: column = .number
                case .activity: column = .activity
                case .requirements: column = .requirements
                case .duration: column = .duration
                case .output: column = .output
                case .notes: column = .notes
                case .qualityGroup: column = bottomHasRequirements ? .other : .requirements
                case .performersGroup: if bottom == nil { roleRow = topCells }
                case nil: roleRow = topCells
                }
                if column == .duration { unit = Self.unit(inDurationHeader: topCells[index].text) }
            }
            if let roleRow {
                column = .role(roles.count)
                roles.append(roleRow[index].text)
                if firstRole == nil { firstRole = roleRow[index].location }
            }
            columns.append(column)
        }
        if !columns.contains(.number), let first = columns.firstIndex(of: .other), first == 0 {
            columns[0] = .number
        }
        self.columns = columns
        self.fieldPositions = FieldPositions(columns)
        self.roles = roles
        self.durationUnit = unit
        self.headerLine = top.number
        self.location = firstRole ?? SourceLocation(line: top.number, column: 1)
    }

    /// "Waktu (menit)" → minute; "Waktu" → nil: the unit named by the first word of
    /// `FoldedKey.words(text)` after its first that names one. An ASCII text is read on its bytes,
    /// without building its key or an array of its words.
    static func unit(inDurationHeader text: String) -> DurationUnit? {
        if case .some(.some(let unit)) = text.utf8.withContiguousStorageIfAvailable(asciiUnit(inDurationHeader:)) {
            return unit
        }
        let words = FoldedKey.words(text)
        return words.dropFirst().lazy.compactMap { DurationParser.unit(named: $0) }.first
    }

    /// The longest word `asciiUnit(inDurationHeader:)` folds: longer than every unit name, and short
    /// enough for a string of it to be stored inline, without a heap allocation.
    private static let longestFoldedWord = 15

    /// `unit(inDurationHeader:)` of a text given by its UTF-8 bytes: `.some(unit)` when every byte is
    /// ASCII, nil otherwise. The words of an ASCII text's key are its runs of letters and digits,
    /// lower-cased; each after the first, when short enough to be a unit name, is folded into a buffer
    /// on the stack and named.
    private static func asciiUnit(inDurationHeader bytes: UnsafeBufferPointer<UInt8>) -> DurationUnit?? {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: longestFoldedWord) { word -> DurationUnit?? in
            var offset = 0
            var isFirstWord = true
            while offset < bytes.count {
                guard FoldedKey.isASCIIAlphanumeric(bytes[offset]) else {
                    offset += 1
                    continue
                }
                let start = offset
                while offset < bytes.count, FoldedKey.isASCIIAlphanumeric(bytes[offset]) { offset += 1 }
                defer { isFirstWord = false }
                guard !isFirstWord, offset - start <= word.count else { continue }
                for (position, byte) in bytes[start..<offset].enumerated() {
                    word[position] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                }
                let name = String(utf8Bytes: UnsafeBufferPointer(rebasing: word[..<(offset - start)]))
                if let unit = DurationParser.unit(named: name[...]) { return .some(unit) }
            }
            return .some(nil)
        }
    }
}
