/// One pass over input bytes that answers what decoding asks first: whether they hold a NUL byte and
/// whether they are well-formed UTF-8 (Unicode table 3-7, as `String(validating:as:)` decides),
/// without copying them into a string. ASCII is read eight bytes at a time.
struct UTF8Scan {
    /// Whether a byte is 0.
    let hasNUL: Bool
    /// Whether the bytes are well-formed UTF-8.
    let isValid: Bool

    /// Scans `bytes`.
    init(_ bytes: [UInt8]) {
        (hasNUL, isValid) = bytes.withUnsafeBufferPointer(Self.scan)
    }

    private static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let lowBits: UInt64 = 0x0101_0101_0101_0101

    /// Whether `bytes` hold a 0 byte, and whether they are well-formed UTF-8.
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> (hasNUL: Bool, isValid: Bool) {
        var hasNUL = false
        var isValid = true
        let count = bytes.count
        var index = 0
        while index < count {
            if index + 8 <= count {
                let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
                if word & highBits == 0 {
                    if (word &- lowBits) & ~word & highBits != 0 { hasNUL = true }
                    index += 8
                    continue
                }
            }
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == 0 { hasNUL = true }
                index += 1
                continue
            }
            guard isValid, let length = sequenceLength(bytes, at: index) else {
                isValid = false
                index += 1
                continue
            }
            index += length
        }
        return (hasNUL, isValid)
    }

    /// The length of the well-formed UTF-8 sequence of two to four bytes at `index` (whose first
    /// byte is not ASCII), or nil when the bytes there are not one.
    private static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let first = bytes[index]
        let length: Int
        var secondLow: UInt8 = 0x80
        var secondHigh: UInt8 = 0xBF
        switch first {
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            secondLow = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
            length = 3
            secondHigh = 0x9F
        case 0xF0:
            length = 4
            secondLow = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            secondHigh = 0x8F
        default: return nil
        }
        guard index + length <= bytes.count else { return nil }
        let second = bytes[index + 1]
        guard second >= secondLow, second <= secondHigh else { return nil }
        for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return nil }
        return length
    }
}
