/// Reads the identity block of layout text: the labelled fields on the right half ("Nomor SOP",
/// "Tanggal Efektif", "Disahkan oleh" with the approver's name and NIP on their own lines, "NAMA SOP"
/// with its title wrapped above and below), the office name on the left, the paired lists side by
/// side, and titled sections ("Maksud dan tujuan: …").
struct LayoutIdentityParser {
    private let file: String
    private var block = IdentityBlock()
    private var sections: [Section] = []
    /// How many lines the approver's position spans so far (a long position wraps under its label).
    private var positionLines = 1
    /// The strong identity labels of the lines being read, in the order of their chunks, each with the
    /// first column of its chunk.
    private var strongLabels: [StrongLabel] = []
    /// For each chunk of the lines being read, line after line, the index in `strongLabels` of its strong
    /// label, or -1: a plain number per chunk, so that most chunks (none of them labels) hold nothing
    /// to copy or destroy.
    private var chunkLabels: [Int32] = []
    /// What was found on each line being read (`LineFacts`), in one buffer of plain values.
    private var lineFacts: [LineFacts] = []
    /// The list labels of the lines being read, line after line (each line's are the range
    /// `LineFacts.listLabels`).
    private var listLabels: [ListLabel] = []
    /// The sections the lines being read open, in line order (`LineFacts.section`).
    private var sectionsOpened: [Section] = []
    /// The lines of the list being read (`readLists`), kept with their room from list to list.
    private var listLines = LayoutListLines()
    /// The item of the list being read (`LayoutListReader.items`), kept with its room from list to list.
    private var listItem = ListItemText()
    /// The UTF-8 bytes of the value of the label being read (`read`): the text after the label and the
    /// value chunks beside it joined by single spaces, kept with their room from label to label.
    private var valueBytes: [UInt8] = []
    /// The pieces of each side of the paired lists being read (`readLists`), kept with their room from
    /// list to list.
    private var sides: [[ListPiece]] = []
    /// The starts of the columns of the side of a paired list being read (`appendSubColumnLines`), kept
    /// with their room from list to list.
    private var columnStarts: [Int] = []
    /// The columns where the sides of the paired lists being read split (`readLists`), kept with their
    /// room from list to list and emptied by forgetting their count.
    private var listSplits = PlainValueBuffer<Int>()

    /// A strong identity label of a chunk and the chunk's first column. A struct rather than a tuple, as
    /// are the other records kept in the parser's arrays, so that copying and destroying them takes
    /// the struct's own code instead of the runtime's generic tuple code.
    private struct StrongLabel {
        var match: LabelMatch
        var column: Int
    }

    /// A list label on a line: the field, the chunk it starts, the chunk's text after it.
    private struct ListLabel {
        var label: IdentityLabel
        var chunk: LayoutChunk
        var rest: Substring
    }

    /// A piece of a chunk under a paired list's labels, on the side it belongs to, and its line number.
    struct ListPiece {
        var line: Int
        var chunk: LayoutChunk
    }

    /// Where the facts of one line being read are kept: plain numbers into the parser's buffers.
    private struct LineFacts {
        /// Where the line's chunks start in `chunkLabels`.
        var firstChunk: Int
        /// The line's list labels: a range of `listLabels`.
        var listLabels: Range<Int>
        /// The index in `sectionsOpened` of the section the line opens, or -1.
        var section: Int
    }

    /// The lines of the identity block being read, numbered from 0: a slice of the file's lines, read
    /// where they are, or of a copy without the page furniture when a line is that.
    private struct BlockLines {
        /// The lines, indexed as in the array they are in.
        let lines: ArraySlice<LayoutLine>

        /// How many lines there are.
        var count: Int { lines.count }

        /// The indices of the lines, from 0.
        var indices: Range<Int> { 0..<lines.count }

        /// The line at `index` (0 for the first).
        subscript(index: Int) -> LayoutLine { lines[lines.startIndex + index] }

        /// The lines at the indices `range` (from 0), as a slice indexed as in the array they are in.
        subscript(range: Range<Int>) -> ArraySlice<LayoutLine> {
            lines[(lines.startIndex + range.lowerBound)..<(lines.startIndex + range.upperBound)]
        }
    }

    private init(file: String) { self.file = file }

    /// Parses the lines of one SOP before its procedure table: read where they are in the file's lines
    /// unless one of them is page furniture (rare before the table), when the others are copied into
    /// an array of their own.
    static func parse(_ lines: ArraySlice<LayoutLine>, file: String) -> (IdentityBlock, [Section]) {
        var parser = LayoutIdentityParser(file: file)
        // Read by index: a line bound by a for-in loop was copied (retained and released) once more.
        var furniture = lines.startIndex
        while furniture < lines.endIndex, !lines[furniture].isPageFurniture { furniture += 1 }
        guard furniture < lines.endIndex else {
            parser.read(BlockLines(lines: lines))
            return (parser.block, parser.sections)
        }
        var content: [LayoutLine] = []
        content.reserveCapacity(lines.count)
        content.append(contentsOf: lines[..<furniture])
        for index in (furniture + 1)..<lines.endIndex where !lines[index].isPageFurniture { content.append(lines[index]) }
        parser.read(BlockLines(lines: content[...]))
        return (parser.block, parser.sections)
    }

    private mutating func read(_ lines: BlockLines) {
        readFacts(lines)
        var labelColumn = Int.max
        for found in strongLabels where !found.match.label.isList { labelColumn = min(labelColumn, found.column) }
        var agencyParts: [(text: String, line: Int)] = []
        var approverOpen = false
        var titleColumn: Int?
        var valueColumn: Int?
        var titleLineIndex: Int?
        var index = 0
        var firstListIndex: Int?
        var sawLabel = false
        var unlabelledAbove: [(text: String, line: Int)] = []
        // Counts the lines that are blank or print on the left, so that a line printing only on the right
        // (the approver's position) does not split the office name around it.
        var leftLine = 0
        while index < lines.count {
            let line = lines[index]
            if line.isBlank || line.chunks.contains(where: { $0.start < labelColumn - 2 }) { leftLine += 1 }
            if lineFacts[index].section >= 0 {
                sections.append(sectionsOpened[lineFacts[index].section])
                index += 1
                continue
            }
            if !lineFacts[index].listLabels.isEmpty {
                firstListIndex = firstListIndex ?? index
                index = readLists(lines, from: index)
                continue
            }
            var position = 0
            var consumed = false
            while position < line.chunks.count {
                let chunk = line.chunks[position]
                guard chunk.start >= labelColumn - 2, let match = strongLabel(ofLine: index, at: position) else {
                    position += 1
                    continue
                }
                consumed = true
                sawLabel = true
                // The value's pieces (the text after the label, then the chunks up to the next label other
                // than a lone ":") joined by single spaces straight into `valueBytes`; of its first piece
                // only the column and its first characters are kept.
                valueBytes.removeAll(keepingCapacity: true)
                var firstPiece: (start: Int, startsWithColon: Bool, isColon: Bool)?
                let rest = IdentityBlockParser.trimmingASCIIWhitespace(match.rest)
                if !rest.isEmpty {
                    let startsWithColon = Self.startsWithColonCharacter(rest)
                    firstPiece = (chunk.end - rest.unicodeScalars.count, startsWithColon, startsWithColon && rest.utf8.count == 1)
                    valueBytes.append(contentsOf: rest.utf8)
                }
                position += 1
                while position < line.chunks.count, chunkLabels[lineFacts[index].firstChunk + position] < 0 {
                    let value = line.chunks[position]
                    if !value.isByte(0x3A) {
                        if firstPiece == nil {
                            firstPiece = (value.start, value.withUTF8(Self.startsWithColonCharacter(utf8:)), false)
                        } else {
                            valueBytes.append(0x20)
                        }
                        value.withUTF8 { valueBytes.append(contentsOf: $0) }
                    }
                    position += 1
                }
                let value = IdentityBlockParser.valueText(valueBytes.withUnsafeBufferPointer(String.init(utf8Bytes:)))
                let location = SourceLocation(line: line.number, column: chunk.start + 1)
                approverOpen = false
                field(match.label, value, at: location)
                if match.label == .approver {
                    approverOpen = true
                    positionAbove(unlabelledAbove, name: value, labelLine: line.number)
                }
                unlabelledAbove = []
                if match.label == .title, let firstPiece {
                    titleColumn = firstPiece.start + (firstPiece.startsWithColon ? 2 : 0)
                    titleLineIndex = index
                } else if match.label == .title, let valueColumn {
                    titleColumn = valueColumn
                    titleLineIndex = index
                }
                if let firstPiece, !firstPiece.isColon { valueColumn = firstPiece.start }
            }
            if consumed {
                // The chunks left of the labels' column: chunks run left to right, so no label or value
                // chunk read above is among them.
                for chunk in line.chunks where chunk.start < labelColumn - 2 && firstListIndex == nil && Self.isHeading(chunk) {
                    agencyParts.append((chunk.text, leftLine))
                    if agencyParts.count == 1 {
                        block.locations[.agency] = SourceLocation(line: line.number, column: chunk.start + 1)
                    }
                }
            } else {
                for chunk in line.chunks {
                    if chunk.start >= labelColumn - 2, sawLabel {
                        if approverOpen {
                            approverDetail(chunk.text, at: SourceLocation(line: line.number, column: chunk.start + 1))
                        } else {
                            unlabelledAbove.append((chunk.text, line.number))
                        }
                    } else if firstListIndex == nil, Self.isHeading(chunk) {
                        agencyParts.append((chunk.text, leftLine))
                        if agencyParts.count == 1 {
                            block.locations[.agency] = SourceLocation(line: line.number, column: chunk.start + 1)
                        }
                    }
                }
            }
            index += 1
        }
        if let titleColumn, let titleLineIndex { wrapTitle(lines, at: titleLineIndex, column: titleColumn, labelColumn: labelColumn) }
        block.agency = Self.agency(agencyParts)
    }

    /// Reads, in one pass over `lines`, the strong label of each chunk, the list labels of each line and
    /// the section each line opens, into the parser's flat buffers (`lineFacts`).
    private mutating func readFacts(_ lines: BlockLines) {
        chunkLabels.reserveCapacity(lines.lines.reduce(0) { $0 + $1.chunks.count })
        // Room for the strong labels of a usual identity block (about a dozen) from the start.
        strongLabels.reserveCapacity(16)
        // And for the list labels of a usual block (two or three lines of two labels).
        listLabels.reserveCapacity(8)
        lineFacts.reserveCapacity(lines.count)
        // The lines and their chunks read where they are, by index: bound by a for-in loop, each line
        // was copied (its chunks retained and released) twice, and each chunk once.
        for index in lines.indices {
            let firstChunk = chunkLabels.count
            var hasListLabel = false
            for position in lines[index].chunks.indices {
                guard let match = LayoutLabel.strong(lines[index].chunks[position]) else {
                    chunkLabels.append(-1)
                    continue
                }
                hasListLabel = hasListLabel || match.label.isList
                chunkLabels.append(Int32(strongLabels.count))
                strongLabels.append(StrongLabel(match: match, column: lines[index].chunks[position].start))
            }
            let firstListLabel = listLabels.count
            if hasListLabel { appendListLabels(of: lines[index], firstChunk: firstChunk) }
            var section = -1
            if let opened = Self.section(lines[index]) {
                section = sectionsOpened.count
                sectionsOpened.append(Section(title: opened.title, text: opened.text))
            }
            lineFacts.append(LineFacts(firstChunk: firstChunk, listLabels: firstListLabel..<listLabels.count, section: section))
        }
    }

    /// The strong identity label of the chunk at `position` of line `index` of the lines being read.
    private func strongLabel(ofLine index: Int, at position: Int) -> LabelMatch? {
        let label = chunkLabels[lineFacts[index].firstChunk + position]
        return label < 0 ? nil : strongLabels[Int(label)].match
    }

    /// Whether `text` starts with the character ":" (`text.hasPrefix(":")`), read from its first bytes
    /// when they decide it: a colon followed by the end or by an ASCII byte is a character of its own.
    static func startsWithColonCharacter(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard utf8.first == 0x3A else { return false }
        if let second = utf8.dropFirst().first, second >= 0x80 { return text.hasPrefix(":") }
        return true
    }

    /// `startsWithColonCharacter` of the text whose UTF-8 bytes are `bytes`.
    static func startsWithColonCharacter(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.first == 0x3A else { return false }
        guard bytes.count > 1, bytes[1] >= 0x80 else { return true }
        return String(decoding: bytes, as: UTF8.self).hasPrefix(":")
    }

    /// An upper-case heading line of the office name, not the large "SOP" of the logo.
    private static func isHeading(_ text: String) -> Bool {
        TextFolding.isUpperCase(text) && !spellsSOP(text)
    }

    /// `isHeading(chunk.text)`, read from the chunk's bytes when they are plain ASCII
    /// (`isHeading(asciiBytes:)`): the text is built only for a chunk with other bytes.
    static func isHeading(_ chunk: LayoutChunk) -> Bool {
        chunk.withUTF8(isHeading(asciiBytes:)) ?? isHeading(chunk.text)
    }

    /// `isHeading` of the text whose UTF-8 bytes are `bytes`, or nil when a byte is outside ASCII.
    /// A plain ASCII text is upper case as `TextFolding.isUpperCaseASCII` reads it, and its key
    /// without spaces is its letters and digits lower-cased, in order, so it spells "sop" when those
    /// are "s", "o" and "p" in either case and no others.
    static func isHeading(asciiBytes bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard let isUpperCase = TextFolding.isUpperCaseASCII(bytes, minimumLetters: 2) else { return nil }
        guard isUpperCase else { return false }
        var matched = 0
        for byte in bytes where LayoutBytes.isASCIIAlphanumeric(byte) {
            let expected: UInt8? = switch matched {
            case 0: 0x73
            case 1: 0x6F
            case 2: 0x70
            default: nil
            }
            guard byte | 0x20 == expected else { return true }
            matched += 1
        }
        return matched != 3
    }

    /// Whether `TextFolding.key(text)` without its spaces is "sop" ("SOP", "S O P"), read from the key's
    /// first bytes folded on the stack. The key has single spaces between other bytes, so with three of
    /// those it is at most five bytes long; a byte outside ASCII stays in the key and makes it differ,
    /// as its character does when the key's characters are compared.
    static func spellsSOP(_ text: String) -> Bool {
        FoldedKey.withPrefix(of: text, capacity: 6) { key, isWhole in
            isWhole && key.lazy.filter { $0 != 0x20 }.elementsEqual("sop".utf8)
        }
    }

    /// The approver's position printed on the lines just above the "Disahkan oleh" line (one line may
    /// stand between) when the value on that line is the approver's name (the label set against the
    /// middle of a position / name / NIP cell).
    private mutating func positionAbove(_ above: [(text: String, line: Int)], name: String, labelLine: Int) {
        guard let last = above.last, last.line >= labelLine - 2, PersonName.looksLikeName(name),
            !above.contains(where: { PersonName.looksLikeName($0.text) || IdentityBlockParser.nipRange(in: $0.text) != nil })
        else { return }
        let lines = above.filter { $0.line >= last.line - 1 }
        block.approver.position = TextFolding.collapseWhitespace(lines.map(\.text).joined(separator: " "))
        block.approver.name = name
    }

    /// The first words of a heading line that names a region.
    static let regionWords: Set<String> = ["provinsi", "kabupaten", "kota", "kecamatan", "kelurahan", "desa"]

    /// `regionWords` as bytes, for `namesRegion`.
    private static let regionWordBytes = regionWords.map { Array($0.utf8) }

    /// Whether the first word of `TextFolding.key(text)` is one of `regionWords`, read from the first
    /// 16 bytes of the key folded on the stack: a first word that runs to the end of those bytes is
    /// longer than every region word (9 letters at most), unless spaces before it took room, when the
    /// whole key is built instead.
    static func namesRegion(_ text: String) -> Bool {
        let answer: Bool? = FoldedKey.withPrefix(of: text, capacity: 16) { key, isWhole in
            var start = 0
            while start < key.count, key[start] == 0x20 { start += 1 }
            var end = start
            while end < key.count, key[end] != 0x20 { end += 1 }
            if end == key.count, !isWhole, end - start < 10 { return nil }
            let word = UnsafeBufferPointer(rebasing: key[start..<end])
            return regionWordBytes.contains { $0.elementsEqual(word) }
        }
        return answer ?? regionWords.contains(String(TextFolding.keyWords(text).first ?? ""))
    }

    /// The office name: the heading lines up to the one naming the region ("PROVINSI BENGKULU"), and the
    /// lines right under it that name a larger region ("KELURAHAN SUKAJADI" over "KOTA BANDUNG").
    private static func agency(_ parts: [(text: String, line: Int)]) -> String? {
        func namesRegion(_ part: (text: String, line: Int)) -> Bool {
            Self.namesRegion(part.text)
        }
        if var region = parts.firstIndex(where: namesRegion) {
            while region + 1 < parts.count, parts[region + 1].line == parts[region].line + 1, namesRegion(parts[region + 1]) {
                region += 1
            }
            return AgencyName.compose(Array(parts[...region]))
        }
        return AgencyName.compose(parts)
    }

    /// Adds the title's lines printed above and below the "NAMA SOP" line at the title's column (the
    /// other values' column when the label's own line holds none of it).
    private mutating func wrapTitle(_ lines: BlockLines, at index: Int, column: Int, labelColumn: Int) {
        var title = block.title ?? ""
        func piece(_ line: LayoutLine) -> String?? {
            let right = line.chunks.filter { $0.start >= labelColumn - 2 }
            guard let first = right.first else { return .some(nil) }
            if right.count == 1, abs(first.start - column) <= 2, LayoutLabel.strong(first) == nil { return first.text }
            return nil
        }
        if index > 0, case .some(.some(let above)) = piece(lines[index - 1]),
            IdentityBlockParser.nipRange(in: above) == nil, above != block.approver.name
        {
            title = above + " " + title
        }
        var below = index + 1
        while below < lines.count, below - index <= 3 {
            guard let result = piece(lines[below]) else { break }
            if let text = result { title += " " + text }
            below += 1
        }
        let joined = TextFolding.collapseWhitespace(title)
        block.title = joined.isEmpty ? nil : joined
    }

    // MARK: Fields

    private mutating func field(_ label: IdentityLabel, _ value: String, at location: SourceLocation) {
        let present = !IdentityBlockParser.isPlaceholder(value)
        switch label {
        case .number:
            block.locations[.number] = location
            if present { block.number = value }
        case .title:
            block.locations[.title] = location
            if present { block.title = value }
        case .agency:
            if present { block.agency = value }
        case .created: block.dates.created = date(value, .created, location)
        case .revised: block.dates.revised = date(value, .revised, location)
        case .effective: block.dates.effective = date(value, .effective, location)
        case .approved: block.dates.approved = date(value, .approved, location)
        case .approver:
            block.locations[.approver] = location
            if present { approverDetail(value, at: location, isPosition: true) }
        case .approverName:
            if present { block.approver.name = value }
        case .approverNIP:
            if let digits = NIP.digits(in: value) {
                block.approver.nip = digits
                block.locations[.nip] = location
            }
        default:
            break
        }
    }

    private mutating func date(_ value: String, _ field: SOPField, _ location: SourceLocation) -> PartialDate? {
        block.locations[field] = location
        switch IndonesianDate.parse(value) {
        case .none: return nil
        case .date(let date): return date
        case .unreadable:
            block.diagnostics.append(Diagnostic(
                .unreadableDate, "date \"\(value)\" is not a date SOPKit can read", file: file, at: location))
            return nil
        }
    }

    /// A line on the approver's side: the position, a wrapped line of the position right under it, the
    /// name, or "NIP …".
    private mutating func approverDetail(_ text: String, at location: SourceLocation, isPosition: Bool = false) {
        if let range = IdentityBlockParser.nipRange(in: text) {
            block.approver.nip = NIP.digits(in: text[range])
            block.locations[.nip] = location
            let before = IdentityBlockParser.trimmingWhiteSpaceAndCommas(text[..<range.lowerBound])
            if !before.isEmpty, block.approver.name == nil { block.approver.name = before }
        } else if isPosition {
            block.approver.position = text
        } else if block.approver.name == nil, let position = block.approver.position,
            let positionLine = block.locations[.approver]?.line, location.line == positionLine + positionLines,
            !PersonName.looksLikeName(text)
        {
            block.approver.position = position + " " + text
            positionLines += 1
        } else if block.approver.name == nil {
            block.approver.name = text
        }
    }

    // MARK: Sections

    /// "Maksud dan tujuan: Menghitung IMPOR Triwulanan".
    private static func section(_ line: LayoutLine) -> (title: String, text: String)? {
        // The first key byte of the line's first chunk rules out most lines before every chunk is searched
        // for a colon.
        guard mayOpenSection(line), line.chunks.contains(where: { $0.withUTF8 { $0.contains(0x3A) } }) else {
            return nil
        }
        let text = line.text
        guard let colon = firstColon(in: text) else { return nil }
        let title = TextFolding.trim(text[..<colon])
        guard Vocabulary.isStrongSectionTitle(title) else { return nil }
        return (title, TextFolding.trim(text[text.index(after: colon)...]))
    }

    /// The first bytes of the keys of the titles `Vocabulary.isStrongSectionTitle` knows ("latar belakang",
    /// "maksud dan tujuan", "ruang lingkup").
    static let strongSectionTitleInitials: [UInt8] = [0x6C, 0x6D, 0x72]

    /// Whether a section title may stand before the first colon of `line`: the title's key starts with
    /// the first byte of the key of the line's text (the chunks joined by spaces) when the title has one,
    /// so a line whose key is empty or starts with an ASCII byte that starts no strong title's key opens
    /// no section, and its text is not joined.
    static func mayOpenSection(_ line: LayoutLine) -> Bool {
        for chunk in line.chunks {
            guard let first = chunk.withUTF8(FoldedKey.firstKeyByte(utf8:)) else { continue }
            return first >= 0x80 || strongSectionTitleInitials.contains(first)
        }
        return false
    }

    /// The first ":" character of `text`: its first colon byte, unless a character outside ASCII
    /// stands beside it and may join it into a larger character.
    private static func firstColon(in text: String) -> String.Index? {
        let utf8 = text.utf8
        guard let colon = utf8.firstIndex(of: 0x3A) else { return nil }
        let next = utf8.index(after: colon)
        let asciiBefore = colon == utf8.startIndex || utf8[utf8.index(before: colon)] < 0x80
        let asciiAfter = next == utf8.endIndex || utf8[next] < 0x80
        return asciiBefore && asciiAfter ? colon : text.firstIndex(of: ":")
    }

    // MARK: Lists

    /// Reads the lists labelled on `lines[start]` and the lines under them, up to the next list label
    /// or section; returns the index after them.
    private mutating func readLists(_ lines: BlockLines, from start: Int) -> Int {
        let labels = lineFacts[start].listLabels
        var end = start + 1
        while end < lines.count, lineFacts[end].section < 0, lineFacts[end].listLabels.isEmpty {
            end += 1
        }
        let body = lines[(start + 1)..<end]
        // A side holds at most one piece of each chunk of the body (the piece of its label).
        let mostPieces = body.reduce(0) { $0 + $1.chunks.count }
        while sides.count < labels.count { sides.append([]) }
        for side in 0..<labels.count {
            sides[side].removeAll(keepingCapacity: true)
            sides[side].reserveCapacity(mostPieces)
        }
        listSplits.removeAll()
        let leftmost = Self.lowestStart(in: body, from: Int.min) ?? 0
        for label in labels.dropFirst() {
            let labelStart = listLabels[label].chunk.start
            let floor = max(labelStart - 40, leftmost + 20, listLabels[label - 1].chunk.start + 20)
            listSplits.append(Self.lowestStart(in: body, from: floor).map { min($0, labelStart) } ?? labelStart)
        }
        let splits = listSplits
        // The body's lines read where they are, by index: bound by a for-in loop, each line and each
        // chunk was copied out (retained and released) once more.
        for lineIndex in body.indices {
            let number = body[lineIndex].number
            for position in body[lineIndex].chunks.indices {
                // The chunk cut at each split in turn: the part left of a cut is final, the right part
                // may be cut again at the next split.
                var rest = body[lineIndex].chunks[position]
                for split in splits {
                    if let (left, right) = rest.split(near: split, tolerance: 1) {
                        sides[Self.side(of: left, splits: splits)].append(ListPiece(line: number, chunk: left))
                        rest = right
                    }
                }
                sides[Self.side(of: rest, splits: splits)].append(ListPiece(line: number, chunk: rest))
            }
        }
        for (sideIndex, labelIndex) in labels.enumerated() {
            let label = listLabels[labelIndex].label
            let side = sides[sideIndex]
            var location = SourceLocation(line: lines[start].number, column: listLabels[labelIndex].chunk.start + 1)
            if let first = side.first { location = SourceLocation(line: first.line, column: first.chunk.start + 1) }
            block.locations[label.listField] = location
            let inline = listLabels[labelIndex].rest
            listLines.removeAll()
            // Room for the inline text and each piece on a line of its own, a space after each (a piece
            // that extends a line takes a space instead of a line); the inline text (trimmed) and the
            // pieces are read in place.
            let pieceBytes = side.indices.reduce(0) { $0 + side[$1].chunk.utf8Count + 1 }
            listLines.reserveCapacity(lines: side.count + 1, bytes: inline.utf8.count + pieceBytes)
            listLines.append(trimmingASCIIWhitespaceOf: inline)
            Self.appendSubColumnLines(side, to: &listLines, columnStarts: &columnStarts)
            let items = LayoutListReader.items(listLines, item: &listItem)
            switch label {
            case .legalBasis: block.legalBasis = items.map(LegalReferenceParser.parse)
            case .qualifications: block.qualifications = items
            case .relatedProcedures: block.relatedProcedures = items
            case .equipment: block.equipment = items
            case .warnings: block.warnings = items
            default: block.records = items
            }
        }
        return end
    }

    /// The lowest first column of the chunks of `lines` at or after `floor`, or nil when none is.
    private static func lowestStart(in lines: ArraySlice<LayoutLine>, from floor: Int) -> Int? {
        var lowest: Int?
        for line in lines {
            for chunk in line.chunks where chunk.start >= floor && lowest.map({ chunk.start < $0 }) ?? true {
                lowest = chunk.start
            }
        }
        return lowest
    }

    /// The side of a paired list a piece of a chunk goes to: the number of splits at or left of its start.
    private static func side(of piece: LayoutChunk, splits: PlainValueBuffer<Int>) -> Int {
        splits.lastIndex { piece.start >= $0 }.map { $0 + 1 } ?? 0
    }

    /// Appends to `listLabels` the list labels of `line`, one of whose chunks has a strong list label
    /// (its chunks' strong labels are indexed from `firstChunk` in `chunkLabels`): strong ones ("Dasar
    /// Hukum", "Peralatan/Perlengkapan"), and beside them weak ones standing alone ("Peralatan",
    /// "Pencatatan").
    private mutating func appendListLabels(of line: LayoutLine, firstChunk: Int) {
        for (position, chunk) in line.chunks.enumerated() {
            let label = chunkLabels[firstChunk + position]
            if label >= 0, case let match = strongLabels[Int(label)].match, match.label.isList {
                listLabels.append(ListLabel(label: match.label, chunk: chunk, rest: match.rest))
            } else if let weak = LayoutLabel.match(chunk.text, allowWeakWithoutColon: true), weak.isWeak,
                weak.label.isList, TextFolding.trim(weak.rest).isEmpty, TextFolding.key(chunk.text) != "keterangan"
            {
                listLabels.append(ListLabel(label: weak.label, chunk: chunk, rest: weak.rest))
            }
        }
    }

    /// Appends the lines of one side of a paired list to `lines`, read column by column when its items
    /// are set in two columns ("1. Alat Tulis    4. Printer"): the pieces of a line are joined with
    /// single spaces, each read and copied from its chunk's bytes, with no string built for a piece.
    /// A column starts at an item marker more than 8 characters from every other column's start, and
    /// holds the pieces from 8 characters before its start up to 8 before the next column's (the first
    /// from the far left). The columns a real list has are found and filled by scanning them; past
    /// `columnsScanned` (a hostile line of thousands of markers) the starts taken are looked up in a set
    /// and each piece's column found by a binary search, so the time stays linear in the pieces.
    ///
    /// The pieces are read where they are in `side`, by index, in every pass: a piece copied out of the
    /// array was retained and released, once for the markers, once for the leftmost start and once
    /// for each column. The column starts are found in `columnStarts`, emptied first: room the caller
    /// keeps from list to list, so that a list with a marker allocates no array for them. A side of one
    /// column (all its pieces from the far left on) is read in one pass, with no filter.
    static func appendSubColumnLines(_ side: [ListPiece], to lines: inout LayoutListLines, columnStarts: inout [Int]) {
        columnStarts.removeAll(keepingCapacity: true)
        var startsTaken = Set<Int>()
        var minimumStart = Int.max
        for index in side.indices {
            let start = side[index].chunk.start
            minimumStart = min(minimumStart, start)
            guard side[index].chunk.withUTF8(LayoutListReader.startsWithMarker(utf8:)) else { continue }
            let isTaken = columnStarts.count <= columnsScanned
                ? columnStarts.contains { abs($0 - start) <= 8 }
                : ((start - 8)...(start + 8)).contains(where: startsTaken.contains)
            guard !isTaken else { continue }
            columnStarts.append(start)
            if columnStarts.count == columnsScanned + 1 {
                startsTaken = Set(columnStarts)
            } else if columnStarts.count > columnsScanned + 1 {
                startsTaken.insert(start)
            }
        }
        columnStarts.sort()
        if columnStarts.count > 1 { columnStarts[0] = min(columnStarts[0], minimumStart) }
        guard columnStarts.count > columnsScanned else {
            guard columnStarts.count > 1 else {
                appendColumn(of: side, at: side.indices, to: &lines)
                return
            }
            for (column, columnStart) in columnStarts.enumerated() {
                let low = column == 0 ? Int.min : columnStart - 8
                let next = column + 1 < columnStarts.count ? columnStarts[column + 1] - 8 : Int.max
                appendColumn(
                    of: side, at: side.indices.lazy.filter { side[$0].chunk.start >= low && side[$0].chunk.start < next },
                    to: &lines)
            }
            return
        }
        var pieceIndicesByColumn = [[Int]](repeating: [], count: columnStarts.count)
        for index in side.indices {
            let start = side[index].chunk.start
            var low = 0
            var high = columnStarts.count - 1
            while low < high {
                let middle = (low + high + 1) / 2
                if start >= columnStarts[middle] - 8 { low = middle } else { high = middle - 1 }
            }
            pieceIndicesByColumn[low].append(index)
        }
        for indices in pieceIndicesByColumn { appendColumn(of: side, at: indices, to: &lines) }
    }

    /// The most columns `appendSubColumnLines` finds and fills by scanning them.
    static let columnsScanned = 16

    /// Appends the pieces of one column of a paired list's side, those of `side` at `indices` (in
    /// order), to `lines`: a piece on the same line as the one before it extends that line, with a
    /// single space. Each piece is read where it is in `side`.
    private static func appendColumn(of side: [ListPiece], at indices: some Sequence<Int>, to lines: inout LayoutListLines) {
        var currentLine: Int?
        for index in indices {
            if currentLine == side[index].line {
                side[index].chunk.withUTF8 { lines.extendLast(utf8: $0) }
            } else {
                side[index].chunk.withUTF8 { lines.append(utf8: $0) }
                currentLine = side[index].line
            }
        }
    }
}

/// Builds list items from the lines of one list in layout text.
enum LayoutListReader {
    /// Whether the line whose UTF-8 bytes are `bytes` starts a numbered or bulleted item: "1.", "1)",
    /// "1,", "-", "•", "a." (`ListSplitter.startsWithMarker` or `commaMarker` of its text), read from
    /// the bytes unless a byte outside ASCII beside the comma marker leaves it to the characters.
    static func startsWithMarker(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if ListSplitter.startsWithMarker(utf8: bytes) { return true }
        if let decided = leadingNumberMarkerEnd(bytes, commaMarkerEnd) { return decided != nil }
        return commaMarkerComparingCharacters(String(decoding: bytes, as: UTF8.self)) != nil
    }

    /// "1, Undang-Undang …": a number followed by a comma and a space; the text after it.
    static func commaMarker(_ text: String) -> Substring? {
        if let decided = leadingNumberMarker(text, commaMarkerEnd) {
            return decided
        }
        return commaMarkerComparingCharacters(text)
    }

    /// The end of a comma marker after the `digits` leading digits of `bytes` (`leadingNumberMarkerEnd`).
    private static func commaMarkerEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ digits: Int) -> Int?? {
        guard digits + 1 < bytes.count, bytes[digits] == 0x2C, bytes[digits + 1] == 0x20 else { return .some(nil) }
        // A byte outside ASCII after the space may be a mark that extends it.
        guard digits + 2 == bytes.count || bytes[digits + 2] < 0x80 else { return nil }
        return .some(digits + 2)
    }

    /// `commaMarker` by characters: the definition the byte-level reading follows.
    static func commaMarkerComparingCharacters(_ text: String) -> Substring? {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard (1...2).contains(digits.count) else { return nil }
        let rest = text.dropFirst(digits.count)
        guard rest.hasPrefix(", ") else { return nil }
        return rest.dropFirst(2)
    }

    /// "8 Aplikasi": a number and a capitalised word, inside a numbered list.
    static func bareNumberMarker(_ text: String) -> Substring? {
        if let decided = leadingNumberMarker(text, { bytes, digits in
            guard bytes[digits] == 0x20 else { return .some(nil) }
            // The word's first character is its first byte when that byte and the one after it are ASCII.
            guard digits + 1 < bytes.count else { return .some(nil) }
            guard bytes[digits + 1] < 0x80, digits + 2 == bytes.count || bytes[digits + 2] < 0x80 else { return nil }
            return bytes[digits + 1] >= 0x41 && bytes[digits + 1] <= 0x5A ? .some(digits + 1) : .some(nil)
        }) {
            return decided
        }
        return bareNumberMarkerComparingCharacters(text)
    }

    /// `bareNumberMarker` by characters: the definition the byte-level reading follows.
    static func bareNumberMarkerComparingCharacters(_ text: String) -> Substring? {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard (1...2).contains(digits.count) else { return nil }
        let rest = text.dropFirst(digits.count)
        guard rest.hasPrefix(" "), let first = rest.dropFirst().first, first.isUppercase else { return nil }
        return rest.dropFirst()
    }

    /// A marker of one or two ASCII digits at the start of `text`, read from its bytes: `.some` with the
    /// text after the marker, or `.some(nil)` when there is no marker; nil when the characters must
    /// decide. `marker` gets the bytes and the number of leading digit bytes (1 or 2, followed by an
    /// ASCII byte, so each digit is a character of its own) and answers with the offset where the text
    /// after the marker starts, `.some(nil)` or nil as above. Without a digit first, or with three or
    /// more (the third is then a digit character too, or not ASCII), there is no marker.
    private static func leadingNumberMarker(
        _ text: String, _ marker: (UnsafeBufferPointer<UInt8>, Int) -> Int??
    ) -> Substring?? {
        let utf8 = text.utf8
        let offset: Int??? = utf8.withContiguousStorageIfAvailable { leadingNumberMarkerEnd($0, marker) }
        guard let read = offset, let decided = read else { return nil }
        return .some(decided.map { text[utf8.index(utf8.startIndex, offsetBy: $0)...] })
    }

    /// `leadingNumberMarker` read from the UTF-8 bytes `bytes` of the text: the offset where the text
    /// after the marker starts, `.some(nil)` when there is no marker, nil when the characters must decide.
    private static func leadingNumberMarkerEnd(
        _ bytes: UnsafeBufferPointer<UInt8>, _ marker: (UnsafeBufferPointer<UInt8>, Int) -> Int??
    ) -> Int?? {
        var digits = 0
        while digits < bytes.count, digits < 3, bytes[digits] >= 0x30, bytes[digits] <= 0x39 { digits += 1 }
        guard digits > 0, digits < 3, digits < bytes.count else { return .some(nil) }
        // A byte outside ASCII may be a mark that extends the last digit.
        guard bytes[digits] < 0x80 else { return nil }
        return marker(bytes, digits)
    }

    /// The items of a list from its lines: a marker starts an item; an unmarked line continues the
    /// previous item in a numbered list, or when it starts in lower case, the previous line ends
    /// mid-sentence, or the previous line ran to the list's right edge. The lines are read from their
    /// bytes: a line that is printable ASCII already collapsed (the usual item line) starts its item as
    /// the range of its bytes (after the marker), a line appended to an item is joined to it on bytes
    /// (`ListItemText`), and each item's string is made once, when it is done; any other line's string
    /// is built once. The widest line is measured only when the continuation rule asks for it.
    ///
    /// The items are read in `item`, room the caller keeps from list to list (each item is started
    /// afresh in it), so that a list whose lines are joined allocates no buffer for them.
    static func items(_ lines: LayoutListLines, item: inout ListItemText) -> [String] {
        var items: [String] = []
        items.reserveCapacity(lines.count)
        // `item` holds the last item, open for the lines that continue it, once `hasItem`.
        var hasItem = false
        // Whether the last item is collapsed already (`TextFolding.collapseWhitespace` leaves it as it is:
        // it has been joined and collapsed (`LayoutText`), or it is the rest of a collapsed ASCII marker line): its
        // next lines are then appended in place, which `LayoutText.append` shows gives the same text.
        var lastIsCollapsed = false
        var numbered = false
        var previousLength = 0
        var widest: Int?
        for position in lines.indices {
            let entry = PreparedLine(lines, at: position)
            guard entry.characterCount > 0 else { continue }
            defer { previousLength = entry.characterCount }
            if entry.startsWithMarker(in: lines) {
                numbered = numbered || !entry.startsWithDashOrBullet(in: lines)
                if hasItem { appendFinished(item.text(in: lines), to: &items) }
                entry.startItemAfterMarker(&item, in: lines)
                hasItem = true
                // The text after the marker of a printable ASCII line with single spaces between words
                // and none at either end is such a text too (`markerEnd(collapsedASCII:)`).
                lastIsCollapsed = entry.collapsed == nil
                continue
            }
            let line = entry.mayStartWithNumberMarker(in: lines) ? entry.text(in: lines) : nil
            if let line, let rest = commaMarker(line) ?? (numbered ? bareNumberMarker(line) : nil) {
                numbered = true
                if hasItem { appendFinished(item.text(in: lines), to: &items) }
                item.start(TextFolding.trim(rest))
                hasItem = true
                lastIsCollapsed = false
            } else if hasItem,
                numbered || continues(item.text(in: lines), with: line ?? entry.text(in: lines), longPrevious: {
                    let widestLine = widest ?? lines.indices.lazy.map { rawCharacterCount(lines, at: $0) }.max() ?? 0
                    widest = widestLine
                    return previousLength * 5 >= widestLine * 4
                })
            {
                // The line appended to the item as `LayoutText` joins them, and the result collapsed.
                entry.append(to: &item, in: lines)
                if !lastIsCollapsed {
                    item.collapse(in: lines)
                    lastIsCollapsed = true
                }
            } else {
                if hasItem { appendFinished(item.text(in: lines), to: &items) }
                entry.startItem(&item)
                hasItem = true
                lastIsCollapsed = true
            }
        }
        if hasItem { appendFinished(item.text(in: lines), to: &items) }
        return items
    }

    /// Appends the finished item `text` to `items` unless it is a placeholder ("-", "…").
    private static func appendFinished(_ text: String, to items: inout [String]) {
        if !IdentityBlockParser.isPlaceholder(text) { items.append(text) }
    }

    /// `text.count`, read from the bytes when they are all printable ASCII (one character each).
    static func characterCount(_ text: String) -> Int {
        text.utf8.withContiguousStorageIfAvailable(LayoutBytes.isPrintableASCII) == true ? text.utf8.count : text.count
    }

    /// Whether the line `next` continues the item `previous` (see `items`); `longPrevious` tells, when
    /// it is asked, whether the line before ran to the list's right edge.
    private static func continues(_ previous: String, with next: String, longPrevious: () -> Bool) -> Bool {
        guard let first = next.first else { return false }
        if first.isLowercase || first.isNumber || first == "(" { return true }
        if let last = previous.last, last == "," || last == "-" || last == "(" { return true }
        if let last = previous.last, last == "." || last == ";" { return false }
        if joiningWords.contains(TextFolding.lastWord(of: previous).lowercased()) { return true }
        return longPrevious()
    }

    /// The words that leave a list line unfinished when they end it ("… tentang", "… dan").
    private static let joiningWords: Set<String> = [
        "dan", "atau", "tentang", "nomor", "tahun", "dengan", "serta", "yang", "di", "ke", "dari", "pada", "untuk",
        "dalam", "atas",
    ]
}
