/// Parses the lines of a tabular SOP file (Word tables exported with tabs) into SOPs.
enum TabularParser {
    static func parse(_ lines: [Line], file: String) -> (sops: [SOP], diagnostics: [Diagnostic]) {
        var sops: [SOP] = []
        var diagnostics: [Diagnostic] = []
        for segment in DocumentSplitter.segments(lines) {
            let slice = lines[segment]
            guard isSOP(slice) else {
                for line in slice where line.kind != .blank {
                    diagnostics.append(Diagnostic(
                        .lineOutsideSteps,
                        "line belongs to no SOP; ignored: \"\(ProcedureTableParser.excerpt(line.text))\"",
                        file: file, at: SourceLocation(line: line.number, column: line.firstFilledCell?.column ?? 1)))
                }
                continue
            }
            sops.append(parseSOP(slice, file: file, ordinal: sops.count + 1, diagnostics: &diagnostics))
        }
        return (sops, diagnostics)
    }

    /// A segment is an SOP when it has a table header or at least two identity lines.
    private static func isSOP(_ lines: ArraySlice<Line>) -> Bool {
        var identityLines = 0
        for line in lines {
            if line.kind == .tableHeader { return true }
            if line.kind == .keyValue || line.kind == .listLabel { identityLines += 1 }
        }
        return identityLines >= 2
    }

    /// The SOP of `lines`, the `ordinal`-th of the file; its diagnostics are appended to `diagnostics`
    /// (the file's), not joined into an array of the SOP's first.
    private static func parseSOP(
        _ lines: ArraySlice<Line>, file: String, ordinal: Int, diagnostics: inout [Diagnostic]
    ) -> SOP {
        let headerIndex = lines.firstIndex { $0.kind == .tableHeader } ?? lines.endIndex
        var tableEnd = headerIndex
        while tableEnd < lines.endIndex, isTableLine(lines[tableEnd]) { tableEnd += 1 }
        var identity = IdentityBlockParser.parse(lines[lines.startIndex..<headerIndex], file: file)
        let table = ProcedureTableParser.parse(lines[headerIndex..<tableEnd], file: file)
        let (sections, unclaimed) = SectionParser.parse(lines[tableEnd...])
        diagnostics += identity.diagnostics
        diagnostics += table.diagnostics
        for line in unclaimed {
            diagnostics.append(Diagnostic(
                .lineOutsideSteps,
                "line after the procedure table belongs to no step or section; ignored: \"\(ProcedureTableParser.excerpt(line.text))\"",
                file: file, at: SourceLocation(line: line.number, column: line.firstFilledCell?.column ?? 1)))
        }
        // The first and last filled lines, found without gathering the filled lines into an array.
        let firstFilled = lines.first { $0.kind != .blank }
        let lastFilled = lines.last { $0.kind != .blank }
        let range = SourceRange(
            file: file, startLine: firstFilled?.number ?? lines.first?.number ?? 1,
            endLine: lastFilled?.number ?? lines.last?.number ?? 1)
        // The identity block's locations take the header's in place, not in a copy of their dictionary.
        identity.locations[.tableHeader] = table.headerLocation
        return SOP(
            id: Slug.sopID(number: identity.number, title: identity.title, ordinal: ordinal),
            title: identity.title, number: identity.number, agency: identity.agency, dates: identity.dates,
            approvedBy: identity.approver, legalBasis: identity.legalBasis, qualifications: identity.qualifications,
            relatedProcedures: identity.relatedProcedures, equipment: identity.equipment, warnings: identity.warnings,
            records: identity.records, roles: table.roles, steps: table.steps, sections: sections, source: range,
            locations: identity.locations)
    }

    private static func isTableLine(_ line: Line) -> Bool {
        switch line.kind {
        case .tableHeader, .tableSubheader, .stepRow, .continuation, .blank: true
        default: false
        }
    }
}
