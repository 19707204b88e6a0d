/// Classifies the lines of tabular text, using a little context: whether the line is inside a
/// procedure table.
enum LineClassifier {
    /// Sets the kind of every line. With the lines' `FormatDetector.tabularCheck`, the lines before the
    /// header it found (all of them when it found none) are known to be no procedure table header and
    /// the header is known to be one: none of them is asked again.
    ///
    /// The positions of each line's filled cells are written into one room on the stack, made once for
    /// all the lines as large as the widest of them asks: a room made for each line by a closure would
    /// hold that line's cells, and so retain and release the array they are stored in, line by line.
    static func classify(_ lines: inout [Line], after check: FormatDetector.TabularCheck? = nil) {
        var widest = 0
        for index in lines.indices { widest = max(widest, lines[index].cells.count) }
        withUnsafeTemporaryAllocation(of: Int.self, capacity: widest) { room in
            classify(&lines, after: check, filledRoom: room)
        }
    }

    /// `classify(_:after:)`, the positions of each line's filled cells written into `filledRoom`, which
    /// has room for the cells of the widest line.
    private static func classify(
        _ lines: inout [Line], after check: FormatDetector.TabularCheck?, filledRoom: UnsafeMutableBufferPointer<Int>
    ) {
        let noHeaderBefore = check.map { $0.headerPosition ?? lines.count } ?? 0
        let knownHeader = check?.headerPosition
        var inTable = false
        var expectingSubheader = false
        var afterBlank = true
        var afterSteps = false
        for index in lines.indices {
            let (foundKind, leadingLabel): (LineKind, LeadingLabel)
            if index == knownHeader {
                (foundKind, leadingLabel) = (.tableHeader, .unknown)
                // The header words the check looked up stay with the header, for `TableLayout`.
                if let check { lines[index].headerWords = check.headerWords }
            } else {
                let filled = filledPositions(of: lines[index].cells, in: filledRoom)
                (foundKind, leadingLabel) = filled.isEmpty
                    ? (.blank, .unknown)
                    : kind(
                        of: lines[index].cells, filled: filled, mayBeHeader: index >= noHeaderBefore, inTable: inTable,
                        expectingSubheader: expectingSubheader, afterBlank: afterBlank)
            }
            var kind = foundKind
            if afterSteps, kind == .listLabel, let only = onlyFilledCell(of: lines[index].cells),
                Vocabulary.isSectionTitle(lines[index].cells[only].text)
            {
                kind = .sectionTitle
            }
            if kind == .stepRow { afterSteps = true }
            if kind == .keyValue { afterSteps = false }
            afterBlank = kind == .blank
            lines[index].kind = kind
            // Only identity lines keep their label: no other line is read for one again.
            if kind == .keyValue || kind == .listLabel { lines[index].leadingLabel = leadingLabel }
            switch kind {
            case .tableHeader:
                inTable = true
                expectingSubheader = true
            case .blank:
                break
            case .tableSubheader:
                expectingSubheader = false
            case .keyValue, .listLabel, .sectionTitle, .title:
                inTable = false
                expectingSubheader = false
            default:
                expectingSubheader = false
            }
        }
    }

    /// The position of the one non-empty cell of `cells`, or nil when none or several are filled.
    private static func onlyFilledCell(of cells: LineCells) -> Int? {
        var only: Int?
        for index in cells.indices where !cells[index].isEmpty {
            guard only == nil else { return nil }
            only = index
        }
        return only
    }

    /// Calls `body` with the positions of the non-empty cells of `cells`, in order, gathered into
    /// storage on the stack (for lines of the usual width) rather than into an array of their own.
    private static func withFilledPositions<Result>(
        of cells: LineCells, _ body: (UnsafeBufferPointer<Int>) -> Result
    ) -> Result {
        withUnsafeTemporaryAllocation(of: Int.self, capacity: cells.count) { room in
            body(filledPositions(of: cells, in: room))
        }
    }

    /// The positions of the non-empty cells of `cells`, in order, written into `room` (which has room
    /// for all the cells): the start of `room` they fill.
    @inline(__always)
    static func filledPositions(
        of cells: LineCells, in room: UnsafeMutableBufferPointer<Int>
    ) -> UnsafeBufferPointer<Int> {
        var count = 0
        for index in cells.indices where !cells[index].isEmpty {
            room[count] = index
            count += 1
        }
        return UnsafeBufferPointer(rebasing: room[..<count])
    }

    /// The kind of a line of cells `cells` whose non-empty cells are at positions `filled` (at least one),
    /// and for an identity line what was found out about the label at the start of its first filled cell;
    /// `mayBeHeader` false when the line is known to be no table header.
    private static func kind(
        of cells: LineCells, filled: UnsafeBufferPointer<Int>, mayBeHeader: Bool, inTable: Bool, expectingSubheader: Bool,
        afterBlank: Bool
    ) -> (LineKind, LeadingLabel) {
        // The first filled cell is read in place, not copied out (a copy retains and releases each of its
        // strings and its list, and most lines are answered before their first cell is read at all).
        let firstIndex = filled[0]
        if mayBeHeader, isTableHeader(cells, filled) { return (.tableHeader, .unknown) }
        if inTable {
            if isStepRow(cells, filled) { return (.stepRow, .unknown) }
            if expectingSubheader, isSubheader(cells, filled) { return (.tableSubheader, .unknown) }
            if isRepeatedSubheader(cells, filled) { return (.tableSubheader, .unknown) }
        }
        let takesWeak = filled.count > 1
        let leadingMatch = Vocabulary.identityLabelOffset(at: cells[firstIndex].leadText, allowWeakWithoutColon: takesWeak)
        if let match = leadingMatch, isIdentityLine(match, labelCell: firstIndex, of: cells) {
            // The match is kept as found (for `LeadingLabel`); a colon at the start of the next cell counts here.
            let hadColon = match.hadColon || match.restIsEmpty && filled.count > 1 && startsWithColon(cells[filled[1]].text)
            if !inTable || startsNewIdentityBlock(match, hadColon: hadColon) {
                return (match.label.isList ? .listLabel : .keyValue, LeadingLabel(leadingMatch, tookWeak: takesWeak))
            }
        }
        if filled.count >= 2, cells[firstIndex].leadText.isEmpty || isAgencyLikeCell(cells[firstIndex].text),
            let match = Vocabulary.identityLabelOffset(at: cells[filled[1]].leadText, allowWeakWithoutColon: true),
            isIdentityLine(match, labelCell: filled[1], of: cells), !inTable || startsNewIdentityBlock(match, hadColon: match.hadColon)
        {
            return (match.label.isList ? .listLabel : .keyValue, LeadingLabel(leadingMatch, tookWeak: takesWeak))
        }
        if inTable {
            let isTitle = filled.count == 1 && firstIndex == 0
                && (Vocabulary.isStrongSectionTitle(cells[firstIndex].text)
                    || afterBlank && Vocabulary.isSectionTitle(cells[firstIndex].text))
            return (isTitle ? .sectionTitle : .continuation, .unknown)
        }
        if filled.count == 1, firstIndex == 0, Vocabulary.isSectionTitle(cells[firstIndex].text) { return (.sectionTitle, .unknown) }
        if filled.count == 1, firstIndex == 0, Vocabulary.isTitleLine(cells[firstIndex].text) { return (.title, .unknown) }
        return (.text, .unknown)
    }

    /// Whether `text` starts with the character ":" (`text.hasPrefix(":")`), read from its first two
    /// bytes: a colon followed by nothing or by an ASCII byte (which joins no character before it) is that
    /// character; only a colon followed by a byte outside ASCII (perhaps a combining mark on it) is left to
    /// the characters.
    static func startsWithColon(_ text: String) -> Bool {
        guard text.firstUTF8Byte == UInt8(ascii: ":") else { return false }
        let utf8 = text.utf8
        let second = utf8.index(after: utf8.startIndex)
        guard second != utf8.endIndex, utf8[second] >= 0x80 else { return true }
        return text.hasPrefix(":")
    }

    /// A label line needs the label to be the whole cell (`cells[labelCell]`), to be followed by a colon
    /// or list, or to have its value in the next cell. The cell is read in place.
    private static func isIdentityLine(_ match: Vocabulary.ByteLabelMatch, labelCell: Int, of cells: LineCells) -> Bool {
        if match.hadColon || match.restIsEmpty { return true }
        if !cells[labelCell].listItems.isEmpty || cells[labelCell].hasGluedList { return true }
        return match.label != .relatedProcedures && match.label != .agency
    }

    /// Inside a table only the labels that open an identity block (Nomor SOP, Nama SOP, Instansi :)
    /// end it: wrapped activity text may well start with "Disahkan oleh" or "Peralatan". `hadColon`:
    /// whether a colon followed the label, in its cell or at the start of the next.
    private static func startsNewIdentityBlock(_ match: Vocabulary.ByteLabelMatch, hadColon: Bool) -> Bool {
        (match.label == .number || match.label == .title) && (hadColon || match.restIsEmpty)
            || match.label == .agency && hadColon
    }

    private static func isAgencyLikeCell(_ text: String) -> Bool {
        TextFolding.isUpperCase(text, minimumLetters: 6)
    }

    /// `isTableHeader` of a line's cells, their filled positions gathered on the stack.
    static func isTableHeader(_ cells: LineCells) -> Bool {
        tableHeaderWords(cells) != nil
    }

    /// The header words of a line's cells when they are a table header (`isTableHeader`), as it looked
    /// them up, so that `TableLayout` reads them instead of looking them up again; nil for any other line.
    static func tableHeaderWords(_ cells: LineCells) -> FoundHeaderWords? {
        withFilledPositions(of: cells) { filled in
            var found = FoundHeaderWords()
            return isTableHeader(cells, filled, recording: &found) ? found : nil
        }
    }

    /// Whether the non-empty cells of `cells` at positions `filled` are the first row of a procedure
    /// table header: Kegiatan among the first three, and No before it or two more header words. A
    /// line without Kegiatan among its first three filled cells is answered there, without reading
    /// the header words of the cells after them; a line none of whose first three filled cells may be
    /// Kegiatan (`Vocabulary.mayBeActivityHeaderWord`, most step rows) without reading any header word.
    static func isTableHeader<Filled: RandomAccessCollection<Int>>(_ cells: LineCells, _ filled: Filled) -> Bool {
        var found = FoundHeaderWords()
        return isTableHeader(cells, filled, recording: &found)
    }

    /// `isTableHeader(_:_:)`, the header word of each cell it looks up written into `found`.
    @inline(__always)
    private static func isTableHeader<Filled: RandomAccessCollection<Int>>(
        _ cells: LineCells, _ filled: Filled, recording found: inout FoundHeaderWords
    ) -> Bool {
        guard filled.prefix(3).contains(where: { index in
            let text = cells[index].text
            return mayStartActivityHeaderWord(text) && Vocabulary.mayBeActivityHeaderWord(text)
        }) else { return false }
        var sawNumber = false
        var sawActivity = false
        var others = 0
        for (position, index) in filled.enumerated() {
            if position == 3, !sawActivity { return false }
            let word = Vocabulary.headerWord(cells[index].text)
            found.record(word, at: index)
            guard let word else { continue }
            switch word {
            case .number where position <= 1: sawNumber = true
            case .activity where position <= 2: sawActivity = true
            case .performersGroup, .qualityGroup, .requirements, .duration, .output, .notes: others += 1
            default: break
            }
        }
        return sawActivity && (sawNumber || others >= 2)
    }

    /// Whether `text` may name the activity column as far as its first byte tells: an ASCII letter or
    /// digit there is the first of the first word of its key, which must then be the first letter of an
    /// activity header word ("kegiatan", "aktivitas", "aktifitas", "uraian", "prosedur", "langkah",
    /// "deskripsi"), in either case; any other first byte is left to `Vocabulary.mayBeActivityHeaderWord`.
    /// A step number ("1") and most activity texts ("Menerima berkas") are turned down on it.
    static func mayStartActivityHeaderWord(_ text: String) -> Bool {
        guard let first = text.firstUTF8Byte else { return false }
        if first &- 0x30 < 10 { return false }
        let lower = first | 0x20
        guard lower &- 0x61 < 26 else { return true }
        // The first letters of the activity header words, a bit each from "a" (bit 0) to "z": a, d, k,
        // l, p and u.
        let firstLetters: UInt32 = 1 << 0 | 1 << 3 | 1 << 10 | 1 << 11 | 1 << 15 | 1 << 20
        return firstLetters &>> (lower &- 0x61) & 1 != 0
    }

    /// Whether the non-empty cells of `cells` at positions `filled` are a step row: a step number in
    /// one of the first three cells.
    static func isStepRow(_ cells: LineCells, _ filled: UnsafeBufferPointer<Int>) -> Bool {
        guard let first = filled.first, first <= 2 else { return false }
        if StepNumber.parse(cells[first].text) != nil { return filled.count >= 2 }
        return StepNumber.leading(cells[first].text) != nil
    }

    /// The role row of a header repeated after a page break without its first row: it names at least
    /// two of Kelengkapan, Waktu, Output and Keterangan.
    private static func isRepeatedSubheader(_ cells: LineCells, _ filled: UnsafeBufferPointer<Int>) -> Bool {
        var named: UInt8 = 0
        for index in filled {
            switch Vocabulary.headerWord(cells[index].text) {
            case .requirements: named |= 1
            case .duration: named |= 2
            case .output: named |= 4
            case .notes: named |= 8
            default: break
            }
        }
        return named.nonzeroBitCount >= 2
    }

    /// Whether the non-empty cells of `cells` at positions `filled` are the second row of a table
    /// header: the first of them is past the second cell, or one of them names Kelengkapan, Waktu or
    /// Output. The position is asked first: most second rows (role names under the activity's empty
    /// columns) are answered by it, without a header word looked up for each of their cells.
    private static func isSubheader(_ cells: LineCells, _ filled: UnsafeBufferPointer<Int>) -> Bool {
        if let first = filled.first, first >= 2 { return true }
        return filled.contains { index in
            switch Vocabulary.headerWord(cells[index].text) {
            case .requirements, .duration, .output: true
            default: false
            }
        }
    }
}
