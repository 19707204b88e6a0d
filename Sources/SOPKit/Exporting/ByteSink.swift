/// A growable buffer that an exporter writes its output bytes into. Appending costs a capacity check
/// and a copy: no uniqueness check and no generic sequence path, as appending to an array has. Not
/// shared between threads: a writer that holds one copies it before writing when its value was copied
/// (see `JSONWriter`), which is what makes it safe to mark `Sendable`.
final class ByteSink: @unchecked Sendable {
    private var base: UnsafeMutablePointer<UInt8>
    /// The number of bytes written.
    private(set) var count = 0
    private var capacity: Int

    /// An empty buffer with room for `capacity` bytes before it grows.
    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// A new buffer holding the same bytes.
    func copy() -> ByteSink {
        let copy = ByteSink(capacity: capacity)
        copy.base.initialize(from: base, count: count)
        copy.count = count
        return copy
    }

    /// The bytes written.
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// Calls `body` with the bytes written, read in place.
    func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        body(UnsafeRawBufferPointer(start: base, count: count))
    }

    /// The bytes written, decoded as UTF-8.
    var string: String { String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self) }

    /// The bytes written followed by `last`.
    func bytes(followedBy last: UInt8) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: count + 1) { buffer, initialized in
            buffer.baseAddress!.initialize(from: base, count: count)
            buffer[count] = last
            initialized = count + 1
        }
    }

    /// Makes room for `extra` more bytes.
    @inline(__always) func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    @inline(never) private func grow(to needed: Int) {
        let newCapacity = max(needed, capacity * 2)
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.initialize(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    /// Appends the bytes that `write` stores from the end of the buffer, at most `maximum`; `write`
    /// returns how many it stored. One capacity check for several pieces written together.
    @inline(__always) func append(atMost maximum: Int, _ write: (UnsafeMutablePointer<UInt8>) -> Int) {
        reserve(maximum)
        let written = write(base + count)
        assert(written <= maximum)
        count += written
    }

    /// Appends one byte.
    @inline(__always) func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    /// Appends `repetitions` copies of `byte`.
    func append(_ byte: UInt8, repeated repetitions: Int) {
        guard repetitions > 0 else { return }
        reserve(repetitions)
        (base + count).initialize(repeating: byte, count: repetitions)
        count += repetitions
    }

    /// Appends the bytes of `buffer`: up to 32 bytes (most literals and words an exporter writes) with
    /// a few word copies in line, longer runs with `memcpy`.
    @inline(__always) func append(_ buffer: UnsafeBufferPointer<UInt8>) {
        guard let source = buffer.baseAddress, buffer.count > 0 else { return }
        reserve(buffer.count)
        if buffer.count <= 32 {
            Self.copyShort(from: UnsafeRawPointer(source), to: UnsafeMutableRawPointer(base + count), count: buffer.count)
        } else {
            (base + count).initialize(from: source, count: buffer.count)
        }
        count += buffer.count
    }

    /// Copies `count` bytes, from 1 to 32, between buffers that do not overlap: the first and the last
    /// word of the widest size that fits (8, 4, 2 or 1 bytes; and the first and last 16 bytes above
    /// 16), which may overlap each other and so cover every length without a loop.
    @inline(__always) static func copyShort(from source: UnsafeRawPointer, to target: UnsafeMutableRawPointer, count: Int) {
        if count >= 8 {
            if count > 16 {
                copyWord(UInt64.self, from: source, to: target, at: 8)
                copyWord(UInt64.self, from: source, to: target, at: count - 16)
            }
            copyWord(UInt64.self, from: source, to: target, at: 0)
            copyWord(UInt64.self, from: source, to: target, at: count - 8)
        } else if count >= 4 {
            copyWord(UInt32.self, from: source, to: target, at: 0)
            copyWord(UInt32.self, from: source, to: target, at: count - 4)
        } else if count >= 2 {
            copyWord(UInt16.self, from: source, to: target, at: 0)
            copyWord(UInt16.self, from: source, to: target, at: count - 2)
        } else {
            copyWord(UInt8.self, from: source, to: target, at: 0)
        }
    }

    /// Copies one unaligned word of type `Word` at `offset`.
    @inline(__always) private static func copyWord<Word: FixedWidthInteger>(
        _ word: Word.Type, from source: UnsafeRawPointer, to target: UnsafeMutableRawPointer, at offset: Int
    ) {
        target.storeBytes(of: source.loadUnaligned(fromByteOffset: offset, as: Word.self), toByteOffset: offset, as: Word.self)
    }

    /// Appends a copy of the bytes written at `range`, which lies within those written.
    func appendCopy(of range: Range<Int>) {
        precondition(range.lowerBound >= 0 && range.upperBound <= count)
        reserve(range.count)
        (base + count).initialize(from: base + range.lowerBound, count: range.count)
        count += range.count
    }

    /// Appends the UTF-8 bytes of a literal.
    @inline(__always) func append(_ text: StaticString) {
        text.withUTF8Buffer { append($0) }
    }

    /// Appends the UTF-8 bytes of `text`.
    func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// Appends `value` as `NumberFormatting.decimal(value)` writes it: a whole number without a
    /// fraction (written from its integer, without building a string), a number of thousandths below
    /// 10^6 (confidences, durations) from its digits, anything else as `String(value)`.
    func append(decimal value: Double) {
        if value == value.rounded(), abs(value) < 1e15 {
            append(decimal: Int(value))
        } else if let thousandths = Self.thousandths(value) {
            append(thousandths: thousandths)
        } else {
            append(String(value))
        }
    }

    /// `value` as a whole number of thousandths, when it is below 10^6 in magnitude and is the double
    /// nearest to that many thousandths. `String(value)` then writes that decimal, with its trailing
    /// zeros left out: no other decimal of three places or fewer lies within the spacing of doubles
    /// there, so none is shorter and reads back as `value`.
    static func thousandths(_ value: Double) -> Int? {
        guard abs(value) < 1e6 else { return nil }
        let scaled = (value * 1000).rounded()
        guard scaled / 1000 == value else { return nil }
        return Int(scaled)
    }

    /// Appends a number of thousandths that is not a whole number as a decimal: its sign, its whole
    /// part, a point and one to three digits, without trailing zeros.
    private func append(thousandths: Int) {
        if thousandths < 0 { append(UInt8(ascii: "-")) }
        let magnitude = thousandths.magnitude
        append(decimal: Int(magnitude / 1000))
        let fraction = Int(magnitude % 1000)
        let digits = fraction % 10 != 0 ? 3 : (fraction % 100 != 0 ? 2 : 1)
        reserve(4)
        base[count] = UInt8(ascii: ".")
        base[count + 1] = UInt8(ascii: "0") + UInt8(fraction / 100)
        base[count + 2] = UInt8(ascii: "0") + UInt8(fraction / 10 % 10)
        base[count + 3] = UInt8(ascii: "0") + UInt8(fraction % 10)
        count += 1 + digits
    }

    /// Appends `value` in decimal, as `String(value)` writes it. Numbers below 100 (step numbers, lanes,
    /// lines and columns, most of those an exporter writes) take one or two digit stores.
    func append(decimal value: Int) {
        if value >= 0, value < 100 {
            if value < 10 { return append(UInt8(ascii: "0") + UInt8(value)) }
            reserve(2)
            base[count] = UInt8(ascii: "0") + UInt8(value / 10)
            base[count + 1] = UInt8(ascii: "0") + UInt8(value % 10)
            count += 2
            return
        }
        let magnitude = value.magnitude
        let digits = DecimalDigits.count(of: magnitude)
        let sign = value < 0 ? 1 : 0
        reserve(sign + digits)
        if sign == 1 { base[count] = UInt8(ascii: "-") }
        DecimalDigits.store(magnitude, before: base + count + sign + digits)
        count += sign + digits
    }
}
