/// What the identity block of one SOP gave.
struct IdentityBlock: Sendable {
    var title: String?
    var number: String?
    var agency: String?
    var dates = SOPDates()
    var approver = Approver()
    var legalBasis: [LegalReference] = []
    var qualifications: [String] = []
    var relatedProcedures: [String] = []
    var equipment: [String] = []
    var warnings: [String] = []
    var records: [String] = []
    var locations = SOPFieldLocations()
    var diagnostics: [Diagnostic] = []
}

/// Reads the identity block: labelled fields ("Nomor SOP : …"), the approver with name and NIP, the
/// agency lines, a bare title line, and the six lists in their layouts (two columns under a label row,
/// HTML lists in the label's cell, numbered lines under a label).
struct IdentityBlockParser {
    private let file: String
    private var block = IdentityBlock()
    private var agencyParts: [(text: String, line: Int)] = []
    private var bareTitle: (text: String, location: SourceLocation)?
    private var headingTitle: (text: String, location: SourceLocation)?
    private var listColumns: [(cellIndex: Int, label: IdentityLabel)] = []
    /// The chunks of each list, at the list's slot (`listSlot`): no dictionary to hash into, and the
    /// lists are read in their order without sorting.
    private var listChunks = [[ListChunk]](repeating: [], count: listLabels.count)
    private var approverOpen = false
    private var sawLabel = false

    /// A piece of list text: a line (possibly numbered "1. … 2. …"), or the items of an HTML list.
    private enum ListChunk {
        /// A line as the cell gave it; its value text (`valueText`) is worked out when the items are read.
        case line(String)
        /// A line whose value text was worked out when it was read, or whose text is known to be
        /// collapsed (`Cell.isKnownCollapsed`): `valueTextOfValueText` gives the value text of that,
        /// without a second pass over its bytes.
        case valueText(String)
        case htmlItems([String], glued: Bool)
    }

    /// A labelled field being read: its label, where it starts, and how many parts (the pieces of its
    /// value) it has; for a field that is not a list, also those parts joined. A list's parts are only
    /// counted (nothing joins them), and its chunks go to `listChunks` as they are read: no array is
    /// made for either.
    private struct PendingField {
        let label: IdentityLabel
        let location: SourceLocation
        /// How many parts the value has.
        var partCount = 0
        /// The parts joined by single spaces, as `joined(separator: " ")` joins them; empty for a list.
        var joinedParts = ""
        /// Whether the first part is the value text of a cell (`valueText`), whose value text
        /// `valueTextOfValueText` gives without reading its bytes again.
        var firstPartIsValueText = false

        /// Adds `part` to the value: counted, and for a field that is not a list joined to the parts
        /// before it in place.
        mutating func append(_ part: String) {
            if !label.isList {
                if partCount == 0 {
                    joinedParts = part
                } else {
                    joinedParts += " "
                    joinedParts += part
                }
            }
            partCount += 1
        }
    }

    private init(file: String) { self.file = file }

    /// Parses the identity lines of one SOP.
    static func parse(_ lines: ArraySlice<Line>, file: String) -> IdentityBlock {
        var parser = IdentityBlockParser(file: file)
        var afterBlank = false
        // The lines are read in place by index, not copied out one by one (most are only asked their kind).
        for index in lines.indices {
            let kind = lines[index].kind
            defer { afterBlank = kind == .blank }
            switch kind {
            case .blank:
                continue
            case .keyValue, .listLabel:
                parser.labelLine(lines[index])
            case .title where !parser.listColumns.isEmpty && !afterBlank && Self.isSOPNameItem(lines[index]):
                parser.textLine(lines[index])
            case .title:
                parser.listColumns.removeAll(keepingCapacity: true)
                parser.approverOpen = false
                if parser.headingTitle == nil, let cell = lines[index].firstFilledCell {
                    parser.headingTitle = (cell.text, cell.location)
                }
            default:
                parser.textLine(lines[index])
            }
        }
        return parser.finish()
    }

    /// "SOP Pengarsipan Surat Keluar": the name of a related SOP, an item of Keterkaitan, not a title.
    private static func isSOPNameItem(_ line: Line) -> Bool {
        line.cells.reduce(0) { $0 + ($1.isEmpty ? 0 : 1) } == 1 && TextFolding.key(line.text).hasPrefix("sop ")
    }

    // MARK: Lines

    private mutating func labelLine(_ line: Line) {
        sawLabel = true
        var field: PendingField?
        // The list columns this line heads replace those of the lines before it, written into the same
        // storage (nothing in this line reads them), not into an array made for each label line.
        listColumns.removeAll(keepingCapacity: true)
        // The first filled cell's label is the one the classifier found (`Line.leadingLabel`).
        var isFirstFilledCell = true
        // The filled cells are read in place, not gathered into an array of copies first.
        for (index, cell) in line.cells.enumerated() where !cell.isEmpty {
            let found = isFirstFilledCell
                ? line.leadingLabel.match(in: cell) : Vocabulary.identityLabelOffset(at: cell.leadText, allowWeakWithoutColon: false)
            isFirstFilledCell = false
            if let match = found, field == nil || field!.partCount > 0 || !isWeak(match, in: cell) {
                if let field { finish(field) }
                // Only a list reads its chunks; any other field reads its parts alone.
                let isList = match.label.isList
                let slot = Self.listSlot(match.label)
                var newField = PendingField(label: match.label, location: cell.location)
                let rest = Self.trimmingASCIIWhitespace(cell.leadText, from: match.restStart)
                if !rest.isEmpty {
                    newField.append(rest)
                    if isList { listChunks[slot].append(.line(rest)) }
                }
                if !cell.listItems.isEmpty {
                    if isList { listChunks[slot].append(.htmlItems(cell.listItems, glued: cell.hasGluedList)) }
                    for item in cell.listItems { newField.append(item) }
                }
                // A list label without a value in its cell heads a column of items below it.
                if isList, rest.isEmpty, cell.listItems.isEmpty { listColumns.append((index, match.label)) }
                field = newField
            } else if field != nil {
                // The field is changed in place; the value text is worked out once.
                let value = Self.valueText(of: cell)
                if field!.partCount == 0 { field!.firstPartIsValueText = true }
                field!.append(value)
                if field!.label.isList {
                    let slot = Self.listSlot(field!.label)
                    if cell.listItems.isEmpty {
                        listChunks[slot].append(.valueText(value))
                    } else {
                        if !cell.leadText.isEmpty { listChunks[slot].append(.valueText(Self.valueText(cell.leadText))) }
                        listChunks[slot].append(.htmlItems(cell.listItems, glued: cell.hasGluedList))
                    }
                }
            } else if TextFolding.isUpperCase(cell.text) {
                addAgencyPart(cell.text, at: cell.location)
            }
        }
        if let field { finish(field) }
    }

    /// A weak label ("Keterangan") in the value position of another label is a value: `match`, the
    /// label `Vocabulary.identityLabelOffset(at: cell.leadText)` found, has no colon and the cell's lead
    /// text is one word.
    private func isWeak(_ match: Vocabulary.ByteLabelMatch, in cell: Cell) -> Bool {
        !match.hadColon && FoldedKey.words(cell.leadText).count <= 1
    }

    private mutating func textLine(_ line: Line) {
        if !listColumns.isEmpty {
            // The filled cells are read in place, not gathered into an array of copies first.
            for (index, cell) in line.cells.enumerated() where !cell.isEmpty {
                let label = listColumns.last { $0.cellIndex <= index }?.label ?? listColumns[0].label
                if cell.listItems.isEmpty {
                    // A collapsed text is its own value text but for a leading colon, as `.valueText` reads it.
                    listChunks[Self.listSlot(label)].append(cell.isKnownCollapsed ? .valueText(cell.text) : .line(cell.text))
                } else {
                    if !cell.leadText.isEmpty { listChunks[Self.listSlot(label)].append(.line(cell.leadText)) }
                    listChunks[Self.listSlot(label)].append(.htmlItems(cell.listItems, glued: cell.hasGluedList))
                }
            }
            return
        }
        // The first filled cell: a text line has one. When it is the only one, it is the line's text,
        // which is then not joined again.
        let first = line.cells.firstIndex { !$0.isEmpty }!
        let isOnlyFilledCell = !line.cells[(first + 1)...].contains { !$0.isEmpty }
        let text = isOnlyFilledCell ? line.cells[first].text : line.text
        let location = line.cells[first].location
        if approverOpen, Self.nipRange(in: text) != nil || PersonName.looksLikeName(text) {
            approverDetail(text, at: location)
            return
        }
        if TextFolding.isUpperCase(text), block.title == nil, bareTitle == nil,
            AgencyName.isUnitName(text) || !PersonName.looksLikeName(text) || agencyParts.isEmpty && !sawLabel
        {
            addAgencyPart(text, at: location)
            return
        }
        if block.title == nil, bareTitle == nil, FoldedKey.spaceSeparated(text[...]).count >= 2 {
            bareTitle = (Self.valueText(text), location)
            return
        }
        block.diagnostics.append(Diagnostic(
            .lineOutsideSteps,
            "line in the identity block not recognised; ignored: \"\(ProcedureTableParser.excerpt(text))\"",
            file: file, at: location, severity: .note))
    }

    private mutating func addAgencyPart(_ text: String, at location: SourceLocation) {
        if agencyParts.isEmpty { block.locations[.agency] = location }
        agencyParts.append((text, location.line))
    }

    // MARK: Fields

    /// Records a field: a list's chunks are already in `listChunks` for `finish()`; any other field's
    /// joined parts are read into its value.
    private mutating func finish(_ field: PendingField) {
        if field.label.isList {
            setLocation(field.label.listField, field.location)
            return
        }
        // A part that is already a cell's value text (the only one) is not read again.
        let value =
            field.partCount == 1 && field.firstPartIsValueText
            ? Self.valueTextOfValueText(field.joinedParts) : Self.valueText(field.joinedParts)
        switch field.label {
        case .number:
            setLocation(.number, field.location)
            block.number = Self.isPlaceholder(value) ? nil : value
        case .title:
            setLocation(.title, field.location)
            if !Self.isPlaceholder(value) { block.title = value }
        case .agency:
            if !Self.isPlaceholder(value) {
                block.agency = value
                block.locations[.agency] = field.location
            }
        case .created: block.dates.created = date(value, .created, field.location)
        case .revised: block.dates.revised = date(value, .revised, field.location)
        case .effective: block.dates.effective = date(value, .effective, field.location)
        case .approved: block.dates.approved = date(value, .approved, field.location)
        case .approver:
            setLocation(.approver, field.location)
            approverOpen = true
            if !Self.isPlaceholder(value) { approverFirstLine(value, at: field.location) }
        case .approverName:
            if !Self.isPlaceholder(value) { block.approver.name = value }
        case .approverNIP:
            if let digits = NIP.digits(in: value) ?? (value.allSatisfy(\.isNumber) && !value.isEmpty ? value : nil) {
                block.approver.nip = digits
                block.locations[.nip] = field.location
                approverOpen = false
            }
        case .legalBasis, .qualifications, .relatedProcedures, .equipment, .warnings, .records:
            // Recorded above, before the value was joined.
            break
        }
    }

    /// Records `location` for `field` unless the field has one.
    private mutating func setLocation(_ field: SOPField, _ location: SourceLocation) {
        if block.locations[field] == nil { block.locations[field] = location }
    }

    private mutating func date(_ value: String, _ field: SOPField, _ location: SourceLocation) -> PartialDate? {
        setLocation(field, location)
        switch IndonesianDate.parse(value) {
        case .none: return nil
        case .date(let date): return date
        case .unreadable:
            block.diagnostics.append(Diagnostic(
                .unreadableDate, "\(Self.label(of: field)) \"\(value)\" is not a date SOPKit can read",
                file: file, at: location))
            return nil
        }
    }

    private static func label(of field: SOPField) -> String {
        switch field {
        case .created: "Tanggal Pembuatan"
        case .revised: "Tanggal Revisi"
        case .effective: "Tanggal Efektif"
        case .approved: "Tanggal Pengesahan"
        default: field.rawValue
        }
    }

    // MARK: Approver

    private mutating func approverFirstLine(_ text: String, at location: SourceLocation) {
        var before = text
        if let nip = Self.nipRange(in: text) {
            block.approver.nip = NIP.digits(in: text[nip])
            block.locations[.nip] = location
            before = Self.trimmingWhiteSpaceAndCommas(text[..<nip.lowerBound])
            approverOpen = false
        }
        if let (position, name) = PersonName.splitPositionAndName(before) {
            block.approver.position = position
            block.approver.name = name
        } else if !before.isEmpty {
            block.approver.position = before
        }
    }

    private mutating func approverDetail(_ text: String, at location: SourceLocation) {
        var before = text
        if let nip = Self.nipRange(in: text) {
            block.approver.nip = NIP.digits(in: text[nip])
            block.locations[.nip] = location
            before = Self.trimmingWhiteSpaceAndCommas(text[..<nip.lowerBound])
            approverOpen = false
        }
        if !before.isEmpty {
            if block.approver.name == nil {
                block.approver.name = before
            } else {
                block.approver.name! += " " + before
            }
        }
    }

    /// `TextFolding.trim(text, punctuation: [","])`: ASCII white space and commas removed from both ends,
    /// read on the bytes, without a set of characters built and hashed for every call.
    static func trimmingWhiteSpaceAndCommas(_ text: Substring) -> String {
        let utf8 = text.utf8
        func isTrimmed(_ byte: UInt8) -> Bool { TextFolding.isASCIIWhitespace(byte) || byte == UInt8(ascii: ",") }
        var start = utf8.startIndex
        var end = utf8.endIndex
        while start != end, isTrimmed(utf8[start]) { start = utf8.index(after: start) }
        while end != start, isTrimmed(utf8[utf8.index(before: end)]) { end = utf8.index(before: end) }
        return String(text[start..<end])
    }

    /// `TextFolding.trim(text)`: ASCII white space removed from both ends, read on the bytes in place
    /// (not through the substring's indices), without a set of punctuation asked about each end byte;
    /// what is left is cut at ASCII bytes, so its bytes make the same string (`String(utf8Bytes:)`).
    static func trimmingASCIIWhitespace(_ text: Substring) -> String {
        var text = text
        return text.withUTF8 { trimmingASCIIWhitespace($0, from: 0) }
    }

    /// `trimmingASCIIWhitespace` of the bytes of `text` from the UTF-8 offset `start` (a label's value,
    /// `Vocabulary.ByteLabelMatch.restStart`), read in place without a substring cut first.
    static func trimmingASCIIWhitespace(_ text: String, from start: Int) -> String {
        var text = text
        return text.withUTF8 { trimmingASCIIWhitespace($0, from: start) }
    }

    /// The bytes of `bytes` from `start` (at most their count) without the ASCII white space at either
    /// end, as a string.
    private static func trimmingASCIIWhitespace(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> String {
        precondition(start >= 0 && start <= bytes.count, "offset out of the text")
        var start = start
        var end = bytes.count
        while start < end, TextFolding.isASCIIWhitespace(bytes[start]) { start += 1 }
        while end > start, TextFolding.isASCIIWhitespace(bytes[end - 1]) { end -= 1 }
        return String(utf8Bytes: UnsafeBufferPointer(rebasing: bytes[start..<end]))
    }

    /// The range from "NIP" to the end of `text`, when "NIP" (a word of its own) is followed by digits.
    static func nipRange(in text: String) -> Range<String.Index>? {
        let utf8 = text.utf8
        guard case .some(.some(let offset)) = utf8.withContiguousStorageIfAvailable(asciiNIPOffset) else {
            return nipRangeComparingCharacters(in: text)
        }
        return offset.map { utf8.index(utf8.startIndex, offsetBy: $0)..<text.endIndex }
    }

    /// `nipRange(in:)` of a text given by its UTF-8 bytes, as the offset where "NIP" starts: `.some(nil)`
    /// when there is none, nil when the text is not ASCII (where a character may be more than a byte).
    /// Both are read eight bytes at a time: the check for bytes outside ASCII, then the search for an "n"
    /// or "N" (`isNIPLabel` asked only there).
    private static func asciiNIPOffset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int?? {
        guard FoldedKey.isASCII(bytes) else { return nil }
        guard let base = UnsafeRawPointer(bytes.baseAddress) else { return .some(nil) }
        var start = 0
        while start + 8 <= bytes.count {
            let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: start, as: UInt64.self))
            // "N" and "n" alone give "n" with 0x20 set.
            var candidates = SourceText.equalBytes(word | 0x2020_2020_2020_2020, UInt8(ascii: "n"))
            while candidates != 0 {
                let offset = start + candidates.trailingZeroBitCount >> 3
                if isNIPLabel(bytes, at: offset) { return .some(offset) }
                candidates &= candidates &- 1
            }
            start += 8
        }
        while start < bytes.count {
            if bytes[start] | 0x20 == UInt8(ascii: "n"), isNIPLabel(bytes, at: start) { return .some(start) }
            start += 1
        }
        return .some(nil)
    }

    /// Whether "NIP" (in any case) starts at `offset` of ASCII `bytes`, not after a letter, and is
    /// followed, after any dots, colons and spaces, by a digit.
    @inline(__always)
    private static func isNIPLabel(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
        guard offset + 2 < bytes.count, bytes[offset + 1] | 0x20 == UInt8(ascii: "i"),
            bytes[offset + 2] | 0x20 == UInt8(ascii: "p"), offset == 0 || !isLetter(bytes[offset - 1])
        else { return false }
        var after = offset + 3
        while after < bytes.count, bytes[after] == UInt8(ascii: ".") || bytes[after] == UInt8(ascii: ":")
            || bytes[after] == UInt8(ascii: " ")
        {
            after += 1
        }
        return after < bytes.count && bytes[after] >= 0x30 && bytes[after] <= 0x39
    }

    /// `nipRange(in:)` decided on the characters of `text`.
    private static func nipRangeComparingCharacters(in text: String) -> Range<String.Index>? {
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "N" || text[index] == "n", text[index...].prefix(3).uppercased() == "NIP",
                index == text.startIndex || !text[text.index(before: index)].isLetter
            {
                let afterLabel = text[text.index(index, offsetBy: 3)...].drop { $0 == "." || $0 == ":" || $0 == " " }
                if let first = afterLabel.first, first.isNumber { return index..<text.endIndex }
            }
            index = text.index(after: index)
        }
        return nil
    }

    // MARK: Lists

    /// Items from the chunks of one list: HTML items (split when glued), numbered lines ("1. … 2. …"),
    /// and unnumbered lines, which continue a numbered item or stand as items of their own.
    private static func items(of chunks: [ListChunk]) -> [String] {
        var items: [String] = []
        // Room for a list of the usual length from the start, not grown a doubling at a time.
        items.reserveCapacity(usualListLength)
        var numbered = false
        for chunk in chunks {
            switch chunk {
            case .htmlItems(let htmlItems, let glued):
                // An item that is not glued is appended as it is, not through an array of its own.
                for item in htmlItems {
                    if glued {
                        ListSplitter.appendGluedItems(of: item, to: &items)
                    } else {
                        items.append(Self.trimmingASCIIWhitespace(item[...]))
                    }
                }
            case .line(let text), .valueText(let text):
                let value: String
                if case .valueText = chunk { value = valueTextOfValueText(text) } else { value = valueText(text) }
                guard !isPlaceholder(value) else { continue }
                if ListSplitter.startsWithMarker(value) {
                    numbered = true
                    // The items are appended in place; one item alone is the line without its marker.
                    let itemsBefore = items.count
                    ListSplitter.appendNumberedItems(of: value, to: &items)
                    if items.count - itemsBefore < 2 {
                        items.removeSubrange(itemsBefore...)
                        items.append(ListSplitter.removingMarker(value))
                    }
                } else if numbered, !items.isEmpty {
                    // The separator and the line are appended to the item in place, not joined first.
                    if !items[items.count - 1].hasSuffix("-") { items[items.count - 1] += " " }
                    items[items.count - 1] += value
                } else if !items.isEmpty, continues(items[items.count - 1], with: value) {
                    items[items.count - 1] += " "
                    items[items.count - 1] += value
                } else {
                    items.append(value)
                }
            }
        }
        items.removeAll(where: \.isEmpty)
        return items
    }

    /// How many items `items(of:)` makes room for at once: more than most lists of an identity block hold.
    private static let usualListLength = 8

    /// Whether an unnumbered line continues the previous item: it starts in lower case, or the
    /// previous item ends mid-sentence.
    private static func continues(_ previous: String, with next: String) -> Bool {
        guard let first = next.first else { return false }
        if first.isLowercase || first.isNumber { return true }
        if let last = previous.last, last == "," || last == "-" || last == "(" { return true }
        switch TextFolding.lastWord(of: previous).lowercased() {
        case "dan", "atau", "tentang", "nomor", "tahun", "dengan", "serta", "yang", "di", "ke", "dari", "pada",
            "untuk", "dalam", "atas", "the", "of":
            return true
        default:
            return false
        }
    }

    // MARK: Finish

    private mutating func finish() -> IdentityBlock {
        if block.title == nil, let bareTitle {
            block.title = bareTitle.text
            block.locations[.title] = bareTitle.location
        }
        if block.title == nil, let headingTitle {
            block.title = Self.titleFromHeading(headingTitle.text)
            block.locations[.title] = headingTitle.location
        }
        if block.agency == nil, !agencyParts.isEmpty {
            block.agency = AgencyName.compose(agencyParts)
        }
        for (slot, chunks) in listChunks.enumerated() where !chunks.isEmpty {
            let label = Self.listLabels[slot]
            let items = Self.items(of: chunks)
            let glued = chunks.reduce(0) { count, chunk in
                if case .htmlItems(let htmlItems, true) = chunk { return count + htmlItems.count }
                return count
            }
            if glued > 0, items.count > glued {
                block.diagnostics.append(Diagnostic(
                    .listItemsSplit,
                    "\(Self.name(of: label)): \(items.count) items split from a list whose items were glued together",
                    file: file, at: block.locations[label.listField] ?? .wholeFile))
            }
            switch label {
            case .legalBasis: block.legalBasis = items.map(LegalReferenceParser.parse)
            case .qualifications: block.qualifications = items
            case .relatedProcedures: block.relatedProcedures = items
            case .equipment: block.equipment = items
            case .warnings: block.warnings = items
            case .records: block.records = items
            default: break
            }
        }
        return block
    }

    /// The lists in their order in the identity block, which is the order of their diagnostics.
    private static let listLabels: [IdentityLabel] = [
        .legalBasis, .qualifications, .relatedProcedures, .equipment, .warnings, .records,
    ]

    /// The position of `label` in `listLabels`: a list label's slot in `listChunks` (labels that are
    /// not lists never reach the lists; they would share the last slot, as `listField` maps them).
    private static func listSlot(_ label: IdentityLabel) -> Int {
        switch label {
        case .legalBasis: 0
        case .qualifications: 1
        case .relatedProcedures: 2
        case .equipment: 3
        case .warnings: 4
        default: 5
        }
    }

    private static func name(of label: IdentityLabel) -> String {
        switch label {
        case .legalBasis: "Dasar Hukum"
        case .qualifications: "Kualifikasi Pelaksana"
        case .relatedProcedures: "Keterkaitan"
        case .equipment: "Peralatan/Perlengkapan"
        case .warnings: "Peringatan"
        default: "Pencatatan dan Pendataan"
        }
    }

    /// "## Standar Operasional Prosedur Penyusunan IKU" → "Penyusunan IKU".
    static func titleFromHeading(_ text: String) -> String {
        var rest = Substring(text).drop { $0 == "#" || $0 == " " }
        for prefix in ["standar operasional prosedur", "standard operasional prosedur", "sop"] {
            let key = TextFolding.key(rest.prefix(prefix.count + 2))
            if key.hasPrefix(prefix) {
                rest = rest.dropFirst(prefix.count).drop { $0 == " " || $0 == ":" || $0 == "-" }
                break
            }
        }
        return TextFolding.collapseWhitespace(rest)
    }

    /// A value cell's text without a leading colon: a text already collapsed (checked eight bytes at a
    /// time) is copied as it is, any other has its white space collapsed without being checked again.
    static func valueText(_ text: some StringProtocol) -> String {
        let rest = TextFolding.droppingLeadingColonsAndSpaces(Substring(text))
        return rest.utf8.withContiguousStorageIfAvailable { bytes in
            TextFolding.isCollapsedReadingWords(bytes) ? String(rest) : collapsedText(bytes)
        } ?? TextFolding.collapseWhitespace(rest)
    }

    /// `valueText` of a string: when it starts with neither a colon nor a space (nothing to drop) and
    /// its white space is already collapsed (checked eight bytes at a time), the string itself, without
    /// a copy (the generic path would copy it out of a substring); else its white space collapsed.
    static func valueText(_ text: String) -> String {
        guard let first = text.firstUTF8Byte, first != UInt8(ascii: ":"), first != UInt8(ascii: " ") else {
            return valueText(Substring(text))
        }
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            TextFolding.isCollapsedReadingWords(bytes) ? text : collapsedText(bytes)
        } ?? TextFolding.collapseWhitespace(text)
    }

    /// `TextFolding.collapseWhitespace` of text whose bytes `bytes` are known not to be collapsed
    /// already: written out at once, without the check `collapseWhitespace` would make again.
    private static func collapsedText(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { TextFolding.writeCollapsedWhitespace(bytes, to: $0) }
    }

    /// `valueText(cell.text)`, without reading the text's bytes again when the lexer found it collapsed
    /// (`Cell.isKnownCollapsed`): the text itself; after a leading colon, the rest from the first byte
    /// that is neither a colon nor a space, which (a suffix of a collapsed text starting with neither)
    /// is collapsed and its own value text.
    static func valueText(of cell: Cell) -> String {
        guard cell.isKnownCollapsed else { return valueText(cell.text) }
        var text = cell.text
        guard text.firstUTF8Byte == UInt8(ascii: ":") else { return text }
        // The colons and spaces are dropped on the bytes in place (`afterLeadingColonsAndSpaces`);
        // only a colon or space before a byte outside ASCII is left to the characters.
        if let rest = text.withUTF8({ bytes in
            Self.afterLeadingColonsAndSpaces(bytes).map { String(utf8Bytes: UnsafeBufferPointer(rebasing: bytes[$0...])) }
        }) {
            return rest
        }
        let rest = TextFolding.droppingLeadingColonsAndSpaces(Substring(text))
        guard let first = rest.utf8.first else { return "" }
        // Only a leading character of a colon or space and a combining mark stops the drop at either.
        guard first != UInt8(ascii: ":"), first != UInt8(ascii: " ") else { return valueText(text) }
        return String(rest)
    }

    /// Where the text of UTF-8 `bytes` goes on after its leading ":" and " " bytes, when each of them is
    /// followed by an ASCII byte or by nothing (no combining mark can join it into a larger character,
    /// as `TextFolding.droppingLeadingColonsAndSpaces` reads them): the offset of the first other byte,
    /// which is then ASCII, or the end; nil when a colon or space before a byte outside ASCII stops
    /// the drop, which the characters decide.
    static func afterLeadingColonsAndSpaces(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var offset = 0
        while offset < bytes.count, bytes[offset] == UInt8(ascii: ":") || bytes[offset] == UInt8(ascii: " ") {
            guard offset + 1 == bytes.count || bytes[offset + 1] < 0x80 else { return nil }
            offset += 1
        }
        return offset
    }

    /// `valueText(value)` of a `value` that is itself a value text, without reading its bytes: a value
    /// text has no white space to collapse and starts with no space, so only a leading colon (which
    /// collapsing white space can bring to the front, as in ":\u{A0}: 12") changes it again.
    static func valueTextOfValueText(_ value: String) -> String {
        value.firstUTF8Byte == UInt8(ascii: ":") ? valueText(value) : value
    }

    /// "-", "–", "…" or nothing: no value.
    ///
    /// Read on the UTF-8 bytes: the text must be made of "-", ".", " ", "–", "—" and "…" alone, and
    /// each of those scalars is a character of its own next to any other of them. Most values start
    /// with a byte none of those starts with, and are answered from it alone.
    static func isPlaceholder(_ value: String) -> Bool {
        if let first = value.firstUTF8Byte, first != 0x2D, first != 0x2E, first != 0x20, first != 0xE2 {
            return false
        }
        var bytes = value.utf8.makeIterator()
        while let byte = bytes.next() {
            if byte == 0x2D || byte == 0x2E || byte == 0x20 { continue }
            // U+2013 and U+2014 are E2 80 93 and E2 80 94; U+2026 is E2 80 A6.
            guard byte == 0xE2, bytes.next() == 0x80, let last = bytes.next(), last == 0x93 || last == 0x94 || last == 0xA6
            else { return false }
        }
        return true
    }
}
