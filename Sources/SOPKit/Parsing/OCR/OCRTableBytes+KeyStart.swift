/// Key comparisons of the OCR procedure table's tokens ("disesuaikan", "sesuai kebutuhan") answered
/// at once from a token's first bytes when its key cannot start with the wanted word: most tokens
/// are words that start with another letter.
extension OCRTableBytes {
    /// What `TextFolding.key(text)` may start with, for a text whose UTF-8 bytes are `bytes`, read once
    /// for several `keyMayStart(with:start:)` questions: the text's first ASCII letter (lowered) or digit,
    /// `notASCII` when a byte that is not ASCII comes first (the key may start with anything), `nil` when
    /// there is neither (the key is empty). The key keeps the text's ASCII letters (lowered) and digits
    /// and its bytes that are not ASCII (other than no-break spaces), and drops everything before the
    /// first of them.
    @inline(__always)
    static func keyStart(bytes: UnsafeBufferPointer<UInt8>) -> UInt8? {
        for textByte in bytes {
            if textByte >= 0x80 { return notASCII }
            if FoldedKey.isASCIIAlphanumeric(textByte) { return textByte | 0x20 }
        }
        return nil
    }

    /// The `keyStart` of a text whose first letter or digit comes after a byte that is not ASCII.
    static var notASCII: UInt8 { 0x80 }

    /// Whether the key of a text whose `keyStart(bytes:)` is `start` may start with `byte`, an ASCII
    /// lower-case letter or digit: false when its first kept byte is another ASCII letter or digit, or
    /// when there is none.
    @inline(__always)
    static func keyMayStart(with byte: UInt8, start: UInt8?) -> Bool {
        start == byte || start == notASCII
    }

    /// `TextFolding.keyHasPrefix(text, prefix)` of a plain ASCII text (`isPlainASCII(bytes:)`) whose
    /// UTF-8 bytes are `bytes`, for a `prefix` of lower-case ASCII letters; with `whole`,
    /// `TextFolding.keyMatches(text, prefix)`. For such a text `OCRTableBytes.keyHasPrefix` and
    /// `TextFolding.key(text).hasPrefix(prefix)` answer the same. Its key is its runs of ASCII letters
    /// and digits, lowered, one space apart: the key starts with the prefix when the first run does,
    /// and is the prefix when the first run is and no other run follows.
    static func plainKeyStarts(bytes: UnsafeBufferPointer<UInt8>, with prefix: StaticString, whole: Bool = false) -> Bool {
        let count = bytes.count
        var index = 0
        while index < count, !FoldedKey.isASCIIAlphanumeric(bytes[index]) { index += 1 }
        for letter in UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount) {
            guard index < count, FoldedKey.isASCIIAlphanumeric(bytes[index]), bytes[index] | 0x20 == letter else {
                return false
            }
            index += 1
        }
        guard whole else { return true }
        while index < count {
            if FoldedKey.isASCIIAlphanumeric(bytes[index]) { return false }
            index += 1
        }
        return true
    }

    /// `TextFolding.keyHasPrefix(text, prefix)` of a token whose UTF-8 bytes are `bytes`: on the bytes
    /// when `plainASCII` (`plainKeyStarts`), else on the text.
    @inline(__always)
    static func tokenKeyHasPrefix(
        bytes: UnsafeBufferPointer<UInt8>, plainASCII: Bool, of text: @autoclosure () -> Substring,
        _ prefix: StaticString
    ) -> Bool {
        plainASCII ? plainKeyStarts(bytes: bytes, with: prefix) : TextFolding.keyHasPrefix(text(), prefix.description)
    }
}
