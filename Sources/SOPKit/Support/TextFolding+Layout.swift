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
