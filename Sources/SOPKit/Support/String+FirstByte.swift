extension String {
    /// `utf8.first`, read through the UTF-8 view's subscript, which is inlined where the generic
    /// `Collection.first` is a call of its own: the first-byte questions that the tabular, layout and
    /// OCR readers ask of nearly every line, cell and value before reading further.
    @inline(__always)
    var firstUTF8Byte: UInt8? {
        guard !isEmpty else { return nil }
        let utf8 = utf8
        return utf8[utf8.startIndex]
    }
}
