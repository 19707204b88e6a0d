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
}

extension TextFolding {
    /// `isCollapsed(bytes)`, read eight bytes at a time where all eight are ASCII and none is white
    /// space other than single spaces (words of a cell and the spaces between them), and one byte at a
    /// time elsewhere, as `isCollapsed` reads them.
    ///
    /// For a word of ASCII bytes each byte's high bit marks it in `printable` when the byte is 0x21 or
    /// more (the byte plus 0x5F carries into its high bit, never into the next byte), and in `spaces`
    /// when it is 0x20 (the byte XOR 0x20 plus 0x7F fails to reach its high bit only when it is 0): the
    /// word reads as `isCollapsed` reads its bytes when every byte that is not printable is a space, no
    /// two spaces are neighbours, and the first is no space when the byte before it was one.
    static func isCollapsedReadingWords(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        let highBits: UInt64 = 0x8080_8080_8080_8080
        var previousWasSpace = true
        var index = 0
        while index < count {
            if index + 8 <= count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                let printable = (word &+ 0x5F5F_5F5F_5F5F_5F5F) & highBits
                let spaces = ~((word ^ 0x2020_2020_2020_2020) &+ 0x7F7F_7F7F_7F7F_7F7F) & highBits
                let firstIsSpace = spaces & 0x80 != 0
                if word & highBits == 0, printable | spaces == highBits, spaces & (spaces << 8) == 0,
                    !(previousWasSpace && firstIsSpace)
                {
                    previousWasSpace = spaces >> 63 != 0
                    index += 8
                    continue
                }
            }
            guard continuesCollapsed(bytes[index], afterSpace: &previousWasSpace) else { return false }
            index += 1
        }
        return !(previousWasSpace && count > 0)
    }
}
