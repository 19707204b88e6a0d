/// The kind of a column of the procedure table.
enum LayoutColumnKind: Sendable, Hashable {
    case number, activity, role(Int), requirements, duration, output, notes
}

/// A column of the procedure table: its kind and the span of its header label.
struct LayoutColumn: Sendable, Hashable {
    var kind: LayoutColumnKind
    /// The first character column of the header label.
    var start: Int
    /// The character column just after the header label.
    var end: Int

    /// The middle of the header label.
    var center: Int { (start + end) / 2 }
}

/// The header of a procedure table in layout text: the lines it spans, its roles and its columns.
struct LayoutHeader: Sendable {
    /// Indices of the header's lines, in the indices of the lines it was read from (`read(_:anchor:)`).
    var lines: Range<Int>
    /// The role names, left to right, each joined from its two or three header lines.
    var roles: [String]
    /// The columns, left to right.
    var columns: [LayoutColumn]
    /// Where the header starts (its "No" label).
    var location: SourceLocation

    /// The header word a chunk of a header line is, if any.
    static func kind(of text: String) -> LayoutColumnKind? {
        guard LayoutHeaderWords.mayStart(text) else { return nil }
        return kind(ofPossibleHeaderWord: text, headerWord: Vocabulary.headerWord(text))
    }

    /// `kind(of: text)` of a text that `LayoutHeaderWords.mayStart` lets through, asked once by the
    /// caller (of the text or of the chunk's bytes, which answer alike), whose
    /// `Vocabulary.headerWord(text)` is `headerWord`.
    fileprivate static func kind(ofPossibleHeaderWord text: String, headerWord: Vocabulary.HeaderWord?) -> LayoutColumnKind? {
        if let kind = columnKind(of: headerWord) { return kind }
        if let answer = text.utf8.withContiguousStorageIfAvailable(kind(ofASCIIWords:)), let kind = answer {
            return kind
        }
        return kind(ofWordsComparingKey: text)
    }

    /// The column a header word names by itself: nil for no word and for the group labels, whose
    /// text may still name a column by its words (`kind(ofPossibleHeaderWord:headerWord:)`).
    private static func columnKind(of headerWord: Vocabulary.HeaderWord?) -> LayoutColumnKind? {
        switch headerWord {
        case .number: .number
        case .activity: .activity
        case .requirements: .requirements
        case .duration: .duration
        case .output: .output
        case .notes: .notes
        default: nil
        }
    }

    /// `Vocabulary.headerWord(chunk.text)` and `kind(ofPossibleHeaderWord:headerWord:)` of a chunk that
    /// `LayoutHeaderWords.mayStart` lets through. A plain ASCII chunk is read on its bytes, with no
    /// string built: its whole folded key is written on the stack (`FoldedKey.foldASCII`, as
    /// `TextFolding.key` folds such a text) and looked up (`Vocabulary.headerWord(asciiKey:)`), and its
    /// words are read by `kind(ofASCIIWords:)`, which decides every plain ASCII text. Any other chunk's
    /// text is built and read as the definition reads it.
    static func headerFacts(ofPossibleHeaderWord chunk: LayoutChunk) -> (word: Vocabulary.HeaderWord?, kind: LayoutColumnKind?) {
        let asciiFacts: (word: Vocabulary.HeaderWord?, kind: LayoutColumnKind?)? = chunk.withUTF8 { bytes in
            guard OCRTableBytes.isPlainASCII(bytes: bytes) else { return nil }
            let word = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { key in
                Vocabulary.headerWord(asciiKey: UnsafeBufferPointer(rebasing: key[..<FoldedKey.foldASCII(bytes, into: key)]))
            }
            return (word, columnKind(of: word) ?? (kind(ofASCIIWords: bytes) ?? nil))
        }
        if let asciiFacts { return asciiFacts }
        let text = chunk.text
        let word = Vocabulary.headerWord(text)
        return (word, kind(ofPossibleHeaderWord: text, headerWord: word))
    }

    /// The words a text of up to three words may start with to be the requirements label.
    private static let requirementsFirstWords: [LayoutWord] = ["persyaratan", "kelengkapan"].map(LayoutWord.init)

    /// `kind(ofWordsComparingKey:)` of the text whose UTF-8 bytes are `bytes`, read on them when they
    /// are plain ASCII (its key's words are then its runs of ASCII letters and digits, lowered); nil
    /// when a byte outside ASCII leaves it to the key.
    static func kind(ofASCIIWords bytes: UnsafeBufferPointer<UInt8>) -> LayoutColumnKind?? {
        let words = LayoutLeadingWords(bytes)
        guard !words.metNonASCII else { return nil }
        if let fourth = words.fourthWordStart {
            // A fourth word: no label, unless a byte outside ASCII further on leaves it to the key.
            return bytes[fourth...].contains { $0 >= 0x80 } ? nil : .some(nil)
        }
        if words.hasActivityWord { return .activity }
        return words.first.isIn(requirementsFirstWords) ? .requirements : .some(nil)
    }

    /// The kind a text that names no header word still tells by its key's words: a text of up to three
    /// words is the activity label when one of them is an activity word, the requirements label when it
    /// starts with "persyaratan" or "kelengkapan".
    static func kind(ofWordsComparingKey text: String) -> LayoutColumnKind? {
        let words = TextFolding.key(text).split(separator: " ")
        guard words.count <= 3 else { return nil }
        if words.contains(where: { $0 == "kegiatan" || $0 == "aktivitas" || $0 == "aktifitas" }) { return .activity }
        if words.first == "persyaratan" || words.first == "kelengkapan" { return .requirements }
        return nil
    }

    /// `kind(of: chunk.text)`, with the text built only when the chunk's bytes may start a header word
    /// and are not plain ASCII (`headerFacts(ofPossibleHeaderWord:)`).
    static func kind(of chunk: LayoutChunk) -> LayoutColumnKind? {
        guard LayoutHeaderWords.mayStart(chunk) else { return nil }
        return headerFacts(ofPossibleHeaderWord: chunk).kind
    }

    /// `isGroupLabel(chunk.text)`, with the text built only when the chunk's bytes may start a header word
    /// and are not plain ASCII (`headerFacts(ofPossibleHeaderWord:)`).
    static func isGroupLabel(_ chunk: LayoutChunk) -> Bool {
        guard LayoutHeaderWords.mayStart(chunk) else { return false }
        let word = headerFacts(ofPossibleHeaderWord: chunk).word
        return word == .performersGroup || word == .qualityGroup
    }

    /// `isColumnNumber(chunk.text)`, with the text built only when its first byte is "(".
    static func isColumnNumber(_ chunk: LayoutChunk) -> Bool {
        let answer: Bool? = chunk.withUTF8 { bytes in
            guard bytes.first == 0x28 else { return false }
            return isASCIIColumnNumber(bytes)
        }
        return answer ?? isColumnNumber(chunk.text)
    }

    /// `isColumnNumber` of the text whose UTF-8 bytes are `bytes` and start with "(", read on them when
    /// they are plain ASCII (a character is then a number when it is a digit); nil when a byte outside
    /// ASCII leaves it to the characters.
    static func isASCIIColumnNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        guard bytes.count >= 2, bytes.last == 0x29 else { return false }
        return bytes[1..<(bytes.count - 1)].allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// "Pelaksana", "Mutu Baku": labels over a group of columns.
    static func isGroupLabel(_ text: String) -> Bool {
        LayoutHeaderWords.mayStart(text) && isGroupLabel(possibleHeaderWord: text)
    }

    /// `isGroupLabel(text)` of a text that `LayoutHeaderWords.mayStart` lets through, asked once by the
    /// caller.
    private static func isGroupLabel(possibleHeaderWord text: String) -> Bool {
        return switch Vocabulary.headerWord(text) {
        case .performersGroup, .qualityGroup: true
        default: false
        }
    }

    /// "(1)", "(2)", …: the row of column numbers under some headers.
    static func isColumnNumber(_ text: String) -> Bool {
        text.hasPrefix("(") && text.hasSuffix(")") && text.dropFirst().dropLast().allSatisfy(\.isNumber)
    }

    /// Whether `line` is the line of a table header: it names Kegiatan/Aktivitas after No, or
    /// Kegiatan/Aktivitas and two Mutu Baku columns (Kelengkapan, Waktu, Output, Keterangan).
    ///
    /// Either way the line holds an activity label and another label in a chunk of its own (each chunk
    /// is one label at most), so a line of fewer than two chunks, or none of whose chunks
    /// `LayoutHeaderWords.mayBeActivity`, is no anchor, and its chunks are not read further.
    /// The chunks are read where they are stored, by index: iterated, each would be copied out of the
    /// line.
    static func isAnchor(_ line: LayoutLine) -> Bool {
        guard line.chunks.count >= 2,
            line.chunks.indices.contains(where: { LayoutHeaderWords.mayBeActivity(line.chunks[$0]) })
        else { return false }
        return namesAnchorLabels(line)
    }

    /// `isAnchor(line)` of a line of two chunks or more, one of which `LayoutHeaderWords.mayBeActivity`
    /// (the caller has checked both): whether its chunks' labels name Kegiatan/Aktivitas after No, or
    /// Kegiatan/Aktivitas and two Mutu Baku columns.
    static func namesAnchorLabels(_ line: LayoutLine) -> Bool {
        var sawNumber = false
        var sawActivity = false
        var qualityLabels = 0
        for chunk in line.chunks {
            switch kind(of: chunk) {
            case .number: sawNumber = true
            case .activity:
                if sawNumber { return true }
                sawActivity = true
            case .requirements, .duration, .output, .notes: qualityLabels += 1
            default: continue
            }
        }
        return sawActivity && qualityLabels >= 2
    }

    /// Appends to `labels` each of `chunks` that is a header word (its `facts`, in the order of the
    /// chunks, name a column kind) with that kind, in place: no array of a line's labels is made to be
    /// appended.
    private static func appendLabels(
        of chunks: LayoutChunks, facts: [HeaderChunkFacts], to labels: inout [(chunk: LayoutChunk, kind: LayoutColumnKind)]
    ) {
        for (chunk, chunkFacts) in zip(chunks, facts) {
            if let kind = chunkFacts.kind { labels.append((chunk, kind)) }
        }
    }

    /// Whether every chunk of `line` lies right of the Kegiatan label and is neither a mark nor a step
    /// number: a line of role names.
    private static func isRoleNameLine(_ line: LayoutLine, rightOf activityLabel: LayoutChunk?) -> Bool {
        guard let activityLabel else { return false }
        return line.chunks.allSatisfy { chunk in
            chunk.start > activityLabel.end && LayoutMarkFilter.mark(of: chunk) == nil
                && chunk.withUTF8(StepNumber.parse(utf8:)) == nil
        }
    }

    /// Whether a header chunk continues the role name made of `fragments`: it shares columns with one
    /// of them, or comes within two columns of one with its middle inside the name's span or the name's
    /// middle inside its own span (so a narrow neighbour set two spaces away starts a name of its own).
    private static func belongs(_ chunk: LayoutChunk, to fragments: [LayoutChunk]) -> Bool {
        if fragments.contains(where: { $0.overlaps(chunk) }) { return true }
        guard fragments.contains(where: { $0.overlaps(chunk, slack: 2) }) else { return false }
        let (start, end) = span(of: fragments)
        return (start...end).contains(chunk.center) || (chunk.start...chunk.end).contains((start + end) / 2)
    }

    /// The lowest first column and the highest end of `fragments` ((0, 0) when there are none), read
    /// by index in one pass: a lazy map over the chunks copied each one out, retaining and releasing
    /// its bytes.
    static func span(of fragments: [LayoutChunk]) -> (start: Int, end: Int) {
        guard !fragments.isEmpty else { return (0, 0) }
        var start = fragments[0].start
        var end = fragments[0].end
        for index in fragments.indices.dropFirst() {
            start = min(start, fragments[index].start)
            end = max(end, fragments[index].end)
        }
        return (start, end)
    }

    /// The pieces of `chunk` cut at each single space where its words stand under two different role
    /// names ("Logistik Gudang" under "Kasi" and "Pengelola"); nil when it is not cut (it stands alone:
    /// no array is made for most chunks, which are not).
    ///
    /// The spaces are found on the chunk's bytes (a scalar starts at each byte that is not a
    /// continuation byte), and the role on each side of a space is found without listing the roles.
    static func split(_ chunk: LayoutChunk, across roles: [[LayoutChunk]]) -> [LayoutChunk]? {
        let parts: (LayoutChunk, LayoutChunk)? = chunk.withUTF8 { text in
            var offset = 0
            var index = 0
            while index < text.count {
                let isSpace = text[index] == 0x20
                index += 1
                while index < text.count, text[index] & 0xC0 == 0x80 { index += 1 }
                offset += 1
                let wordStart = chunk.start + offset
                guard isSpace, wordStart < chunk.end,
                    let leftRole = soleRole(in: roles, overlapping: chunk.start, wordStart - 1),
                    let rightRole = soleRole(in: roles, overlapping: wordStart, chunk.end), leftRole != rightRole,
                    let parts = chunk.split(near: wordStart, tolerance: 0)
                else { continue }
                return parts
            }
            return nil
        }
        guard let (leftPiece, rightPiece) = parts else { return nil }
        return [leftPiece] + (split(rightPiece, across: roles) ?? [rightPiece])
    }

    /// The index of the one role of `roles` with a fragment sharing a column with the span from
    /// `start` to `end` (as `LayoutChunk.overlaps` measures it), or nil when none or several have one.
    private static func soleRole(in roles: [[LayoutChunk]], overlapping start: Int, _ end: Int) -> Int? {
        var found: Int?
        for (index, fragments) in roles.enumerated()
        where fragments.contains(where: { $0.start < end && start < $0.end }) {
            guard found == nil else { return nil }
            found = index
        }
        return found
    }

    /// Reads the header around the anchor line at `anchor`.
    ///
    /// The header starts at the "Pelaksana" / "Mutu Baku" line above the anchor, past the first lines of
    /// role names set higher than "No" and "Kegiatan" (a tall header centres those vertically), and ends
    /// up to six lines below it, at the last line of header words. `anchor` and the header's `lines` are
    /// indices of `lines` (a part of the file's lines, read where they are).
    static func read(_ lines: ArraySlice<LayoutLine>, anchor: Int) -> LayoutHeader {
        let anchorChunks = lines[anchor].chunks
        let anchorFacts = anchorChunks.map(HeaderChunkFacts.init)
        let numberLabel = anchorFacts.firstIndex { $0.kind == .number }.map { anchorChunks[$0] }
        let activityLabel = anchorFacts.firstIndex { $0.kind == .activity }.map { anchorChunks[$0] }
        var first = anchor
        var probe = anchor - 1
        var blanks = 0
        while probe >= lines.startIndex, anchor - probe <= 4, blanks <= 2 {
            let line = lines[probe]
            if line.isBlank {
                blanks += 1
            } else if line.chunks.contains(where: isGroupLabel) {
                first = probe
                break
            } else if !isRoleNameLine(line, rightOf: activityLabel) {
                break
            }
            probe -= 1
        }
        // The header words found so far, with the column each names.
        var labels: [(chunk: LayoutChunk, kind: LayoutColumnKind)] = []
        // Room for the anchor's labels and as many again from the lines below it.
        labels.reserveCapacity(2 * anchorFacts.count { $0.kind != nil })
        appendLabels(of: anchorChunks, facts: anchorFacts, to: &labels)
        var last = anchor
        // The facts of the chunks of the anchor and of each line below it read so far, by line: the
        // columns below take them from here instead of folding the header words again.
        // Room for the anchor and the six lines below it that a header may take, made before the
        // anchor's facts are stored (an array made from them would be moved to a new buffer by it).
        var factsFromAnchor: [[HeaderChunkFacts]] = []
        factsFromAnchor.reserveCapacity(7)
        factsFromAnchor.append(anchorFacts)
        var next = anchor + 1
        while next < lines.endIndex, next - anchor <= 6 {
            if lines[next].isBlank {
                let following = next + 1 < lines.endIndex ? lines[next + 1].chunks : []
                let qualityKinds = following.compactMap { chunk -> LayoutColumnKind? in
                    switch kind(of: chunk) {
                    case let kind? where [.requirements, .duration, .output, .notes].contains(kind): kind
                    default: nil
                    }
                }
                guard qualityKinds.count >= 2, !labels.contains(where: { qualityKinds.contains($0.kind) }) else { break }
                factsFromAnchor.append([])
                next += 1
                continue
            }
            let chunks = lines[next].chunks
            let facts = chunks.map(HeaderChunkFacts.init)
            let belongs = zip(chunks, facts).allSatisfy { chunk, facts in
                if facts.kind != nil || facts.isGroupLabel || facts.isColumnNumber { return true }
                if LayoutMarkFilter.mark(of: chunk) != nil { return false }
                if let activityLabel, chunk.start <= activityLabel.end { return false }
                if chunk.withUTF8(StepNumber.parse(utf8:)) != nil { return false }
                return !labels.contains { label in
                    label.kind != .number && label.kind != .activity && label.chunk.overlaps(chunk)
                }
            }
            guard belongs else { break }
            appendLabels(of: chunks, facts: facts, to: &labels)
            factsFromAnchor.append(facts)
            last = next
            next += 1
        }
        // Room at once for the six kinds of column other than roles, a usual header's roles (up to
        // eight) and the number's column when its label is missing; more roles' room is made below.
        var columns: [LayoutColumn] = []
        columns.reserveCapacity(15)
        var roleFragments: [[LayoutChunk]] = []
        // Room for the roles of a usual header (up to eight).
        roleFragments.reserveCapacity(8)
        for index in first...last {
            let knownFacts = index >= anchor ? factsFromAnchor[index - anchor] : nil
            for (position, chunk) in lines[index].chunks.enumerated() {
                let facts = knownFacts.map { $0[position] } ?? HeaderChunkFacts(chunk)
                guard !(facts.isGroupLabel && !(index > anchor && roleFragments.contains { belongs(chunk, to: $0) })),
                    !facts.isColumnNumber
                else { continue }
                let chunkKind = facts.kind
                if index < anchor, chunk.start < (activityLabel?.end ?? 0), chunkKind != .number { continue }
                if let kind = chunkKind {
                    if let existing = columns.firstIndex(where: { $0.kind == kind }) {
                        columns[existing].start = min(columns[existing].start, chunk.start)
                        columns[existing].end = max(columns[existing].end, chunk.end)
                    } else {
                        columns.append(LayoutColumn(kind: kind, start: chunk.start, end: chunk.end))
                    }
                    continue
                }
                /// Adds `piece` to the role name it belongs to, or starts a role name with it.
                func addToRole(_ piece: LayoutChunk) {
                    if let cluster = roleFragments.firstIndex(where: { belongs(piece, to: $0) }) {
                        roleFragments[cluster].append(piece)
                    } else {
                        // Room for a role name's usual fragments (up to four lines of it): made from the
                        // piece alone, the array was moved to a larger buffer at each of the next two.
                        var fragments: [LayoutChunk] = []
                        fragments.reserveCapacity(4)
                        fragments.append(piece)
                        roleFragments.append(fragments)
                    }
                }
                if let pieces = split(chunk, across: roleFragments) {
                    for piece in pieces { addToRole(piece) }
                } else {
                    addToRole(chunk)
                }
            }
        }
        roleFragments.sort { span(of: $0).start < span(of: $1).start }
        var roles: [String] = []
        roles.reserveCapacity(roleFragments.count)
        // A column for each role, and one for the number when its label is missing.
        columns.reserveCapacity(columns.count + roleFragments.count + 1)
        // Each role's name joined from its fragments (`LayoutText`): their bytes appended in place to one
        // buffer, made into the name once (no string per fragment, no array of them); fragments are
        // chunks, collapsed, so the joined name is collapsed as it stands.
        var nameBytes: [UInt8] = []
        // Room for a usual role name from the start, so that the buffer is not regrown name by name.
        nameBytes.reserveCapacity(64)
        for (index, fragments) in roleFragments.enumerated() {
            nameBytes.removeAll(keepingCapacity: true)
            for fragment in fragments.indices {
                fragments[fragment].withUTF8 { LayoutText.append(utf8: $0, toBytes: &nameBytes) }
            }
            roles.append(nameBytes.withUnsafeBufferPointer(String.init(utf8Bytes:)))
            let (start, end) = span(of: fragments)
            columns.append(LayoutColumn(kind: .role(index), start: start, end: end))
        }
        if !columns.contains(where: { $0.kind == .number }) {
            columns.append(LayoutColumn(kind: .number, start: 0, end: 1))
        }
        columns.sort { $0.center < $1.center }
        let anchorLine = lines[anchor]
        let location = SourceLocation(line: anchorLine.number, column: (numberLabel?.start ?? 0) + 1)
        return LayoutHeader(lines: first..<(last + 1), roles: roles, columns: columns, location: location)
    }
}

/// What `LayoutHeader.read(_:anchor:)` asks of a chunk of a header line, read once: the chunk's bytes
/// are checked for a possible header word once, its header word found once (on its bytes when they are
/// plain ASCII: `LayoutHeader.headerFacts(ofPossibleHeaderWord:)`), and the column kind and the group
/// label both taken from that one word.
struct HeaderChunkFacts: Equatable {
    /// `LayoutHeader.kind(of: chunk)`.
    var kind: LayoutColumnKind?
    /// `LayoutHeader.isGroupLabel(chunk)`.
    var isGroupLabel: Bool
    /// `LayoutHeader.isColumnNumber(chunk)`.
    var isColumnNumber: Bool

    /// The facts of `chunk`.
    init(_ chunk: LayoutChunk) {
        isColumnNumber = LayoutHeader.isColumnNumber(chunk)
        guard LayoutHeaderWords.mayStart(chunk) else {
            kind = nil
            isGroupLabel = false
            return
        }
        let facts = LayoutHeader.headerFacts(ofPossibleHeaderWord: chunk)
        isGroupLabel = facts.word == .performersGroup || facts.word == .qualityGroup
        kind = facts.kind
    }
}

/// Joining the pieces of a cell or label printed over several lines: the pieces are appended one
/// after another with single spaces (`append(_:to:)`), except that a piece ending in a hyphen or slash
/// after a letter is joined to the next without a space ("non-" + "organik", "Survei/" + "Anggota"), as
/// is a word broken without one, and the text is collapsed (`TextFolding.collapseWhitespace`) at the end.
enum LayoutText {
    /// Appends `piece` to `text` as the pieces of a joined text are appended, without collapsing white
    /// space: in place, so a text grown line by line costs the length of each line, not of the whole
    /// text again. When `text` and `piece` both come from `TextFolding.collapseWhitespace`, the result
    /// is already collapsed (neither has white space at its ends or in runs, and the glue is one space
    /// or none), so collapsing it again changes nothing.
    static func append(_ piece: String, to text: inout String) {
        guard !piece.isEmpty else { return }
        guard !text.isEmpty else {
            text = piece
            return
        }
        if !endsWithJoiningMark(text), !isBrokenWord(text, piece) { text += " " }
        text += piece
    }

    /// Appends the UTF-8 bytes `piece` to the UTF-8 bytes of a text as `append(_:to:)` appends the text
    /// they are to the text: the bytes of a cell grown piece by piece in a buffer that keeps its room
    /// from row to row, with no string until the cell is done, and none for the piece unless its break
    /// with the text must be read by characters. Pieces that are their own
    /// `TextFolding.collapseWhitespace` (as `LayoutChunk` texts are) make a text that is too: the glue is
    /// one space or none.
    static func append(utf8 piece: UnsafeBufferPointer<UInt8>, toBytes text: inout [UInt8]) {
        guard !piece.isEmpty else { return }
        if !text.isEmpty {
            let glued = text.withUnsafeBufferPointer { bytes in
                endsWithJoiningMark(bytes) || isBrokenWord(bytes, piece)
            }
            if !glued { text.append(0x20) }
        }
        text.append(contentsOf: piece)
    }

    /// `endsWithJoiningMark` of the text whose UTF-8 bytes are `bytes`: the mark is an ASCII byte, so it
    /// is the last scalar when it is the last byte; the scalar before it is decoded from its bytes
    /// unless it is ASCII (an ASCII scalar is alphabetic when it is a letter).
    static func endsWithJoiningMark(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 2, let last = bytes.last, last == 0x2D || last == 0x2F else { return false }
        let beforeLast = bytes[bytes.count - 2]
        if beforeLast < 0x80 { return beforeLast | 0x20 >= 0x61 && beforeLast | 0x20 <= 0x7A }
        // The lead byte of the scalar before the mark: continuation bytes are 0b10xxxxxx.
        var lead = bytes.count - 2
        while lead > 0, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
        let scalar = String(decoding: UnsafeBufferPointer(rebasing: bytes[lead..<(bytes.count - 1)]), as: UTF8.self)
            .unicodeScalars.last
        return scalar?.properties.isAlphabetic ?? false
    }

    /// `isBrokenWord` of the texts whose UTF-8 bytes are `previous` and `next`: read from the bytes
    /// when they decide it, else by characters.
    private static func isBrokenWord(_ previous: UnsafeBufferPointer<UInt8>, _ next: UnsafeBufferPointer<UInt8>) -> Bool {
        if let decided = isBrokenASCIIWord(previous, next) { return decided }
        return isBrokenWordComparingCharacters(String(decoding: previous, as: UTF8.self), String(decoding: next, as: UTF8.self))
    }

    /// Whether `text` ends in a hyphen or slash after a letter ("non-", "Survei/"). A function of its
    /// own so that nothing it reads keeps `text`'s storage shared while `append` extends it (a live
    /// scalar iterator made every append copy the whole text).
    private static func endsWithJoiningMark(_ text: String) -> Bool {
        var scalars = text.unicodeScalars.reversed().makeIterator()
        guard let last = scalars.next(), last == "-" || last == "/", let beforeLast = scalars.next() else { return false }
        return beforeLast.properties.isAlphabetic
    }

    /// Whether `next` continues the last word of `previous`, broken without a hyphen where a narrow cell
    /// ran out ("Pengadmini" + "strasi", "Kepegawaia" + "n"): both sides are lower-case letters there,
    /// the word joined is in the lexicon, and one of the pieces is not.
    static func isBrokenWord(_ previous: String, _ next: String) -> Bool {
        if let answer = isBrokenASCIIWord(previous, next) { return answer }
        return isBrokenWordComparingCharacters(previous, next)
    }

    /// `isBrokenWord` read from the bytes, or nil when they cannot decide it without characters (a
    /// byte outside ASCII at either side of the break, in the last word of `previous`, or just after
    /// the leading letters of `next`). Every lexicon word is lower-case ASCII letters, fewer than 40
    /// bytes (`LexiconWordTable` holds them all): a piece with another ASCII byte, or a joined word of
    /// 40 bytes or more, is none.
    static func isBrokenASCIIWord(_ previous: String, _ next: String) -> Bool? {
        let answer = previous.utf8.withContiguousStorageIfAvailable { head in
            next.utf8.withContiguousStorageIfAvailable { tail in isBrokenASCIIWord(head, tail) }
        }
        guard let read = answer, let decided = read else { return nil }
        return decided
    }

    /// `isBrokenASCIIWord` of the UTF-8 bytes of the two pieces.
    private static func isBrokenASCIIWord(
        _ previous: UnsafeBufferPointer<UInt8>, _ next: UnsafeBufferPointer<UInt8>
    ) -> Bool? {
        guard let last = previous.last, let first = next.first else { return false }
        guard last < 0x80, first < 0x80 else { return nil }
        guard isASCIILowercase(last), isASCIILowercase(first) else { return false }
        // The last word of `previous`: the bytes after its last space byte.
        var headStart = previous.count - 1
        var headIsLetters = true
        while headStart > 0, previous[headStart - 1] != 0x20 {
            let byte = previous[headStart - 1]
            if byte >= 0x80 { return nil }
            if !isASCIILetter(byte) { headIsLetters = false }
            headStart -= 1
        }
        if headStart >= 2, previous[headStart - 2] >= 0x80 { return nil }
        // The leading letters of `next`, up to a character that is not a letter.
        var tailEnd = 1
        while tailEnd < next.count, isASCIILetter(next[tailEnd]) { tailEnd += 1 }
        if tailEnd < next.count, next[tailEnd] >= 0x80 || (tailEnd + 1 < next.count && next[tailEnd + 1] >= 0x80) {
            return nil
        }
        let headLength = previous.count - headStart
        guard headIsLetters, headLength + tailEnd < 40 else { return false }
        let table = LexiconWordTable.shared
        let head = UnsafeBufferPointer(rebasing: previous[headStart...])
        let tail = UnsafeBufferPointer(rebasing: next[..<tailEnd])
        let joinedIsWord = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 40) { buffer in
            _ = buffer.initialize(fromContentsOf: head)
            _ = UnsafeMutableBufferPointer(rebasing: buffer[headLength...]).initialize(fromContentsOf: tail)
            return table.containsASCIILetters(UnsafeBufferPointer(rebasing: buffer[..<(headLength + tailEnd)]))
        }
        guard joinedIsWord else { return false }
        return !table.containsASCIILetters(head) || !table.containsASCIILetters(tail)
    }

    /// Whether `byte` is an ASCII lower-case letter.
    private static func isASCIILowercase(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }

    /// Whether `byte` is an ASCII letter.
    private static func isASCIILetter(_ byte: UInt8) -> Bool { byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A }

    /// `isBrokenWord` by characters: the definition the byte-level reading follows.
    static func isBrokenWordComparingCharacters(_ previous: String, _ next: String) -> Bool {
        guard let last = previous.unicodeScalars.last, last.properties.isLowercase,
            let first = next.unicodeScalars.first, first.properties.isLowercase
        else { return false }
        let head = TextFolding.lastWord(of: previous)
        let tail = String(next.prefix { $0.isLetter })
        guard !head.isEmpty, !tail.isEmpty, Lexicon.shared.contains(head + tail) else { return false }
        return !Lexicon.shared.contains(head) || !Lexicon.shared.contains(tail)
    }
}

/// A quick test on the bytes of a chunk before `LayoutHeader.kind(of:)` and `isGroupLabel` fold it and
/// compare it with every header word: the first words of `Vocabulary.headerWord`'s phrases, the first
/// words of its prefixes ("waktu …"), and the words `kind(of:)` looks for in short texts.
enum LayoutHeaderWords {
    /// The first words of the header phrases `Vocabulary.headerWord` and `LayoutHeader.kind(of:)` know.
    static let firstWords = LayoutWordSet([
        "no", "nomor", "kegiatan", "aktivitas", "aktifitas", "uraian", "prosedur", "langkah", "deskripsi", "pelaksana",
        "mutu", "baku", "kelengkapan", "persyaratan", "syarat", "perlengkapan", "waktu", "durasi", "lama", "jangka",
        "output", "out", "hasil", "keluaran", "keterangan", "ket", "catatan",
    ])

    /// The first words of the phrases `Vocabulary.headerWord` recognises as prefixes of longer texts.
    static let prefixWords: [LayoutWord] = ["waktu", "kelengkapan", "persyaratan", "output", "keterangan", "mutu"]
        .map(LayoutWord.init)

    /// The words that make a text of up to three words an activity label in `LayoutHeader.kind(of:)`.
    static let activityWordTexts = ["kegiatan", "aktivitas", "aktifitas"]

    /// `activityWordTexts` packed.
    static let activityWords: [LayoutWord] = activityWordTexts.map(LayoutWord.init)

    /// The first words of the phrases `Vocabulary.headerWord` reads as the activity column ("Kegiatan",
    /// "Uraian Tugas", "Deskripsi Kegiatan", …); none of its prefix phrases names that column.
    static let activityFirstWordTexts = ["kegiatan", "aktivitas", "aktifitas", "uraian", "prosedur", "langkah", "deskripsi"]

    /// `activityFirstWordTexts` packed into a set.
    static let activityFirstWords = LayoutWordSet(activityFirstWordTexts)

    /// Whether a word of `length` bytes whose first byte, lower-cased, is `initial` has the length and
    /// first letter of one of `activityWordTexts` ("k" and 8 letters, "a" and 9) or, when `isFirst`
    /// (the text's first word), of one of `activityFirstWordTexts` ("u" and 6, "l" and 7, "p" and 8,
    /// "d" and 9): a look at a word's shape before it is packed and compared (`mayHoldActivityWord`),
    /// one comparison of the length for most words and no table read. A digit, lower-cased, is no
    /// letter and no shape's. `LayoutActivityShapeTests` holds these pairs to the word lists.
    @inline(__always)
    static func hasActivityShape(length: Int, initial: UInt8, isFirst: Bool) -> Bool {
        switch length {
        case 8: initial == UInt8(ascii: "k") || isFirst && initial == UInt8(ascii: "p")
        case 9: initial == UInt8(ascii: "a") || isFirst && initial == UInt8(ascii: "d")
        case 6: isFirst && initial == UInt8(ascii: "u")
        case 7: isFirst && initial == UInt8(ascii: "l")
        default: false
        }
    }

    /// Whether `text` may be a header word: false only when it is plain ASCII and its folded words
    /// start no header phrase (more than three words: no prefix phrase).
    static func mayStart(_ text: String) -> Bool {
        withBytes(of: text) { mayStart(bytes: $0, firstWords: firstWords, prefixWords: prefixWords) }
    }

    /// `mayStart(chunk.text)`, read from the chunk's bytes.
    static func mayStart(_ chunk: LayoutChunk) -> Bool {
        chunk.withUTF8 { mayStart(bytes: $0, firstWords: firstWords, prefixWords: prefixWords) }
    }

    /// Whether `LayoutHeader.kind(of: chunk.text)` may be `.activity`, read from the chunk's bytes: false
    /// only when the text is plain ASCII and its folded words start no activity phrase and hold no
    /// activity word among its first three, or number more than three (a longer text names the activity
    /// column through no phrase).
    ///
    /// Most chunks are turned down by `mayHoldActivityWord` before any word is packed.
    static func mayBeActivity(_ chunk: LayoutChunk) -> Bool {
        chunk.withUTF8(mayBeActivity(utf8:))
    }

    /// `mayBeActivity` of the chunk whose text's UTF-8 bytes are `bytes`.
    static func mayBeActivity(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        mayHoldActivityWord(bytes) && mayStart(bytes: bytes, firstWords: activityFirstWords, prefixWords: [])
    }

    /// A first look at the bytes for `mayBeActivity`, measuring the words without packing them: false
    /// when the text has no byte outside ASCII before its fourth word and none of its first three words
    /// has the length and first letter of an activity first word (the first word: "k" and 8 letters,
    /// "a" and 9, "u" and 6, "p" and 8, "l" and 7, or "d" and 9) or of an activity word (any of the
    /// three: "k" and 8 letters or "a" and 9; `hasActivityShape`), where
    /// `mayBeActivity` is false too. The words are found as `mayStart`
    /// finds them (runs of ASCII letters and digits), and a text of more than three words is turned
    /// down at its fourth, as `mayStart` turns it down with no prefix words.
    static func mayHoldActivityWord(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        var words = 0
        while true {
            while index < bytes.count, !LayoutBytes.isASCIIAlphanumeric(bytes[index]) {
                if bytes[index] >= 0x80 { return true }
                index += 1
            }
            guard index < bytes.count, words < 3 else { return false }
            let initial = bytes[index] | 0x20
            let start = index
            index = LayoutWord.wordEnd(bytes, from: index + 1)
            if hasActivityShape(length: index - start, initial: initial, isFirst: words == 0) { return true }
            words += 1
        }
    }

    /// `body` of the UTF-8 bytes of `text`.
    private static func withBytes(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        if let answer = text.utf8.withContiguousStorageIfAvailable(body) { return answer }
        var text = text
        return text.withUTF8(body)
    }

    /// Whether the text whose UTF-8 bytes are `bytes` may start a phrase whose first word is one of
    /// `firstWords`, or hold an activity word among its first three words; with more than three words,
    /// whether its first word is one of `prefixWords`. Any byte outside ASCII answers yes. Each word is
    /// found and packed in one pass (`LayoutWord.read`), and only the first word and the words as long
    /// as an activity word (8 or 9 letters) are compared.
    private static func mayStart(
        bytes: UnsafeBufferPointer<UInt8>, firstWords: LayoutWordSet, prefixWords: [LayoutWord]
    ) -> Bool {
        let words = LayoutLeadingWords(bytes)
        if words.metNonASCII { return true }
        if words.fourthWordStart != nil { return words.first.isIn(prefixWords) }
        return words.count > 0 && (words.first.isIn(firstWords) || words.hasActivityWord)
    }
}

/// The first three words of a text's UTF-8 bytes (runs of ASCII letters and digits), each found and
/// packed in one pass (`LayoutWord.read`), read until a byte outside ASCII or a fourth word: the first
/// word, how many were read, whether one is an activity word (8 or 9 letters, in
/// `LayoutHeaderWords.activityWords`), and where the reading stopped.
struct LayoutLeadingWords {
    /// The first word (empty when there is none).
    private(set) var first = LayoutWord()
    /// The words read, at most three.
    private(set) var count = 0
    /// Whether one of the words read is an activity word.
    private(set) var hasActivityWord = false
    /// Whether the reading stopped at a byte outside ASCII before a fourth word.
    private(set) var metNonASCII = false
    /// Where a fourth word starts, when the text has one before any byte outside ASCII.
    private(set) var fourthWordStart: Int?

    /// Reads the first words of `bytes`.
    @inline(__always)
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var index = 0
        while true {
            while index < bytes.count, !LayoutBytes.isASCIIAlphanumeric(bytes[index]) {
                if bytes[index] >= 0x80 {
                    metNonASCII = true
                    return
                }
                index += 1
            }
            guard index < bytes.count else { return }
            if count == 3 {
                fourthWordStart = index
                return
            }
            let (word, end) = LayoutWord.read(bytes, from: index)
            index = end
            count += 1
            if count == 1 { first = word }
            if word.count == 8 || word.count == 9, word.isIn(LayoutHeaderWords.activityWords) { hasActivityWord = true }
        }
    }
}
