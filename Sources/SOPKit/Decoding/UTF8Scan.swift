/// One pass over input bytes that answers everything decoding asks of UTF-8 input: whether they hold a
/// NUL byte, whether they are well-formed UTF-8 (Unicode table 3-7, as `String(validating:as:)`
/// decides), how many C0 controls the start holds (`TextDecoder.looksBinary`) and where the lines are
/// (`SourceText.lineRanges(of:)`), without copying them into a string.
///
/// Eight bytes are read at a time: a word of printable ASCII (no byte below 0x20 or above 0x7F, most
/// words of a text) is passed over with one test; in an ASCII word with control bytes only those bytes
/// are looked at, from the mask of bytes below 0x20; other words are read byte by byte.
struct UTF8Scan {
    /// Whether a byte is 0.
    let hasNUL: Bool
    /// Whether the bytes are well-formed UTF-8.
    let isValid: Bool
    /// How many of the first `TextDecoder.binaryCheckLength` bytes are C0 controls other than tab,
    /// LF, CR and form feed (`TextDecoder.controlCount` of them).
    let countedControls: Int
    /// The byte range of each line, ending at LF, CR LF or CR (`SourceText.lineRanges(of:)`).
    let lineRanges: [Range<Int>]

    /// Scans `bytes`.
    init(_ bytes: [UInt8]) {
        var state = State(capacity: bytes.count / 40 + 1)
        bytes.withUnsafeBufferPointer { state.scan($0) }
        hasNUL = state.hasNUL
        isValid = state.isValid
        countedControls = state.countedControls
        lineRanges = state.lineRanges
    }

    private static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let lowSevenBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// What the scan has found so far.
    private struct State {
        var hasNUL = false
        var isValid = true
        var countedControls = 0
        var lineRanges: [Range<Int>] = []
        /// Where the line being read starts.
        var lineStart = 0
        /// The offset just after the last CR, where an LF does not end another line.
        var afterCR = -1
        /// The offsets below this one count their control bytes.
        var controlLimit = 0

        init(capacity: Int) { lineRanges.reserveCapacity(capacity) }

        /// Reads every byte of `bytes`.
        mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
            let count = bytes.count
            controlLimit = min(count, TextDecoder.binaryCheckLength)
            var index = 0
            if let base = UnsafeRawPointer(bytes.baseAddress) {
                while index + 8 <= count {
                    let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                    // The top bit of a byte of `printable` is set exactly when that byte is ASCII and not
                    // below 0x20: its low seven bits plus 0x60 carry into the top bit (no carry leaves it).
                    let printable = ((word & lowSevenBits) &+ 0x6060_6060_6060_6060) & ~word & highBits
                    if printable == highBits {
                        index += 8
                        continue
                    }
                    if word & highBits == 0 {
                        var controls = ~printable & highBits
                        while controls != 0 {
                            let offset = index + controls.trailingZeroBitCount / 8
                            readASCII(bytes[offset], at: offset)
                            controls &= controls &- 1
                        }
                        index += 8
                        continue
                    }
                    index = readOne(bytes, at: index)
                }
            }
            while index < count { index = readOne(bytes, at: index) }
            if lineStart < count { lineRanges.append(lineStart..<count) }
        }

        /// Reads the character starting at `index` (one ASCII byte, or a UTF-8 sequence, or one byte of
        /// an ill-formed one) and returns the offset after it.
        private mutating func readOne(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte < 0x20 { readASCII(byte, at: index) }
                return index + 1
            }
            guard isValid, let length = UTF8Scan.sequenceLength(bytes, at: index) else {
                isValid = false
                return index + 1
            }
            return index + length
        }

        /// Reads the byte `byte` (below 0x20) at `index`: a NUL, a line end or a control byte.
        @inline(__always)
        private mutating func readASCII(_ byte: UInt8, at index: Int) {
            switch byte {
            case 0x0A:
                if index != afterCR { lineRanges.append(lineStart..<index) }
                lineStart = index + 1
            case 0x0D:
                lineRanges.append(lineStart..<index)
                lineStart = index + 1
                afterCR = index + 1
            case 0x09, 0x0C:
                break
            default:
                if byte == 0 { hasNUL = true }
                if index < controlLimit { countedControls += 1 }
            }
        }
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
