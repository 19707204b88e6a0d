/// The bytes of one validation message as its pieces are written: into a buffer on the stack, then
/// copied into a string made at their final size (`written(_:)`), so that a message with numbers and
/// texts is made without string interpolation, which grows its buffer and makes a string of each
/// number, and its pieces are read once rather than counted on a pass of their own.
struct MessageBytes {
    /// Where the bytes go.
    private let storage: UnsafeMutableBufferPointer<UInt8>
    /// How many bytes have been written (or counted) so far. Past the end of `storage` the bytes are
    /// counted and no longer stored: every piece is stored whole or not at all, so that the bytes
    /// stored are always the first `min(count, storage.count)` of the message.
    private(set) var count = 0

    private init(storage: UnsafeMutableBufferPointer<UInt8>) {
        self.storage = storage
    }

    /// The bytes of most messages fit on the stack in this many; a longer message is written again.
    static let stackCapacity = 512

    /// The string that `write` writes, made at its final size. `write` is called once, into a buffer on
    /// the stack; a message longer than the buffer (`stackCapacity`) is written again into the new
    /// string's storage, so `write` must write the same pieces both times.
    static func written(_ write: (inout MessageBytes) -> Void) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: stackCapacity) { stack in
            var stacked = MessageBytes(storage: stack)
            write(&stacked)
            let count = stacked.count
            return String(unsafeUninitializedCapacity: count) { buffer in
                guard count > stack.count else {
                    if let source = stack.baseAddress, let destination = buffer.baseAddress {
                        destination.initialize(from: source, count: count)
                    }
                    return count
                }
                var writer = MessageBytes(storage: buffer)
                write(&writer)
                precondition(writer.count == count, "a message writes the pieces it counted")
                return count
            }
        }
    }

    /// Whether `length` more bytes are stored: they fit in `storage` after those written.
    @inline(__always)
    private func stores(_ length: Int) -> Bool {
        length <= storage.count - count
    }

    /// Writes the UTF-8 bytes of `piece`, copied in one move when they fit in the storage.
    mutating func write(_ piece: UnsafeBufferPointer<UInt8>) {
        if stores(piece.count), let destination = storage.baseAddress, let source = piece.baseAddress {
            (destination + count).initialize(from: source, count: piece.count)
        }
        count += piece.count
    }

    /// Writes `literal`.
    mutating func write(_ literal: StaticString) {
        literal.withUTF8Buffer { write($0) }
    }

    /// Writes `text`.
    mutating func write(contentsOf text: String) {
        var text = text
        text.withUTF8 { write($0) }
    }

    /// Writes the bytes at `offsets` of the UTF-8 of `text`, which must be whole characters.
    mutating func write(contentsOf text: String, bytes offsets: Range<Int>) {
        var text = text
        text.withUTF8 { write(UnsafeBufferPointer(rebasing: $0[offsets])) }
    }

    /// Writes `ProcedureTableParser.excerpt(text)` without making it a string when it is one of
    /// `text`'s own: a text of at most 60 bytes (so of at most 60 characters) whole, and of a longer
    /// ASCII text without a carriage return (each byte of which is a character) the first 57 bytes and
    /// "..."; the excerpt of any other text as `excerpt` makes it.
    mutating func write(excerptOf text: String) {
        var text = text
        let isWritten = text.withUTF8 { bytes -> Bool in
            if bytes.count <= 60 {
                write(bytes)
                return true
            }
            guard bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return false }
            write(UnsafeBufferPointer(rebasing: bytes[..<57]))
            write("...")
            return true
        }
        if !isWritten { write(contentsOf: ProcedureTableParser.excerpt(text)) }
    }

    /// Writes the ASCII byte `byte`.
    mutating func write(byte: UInt8) {
        if stores(1), let base = storage.baseAddress { base[count] = byte }
        count += 1
    }

    /// Writes `total.iso8601` ("P14DT20M"), without making it a string first.
    mutating func write(iso8601 total: TotalDuration) {
        total.forEachISO8601Part { number, designator in
            if let number { write(number) }
            write(byte: designator)
        }
    }

    /// Writes `number` as `"\(number)"` does: its decimal digits, after a "-" when it is negative.
    mutating func write(_ number: Int) {
        if number < 0 { write("-") }
        // The magnitude as an unsigned number, which holds that of `Int.min` too.
        let magnitude = number.magnitude
        let digitCount = DecimalDigits.count(of: magnitude)
        if stores(digitCount), let base = storage.baseAddress { DecimalDigits.store(magnitude, before: base + count + digitCount) }
        count += digitCount
    }
}
