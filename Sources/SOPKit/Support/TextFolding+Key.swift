extension TextFolding {
    /// The bytes of `key(text)` for the UTF-8 bytes of a text, written to `output` (which must hold at
    /// least `bytes.count` bytes, as a key is never longer than its text); returns the key's length.
    ///
    /// Eight bytes are read at a time: a run of ASCII letters and digits is lower-cased and copied in
    /// one store, a run of ASCII separators is skipped in one step. Bytes outside ASCII, and the last
    /// bytes of the text, are read one at a time as `foldKeyBytes` reads them (no-break spaces
    /// separate, every other byte outside ASCII is kept).
    static func writeKeyBytes(_ bytes: UnsafeBufferPointer<UInt8>, to output: UnsafeMutableBufferPointer<UInt8>) -> Int {
        guard let source = bytes.baseAddress, let target = output.baseAddress else { return 0 }
        let count = bytes.count
        var length = 0
        var index = 0
        var pendingSpace = false
        while index < count {
            if index + 8 <= count {
                let word = UnsafeRawPointer(source + index).loadUnaligned(as: UInt64.self)
                if word & highBits == 0 {
                    let alphanumeric = alphanumericLanes(word)
                    let leadingAlphanumeric = (~alphanumeric & highBits).trailingZeroBitCount >> 3
                    if leadingAlphanumeric > 0 {
                        // `length + 1 + 8 <= index + 8 <= count` when a space is pending, as the
                        // separator it stands for was read and not written: the store stays in `output`.
                        if pendingSpace, length > 0 {
                            target[length] = 0x20
                            length += 1
                        }
                        pendingSpace = false
                        UnsafeMutableRawPointer(target + length).storeBytes(of: word | lowerCaseBits, as: UInt64.self)
                        length += leadingAlphanumeric
                        index += leadingAlphanumeric
                    } else {
                        pendingSpace = true
                        index += alphanumeric.trailingZeroBitCount >> 3
                    }
                    continue
                }
            }
            let byte = source[index]
            if byte >= 0x80 {
                if byte == 0xC2, index + 1 < count, source[index + 1] == 0xA0 {
                    pendingSpace = true
                    index += 2
                    continue
                }
            } else if !isASCIIAlphanumeric(byte) {
                pendingSpace = true
                index += 1
                continue
            }
            if pendingSpace, length > 0 {
                target[length] = 0x20
                length += 1
            }
            pendingSpace = false
            target[length] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            length += 1
            index += 1
        }
        return length
    }

    /// The high bit of each of the eight bytes of a word.
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The bit that makes an ASCII letter lower case, in each of the eight bytes of a word (digits have
    /// it already).
    private static let lowerCaseBits: UInt64 = 0x2020_2020_2020_2020

    /// The high bit of each byte of `word` (all eight bytes ASCII) that is an ASCII letter or digit.
    /// No byte below 0x80 carries into the next one when the constants are added.
    @inline(__always)
    private static func alphanumericLanes(_ word: UInt64) -> UInt64 {
        let lowered = word | lowerCaseBits
        let letters = (lowered &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(lowered &+ 0x0505_0505_0505_0505)
        let digits = (word &+ 0x5050_5050_5050_5050) & ~(word &+ 0x4646_4646_4646_4646)
        return (letters | digits) & highBits
    }
}
