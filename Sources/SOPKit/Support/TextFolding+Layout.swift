extension TextFolding {
    /// `text` without the leading ":" and " " characters: leading colon and space bytes dropped while
    /// the byte after each is ASCII (so no combining mark joins it into a larger character); from a
    /// byte outside ASCII on, characters are compared.
    static func droppingLeadingColonsAndSpaces(_ text: Substring) -> Substring {
        let utf8 = text.utf8
        var index = utf8.startIndex
        while index != utf8.endIndex, utf8[index] == 0x3A || utf8[index] == 0x20 {
            let next = utf8.index(after: index)
            guard next == utf8.endIndex || utf8[next] < 0x80 else {
                return text[index...].drop { $0 == ":" || $0 == " " }
            }
            index = next
        }
        return text[index...]
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
