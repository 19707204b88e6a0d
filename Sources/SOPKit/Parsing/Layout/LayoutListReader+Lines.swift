extension LayoutListReader {
    /// A line of a list made ready for `items`: its text with white space collapsed, the character
    /// count of that text and of the line as it came.
    struct PreparedLine {
        /// `TextFolding.collapseWhitespace` of the line.
        var text: String
        /// `text.count`.
        var characterCount: Int
        /// The character count of the line before collapsing.
        var rawCharacterCount: Int
        /// Whether `text` is printable ASCII with single spaces between words and none at either end.
        var isCollapsedASCII: Bool

        /// Prepares `raw`: one pass over its bytes decides the common line, printable ASCII with single
        /// spaces between words (already collapsed, one character per byte); other lines are collapsed
        /// and counted as `collapseWhitespace` and `characterCount` do.
        init(_ raw: String) {
            if let count = LayoutListReader.collapsedPrintableASCIICount(raw) {
                text = raw
                characterCount = count
                rawCharacterCount = count
                isCollapsedASCII = true
            } else {
                text = TextFolding.collapseWhitespace(raw)
                characterCount = LayoutListReader.characterCount(text)
                rawCharacterCount = LayoutListReader.characterCount(raw)
                isCollapsedASCII = false
            }
        }
    }

    /// The number of bytes of `text` when they are printable ASCII (0x20 to 0x7E) with no space at
    /// either end and no two spaces side by side: `collapseWhitespace` then leaves the text as it is
    /// and each byte is a character. Nil otherwise, or when the text is not stored contiguously.
    static func collapsedPrintableASCIICount(_ text: String) -> Int? {
        let isCollapsedASCII = text.utf8.withContiguousStorageIfAvailable { bytes in
            var previousWasSpace = true
            for byte in bytes {
                guard byte &- 0x20 < 0x5F else { return false }
                let isSpace = byte == 0x20
                if isSpace, previousWasSpace { return false }
                previousWasSpace = isSpace
            }
            return !previousWasSpace || bytes.isEmpty
        }
        return isCollapsedASCII == true ? text.utf8.count : nil
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

    /// `ListSplitter.removingMarker(line)` of a line that is printable ASCII with single spaces between
    /// words and none at either end (`PreparedLine.isCollapsedASCII`), read on its bytes: the marker is
    /// "-" or "*", up to three digits before "." or ")", or a lower-case letter before "." or ")"; the
    /// text after it loses the one space that may start it, and a line without a marker is kept whole.
    static func removingMarker(collapsedASCII line: String) -> String {
        var line = line
        let contentStart: Int = line.withUTF8 { bytes in
            guard let first = bytes.first else { return 0 }
            var start = 0
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
            return start
        }
        guard contentStart > 0 else { return line }
        let utf8 = line.utf8
        return String(line[utf8.index(utf8.startIndex, offsetBy: contentStart)...])
    }
}
