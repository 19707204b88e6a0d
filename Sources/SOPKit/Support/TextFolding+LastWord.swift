extension TextFolding {
    /// The last of the words of `text` split at spaces (`text.split(separator: " ").last`, or ""):
    /// found from the last space byte when ASCII stands on both sides of it, as a space character
    /// beside a character outside ASCII might be part of a larger character.
    static func lastWord(of text: String) -> String {
        let utf8 = text.utf8
        guard let space = utf8.lastIndex(of: 0x20) else { return text }
        let next = utf8.index(after: space)
        guard next != utf8.endIndex, utf8[next] < 0x80, space == utf8.startIndex || utf8[utf8.index(before: space)] < 0x80
        else { return lastWordComparingCharacters(of: text) }
        return String(text[next...])
    }

    /// `text.split(separator: " ").last` (or ""), read backwards from the end, so that a long text
    /// costs the length of its last words rather than of the whole text.
    static func lastWordComparingCharacters(of text: String) -> String {
        var end = text.endIndex
        while end > text.startIndex, text[text.index(before: end)] == " " { end = text.index(before: end) }
        let head = text[..<end]
        guard let space = head.lastIndex(of: " ") else { return String(head) }
        return String(head[head.index(after: space)...])
    }
}
