/// Classifies the lines of tabular text, using a little context: whether the line is inside a
/// procedure table.
enum LineClassifier {
    /// Sets the kind of every line.
    static func classify(_ lines: inout [Line]) {
        var inTable = false
        var expectingSubheader = false
        var afterBlank = true
        var afterSteps = false
        for index in lines.indices {
            var kind = kind(
                of: lines[index], inTable: inTable, expectingSubheader: expectingSubheader, afterBlank: afterBlank)
            if afterSteps, kind == .listLabel, lines[index].filledCells.count == 1,
                Vocabulary.isSectionTitle(lines[index].cells.first { !$0.isEmpty }?.text ?? "")
            {
                kind = .sectionTitle
            }
            if kind == .stepRow { afterSteps = true }
            if kind == .keyValue { afterSteps = false }
            afterBlank = kind == .blank
            lines[index].kind = kind
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

    private static func kind(of line: Line, inTable: Bool, expectingSubheader: Bool, afterBlank: Bool) -> LineKind {
        guard line.cells.contains(where: { !$0.isEmpty }) else { return .blank }
        let filled = line.filledCells
        guard let first = filled.first else { return .blank }
        if isTableHeader(filled) { return .tableHeader }
        if inTable {
            if isStepRow(filled) { return .stepRow }
            if expectingSubheader, isSubheader(filled) { return .tableSubheader }
            if isRepeatedSubheader(filled) { return .tableSubheader }
        }
        if var match = Vocabulary.identityLabel(at: first.cell.leadText, allowWeakWithoutColon: filled.count > 1),
            isIdentityLine(match, filled)
        {
            if match.rest.isEmpty, filled.count > 1, filled[1].cell.text.hasPrefix(":") { match.hadColon = true }
            if !inTable || startsNewIdentityBlock(match) { return match.label.isList ? .listLabel : .keyValue }
        }
        if filled.count >= 2, first.cell.leadText.isEmpty || isAgencyLikeCell(first.cell.text),
            let match = Vocabulary.identityLabel(at: filled[1].cell.leadText, allowWeakWithoutColon: true),
            isIdentityLine(match, Array(filled.dropFirst())), !inTable || startsNewIdentityBlock(match)
        {
            return match.label.isList ? .listLabel : .keyValue
        }
        if inTable {
            let isTitle = filled.count == 1 && first.index == 0
                && (Vocabulary.isStrongSectionTitle(first.cell.text)
                    || afterBlank && Vocabulary.isSectionTitle(first.cell.text))
            return isTitle ? .sectionTitle : .continuation
        }
        if filled.count == 1, first.index == 0, Vocabulary.isSectionTitle(first.cell.text) { return .sectionTitle }
        if filled.count == 1, first.index == 0, Vocabulary.isTitleLine(first.cell.text) { return .title }
        return .text
    }

    /// A label line needs the label to be the whole cell, to be followed by a colon or list, or to
    /// have its value in the next cell.
    private static func isIdentityLine(_ match: LabelMatch, _ filled: [(index: Int, cell: Cell)]) -> Bool {
        if match.hadColon || match.rest.isEmpty { return true }
        if !filled[0].cell.listItems.isEmpty || filled[0].cell.hasGluedList { return true }
        return match.label != .relatedProcedures && match.label != .agency
    }

    /// Inside a table only the labels that open an identity block (Nomor SOP, Nama SOP, Instansi :)
    /// end it: wrapped activity text may well start with "Disahkan oleh" or "Peralatan".
    private static func startsNewIdentityBlock(_ match: LabelMatch) -> Bool {
        (match.label == .number || match.label == .title) && (match.hadColon || match.rest.isEmpty)
            || match.label == .agency && match.hadColon
    }

    private static func isAgencyLikeCell(_ text: String) -> Bool {
        TextFolding.isUpperCase(text, minimumLetters: 6)
    }

    static func isTableHeader(_ filled: [(index: Int, cell: Cell)]) -> Bool {
        var sawNumber = false
        var sawActivity = false
        var others = 0
        for (position, entry) in filled.enumerated() {
            guard let word = Vocabulary.headerWord(entry.cell.text) else { continue }
            switch word {
            case .number where position <= 1: sawNumber = true
            case .activity where position <= 2: sawActivity = true
            case .performersGroup, .qualityGroup, .requirements, .duration, .output, .notes: others += 1
            default: break
            }
        }
        return sawActivity && (sawNumber || others >= 2)
    }

    static func isStepRow(_ filled: [(index: Int, cell: Cell)]) -> Bool {
        guard let first = filled.first, first.index <= 2 else { return false }
        if StepNumber.parse(first.cell.text) != nil { return filled.count >= 2 }
        return StepNumber.leading(first.cell.text) != nil
    }

    /// The role row of a header repeated after a page break without its first row: it names at least
    /// two of Kelengkapan, Waktu, Output and Keterangan.
    private static func isRepeatedSubheader(_ filled: [(index: Int, cell: Cell)]) -> Bool {
        var named: UInt8 = 0
        for entry in filled {
            switch Vocabulary.headerWord(entry.cell.text) {
            case .requirements: named |= 1
            case .duration: named |= 2
            case .output: named |= 4
            case .notes: named |= 8
            default: break
            }
        }
        return named.nonzeroBitCount >= 2
    }

    private static func isSubheader(_ filled: [(index: Int, cell: Cell)]) -> Bool {
        if filled.contains(where: { entry in
            switch Vocabulary.headerWord(entry.cell.text) {
            case .requirements, .duration, .output: true
            default: false
            }
        }) {
            return true
        }
        return filled.first.map { $0.index >= 2 } ?? false
    }
}
