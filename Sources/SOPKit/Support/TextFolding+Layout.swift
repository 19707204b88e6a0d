extension TextFolding {
    /// `collapseWhitespace(text)`: `text` itself when its contiguous bytes show that it is already
    /// collapsed (the check `collapseWhitespace` makes first, read from a buffer instead of the UTF-8
    /// view), else the collapsed text. Most texts the layout parser joins are already collapsed.
    static func collapsingWhitespace(_ text: String) -> String {
        let isCollapsed = text.utf8.withContiguousStorageIfAvailable(isCollapsed) ?? false
        return isCollapsed ? text : collapseWhitespace(text)
    }

    /// Whether `collapseWhitespace` leaves the text of these UTF-8 bytes as it is: no white space at
    /// either end, no two spaces side by side, no other ASCII white space, and no lead byte of a
    /// no-break or other Unicode space (0xC2, 0xE2, 0xE3).
    static func isCollapsed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previousWasSpace = true
        for byte in bytes {
            if byte == 0x20 {
                if previousWasSpace { return false }
                previousWasSpace = true
            } else if isASCIIWhitespace(byte) || byte == 0xC2 || byte == 0xE2 || byte == 0xE3 {
                return false
            } else {
                previousWasSpace = false
            }
        }
        return !(previousWasSpace && !bytes.isEmpty)
    }
}
