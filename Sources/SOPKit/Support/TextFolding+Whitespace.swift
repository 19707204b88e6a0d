extension TextFolding {
    /// `collapseWhitespace` of the text of these UTF-8 bytes, or nil when `isCollapsed` shows that the
    /// text is already collapsed (the caller then keeps the text it has).
    static func collapsedOrNil(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard !isCollapsed(bytes) else { return nil }
        return String(unsafeUninitializedCapacity: bytes.count) { writeCollapsedWhitespace(bytes, to: $0) }
    }

    /// Whether `collapseWhitespace` leaves the text of these UTF-8 bytes as it is: no white space at
    /// either end, no two spaces side by side, no other ASCII white space, and no lead byte of a
    /// no-break or other Unicode space (0xC2, 0xE2, 0xE3).
    static func isCollapsed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previousWasSpace = true
        for byte in bytes {
            guard continuesCollapsed(byte, afterSpace: &previousWasSpace) else { return false }
        }
        return !(previousWasSpace && !bytes.isEmpty)
    }

    /// Whether `byte` keeps a text collapsed (`isCollapsed`) after the bytes before it, of which the
    /// last was a space (or there was none) when `previousWasSpace`, which is updated for the next byte.
    @inline(__always)
    static func continuesCollapsed(_ byte: UInt8, afterSpace previousWasSpace: inout Bool) -> Bool {
        if byte == 0x20 {
            if previousWasSpace { return false }
            previousWasSpace = true
        } else if isASCIIWhitespace(byte) || byte == 0xC2 || byte == 0xE2 || byte == 0xE3 {
            return false
        } else {
            previousWasSpace = false
        }
        return true
    }

    /// Writes the bytes of `collapseWhitespace` of the text of `bytes` to `output` (which must hold at
    /// least `bytes.count` bytes, as collapsing never lengthens a text) and returns their count: ASCII
    /// white space and no-break spaces become one space between two other characters.
    ///
    /// Eight bytes at a time are copied in one store when none of them is below 0x21 or outside ASCII
    /// (so none is white space or the lead byte of a no-break space); other bytes are read one at a time.
    static func writeCollapsedWhitespace(_ bytes: UnsafeBufferPointer<UInt8>, to output: UnsafeMutableBufferPointer<UInt8>)
        -> Int
    {
        guard let source = bytes.baseAddress, let target = output.baseAddress else { return 0 }
        let count = bytes.count
        var length = 0
        var index = 0
        var pendingSpace = false
        while index < count {
            if index + 8 <= count {
                let word = UnsafeRawPointer(source + index).loadUnaligned(as: UInt64.self)
                if !hasByteBelow0x21OrOutsideASCII(word) {
                    // A pending space stands for at least one byte read and not written, so the space
                    // and the eight bytes end at or before `index + 8 <= count`.
                    if pendingSpace, length > 0 {
                        target[length] = 0x20
                        length += 1
                    }
                    pendingSpace = false
                    UnsafeMutableRawPointer(target + length).storeBytes(of: word, as: UInt64.self)
                    length += 8
                    index += 8
                    continue
                }
            }
            let byte = source[index]
            if isASCIIWhitespace(byte) {
                pendingSpace = true
                index += 1
                continue
            }
            if byte == 0xC2, index + 1 < count, source[index + 1] == 0xA0 {
                pendingSpace = true
                index += 2
                continue
            }
            if pendingSpace, length > 0 {
                target[length] = 0x20
                length += 1
            }
            pendingSpace = false
            target[length] = byte
            length += 1
            index += 1
        }
        return length
    }

    /// Whether any of the eight bytes of `word` is below 0x21 or at or above 0x80. The subtraction
    /// marks a byte below 0x21 (it borrows, or it lands in 0xE0…0xFF); a byte at or above 0x80 shows
    /// its own high bit; a byte at or above 0x21 and below 0x80 leaves no high bit and lends no borrow.
    @inline(__always)
    private static func hasByteBelow0x21OrOutsideASCII(_ word: UInt64) -> Bool {
        ((word &- 0x2121_2121_2121_2121) | word) & 0x8080_8080_8080_8080 != 0
    }
}
