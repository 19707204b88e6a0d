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
            guard let match = LayoutLabel.strong(chunk), match.label == .number else {
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
    ///
    /// One pass over the bytes, measuring the gaps between chunks as `LayoutLine.chunks` cuts them
    /// without building their text, that stops as soon as the lines left cannot change the answer.
    static func isLayout(_ source: SourceText) -> Bool {
        source.bytes.withUnsafeBufferPointer { bytes in
            guard !LayoutBytes.containsTab(bytes) else { return false }
            var filled = 0
            var spaced = 0
            var footer = false
            for (offset, range) in source.lineRanges.enumerated() {
                let line = UnsafeBufferPointer(rebasing: bytes[range])
                if let spacing = LineSpacing(of: line, needsFooter: !footer) {
                    filled += 1
                    if spacing.isSpaced { spaced += 1 }
                    if !footer, spacing.mayBeFooter, let first = LayoutLine.chunks(utf8: line).first {
                        footer = LayoutLine.isFooter(first.text)
                    }
                }
                // Every line left could be blank, or filled and spaced (and the footer).
                let left = source.lineCount - offset - 1
                if filled >= 5, spaced * 10 >= (filled + left) * 3 { return true }
                if filled + left < 5 || (spaced + left) * 10 < filled + left { return false }
            }
            return filled >= 5 && (spaced * 10 >= filled * 3 || footer && spaced * 10 >= filled)
        }
    }

    /// How a line of layout text is spaced, read from its bytes.
    struct LineSpacing {
        /// Whether the first chunk starts at column 10 or later, or two chunks stand four or more
        /// columns apart.
        var isSpaced = false
        /// Whether the line may be the signature footer: the first letter or digit on the line is a
        /// "d" or a "p" in either case.
        var mayBeFooter = false

        /// The spacing of `line`, or nil when it holds no text. Reading stops once the spacing is
        /// known and, when `needsFooter`, the first letter or digit too.
        init?(of line: UnsafeBufferPointer<UInt8>, needsFooter: Bool) {
            var column = 0
            var pendingSpaces = 0
            var chunkStart = 0
            var scalarCount = 0
            var firstKeyByte: UInt8?
            var index = 0
            while index < line.count {
                let byte = line[index]
                if byte == 0x20 || byte == 0x09 {
                    pendingSpaces += 1
                    column += 1
                    index += 1
                    continue
                }
                if byte < 0x20 {
                    column += 1
                    index += 1
                    continue
                }
                let length = LayoutBytes.scalarLength(line, at: index)
                guard length > 0 else {
                    guard let spacing = Self(chunks: LayoutLine.chunks(utf8: line)) else { return nil }
                    self = spacing
                    return
                }
                index += length
                if length == 2, byte == 0xC2, line[index - 1] == 0xA0 {
                    pendingSpaces += 1
                    column += 1
                    continue
                }
                if firstKeyByte == nil, byte >= 0x80 || LayoutBytes.isASCIIAlphanumeric(byte) {
                    firstKeyByte = byte
                    mayBeFooter = byte | 0x20 == 0x64 || byte | 0x20 == 0x70
                }
                if scalarCount == 0 {
                    isSpaced = column >= 10
                    chunkStart = column
                } else if pendingSpaces >= 2 {
                    if column - (chunkStart + scalarCount) >= 4 { isSpaced = true }
                    chunkStart = column
                    scalarCount = 0
                } else if pendingSpaces == 1 {
                    scalarCount += 1
                }
                pendingSpaces = 0
                scalarCount += 1
                column += 1
                if isSpaced, !needsFooter || firstKeyByte != nil { return }
            }
            if scalarCount == 0 { return nil }
        }

        /// The spacing of a line from its chunks (a line that is not well-formed UTF-8); nil when it
        /// has none.
        private init?(chunks: [LayoutChunk]) {
            guard let first = chunks.first else { return nil }
            isSpaced = first.start >= 10 || zip(chunks, chunks.dropFirst()).contains { $1.start - $0.end >= 4 }
            mayBeFooter = true
        }
    }
}
