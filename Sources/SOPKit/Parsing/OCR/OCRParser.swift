/// Parses OCR text of scanned SOPs into SOPs: splits the file into its SOPs, reads each identity
/// block, procedure table and narrative sections, reconciles the table with the narrative procedure,
/// and repairs misread words against the SOP lexicon, recording every repair.
enum OCRParser {
    /// Parses the OCR lines `lines[segment.range]` (one SOP or several: a part cut by `segments`, or
    /// any lines given as `Segment(range:openingEnd:)` with `openingEnd` at the range's end) of
    /// `file`. Their misread words are repaired in place, in the caller's lines, rather than in a copy
    /// of them: the caller reads no line of the range after this parse. The repaired lines are cut
    /// into SOPs as `segments` would cut them (`parts(of:in:restKeptFacts:)`).
    static func parse(_ lines: inout [OCRLine], _ segment: Segment, file: String) -> (sops: [SOP], diagnostics: [Diagnostic]) {
        let repair = repairWords(&lines, segment, file: file)
        var diagnostics = repair.diagnostics
        var sops: [SOP] = []
        for part in parts(of: segment, in: lines[...], restKeptFacts: repair.restKeptFacts) {
            guard let (sop, sopDiagnostics) = parseSOP(lines[part.range], file: file, ordinal: sops.count + 1) else { continue }
            sops.append(sop)
            diagnostics += sopDiagnostics
        }
        return (sops, diagnostics)
    }

    /// Repairs the misread words of `lines[segment.range]` in place, and returns a diagnostic per
    /// repair and whether every line repaired from `segment.openingEnd` on kept the facts segmentation
    /// reads of it (`sameSegmentationFacts`): word repair can make a line start an identity or mark
    /// content, or stop doing so. Each line's record and tokens are read in place in the lines'
    /// storage (`recordInPlace`), without a count of references taken on its store, and the repairs
    /// of every line are gathered in one array kept for the segment: a line without a repair (most
    /// lines) costs no more than the look at its tokens; the diagnostics are given room for a few at
    /// their first, rather than grown one doubling at a time. The memo is told the segment's tokens first, as
    /// many lookups as it can be asked (`Memo.expectLookUps(atMost:)`), so that a usual document, far
    /// below the budget, notes none.
    static func repairWords(_ lines: inout [OCRLine], _ segment: Segment, file: String) -> (diagnostics: [Diagnostic], restKeptFacts: Bool) {
        var diagnostics: [Diagnostic] = []
        var memo = OCRRepair.Memo()
        var restKeptFacts = true
        var repairs: [OCRRepair.Repair] = []
        lines.withUnsafeMutableBufferPointer { lines in
            var tokenCount = 0
            for position in segment.range { tokenCount &+= lines[position].recordInPlace.pointee.tokenCount }
            memo.expectLookUps(atMost: tokenCount)
            for position in segment.range {
                // A line without tokens (about a third of an OCR file's lines), or whose tokens all stay
                // as they are without a lookup, has nothing to repair.
                let record = lines[position].recordInPlace
                guard record.pointee.mayNeedWordRepair,
                    let tokens = OCRRepair.repairedTokens(
                        UnsafeBufferPointer(start: record.pointee.tokens, count: record.pointee.tokenCount),
                        memo: &memo, appendingRepairsTo: &repairs)
                else { continue }
                let number = lines[position].number
                if diagnostics.capacity == 0 { diagnostics.reserveCapacity(max(8, repairs.count)) }
                for repair in repairs {
                    diagnostics.append(Diagnostic(
                        .ocrWordRepaired, repairMessage(repair), file: file,
                        at: SourceLocation(line: number, column: repair.offset + 1)))
                }
                repairs.removeAll(keepingCapacity: true)
                let repaired = OCRLine(number: number, tokens: tokens)
                if restKeptFacts, position >= segment.openingEnd, !sameSegmentationFacts(lines[position], repaired) {
                    restKeptFacts = false
                }
                lines[position] = repaired
            }
        }
        return (diagnostics, restKeptFacts)
    }

    /// `"OCR word \"\(repair.original)\" read as \"\(repair.replacement)\""`, written at its final size
    /// (`MessageBytes`) rather than grown piece by piece.
    static func repairMessage(_ repair: OCRRepair.Repair) -> String {
        MessageBytes.written { message in
            message.write("OCR word \"")
            message.write(contentsOf: repair.original)
            message.write("\" read as \"")
            message.write(contentsOf: repair.replacement)
            message.write("\"")
        }
    }

    // MARK: Segmentation

    /// The lines of one SOP as `segments` cut them, and where the lines that decided its start end.
    struct Segment: Equatable {
        /// The SOP's lines, indices of the file's lines.
        let range: Range<Int>
        /// The line after the identity start that cut this SOP from the one before (the blank, junk and
        /// agency lines above that start begin the range), or the range's start for the first SOP of the
        /// lines cut. From here to the range's end, segmentation found no identity start after content:
        /// the lines cut again with the same `startsIdentity` and `marksContent` there, only the lines
        /// before may be cut otherwise (`parts(of:in:restKeptFacts:)`).
        let openingEnd: Int
    }

    /// Cuts lines into SOPs at the identity starts (`startsIdentity`) handed to it in order: at an
    /// identity start after a line that marks content (`marksContent`), looked for only from the line
    /// after the identity start before it, the SOP being read ends, above the blank, junk and agency
    /// lines just above that start.
    struct SegmentCutter {
        /// The SOPs cut so far.
        private var segments: [Segment] = []
        /// Where the SOP being read starts.
        private var start: Int
        /// Where the SOP being read was opened (`Segment.openingEnd`).
        private var openingEnd: Int
        /// The line after the last identity start handed over (the first line, before any): the
        /// first line looked at for content at the next one.
        private(set) var unchecked: Int

        /// A cutter of lines from `start` on, none handed over yet.
        init(start: Int) {
            self.start = start
            openingEnd = start
            unchecked = start
        }

        /// Takes the identity start at `index` of `lines` (after every one handed over before): cuts
        /// the SOP being read there when one of the lines from `unchecked` to it marks content.
        mutating func takeIdentityStart(at index: Int, of lines: ArraySlice<OCRLine>) {
            defer { unchecked = index + 1 }
            guard anyMarksContent(lines[unchecked...index]) else { return }
            var boundary = index
            while boundary - 1 > start,
                lines[boundary - 1].isBlank || lines[boundary - 1].isJunk
                    || OCRIdentityParser.agencyFragment(lines[boundary - 1].text, after: nil) != nil
            {
                boundary -= 1
            }
            segments.append(Segment(range: start..<boundary, openingEnd: openingEnd))
            start = boundary
            openingEnd = index + 1
        }

        /// The SOPs cut, the last one ending at `end`.
        consuming func finish(at end: Int) -> [Segment] {
            segments.append(Segment(range: start..<end, openingEnd: openingEnd))
            return segments
        }
    }

    /// Where each SOP starts: an identity label ("No. SOP", "Nomor SOP", "Nama SOP") after a table or
    /// sections, with the agency lines and blank lines just above it; and form feeds.
    ///
    /// Whether a line marks content (`marksContent`) depends on that line alone and matters only at
    /// the next line starting an identity: so the lines are looked at for content only there, from the
    /// line after the previous identity start to this one, and only up to the first that marks it
    /// (`SegmentCutter`). The ranges are indices of `lines`' base array (the segments of `Array(lines)`
    /// moved by `lines.startIndex`).
    static func segments(_ lines: ArraySlice<OCRLine>) -> [Segment] {
        var cutter = SegmentCutter(start: lines.startIndex)
        forEachIdentityStart(lines) { index in cutter.takeIdentityStart(at: index, of: lines) }
        return cutter.finish(at: lines.endIndex)
    }

    /// `segments(lines[segment.range])`, where `segment` was cut by `segments` from lines that differ
    /// from `lines` (the lines after word repair) only in the range, and `restKeptFacts` tells whether
    /// every line that differs from `segment.openingEnd` on has the same `startsIdentity` and
    /// `marksContent`. When it does, only the lines before `segment.openingEnd` (the lines above the
    /// identity start that opened the SOP, and that start) are cut again, and the last part they give
    /// runs to the range's end: if the cut of those lines ends looking for content from
    /// `segment.openingEnd`, as the first cut did, the identity starts after it look at the same lines
    /// for content as they did then, with the same answers, and none of them cut an SOP then (the range
    /// would have ended there), so none cuts one now; the lines above an identity start are walked over
    /// only at a cut. Otherwise the whole range is cut again, as it is when the opening lines run past
    /// the range (the lines above a later identity start, walked over at its cut, reached that opening
    /// start).
    static func parts(of segment: Segment, in lines: ArraySlice<OCRLine>, restKeptFacts: Bool) -> [Segment] {
        if restKeptFacts, segment.openingEnd <= segment.range.upperBound {
            let opening = lines[segment.range.lowerBound..<segment.openingEnd]
            var cutter = SegmentCutter(start: opening.startIndex)
            forEachIdentityStart(opening) { index in cutter.takeIdentityStart(at: index, of: opening) }
            if cutter.unchecked == segment.openingEnd { return cutter.finish(at: segment.range.upperBound) }
        }
        return segments(lines[segment.range])
    }

    /// Whether `line` and `repaired` (the line after word repair) give segmentation the same facts:
    /// `startsIdentity` and `marksContent`.
    static func sameSegmentationFacts(_ line: OCRLine, _ repaired: OCRLine) -> Bool {
        startsIdentity(line) == startsIdentity(repaired) && marksContent(line) == marksContent(repaired)
    }

    /// `lines.contains(where: marksContent)`, each line's record asked in place in the lines' storage
    /// (`OCRLine.recordInPlace`), with neither a copy of the line nor a count of references to its store.
    static func anyMarksContent(_ lines: ArraySlice<OCRLine>) -> Bool {
        lines.withUnsafeBufferPointer { buffer in
            for offset in buffer.indices where marksContent(record: buffer[offset].recordInPlace) { return true }
            return false
        }
    }

    /// Calls `body` with the index of each line that starts an identity (`startsIdentity`), in order:
    /// found in one pass over the lines' storage, which asks each line in place rather than through a
    /// copy of it, and handed over as found rather than gathered into an array.
    private static func forEachIdentityStart(_ lines: ArraySlice<OCRLine>, _ body: (Int) -> Void) {
        lines.withUnsafeBufferPointer { buffer in
            for offset in buffer.indices where startsIdentity(buffer[offset]) {
                body(lines.startIndex + offset)
            }
        }
    }

    /// Whether a line shows that an SOP's body has begun, so that an identity label after it starts
    /// the next SOP: a numbered row with a border, the header line naming the activity column, a table
    /// title, a section title or a duration.
    ///
    /// Every fact is read in place from the line's record (`OCRLine.recordInPlace`), fetched once, without
    /// a copy of its text or of its tokens. The facts the line already holds come first. A line without
    /// tokens has an empty key, no "#" and no duration, so it marks nothing. A key whose first byte
    /// starts no table title (`keyBytesStartTableTitle`) or no section title's first word
    /// (`NarrativeSections.sectionTitleFirstWordLengths`) is turned down for that title without a call;
    /// a key that may start a section title is read by `NarrativeSections.keyBytesAreSectionTitle`.
    static func marksContent(_ line: OCRLine) -> Bool {
        marksContent(record: line.recordInPlace)
    }

    /// `marksContent` of the line whose record is `held` (`OCRLine.recordInPlace`, read during the call).
    static func marksContent(record held: UnsafeMutablePointer<OCRLine.Record>) -> Bool {
        if held.pointee.rowStart != nil && held.pointee.hasPipe || held.pointee.namesActivityColumn { return true }
        let tokenCount = held.pointee.tokenCount
        guard tokenCount > 0 else { return false }
        let key = held.pointee.key
        if let first = key.first {
            if first == 0x73 || first == 0x62, keyBytesStartTableTitle(key),
                leadingKeyStarts(of: held.pointee.text, characters: 40, keyBytesStartTableTitle)
            {
                return true
            }
            if NarrativeSections.sectionTitleFirstWordLengths(initial: first) != 0,
                NarrativeSections.keyBytesAreSectionTitle(key)
            {
                return true
            }
        }
        return held.pointee.text.firstUTF8Byte == 0x23 && startsWithHash(held.pointee.text)
            || OCRLine.holdsTimeToken(held.pointee.tokens, count: tokenCount)
    }

    /// "Standar Operasional Prosedur …" or "BAGAN ALUR …" above a table (not "SOP …", which OCR'd
    /// Keterkaitan lists are full of). The key of a line's first characters begins the line's key, so
    /// a title start that the line's key lacks is not looked for. The line's record is read in place
    /// (`OCRLine.recordInPlace`, the line held by the caller), and only a text whose first byte is "#"
    /// is asked `startsWithHash`.
    private static func isTableTitle(_ line: OCRLine) -> Bool {
        let held = line.recordInPlace
        if held.pointee.text.firstUTF8Byte == 0x23, startsWithHash(held.pointee.text) { return true }
        guard keyBytesStartTableTitle(held.pointee.key) else { return false }
        return leadingKeyStarts(of: held.pointee.text, characters: 40, keyBytesStartTableTitle)
    }

    /// Whether the key of `start`, the first characters of a line, passes `keyStarts` (a check of a
    /// key's bytes, `keyBytesStartIdentity` or `keyBytesStartTableTitle`): `TextFolding.keyHasPrefix`
    /// of each start phrase, with the key of `start` folded once, on the stack, for all of them.
    static func leadingKeyStarts(_ start: Substring, _ keyStarts: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        var start = start
        return start.withUTF8 { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(bytes.count, 1)) { buffer in
                keyStarts(UnsafeBufferPointer(rebasing: buffer[..<TextFolding.writeKeyBytes(bytes, to: buffer)]))
            }
        }
    }

    /// `leadingKeyStarts(TextFolding.leadingCharacters(text, count), keyStarts)`, read on the text's
    /// bytes when its first `count` characters are its first `count` bytes: ASCII bytes other than CR
    /// (which joins the LF after it), followed by the end or by another ASCII byte (a byte outside ASCII
    /// could be a mark joined to the last of them). Their key is written on the stack, with no
    /// Substring cut from the text.
    static func leadingKeyStarts(
        of text: String, characters count: Int, _ keyStarts: (UnsafeBufferPointer<UInt8>) -> Bool
    ) -> Bool {
        let onBytes = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            let length = min(count, bytes.count)
            for byte in bytes[..<length] where byte >= 0x80 || byte == 0x0D { return nil }
            if length < bytes.count, bytes[length] >= 0x80 { return nil }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(length, 1)) { buffer in
                let keyLength = TextFolding.writeKeyBytes(UnsafeBufferPointer(rebasing: bytes[..<length]), to: buffer)
                return keyStarts(UnsafeBufferPointer(rebasing: buffer[..<keyLength]))
            }
        }
        if let answer = onBytes ?? nil { return answer }
        return leadingKeyStarts(TextFolding.leadingCharacters(text, count), keyStarts)
    }

    /// `text.hasPrefix("#")`, decided on the first two bytes unless a byte that is not ASCII follows
    /// the "#" (it could be a combining mark of the same character).
    static func startsWithHash(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard let first = text.firstUTF8Byte, first == 0x23 else { return false }
        let next = utf8.index(after: utf8.startIndex)
        return next == utf8.endIndex || utf8[next] < 0x80 || text.hasPrefix("#")
    }

    /// Table titles start with "s" or "b", identity labels with "n" or "j".
    private static let tableTitleStarts = ["standar operasional prosedur", "standard operasional prosedur", "bagan alur"]

    private static let identityStarts = ["no sop", "nomor sop", "nama sop", "judul sop", "nomer sop"]

    /// Whether the bytes of a line's key start with one of `tableTitleStarts`
    /// (`tableTitleStarts.contains { key.utf8.starts(with: $0.utf8) }`), read on the key's bytes: the
    /// first byte tells which of them to compare, and most keys start with none of their first bytes.
    static func keyStartsTableTitle(_ key: String) -> Bool {
        guard let first = key.firstUTF8Byte, first == 0x73 || first == 0x62 else { return false }
        let found = key.utf8.withContiguousStorageIfAvailable(keyBytesStartTableTitle)
        return found ?? tableTitleStarts.contains { key.utf8.starts(with: $0.utf8) }
    }

    /// `keyStartsTableTitle` of a key's UTF-8 bytes.
    static func keyBytesStartTableTitle(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch bytes.first {
        case 0x73:
            FoldedKey.hasPrefix(bytes, "standar operasional prosedur")
                || FoldedKey.hasPrefix(bytes, "standard operasional prosedur")
        case 0x62: FoldedKey.hasPrefix(bytes, "bagan alur")
        default: false
        }
    }

    /// Whether the bytes of a line's key start with one of `identityStarts`
    /// (`identityStarts.contains { key.utf8.starts(with: $0.utf8) }`), read on the key's bytes: the
    /// first byte tells which of them to compare, and most keys start with none of their first bytes.
    static func keyStartsIdentity(_ key: String) -> Bool {
        guard let first = key.firstUTF8Byte, first == 0x6E || first == 0x6A else { return false }
        let found = key.utf8.withContiguousStorageIfAvailable(keyBytesStartIdentity)
        return found ?? identityStarts.contains { key.utf8.starts(with: $0.utf8) }
    }

    /// `keyStartsIdentity` of a key's UTF-8 bytes.
    static func keyBytesStartIdentity(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch bytes.first {
        case 0x6E:
            FoldedKey.hasPrefix(bytes, "no sop") || FoldedKey.hasPrefix(bytes, "nomor sop")
                || FoldedKey.hasPrefix(bytes, "nama sop") || FoldedKey.hasPrefix(bytes, "nomer sop")
        case 0x6A: FoldedKey.hasPrefix(bytes, "judul sop")
        default: false
        }
    }

    /// Whether the line starts with the label of an identity block's first field: first asked of the
    /// line's key, read in place.
    static func startsIdentity(_ line: OCRLine) -> Bool {
        guard line.withKeyBytes(keyBytesStartIdentity) else { return false }
        return leadingKeyStarts(of: line.text, characters: 24, keyBytesStartIdentity)
    }

    // MARK: One SOP

    /// One SOP. Its table starts at its title or the header line naming the activity column; only
    /// without either, at a row numbered 1 with a border (a two-column list of the identity block,
    /// "1. Undang-Undang … | 1. Memahami …", looks like one too).
    private static func parseSOP(_ lines: ArraySlice<OCRLine>, file: String, ordinal: Int) -> (SOP, [Diagnostic])? {
        let tableStart = lines.firstIndex { line in isTableTitle(line) || OCRTableParser.namesActivityColumn(line) }
            ?? lines.firstIndex { line in line.rowStart?.number == 1 && line.hasPipe }
            ?? lines.endIndex
        let sectionsStart = lines[tableStart...].indices.first { index in
            NarrativeSections.isTitle(lines[index], afterBlank: index == lines.startIndex || lines[index - 1].isBlank)
        } ?? lines.endIndex
        var identity = OCRIdentityParser.parse(lines[lines.startIndex..<tableStart], file: file)
        var table = OCRTableParser.parse(lines[tableStart..<sectionsStart], file: file)
        // Written into the identity's dictionary, which the SOP then takes over, rather than into the
        // SOP's copy: the identity still holds that storage, so writing the copy would copy it.
        identity.locations[.tableHeader] = table.headerLocation
        let (sections, narrative) = NarrativeSections.parse(lines[sectionsStart...])
        guard !table.steps.isEmpty || identity.title != nil || identity.number != nil else { return nil }
        if !narrative.isEmpty {
            table.diagnostics += NarrativeSections.reconcile(&table.steps, with: narrative, file: file)
        }
        let firstFilled = lines.first { !$0.isBlank }
        let lastFilled = lines.last { !$0.isBlank }
        var sop = SOP(
            id: "", title: identity.title, number: identity.number, agency: identity.agency, dates: identity.dates,
            approvedBy: identity.approver, legalBasis: identity.legalBasis, qualifications: identity.qualifications,
            relatedProcedures: identity.relatedProcedures, equipment: identity.equipment, warnings: identity.warnings,
            records: identity.records, roles: table.roles, steps: table.steps, sections: sections,
            source: SourceRange(
                file: file, startLine: firstFilled?.number ?? 1, endLine: lastFilled?.number ?? 1),
            locations: identity.locations)
        sop.format = .ocr
        sop.id = Slug.sopID(number: sop.number, title: sop.title, ordinal: ordinal)
        return (sop, identity.diagnostics + table.diagnostics)
    }
}
