/// A run of text on a line of `pdftotext -layout` output: words separated by single spaces, set off
/// from its neighbours by two or more spaces. Columns count Unicode scalars from 0.
struct LayoutChunk: Sendable, Hashable {
    /// The text, without surrounding spaces.
    var text: String
    /// The column of the first scalar (0-based).
    var start: Int
    /// The column just after the last scalar.
    var end: Int

    /// The middle of the chunk.
    var center: Int { (start + end) / 2 }

    /// Whether the chunk and `other` share a column, widened by `slack` on each side.
    func overlaps(_ other: LayoutChunk, slack: Int = 0) -> Bool {
        start < other.end + slack && other.start < end + slack
    }

    /// Cuts the chunk at the single space nearest `column`, when one lies within `tolerance` of it:
    /// two cells that `pdftotext` printed one space apart ("Teknis/KAK. 3 hari kerja").
    func split(near column: Int, tolerance: Int) -> (LayoutChunk, LayoutChunk)? {
        guard start < column, column < end else { return nil }
        let scalars = text.unicodeScalars
        var best: (offset: Int, space: String.Index)?
        var offset = 0
        var index = scalars.startIndex
        // Words start further right at every space: none past `column + tolerance` can be chosen.
        while index != scalars.endIndex, start + offset + 1 - column <= tolerance {
            if scalars[index] == " " {
                let distance = abs(start + offset + 1 - column)
                if distance <= tolerance, best.map({ abs(start + $0.offset + 1 - column) > distance }) ?? true {
                    best = (offset, index)
                }
            }
            offset += 1
            index = scalars.index(after: index)
        }
        guard let (cut, space) = best else { return nil }
        let left = String(scalars[..<space])
        let right = String(scalars[scalars.index(after: space)...])
        return (
            LayoutChunk(text: left, start: start, end: start + cut),
            LayoutChunk(text: right, start: start + cut + 1, end: end)
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

    /// The chunks' texts joined with single spaces.
    var text: String { chunks.map(\.text).joined(separator: " ") }

    /// The electronic-signature footer every signed page ends with, or a page number alone on its line.
    var isPageFurniture: Bool {
        guard let first = chunks.first else { return false }
        if chunks.count == 1, first.text.utf8.count <= 3, first.text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            return first.start > 20
        }
        return Self.isFooter(first.text)
    }

    /// Whether the line closes the procedure table: its total-time row ("Jumlah waktu", "Total waktu")
    /// or the legend of the flowchart symbols ("Mulai / selesai", "Keterangan simbol").
    var closesTable: Bool {
        guard let first = chunks.first else { return false }
        if Self.firstKeyByte(of: first.text).map({ $0 == 0x6A || $0 == 0x74 || $0 >= 0x80 }) ?? false,
            Self.isTotalLabel(first.text)
        {
            return true
        }
        return chunks.contains { chunk in
            guard Self.mayHoldLegendLetters(chunk.text) else { return false }
            let letters = TextFolding.key(chunk.text).filter(\.isLetter)
            return letters == "mulaiselesai" || letters.hasPrefix("keterangansimbol") || letters.hasPrefix("keteranganlambang")
        }
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
    private static let footerPhrases = ["dokumen ini telah ditandatangani", "pindai kode qr", "dokumen ini ditandatangani"]

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
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                if byte == 0xC2, index < bytes.count, bytes[index] == 0xA0 {
                    index += 1
                    continue
                }
                if byte >= 0x80 || LayoutBytes.isASCIIAlphanumeric(byte) { return byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
            }
            return nil
        }
    }

    /// Whether the letters of `text` may start with "mulai" or "keter" (the legend's "Mulai / selesai",
    /// "Keterangan simbol"): false only when its first five letters are ASCII and spell neither, or
    /// it has fewer than five letters, all ASCII.
    static func mayHoldLegendLetters(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var letters = LayoutWord()
            for byte in bytes {
                if byte >= 0x80 { return true }
                guard byte | 0x20 >= 0x61, byte | 0x20 <= 0x7A else { continue }
                letters.append(byte)
                if letters.count == 5 { return letters.isIn(legendStarts) }
            }
            return false
        }
    }

    /// The first five letters of the legend labels `closesTable` looks for.
    private static let legendStarts = [LayoutWord("mulai"), LayoutWord("keter")]

    /// Cuts `text` into chunks at runs of two or more spaces.
    static func chunks(of text: Substring) -> [LayoutChunk] {
        var text = text
        return text.withUTF8 { chunks(utf8: $0) }
    }

    /// Cuts one line, given as UTF-8 bytes, into chunks at runs of two or more spaces (space, tab and
    /// no-break space count as spaces; other control characters are dropped but take a column). A line
    /// that is not well-formed UTF-8 is read as its repaired text (U+FFFD for each bad sequence).
    static func chunks(utf8 line: UnsafeBufferPointer<UInt8>) -> [LayoutChunk] {
        var chunks: [LayoutChunk] = []
        appendChunks(utf8: line, to: &chunks)
        return chunks
    }

    /// Appends the chunks of one line, given as UTF-8 bytes, to `chunks`: those `chunks(utf8:)` returns.
    static func appendChunks(utf8 line: UnsafeBufferPointer<UInt8>, to chunks: inout [LayoutChunk]) {
        let lineStart = chunks.count
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
            let bytes = UnsafeBufferPointer(rebasing: line[textStart..<textEnd])
            let text = isVerbatim ? String(decoding: bytes, as: UTF8.self) : spacedText(bytes)
            // Room for a line's usual chunks at the first one when the array is the line's own (a blank
            // line allocates nothing).
            if chunks.isEmpty { chunks.reserveCapacity(4) }
            chunks.append(LayoutChunk(text: text, start: chunkStart, end: chunkStart + scalarCount))
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
                if scalarCount > 0 { isVerbatim = false }
                column += 1
                index += 1
                continue
            }
            let length = LayoutBytes.scalarLength(line, at: index)
            guard length > 0 else {
                chunks.removeSubrange(lineStart...)
                var repaired = String(decoding: line, as: UTF8.self)
                return repaired.withUTF8 { Self.appendChunks(utf8: $0, to: &chunks) }
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
            // The printable ASCII bytes after it (not space, not DEL) continue the chunk, a column each.
            let runEnd = LayoutBytes.endOfPrintableRun(line, from: index)
            scalarCount += runEnd - index
            column += runEnd - index
            index = runEnd
            textEnd = index
        }
        close()
    }

    /// The text of a chunk whose bytes hold single tabs or no-break spaces between words, or control
    /// characters: each tab and no-break space read as a space, the control characters dropped.
    private static func spacedText(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
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
        return String(decoding: output, as: UTF8.self)
    }

    /// The lines of `source`, with pages cut at form feeds. The chunks of all lines are cut into one
    /// array first, and each line is then given its range of it.
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
                let text = UnsafeBufferPointer(rebasing: bytes[start..<range.upperBound])
                let first = chunks.count
                appendChunks(utf8: text, to: &chunks)
                spans.append((page, first..<chunks.count))
                page += LayoutBytes.count(of: 0x0C, in: text)
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
