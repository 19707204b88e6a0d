/// Decoded input: UTF-8 bytes without BOM, the encoding they came from, and a table of lines.
///
/// Lines end at LF, CRLF or CR; the terminators are not part of a line.
public struct SourceText: Sendable {
    /// The input path as given.
    public let file: String
    /// The text as UTF-8, without a byte-order mark.
    public let bytes: [UInt8]
    /// The encoding the input was decoded from.
    public let encoding: TextEncoding
    /// For each line, the byte range of its content in `bytes` (0-based, end exclusive).
    public let lineRanges: [Range<Int>]
    /// The 1-based numbers of the lines cut to `maximumLineLength` bytes.
    public let cutLines: [Int]
    /// How many bytes of `bytes` are tabs (the parts of lines cut off included): known from decoding,
    /// so that no later stage counts them or searches for one again.
    let tabCount: Int

    /// The longest line read, in bytes (64 KiB): no SOP line comes near it, and the limit keeps the
    /// work per line bounded. Longer lines are cut (at a character boundary) and reported.
    public static let maximumLineLength = 64 * 1024

    /// Splits `bytes` (UTF-8) into lines.
    public init(file: String, bytes: [UInt8], encoding: TextEncoding) {
        let tabCount = bytes.withUnsafeBufferPointer { Self.countTabs($0, 0..<$0.count) }
        self.init(file: file, bytes: bytes, encoding: encoding, lineRanges: Self.lineRanges(of: bytes), tabCount: tabCount)
    }

    /// Takes `bytes` (UTF-8) with their line table `lineRanges` (`lineRanges(of: bytes)`) and the number
    /// of their tabs `tabCount`, both found by a scan that read the bytes already, cutting the lines
    /// longer than `maximumLineLength`.
    init(file: String, bytes: [UInt8], encoding: TextEncoding, lineRanges: [Range<Int>], tabCount: Int) {
        self.file = file
        self.bytes = bytes
        self.encoding = encoding
        self.tabCount = tabCount
        var ranges = lineRanges
        var cut: [Int] = []
        // No line of a text no longer than the limit is longer than it: its lines are not looked at.
        if bytes.count > Self.maximumLineLength {
            for index in ranges.indices where ranges[index].count > Self.maximumLineLength {
                var end = ranges[index].lowerBound + Self.maximumLineLength
                while end > ranges[index].lowerBound, bytes[end] & 0xC0 == 0x80 { end -= 1 }
                ranges[index] = ranges[index].lowerBound..<end
                cut.append(index + 1)
            }
        }
        self.lineRanges = ranges
        self.cutLines = cut
    }

    /// The number of lines.
    public var lineCount: Int { lineRanges.count }

    /// The text of 1-based line `number`, or "" when out of range.
    public func line(_ number: Int) -> String {
        guard number >= 1, number <= lineRanges.count else { return "" }
        return String(decoding: bytes[lineRanges[number - 1]], as: UTF8.self)
    }

    /// The byte range of each line of `bytes`. Eight bytes are read at a time, and the first line
    /// end among them is found from the lowest bit of their match mask, without a byte-by-byte step.
    static func lineRanges(of bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(bytes.count / 40 + 1)
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let count = buffer.count
            var start = 0
            while true {
                guard let end = nextLineEnd(base, from: start, count: count) else {
                    if start < count { ranges.append(start..<count) }
                    return
                }
                ranges.append(start..<end)
                start = end + 1
                if base[end] == 0x0D, start < count, base[start] == 0x0A { start += 1 }
            }
        }
        return ranges
    }

    /// The offset of the first LF or CR in `base[from..<count]`, or nil when there is none.
    @inline(__always)
    private static func nextLineEnd(_ base: UnsafePointer<UInt8>, from: Int, count: Int) -> Int? {
        var index = from
        while index + 8 <= count {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            let ends = firstMatches(word, 0x0A) | firstMatches(word, 0x0D)
            if ends != 0 { return index + ends.trailingZeroBitCount >> 3 }
            index += 8
        }
        while index < count {
            if base[index] == 0x0A || base[index] == 0x0D { return index }
            index += 1
        }
        return nil
    }

    /// A mask whose lowest set bit is the top bit of the first byte of `word` (in memory order) equal
    /// to `byte`, and 0 when no byte is: a borrow can only set bits above a byte that matches.
    @inline(__always)
    static func firstMatches(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let lowBits: UInt64 = 0x0101_0101_0101_0101
        let spread = word ^ (lowBits &* UInt64(byte))
        return (spread &- lowBits) & ~spread & 0x8080_8080_8080_8080
    }

    /// How many tab bytes `buffer[range]` holds, counted eight bytes at a time.
    static func countTabs(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var count = 0
        var index = range.lowerBound
        if let base = UnsafeRawPointer(buffer.baseAddress) {
            while index + 8 <= range.upperBound {
                let spread = base.loadUnaligned(fromByteOffset: index, as: UInt64.self) ^ 0x0909_0909_0909_0909
                count += topBitCount(zeroBytes(spread))
                index += 8
            }
        }
        while index < range.upperBound {
            if buffer[index] == 0x09 { count += 1 }
            index += 1
        }
        return count
    }

    /// How many bits `mask`, which has no bit but the top bit of some of its bytes, has set: the bits
    /// shifted to the bottom of their bytes and summed into the top byte by one multiplication, about a
    /// fifth of the instructions of `nonzeroBitCount` on a processor target without a population count.
    @inline(__always)
    static func topBitCount(_ mask: UInt64) -> Int {
        Int(truncatingIfNeeded: ((mask &>> 7) &* 0x0101_0101_0101_0101) &>> 56)
    }

    /// The bytes of `raw` from `index` up to `count` (one to seven of them, in a buffer of `count` bytes,
    /// at least eight) in the low bytes of a word, the first lowest, the others 0: the eight bytes that
    /// end the buffer, loaded at once and shifted down past those before `index`.
    @inline(__always)
    static func lastBytes(_ raw: UnsafeRawPointer, count: Int, from index: Int) -> UInt64 {
        UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self))
            &>> UInt64(truncatingIfNeeded: 8 &* (8 &- (count &- index)))
    }

    /// The top bit of each byte of `word` equal to `byte`, and no other bit.
    @inline(__always)
    static func equalBytes(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        zeroBytes(word ^ (0x0101_0101_0101_0101 &* UInt64(byte)))
    }

    /// The top bit of each byte of `word` that is 0, and no other bit: adding 0x7F to a byte's low
    /// seven bits sets its top bit unless they are all 0, and no carry leaves the byte.
    @inline(__always)
    static func zeroBytes(_ word: UInt64) -> UInt64 {
        ~(((word & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | word) & 0x8080_8080_8080_8080
    }

    /// Whether one of the eight bytes of `word` is `byte`.
    @inline(__always)
    static func hasByte(_ word: UInt64, _ byte: UInt8) -> Bool {
        firstMatches(word, byte) != 0
    }
}
