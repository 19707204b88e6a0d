extension OCRToken {
    /// Strings of at most `inlineTextCapacity` ASCII bytes made straight from the bytes, for the texts
    /// of short tokens and short lines: the string the standard library makes of such bytes holds them
    /// inline, in its two words, the first byte lowest, zero past the last, and a last byte telling an
    /// inline ASCII string of that count (0xE0 | count). Written in those two words directly, such a
    /// string costs a few instructions instead of a call that copies the bytes one by one and works out
    /// what they are. Whether the standard library lays its strings out so on this platform is checked
    /// once (`matchesLayout`), on the bits of the strings it makes itself; when it does not, the texts
    /// are made by the standard library.
    enum InlineASCIIText {
        /// Whether every inline ASCII string of 0 to `inlineTextCapacity` bytes that the standard
        /// library makes has the bits `bits(low:high:count:)` gives for its bytes. Only strings the
        /// standard library made are read as bits: none is made of bits before this holds.
        static let matchesLayout: Bool = {
            guard MemoryLayout<String>.size == 16, MemoryLayout<(UInt64, UInt64)>.size == 16 else { return false }
            let probe = Array("Az09 |.-~\t(e)x!?".utf8)
            return probe.withUnsafeBufferPointer { bytes in
                (0...inlineTextCapacity).allSatisfy { count in
                    let made = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<count]), as: UTF8.self)
                    let (low, high) = ClassCache.packed(bytes, from: 0, length: count)
                    return unsafeBitCast(made, to: (UInt64, UInt64).self) == bits(low: low, high: high, count: count)
                }
            }
        }()

        /// The two words of the inline ASCII string of `count` bytes whose first eight bytes are `low`
        /// and the rest `high` (packed as `ClassCache.packed` packs them, zero past the last byte).
        @inline(__always)
        static func bits(low: UInt64, high: UInt64, count: Int) -> (UInt64, UInt64) {
            (low, high | (0xE0 | UInt64(count)) << 56)
        }

        /// The string of the `count` ASCII bytes from `start` of `bytes` (at most `inlineTextCapacity`
        /// of them, none 0x80 or above), when `matchesLayout`.
        @inline(__always)
        static func string(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, count: Int) -> String {
            let (low, high) = ClassCache.packed(bytes, from: start, length: count)
            return unsafeBitCast(bits(low: low, high: high, count: count), to: String.self)
        }

        /// The string of the `count` bytes from `start` of `bytes` (at most `inlineTextCapacity`), when
        /// they are all ASCII and `matchesLayout`; nil when a byte is 0x80 or above.
        @inline(__always)
        static func asciiString(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, count: Int) -> String? {
            let (low, high) = ClassCache.packed(bytes, from: start, length: count)
            guard (low | high) & 0x8080_8080_8080_8080 == 0 else { return nil }
            return unsafeBitCast(bits(low: low, high: high, count: count), to: String.self)
        }
    }
}
