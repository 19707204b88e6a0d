/// Parses a whole file: decides whether it is layout text (`pdftotext -layout`), and otherwise per SOP
/// whether its text is tabular (Word tables exported with tabs) or OCR, and hands each part to the
/// parser of its family.
enum DocumentParser {
    static func parse(_ source: SourceText) -> (sops: [SOP], diagnostics: [Diagnostic]) {
        if FormatDetector.isLayout(source) { return LayoutParser.parse(source) }
        // Cells are split at tabs only, so no part of a text without a tab is tabular (`tabularCheck`
        // needs a line of two cells): such a text is OCR text and is not lexed. Decoding counted the tabs.
        let lexed = source.tabCount > 0 ? Lexer.lines(of: source) : nil
        if var lines = lexed, case let check = FormatDetector.tabularCheck(lines[...]), check.isTabular,
            !FormatDetector.hasUntabbedTable(lines[...])
        {
            LineClassifier.classify(&lines, after: check)
            return TabularParser.parse(lines, file: source.file)
        }
        // Each OCR part repairs its own lines in place (`OCRParser.parse`); the segments are cut first, and
        // each part's cut is handed on, so that its repaired lines are not all cut again.
        var ocrLines = OCRLine.lines(of: source)
        var sops: [SOP] = []
        var diagnostics: [Diagnostic] = []
        for segment in OCRParser.segments(ocrLines[...]) {
            let part: (sops: [SOP], diagnostics: [Diagnostic])
            if let lines = lexed, case let check = FormatDetector.tabularCheck(lines[segment.range]), check.isTabular {
                var tabular = Array(lines[segment.range])
                LineClassifier.classify(&tabular, after: check)
                part = TabularParser.parse(tabular, file: source.file)
            } else {
                part = OCRParser.parse(&ocrLines, segment, file: source.file)
            }
            // The first part's arrays are taken as they are: appending them to empty arrays would copy them.
            if sops.isEmpty { sops = part.sops } else { sops += part.sops }
            if diagnostics.isEmpty { diagnostics = part.diagnostics } else { diagnostics += part.diagnostics }
        }
        return (sops, diagnostics)
    }
}

/// Tells layout, tabular and OCR text apart by their spacing, tabs and line kinds.
enum FormatDetector {
    /// Whether lines are tabular, and where the first procedure table header is: the lines before it
    /// (all of them when there is none) are known to be no header, and it is known to be one, so
    /// `LineClassifier.classify(_:after:)` does not ask any of them again.
    struct TabularCheck {
        let isTabular: Bool
        /// The position (from 0, in the lines checked) of the first line that is a procedure table
        /// header (`LineClassifier.isTableHeader`); nil when there is none.
        let headerPosition: Int?
        /// The header words `LineClassifier.isTableHeader` looked up in the header's cells.
        var headerWords = FoundHeaderWords()
    }

    /// Whether `lines` (not yet classified) are tabular: a procedure table header found in
    /// tab-separated cells, with at least 30% of the non-blank lines tabbed or every line after the
    /// header tabbed (an SOP with long untabbed lists and a short table); or most non-blank lines
    /// holding tabs. A line of one cell is no header (`LineClassifier.isTableHeader` needs two filled
    /// cells), so the header is looked for only among tabbed lines, up to the first one found.
    static func tabularCheck(_ lines: ArraySlice<Line>) -> TabularCheck {
        var filled = 0
        var tabbed = 0
        var headerPosition: Int?
        var headerWords = FoundHeaderWords()
        var untabbedAfterHeader = false
        for (position, line) in zip(0..., lines) where line.cells.count > 1 || !line.cells[0].isEmpty {
            filled += 1
            guard line.cells.count > 1 else {
                if headerPosition != nil { untabbedAfterHeader = true }
                continue
            }
            tabbed += 1
            if headerPosition == nil, let words = LineClassifier.tableHeaderWords(line.cells) {
                headerPosition = position
                headerWords = words
            }
        }
        let header = headerPosition != nil
        let isTabular = filled > 0 && ((header && (tabbed * 10 >= filled * 3 || !untabbedAfterHeader)) || tabbed * 2 >= filled)
        return TabularCheck(isTabular: isTabular, headerPosition: headerPosition, headerWords: headerWords)
    }

    /// Whether a file that is otherwise tabular also holds an OCR'd table: at least three step rows
    /// written without tabs ("1. | Memberi …").
    static func hasUntabbedTable(_ lines: ArraySlice<Line>) -> Bool {
        var rows = 0
        for line in lines where line.cells.count == 1 {
            let text = line.cells[0].text
            guard let first = text.first, first.isNumber, text.contains("|") else { continue }
            rows += 1
            if rows >= 3 { return true }
        }
        return false
    }
}
