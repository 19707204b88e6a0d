/// A run of text on a line of `pdftotext -layout` output: words separated by single spaces, set off
/// from its neighbours by two or more spaces. Columns count Unicode scalars from 0.
///
/// The text is kept as a range of UTF-8 bytes, most often of the whole file's bytes (shared by every
/// chunk cut from them), and made into a `String` only when `text` is asked for: the parsers read most
/// chunks through `withUTF8` and never build their text.
///
/// The text is its own `TextFolding.collapseWhitespace`: a line is cut at runs of two or more spaces,
/// a tab or no-break space between words is rewritten as a space, control characters are dropped, and
/// the text starts and ends with a character that is none of these. So are the parts `split(near:tolerance:)`
/// makes and the rest `dropping(scalars:)` leaves when it starts with no space (as the parsers cut it),
/// and a text joined from chunks with single spaces or none
/// (`LayoutText.append(utf8:toBytes:)`) is collapsed as it stands.
struct LayoutChunk: Sendable, Hashable {
    /// The bytes the text is in: the file's bytes for a chunk cut from a line as it stands, or bytes of
    /// the chunk's own (a text given, or a line's bytes rewritten without tabs and no-break spaces).
    private let storage: [UInt8]
    /// Where the text's UTF-8 bytes are in `storage`: well-formed UTF-8, without surrounding spaces.
    private let bytes: Range<Int>
    /// The column of the first scalar (0-based).
    var start: Int
    /// The column just after the last scalar.
    var end: Int

    /// A chunk of the text `text`. The parsers give it only texts that are their own
    /// `TextFolding.collapseWhitespace`, as a chunk cut from a line is (a step number's digits).
    init(text: String, start: Int, end: Int) {
        storage = Array(text.utf8)
        bytes = storage.indices
        self.start = start
        self.end = end
    }

    /// A chunk whose text is the UTF-8 bytes `storage[bytes]` (well-formed UTF-8).
    init(storage: [UInt8], bytes: Range<Int>, start: Int, end: Int) {
        self.storage = storage
        self.bytes = bytes
        self.start = start
        self.end = end
    }

    /// The text, without surrounding spaces (`String(utf8Bytes:)`: a short one copied straight in).
    var text: String { withUTF8(String.init(utf8Bytes:)) }

    /// The number of UTF-8 bytes of the text.
    var utf8Count: Int { bytes.count }

    /// `body` of the UTF-8 bytes of the text, read in place.
    func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try storage.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[bytes])) }
    }

    /// Whether the text is the one ASCII byte `byte` (a text is ":" exactly when its bytes are).
    func isByte(_ byte: UInt8) -> Bool {
        bytes.count == 1 && storage[bytes.lowerBound] == byte
    }

    /// The middle of the chunk.
    var center: Int { (start + end) / 2 }

    /// Whether the chunk and `other` share a column, widened by `slack` on each side.
    func overlaps(_ other: LayoutChunk, slack: Int = 0) -> Bool {
        start < other.end + slack && other.start < end + slack
    }

    /// Whether both chunks span the same columns with the same text (compared as strings when their
    /// bytes differ, as `text == other.text` compares them).
    static func == (left: LayoutChunk, right: LayoutChunk) -> Bool {
        guard left.start == right.start, left.end == right.end else { return false }
        let sameBytes = left.withUTF8 { leftBytes in right.withUTF8 { leftBytes.elementsEqual($0) } }
        return sameBytes || left.text == right.text
    }

    /// Hashes the columns and the text as a string, as `==` compares them.
    func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(start)
        hasher.combine(end)
    }

    /// The chunk from the scalar at `offset` of the text to its end, starting `offset` columns right
    /// of this one: the bytes after that many scalars, with no string built. The rest is collapsed, as a
    /// chunk's text is, when the scalar at `offset` is not a space (the parsers cut no chunk before one).
    func dropping(scalars offset: Int) -> LayoutChunk {
        let cut = withUTF8 { text in
            var index = 0
            var scalars = 0
            while index < text.count, scalars < offset {
                index += 1
                // Continuation bytes are 0b10xxxxxx; a scalar ends before the next byte that is not one.
                while index < text.count, text[index] & 0xC0 == 0x80 { index += 1 }
                scalars += 1
            }
            return index
        }
        return LayoutChunk(storage: storage, bytes: (bytes.lowerBound + cut)..<bytes.upperBound, start: start + offset, end: end)
    }

    /// Cuts the chunk at the single space nearest `column`, when one lies within `tolerance` of it:
    /// two cells that `pdftotext` printed one space apart ("Teknis/KAK. 3 hari kerja"). The scalars are
    /// counted on the bytes (each scalar starts at a byte that is not a continuation byte), and the two
    /// parts are ranges of the same bytes.
    func split(near column: Int, tolerance: Int) -> (LayoutChunk, LayoutChunk)? {
        guard start < column, column < end else { return nil }
        let cut: (offset: Int, space: Int)? = withUTF8 { text in
            var best: (offset: Int, space: Int)?
            var offset = 0
            var index = 0
            // Words start further right at every space: none past `column + tolerance` can be chosen.
            while index < text.count, start + offset + 1 - column <= tolerance {
                if text[index] == 0x20 {
                    let distance = abs(start + offset + 1 - column)
                    if distance <= tolerance, best.map({ abs(start + $0.offset + 1 - column) > distance }) ?? true {
                        best = (offset, index)
                    }
                }
                offset += 1
                index += 1
                while index < text.count, text[index] & 0xC0 == 0x80 { index += 1 }
            }
            return best
        }
        guard let (offset, space) = cut else { return nil }
        let spaceIndex = bytes.lowerBound + space
        return (
            LayoutChunk(storage: storage, bytes: bytes.lowerBound..<spaceIndex, start: start, end: start + offset),
            LayoutChunk(storage: storage, bytes: (spaceIndex + 1)..<bytes.upperBound, start: start + offset + 1, end: end)
        )
    }
}

/// The chunks of one line, left to right, indexed from 0 like an array: a range of an array that may
/// hold the chunks of every line of a file, so that cutting a file into lines allocates one array of
/// chunks instead of one per line.
struct LayoutChunks: RandomAccessCollection, Hashable, Sendable, ExpressibleByArrayLiteral {
    /// The array the chunks are in.
    private let storage: [LayoutChunk]
    /// Where the chunks are in `storage`.
    private let range: Range<Int>

    /// The chunks of `chunks`, all of them.
    init(_ chunks: [LayoutChunk]) {
        storage = chunks
        range = chunks.indices
    }

    /// The chunks `storage[range]`.
    fileprivate init(storage: [LayoutChunk], range: Range<Int>) {
        self.storage = storage
        self.range = range
    }

    /// The chunks listed.
    init(arrayLiteral chunks: LayoutChunk...) {
        self.init(chunks)
    }

    var startIndex: Int { 0 }
    var endIndex: Int { range.count }
    var indices: Range<Int> { 0..<range.count }

    /// The chunk at `position` (0 for the first chunk of the line).
    subscript(position: Int) -> LayoutChunk {
        precondition(position >= 0 && position < range.count, "chunk index out of range")
        return storage[range.lowerBound + position]
    }

    /// Whether both hold the same chunks, wherever they are stored.
    static func == (left: LayoutChunks, right: LayoutChunks) -> Bool {
        left.elementsEqual(right)
    }

    /// Hashes the chunks, not where they are stored.
    func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for chunk in self { hasher.combine(chunk) }
    }
}

/// One line of `pdftotext -layout` output, cut into chunks.
struct LayoutLine: Sendable, Hashable {
    /// The 1-based line number in the input.
    var number: Int
    /// The 0-based page (pages end at form feeds).
    var page: Int
    /// The chunks, left to right.
    var chunks: LayoutChunks

    /// A line of the chunks `chunks`.
    init(number: Int, page: Int, chunks: [LayoutChunk]) {
        self.init(number: number, page: page, chunks: LayoutChunks(chunks))
    }

    /// A line of the chunks `chunks`, stored where they are.
    init(number: Int, page: Int, chunks: LayoutChunks) {
        self.number = number
        self.page = page
        self.chunks = chunks
    }

    /// Whether the line holds no text.
    var isBlank: Bool { chunks.isEmpty }

    /// The chunks' texts joined with single spaces: their bytes joined in one buffer, made into one
    /// string (no string for each chunk).
    var text: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(chunks.reduce(0) { $0 + $1.utf8Count + 1 })
        for position in chunks.indices {
            if position > 0 { bytes.append(0x20) }
            chunks[position].withUTF8 { bytes.append(contentsOf: $0) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The electronic-signature footer every signed page ends with, or a page number alone on its line.
    ///
    /// The first chunk is read where it is stored, by index, not copied out of the line.
    var isPageFurniture: Bool {
        guard !chunks.isEmpty else { return false }
        if chunks.count == 1, chunks[0].utf8Count <= 3, chunks[0].withUTF8({ $0.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }) {
            return chunks[0].start > 20
        }
        return Self.isFooter(chunks[0])
    }

    /// What the procedure table's reader asks of a line of its body: whether it closes the table, and
    /// if not, whether it may be the anchor of a repeated header (`LayoutHeader.isAnchor`).
    enum TableBodyReading: Equatable {
        /// The line closes the procedure table: its total-time row ("Jumlah waktu", "Total waktu") or
        /// the legend of the flowchart symbols ("Mulai / selesai", "Keterangan simbol").
        case closesTable
        /// The line does not close the table, has two chunks or more, and one of them
        /// `LayoutHeaderWords.mayBeActivity`: `LayoutHeader.namesAnchorLabels` decides whether it is an
        /// anchor.
        case mayBeAnchor
        /// Any other line: it neither closes the table nor is an anchor.
        case other
    }

    /// The line's `TableBodyReading`, read in one pass over its chunks: each chunk's bytes are looked
    /// at once, for the legend's letters and, on a line of two chunks or more until one is found, for
    /// an activity word, with no chunk copied out of the line (the first one included).
    var tableBodyReading: TableBodyReading {
        guard !chunks.isEmpty else { return .other }
        if chunks[0].withUTF8({ Self.keyMayStart($0, 0x6A, 0x75) || Self.keyMayStart($0, 0x74, 0x6F) }),
            Self.isTotalLabel(chunks[0].text)
        {
            return .closesTable
        }
        var mayBeAnchor = false
        let asksActivity = chunks.count >= 2
        for position in chunks.indices {
            let closes = chunks[position].withUTF8 { bytes in
                if asksActivity, !mayBeAnchor { mayBeAnchor = LayoutHeaderWords.mayBeActivity(utf8: bytes) }
                guard Self.mayHoldLegendLetters(utf8: bytes) else { return false }
                return Self.isLegendLabel(asciiBytes: bytes) ?? Self.isLegendLabel(String(decoding: bytes, as: UTF8.self))
            }
            if closes { return .closesTable }
        }
        return mayBeAnchor ? .mayBeAnchor : .other
    }

    /// Whether `text` is a label of the flowchart legend: the letters of its key are "mulaiselesai"
    /// ("Mulai / selesai") or start with "keterangansimbol" or "keteranganlambang".
    static func isLegendLabel(_ text: String) -> Bool {
        let letters = TextFolding.key(text).filter(\.isLetter)
        return letters == "mulaiselesai" || letters.hasPrefix("keterangansimbol") || letters.hasPrefix("keteranganlambang")
    }

    /// `isLegendLabel` of the text whose UTF-8 bytes are `bytes`, read on them when they are all ASCII
    /// (the letters of its key are then its ASCII letters, lower-cased, in order), compared with each
    /// label as they are met, with no key or string built; nil when a byte outside ASCII leaves it to
    /// the characters.
    static func isLegendLabel(asciiBytes bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        // Whether the letters so far agree with each label (up to its length), and how many there are.
        var agreesWithStartEnd = true
        var agreesWithSymbols = true
        var agreesWithSymbolsInOtherWords = true
        var letters = 0
        for byte in bytes {
            guard byte < 0x80 else { return nil }
            let lowered = byte | 0x20
            guard lowered >= 0x61, lowered <= 0x7A else { continue }
            agreesWithStartEnd = agreesWithStartEnd && letter(lowered, at: letters, agreesWith: legendStartEnd)
            agreesWithSymbols = agreesWithSymbols && letter(lowered, at: letters, agreesWith: legendSymbols)
            agreesWithSymbolsInOtherWords =
                agreesWithSymbolsInOtherWords && letter(lowered, at: letters, agreesWith: legendSymbolsInOtherWords)
            letters += 1
        }
        return agreesWithStartEnd && letters == legendStartEnd.utf8CodeUnitCount
            || agreesWithSymbols && letters >= legendSymbols.utf8CodeUnitCount
            || agreesWithSymbolsInOtherWords && letters >= legendSymbolsInOtherWords.utf8CodeUnitCount
    }

    /// The letters of the legend labels `isLegendLabel` looks for: the whole of the first, the start of
    /// the other two.
    private static let legendStartEnd: StaticString = "mulaiselesai"
    private static let legendSymbols: StaticString = "keterangansimbol"
    private static let legendSymbolsInOtherWords: StaticString = "keteranganlambang"

    /// Whether the letter at `position` of a text agrees with `label` (lower-case ASCII letters): it is
    /// the label's letter there, or the label is already over.
    @inline(__always)
    private static func letter(_ lowered: UInt8, at position: Int, agreesWith label: StaticString) -> Bool {
        position >= label.utf8CodeUnitCount || label.utf8Start[position] == lowered
    }

    /// The punctuation trimmed from a total-time label ("Jumlah waktu :"), made once.
    private static let colon: Set<Character> = [":"]

    /// The labels of a total-time row, folded.
    private static let totalLabels: Set<String> = [
        "jumlah", "total", "jumlah waktu", "total waktu", "jumlah waktu penyelesaian", "total waktu penyelesaian",
    ]

    /// Whether `text`, folded and trimmed of colons, is one of `totalLabels`. The key of a printable
    /// ASCII text holds only lower-case letters, digits and single inner spaces, so trimming leaves it
    /// as it is, and it is compared with each label as it is folded (`TextFolding.keyMatches`), with
    /// no key built. Other texts are folded, trimmed and looked up.
    static func isTotalLabel(_ text: String) -> Bool {
        let isPrintableASCII = text.utf8.withContiguousStorageIfAvailable(LayoutBytes.isPrintableASCII)
        if isPrintableASCII == true { return totalLabels.contains { TextFolding.keyMatches(text, $0) } }
        let key = TextFolding.trim(TextFolding.key(text), punctuation: colon)
        return totalLabels.contains(key)
    }

    /// `isFooter(chunk.text)`, read from the chunk's bytes when its key may start "do" or "pi"
    /// (`keyMayStart`) and its head is plain ASCII (`isFooter(asciiHead:)`); the text is built only for
    /// a head with other bytes.
    static func isFooter(_ chunk: LayoutChunk) -> Bool {
        chunk.withUTF8 { bytes in
            guard keyMayStart(bytes, 0x64, 0x6F) || keyMayStart(bytes, 0x70, 0x69) else { return false }
            return isFooter(asciiHead: bytes) ?? isFooter(String(decoding: bytes, as: UTF8.self))
        }
    }

    /// `isFooter` of the text whose UTF-8 bytes are `bytes`, when its first 61 bytes (or all of them,
    /// when fewer) are ASCII without CR (`OCRTableBytes.isPlainASCII(bytes:)`, eight bytes at a time),
    /// as `asciiHead(of:characters:)` asks: whether the key of its first 60 bytes starts with a footer
    /// phrase (`keyOfASCII(_:startsWith:)`, which folds no more of the key than it compares). Nil for
    /// other texts.
    static func isFooter(asciiHead bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        let headLength = min(bytes.count, 60)
        guard OCRTableBytes.isPlainASCII(bytes: UnsafeBufferPointer(rebasing: bytes.prefix(headLength + 1))) else {
            return nil
        }
        let head = UnsafeBufferPointer(rebasing: bytes[..<headLength])
        return footerPhraseLiterals.contains { keyOfASCII(head, startsWith: $0) }
    }

    /// Whether `FoldedKey.foldASCII` of the plain ASCII `bytes` (their runs of letters and digits,
    /// lower-cased, one space between runs) starts with `phrase`, a non-empty run of lower-case ASCII
    /// letters and digits with single spaces between words: the key's bytes are made and compared one
    /// at a time, and the reading stops at the first that differs or at the phrase's end.
    static func keyOfASCII(_ bytes: UnsafeBufferPointer<UInt8>, startsWith phrase: StaticString) -> Bool {
        let expected = UnsafeBufferPointer(start: phrase.utf8Start, count: phrase.utf8CodeUnitCount)
        var matched = 0
        var pendingSpace = false
        for byte in bytes {
            guard FoldedKey.isASCIIAlphanumeric(byte) else {
                pendingSpace = true
                continue
            }
            if pendingSpace, matched > 0 {
                // The space the key holds between two runs (the phrase does not end before it: the
                // reading stops once the phrase is matched).
                guard expected[matched] == 0x20 else { return false }
                matched += 1
            }
            pendingSpace = false
            guard expected[matched] == (byte &- 0x41 < 26 ? byte | 0x20 : byte) else { return false }
            matched += 1
            if matched == expected.count { return true }
        }
        return false
    }

    /// Whether `TextFolding.key` of the text whose UTF-8 bytes are `bytes` may start with the lower-case
    /// ASCII letters `first` and `second`: false when its first letter or digit (`firstKeyByte`) is
    /// ASCII and not `first`, or when the byte right after that one ends the text or is ASCII and not
    /// `second` in either case (an ASCII byte that is no letter or digit ends the key's first word).
    static func keyMayStart(_ bytes: UnsafeBufferPointer<UInt8>, _ first: UInt8, _ second: UInt8) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= 0x80 {
                // A no-break space is a space of the key; any other byte outside ASCII may fold to anything.
                guard byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 else { return true }
                index += 2
                continue
            }
            index += 1
            guard LayoutBytes.isASCIIAlphanumeric(byte) else { continue }
            guard byte | 0x20 == first, index < bytes.count else { return false }
            let next = bytes[index]
            return next >= 0x80 || next | 0x20 == second
        }
        return false
    }

    /// "* Dokumen ini telah ditandatangani secara elektronik …", "* Pindai kode QR …".
    ///
    /// When the first characters are ASCII their key is compared with each footer phrase as it is
    /// folded (`TextFolding.keyHasPrefix`; most lines starting with a "d" or a "p" differ at their
    /// second letter), with no key built.
    static func isFooter(_ text: String) -> Bool {
        guard let first = firstKeyByte(of: text), first == 0x64 || first == 0x70 else { return false }
        if let head = asciiHead(of: text, characters: 60) {
            return footerPhrases.contains { TextFolding.keyHasPrefix(head, $0) }
        }
        let key = TextFolding.key(text.prefix(60))
        return footerPhrases.contains { key.hasPrefix($0) }
    }

    /// The folded starts of the footer lines `isFooter` knows.
    private static let footerPhraseLiterals: [StaticString] = [
        "dokumen ini telah ditandatangani", "pindai kode qr", "dokumen ini ditandatangani",
    ]

    /// `footerPhraseLiterals` as strings.
    private static let footerPhrases = footerPhraseLiterals.map(\.description)

    /// `text.prefix(characters)` read from the bytes, when they show it: the bytes up to one past that
    /// many are ASCII without CR (so each byte is a character, and the last one kept takes no combining
    /// mark); else nil.
    static func asciiHead(of text: String, characters: Int) -> Substring? {
        let isASCIIHead = text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.prefix(characters + 1).allSatisfy { $0 < 0x80 && $0 != 0x0D }
        }
        guard isASCIIHead == true else { return nil }
        let utf8 = text.utf8
        return Substring(utf8[..<utf8.index(utf8.startIndex, offsetBy: min(characters, utf8.count))])
    }

    /// The first byte of `TextFolding.key(text)` (an ASCII letter lower-cased, a digit, or the first
    /// byte of a character outside ASCII), or nil when the key is empty.
    static func firstKeyByte(of text: String) -> UInt8? {
        var text = text
        return text.withUTF8(FoldedKey.firstKeyByte(utf8:))
    }

    /// Whether the letters of the text whose UTF-8 bytes are `bytes` may start with "mulai" or "keter"
    /// (the legend's "Mulai / selesai", "Keterangan simbol"): false when its first letter is ASCII, with
    /// no byte outside ASCII before it, and neither "m" nor "k" in either case (the letters of its key
    /// then start with that letter), when its first five letters are ASCII and spell neither, or when it
    /// has fewer than five letters, all ASCII.
    static func mayHoldLegendLetters(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var letters = PackedASCIIWord()
        for byte in bytes {
            if byte >= 0x80 { return true }
            let lowered = byte | 0x20
            guard lowered >= 0x61, lowered <= 0x7A else { continue }
            if letters.length == 0, lowered != 0x6D, lowered != 0x6B { return false }
            letters.append(lowered)
            if letters.length == 5 { return legendStarts.contains(letters) }
        }
        return false
    }

    /// The first five letters of the legend labels `tableBodyReading` looks for.
    private static let legendStarts = [PackedASCIIWord("mulai".utf8)!, PackedASCIIWord("keter".utf8)!]

    /// Cuts `text` into chunks at runs of two or more spaces.
    static func chunks(of text: Substring) -> [LayoutChunk] {
        let storage = Array(text.utf8)
        var chunks: [LayoutChunk] = []
        storage.withUnsafeBufferPointer { _ = appendChunks(storage: storage, utf8: $0, line: $0.indices, to: &chunks) }
        return chunks
    }

    /// Cuts one line, given as UTF-8 bytes, into chunks at runs of two or more spaces (space, tab and
    /// no-break space count as spaces; other control characters are dropped but take a column). A line
    /// that is not well-formed UTF-8 is read as its repaired text (U+FFFD for each bad sequence).
    static func chunks(utf8 line: UnsafeBufferPointer<UInt8>) -> [LayoutChunk] {
        let storage = Array(line)
        var chunks: [LayoutChunk] = []
        storage.withUnsafeBufferPointer { _ = appendChunks(storage: storage, utf8: $0, line: $0.indices, to: &chunks) }
        return chunks
    }

    /// Appends the chunks of the line `bytes[line]` to `chunks`: those `chunks(utf8:)` returns, their
    /// texts kept as ranges of `storage`, whose bytes `bytes` are (a chunk whose text is not its bytes as
    /// they stand gets bytes of its own). Returns how many form feeds (0x0C) the line holds, counted in
    /// the same pass: every control character is read on its own, and repairing a line that is not
    /// well-formed UTF-8 keeps its ASCII bytes.
    static func appendChunks(
        storage: [UInt8], utf8 bytes: UnsafeBufferPointer<UInt8>, line range: Range<Int>, to chunks: inout [LayoutChunk]
    ) -> Int {
        let line = UnsafeBufferPointer(rebasing: bytes[range])
        let lineStart = chunks.count
        var formFeeds = 0
        var column = 0
        var pendingSpaces = 0
        // The open chunk: its first column, its length in scalars, the bytes from its first to its last
        // text scalar, and whether those bytes are its text as they stand (no tab, no-break space or
        // control character among them).
        var chunkStart = 0
        var scalarCount = 0
        var textStart = 0
        var textEnd = 0
        var isVerbatim = true
        func close() {
            guard scalarCount > 0 else { return }
            // Room for a line's usual chunks at the first one when the array is the line's own (a blank
            // line allocates nothing).
            if chunks.isEmpty { chunks.reserveCapacity(4) }
            if isVerbatim {
                let text = (range.lowerBound + textStart)..<(range.lowerBound + textEnd)
                chunks.append(LayoutChunk(storage: storage, bytes: text, start: chunkStart, end: chunkStart + scalarCount))
            } else {
                let own = spacedBytes(UnsafeBufferPointer(rebasing: line[textStart..<textEnd]))
                chunks.append(LayoutChunk(storage: own, bytes: own.indices, start: chunkStart, end: chunkStart + scalarCount))
            }
            scalarCount = 0
            isVerbatim = true
        }
        var index = 0
        while index < line.count {
            let byte = line[index]
            if byte == 0x20 || byte == 0x09 {
                if byte == 0x09, scalarCount > 0 { isVerbatim = false }
                let runEnd = LayoutBytes.endOfSpaces(line, from: index + 1)
                pendingSpaces += runEnd - index
                column += runEnd - index
                index = runEnd
                continue
            }
            if byte < 0x20 {
                if byte == 0x0C { formFeeds += 1 }
                if scalarCount > 0 { isVerbatim = false }
                column += 1
                index += 1
                continue
            }
            let length = byte < 0x80 ? 1 : LayoutBytes.scalarLength(line, at: index)
            guard length > 0 else {
                chunks.removeSubrange(lineStart...)
                let repaired = Array(String(decoding: line, as: UTF8.self).utf8)
                return repaired.withUnsafeBufferPointer {
                    Self.appendChunks(storage: repaired, utf8: $0, line: $0.indices, to: &chunks)
                }
            }
            if length == 2, byte == 0xC2, line[index + 1] == 0xA0 {
                if scalarCount > 0 { isVerbatim = false }
                pendingSpaces += 1
                column += 1
                index += 2
                continue
            }
            if scalarCount > 0, pendingSpaces == 1 {
                scalarCount += 1
            } else if pendingSpaces >= 2 || scalarCount == 0 {
                close()
                chunkStart = column
                textStart = index
            }
            pendingSpaces = 0
            scalarCount += 1
            column += 1
            index += length
            // The printable ASCII bytes after it (not DEL), spaces only between two others, continue the
            // chunk, a column each: a single space between words is a scalar of the chunk.
            let runEnd =
                LayoutBytes.endOfWordRun(bytes, from: range.lowerBound + index, lineEnd: range.upperBound) - range.lowerBound
            scalarCount += runEnd - index
            column += runEnd - index
            index = runEnd
            textEnd = index
        }
        close()
        return formFeeds
    }

    /// The text of a chunk whose bytes hold single tabs or no-break spaces between words, or control
    /// characters, as UTF-8 bytes: each tab and no-break space read as a space, the control characters
    /// dropped.
    private static func spacedBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x09 {
                output.append(0x20)
            } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 {
                output.append(0x20)
                index += 1
            } else if byte >= 0x20 {
                output.append(byte)
            }
            index += 1
        }
        return output
    }

    /// The lines of `source`, with pages cut at form feeds (a line's own counted as its chunks are cut,
    /// with no second pass over its bytes). The chunks of all lines are cut into one array first, and
    /// each line is then given its range of it.
    static func lines(of source: SourceText) -> [LayoutLine] {
        var chunks: [LayoutChunk] = []
        // Most lines hold one or two chunks, many none.
        chunks.reserveCapacity(source.lineCount + source.lineCount / 2)
        // Each line's page and the range of `chunks` it holds.
        var spans: [(page: Int, chunks: Range<Int>)] = []
        spans.reserveCapacity(source.lineCount)
        var page = 0
        source.bytes.withUnsafeBufferPointer { bytes in
            for range in source.lineRanges {
                var start = range.lowerBound
                while start < range.upperBound, bytes[start] == 0x0C {
                    page += 1
                    start += 1
                }
                let first = chunks.count
                let formFeeds = appendChunks(storage: source.bytes, utf8: bytes, line: start..<range.upperBound, to: &chunks)
                spans.append((page, first..<chunks.count))
                page += formFeeds
            }
        }
        var lines: [LayoutLine] = []
        lines.reserveCapacity(spans.count)
        for (offset, span) in spans.enumerated() {
            lines.append(LayoutLine(number: offset + 1, page: span.page, chunks: LayoutChunks(storage: chunks, range: span.chunks)))
        }
        return lines
    }
}
