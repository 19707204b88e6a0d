/// The lines of one list in layout text, as UTF-8 bytes in one buffer with each line a range of it:
/// built from the chunks' bytes (`LayoutIdentityParser.appendSubColumnLines`) and read by
/// `LayoutListReader.items` without a string for each piece or line. Kept from list to list, so the
/// buffers keep their room.
struct LayoutListLines: RandomAccessCollection {
    /// The bytes of every line, one after another.
    private var bytes: [UInt8] = []
    /// Where each line is in `bytes`: a buffer emptied by forgetting its count, from list to list.
    private var ranges = PlainValueBuffer<Range<Int>>()

    /// No lines.
    init() {}

    var startIndex: Int { 0 }
    var endIndex: Int { ranges.count }

    /// The range of `bytes` of the line at `position`.
    subscript(position: Int) -> Range<Int> { ranges[position] }

    /// Removes every line, keeping the room.
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        ranges.removeAll()
    }

    /// Makes room for `lines` lines of `bytes` bytes in all, so that appending them grows neither buffer.
    mutating func reserveCapacity(lines: Int, bytes byteCount: Int) {
        ranges.reserveCapacity(lines)
        bytes.reserveCapacity(byteCount)
    }

    /// Adds a line whose text is `text` without the ASCII white space at either end
    /// (`IdentityBlockParser.trimmingASCIIWhitespace`), unless nothing is left: its bytes are read in
    /// place and copied, with no string made for the trimmed text (what is left is cut at ASCII bytes).
    mutating func append(trimmingASCIIWhitespaceOf text: Substring) {
        var text = text
        text.withUTF8 { utf8 in
            var start = 0
            var end = utf8.count
            while start < end, TextFolding.isASCIIWhitespace(utf8[start]) { start += 1 }
            while end > start, TextFolding.isASCIIWhitespace(utf8[end - 1]) { end -= 1 }
            if start < end { append(utf8: UnsafeBufferPointer(rebasing: utf8[start..<end])) }
        }
    }

    /// Adds a line whose text is the well-formed UTF-8 `utf8`.
    mutating func append(utf8: UnsafeBufferPointer<UInt8>) {
        let start = bytes.count
        bytes.append(contentsOf: utf8)
        ranges.append(start..<bytes.count)
    }

    /// Appends a space and the well-formed UTF-8 `utf8` to the last line (there must be one).
    mutating func extendLast(utf8: UnsafeBufferPointer<UInt8>) {
        bytes.append(0x20)
        bytes.append(contentsOf: utf8)
        ranges.replaceLast(with: ranges[ranges.count - 1].lowerBound..<bytes.count)
    }

    /// `body` of the UTF-8 bytes `bytes[range]`, read in place.
    func withBytes<Result>(_ range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// The text of the line at `position`.
    func text(at position: Int) -> String {
        withBytes(ranges[position], String.init(utf8Bytes:))
    }
}

/// The text of the list item `LayoutListReader.items` is reading: a range of the list's bytes while it
/// is the text of one line or the part of it after its marker, bytes of its own once a line is appended
/// to it. So an item of one line is copied once, into its string, and the lines of a longer one are
/// joined on bytes, with a string only for the finished item. Kept from item to item, so the buffer
/// keeps its room.
struct ListItemText {
    /// Where the item's text is in the list's bytes, or nil when it is `bytes`.
    private var range: Range<Int>?
    /// The item's bytes when `range` is nil.
    private var bytes: [UInt8] = []

    /// No item yet.
    init() {}

    /// Starts an item whose text is the bytes `range` of the list.
    mutating func start(range: Range<Int>) {
        self.range = range
    }

    /// Starts an item whose text is `text`.
    mutating func start(_ text: String) {
        range = nil
        bytes.removeAll(keepingCapacity: true)
        bytes.append(contentsOf: text.utf8)
    }

    /// Appends the well-formed UTF-8 `piece` to the item as `LayoutText.append(_:to:)` appends a text
    /// (`LayoutText.append(utf8:toBytes:)`); `lines` holds the item's bytes while it is a range of them.
    mutating func append(utf8 piece: UnsafeBufferPointer<UInt8>, in lines: LayoutListLines) {
        if let range {
            bytes.removeAll(keepingCapacity: true)
            lines.withBytes(range) { bytes.append(contentsOf: $0) }
            self.range = nil
        }
        LayoutText.append(utf8: piece, toBytes: &bytes)
    }

    /// Collapses the item's white space (`TextFolding.collapseWhitespace`).
    mutating func collapse(in lines: LayoutListLines) {
        start(TextFolding.collapseWhitespace(text(in: lines)))
    }

    /// The item's text; `lines` holds its bytes while it is a range of them.
    func text(in lines: LayoutListLines) -> String {
        if let range { return lines.withBytes(range, String.init(utf8Bytes:)) }
        return bytes.withUnsafeBufferPointer(String.init(utf8Bytes:))
    }
}

extension LayoutListReader {
    /// A line of a list made ready for `items`: its text with white space collapsed and the character
    /// count of that text.
    struct PreparedLine {
        /// The line's bytes in the `LayoutListLines` it was prepared from.
        var bytes: Range<Int>
        /// `TextFolding.collapseWhitespace` of the line, or nil when the line is printable ASCII with
        /// single spaces between words and none at either end: its text is then
        /// its bytes as they stand, and no string is built for it here.
        var collapsed: String?
        /// The character count of the collapsed text.
        var characterCount: Int

        /// Prepares the line at `position` of `lines`: one pass over its bytes decides the common line,
        /// printable ASCII with single spaces between words (already collapsed, one character per
        /// byte); other lines are collapsed and counted as `collapseWhitespace` and `characterCount` do.
        init(_ lines: LayoutListLines, at position: Int) {
            bytes = lines[position]
            if let count = lines.withBytes(bytes, LayoutListReader.collapsedPrintableASCIICount(utf8:)) {
                collapsed = nil
                characterCount = count
            } else {
                let text = TextFolding.collapseWhitespace(lines.text(at: position))
                collapsed = text
                characterCount = LayoutListReader.characterCount(text)
            }
        }

        /// The collapsed text of the line.
        func text(in lines: LayoutListLines) -> String {
            collapsed ?? lines.withBytes(bytes, String.init(utf8Bytes:))
        }

        /// Whether the collapsed text may start with a comma or bare number marker
        /// (`LayoutListReader.commaMarker`, `bareNumberMarker`): a printable ASCII line only when its first
        /// byte is a digit, since both markers start with one.
        func mayStartWithNumberMarker(in lines: LayoutListLines) -> Bool {
            collapsed != nil || lines.withBytes(bytes) { $0.first.map { $0 &- 0x30 < 10 } ?? false }
        }

        /// `ListSplitter.startsWithMarker` of the collapsed text.
        func startsWithMarker(in lines: LayoutListLines) -> Bool {
            if let collapsed { return ListSplitter.startsWithMarker(collapsed) }
            return lines.withBytes(bytes, ListSplitter.startsWithMarker(utf8:))
        }

        /// `LayoutListReader.startsWithDashOrBullet` of the collapsed text: for a printable ASCII line,
        /// whether its first byte is "-" (a bullet is not ASCII, and "-" before an ASCII byte is a
        /// character of its own).
        func startsWithDashOrBullet(in lines: LayoutListLines) -> Bool {
            if let collapsed { return LayoutListReader.startsWithDashOrBullet(collapsed) }
            return lines.withBytes(bytes) { $0.first == 0x2D }
        }

        /// Starts `item` with `ListSplitter.removingMarker` of the collapsed text, which starts with a
        /// marker: for a printable ASCII line, the bytes after the marker (`markerEnd(collapsedASCII:)`).
        func startItemAfterMarker(_ item: inout ListItemText, in lines: LayoutListLines) {
            if let collapsed { return item.start(ListSplitter.removingMarker(collapsed)) }
            item.start(range: (bytes.lowerBound + lines.withBytes(bytes, LayoutListReader.markerEnd(collapsedASCII:)))..<bytes.upperBound)
        }

        /// Starts `item` with the collapsed text.
        func startItem(_ item: inout ListItemText) {
            if let collapsed { return item.start(collapsed) }
            item.start(range: bytes)
        }

        /// Appends the collapsed text to `item` (`ListItemText.append(utf8:in:)`).
        func append(to item: inout ListItemText, in lines: LayoutListLines) {
            guard var collapsed else { return lines.withBytes(bytes) { item.append(utf8: $0, in: lines) } }
            collapsed.withUTF8 { item.append(utf8: $0, in: lines) }
        }
    }

    /// The character count of the line at `position` of `lines` as it came: its byte count when it is
    /// printable ASCII (one character each).
    static func rawCharacterCount(_ lines: LayoutListLines, at position: Int) -> Int {
        lines.withBytes(lines[position]) { LayoutBytes.isPrintableASCII($0) ? $0.count : nil } ?? lines.text(at: position).count
    }

    /// The number of bytes of the text whose UTF-8 bytes are `bytes` when they are printable ASCII
    /// (0x20 to 0x7E) with no space at either end and no two spaces side by side: `collapseWhitespace`
    /// then leaves the text as it is and each byte is a character. Nil otherwise.
    ///
    /// Eight bytes are judged at a time (`LayoutBytes.notPrintableBytes`, and the spaces among them
    /// beside a space in the same eight bytes or in the last of the eight before), the rest byte by byte.
    static func collapsedPrintableASCIICount(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress, let first = bytes.first, let last = bytes.last else { return 0 }
        guard first != 0x20, last != 0x20 else { return nil }
        var previousWasSpace = false
        var index = 0
        while index + 8 <= bytes.count {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            guard LayoutBytes.notPrintableBytes(word) == 0 else { return nil }
            // The top bit of each space (the first byte the lowest); shifted by one byte, the bit of the
            // byte before it in memory.
            let spaces = SourceText.equalBytes(word, 0x20)
            if spaces & (spaces << 8) != 0 || previousWasSpace && spaces & 0x80 != 0 { return nil }
            previousWasSpace = spaces >> 63 != 0
            index += 8
        }
        while index < bytes.count {
            let byte = bytes[index]
            guard byte &- 0x20 < 0x5F else { return nil }
            let isSpace = byte == 0x20
            if isSpace, previousWasSpace { return nil }
            previousWasSpace = isSpace
            index += 1
        }
        return bytes.count
    }

    /// Whether a line that starts with a list marker starts with "-" or "•" (`hasPrefix` of either),
    /// read from its first bytes when they decide it: a first byte in ASCII other than "-" starts
    /// neither, and "-" followed by the end or by an ASCII byte is a character of its own.
    static func startsWithDashOrBullet(_ line: String) -> Bool {
        let utf8 = line.utf8
        if let first = utf8.first {
            if first < 0x80, first != 0x2D { return false }
            if first == 0x2D {
                let second = utf8.dropFirst().first
                if second.map({ $0 < 0x80 }) ?? true { return true }
            }
        }
        return line.hasPrefix("-") || line.hasPrefix("\u{2022}")
    }

    /// Where `ListSplitter.removingMarker(line)` of a line that is printable ASCII with single spaces
    /// between words and none at either end (a `PreparedLine` without `collapsed`) starts, read on its
    /// UTF-8 bytes `bytes`: the marker is "-" or "*", up to three digits before "." or ")", or a
    /// lower-case letter before "." or ")"; the text after it loses the one space that may start it, and
    /// a line without a marker is kept whole (0). The bytes from there on are collapsed as the line is
    /// (`TextFolding.collapseWhitespace` leaves them as they are).
    static func markerEnd(collapsedASCII bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var start = 0
        if let first = bytes.first {
            if first == 0x2D || first == 0x2A {
                start = 1
            } else {
                var digits = 0
                while digits < bytes.count, digits < 3, bytes[digits] >= 0x30, bytes[digits] <= 0x39 { digits += 1 }
                let markerEnd = digits == 0 && first >= 0x61 && first <= 0x7A ? 1 : digits
                if markerEnd > 0, markerEnd < bytes.count, bytes[markerEnd] == 0x2E || bytes[markerEnd] == 0x29 {
                    start = markerEnd + 1
                }
            }
            if start < bytes.count, bytes[start] == 0x20 { start += 1 }
        }
        return start
    }
}
