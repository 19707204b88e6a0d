/// Reads the procedure table of layout text: cuts every line into the header's columns, groups the
/// lines of each row around its step number, and joins each cell's lines. Each page places its own
/// column boundaries in the widest gaps of its text between the header labels, and its Waktu column
/// where its durations are printed, because `pdftotext` shifts whole columns from page to page.
struct LayoutTableParser {
    private let file: String
    private var table = ProcedureTable()
    private var header: LayoutHeader
    /// The chunks (or parts of chunks) of every line read so far placed in columns, line after line:
    /// each line names its own as a range.
    private var cells: [PlacedCell] = []
    /// The lines read so far, page after page; each row is a range of them.
    private var placedLines: [PlacedLine] = []
    /// The rows, each with the step number that starts it.
    private var rows: [Row] = []
    /// Where the durations start on the last page that had a header, to measure how far `pdftotext`
    /// shifted the Mutu Baku columns of a page continuing the table without one.
    private var headerPageDurationStart: Int?
    /// The buffers each page's cuts are found with (`cuts(for:lines:durations:scratch:)`), kept from
    /// page to page.
    private var cutsScratch = CutsScratch()

    /// A chunk, or part of one, in the column it was placed in.
    private struct PlacedCell {
        var column: LayoutColumnKind
        var chunk: LayoutChunk
    }

    /// What the rows need of a line whose chunks were placed in columns.
    private struct PlacedLine {
        /// The 1-based line number in the input.
        var number: Int
        /// Whether the line holds no text.
        var isBlank: Bool
        /// The first column of the line's first chunk, when it has one.
        var firstChunkStart: Int?
        /// The line's placed cells: a range of `cells`.
        var cells: Range<Int>
        /// The step number printed at the start of the line.
        var stepNumber: Int?
    }

    /// A row of the table: its step number, the line that number is on, and its lines (a range of
    /// `placedLines`).
    private struct Row {
        var number: Int
        var line: Int
        var lines: Range<Int>
    }

    private init(file: String, header: LayoutHeader) {
        self.file = file
        self.header = header
    }

    /// Parses the table whose header is `header`; `lines` are the SOP's lines after the header.
    static func parse(_ lines: ArraySlice<LayoutLine>, header: LayoutHeader, file: String) -> ProcedureTable {
        var parser = LayoutTableParser(file: file, header: header)
        parser.table.roles = header.roles
        parser.table.headerLocation = header.location
        // Room from the start for every line after the header (the table ends within them) and, most
        // lines holding one or two chunks or none, for their cells: the page's lines, the placed lines
        // and the cells fill one buffer each instead of growing page by page.
        parser.placedLines.reserveCapacity(lines.count)
        parser.cells.reserveCapacity(2 * lines.count)
        var columns = header.columns
        var headerLine = header.location.line
        var page = lines.first?.page
        var pageLines: [LayoutLine] = []
        pageLines.reserveCapacity(lines.count)
        var sawHeaderOnPage = true
        func flush() {
            guard !pageLines.isEmpty else { return }
            if !sawHeaderOnPage, pageLines.contains(where: { !$0.isBlank }) {
                parser.table.diagnostics.append(Diagnostic(
                    .layoutColumnsReplaced,
                    "table continued on the next page without a header: columns taken from the header at line \(headerLine), Waktu placed where this page's durations are",
                    file: file, at: SourceLocation(line: pageLines.first { !$0.isBlank }!.number, column: 1)))
            }
            parser.readPage(pageLines, columns: columns, hasHeader: sawHeaderOnPage)
            pageLines.removeAll(keepingCapacity: true)
        }
        var index = lines.startIndex
        while index < lines.endIndex {
            let line = lines[index]
            if line.page != page {
                flush()
                page = line.page
                sawHeaderOnPage = false
            }
            if line.isPageFurniture {
                index += 1
                continue
            }
            let reading = line.tableBodyReading
            if reading == .closesTable { break }
            if reading == .mayBeAnchor, LayoutHeader.namesAnchorLabels(line) {
                let repeated = LayoutHeader.read(lines, anchor: index)
                if pageLines.contains(where: { !$0.isBlank }) {
                    parser.table.diagnostics.append(Diagnostic(
                        .lineOutsideSteps,
                        "lines above the table header repeated at line \(line.number) belong to no step; ignored",
                        file: file, at: SourceLocation(line: pageLines.first { !$0.isBlank }!.number, column: 1),
                        severity: .note))
                }
                pageLines.removeAll(keepingCapacity: true)
                parser.table.diagnostics.append(Diagnostic(
                    .repeatedHeaderMerged,
                    "table header repeated at line \(line.number) (after a page break) merged with the header at line \(header.location.line)",
                    file: file, at: SourceLocation(line: line.number, column: 1)))
                columns = Self.remap(repeated, onto: header)
                headerLine = line.number
                sawHeaderOnPage = true
                index = repeated.lines.upperBound
                continue
            }
            pageLines.append(line)
            index += 1
        }
        flush()
        parser.finish()
        return parser.table
    }

    /// The columns of a repeated header, with its roles renumbered as the first header's roles.
    private static func remap(_ repeated: LayoutHeader, onto first: LayoutHeader) -> [LayoutColumn] {
        repeated.columns.compactMap { column in
            guard case .role(let index) = column.kind else { return column }
            let key = TextFolding.key(repeated.roles[index])
            if let match = first.roles.firstIndex(where: { TextFolding.key($0) == key }) {
                return LayoutColumn(kind: .role(match), start: column.start, end: column.end)
            }
            return index < first.roles.count ? LayoutColumn(kind: .role(index), start: column.start, end: column.end) : nil
        }
    }

    // MARK: One page

    private mutating func readPage(_ lines: [LayoutLine], columns headerColumns: [LayoutColumn], hasHeader: Bool) {
        var columns = headerColumns
        var durations = Self.durationSpan(lines, columns: columns)
        let durationStart = durations?.lowerBound
        if hasHeader {
            headerPageDurationStart = durationStart
        } else if let durationStart, let reference = headerPageDurationStart, abs(durationStart - reference) > 2 {
            columns = Self.shifting(columns, by: durationStart - reference)
            durations = Self.durationSpan(lines, columns: columns)
        }
        let cuts = Self.cuts(for: columns, lines: lines, durations: durations, scratch: &cutsScratch)
        let numberCut = zip(columns, cuts).first { $0.0.kind == .activity }?.1 ?? 6
        let waktu = WaktuEdges(columns: columns, cuts: cuts)
        let pageStart = placedLines.count
        // The lines read where they are, by index: a line bound by a for-in loop, and its chunks
        // enumerated, were retained for each line and released again.
        for lineIndex in lines.indices {
            let cellStart = cells.count
            var number: Int?
            for position in lines[lineIndex].chunks.indices {
                let original = lines[lineIndex].chunks[position]
                let isLineStart = position == 0
                if isLineStart, original.start < numberCut, original.withUTF8(StepNumber.parse(utf8:)) == nil,
                    let (value, restStart) = Self.leadingNumber(original.text)
                {
                    let digits = LayoutChunk(text: String(value), start: original.start, end: original.start + 1)
                    let rest = original.dropping(scalars: restStart)
                    for part in Self.durationParts(of: digits, waktu: waktu) + Self.durationParts(of: rest, waktu: waktu) {
                        place(part, isLineStart: isLineStart, number: &number, columns: columns, cuts: cuts)
                    }
                } else if let waktu, waktu.mayCut(original) {
                    for part in Self.durationParts(of: original, waktu: waktu) {
                        place(part, isLineStart: isLineStart, number: &number, columns: columns, cuts: cuts)
                    }
                } else {
                    // Most chunks: placed as they are, with no array of parts, and no closure holding
                    // `number` (which would make every access to it checked at run time).
                    place(original, isLineStart: isLineStart, number: &number, columns: columns, cuts: cuts)
                }
            }
            let isBlank = lines[lineIndex].isBlank
            placedLines.append(PlacedLine(
                number: lines[lineIndex].number, isBlank: isBlank,
                firstChunkStart: isBlank ? nil : lines[lineIndex].chunks[0].start, cells: cellStart..<cells.count,
                stepNumber: number))
        }
        // The page's numbered lines met in order, each row added once the next number shows where it
        // ends, with no array of the numbered lines.
        var start = pageStart
        var previousNumbered: Int?
        for index in pageStart..<placedLines.count where placedLines[index].stepNumber != nil {
            if let previous = previousNumbered {
                let end = Self.split(placedLines, previous, index, rowStart: start)
                rows.append(Row(number: placedLines[previous].stepNumber!, line: placedLines[previous].number, lines: start..<end))
                start = end
            }
            previousNumbered = index
        }
        guard let last = previousNumbered else {
            // Every line of an earlier page went to a row, so the last row ends where this page starts.
            if !rows.isEmpty { rows[rows.count - 1].lines = rows[rows.count - 1].lines.lowerBound..<placedLines.count }
            return
        }
        rows.append(Row(number: placedLines[last].stepNumber!, line: placedLines[last].number, lines: start..<placedLines.count))
    }

    /// Places `part`, a chunk of a line or a part of one, in its column among `columns` cut at `cuts`:
    /// a step number at the start of the line (`isLineStart`, the first chunk) becomes the line's
    /// `number` when it has none yet, anything else is added to `cells`. `part` is taken, so that a
    /// chunk the caller copied out of its line is moved into `cells`, not copied again.
    private mutating func place(
        _ part: consuming LayoutChunk, isLineStart: Bool, number: inout Int?, columns: [LayoutColumn], cuts: [Int]
    ) {
        let kind = Self.column(of: part, columns: columns, cuts: cuts)
        if isLineStart, number == nil, kind == .number, let value = part.withUTF8(StepNumber.parse(utf8:)) {
            number = value
            return
        }
        cells.append(PlacedCell(column: kind, chunk: part))
    }

    /// A step number glued to the activity in one chunk: "1. Persiapan", "1.Persiapan", "1 Persiapan";
    /// the number and the scalar offset where the activity starts.
    static func leadingNumber(_ text: String) -> (Int, Int)? {
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        var offset = 0
        func advance() {
            index = scalars.index(after: index)
            offset += 1
        }
        var value = 0
        while index != scalars.endIndex, offset < 3, ("0"..."9").contains(scalars[index]) {
            value = value * 10 + Int(scalars[index].value - 0x30)
            advance()
        }
        guard offset > 0 else { return nil }
        let digitsEnd = offset
        if index != scalars.endIndex, scalars[index] == "." || scalars[index] == ")" { advance() }
        while index != scalars.endIndex, scalars[index] == " " { advance() }
        guard offset > digitsEnd, index != scalars.endIndex, scalars[index].properties.isAlphabetic else { return nil }
        return (value, offset)
    }

    /// The columns with Output and Keterangan moved by `shift` characters, as the page's durations moved.
    private static func shifting(_ columns: [LayoutColumn], by shift: Int) -> [LayoutColumn] {
        columns.map { column in
            guard column.kind == .output || column.kind == .notes else { return column }
            return LayoutColumn(kind: column.kind, start: max(0, column.start + shift), end: max(1, column.end + shift))
        }
    }

    /// Where the row whose number is on `next` starts, after the row whose number is on `previous`
    /// and starts at `rowStart`: after the longest run of blank lines between them, or, with no blank
    /// line, as many lines below `previous` as its row has above it (the number is printed on the
    /// middle line of its row), or every line up to `next` when the number is on its row's first line.
    private static func split(_ lines: [PlacedLine], _ previous: Int, _ next: Int, rowStart: Int) -> Int {
        var best: (start: Int, length: Int)?
        var index = previous + 1
        while index < next {
            guard lines[index].isBlank else {
                index += 1
                continue
            }
            let runStart = index
            while index < next, lines[index].isBlank { index += 1 }
            let length = index - runStart
            if best.map({ length >= $0.length }) ?? true { best = (runStart, length) }
        }
        if let best { return best.start + best.length }
        let firstFilled = (rowStart...previous).first { !lines[$0].isBlank } ?? previous
        guard firstFilled < previous else { return next }
        return min(previous + 1 + (previous - firstFilled), next)
    }

    // MARK: Columns

    /// The column a chunk belongs to: the one whose cut range holds its first column. The cuts are
    /// read in place, for every chunk of the table.
    private static func column(of chunk: LayoutChunk, columns: [LayoutColumn], cuts: [Int]) -> LayoutColumnKind {
        let start = chunk.start
        let index = cuts.withUnsafeBufferPointer { cuts in
            let last = min(columns.count, cuts.count) - 1
            var index = 0
            while index < last, start >= cuts[index + 1] { index += 1 }
            return index
        }
        return columns[index].kind
    }

    /// Where the Waktu column starts and ends on a page: found once per page, not for every chunk.
    private struct WaktuEdges {
        /// The Waktu column's first text column.
        var left: Int
        /// The first text column of the column after Waktu, when one follows it.
        var right: Int?

        /// The edges of the Waktu column among `columns` cut at `cuts`; nil when no column is Waktu.
        init?(columns: [LayoutColumn], cuts: [Int]) {
            guard let waktu = columns.firstIndex(where: { $0.kind == .duration }) else { return nil }
            left = cuts[waktu]
            right = waktu + 1 < cuts.count ? cuts[waktu + 1] : nil
        }

        /// Whether `chunk` runs over the column's left edge, where `splitAtDurations` may cut it.
        func crossesLeft(_ chunk: LayoutChunk) -> Bool {
            chunk.start < left && chunk.end > left + 1
        }

        /// Whether `chunk` starts in the column and runs over its right edge, where
        /// `splitAtDurations` may cut it.
        func crossesRight(_ chunk: LayoutChunk) -> Bool {
            guard let right else { return false }
            return chunk.start < right && chunk.start >= left && chunk.end > right + 1
        }

        /// Whether `splitAtDurations` may cut `chunk`; any other chunk it hands on whole.
        func mayCut(_ chunk: LayoutChunk) -> Bool {
            crossesLeft(chunk) || crossesRight(chunk)
        }
    }

    /// The parts `splitAtDurations` cuts `chunk` into, left to right.
    private static func durationParts(of chunk: LayoutChunk, waktu: WaktuEdges?) -> [LayoutChunk] {
        var parts: [LayoutChunk] = []
        splitAtDurations(chunk, waktu: waktu) { parts.append($0) }
        return parts
    }

    /// Cuts a chunk that runs over the Waktu column's edge where a duration starts or ends
    /// ("Data-data yang diperlukan. 1 hari kerja"), and hands each part, left to right, to `each`
    /// (without building an array of the parts: most chunks are not cut).
    private static func splitAtDurations(_ chunk: LayoutChunk, waktu: WaktuEdges?, each: (LayoutChunk) -> Void) {
        guard let waktu else { return each(chunk) }
        if waktu.crossesLeft(chunk), let (before, after) = bestSplit(chunk, near: waktu.left, keepRight: true) {
            each(before)
            return splitAtDurations(after, waktu: waktu, each: each)
        }
        if waktu.crossesRight(chunk), let right = waktu.right,
            let (before, after) = bestSplit(chunk, near: right, keepRight: false)
        {
            each(before)
            return each(after)
        }
        each(chunk)
    }

    /// The split of `chunk` at a single space near `column` whose right part (`keepRight`) or left
    /// part reads as a duration: the chunk is cut once, at the space `durationSpace` chose on its bytes.
    static func bestSplit(_ chunk: LayoutChunk, near column: Int, keepRight: Bool) -> (LayoutChunk, LayoutChunk)? {
        let space = chunk.withUTF8 { durationSpace(in: $0, start: chunk.start, end: chunk.end, near: column, keepRight: keepRight) }
        return space.flatMap { chunk.split(near: chunk.start + $0 + 1, tolerance: 0) }
    }

    /// The scalar offset, in the text whose UTF-8 bytes are `text` and whose scalars fill the columns
    /// from `start` up to `end`, of the space nearest `column` (at most 8 columns from it, the first of
    /// two as near) whose right part (`keepRight`) or left part reads as a duration; nil when none does.
    ///
    /// The spaces are found on the bytes, counting scalars (each starts at a byte that is not a
    /// continuation byte), and each part is read as a range of the same bytes: no chunk or string is
    /// built for a candidate.
    static func durationSpace(
        in text: UnsafeBufferPointer<UInt8>, start: Int, end: Int, near column: Int, keepRight: Bool
    ) -> Int? {
        var best: Int?
        var bestDistance = Int.max
        var offset = 0
        var index = 0
        while index < text.count {
            if text[index] == 0x20 {
                let distance = abs(start + offset + 1 - column)
                if distance <= 8, distance < bestDistance, start + offset + 1 < end {
                    let part = keepRight
                        ? UnsafeBufferPointer(rebasing: text[(index + 1)...]) : UnsafeBufferPointer(rebasing: text[..<index])
                    if mayBeDuration(utf8: part), DurationParser.looksLikeDuration(utf8: part) {
                        best = offset
                        bestDistance = distance
                    }
                }
            }
            offset += 1
            index += 1
            while index < text.count, text[index] & 0xC0 == 0x80 { index += 1 }
        }
        return best
    }

    /// The buffers `cuts(for:lines:durations:scratch:)` counts a page's occupancy in, kept from page to
    /// page so that a page does not allocate its own: each page resizes them to its own width and
    /// clears them in place.
    struct CutsScratch {
        /// The chunks covering each column (one entry per column of the page, and two more).
        var occupancy: [Int] = []
        /// Whether a chunk starts at each column (one more entry than `occupancy`).
        var starts: [Bool] = []

        /// No buffers yet.
        init() {}

        /// Sets `occupancy` to `width` zeros and `starts` to `width + 1` times false, keeping their room:
        /// the entries kept are cleared in place and only a page wider than every one before adds any.
        mutating func reset(width: Int) {
            Self.reset(&occupancy, count: width, to: 0)
            Self.reset(&starts, count: width + 1, to: false)
        }

        /// Sets `buffer` to `count` times `value`, keeping its room.
        private static func reset<Element>(_ buffer: inout [Element], count: Int, to value: Element) {
            if buffer.count > count { buffer.removeLast(buffer.count - count) }
            buffer.withUnsafeMutableBufferPointer { $0.update(repeating: value) }
            if buffer.count < count { buffer.append(contentsOf: repeatElement(value, count: count - buffer.count)) }
        }
    }

    /// The first text column of each column on this page: cuts between neighbouring header labels,
    /// each in the widest run of columns the page's text leaves emptiest; the Waktu column's edges
    /// where the page's durations (`durationSpan(lines, columns: columns)`) start and end. The page's
    /// occupancy is counted in `scratch`.
    static func cuts(
        for columns: [LayoutColumn], lines: [LayoutLine], durations: Range<Int>?, scratch: inout CutsScratch
    ) -> [Int] {
        // The chunks are read in place, by index, in both passes below: a chunk copied out of its line
        // would be retained and released for every chunk of the page.
        var widestEnd = 0
        for line in lines.indices {
            for position in lines[line].chunks.indices { widestEnd = max(widestEnd, lines[line].chunks[position].end) }
        }
        // The header labels' widest end, found without an array of their ends.
        let widestLabelEnd = columns.reduce(0) { max($0, $1.end) }
        // The occupancy, and whether a chunk starts at each column (one more than the occupancy: a run
        // may end at its end).
        scratch.reset(width: max(widestEnd + 2, widestLabelEnd + 2))
        // The occupancy as its changes from column to column: +1 where a chunk starts, -1 where it ends,
        // summed left to right below (a chunk never ends past the occupancy, which is wider than every end).
        // Both are written in place.
        scratch.occupancy.withUnsafeMutableBufferPointer { occupancy in
            scratch.starts.withUnsafeMutableBufferPointer { starts in
                for line in lines.indices {
                    for position in lines[line].chunks.indices
                    where LayoutMarkFilter.mark(of: lines[line].chunks[position]) == nil {
                        let (start, end) = (lines[line].chunks[position].start, lines[line].chunks[position].end)
                        if start < end {
                            occupancy[start] += 1
                            occupancy[end] -= 1
                        }
                        if start < starts.count { starts[start] = true }
                    }
                }
            }
        }
        // Summed in place: the page's columns are read once, without a check of each index.
        scratch.occupancy.withUnsafeMutableBufferPointer { occupancy in
            var running = 0
            for column in occupancy.indices {
                running += occupancy[column]
                occupancy[column] = running
            }
        }
        // Room for every cut before the first is stored: an array made from a literal would be moved
        // to a new buffer by the reservation.
        var cuts: [Int] = []
        cuts.reserveCapacity(max(columns.count, 1))
        cuts.append(0)
        for index in 1..<max(columns.count, 1) {
            let left = columns[index - 1]
            let right = columns[index]
            var lower = left.center
            var upper = right.start
            var choice = GapChoice.widest
            if right.kind == .duration, let durations {
                upper = durations.lowerBound + 1
                lower = min(lower, upper - 1)
                choice = .last
            }
            if left.kind == .duration, let durations {
                lower = durations.upperBound
                upper = max(right.start, lower + 1)
                choice = .first
            }
            lower = max(lower, cuts[index - 1] + 1)
            cuts.append(
                upper <= lower
                    ? lower : gap(scratch.occupancy, lower..<upper, choosing: choice, starts: scratch.starts))
        }
        return cuts
    }

    /// The columns from the first duration's start to the last one's end, among the chunks that read
    /// as durations between the requirements label and the output label.
    static func durationSpan(_ lines: [LayoutLine], columns: [LayoutColumn]) -> Range<Int>? {
        guard let waktu = columns.first(where: { $0.kind == .duration }) else { return nil }
        let lowest = columns.first { $0.kind == .requirements }?.center ?? columns.first { $0.kind == .activity }?.end ?? 0
        let highest = columns.first { $0.kind == .output }?.center ?? waktu.end + 20
        var span: Range<Int>?
        // Each chunk read in place, by index (`cuts(for:lines:durations:)`).
        for line in lines.indices {
            for position in lines[line].chunks.indices {
                let (start, end) = (lines[line].chunks[position].start, lines[line].chunks[position].end)
                guard start >= lowest, start < highest else { continue }
                let isDuration = lines[line].chunks[position].withUTF8 {
                    mayBeDuration(utf8: $0) && DurationParser.looksLikeDuration(utf8: $0) && StepNumber.parse(utf8: $0) == nil
                }
                guard isDuration else { continue }
                span = span.map { min($0.lowerBound, start)..<max($0.upperBound, end) } ?? start..<end
            }
        }
        return span
    }

    /// Whether `DurationParser.looksLikeDuration` may be true of the text whose UTF-8 bytes are `utf8`:
    /// false when the text has more than 40 bytes, or when the first byte of its letters and digits
    /// (`FoldedKey.firstKeyByte`) is an ASCII letter that starts no flexible phrase
    /// (`DurationParser.isFlexiblePhraseInitial`) and no "setengah", or there is none. A duration's
    /// amount starts with a digit after spaces only, and the parser's flexible phrases are compared
    /// with the text's letters and digits from the first.
    static func mayBeDuration(utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard utf8.count <= 40, let first = FoldedKey.firstKeyByte(utf8: utf8) else { return false }
        switch first {
        case 0x30...0x39, 0x80...0xFF, UInt8(ascii: "s"): return true
        default: return DurationParser.isFlexiblePhraseInitial(first)
        }
    }

    /// The fields of a step's text cells, in the order of `textColumnIndex(of:)`.
    private static let textFields: [StepField] = [.activity, .requirements, .duration, .output, .notes]

    /// The index in `textFields` of the cell a column's text goes to (the number column's text joins
    /// the activity); nil for a role column.
    private static func textColumnIndex(of kind: LayoutColumnKind) -> Int? {
        switch kind {
        case .number, .activity: 0
        case .requirements: 1
        case .duration: 2
        case .output: 3
        case .notes: 4
        case .role: nil
        }
    }

    /// `Step.locations` of a row: the number's location `number` and, for each text field, the location
    /// of its first piece (`starts`, in the order of `textFields`) when it has one.
    static func locations(number: SourceLocation, starts: [SourceLocation?]) -> StepFieldLocations {
        var locations = StepFieldLocations()
        locations[.number] = number
        for (position, field) in textFields.enumerated() { locations[field] = starts[position] }
        return locations
    }

    /// `"text in the role column \"\(role)\" of step \(step) is not activity text; ignored: \"\(excerpt)\""`,
    /// the excerpt being `ProcedureTableParser.excerpt(chunk.text)`, written at its final size
    /// (`MessageBytes`) rather than grown piece by piece. A chunk of at most 60 bytes has at most 60
    /// characters, so its excerpt is its text, written from its bytes; a longer one's is made from its text.
    static func roleTextMessage(role: String, step: Int, chunk: LayoutChunk) -> String {
        let longExcerpt = chunk.utf8Count > 60 ? ProcedureTableParser.excerpt(chunk.text) : nil
        return MessageBytes.written { message in
            message.write("text in the role column \"")
            message.write(contentsOf: role)
            message.write("\" of step ")
            message.write(step)
            message.write(" is not activity text; ignored: \"")
            if let longExcerpt {
                message.write(contentsOf: longExcerpt)
            } else {
                chunk.withUTF8 { message.write($0) }
            }
            message.write("\"")
        }
    }

    /// Which run of least-occupied columns a cut goes in.
    enum GapChoice {
        /// The widest run that a cell's text starts right after (cells are set flush left), or the
        /// widest run when none is: a boundary between two header labels.
        case widest
        /// The first run: just after the page's durations.
        case first
        /// The last run: just before the page's durations.
        case last
    }

    /// The middle of the chosen run of least-occupied columns in `range`; `starts` tells for each column
    /// up to `occupancy.count` whether one of the page's chunks starts there.
    ///
    /// One pass over the columns, read in place: the runs of the least occupancy so far are met left
    /// to right and the chosen one kept as they come, without listing them, and a run of a lower
    /// occupancy starts the choice again (every run met before it is of a higher one). The choice is
    /// the first run, the last, or the first of the widest among the flush runs (a chunk starts right
    /// after them), else among all runs.
    static func gap(_ occupancy: [Int], _ range: Range<Int>, choosing choice: GapChoice, starts: [Bool]) -> Int {
        let clamped = range.clamped(to: 0..<occupancy.count)
        guard !clamped.isEmpty else { return range.lowerBound }
        return occupancy.withUnsafeBufferPointer { occupancy in
            var least = Int.max
            var first: Range<Int>?
            var widest: Range<Int>?
            var widestFlush: Range<Int>?
            var column = clamped.lowerBound
            while column < clamped.upperBound {
                let value = occupancy[column]
                guard value <= least else {
                    column += 1
                    continue
                }
                // A run of `value` starts here: the column before it holds another occupancy.
                let start = column
                column += 1
                while column < clamped.upperBound, occupancy[column] == value { column += 1 }
                let run = start..<column
                if value < least || first == nil {
                    least = value
                    first = run
                    widest = nil
                    widestFlush = nil
                }
                switch choice {
                case .first: break
                case .last: widest = run
                case .widest:
                    if widest.map({ run.count > $0.count }) ?? true { widest = run }
                    if starts[run.upperBound], widestFlush.map({ run.count > $0.count }) ?? true { widestFlush = run }
                }
            }
            // The range is not empty, so at least one run was met.
            let chosen = choice == .first ? first! : widestFlush ?? widest!
            return chosen.lowerBound + chosen.count / 2
        }
    }

    // MARK: Steps

    /// Makes a step of each row: its text cells joined from their pieces (`LayoutText`: each piece
    /// appended in place to the UTF-8 bytes of its cell, which are the cell's text at the end: the pieces
    /// are chunks, collapsed, joined with single spaces or none, so the text is collapsed as it stands),
    /// its performers from the marks in the role columns.
    private mutating func finish() {
        // The cells read from this local array, not from the parser the loop below changes (its table):
        // a chunk read there was copied out, retained and released, for each cell.
        let cells = self.cells
        // Each text cell of the row being read, by `Self.textColumnIndex(of:)`: its bytes so far (in
        // buffers that keep their room from row to row) and where its first piece is (nil while it has
        // none).
        // Each buffer made with room for a usual cell from the start: grown from empty, it was
        // reallocated three or four times in the first rows of every table.
        var texts: [[UInt8]] = Self.textFields.map { _ in
            var buffer: [UInt8] = []
            buffer.reserveCapacity(256)
            return buffer
        }
        var starts = [SourceLocation?](repeating: nil, count: Self.textFields.count)
        // One step for each row, so the steps fill one buffer made at once.
        table.steps.reserveCapacity(table.steps.count + rows.count)
        for row in rows {
            for position in texts.indices {
                texts[position].removeAll(keepingCapacity: true)
                starts[position] = nil
            }
            var performers: [String] = []
            for placed in placedLines[row.lines] {
                // Each cell read where it is in `cells`, by its index: a chunk copied out of the array
                // would be retained and released for every cell of the table.
                for cellIndex in placed.cells {
                    let location = SourceLocation(line: placed.number, column: cells[cellIndex].chunk.start + 1)
                    switch cells[cellIndex].column {
                    case .role(let index):
                        switch LayoutMarkFilter.mark(of: cells[cellIndex].chunk) {
                        case .connector: continue
                        case .performer:
                            if index < header.roles.count, !performers.contains(header.roles[index]) {
                                performers.append(header.roles[index])
                            }
                        case nil:
                            table.diagnostics.append(Diagnostic(
                                .layoutRoleText,
                                Self.roleTextMessage(
                                    role: index < header.roles.count ? header.roles[index] : "?", step: row.number,
                                    chunk: cells[cellIndex].chunk),
                                file: file, at: location))
                        }
                    default:
                        if let position = Self.textColumnIndex(of: cells[cellIndex].column) {
                            if starts[position] == nil { starts[position] = location }
                            cells[cellIndex].chunk.withUTF8 { LayoutText.append(utf8: $0, toBytes: &texts[position]) }
                        }
                    }
                }
            }
            func cell(_ kind: LayoutColumnKind) -> String? {
                guard let position = Self.textColumnIndex(of: kind), starts[position] != nil else { return nil }
                let text = texts[position].withUnsafeBufferPointer(String.init(utf8Bytes:))
                return IdentityBlockParser.isPlaceholder(text) ? nil : text
            }
            let lines = placedLines[row.lines]
            let numberLine = lines.first { $0.stepNumber != nil }
            let locations = Self.locations(
                number: SourceLocation(line: row.line, column: (numberLine?.firstChunkStart ?? 0) + 1), starts: starts)
            let firstLine = lines.first { !$0.cells.isEmpty || $0.stepNumber != nil }?.number ?? row.line
            let durationText = cell(.duration)
            // Made in the append, so that it is moved into the table rather than copied.
            table.steps.append(Step(
                number: row.number, activity: cell(.activity) ?? "", performers: performers,
                performerSource: performers.isEmpty ? .unknown : .marker, requirements: cell(.requirements),
                duration: durationText.flatMap { DurationParser.parse($0) }, output: cell(.output), notes: cell(.notes),
                line: firstLine, locations: locations))
        }
    }
}
