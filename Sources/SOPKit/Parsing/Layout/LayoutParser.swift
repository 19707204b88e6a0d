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
            guard let sop = parseSOP(lines[segment], file: source.file, ordinal: sops.count + 1, diagnostics: &diagnostics)
            else {
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
                if pageNumber == nil, !lines[end].chunks.isEmpty, let number = sopNumber(on: lines[end]) {
                    pageNumber = .some(number)
                }
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
    /// The chunks are read where they are stored, by index, not copied out of the line.
    private static func sopNumber(on line: LayoutLine) -> String?? {
        for position in line.chunks.indices {
            guard let match = LayoutLabel.strongNumber(line.chunks[position]) else { continue }
            let rest = TextFolding.trim(match.rest)
            if !rest.isEmpty { return .some(TextFolding.key(rest)) }
            // The value is the first chunk after the label that is not a lone ":" (a text is ":" exactly
            // when its bytes are), and only its text is made.
            var next = position + 1
            while next < line.chunks.count, line.chunks[next].isByte(0x3A) { next += 1 }
            return .some(next < line.chunks.count ? TextFolding.key(line.chunks[next].text) : nil)
        }
        return nil
    }

    /// Parses the lines of one SOP, read where they are in the file's lines (`lines` keeps their indices).
    private static func parseSOP(
        _ lines: ArraySlice<LayoutLine>, file: String, ordinal: Int, diagnostics: inout [Diagnostic]
    ) -> SOP? {
        let anchor = lines.firstIndex(where: LayoutHeader.isAnchor)
        let header = anchor.map { LayoutHeader.read(lines, anchor: $0) }
        let identityEnd = header?.lines.lowerBound ?? lines.endIndex
        let (identity, sections) = LayoutIdentityParser.parse(lines[..<identityEnd], file: file)
        var table = ProcedureTable()
        if let header {
            table = LayoutTableParser.parse(lines[header.lines.upperBound...], header: header, file: file)
        }
        guard !table.steps.isEmpty || identity.title != nil || identity.number != nil else { return nil }
        diagnostics += identity.diagnostics + table.diagnostics
        // The first and last lines with text, found from each end without copying the lines between.
        let isFilled = { (line: LayoutLine) in !line.isBlank && !line.isPageFurniture }
        let firstFilled = lines.first(where: isFilled)
        let lastFilled = lines.last(where: isFilled)
        var sop = SOP(
            id: Slug.sopID(number: identity.number, title: identity.title, ordinal: ordinal), title: identity.title,
            number: identity.number, agency: identity.agency, dates: identity.dates, approvedBy: identity.approver,
            legalBasis: identity.legalBasis, qualifications: identity.qualifications,
            relatedProcedures: identity.relatedProcedures, equipment: identity.equipment, warnings: identity.warnings,
            records: identity.records, roles: table.roles, steps: table.steps, sections: sections,
            source: SourceRange(file: file, startLine: firstFilled?.number ?? 1, endLine: lastFilled?.number ?? 1),
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
    /// The lines are read first without the footer (`spacingVerdict`): at 30% or more the answer is yes
    /// whatever the footer, below 10% (or with fewer than five filled lines) it is no whatever the
    /// footer, and in neither case is the text searched for the footer. Only in between can the footer
    /// change the answer, and only when `mayHoldFooter` finds a trace of it in the bytes are the lines
    /// read again, with the footer.
    static func isLayout(_ source: SourceText) -> Bool {
        // Decoding counted the tabs: a text holding one is not searched for it again.
        guard source.tabCount == 0 else { return false }
        return source.bytes.withUnsafeBufferPointer { bytes in
            switch spacingVerdict(source, bytes) {
            case .layout: return true
            case .notLayout: return false
            case .dependsOnFooter: return mayHoldFooter(bytes) && meetsSpacingRuleWithFooter(source, bytes)
            }
        }
    }

    /// What the lines' spacing alone says of `isLayout`, the footer left aside.
    enum SpacingVerdict: Equatable {
        /// At least five filled lines and 30% of them spaced: layout, whatever the footer.
        case layout
        /// Fewer than five filled lines, or under 10% of them spaced: not layout, whatever the footer.
        case notLayout
        /// Five filled lines or more, 10% of them spaced or more but under 30%: layout only with the footer.
        case dependsOnFooter
    }

    /// The `SpacingVerdict` of the lines of `source` (whose bytes are `bytes`): one pass that counts
    /// the filled and the spaced lines, and stops as soon as the lines left cannot change the verdict —
    /// even every line left spaced could not reach 10%, or even every line left filled and not spaced
    /// could not take the share under 30%. It never reads a line for its first letter, and a line
    /// without two adjacent `isBlankish` bytes is counted as filled and not spaced without measuring
    /// it (`mayBeSpaced`; see `meetsSpacingRuleWithFooter` for why such a line of two bytes or more holds
    /// text).
    ///
    /// No more of the lines left can be spaced than the text holds `blankishPairs`: a spaced line holds
    /// such a pair (`mayBeSpaced`) and a pair lies within one line. When the text holds few of them
    /// (OCR text) the 10% test counts only that many lines left as spaced: the share is highest when
    /// the lines left that are spaced are as many as can be and the others are blank, so it is then
    /// known to stay under 10% long before 90% of the lines are read.
    static func spacingVerdict(_ source: SourceText, _ bytes: UnsafeBufferPointer<UInt8>) -> SpacingVerdict {
        var filled = 0
        var spaced = 0
        // Once 9 × pairs reaches the line count, 9 × pairs ≥ filled, and the bound can end no pass.
        let spacedLinesBound = blankishPairs(bytes, below: (source.lineCount + 8) / 9) ?? Int.max
        for (offset, range) in source.lineRanges.enumerated() {
            let line = UnsafeBufferPointer(rebasing: bytes[range])
            if isIndentedText(line) {
                filled += 1
                spaced += 1
            } else if line.count >= 2, !mayBeSpaced(line) {
                filled += 1
            } else if let spacing = LineSpacing(of: line, needsFooter: false) {
                filled += 1
                if spacing.isSpaced { spaced += 1 }
            }
            let left = source.lineCount - offset - 1
            if filled >= 5, spaced * 10 >= (filled + left) * 3 { return .layout }
            let spacedLeft = min(left, spacedLinesBound)
            if filled + left < 5 || (spaced + spacedLeft) * 10 < filled + spacedLeft { return .notLayout }
        }
        // A text without lines is not stopped early.
        guard filled >= 5, spaced * 10 >= filled else { return .notLayout }
        return spaced * 10 >= filled * 3 ? .layout : .dependsOnFooter
    }

    /// Whether the lines of `source` (whose bytes are `bytes`) meet the spacing rule of `isLayout` with
    /// the footer: at least five filled lines, 10% of them spaced and one of them the footer (or 30%
    /// spaced, which `spacingVerdict` has already ruled out when this is asked).
    ///
    /// One pass over the bytes, measuring the gaps between chunks as `LayoutLine.chunks` cuts them
    /// without building their text, that stops as soon as the lines left cannot change the answer.
    /// Until the footer is found each filled line is read for its first letter; after it, a line
    /// without two adjacent `isBlankish` bytes is not spaced (`mayBeSpaced`), and when it has two bytes
    /// or more it holds text (one of any two adjacent bytes is not blankish, and such a byte is a
    /// printable ASCII character or part of a scalar, well-formed or repaired to U+FFFD, that is neither
    /// a space nor a control character), so such a line is counted as filled and not spaced without
    /// measuring it.
    private static func meetsSpacingRuleWithFooter(_ source: SourceText, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var filled = 0
        var spaced = 0
        var footer = false
        for (offset, range) in source.lineRanges.enumerated() {
            let line = UnsafeBufferPointer(rebasing: bytes[range])
            if footer, line.count >= 2, !mayBeSpaced(line) {
                filled += 1
            } else if let spacing = LineSpacing(of: line, needsFooter: !footer) {
                filled += 1
                if spacing.isSpaced { spaced += 1 }
                if !footer, spacing.mayBeFooter, let first = LayoutLine.chunks(utf8: line).first {
                    footer = LayoutLine.isFooter(first)
                }
            }
            // Every line left could be blank, or filled and spaced (and the footer).
            let left = source.lineCount - offset - 1
            if filled >= 5, spaced * 10 >= (filled + left) * 3 { return true }
            if filled + left < 5 || (spaced + left) * 10 < filled + left { return false }
        }
        return filled >= 5 && (spaced * 10 >= filled * 3 || footer && spaced * 10 >= filled)
    }

    /// Whether `line` is known to be filled and spaced (`LineSpacing(of: line, needsFooter: false)` is
    /// not nil and `isSpaced`) from three of its bytes' worth of loads, without reading the spaces that
    /// indent it: its first ten bytes are spaces and its last is printable ASCII other than the space.
    /// That last byte is a scalar of its own (no sequence takes an ASCII byte), kept when a line that is
    /// not well-formed UTF-8 is repaired, so the line holds text; and every scalar of it stands at
    /// column 10 or later, so its first chunk starts there. `spacingVerdict` counts such a line, most
    /// lines of a layout page set right of the margin, at once.
    @inline(__always)
    static func isIndentedText(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line.count >= 11, let base = line.baseAddress else { return false }
        let raw = UnsafeRawPointer(base)
        return raw.loadUnaligned(as: UInt64.self) == 0x2020_2020_2020_2020
            && raw.loadUnaligned(fromByteOffset: 8, as: UInt16.self) == 0x2020 && line[line.count - 1] &- 0x21 < 0x5E
    }

    /// Whether a byte is one of those that can stand before a line's first word or between its chunks:
    /// a space, a tab, a control character, or a byte of a no-break space (0xC2, 0xA0).
    @inline(__always)
    static func isBlankish(_ byte: UInt8) -> Bool {
        byte <= 0x20 || byte == 0xC2 || byte == 0xA0
    }

    /// Whether `line` may be spaced (`LineSpacing.isSpaced`): false when no two adjacent bytes of it
    /// are both `isBlankish`. A spaced line has ten columns before its first word, or two spaces (or
    /// no-break spaces, with only control characters between) before a chunk; either way two blankish
    /// bytes stand side by side, in the bytes as in their repaired text when they are not UTF-8.
    ///
    /// A line of 17 bytes or more is judged sixteen pairs at a time, from the blankish lanes of the
    /// sixteen bytes at one offset and of the sixteen at the next, and ends with the sixteen pairs that
    /// end at its last byte (they overlap pairs already judged, which changes no answer); a line of
    /// eight bytes or more is judged eight bytes at a time in the same way (`blankishBytes`), and a
    /// shorter one byte by byte.
    static func mayBeSpaced(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = line.baseAddress, line.count >= 8 else {
            var index = 0
            while index + 1 < line.count {
                if isBlankish(line[index]), isBlankish(line[index + 1]) { return true }
                index += 1
            }
            return false
        }
        let raw = UnsafeRawPointer(base)
        if line.count >= 17 {
            func hasPair(from offset: Int) -> Bool {
                let here = blankishLanes(raw.loadUnaligned(fromByteOffset: offset, as: SIMD16<UInt8>.self))
                let next = blankishLanes(raw.loadUnaligned(fromByteOffset: offset + 1, as: SIMD16<UInt8>.self))
                return anyLane(here .& next)
            }
            var index = 0
            while index + 17 <= line.count {
                if hasPair(from: index) { return true }
                index += 16
            }
            return index + 1 < line.count && hasPair(from: line.count - 17)
        }
        var previousIsBlankish = false
        var index = 0
        while index + 8 <= line.count {
            let blankish = blankishBytes(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            // Two side by side in the word, or the word's first after the previous word's last.
            if blankish & (blankish << 8) != 0 || previousIsBlankish && blankish & 0x80 != 0 { return true }
            previousIsBlankish = blankish >> 63 != 0
            index += 8
        }
        guard index < line.count else { return false }
        let last = blankishBytes(raw.loadUnaligned(fromByteOffset: line.count - 8, as: UInt64.self))
        return last & (last << 8) != 0
    }

    /// How many pairs of adjacent bytes of `bytes` are both blankish and neither a line end
    /// (`isBlankish`, not LF or CR), or nil once they reach `limit`. Each line with two adjacent
    /// blankish bytes holds such a pair, as no line holds a line end.
    ///
    /// Sixteen pairs are judged at a time, from the lanes of the sixteen bytes at one offset and of the
    /// sixteen at the next, and the pairs after the last such block one by one. A blankish byte is
    /// outside 0x21–0x7F (the only bytes over 0x20 when read as `Int8`), so a block with no two such
    /// bytes side by side — most blocks of text — is passed after one signed comparison of each side.
    static func blankishPairs(_ bytes: UnsafeBufferPointer<UInt8>, below limit: Int) -> Int? {
        var pairs = 0
        var index = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            let space = SIMD16<Int8>(repeating: 0x20)
            while index + 17 <= bytes.count, pairs < limit {
                let here = raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
                let next = raw.loadUnaligned(fromByteOffset: index + 1, as: SIMD16<UInt8>.self)
                let hereOutside = unsafeBitCast(here, to: SIMD16<Int8>.self) .<= space
                let nextOutside = unsafeBitCast(next, to: SIMD16<Int8>.self) .<= space
                if anyLane(hereOutside .& nextOutside) {
                    pairs += laneCount(pairableLanes(here) .& pairableLanes(next))
                }
                index += 16
            }
        }
        while index + 1 < bytes.count, pairs < limit {
            if isPairable(bytes[index]), isPairable(bytes[index + 1]) { pairs += 1 }
            index += 1
        }
        return pairs < limit ? pairs : nil
    }

    /// Whether a byte counts in `blankishPairs`: `isBlankish`, and not a line end (LF or CR).
    @inline(__always)
    static func isPairable(_ byte: UInt8) -> Bool {
        isBlankish(byte) && byte != 0x0A && byte != 0x0D
    }

    /// The lanes of `bytes` that `isPairable`.
    @inline(__always)
    static func pairableLanes(_ bytes: SIMD16<UInt8>) -> SIMDMask<SIMD16<Int8>> {
        blankishLanes(bytes) .& (bytes .!= SIMD16(repeating: 0x0A)) .& (bytes .!= SIMD16(repeating: 0x0D))
    }

    /// How many lanes of `lanes` are set: the low bit of each lane (0 or all ones) of the two 64-bit
    /// halves of its storage added lane by lane (at most 2 a lane), then the eight sums added by one
    /// multiplication into the top byte (at most 16).
    @inline(__always)
    static func laneCount(_ lanes: SIMDMask<SIMD16<Int8>>) -> Int {
        let halves = unsafeBitCast(lanes, to: SIMD2<UInt64>.self)
        let lowBits: UInt64 = 0x0101_0101_0101_0101
        return Int((((halves[0] & lowBits) &+ (halves[1] & lowBits)) &* lowBits) >> 56)
    }

    /// Whether any lane of `lanes` is set: its storage (0 or all ones in each lane) read as two 64-bit
    /// halves, so that no reduction across the lanes is called.
    @inline(__always)
    static func anyLane(_ lanes: SIMDMask<SIMD16<Int8>>) -> Bool {
        let halves = unsafeBitCast(lanes, to: SIMD2<UInt64>.self)
        return halves[0] | halves[1] != 0
    }

    /// The lanes of `bytes` that `isBlankish`: up to a space, 0xC2 or 0xA0.
    @inline(__always)
    static func blankishLanes(_ bytes: SIMD16<UInt8>) -> SIMDMask<SIMD16<Int8>> {
        (bytes .<= SIMD16(repeating: 0x20)) .| (bytes .== SIMD16(repeating: 0xC2)) .| (bytes .== SIMD16(repeating: 0xA0))
    }

    /// The top bit of each byte of `word` that `isBlankish`, and no other bit. A byte's low seven bits
    /// plus 0x5F reach 0x80 exactly when they are over 0x20 (no carry leaves the byte).
    @inline(__always)
    static func blankishBytes(_ word: UInt64) -> UInt64 {
        let upToSpace = ~((word & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x5F5F_5F5F_5F5F_5F5F) & ~word & 0x8080_8080_8080_8080
        let noBreakSpaceBytes = SourceText.zeroBytes(word ^ 0xC2C2_C2C2_C2C2_C2C2) | SourceText.zeroBytes(word ^ 0xA0A0_A0A0_A0A0_A0A0)
        return upToSpace | noBreakSpaceBytes
    }

    /// Whether `bytes` may hold the electronic-signature footer (`LayoutLine.isFooter` of a chunk):
    /// false when they hold neither the letters of "pindai" nor those of "dokumen" followed by "ini",
    /// ASCII letters in either case with control characters between them (a chunk drops those), and
    /// between the two words any ASCII characters that are not letters or digits and no-break spaces
    /// (what the folded key turns into a space). The folded key keeps every other byte, so a key
    /// starting "pindai kode qr", "dokumen ini telah …" or "dokumen ini ditandatangani" needs one of
    /// these in the bytes.
    ///
    /// Eight bytes are read at a time, and only the offsets among them that `footerStartCandidates`
    /// leaves are tried as starts.
    static func mayHoldFooter(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        if let base = bytes.baseAddress {
            while start + 8 <= bytes.count {
                var starts = footerStartCandidates(UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self))
                while starts != 0 {
                    if footerStarts(bytes, at: start + starts.trailingZeroBitCount / 8) { return true }
                    starts &= starts - 1
                }
                start += 8
            }
        }
        while start < bytes.count {
            if footerStarts(bytes, at: start) { return true }
            start += 1
        }
        return false
    }

    /// The top bit of each byte of `word` (eight bytes in memory order) at which `footerStarts` may
    /// find the footer's words: a "d" whose next byte is an "o" or a control character, or a "p" whose
    /// next byte is an "i" or a control character, in either case; for the last byte, whose next byte
    /// is not in `word`, any "d" or "p". `footerStarts` fails at every other byte: it needs the first
    /// letter there and the second letter at the next byte that is not a control character.
    @inline(__always)
    static func footerStartCandidates(_ word: UInt64) -> UInt64 {
        let lowered = word | 0x2020_2020_2020_2020
        let letterD = SourceText.equalBytes(lowered, 0x64)
        let letterP = SourceText.equalBytes(lowered, 0x70)
        guard letterD | letterP != 0 else { return 0 }
        let control = SourceText.zeroBytes(word & 0xE0E0_E0E0_E0E0_E0E0)
        // The bytes before an "o" (or "i") or a control character: each bit moved to the byte before
        // it, and the last byte's bit set.
        let lastByte: UInt64 = 0x8000_0000_0000_0000
        let beforeO = (SourceText.equalBytes(lowered, 0x6F) | control) >> 8 | lastByte
        let beforeI = (SourceText.equalBytes(lowered, 0x69) | control) >> 8 | lastByte
        return letterD & beforeO | letterP & beforeI
    }

    /// Whether the footer's words, as `mayHoldFooter` looks for them, start at `start`.
    static func footerStarts(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        let lowered = bytes[start] | 0x20
        guard lowered == 0x64 || lowered == 0x70 else { return false }
        var index = start
        if lowered == 0x70 { return matchLetters(bytes, at: &index, Self.pindai) }
        guard matchLetters(bytes, at: &index, Self.dokumen) else { return false }
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80, !LayoutBytes.isASCIIAlphanumeric(byte) {
                index += 1
            } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 {
                index += 2
            } else {
                break
            }
        }
        return matchLetters(bytes, at: &index, Self.ini)
    }

    /// The lower-case ASCII letters of the footer's words that `mayHoldFooter` looks for.
    private static let pindai = Array("pindai".utf8)
    private static let dokumen = Array("dokumen".utf8)
    private static let ini = Array("ini".utf8)

    /// Whether `letters` (lower-case ASCII) follow at `index` in either case, control characters
    /// between them skipped; moves `index` past them when they do.
    private static func matchLetters(_ bytes: UnsafeBufferPointer<UInt8>, at index: inout Int, _ letters: [UInt8]) -> Bool {
        for letter in letters {
            while index < bytes.count, bytes[index] < 0x20 { index += 1 }
            guard index < bytes.count, bytes[index] | 0x20 == letter else { return false }
            index += 1
        }
        return true
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
                    let runEnd = LayoutBytes.endOfSpaces(line, from: index + 1)
                    pendingSpaces += runEnd - index
                    column += runEnd - index
                    index = runEnd
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
                // With the first letter or digit known, the printable ASCII bytes after this one, spaces
                // only between two others, change nothing but the chunk's length.
                if firstKeyByte != nil {
                    let runEnd = LayoutBytes.endOfWordRun(line, from: index)
                    scalarCount += runEnd - index
                    column += runEnd - index
                    index = runEnd
                }
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
