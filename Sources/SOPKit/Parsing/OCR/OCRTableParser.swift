/// What the procedure table of an OCR'd SOP gave.
struct OCRTable: Sendable {
    var roles: [String] = []
    var steps: [Step] = []
    var headerLocation: SourceLocation?
    var diagnostics: [Diagnostic] = []
}

/// Reads the procedure table of an OCR'd SOP. Rows start at "N." or "N. |" with N increasing; the
/// lines of a row interleave the activity (left) with fragments of Kelengkapan, Waktu, Output and
/// Keterangan. Each line is cut into the activity part and the rest; the Waktu is found from a
/// number and a unit that may sit on different lines ("10" … "menit"), and anchors the other cells.
/// When OCR printed the table column by column (no row numbers), each text block is a step.
struct OCRTableParser {
    let file: String
    private var table = OCRTable()
    /// The words of the role names, so that a capital inside an activity does not end it; read for a
    /// table with Mutu Baku only.
    private var roleWords = OCRRoleWordKeys(roles: [])
    /// Whether the table has Mutu Baku columns (Kelengkapan, Output); a "bagan alur" has only Waktu.
    private var hasMutuBaku = true
    /// The last line of the first header: a table printed column by column starts after it.
    private var headerEndLine = 0

    init(file: String) { self.file = file }

    /// A row: its number, the line where it starts, its lines, and where its text starts on the first.
    fileprivate struct Row {
        var number: Int
        var lines: ArraySlice<OCRLine>
        var firstToken: Int
        /// The line to point at when OCR left the row no line of its own.
        var fallbackLine: Int
    }

    static func parse(_ lines: ArraySlice<OCRLine>, file: String) -> OCRTable {
        var parser = OCRTableParser(file: file)
        return parser.run(lines)
    }

    private mutating func run(_ lines: ArraySlice<OCRLine>) -> OCRTable {
        guard let header = Self.headerRange(lines) else {
            bodyRows(Array(lines))
            return table
        }
        table.headerLocation = lines[header.lowerBound].location
        headerEndLine = lines[header.upperBound - 1].number
        var headerLines: [OCRLine] = []
        headerLines.reserveCapacity(header.count)
        for line in lines[header] where !line.isBlank { headerLines.append(line) }
        hasMutuBaku = headerLines.contains { line in
            line.tokens.contains { Self.isMutuBakuWord($0.text) }
        }
        // The lines before the header and those after it, in an array given room for all of them at once.
        let keptBefore = lines[lines.startIndex..<Self.keptEnd(before: header, in: lines)]
        var bodyLines: [OCRLine] = []
        bodyLines.reserveCapacity(keptBefore.count + lines.endIndex - header.upperBound)
        bodyLines += keptBefore
        let bodyStart = bodyLines.count
        Self.appendWithoutRepeatedHeaders(lines[header.upperBound...], to: &bodyLines)
        let body = bodyLines[bodyStart...]
        if Self.isBlockHeader(headerLines) {
            let afterActivityWord = headerLines.drop { !Self.namesActivityColumn($0) }.dropFirst()
            table.roles = OCRRoleHeader.roles(blocks: Self.blocks(afterActivityWord))
        } else {
            let mentions = OCRRoleEvidence.mentionList(in: body)
            table.roles = OCRRoleHeader.roles(rowLines: headerLines, mentions: mentions)
            OCRRoleEvidence.MentionList.keep(mentions)
        }
        // Only the Mutu Baku reading asks whether a word is a role's (`activityPart`).
        if hasMutuBaku { roleWords = OCRRoleWordKeys(roles: table.roles) }
        bodyRows(bodyLines)
        return table
    }

    /// Header words of the Mutu Baku columns.
    private static let mutuBakuWords = ASCIIWordSet(["kelengkapan", "persyaratan", "mutu", "output", "put", "keterangan"])

    /// Whether a header token is one of `mutuBakuWords` once folded: false at once for a token whose
    /// first byte that is an ASCII letter or digit or lies outside ASCII is an ASCII letter or digit
    /// other than the words' first letters ("k", "p", "m", "o"), as the key then starts with it.
    static func isMutuBakuWord(_ text: Substring) -> Bool {
        if let first = text.utf8.first(where: { $0 >= 0x80 || TextFolding.isASCIIAlphanumeric($0) }), first < 0x80 {
            switch first | 0x20 {
            case 0x6B, 0x70, 0x6D, 0x6F: break
            default: return false
            }
        }
        return OCRTableBytes.keyIsOne(of: mutuBakuWords, text)
    }

    // MARK: Header

    /// Whether `line` is the header line naming the activity column: "No. Aktivitas …", or
    /// "Aktivitas" alone; not a title such as "BAGAN ALUR URAIAN PROSEDUR …".
    static func namesActivityColumn(_ line: OCRLine) -> Bool {
        line.namesActivityColumn
    }

    /// `namesActivityColumn` of a line that starts no row, given by its tokens and text: the definition
    /// that `namesActivityColumn(tokens:wordsOf:)` follows on the bytes of the text's words.
    static func namesActivityColumn(tokens: some RandomAccessCollection<OCRToken>, text: String) -> Bool {
        guard tokens.contains(where: { isActivityHeaderWord($0.text) }), !Vocabulary.isTitleLine(text)
        else { return false }
        return tokens.count <= 2 || tokens.contains { isOtherColumnHeaderWord($0.text) }
    }

    /// Whether a token is one of `activityHeaderWords` once folded. The shortest has six bytes, and
    /// folding never lengthens a text.
    static func isActivityHeaderWord(_ text: Substring) -> Bool {
        guard text.utf8.count >= 6 else { return false }
        if let first = text.utf8.first(where: { $0 >= 0x80 || TextFolding.isASCIIAlphanumeric($0) }), first < 0x80,
            first | 0x20 != 0x61, first | 0x20 != 0x6B, first | 0x20 != 0x75
        {
            return false
        }
        return OCRTableBytes.keyIsOne(of: activityHeaderWords, text)
    }

    private static let activityHeaderWords = ASCIIWordSet(["aktivitas", "aktifitas", "kegiatan", "uraian"])

    /// Whether a token's key is "no" or "nomor" (`TextFolding.keyMatches`), the header word of the
    /// number column: false at once for a token whose first byte that is an ASCII letter or digit or
    /// lies outside ASCII is an ASCII letter or digit other than "n" (most tokens), as the key then
    /// starts with that letter or digit; a token with a byte outside ASCII before it (a no-break space,
    /// say) is matched in full.
    static func isNumberHeaderWord(_ text: Substring) -> Bool {
        if let first = text.utf8.first(where: { $0 >= 0x80 || TextFolding.isASCIIAlphanumeric($0) }), first < 0x80,
            first | 0x20 != 0x6E
        {
            return false
        }
        return TextFolding.keyMatches(text, "no") || TextFolding.keyMatches(text, "nomor")
    }

    /// The header lines: the block of non-blank lines around the line naming the activity column.
    /// When the header's words stand in blocks of their own, all blocks up to the last header word.
    private static func headerRange(_ lines: ArraySlice<OCRLine>) -> Range<Int>? {
        guard let main = lines.firstIndex(where: namesActivityColumn) else { return nil }
        if lines[main].tokens.count <= 2 {
            var end = main + 1
            var lastHeaderWord = main
            var scanned = 0
            while end < lines.endIndex, scanned < 40, lines[end].rowStart == nil {
                let key = lines[end].key
                if key.hasPrefix("waktu") || key.hasPrefix("keterangan") || key.hasPrefix("output")
                    || key.hasSuffix("waktu")
                {
                    lastHeaderWord = end
                }
                end += 1
                scanned += 1
            }
            var start = main
            while start > lines.startIndex, !lines[start - 1].isBlank || (start - 2 >= lines.startIndex
                && lines[start - 2].key == "no")
            {
                start -= 1
                if lines[start].key == "no" { break }
            }
            return start..<(lastHeaderWord + 1)
        }
        var start = main
        while start > lines.startIndex, main - start < 5, !lines[start - 1].isBlank, lines[start - 1].rowStart == nil,
            !Vocabulary.isTitleLine(lines[start - 1].text)
        {
            start -= 1
        }
        var end = main + 1
        while end < lines.endIndex, end - main <= 5, !lines[end].isBlank, lines[end].rowStart == nil,
            !isActivityVerb(lines[end].tokens.first?.text ?? ""), !hasTime(lines[end])
        {
            end += 1
        }
        return start..<end
    }

    /// Whether a line holds a duration unit or amount (`OCRLine.holdsTimeToken`, its tokens read in place).
    static func hasTime(_ line: OCRLine) -> Bool {
        line.withRecord { OCRLine.holdsTimeToken($0.pointee.tokens, count: $0.pointee.tokenCount) }
    }

    /// Appends to `kept` the table `lines` without its headers, the first and those repeated after page
    /// breaks (with the group label line above them). The caller gives `kept` room for all of `lines`.
    private static func appendWithoutRepeatedHeaders(_ lines: ArraySlice<OCRLine>, to kept: inout [OCRLine]) {
        var remaining = lines
        while let header = headerRange(remaining) {
            kept += remaining[remaining.startIndex..<keptEnd(before: header, in: remaining)]
            remaining = remaining[header.upperBound...]
        }
        kept += remaining
    }

    /// Where the lines kept before the header `header` of `lines` end: the blank lines just above the
    /// header, and the group label line above them, go with it.
    private static func keptEnd(before header: Range<Int>, in lines: ArraySlice<OCRLine>) -> Int {
        var start = header.lowerBound
        while start > lines.startIndex, lines[start - 1].isBlank { start -= 1 }
        if start > lines.startIndex, isGroupLabelLine(lines[start - 1]) { start -= 1 }
        return start
    }

    /// "Pelaksana Mutu Baku": the group labels above a header. A line whose key is plain ASCII (nearly
    /// every line's) is read on the key's bytes in place (`isGroupLabelKey(plainASCII:)`), without
    /// making the key a String; any other key is made one and read as such.
    private static func isGroupLabelLine(_ line: OCRLine) -> Bool {
        let onBytes = line.withKeyBytes { key in
            OCRTableBytes.isPlainASCII(bytes: key) ? isGroupLabelKey(plainASCII: key) : nil
        }
        if let onBytes { return onBytes }
        let key = line.key
        return OCRTableBytes.contains(key, "pelaksana") && OCRTableBytes.contains(key, "mutu") || key == "pelaksana"
            || key == "mutu baku"
    }

    /// `isGroupLabelLine` of a key whose bytes, `key`, are plain ASCII: there one String holds another,
    /// or equals it, exactly when its bytes do.
    static func isGroupLabelKey(plainASCII key: UnsafeBufferPointer<UInt8>) -> Bool {
        OCRTableBytes.contains(bytes: key, "pelaksana") && OCRTableBytes.contains(bytes: key, "mutu")
            || key.count == 9 && FoldedKey.hasPrefix(key, "pelaksana") || key.count == 9 && FoldedKey.hasPrefix(key, "mutu baku")
    }

    /// Whether the header's words stand alone, one per block ("No", "Aktivitas", "Pelaksana", …).
    private static func isBlockHeader(_ lines: [OCRLine]) -> Bool {
        guard let main = lines.first(where: namesActivityColumn) else { return false }
        return main.tokens.count <= 2
    }

    /// Groups lines into blocks separated by blank lines (the blank lines are not in `lines`, so the
    /// line numbers tell where they were).
    static func blocks(_ lines: some Collection<OCRLine>) -> [[OCRLine]] {
        var blocks: [[OCRLine]] = []
        var current: [OCRLine] = []
        var previous: Int?
        for line in lines where !line.isBlank {
            if let previous, line.number > previous + 1, !current.isEmpty {
                blocks.append(current)
                current = []
            }
            current.append(line)
            previous = line.number
        }
        if !current.isEmpty { blocks.append(current) }
        return blocks.filter { !isLoneHeaderWord($0) }
    }

    /// The header words that stand alone in a block of their own (`isLoneHeaderWord`).
    private static let loneHeaderWords = ASCIIWordSet(["waktu", "no", "aktivitas", "pelaksana", "kegiatan", "keterangan"])

    /// Whether the key of a block's texts joined by spaces is a header word standing alone: one of
    /// `loneHeaderWords`. The key keeps every ASCII letter and digit as one byte, so a block with more
    /// than ten of them (the longest word's length) is none, and its texts are not joined. The texts of
    /// a block that are all plain ASCII (`OCRTableBytes.isPlainASCII`, nearly every block) are joined
    /// and folded on the stack (`FoldedKey.foldASCII`), without a String; any other block's texts are
    /// joined and folded as Strings.
    static func isLoneHeaderWord(_ block: [OCRLine]) -> Bool {
        var alphanumerics = 0
        var byteCount = 0
        var plainASCII = true
        for line in block {
            var text = line.text
            text.withUTF8 { bytes in
                for byte in bytes where FoldedKey.isASCIIAlphanumeric(byte) { alphanumerics += 1 }
                if plainASCII { plainASCII = OCRTableBytes.isPlainASCII(bytes: bytes) }
                byteCount += bytes.count
            }
            if alphanumerics > 10 { return false }
        }
        guard plainASCII else { return loneHeaderWords.contains(TextFolding.key(block.map(\.text).joined(separator: " ")).utf8) }
        // The texts and the spaces between them, as `joined(separator: " ")` writes them.
        let joinedCount = byteCount + max(0, block.count - 1)
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, joinedCount)) { joined in
            var length = 0
            for index in block.indices {
                if index > block.startIndex {
                    joined[length] = 0x20
                    length += 1
                }
                var text = block[index].text
                text.withUTF8 { bytes in
                    precondition(length + bytes.count <= joinedCount, "a block's texts changed while read")
                    for byte in bytes {
                        joined[length] = byte
                        length += 1
                    }
                }
            }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, length)) { key in
                let keyLength = FoldedKey.foldASCII(UnsafeBufferPointer(rebasing: joined[..<length]), into: key)
                return loneHeaderWords.contains(UnsafeBufferPointer(rebasing: key[..<keyLength]))
            }
        }
    }

    // MARK: Rows

    /// The steps of the table's body lines `all`: rows numbered or recovered, or blocks when OCR
    /// printed the table column by column.
    private mutating func bodyRows(_ all: [OCRLine]) {
        guard Self.isInterleaved(all) else {
            blockSteps(all[...])
            return
        }
        let numbered = Self.numberedRows(all)
        // The lines starting with a verb are looked for once a step number is found missing.
        var lazyVerbStarts: [Int]?
        var starts: [(index: Int, number: Int, token: Int, recovered: Bool)] = []
        starts.reserveCapacity(numbered.count + 1)
        var previousIndex = -1
        var previousNumber = 0
        // The numbered rows, then an end row after the last line (read in place, not appended to a copy).
        for position in 0...numbered.count {
            let row = position < numbered.count ? numbered[position] : (index: all.count, number: Int.max, token: 0)
            let isEnd = row.number == Int.max
            let missing = isEnd ? (numbered.isEmpty ? Int.max : 0) : row.number - previousNumber - 1
            if missing > 0 {
                let verbStarts = lazyVerbStarts ?? all.indices.filter { Self.startsWithVerb(all, at: $0) }
                lazyVerbStarts = verbStarts
                let low = verbStarts.partitioningIndex { $0 > previousIndex }
                let high = verbStarts.partitioningIndex { $0 >= row.index }
                let candidates = low < high ? Array(verbStarts[low..<high]) : []
                let chosen = Self.choose(missing, from: candidates, in: all)
                for (offset, index) in chosen.enumerated() {
                    starts.append((index, previousNumber + offset + 1, 0, true))
                }
                if !isEnd, chosen.count < missing {
                    for number in (previousNumber + chosen.count + 1)..<row.number {
                        starts.append((row.index, number, 0, true))
                    }
                }
            }
            if !isEnd {
                starts.append((row.index, row.number, row.token, false))
                previousIndex = row.index
                previousNumber = row.number
            }
        }
        starts.sort { ($0.index, $0.number) < ($1.index, $1.number) }
        guard starts.count >= 2 else {
            blockSteps(all[...])
            return
        }
        var rows: [Row] = []
        rows.reserveCapacity(starts.count)
        for (position, start) in starts.enumerated() {
            let end = position + 1 < starts.count ? starts[position + 1].index : all.count
            let rowLines = start.index < end ? all[start.index..<end] : []
            rows.append(Row(
                number: start.number, lines: rowLines, firstToken: start.token,
                fallbackLine: all[min(start.index, all.count - 1)].number))
            if start.recovered {
                let location = rowLines.first?.location ?? all[min(start.index, all.count - 1)].location
                table.diagnostics.append(Diagnostic(
                    .lineOutsideSteps,
                    rowLines.isEmpty
                        ? "step \(start.number) is missing from the OCR text: no row was found for it"
                        : "step \(start.number) has no printed number in the OCR text; its row was recognised by the verb that starts it",
                    file: file, at: location, severity: rowLines.isEmpty ? .warning : .note))
            }
        }
        // Only the Mutu Baku reading cuts an activity at the column width.
        let width = hasMutuBaku ? activityWidth(rows) : 0
        table.steps.reserveCapacity(table.steps.count + rows.count)
        var scratch = StepScratch.take(roomFor: rows, withCells: hasMutuBaku)
        for row in rows { table.steps.append(step(from: row, width: width, scratch: &scratch)) }
        StepScratch.keep(consume scratch)
    }

    /// The numbered row starts: the longest run of increasing numbers; a start before the run that
    /// breaks it ("4," where OCR misread "1.") takes the number just before the run's first.
    private static func numberedRows(_ lines: [OCRLine]) -> [(index: Int, number: Int, token: Int)] {
        // Each line's record is read in place, through the array's buffer (which holds the lines, and
        // so their stores), without a count of references taken for its store.
        var candidates: [(index: Int, number: Int, token: Int)] = []
        lines.withUnsafeBufferPointer { held in
            var count = 0
            for index in held.indices where held[index].recordInPlace.pointee.rowStart != nil { count += 1 }
            candidates.reserveCapacity(count)
            for index in held.indices {
                if let start = held[index].recordInPlace.pointee.rowStart { candidates.append((index, start.number, start.nextToken)) }
            }
        }
        guard !candidates.isEmpty else { return [] }
        // The length of the longest run ending at each candidate and the candidate before it in that run
        // are worked out in buffers on the stack; only the chain itself is an array, reversed in place.
        // The candidates' numbers are read from a buffer of their own, and each candidate's run is
        // worked out in locals, written once it is known: the look-back over the forty candidates
        // before it reads no tuple of the array and writes nothing.
        var chain = withUnsafeTemporaryAllocation(of: Int.self, capacity: candidates.count) { best in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: candidates.count) { previous in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: candidates.count) { numbers in
                    for index in candidates.indices { numbers[index] = candidates[index].number }
                    for current in candidates.indices {
                        let number = numbers[current]
                        var longest = 1
                        var link = -1
                        for earlier in max(0, current - 40)..<current {
                            // A gap of 1 to 13 (the gap less one, as an unsigned number, below 13).
                            let gap = number &- numbers[earlier]
                            if UInt(bitPattern: gap &- 1) < 13, best[earlier] &+ 1 > longest {
                                longest = best[earlier] &+ 1
                                link = earlier
                            }
                        }
                        best[current] = longest
                        previous[current] = link
                    }
                }
                var position = best.indices.max { best[$0] < best[$1] }!
                var chainBackwards: [(index: Int, number: Int, token: Int)] = []
                chainBackwards.reserveCapacity(best[position] + 1)
                while position >= 0 {
                    chainBackwards.append(candidates[position])
                    position = previous[position]
                }
                return chainBackwards
            }
        }
        if let first = chain.last, first.number > 1,
            let misread = candidates.last(where: { $0.index < first.index && lines[$0.index].tokens.contains { $0.kind == .pipe } })
        {
            chain.append((misread.index, first.number - 1, misread.token))
        }
        chain.reverse()
        return chain
    }

    /// Whether the table's rows are interleaved line by line (times on lines with text), rather than
    /// printed column by column (times alone in blocks of their own). Three numbered rows with text
    /// decide it whatever the times say, so the lines after the third are not read (most tables).
    private static func isInterleaved(_ lines: [OCRLine]) -> Bool {
        var withText = 0
        var alone = 0
        var numberedRows = 0
        for line in lines {
            if line.rowStart != nil, line.tokens.count > 2 {
                numberedRows += 1
                if numberedRows == 3 { return true }
            }
            guard hasTime(line) else { continue }
            var words = 0
            for token in line.tokens where token.kind == .word && TextFolding.hasThreeLetters(token.text) {
                words += 1
                if words == 2 { break }
            }
            if words >= 2 { withText += 1 } else { alone += 1 }
        }
        return withText >= alone
    }

    /// Whether line `index` starts with a capitalised verb ("Menerima", "Diperiksa") after a line
    /// that ends a sentence: the start of an activity whose step number OCR lost.
    private static func startsWithVerb(_ lines: [OCRLine], at index: Int) -> Bool {
        let line = lines[index]
        guard let first = line.tokens.first(where: { $0.kind == .word }), first.offset <= 4 else { return false }
        guard isActivityVerb(first.text) else { return false }
        guard let previous = lines[..<index].last(where: { !$0.isBlank }) else { return true }
        let endsWithFunctionWord = previous.tokens.last { $0.kind == .word }
            .map { OCRTableBytes.lowercasedIsOne(of: functionWords, $0.text) } ?? false
        return !endsWithFunctionWord && !(previous.tokens.last?.text.hasSuffix(",") ?? false)
    }

    private static let notPassiveVerbs: Set<String> = ["direktur", "direktorat", "disdukcapil", "diskoperindag", "dinas"]

    /// "Menerima", "Memverifikasi", "Diperiksa", "Disampaikan": a capitalised active or passive verb.
    static func isActivityVerb(_ word: Substring) -> Bool {
        guard let first = word.utf8.first, first == 0x4D || first == 0x44 else { return false }
        if isCapitalisedVerb(word) { return true }
        guard word.count >= 7, word.hasPrefix("Di"), word.dropFirst(2).allSatisfy(\.isLowercase) else { return false }
        return !notPassiveVerbs.contains(word.lowercased())
    }

    /// `ListSplitter.isCapitalisedVerb`, answered at once for a word that does not start with "M" (a
    /// character equal to "M" is the one byte of "M").
    private static func isCapitalisedVerb(_ word: Substring) -> Bool {
        word.utf8.first == 0x4D && ListSplitter.isCapitalisedVerb(word)
    }

    /// `isCapitalisedVerb` of a word whose UTF-8 bytes are `bytes`, for a caller that holds them: the
    /// first byte is read there, and `word` only for a word that starts with "M".
    @inline(__always)
    static func isCapitalisedVerb(bytes: UnsafeBufferPointer<UInt8>, of word: @autoclosure () -> Substring) -> Bool {
        bytes.first == 0x4D && ListSplitter.isCapitalisedVerb(word())
    }

    /// `count` of the candidate row starts, preferring those after a blank line, in order.
    private static func choose(_ count: Int, from candidates: [Int], in lines: [OCRLine]) -> [Int] {
        guard count < candidates.count else { return candidates }
        let ranked = candidates.sorted { lhs, rhs in
            let lhsBlank = lhs > 0 && lines[lhs - 1].isBlank
            let rhsBlank = rhs > 0 && lines[rhs - 1].isBlank
            return lhsBlank != rhsBlank ? lhsBlank : lhs < rhs
        }
        return Array(ranked.prefix(count)).sorted()
    }

    /// The width of the activity column in characters, learnt from lines where debris or a number
    /// ends the activity text (`activitySampleLength`). Each line's record is read in place, through
    /// the rows' buffers of lines (which hold the lines, and so their store), without a count of
    /// references taken for its store, its tokens or its text.
    private func activityWidth(_ rows: [Row]) -> Int {
        var samples: [Int] = []
        samples.reserveCapacity(rows.reduce(0) { $0 + $1.lines.count })
        for rowIndex in rows.indices {
            let firstToken = rows[rowIndex].firstToken
            rows[rowIndex].lines.withUnsafeBufferPointer { lines in
                for index in lines.indices {
                    let length = Self.activitySampleLength(of: lines[index].recordInPlace, from: index == 0 ? firstToken : 0)
                    if length > 0 { samples.append(length) }
                }
            }
        }
        guard !samples.isEmpty else { return 30 }
        samples.sort()
        let percentile = samples[min(samples.count - 1, samples.count * 3 / 4)]
        return min(45, max(16, percentile + 2))
    }

    /// The sample of the activity column's width that the line of `record` gives: the characters of
    /// its words from token `start` on, one apart, when a token that is not a word (debris, a number, a
    /// border) ends them; 0 when there is no word there or words run to the line's end (a blank line
    /// has no token). The token kinds are looked at first; the line's text is read (for whether it is
    /// plain ASCII, where a word's characters are its bytes) only when the words end that way.
    static func activitySampleLength(of record: UnsafeMutablePointer<OCRLine.Record>, from start: Int) -> Int {
        let tokens = UnsafeBufferPointer(start: record.pointee.tokens, count: record.pointee.tokenCount)
        var end = start
        while end < tokens.count, case .word = tokens[end].kind { end += 1 }
        guard end < tokens.count, end > start else { return 0 }
        let plainASCII = OCRTableBytes.isPlainASCII(record.pointee.text)
        var length = 0
        for position in start..<end {
            length += (length == 0 ? 0 : 1)
                + (plainASCII ? tokens[position].text.utf8.count : OCRTableBytes.characterCount(tokens[position].text))
        }
        return length
    }

    /// The activity part of a line, whose tokens are `tokens`, from token `start` on (the row's text
    /// on its first line): leading words up to debris, a number, the column width, or a capitalised
    /// word after lower-case ones (the start of the next column), each appended to `activity` (given
    /// room for the line's bytes and one more) as it is taken; returns where the part ends. Each word's
    /// bytes are read once, for whether it is plain ASCII (`OCRTableBytes.isPlainASCII`: then its
    /// length is its byte count, its first letter its first byte, and whether it is a function word is
    /// read on them), its length, its first letter and its copy into `activity`; the line's text is not
    /// read (the words after the activity need no look).
    private func activityPart(
        _ tokens: RowTokens, from start: Int, width: Int, into activity: inout OCRWordJoiner.Appender
    ) -> Int {
        var end = start
        var length = 0
        var sawLower = false
        for index in start..<tokens.endIndex {
            guard tokens[index].kind == .word else { break }
            let taken = tokens.withTextBytes(at: index) { bytes -> Bool in
                let plainASCII = OCRTableBytes.isPlainASCII(bytes: bytes)
                let characters = plainASCII ? bytes.count : OCRTableBytes.characterCount(tokens[index].text)
                let plainFirst = plainASCII ? bytes.first : nil
                let newLength = length + (length == 0 ? 0 : 1) + characters
                if newLength > width + 2, length > 0,
                    !(newLength <= width + 7 && Self.isFunctionWord(bytes: bytes, plainASCII: plainASCII, of: tokens[index].text))
                {
                    return false
                }
                if sawLower, length >= 10,
                    plainFirst.map({ $0 >= 0x41 && $0 <= 0x5A }) ?? OCRTableBytes.startsWithUppercase(tokens[index].text),
                    !roleWords.isRoleWord(bytes: bytes, of: tokens[index].text),
                    !Self.isCapitalisedVerb(bytes: bytes, of: tokens[index].text)
                {
                    return false
                }
                if plainFirst.map({ $0 >= 0x61 && $0 <= 0x7A }) ?? OCRTableBytes.startsWithLowercase(tokens[index].text) {
                    sawLower = true
                }
                activity.append(wordBytes: bytes, of: tokens[index].text)
                length = newLength
                return true
            }
            guard taken else { break }
            end = index + 1
        }
        return end
    }

    /// Whether a word whose UTF-8 bytes are `bytes` is one of `functionWords` in lower case
    /// (`OCRTableBytes.lowercasedIsOne`): read on the bytes when they are plain ASCII (`plainASCII`),
    /// where `ASCIIWordSet.containsLowercased` answers the same, the words being ASCII letters only (a
    /// byte whose `| 0x20` is a lower-case letter is that letter or its capital); else on `text`.
    @inline(__always)
    static func isFunctionWord(bytes: UnsafeBufferPointer<UInt8>, plainASCII: Bool, of text: @autoclosure () -> Substring) -> Bool {
        plainASCII ? functionWords.containsLowercased(bytes) : OCRTableBytes.lowercasedIsOne(of: functionWords, text())
    }

    /// Short words that end a wrapped activity line ("… diteliti dan"), even past the column width.
    private static let functionWords = ASCIIWordSet([
        "dan", "ke", "di", "dari", "untuk", "yang", "atau", "serta", "oleh", "pada", "dengan", "kepada",
    ])

    /// The buffers that `step(from:width:scratch:)` fills for a row, emptied and filled again for the
    /// next: kept across the rows of a table, so that a row allocates none of them once the first rows
    /// have grown them, and from table to table (one per thread reading tables at the same time, from
    /// a pool), so that a table allocates only when its rows need more room than the tables before it
    /// made. Every buffer is emptied before a row reads it: what a table leaves in them is never read.
    /// Not private, so that tests can look at what the pool keeps.
    struct StepScratch {
        /// The row's lines that are not blank, read in place.
        var lines = PlainValueBuffer<RowLine>()
        /// The row's lines that are not blank, held, when a broken flexible Waktu was joined
        /// (`joinBrokenFlexibleTime`): `lines` then reads these lines, made for the row; else empty.
        var joinedLines: [OCRLine] = []
        /// For each of those lines, its tokens after the activity.
        var rest = PlainValueBuffer<RowTokens>()
        /// The words of the activity.
        var activity = OCRWordJoiner()
        /// The Mutu Baku cells.
        var cells = MutuBakuCells()
        /// The buffers of the search for the row's Waktu.
        fileprivate var duration = DurationScratch()

        /// The most bytes of a row that the buffers were given room for.
        private var reservedBytes = 0

        /// The scratches tables read so far left for the tables after them: at most one per thread
        /// reading files at the same time, on any machine this runs on.
        static let kept = ReusePool<StepScratch>(capacity: 16)

        /// The largest row, in bytes and in lines, whose buffers are kept for a later table: a hostile
        /// row of megabytes, or of a million blank lines (which have no bytes but take room in the
        /// buffers of lines), leaves no buffers of its size behind.
        static let largestKeptRow = 1 << 16

        /// A scratch that a table read before left, else a new one, with room for the rows of `rows`
        /// (`reserve(roomFor:withCells:)`).
        fileprivate static func take(roomFor rows: [Row], withCells: Bool) -> StepScratch {
            var scratch = kept.take { StepScratch() }
            scratch.reserve(roomFor: rows, withCells: withCells)
            return scratch
        }

        /// Keeps `scratch` for a table read after it, its lines and tokens let go (so that it keeps no
        /// file's lines alive), unless its rows were larger than `largestKeptRow`: in bytes, or in
        /// lines (the room of `lines`, which `reserve` gives every line of a row, blank or not, as it
        /// gives `rest` and the Waktu search's lines).
        ///
        /// The caller gives its scratch up (`consume`), so that the buffers are emptied in place rather
        /// than copied while the caller still holds them.
        static func keep(_ scratch: consuming StepScratch) {
            guard scratch.reservedBytes <= largestKeptRow, scratch.lines.capacity <= largestKeptRow,
                scratch.joinedLines.capacity <= largestKeptRow
            else { return }
            scratch.lines.removeAll()
            scratch.joinedLines.removeAll(keepingCapacity: true)
            scratch.rest.removeAll()
            kept.giveBack(consume scratch)
        }

        /// Makes room for the lines, tokens and bytes of the largest of `rows` (and the Mutu Baku cells'
        /// buffers too when `withCells`), so that no row grows them one reallocation after another.
        fileprivate mutating func reserve(roomFor rows: [Row], withCells: Bool) {
            var lineCount = 0
            var tokenCount = 0
            var byteCount = 0
            for row in rows {
                lineCount = max(lineCount, row.lines.count)
                var rowTokens = 0
                var rowBytes = 0
                for line in row.lines {
                    rowTokens += line.tokens.count
                    rowBytes += line.text.utf8.count
                }
                tokenCount = max(tokenCount, rowTokens)
                byteCount = max(byteCount, rowBytes)
            }
            lines.reserveCapacity(lineCount)
            rest.reserveCapacity(lineCount)
            reservedBytes = max(reservedBytes, byteCount)
            activity.removeAll(reservingCapacity: byteCount + lineCount)
            if withCells { cells.removeAll(reservingCapacity: byteCount) }
            duration.numbers.reserveCapacity(lineCount: lineCount, tokenCount: tokenCount)
        }
    }

    /// The step of `row`, whose activity column is `width` characters wide, read with the buffers of
    /// `scratch`. The row's lines that are not blank are read in place (`RowLine`, `RowTokens`), through
    /// the row's buffer of lines, which holds them: no count of references is taken for a line, or for
    /// a run of its tokens, that the row keeps and reads. Only a row where a line's last token may
    /// start a broken "Disesu|aikan" (`lastTokenKeyMayStartWithDisesu`) has its lines copied, joined
    /// (`joinBrokenFlexibleTime`), and read from the copies.
    private func step(from row: Row, width: Int, scratch: inout StepScratch) -> Step {
        // The row's length only sizes the buffers, so it is that of the lines before
        // `joinBrokenFlexibleTime`.
        scratch.lines.removeAll()
        // Joined lines are held only for the rare row with a broken flexible Waktu.
        if !scratch.joinedLines.isEmpty { scratch.joinedLines.removeAll(keepingCapacity: true) }
        var rowBytes = 0
        row.lines.withUnsafeBufferPointer { lines in
            for index in lines.indices {
                let record = lines[index].recordInPlace
                let byteCount = record.pointee.text.utf8.count
                guard byteCount > 0 else { continue }
                scratch.lines.append(RowLine(number: lines[index].number, record: record))
                rowBytes += byteCount
            }
        }
        if (0..<max(0, scratch.lines.count - 1)).contains(where: {
            Self.lastTokenKeyMayStartWithDisesu(record: scratch.lines[$0].record)
        }) {
            for line in row.lines where !line.isBlank { scratch.joinedLines.append(line) }
            Self.joinBrokenFlexibleTime(&scratch.joinedLines)
            scratch.lines.removeAll()
            for line in scratch.joinedLines { scratch.lines.append(RowLine(number: line.number, record: line.recordInPlace)) }
        }
        // The activity's words of a line are some of its tokens, which its text joins by single spaces:
        // with a space before each, they take at most the line's bytes and one more. A broken Waktu
        // joined above moves a token's bytes to the line before, so the lines' bytes are no more.
        let activityRoom = rowBytes + scratch.lines.count
        scratch.activity.removeAll(reservingCapacity: activityRoom)
        scratch.rest.removeAll()
        let firstLineHoldsRowStart = row.lines.first?.isBlank == false
        scratch.activity.withRoom(for: activityRoom) { activity in
            for index in scratch.lines.indices {
                let lineTokens = RowTokens(scratch.lines[index].record)
                let rowTextStart = index == 0 ? min(row.firstToken, lineTokens.count) : 0
                let start = index == 0 && firstLineHoldsRowStart ? rowTextStart : 0
                let end = hasMutuBaku
                    ? activityPart(lineTokens, from: start, width: width, into: &activity)
                    : Self.readWithoutMutuBaku(
                        lineTokens, timeFrom: lineTokens[start...], activityFrom: rowTextStart, into: &activity)
                scratch.rest.append(lineTokens[end...])
            }
        }
        let firstLine = row.lines.first?.number ?? row.fallbackLine
        let firstLocation = SourceLocation(line: firstLine, column: 1)
        let pivot = Self.duration(in: scratch.rest, timeIsLastColumn: !hasMutuBaku, scratch: &scratch.duration)
        // An OCR step's number and activity are at the row's first line, its Waktu where it was found.
        var locations = StepFieldLocations()
        locations[.number] = firstLocation
        locations[.activity] = firstLocation
        if let pivot {
            let line = scratch.lines[pivot.numberLine ?? pivot.unitLine ?? 0].number
            locations[.duration] = SourceLocation(line: line, column: pivot.column + 1)
        }
        var requirements: String?
        var output: String?
        var notes: String?
        if hasMutuBaku {
            scratch.cells.removeAll(reservingCapacity: rowBytes)
            for (lineIndex, tokens) in scratch.rest.enumerated() {
                scratch.cells.addSegments(
                    of: tokens, line: lineIndex,
                    pivot: pivot.map {
                        (numberLine: $0.numberLine, numberToken: $0.numberToken, unitLine: $0.unitLine, unitToken: $0.unitToken)
                    })
            }
            requirements = scratch.cells.requirements.textIfAny
            output = scratch.cells.output.textIfAny
            notes = scratch.cells.notes.textIfAny
        }
        return Step(
            number: row.number, activity: scratch.activity.text, requirements: requirements,
            duration: pivot.map { Duration(text: $0.text, measure: $0.measure) }, output: output, notes: notes,
            line: firstLine, locations: locations)
    }

    /// A line of a table without Mutu Baku, whose tokens are `all`, read in one pass over them: its
    /// words of two letters or more from `activityStart` on, other than "disesu…" and "sesuai…" (the
    /// Waktu's words), are appended to `activity`, given room for the line's bytes and one more (every
    /// word of the line is activity text, before and after the Waktu); returns where the Waktu starts
    /// among `tokens` (the line's tokens from the row's text on): the first number, unit, amount or
    /// "disesu…" word, or the misread "1" before a unit, else the end.
    /// A word's bytes are read once: its first key byte (`OCRTableBytes.keyStart`) for the "disesu…"
    /// and "sesuai…" questions, its letters, and its copy into `activity`; its "disesu…" key once for
    /// both uses (on the bytes, then on the characters when the word is not plain ASCII).
    static func readWithoutMutuBaku(
        _ all: RowTokens, timeFrom tokens: RowTokens, activityFrom activityStart: Int,
        into activity: inout OCRWordJoiner.Appender
    ) -> Int {
        var time: Int?
        for index in min(tokens.startIndex, activityStart)..<all.endIndex {
            let findsTime = time == nil && index >= tokens.startIndex
            guard all[index].kind == .word else {
                if findsTime {
                    switch all[index].kind {
                    case .unit, .amount, .number: time = index
                    default: break
                    }
                }
                continue
            }
            guard findsTime || index >= activityStart else { continue }
            all.withTextBytes(at: index) { bytes in
                let keyStart = OCRTableBytes.keyStart(bytes: bytes)
                let plainASCII = OCRTableBytes.keyMayStart(with: 0x64, start: keyStart)
                    || OCRTableBytes.keyMayStart(with: 0x73, start: keyStart) ? OCRTableBytes.isPlainASCII(bytes: bytes) : false
                var keyStartsWithDisesu: Bool?
                if findsTime {
                    let bytesStart = OCRTableBytes.keyMayStart(with: 0x64, start: keyStart)
                        && OCRTableBytes.tokenKeyHasPrefix(bytes: bytes, plainASCII: plainASCII, of: all[index].text, "disesu")
                    keyStartsWithDisesu = bytesStart
                    if bytesStart, plainASCII || TextFolding.key(all[index].text).hasPrefix("disesu") {
                        time = index
                    }
                }
                if index >= activityStart, OCRTableBytes.hasLetters(bytes: bytes, of: all[index].text, atLeast: 2),
                    !(keyStartsWithDisesu ?? (OCRTableBytes.keyMayStart(with: 0x64, start: keyStart)
                        && OCRTableBytes.tokenKeyHasPrefix(bytes: bytes, plainASCII: plainASCII, of: all[index].text, "disesu"))),
                    !(OCRTableBytes.keyMayStart(with: 0x73, start: keyStart)
                        && OCRTableBytes.tokenKeyHasPrefix(bytes: bytes, plainASCII: plainASCII, of: all[index].text, "sesuai"))
                {
                    activity.append(wordBytes: bytes, of: all[index].text)
                }
            }
        }
        guard let time else { return tokens.endIndex }
        if case .unit = all[time].kind, time > tokens.startIndex, isMisreadOne(all[time - 1].text) {
            return time - 1
        }
        return time
    }

    /// What OCR makes of a "1" before a unit ("L minggu", "I bulan"): whether
    /// `["l", "L", "I", "J", "i", "!", "]", "IL", "Il"]` holds `text`. Read on the bytes: each of them is
    /// ASCII characters standing alone, which no other text is canonically equivalent to.
    static func isMisreadOne(_ text: Substring) -> Bool {
        var bytesOfText = text
        return bytesOfText.withUTF8 { bytes in
            switch bytes.count {
            case 1:
                switch bytes[0] {
                case 0x6C, 0x4C, 0x49, 0x4A, 0x69, 0x21, 0x5D: true
                default: false
                }
            case 2: bytes[0] == 0x49 && (bytes[1] == 0x4C || bytes[1] == 0x6C)
            default: false
            }
        }
    }

    /// "Disesu" at a line end and "aikan" starting the next line: one word, "Disesuaikan". A line is
    /// turned down on its key first (`lastTokenKeyMayStartWithDisesu`), without copying its last token.
    private static func joinBrokenFlexibleTime(_ lines: inout [OCRLine]) {
        for index in lines.indices.dropLast() {
            guard lastTokenKeyMayStartWithDisesu(lines[index]), let last = lines[index].tokens.last,
                endsWithDisesu(last.text),
                !TextFolding.keyMatches(last.text, "disesuaikan"),
                let next = lines[index + 1].tokens.first, TextFolding.characterCount(next.text) <= 7,
                TextFolding.key(next.text).hasSuffix("kan") || TextFolding.key(next.text).hasSuffix("an")
            else { continue }
            var tokens = Array(lines[index].tokens)
            tokens[tokens.count - 1].text = Substring(String(last.text) + String(next.text))
            lines[index] = OCRLine(number: lines[index].number, tokens: tokens)
            lines[index + 1] = OCRLine(number: lines[index + 1].number, tokens: Array(lines[index + 1].tokens.dropFirst()))
        }
    }

    /// Whether the key of the last token of `line` may start with "disesu"; false only when it cannot.
    /// A line's text is its tokens one space apart, and `TextFolding.key` folds each byte on its own (a
    /// no-break space's two bytes lie in one token), so the last token's key is the end of the line's
    /// key, and no longer than the token's bytes: a key starting with "disesu" puts "disesu" in the
    /// line's key at most that many bytes before its end. Read on the line's record in place
    /// (`OCRLine.recordInPlace`, the line being held by the caller): its key bytes, and the last token's
    /// length where the token lies, without a count of references taken for the line's store.
    static func lastTokenKeyMayStartWithDisesu(_ line: OCRLine) -> Bool {
        lastTokenKeyMayStartWithDisesu(record: line.recordInPlace)
    }

    /// `lastTokenKeyMayStartWithDisesu` of the line whose record is `record`, read in place.
    static func lastTokenKeyMayStartWithDisesu(record: UnsafeMutablePointer<OCRLine.Record>) -> Bool {
        let tokenCount = record.pointee.tokenCount
        guard tokenCount > 0 else { return false }
        let tokenByteCount = record.pointee.tokens[tokenCount - 1].text.utf8.count
        let key = record.pointee.key
        var start = max(0, key.count - tokenByteCount)
        while start + 6 <= key.count {
            if key[start] == 0x64, FoldedKey.hasPrefix(UnsafeBufferPointer(rebasing: key[start...]), "disesu") {
                return true
            }
            start += 1
        }
        return false
    }

    /// `OCRTableBytes.keyHasPrefix(text, "disesu")` of a line's last token: false at once for a token
    /// whose key starts with another letter (most), read on the bytes for a plain ASCII one.
    static func endsWithDisesu(_ text: Substring) -> Bool {
        var bytesOfText = text
        return bytesOfText.withUTF8 { bytes in
            guard OCRTableBytes.keyMayStart(with: 0x64, start: OCRTableBytes.keyStart(bytes: bytes)) else { return false }
            return OCRTableBytes.isPlainASCII(bytes: bytes)
                ? OCRTableBytes.plainKeyStarts(bytes: bytes, with: "disesu") : OCRTableBytes.keyHasPrefix(text, "disesu")
        }
    }

    /// Words joined by spaces; a word broken with a hyphen at a line end is joined to the next.
    static func joinWords<Word: StringProtocol>(_ words: [Word]) -> String {
        var joiner = OCRWordJoiner(capacityHint: words.reduce(0) { $0 + $1.utf8.count + 1 })
        for word in words { joiner.append(word) }
        return joiner.text
    }

    /// The Waktu of a row: its number, unit, where they are (lines counted from the row's first, tokens
    /// from the first after the activity).
    private struct Pivot {
        var text: String
        var measure: DurationMeasure
        var numberLine: Int?
        var numberToken: Int?
        var unitLine: Int?
        var unitToken: Int?
        var column: Int
    }

    /// The token `offset` places after the first of `tokens`.
    @inline(__always)
    private static func token<Tokens: OCRTokenPositions>(_ tokens: Tokens, at offset: Int) -> OCRToken {
        tokens[tokens.startIndex + offset]
    }

    /// The best number found so far for a unit: where it is, its value, its weight, and whether it is
    /// a "1" that OCR misread. Plain values: its text is read for the number chosen only
    /// (`durationText(untrimmedNumber:unit:written:)`), not for every number that was the best for a while.
    private struct NumberChoice {
        var score: Double
        var line: Int
        var index: Int
        var value: Double
        var misreadOne: Bool
        var unit: (line: Int, index: Int, unit: DurationUnit)

        /// Makes the number at `index` (of line `line` of the rest of a row), of value `value`, found
        /// for `unit`, the best when `score` beats `best`'s or there is none yet; `misreadOne` tells
        /// whether it is a misread "1". A function of its own, with `best` handed in, rather than a
        /// nested one that captures it: so that writing `best` needs no run-time exclusivity check.
        static func consider(
            _ index: Int, line: Int, value: Double, misreadOne: Bool, score: Double,
            unit: (line: Int, index: Int, unit: DurationUnit), best: inout NumberChoice?
        ) {
            guard best.map({ score > $0.score }) ?? true else { return }
            best = NumberChoice(score: score, line: line, index: index, value: value, misreadOne: misreadOne, unit: unit)
        }
    }

    /// Finds the Waktu among the tokens after the activity: a number glued to a unit ("1jam"), a
    /// number followed by a unit, or a number on one line and its unit on a following one; a "1" that
    /// OCR read as "l", "I", "|" or "J" before a unit; else "Disesuaikan" (possibly broken over two
    /// lines); else a unit alone.
    private static func duration<Tokens: OCRTokenTextBytes, Rest: RandomAccessCollection<Tokens>>(
        in rest: Rest, timeIsLastColumn: Bool = false, scratch: inout DurationScratch
    ) -> Pivot? where Rest.Index == Int {
        scratch.units.removeAll()
        for (line, tokens) in rest.enumerated() {
            for position in tokens.indices {
                switch tokens[position].kind {
                case .amount(let value, let unit):
                    let token = tokens[position]
                    let index = position - tokens.startIndex
                    let text = durationText(number: NumberFormatting.decimal(value)[...], unit: unit, written: token.text)
                    return Pivot(
                        text: text, measure: .amount(value: value, unit: unit), numberLine: line, numberToken: index,
                        unitLine: line, unitToken: index, column: token.offset)
                case .unit(let unit):
                    scratch.units.append((line, position - tokens.startIndex, unit))
                default:
                    break
                }
            }
        }
        var best: NumberChoice?
        if !scratch.units.isEmpty { scratch.numbers.removeAll(lineCount: rest.count) }
        for unit in scratch.units {
            let atLineEnd = unit.index == rest[unit.line].count - 1
            let lastColumnBonus = timeIsLastColumn && atLineEnd ? 3.0 : 0
            for line in max(0, unit.line - 4)...unit.line {
                let tokens = rest[line]
                scratch.numbers.read(line: line, tokens)
                let distance = -2.0 * Double(unit.line - line)
                let end = line == unit.line ? max(0, unit.index - 1) : tokens.count
                if let index = scratch.numbers.firstBest(before: end, onLine: line) {
                    let number = scratch.numbers.number(at: index, onLine: line)!
                    NumberChoice.consider(
                        index, line: line, value: number.value, misreadOne: false,
                        score: distance + number.score + lastColumnBonus, unit: unit, best: &best)
                }
                if line == unit.line, unit.index > 0 {
                    let index = unit.index - 1
                    let number = scratch.numbers.number(at: index, onLine: line)
                    if let value = number?.value ?? (isMisreadOne(token(tokens, at: index).text) ? 1 : nil) {
                        let score = 10 + LineNumbers.score(of: value, in: tokens, at: index, adjacent: true)
                        NumberChoice.consider(
                            index, line: line, value: value, misreadOne: number == nil,
                            score: distance + score + lastColumnBonus, unit: unit, best: &best)
                    }
                }
            }
        }
        if let best {
            let written = token(rest[best.unit.line], at: best.unit.index).text
            let number = token(rest[best.line], at: best.index)
            return Pivot(
                text: best.misreadOne
                    ? durationText(number: "1", unit: best.unit.unit, written: written)
                    : durationText(untrimmedNumber: number.text, unit: best.unit.unit, written: written),
                measure: .amount(value: best.value, unit: best.unit.unit),
                numberLine: best.line, numberToken: best.index, unitLine: best.unit.line, unitToken: best.unit.index,
                column: number.offset)
        }
        for (line, tokens) in rest.enumerated() {
            for position in tokens.indices {
                let flexible = tokens.withTextBytes(at: position) { bytes in
                    Self.flexibleTimeWord(bytes: bytes, of: tokens[position].text)
                }
                guard let flexible else { continue }
                let token = tokens[position]
                let index = position - tokens.startIndex
                let isSesuaiKebutuhan = flexible == .sesuai
                    && index + 1 < tokens.count && TextFolding.keyMatches(Self.token(tokens, at: index + 1).text, "kebutuhan")
                if isSesuaiKebutuhan || flexible == .disesuaikan {
                    return Pivot(
                        text: isSesuaiKebutuhan ? "Sesuai kebutuhan" : "Disesuaikan", measure: .flexible, numberLine: nil,
                        numberToken: nil, unitLine: line, unitToken: index, column: token.offset)
                }
            }
        }
        if let unit = scratch.units.first {
            let token = token(rest[unit.line], at: unit.index)
            return Pivot(
                text: canonicalUnitWord(unit.unit, written: token.text), measure: .unreadable, numberLine: nil,
                numberToken: nil, unitLine: unit.line, unitToken: unit.index, column: token.offset)
        }
        return nil
    }

    /// A word that gives a row a flexible Waktu: "sesuai" (of "sesuai kebutuhan"), or a word whose key
    /// starts with "disesu" or "menyesuai" (both read as "Disesuaikan").
    enum FlexibleTimeWord { case sesuai, disesuaikan }

    /// Which `FlexibleTimeWord` a token whose UTF-8 bytes are `bytes` is: `TextFolding.keyMatches(text,
    /// "sesuai")`, else `OCRTableBytes.keyHasPrefix` of "disesu" or "menyesuai"; nil at once for a
    /// token whose key starts with another letter (most), read on the bytes for a plain ASCII one.
    static func flexibleTimeWord(bytes: UnsafeBufferPointer<UInt8>, of text: @autoclosure () -> Substring) -> FlexibleTimeWord? {
        let keyStart = OCRTableBytes.keyStart(bytes: bytes)
        let mayBeSesuai = OCRTableBytes.keyMayStart(with: 0x73, start: keyStart)
        let mayBeDisesu = OCRTableBytes.keyMayStart(with: 0x64, start: keyStart)
        let mayBeMenyesuai = OCRTableBytes.keyMayStart(with: 0x6D, start: keyStart)
        guard mayBeSesuai || mayBeDisesu || mayBeMenyesuai else { return nil }
        if OCRTableBytes.isPlainASCII(bytes: bytes) {
            if mayBeSesuai, OCRTableBytes.plainKeyStarts(bytes: bytes, with: "sesuai", whole: true) { return .sesuai }
            if mayBeDisesu && OCRTableBytes.plainKeyStarts(bytes: bytes, with: "disesu")
                || mayBeMenyesuai && OCRTableBytes.plainKeyStarts(bytes: bytes, with: "menyesuai")
            {
                return .disesuaikan
            }
            return nil
        }
        let text = text()
        if mayBeSesuai, TextFolding.keyMatches(text, "sesuai") { return .sesuai }
        if mayBeDisesu && OCRTableBytes.keyHasPrefix(text, "disesu")
            || mayBeMenyesuai && OCRTableBytes.keyHasPrefix(text, "menyesuai")
        {
            return .disesuaikan
        }
        return nil
    }

    /// The buffers that `duration(in:timeIsLastColumn:scratch:)` fills for a row, emptied and filled
    /// again for the next, so that a row allocates neither once the first rows have grown them.
    fileprivate struct DurationScratch {
        /// The units among the row's tokens: the line, the token's index in it, and the unit.
        var units = PlainValueBuffer<(line: Int, index: Int, unit: DurationUnit)>()
        /// The numbers of the row's lines that a unit has asked for.
        var numbers = LineNumbers()
    }

    /// The numbers of the lines of a row as `duration(in:)` weighs them as the number of a unit that
    /// is not right after them, with, for each number, the first of the best-weighed up to it: a unit
    /// then finds its best number on a line at once, instead of weighing every token before it again
    /// (which made a row with many durations cost the square of its tokens). Only the number tokens
    /// keep an entry (a line holds a few among many words), one after another in a flat array of plain
    /// values kept across rows: no array per line, no entry per word, and nothing to release when the
    /// next row empties them. A line is read, in one pass over its tokens, when a unit first asks for it.
    struct LineNumbers {
        /// A number token of a line: its position, value and weight, and the position of the first
        /// number of highest weight among the line's numbers up to it.
        private struct Entry {
            var position: Int
            var value: Double
            var score: Double
            var firstBest: Int
        }

        /// The entries of the number tokens of the lines read, line after line: the first `entryCount`;
        /// those after them are left from earlier rows, to be written over.
        private var entries: [Entry] = []
        /// How many of `entries` belong to the row.
        private var entryCount = 0
        /// For each line of the row, the range of its entries, `unread` before the line is read; the
        /// ranges after the row's lines are left from earlier rows.
        private var ranges: [Range<Int>] = []

        /// The range of a line not read yet.
        private static let unread = -1..<(-1)

        /// Makes room for the numbers of a row of `lineCount` lines and `tokenCount` tokens.
        mutating func reserveCapacity(lineCount: Int, tokenCount: Int) {
            entries.reserveCapacity(tokenCount)
            ranges.reserveCapacity(lineCount)
        }

        /// Forgets the lines read, keeping the buffers, for a row of `lineCount` lines: the entries are
        /// counted from zero again and the row's ranges marked unread in place (emptying the arrays
        /// would cost a generic `replaceSubrange` each).
        mutating func removeAll(lineCount: Int) {
            entryCount = 0
            if ranges.count < lineCount {
                ranges.append(contentsOf: repeatElement(Self.unread, count: lineCount - ranges.count))
            }
            for line in 0..<lineCount { ranges[line] = Self.unread }
        }

        /// Reads the numbers of line `line`, whose tokens are `tokens`, unless it was read.
        mutating func read<Tokens: OCRTokenTextBytes>(line: Int, _ tokens: Tokens) {
            guard ranges[line] == Self.unread else { return }
            let entryStart = entryCount
            var best = -1
            var bestScore = 0.0
            for index in tokens.indices {
                guard case .number = tokens[index].kind,
                    let value = tokens.withTextBytes(at: index, Self.numberValue(bytes:)) ?? Self.numberValue(of: tokens[index].text)
                else { continue }
                let position = index - tokens.startIndex
                let score = Self.score(of: value, in: tokens, at: position, adjacent: false)
                if best < 0 || score > bestScore {
                    best = position
                    bestScore = score
                }
                let entry = Entry(position: position, value: value, score: score, firstBest: best)
                if entryCount < entries.count {
                    entries[entryCount] = entry
                } else {
                    entries.append(entry)
                }
                entryCount += 1
            }
            ranges[line] = entryStart..<entryCount
        }

        /// `OCRToken.number(text.trimmingOCRPunctuation())`, read in one look at the bytes of `text`
        /// when the punctuation trimmed off its ends is plain ASCII standing alone and what is left is
        /// ASCII (no substring and no second look at the bytes); else asked of the trimmed text.
        static func numberValue(of text: Substring) -> Double? {
            var bytesOfText = text
            if let fromBytes = bytesOfText.withUTF8(numberValue(bytes:)) { return fromBytes }
            return OCRToken.number(text.trimmingOCRPunctuation())
        }

        /// `numberValue(of:)` of a text whose UTF-8 bytes are `bytes`, when it is read on them (the
        /// punctuation trimmed off its ends is plain ASCII standing alone and what is left is ASCII);
        /// nil (the outer optional) when the text must be asked.
        static func numberValue(bytes: UnsafeBufferPointer<UInt8>) -> Double?? {
            guard let bounds = Substring.boundsTrimmedOfOCRPunctuation(bytes) else { return nil }
            return OCRToken.asciiNumber(UnsafeBufferPointer(rebasing: bytes[bounds]))
        }

        /// The index of the first number of highest weight among the tokens before `end` of line
        /// `line`, which was read.
        func firstBest(before end: Int, onLine line: Int) -> Int? {
            let range = ranges[line]
            var entry = range.upperBound
            while entry > range.lowerBound {
                entry -= 1
                if entries[entry].position < end { return entries[entry].firstBest }
            }
            return nil
        }

        /// The value and weight of the token at `index` of line `line`, which was read, when it is a
        /// number.
        func number(at index: Int, onLine line: Int) -> (value: Double, score: Double)? {
            for entry in entries[ranges[line]] where entry.position == index { return (entry.value, entry.score) }
            return nil
        }

        /// Whether `value` is one of the amounts durations are usually given in:
        /// `[5, 10, 15, 20, 25, 30, 45, 60, 90, 120, 2, 3, 4].contains(value)`.
        static func isRoundDuration(_ value: Int) -> Bool {
            switch value {
            case 2, 3, 4, 5, 10, 15, 20, 25, 30, 45, 60, 90, 120: true
            default: false
            }
        }

        /// The weight of `value` read at position `index` of `tokens` as the number of a unit, apart
        /// from the lines between them and the unit's place: round values gain, 0 and values over 500
        /// lose, a lone 1 loses unless right before the unit, and a number after a times sign loses.
        static func score<Tokens: OCRTokenTextBytes>(of value: Double, in tokens: Tokens, at index: Int, adjacent: Bool) -> Double {
            var score = 0.0
            if value.magnitude < 1_000, isRoundDuration(Int(value)) { score += 2 }
            if value == 1, !adjacent { score -= 2 }
            if value == 0 || value > 500 { score -= 10 }
            if index > 0, tokens.withTextBytes(at: tokens.startIndex + index - 1, isTimesSign(bytes:)) { score -= 8 }
            return score
        }
    }

    /// Whether a token is a multiplication sign ("2 x 30 menit" is no duration of 2): `["x", "X", "×"]`
    /// holds it. Read on the bytes: no other text is canonically equivalent to one of them.
    static func isTimesSign(_ text: Substring) -> Bool {
        var bytesOfText = text
        return bytesOfText.withUTF8(isTimesSign(bytes:))
    }

    /// `isTimesSign` of a text whose UTF-8 bytes are `bytes`.
    static func isTimesSign(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch bytes.count {
        case 1: bytes[0] == 0x78 || bytes[0] == 0x58
        case 2: bytes[0] == 0xC3 && bytes[1] == 0x97
        default: false
        }
    }

    /// The text of a Waktu, `String(number) + " " + unit`, written once into a string of its length
    /// (no string for the number and none for each step of the joining).
    static func durationText(number: Substring, unit: String) -> String {
        var numberText = number
        var unitText = unit
        return numberText.withUTF8 { numberBytes in
            unitText.withUTF8 { unitBytes in
                joinedBySpace(numberBytes, unitBytes)
            }
        }
    }

    /// The string of the UTF-8 bytes `first`, a space and `second`, written once at its length, each
    /// piece copied in a few loads and stores (`OCRWordJoiner.copyBytes`): a Waktu's number and unit
    /// are a few bytes each.
    private static func joinedBySpace(_ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>) -> String {
        let count = first.count + 1 + second.count
        return String(unsafeUninitializedCapacity: count) { buffer in
            let base = buffer.baseAddress!
            if !first.isEmpty { OCRWordJoiner.copyBytes(first, to: base) }
            base[first.count] = 0x20
            if !second.isEmpty { OCRWordJoiner.copyBytes(second, to: base + first.count + 1) }
            return count
        }
    }

    /// `durationText(number:unit:)` of `canonicalUnitWord(unit, written:)`: the unit's bytes are
    /// written straight after the number when the written word is plain ASCII (`plainUnitBytes`; no
    /// string for the unit).
    static func durationText(number: Substring, unit: DurationUnit, written: Substring) -> String {
        var numberText = number
        var writtenText = written
        let text = numberText.withUTF8 { numberBytes in
            writtenText.withUTF8 { writtenBytes in
                plainUnitBytes(unit, written: writtenBytes).map { joinedBySpace(numberBytes, $0) }
            }
        }
        return text ?? durationText(number: number, unit: unitWord(unit, trimmedFrom: written))
    }

    /// `durationText(number: text.trimmingOCRPunctuation(), unit:, written:)` of a number token's text:
    /// the number's bytes without OCR punctuation are written straight from the token's, with no
    /// substring of them, when they are read on the bytes (`Substring.boundsTrimmedOfOCRPunctuation`)
    /// and the written unit word is plain ASCII (`plainUnitBytes`).
    static func durationText(untrimmedNumber text: Substring, unit: DurationUnit, written: Substring) -> String {
        var bytesOfText = text
        var bytesOfWritten = written
        let joined = bytesOfText.withUTF8 { bytes -> String? in
            guard let bounds = Substring.boundsTrimmedOfOCRPunctuation(bytes) else { return nil }
            return bytesOfWritten.withUTF8 { writtenBytes in
                plainUnitBytes(unit, written: writtenBytes).map { joinedBySpace(UnsafeBufferPointer(rebasing: bytes[bounds]), $0) }
            }
        }
        return joined ?? durationText(number: text.trimmingOCRPunctuation(), unit: unit, written: written)
    }

    /// The UTF-8 bytes of `canonicalUnitWord(unit, written:)` when the written word, whose UTF-8 bytes
    /// are `bytes`, is plain ASCII (`OCRTableBytes.isPlainASCII`): there every byte is a character of
    /// its own, the only letters and numbers are the ASCII letters and digits, and lowering a character
    /// lowers its byte. They are the word's core (a range of `bytes`) when it is the unit's word in any
    /// letter case (`OCRTableBytes.spellsUnitWord`), else the unit's word (`DurationUnit.indonesianWord`,
    /// a static string's bytes, there for the whole run). Nil for any other word.
    @inline(__always)
    private static func plainUnitBytes(_ unit: DurationUnit, written bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
        guard OCRTableBytes.isPlainASCII(bytes: bytes) else { return nil }
        var start = 0
        var end = bytes.count
        while start < end, !TextFolding.isASCIIAlphanumeric(bytes[start]) { start += 1 }
        while end > start, !TextFolding.isASCIIAlphanumeric(bytes[end - 1]) { end -= 1 }
        while start < end, bytes[start] >= 0x30 && bytes[start] <= 0x39 || bytes[start] == 0x2C || bytes[start] == 0x2E {
            start += 1
        }
        let core = UnsafeBufferPointer(rebasing: bytes[start..<end])
        if OCRTableBytes.spellsUnitWord(unit, inAnyCase: core) { return core }
        let word = unit.indonesianWord
        return UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
    }

    /// The unit as written when it is spelt right ("Menit"), else its correct spelling ("iam" → "jam"),
    /// read on the bytes of a plain ASCII word (`plainUnitBytes`), else on its characters.
    static func canonicalUnitWord(_ unit: DurationUnit, written: Substring) -> String {
        var bytesOfWritten = written
        let plain = bytesOfWritten.withUTF8 { bytes in plainUnitBytes(unit, written: bytes).map(String.init(utf8Bytes:)) }
        return plain ?? unitWord(unit, trimmedFrom: written)
    }

    /// `canonicalUnitWord` of a word that is not plain ASCII, of unit `unit`: the word without OCR
    /// punctuation, read on its bytes when that leaves it plain ASCII, else on its characters.
    private static func unitWord(_ unit: DurationUnit, trimmedFrom written: Substring) -> String {
        let correct = unit.indonesianWord.description
        var trimmed = written.trimmingOCRPunctuation()
        let spelling = trimmed.withUTF8 { bytes -> String? in
            guard !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
            var start = 0
            while start < bytes.count, bytes[start] >= 0x30 && bytes[start] <= 0x39 || bytes[start] == 0x2C
                || bytes[start] == 0x2E
            {
                start += 1
            }
            let core = UnsafeBufferPointer(rebasing: bytes[start...])
            let isCorrect = PackedASCIIWord(core)?.asciiLowercased == PackedASCIIWord(correct.utf8)
            return isCorrect ? String(decoding: core, as: UTF8.self) : correct
        }
        if let spelling { return spelling }
        let core = String(trimmed.drop { $0.isNumber || $0 == "," || $0 == "." })
        return core.lowercased() == correct ? core : correct
    }

    /// Which side of the Waktu a segment of text is on.
    enum Side { case before, after, unknown }

    /// The Mutu Baku cells of a row after its activity: Kelengkapan (before the Waktu), Output (the
    /// first segment after it) and Keterangan (the segments after the Output). A segment's cell is
    /// known from where the segment starts, so each word is appended straight to its cell: no buffer
    /// per segment and no second copy of its bytes. (A word joins its cell as it would join its
    /// segment, and the segment its cell: the hyphen a word may be glued to is the last byte of a word
    /// already taken, which holds a letter or a digit, so never a lone "-".)
    struct MutuBakuCells {
        var requirements: OCRWordJoiner
        var output: OCRWordJoiner
        var notes: OCRWordJoiner

        /// Empty cells, which allocate nothing until `removeAll(reservingCapacity:)` or a word.
        init() {
            requirements = OCRWordJoiner()
            output = OCRWordJoiner()
            notes = OCRWordJoiner()
        }

        /// Empties the cells for the next row, keeping their buffers, with room for `capacity` bytes
        /// in each.
        mutating func removeAll(reservingCapacity capacity: Int) {
            requirements.removeAll(reservingCapacity: capacity)
            output.removeAll(reservingCapacity: capacity)
            notes.removeAll(reservingCapacity: capacity)
        }

        /// Adds the text segments of one line after the activity (line `line` of the row's rest): runs
        /// of words between debris, pipes and the Waktu's tokens. A segment before the Waktu is
        /// Kelengkapan; after it, the first is Output and the others Keterangan. On a line without the
        /// Waktu's number (or its unit, when the number is not on the line), a segment is Kelengkapan on
        /// a line above the Waktu's (or the first segment of a row without Waktu), else Output for the
        /// line's first segment and Keterangan for the others. The Waktu is given by the line and token
        /// (counted from the first of `tokens`) of its number and of its unit.
        mutating func addSegments(
            of tokens: RowTokens, line: Int,
            pivot: (numberLine: Int?, numberToken: Int?, unitLine: Int?, unitToken: Int?)?
        ) {
            let pivotIndex: Int? = {
                if let pivot, pivot.numberLine == line { return pivot.numberToken }
                if let pivot, pivot.unitLine == line { return pivot.unitToken }
                return nil
            }()
            let lonelyUnitIndex: Int? = {
                guard let pivot, pivot.unitLine == line, pivot.numberLine != line else { return nil }
                return pivot.unitToken
            }()
            var reading = SegmentPlace(
                side: pivotIndex == nil ? .unknown : .before, abovePivot: line < (pivot?.numberLine ?? pivot?.unitLine ?? Int.max),
                hasPivot: pivot != nil)
            for index in tokens.indices {
                let offset = index - tokens.startIndex
                if let pivotIndex, offset == pivotIndex {
                    reading.endSegment()
                    reading.side = .after
                    continue
                }
                if let lonelyUnitIndex, offset == lonelyUnitIndex {
                    reading.endSegment()
                    continue
                }
                let isNumber: Bool
                switch tokens[index].kind {
                case .word: isNumber = false
                case .number: isNumber = true
                default:
                    reading.endSegment()
                    continue
                }
                tokens.withTextBytes(at: index) { bytes in
                    guard !bytes.isEmpty,
                        isNumber || OCRTableBytes.hasWordCharacter(bytes: bytes, of: tokens[index].text)
                    else { return }
                    switch reading.cellOfSegment() {
                    case .requirements: requirements.append(wordBytes: bytes, of: tokens[index].text)
                    case .output: output.append(wordBytes: bytes, of: tokens[index].text)
                    case .notes: notes.append(wordBytes: bytes, of: tokens[index].text)
                    }
                }
            }
            reading.endSegment()
        }

        /// The three cells a segment may go to.
        enum Cell { case requirements, output, notes }

        /// Where the segments of a line are: the side of the Waktu, how many segments came before and
        /// after it, where the line is with respect to the Waktu, and the cell of the segment being
        /// read (nil before its first word).
        struct SegmentPlace {
            var side: Side
            let abovePivot: Bool
            let hasPivot: Bool
            var segments = 0
            var afterPivot = 0
            var openCell: Cell?

            /// The cell of the segment being read, chosen at its first word from the segments before it.
            mutating func cellOfSegment() -> Cell {
                if let openCell { return openCell }
                let cell: Cell
                switch side {
                case .before:
                    cell = .requirements
                case .after:
                    cell = afterPivot == 0 ? .output : .notes
                case .unknown:
                    if abovePivot || !hasPivot && segments == 0 {
                        cell = .requirements
                    } else {
                        cell = segments == 0 ? .output : .notes
                    }
                }
                openCell = cell
                return cell
            }

            /// Ends the segment being read, if a word started it, and counts it.
            mutating func endSegment() {
                guard openCell != nil else { return }
                if side == .after { afterPivot += 1 }
                segments += 1
                openCell = nil
            }
        }
    }

    // MARK: Block tables

    /// Steps of a table OCR printed column by column: each text block is a step; a duration block
    /// after it is its Waktu; a lone "10." before it gives its number.
    private mutating func blockSteps(_ lines: ArraySlice<OCRLine>) {
        var number = 0
        var pendingNumber: Int?
        var durationScratch = DurationScratch()
        var activity = OCRWordJoiner()
        var lineWords: [UInt8] = []
        for block in Self.blocks(lines.filter { $0.number > headerEndLine }) {
            if block.reduce(0, { $0 + $1.tokens.count }) == 1, let start = block[0].rowStart {
                pendingNumber = start.number
                continue
            }
            if let start = block[0].rowStart, pendingNumber == nil {
                pendingNumber = start.number
            }
            let pivot = Self.duration(in: block.map { $0.tokens[...] }, scratch: &durationScratch)
            let words = Self.blockWords(block)
            let isActivity = words.count >= 2 || (words.count == 1 && TextFolding.characterCount(words.first!.text) >= 6
                && words.first!.text.first!.isUppercase && pivot == nil)
            if isActivity, pivot == nil || words.count >= 3 {
                number = pendingNumber ?? (number + 1)
                pendingNumber = nil
                activity.removeAll()
                for line in block {
                    var tokens = line.tokens[...]
                    if let start = line.rowStart, line.number == block[0].number { tokens = tokens.dropFirst(start.nextToken) }
                    lineWords.removeAll(keepingCapacity: true)
                    var isFirstWord = true
                    for token in tokens where token.kind == .word || token.kind == .number {
                        if !isFirstWord { lineWords.append(0x20) }
                        isFirstWord = false
                        OCRTableBytes.append(token.text, to: &lineWords)
                    }
                    activity.append(piece: lineWords)
                }
                var step = Step(number: number, activity: activity.text, line: block[0].number)
                step.locations[.number] = block[0].location
                step.locations[.activity] = block[0].location
                table.steps.append(step)
                if let pivot, words.count >= 3 {
                    assign(pivot, to: table.steps.count - 1, line: block[0].number)
                }
            } else if let pivot, !table.steps.isEmpty, table.steps[table.steps.count - 1].duration == nil {
                assign(pivot, to: table.steps.count - 1, line: block[0].number)
            }
        }
    }

    /// The words of a block (tokens of two letters or more), counted up to three, and the first.
    private static func blockWords(_ block: [OCRLine]) -> (count: Int, first: OCRToken?) {
        var count = 0
        var first: OCRToken?
        for line in block {
            for token in line.tokens where token.kind == .word && TextFolding.hasLetters(token.text, atLeast: 2) {
                if first == nil { first = token }
                count += 1
                if count == 3 { return (count, first) }
            }
        }
        return (count, first)
    }

    private mutating func assign(_ pivot: Pivot, to index: Int, line: Int) {
        table.steps[index].duration = Duration(text: pivot.text, measure: pivot.measure)
        table.steps[index].locations[.duration] = SourceLocation(line: line, column: pivot.column + 1)
    }
}
