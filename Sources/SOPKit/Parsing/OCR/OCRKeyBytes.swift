/// Reads of the first bytes of an OCR line's Strings (its text and key) that the segmentation and
/// section-title questions ask of every line.
enum OCRKeyBytes {
    /// `text.utf8.first`, read through the UTF-8 view's subscript, which is inlined where the
    /// generic `Collection.first` is a call of its own.
    @inline(__always)
    static func firstByte(of text: String) -> UInt8? {
        guard !text.isEmpty else { return nil }
        let utf8 = text.utf8
        return utf8[utf8.startIndex]
    }
}
