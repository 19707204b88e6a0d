/// Key comparisons of the OCR procedure table's tokens ("disesuaikan", "sesuai kebutuhan") answered
/// at once from a token's first bytes when its key cannot start with the wanted word: most tokens
/// are words that start with another letter.
extension OCRTableBytes {
    /// Whether `TextFolding.key(text)` may start with `byte`, an ASCII lower-case letter or digit.
    /// The key keeps the text's ASCII letters (lowered) and digits and its bytes that are not ASCII
    /// (other than no-break spaces), and drops everything before the first of them: false when that
    /// first kept byte is an ASCII letter or digit other than `byte`, or when there is none; true at
    /// once when a byte that is not ASCII comes first.
    static func keyMayStart(with byte: UInt8, _ text: some StringProtocol) -> Bool {
        for textByte in text.utf8 {
            if textByte >= 0x80 { return true }
            if FoldedKey.isASCIIAlphanumeric(textByte) { return textByte | 0x20 == byte }
        }
        return false
    }

    /// What `TextFolding.key(text)` may start with, read once for several `keyMayStart(with:_:)`
    /// questions: the text's first ASCII letter (lowered) or digit, `notASCII` when a byte that is not
    /// ASCII comes first (the key may start with anything), `nil` when there is neither (the key is
    /// empty). `keyMayStart(with: byte, text)` is `start == byte || start == notASCII`.
    static func keyStart(_ text: Substring) -> UInt8? {
        var bytesOfText = text
        return bytesOfText.withUTF8(keyStart(bytes:))
    }

    /// `keyStart` of a text whose UTF-8 bytes are `bytes`.
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

    /// `keyMayStart(with: byte, text)` of a text whose `keyStart` is `start`.
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
    static func keyHasPrefix(
        bytes: UnsafeBufferPointer<UInt8>, plainASCII: Bool, of text: @autoclosure () -> Substring,
        _ prefix: StaticString
    ) -> Bool {
        plainASCII ? plainKeyStarts(bytes: bytes, with: prefix) : TextFolding.keyHasPrefix(text(), prefix.description)
    }
}
