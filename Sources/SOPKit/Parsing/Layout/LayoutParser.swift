/// Parses `pdftotext -layout` output of SOP PDFs: splits the file into SOPs at the pages that hold
/// an identity block, and reads each SOP's identity block, lists and procedure table by the
/// character positions of its text.
enum LayoutParser {
    /// Parses the layout text `source`.
    static func parse(_ source: SourceText) -> (sops: [SOP], diagnostics: [Diagnostic]) {
        let lines = LayoutLine.lines(of: source)
        var sops: [SOP] = []
        var diagnostics: [Diagnostic] = []
        for segment in segments(lines) {
            let part = Array(lines[segment])
            guard let sop = parseSOP(part, file: source.file, ordinal: sops.count + 1, diagnostics: &diagnostics) else {
                continue
            }
            sops.append(sop)
        }
        return (sops, diagnostics)
    }

    /// Each SOP starts on a page that holds "Nomor SOP", unless the number printed there is the one
    /// of the SOP before (an identity block repeated at the top of every page).
    static func segments(_ lines: [LayoutLine]) -> [Range<Int>] {
        var starts: [Int] = []
        var currentNumber: String?
        var index = 0
        while index < lines.count {
            let page = lines[index].page
            var end = index
            var pageNumber: String??
            while end < lines.count, lines[end].page == page {
                if pageNumber == nil, let number = sopNumber(on: lines[end]) { pageNumber = .some(number) }
                end += 1
            }
            if starts.isEmpty {
                starts.append(index)
                currentNumber = pageNumber ?? nil
            } else if let number = pageNumber, number == nil || number != currentNumber {
                starts.append(index)
                currentNumber = number
            }
            index = end
        }
        return starts.enumerated().map { position, start in
            start..<(position + 1 < starts.count ? starts[position + 1] : lines.count)
        }
    }

    /// The value after a "Nomor SOP" label on `line` (nil inside when the value is empty), or nil when
    /// the line has no such label.
    private static func sopNumber(on line: LayoutLine) -> String?? {
        for (position, chunk) in line.chunks.enumerated() {
            guard let match = Vocabulary.identityLabel(at: chunk.text), match.label == .number, !match.isWeak else {
                continue
            }
            let rest = TextFolding.trim(match.rest)
            if !rest.isEmpty { return .some(TextFolding.key(rest)) }
            let value = line.chunks[(position + 1)...].map(\.text).filter { $0 != ":" }.first
            return .some(value.map { TextFolding.key($0) })
        }
        return nil
    }

    private static func parseSOP(_ lines: [LayoutLine], file: String, ordinal: Int, diagnostics: inout [Diagnostic]) -> SOP? {
        let anchor = lines.firstIndex(where: LayoutHeader.isAnchor)
        let header = anchor.map { LayoutHeader.read(lines, anchor: $0) }
        let identityEnd = header?.lines.lowerBound ?? lines.count
        let (identity, sections) = LayoutIdentityParser.parse(Array(lines[..<identityEnd]), file: file)
        var table = ProcedureTable()
        if let header {
            table = LayoutTableParser.parse(lines[header.lines.upperBound...], header: header, file: file)
        }
        guard !table.steps.isEmpty || identity.title != nil || identity.number != nil else { return nil }
        diagnostics += identity.diagnostics + table.diagnostics
        let filled = lines.filter { !$0.isBlank && !$0.isPageFurniture }
        var sop = SOP(
            id: Slug.sopID(number: identity.number, title: identity.title, ordinal: ordinal), title: identity.title,
            number: identity.number, agency: identity.agency, dates: identity.dates, approvedBy: identity.approver,
            legalBasis: identity.legalBasis, qualifications: identity.qualifications,
            relatedProcedures: identity.relatedProcedures, equipment: identity.equipment, warnings: identity.warnings,
            records: identity.records, roles: table.roles, steps: table.steps, sections: sections,
            source: SourceRange(file: file, startLine: filled.first?.number ?? 1, endLine: filled.last?.number ?? 1),
            locations: identity.locations)
        sop.locations[.tableHeader] = table.headerLocation
        sop.format = .layout
        return sop
    }
}

extension FormatDetector {
    /// Whether `source` is `pdftotext -layout` output: no tabs, and columns set with runs of spaces —
    /// four or more spaces between words, or ten or more before the first word — on at least 30% of
    /// the non-blank lines (10% when the electronic-signature footer of signed PDFs is present).
    static func isLayout(_ source: SourceText) -> Bool {
        guard !source.bytes.contains(0x09) else { return false }
        var filled = 0
        var spaced = 0
        var footer = false
        for number in 1...max(source.lineCount, 1) where number <= source.lineCount {
            let chunks = LayoutLine.chunks(of: Substring(source.line(number)))
            guard let first = chunks.first else { continue }
            filled += 1
            if LayoutLine.isFooter(first.text) { footer = true }
            if first.start >= 10 || zip(chunks, chunks.dropFirst()).contains(where: { $1.start - $0.end >= 4 }) {
                spaced += 1
            }
        }
        guard filled >= 5 else { return false }
        return spaced * 10 >= filled * 3 || footer && spaced * 10 >= filled
    }
}
