/// One pass over input bytes that answers everything decoding asks of UTF-8 input: whether they hold a
/// NUL byte, whether they are well-formed UTF-8 (Unicode table 3-7, as `String(validating:as:)`
/// decides), how many C0 controls the start holds (`TextDecoder.looksBinary`), where the lines are
/// (`SourceText.lineRanges(of:)`) and how many tabs they hold, without copying them into a string.
///
/// Sixteen bytes are read at a time, as two words: a block of printable ASCII (no byte below 0x20 or
/// above 0x7F, most blocks of a text) is passed over with one test; in the ASCII bytes of a block only
/// the control bytes are looked at, from the mask of bytes below 0x20; a non-ASCII byte is read as the
/// start of a UTF-8 sequence, and the next block starts after that sequence.
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
    /// How many bytes are tabs.
    let tabCount: Int

    /// Scans `bytes`.
    init(_ bytes: [UInt8]) {
        var state = State(capacity: bytes.count / 40 + 1)
        bytes.withUnsafeBufferPointer { state.scan($0) }
        hasNUL = state.hasNUL
        isValid = state.isValid
        countedControls = state.countedControls
        lineRanges = state.lineRanges
        tabCount = state.tabCount
    }

    private static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let lowSevenBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// The top bit of each byte of `word`, eight ASCII bytes, that is below 0x20, and no other bit: an
    /// ASCII byte plus 0x60 carries into its top bit exactly when it is not below 0x20, and no carry
    /// leaves the byte.
    @inline(__always)
    static func controlBytes(_ word: UInt64) -> UInt64 {
        ~(word &+ 0x6060_6060_6060_6060) & highBits
    }

    /// Zero exactly when every byte of `word` is printable ASCII (0x20 to 0x7F). Subtracting 0x20 from
    /// each byte sets no top bit while every byte is in that range; otherwise the lowest byte out of it
    /// either has its own top bit set or, being below 0x20 with no borrow from the bytes under it (all
    /// in range), wraps to 0xE0 or more.
    @inline(__always)
    static func unprintableBytes(_ word: UInt64) -> UInt64 {
        ((word &- 0x2020_2020_2020_2020) | word) & highBits
    }

    /// What the scan has found so far.
    private struct State {
        var hasNUL = false
        var isValid = true
        var countedControls = 0
        var lineRanges: [Range<Int>] = []
        var tabCount = 0
        /// Where the line being read starts.
        var lineStart = 0
        /// The offsets below this one count their control bytes.
        var controlLimit = 0

        init(capacity: Int) { lineRanges.reserveCapacity(capacity) }

        /// Reads every byte of `bytes`.
        @inline(__always)
        mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
            let count = bytes.count
            controlLimit = min(count, TextDecoder.binaryCheckLength)
            var index = 0
            if let base = UnsafeRawPointer(bytes.baseAddress) {
                while index + 16 <= count {
                    let first = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                    let second = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self))
                    if UTF8Scan.unprintableBytes(first) | UTF8Scan.unprintableBytes(second) == 0 {
                        index += 16
                        continue
                    }
                    if (first | second) & highBits == 0 {
                        readControls(UTF8Scan.controlBytes(first), at: index, of: bytes)
                        readControls(UTF8Scan.controlBytes(second), at: index + 8, of: bytes)
                        index += 16
                        continue
                    }
                    let firstEnd = readASCIIPrefix(first, at: index, of: bytes)
                    if firstEnd < index + 8 {
                        index = readOne(bytes, at: firstEnd)
                        continue
                    }
                    let secondEnd = readASCIIPrefix(second, at: index + 8, of: bytes)
                    index = secondEnd < index + 16 ? readOne(bytes, at: secondEnd) : secondEnd
                }
                while index + 8 <= count {
                    let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                    let end = readASCIIPrefix(word, at: index, of: bytes)
                    index = end < index + 8 ? readOne(bytes, at: end) : end
                }
            }
            while index < count { index = readOne(bytes, at: index) }
            if lineStart < count { lineRanges.append(lineStart..<count) }
        }

        /// Reads the control bytes of `bytes` at `index` and after it that the top bits of `controls`
        /// mark, one for each byte of the word at `index`. An LF that ends a line, the most common of
        /// them, is read here (`readASCII` reads the others): its line starts at `lineStart`, no later
        /// than the LF, as every line start is the offset after a control byte read before it. The
        /// offsets are below the count of `bytes`, so added to without overflow checks.
        @inline(__always)
        private mutating func readControls(_ controls: UInt64, at index: Int, of bytes: UnsafeBufferPointer<UInt8>) {
            var controls = controls
            while controls != 0 {
                let offset = index &+ controls.trailingZeroBitCount &>> 3
                let byte = bytes[offset]
                if byte == 0x0A, !UTF8Scan.followsCR(offset, in: bytes) {
                    lineRanges.append(Range(uncheckedBounds: (lineStart, offset)))
                    lineStart = offset &+ 1
                } else {
                    readASCII(byte, at: offset, of: bytes)
                }
                controls &= controls &- 1
            }
        }

        /// Reads the ASCII bytes of `word`, the eight bytes of `bytes` at `index`, up to its first
        /// non-ASCII byte: only their control bytes. Returns the offset of that first non-ASCII byte, or
        /// `index + 8` when the word is ASCII.
        @inline(__always)
        private mutating func readASCIIPrefix(_ word: UInt64, at index: Int, of bytes: UnsafeBufferPointer<UInt8>) -> Int {
            let nonASCII = word & highBits
            let length = nonASCII == 0 ? 8 : nonASCII.trailingZeroBitCount / 8
            let prefix: UInt64 = length == 8 ? ~0 : (1 &<< UInt64(length * 8)) &- 1
            readControls(UTF8Scan.controlBytes(word & lowSevenBits) & prefix, at: index, of: bytes)
            return index + length
        }

        /// Reads the character starting at `index` (one ASCII byte, or a UTF-8 sequence, or one byte of
        /// an ill-formed one) and returns the offset after it.
        private mutating func readOne(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte < 0x20 { readASCII(byte, at: index, of: bytes) }
                return index + 1
            }
            guard isValid, let length = UTF8Scan.sequenceLength(bytes, at: index) else {
                isValid = false
                return index + 1
            }
            return index + length
        }

        /// Reads the byte `byte` (below 0x20) at `index` of `bytes`: a NUL, a line end, a tab or a
        /// control byte.
        @inline(__always)
        private mutating func readASCII(_ byte: UInt8, at index: Int, of bytes: UnsafeBufferPointer<UInt8>) {
            switch byte {
            case 0x0A:
                if !UTF8Scan.followsCR(index, in: bytes) { lineRanges.append(lineStart..<index) }
                lineStart = index + 1
            case 0x0D:
                lineRanges.append(lineStart..<index)
                lineStart = index + 1
            case 0x09:
                tabCount += 1
            case 0x0C:
                break
            default:
                if byte == 0 { hasNUL = true }
                if index < controlLimit { countedControls += 1 }
            }
        }
    }

    /// Whether the byte before `index` of `bytes` is a CR: an LF there ends the line the CR ended, not
    /// another one. Looked back at rather than kept as the scan's state, which each LF would carry.
    @inline(__always)
    static func followsCR(_ index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        index > 0 && bytes[index &- 1] == 0x0D
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
