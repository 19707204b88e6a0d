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

    /// Appends the bytes of `buffer`.
    @inline(__always) func append(_ buffer: UnsafeBufferPointer<UInt8>) {
        guard let source = buffer.baseAddress, buffer.count > 0 else { return }
        reserve(buffer.count)
        (base + count).initialize(from: source, count: buffer.count)
        count += buffer.count
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
    /// fraction (written from its integer, without building a string), anything else as `String(value)`.
    func append(decimal value: Double) {
        if value == value.rounded(), abs(value) < 1e15 {
            append(decimal: Int(value))
        } else {
            append(String(value))
        }
    }

    /// Appends `value` in decimal, as `String(value)` writes it.
    func append(decimal value: Int) {
        var magnitude = value.magnitude
        var digits = 1
        var rest = magnitude / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        let sign = value < 0 ? 1 : 0
        reserve(sign + digits)
        if sign == 1 { base[count] = UInt8(ascii: "-") }
        var position = count + sign + digits
        repeat {
            position -= 1
            base[position] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
        count += sign + digits
    }
}
