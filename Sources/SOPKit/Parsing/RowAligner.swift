/// Aligns the cells of one step row with the table's columns by content, not by counting tabs.
///
/// Rows exported from Word often carry one to four tabs more or fewer than the header. The Waktu cell
/// is recognised by its content (a duration) and anchors the Mutu Baku cells around it; role cells
/// are mapped back through the same shift.
///
/// The table's layout is passed to each call and read in place, not held (and so copied) per row.
struct RowAligner {
    let cells: LineCells
    let numberIndex: Int
    let file: String

    init(row cells: LineCells, numberIndex: Int, file: String) {
        self.cells = cells
        self.numberIndex = numberIndex
        self.file = file
    }

    /// Appends to `steps` the step of the row, numbered `number` and placed at `line`, its cells aligned
    /// with the columns of `layout`: built once and appended, not handed back through the stack
    /// allocation's closure and copied out again. What the row raises is appended to `diagnostics` (the
    /// table's own), not gathered into an array of the row's.
    func appendStep(
        number: Int, line: Int, layout: TableLayout, to steps: inout [Step], diagnostics: inout [Diagnostic]
    ) {
        // The number and activity cells are read in place, not copied out of the row.
        let numberLocation = cells[numberIndex].location
        guard let activityIndex = cells.indices.first(where: { $0 > numberIndex && !cells[$0].isEmpty }) else {
            // A row without an activity cell has no other cells: its step records the number alone.
            var locations = StepFieldLocations()
            locations[.number] = numberLocation
            steps.append(Step(number: number, activity: "", line: line, locations: locations))
            return
        }
        // The positions of the filled cells after the activity, noted in a buffer on the stack: no array
        // is made for them.
        withUnsafeTemporaryAllocation(of: Int.self, capacity: cells.count - activityIndex - 1) { room in
            var count = 0
            for index in (activityIndex + 1)..<cells.count where !cells[index].isEmpty {
                room[count] = index
                count += 1
            }
            steps.append(align(
                number: number, line: line, layout: layout, numberLocation: numberLocation,
                activityIndex: activityIndex, tail: UnsafeBufferPointer(rebasing: room[..<count]),
                diagnostics: &diagnostics))
        }
    }

    /// The step of the row, numbered `number` and placed at `line`, aligned with the columns of
    /// `layout`, whose number cell is at `numberLocation` and whose activity cell is at position
    /// `activityIndex`; `tail` holds the positions of the filled cells after the activity, ascending.
    /// Diagnostics go to `diagnostics`.
    private func align(
        number: Int, line: Int, layout: TableLayout, numberLocation: SourceLocation, activityIndex: Int,
        tail: UnsafeBufferPointer<Int>, diagnostics: inout [Diagnostic]
    ) -> Step {
        let numberShift = numberIndex - (layout.index(of: .number) ?? 0)
        let (shift, waktu) = self.shift(tail: tail, layout: layout)

        var claimed = CellSet()
        // Fields are kept as cell positions: a cell is copied only when another one joins it.
        func take(_ column: TableLayout.Column) -> FieldCells? {
            guard let headerIndex = layout.index(of: column) else { return nil }
            let index = headerIndex + shift
            guard index > activityIndex, index < cells.count, !claimed.contains(index) else { return nil }
            // The text is read out of the row once, not once for each question.
            let text = cells[index].text
            guard !text.isEmpty else { return nil }
            if column != .duration, IdentityBlockParser.isPlaceholder(text) {
                claimed.insert(index)
                return nil
            }
            guard column == .duration || Mark.classify(text) == nil else { return nil }
            claimed.insert(index)
            return FieldCells(index)
        }
        var requirements = take(.requirements)
        let duration = take(.duration)
        var output = take(.output)
        var notes = take(.notes)

        let durationIndex = layout.index(of: .duration).map { $0 + shift }
        let requirementsIndex = layout.index(of: .requirements).map { $0 + shift } ?? durationIndex
        var performers: [String] = []
        var strayText: FieldCells?
        // Each cell is read in place; it is copied only where it becomes a field or joins one.
        for index in tail where !claimed.contains(index) {
            let mark = Mark.classify(cells[index].text)
            let inMutuBaku = requirementsIndex.map { index >= $0 } ?? false
            if !inMutuBaku {
                if mark == .performer {
                    if let role = Self.role(at: index - numberShift, in: layout)
                        ?? Self.role(at: index - shift, in: layout)
                    {
                        if !performers.contains(role) { performers.append(role) }
                    } else {
                        diagnostics.append(Diagnostic(
                            .markerOutsideRoles,
                            "mark \"\(cells[index].text)\" in a cell beyond the \(layout.roles.count) role columns of the header",
                            file: file, at: cells[index].location))
                    }
                    continue
                }
                if mark == .connector { continue }
                if requirements == nil, index < (durationIndex ?? Int.max) {
                    if strayText == nil { strayText = FieldCells(index) } else { strayText!.append(index, of: cells) }
                    continue
                }
                diagnostics.append(Diagnostic(
                    .lineOutsideSteps,
                    "text \"\(ProcedureTableParser.excerpt(cells[index].text))\" in a role column; not read as a performer",
                    file: file, at: cells[index].location))
                continue
            }
            if mark != nil { continue }
            if let durationIndex, index < durationIndex {
                if requirements == nil {
                    requirements = FieldCells(index)
                } else {
                    requirements!.append(index, of: cells)
                }
            } else if output == nil {
                output = FieldCells(index)
            } else if notes == nil {
                notes = FieldCells(index)
            } else {
                notes!.append(index, of: cells)
            }
        }
        if let strayText { requirements = strayText }

        if shift != 0 {
            diagnostics.append(Diagnostic(.rowRealigned, Self.realignedMessage(shift: shift), file: file, at: numberLocation))
        }
        var locations = StepFieldLocations()
        locations[.number] = numberLocation
        locations[.activity] = cells[activityIndex].location
        locations[.requirements] = requirements.map { cells[$0.first].location }
        locations[.duration] = duration.map { cells[$0.first].location }
        locations[.output] = output.map { cells[$0.first].location }
        locations[.notes] = notes.map { cells[$0.first].location }
        // The step is made once with every field, not made and then changed field by field.
        return Step(
            number: number, activity: Self.activityText(cells[activityIndex]), performers: performers,
            performerSource: performers.isEmpty ? .unknown : .marker, requirements: requirements?.text(in: cells),
            duration: duration.flatMap { field in
                let cell = cells[field.first]
                // The Waktu cell found by its content is the one the shift puts in the Waktu column.
                guard let waktu, waktu.index == field.first else {
                    return DurationParser.parse(cell.text, defaultUnit: layout.durationUnit)
                }
                return Self.duration(
                    ofWaktu: cell.text, measure: waktu.measure, isKnownCollapsed: cell.isKnownCollapsed,
                    defaultUnit: layout.durationUnit)
            },
            output: output?.text(in: cells), notes: notes?.text(in: cells), line: line,
            locations: locations)
    }

    /// The message of a row realigned by `shift` (not 0) positions, "row has 2 more cells before Mutu Baku
    /// than the header; aligned by content" or "row has 1 fewer cell …", written at its final size
    /// (`MessageBytes`) rather than interpolated piece by piece.
    static func realignedMessage(shift: Int) -> String {
        MessageBytes.written { message in
            message.write("row has ")
            message.write(Int(shift.magnitude))
            message.write(shift > 0 ? " more cell" : " fewer cell")
            if shift.magnitude != 1 { message.write(byte: UInt8(ascii: "s")) }
            message.write(" before Mutu Baku than the header; aligned by content")
        }
    }

    /// A field of the step read from the row's cells: the position of its first cell (a filled one,
    /// whose location is the field's) and, once later cells have joined it, the texts of those cells
    /// joined as `Cell.append` joins them (by a space, empty texts left out). Only the text is kept:
    /// it is all a field reads, and a whole cell would be copied and destroyed with its list parts.
    struct FieldCells {
        /// The position of the field's first cell.
        let first: Int
        /// The first cell's text continued by the texts of the cells that joined it; nil while none has.
        private var joinedText: String?

        /// A field of the one cell at `first`.
        init(_ first: Int) { self.first = first }

        /// Continues the field with the cell at `index` of `cells`.
        mutating func append(_ index: Int, of cells: LineCells) {
            let next = cells[index].text
            guard !next.isEmpty else { return }
            var text = joinedText ?? cells[first].text
            // The storage is taken out of the field while it grows, so that it is not copied.
            joinedText = nil
            if text.isEmpty {
                text = next
            } else {
                text += " "
                text += next
            }
            joinedText = text
        }

        /// The field's text, its cells being `cells`.
        func text(in cells: LineCells) -> String { joinedText ?? cells[first].text }
    }

    /// How many positions the row's Mutu Baku cells sit right of those of `layout`: found from the Waktu
    /// cell's content when there is one, else from where the step number sits. When the Waktu cell was
    /// found by its content, also that cell's position and its measure in the table's default unit (which
    /// the cell the shift puts in the Waktu column is), so that the step's duration is not measured again.
    private func shift(tail: UnsafeBufferPointer<Int>, layout: TableLayout) -> (shift: Int, waktu: MeasuredWaktu?) {
        let numberShift = numberIndex - (layout.index(of: .number) ?? 0)
        guard let durationColumn = layout.index(of: .duration) else { return (numberShift, nil) }
        let expected = durationColumn + numberShift
        // The search stops at the first cell that passes: the last measure kept is the one of `best`.
        // The tests capture the cells and the unit, not a copy of the whole aligner.
        var bestMeasure: DurationMeasure?
        let cells = self.cells
        let durationUnit = layout.durationUnit
        if let best = Self.nearest(to: expected, in: tail, where: { index in
            guard let measure = Self.waktuMeasure(of: cells[index].text, defaultUnit: durationUnit) else { return false }
            bestMeasure = measure
            return true
        }) {
            return (best - durationColumn, bestMeasure.map { MeasuredWaktu(index: best, measure: $0) })
        }
        let nearestDash = Self.nearest(to: expected, in: tail, within: 4) { index in
            DurationParser.parse(cells[index].text)?.isFlexible == true
        }
        if let best = nearestDash {
            return (best - durationColumn, nil)
        }
        return (alignedFromTheRight(tail: tail, layout: layout) ?? numberShift, nil)
    }

    /// The position of the cell found to be the Waktu and the measure of its text (`DurationParser.measure`).
    struct MeasuredWaktu {
        let index: Int
        let measure: DurationMeasure
    }

    /// `DurationParser.looksLikeDuration(text, defaultUnit:)`, with the measure of `text` when it does
    /// look like a duration: an amount is one; a flexible phrase is one unless it is a lone dash, which
    /// `looksLikeDuration` itself decides.
    static func waktuMeasure(of text: String, defaultUnit: DurationUnit?) -> DurationMeasure? {
        guard !text.isEmpty, text.utf8.count <= 40 else { return nil }
        let measure = DurationParser.measure(of: text, defaultUnit: defaultUnit)
        switch measure {
        case .amount: return measure
        case .flexible: return DurationParser.looksLikeDuration(text, defaultUnit: defaultUnit) ? measure : nil
        case .unknownUnit, .unreadable: return nil
        }
    }

    /// `DurationParser.parse(text, defaultUnit:)` of the Waktu cell's text `text`, reusing `measure`, the
    /// measure of that text in the same unit, when collapsing its white space leaves it as it is (the
    /// measure is then of the very bytes `parse` would measure). `isKnownCollapsed`: the lexer found the
    /// text collapsed (`Cell.isKnownCollapsed`), so that it is not checked again.
    static func duration(
        ofWaktu text: String, measure: DurationMeasure, isKnownCollapsed: Bool, defaultUnit: DurationUnit?
    ) -> Duration? {
        // Text already collapsed (checked eight bytes at a time) is its own collapsed text: no copy.
        if isKnownCollapsed
            || !text.isEmpty && text.utf8.withContiguousStorageIfAvailable(TextFolding.isCollapsedReadingWords) == true
        {
            return Duration(text: text, measure: measure)
        }
        let collapsed = TextFolding.collapseWhitespace(text)
        guard !collapsed.isEmpty, hasSameBytes(collapsed, text) else {
            return DurationParser.parse(text, defaultUnit: defaultUnit)
        }
        return Duration(text: collapsed, measure: measure)
    }

    /// Whether `first` and `second` have the same UTF-8 bytes (`first.utf8.elementsEqual(second.utf8)`),
    /// compared on their contiguous storage.
    static func hasSameBytes(_ first: String, _ second: String) -> Bool {
        guard first.utf8.count == second.utf8.count else { return false }
        var first = first
        var second = second
        return first.withUTF8 { firstBytes in second.withUTF8 { Vocabulary.hasSameBytes(firstBytes, $0) } }
    }

    /// The index of `indices` (ascending, without repeats) nearest `target` that satisfies `test`, the
    /// lower one of two as near, at most `limit` away; nil when none does. The same index as filtering
    /// all of them and taking the first nearest, found by testing the indices from `target` outwards
    /// and stopping at the first that passes; whether a number is one of `indices` is found by binary
    /// search, without building a table of them.
    static func nearest<Indices: RandomAccessCollection<Int>>(
        to target: Int, in indices: Indices, within limit: Int = Int.max, where test: (Int) -> Bool
    ) -> Int? where Indices.Index == Int {
        guard let first = indices.first, let last = indices.last else { return nil }
        func passes(_ index: Int) -> Bool {
            index >= first && index <= last && indices.sortedContains(index) && test(index)
        }
        let farthest = min(limit, max(abs(first - target), abs(last - target)))
        var distance = 0
        while distance <= farthest {
            if passes(target - distance) { return target - distance }
            if distance > 0, passes(target + distance) { return target + distance }
            distance += 1
        }
        return nil
    }

    /// With no Waktu cell to anchor on: when the filled cells after the activity are exactly as many as
    /// the Mutu Baku and Keterangan columns of `layout`, the last of them sits in the last of those columns.
    private func alignedFromTheRight(tail: UnsafeBufferPointer<Int>, layout: TableLayout) -> Int? {
        let fields: [TableLayout.Column] = [.requirements, .duration, .output, .notes]
        let present = fields.compactMap { layout.index(of: $0) }
        let texts = tail.filter { Mark.classify(cells[$0].text) == nil }
        guard let last = present.max(), texts.count == present.count, let lastText = texts.last else { return nil }
        return lastText - last
    }

    /// The role of the column of `layout` at `headerIndex`, if that column is a role's.
    private static func role(at headerIndex: Int, in layout: TableLayout) -> String? {
        guard headerIndex >= 0, headerIndex < layout.columns.count,
            case .role(let role) = layout.columns[headerIndex], role < layout.roles.count
        else { return nil }
        return layout.roles[role]
    }

    /// A set of cell positions (never negative): a bit each for the first 64, so a row of the usual
    /// width marks its claimed cells without allocating.
    struct CellSet {
        /// The positions below 64, a bit each.
        private var low: UInt64 = 0
        /// The positions of 64 and more.
        private var high: Set<Int> = []

        /// Whether `index` is in the set.
        @inline(__always)
        func contains(_ index: Int) -> Bool {
            index < 64 ? low & (1 << UInt64(index)) != 0 : high.contains(index)
        }

        /// Puts `index` in the set.
        @inline(__always)
        mutating func insert(_ index: Int) {
            if index < 64 { low |= 1 << UInt64(index) } else { high.insert(index) }
        }
    }

    /// The activity text: the lead text, then the list items joined with "; " (glued bullet items
    /// split before each verb), written at its final size (`MessageBytes`) rather than joined and then
    /// added to the lead text.
    static func activityText(_ cell: Cell) -> String {
        let listItems = cell.listItems
        guard !listItems.isEmpty else { return cell.text }
        let items = cell.hasGluedList ? listItems.flatMap(ListSplitter.splitGluedActivities) : listItems
        let leadText = cell.leadText
        return MessageBytes.written { text in
            if !leadText.isEmpty {
                text.write(contentsOf: leadText)
                text.write(byte: UInt8(ascii: " "))
            }
            for (position, item) in items.enumerated() {
                if position > 0 { text.write("; ") }
                text.write(contentsOf: item)
            }
        }
    }
}
