extension [UInt8] {
    /// Appends the UTF-8 bytes of `word`, as `append(contentsOf: word.utf8)` does: copied at once from the
    /// word's contiguous storage (a native string's), which takes about a tenth of the instructions of the
    /// generic copy of a `Substring.UTF8View`; any other word's through its view.
    mutating func appendUTF8(of word: Substring) {
        if word.utf8.withContiguousStorageIfAvailable({ append(contentsOf: $0) }) == nil { append(contentsOf: word.utf8) }
    }
}
