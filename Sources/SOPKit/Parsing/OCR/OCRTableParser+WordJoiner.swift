/// Words joined as `OCRTableParser.joinWords` joins them (by spaces; a word after one that ends with
/// a hyphen, and that starts with a lower-case letter, is glued to it), appended one at a time into
/// one byte buffer: a cell of the OCR procedure table is built from the tokens of its lines without a
/// string or an array per word or per segment.
///
/// The buffer is allocated at its full size and written in place: its first `count` bytes are the
/// words joined, the rest is room, so that appending a word copies its bytes without going through
/// `Array.append(contentsOf:)` (about a hundred instructions for a word of seven bytes). A caller that
/// knows how many bytes a run of words can take (a row's activity) appends them through an `Appender`
/// (`withRoom(for:_:)`), which reaches the buffer once for the run rather than once per word.
struct OCRWordJoiner {
    /// The buffer: its first `count` bytes are the UTF-8 bytes of the words joined so far; the bytes
    /// after them are room for the next words (zeros, or bytes of words joined before a `removeAll`).
    private(set) var storage: [UInt8] = []
    /// How many bytes of `storage` the words joined so far take.
    private(set) var count = 0
    /// The capacity to reserve when the first word comes (nothing is allocated for a cell left empty).
    private let capacityHint: Int

    /// An empty joiner that reserves `capacityHint` bytes once the first word comes.
    init(capacityHint: Int = 0) {
        self.capacityHint = capacityHint
    }

    /// Whether no word was appended (every word appended so far was empty).
    var isEmpty: Bool { count == 0 }

    /// The words joined: `String(decoding:as:)` of their bytes, a short text (a cell of a word or two)
    /// copied straight into its string (`String(utf8Bytes:)`).
    var text: String {
        storage.withUnsafeBufferPointer { String(utf8Bytes: UnsafeBufferPointer(rebasing: $0[..<count])) }
    }

    /// The words joined, or nil when there are none (`OCRTableParser.joined`).
    var textIfAny: String? { count == 0 ? nil : text }

    /// Appends `word` as `joinWords` appends the next word: nothing for an empty word.
    mutating func append<Word: StringProtocol>(_ word: Word) {
        guard !word.isEmpty else { return }
        let copied: Void? = word.utf8.withContiguousStorageIfAvailable { wordBytes in
            appendPiece(startsWithLowercase: { OCRTableBytes.startsWithLowercase(Substring(word)) }, wordBytes)
        }
        if copied == nil {
            Array(word.utf8).withUnsafeBufferPointer { wordBytes in
                appendPiece(startsWithLowercase: { OCRTableBytes.startsWithLowercase(Substring(word)) }, wordBytes)
            }
        }
    }

    /// `append(_:)` of a token's text: its bytes are read once, straight from its string's storage,
    /// and its first character is looked at only when the text so far ends with a hyphen.
    mutating func append(_ word: Substring) {
        var bytesOfWord = word
        bytesOfWord.withUTF8 { append(wordBytes: $0, of: word) }
    }

    /// Appends `word`, whose UTF-8 bytes are `wordBytes`, as `append(_:)` does: for a caller that
    /// already holds the word's bytes. `word` is read only when its first byte is not a character of
    /// its own.
    @inline(__always)
    mutating func append(wordBytes: UnsafeBufferPointer<UInt8>, of word: @autoclosure () -> Substring) {
        guard !wordBytes.isEmpty else { return }
        appendPiece(startsWithLowercase: { Self.startsWithLowercase(wordBytes, of: word()) }, wordBytes)
    }

    /// `OCRTableBytes.startsWithLowercase(word)` of a word whose UTF-8 bytes are `wordBytes`: decided
    /// on the first byte when it is a character of its own (ASCII, not CR, not followed by a byte that
    /// is not ASCII).
    @inline(__always)
    private static func startsWithLowercase(
        _ wordBytes: UnsafeBufferPointer<UInt8>, of word: @autoclosure () -> Substring
    ) -> Bool {
        let first = wordBytes[0]
        if first < 0x80, first != 0x0D, wordBytes.count == 1 || wordBytes[1] < 0x80 {
            return first >= 0x61 && first <= 0x7A
        }
        return word().first?.isLowercase == true
    }

    /// Appends the text whose UTF-8 bytes are `piece` as one word, as `joinWords` appends a string of
    /// those bytes (a line's words joined by spaces, joined into a cell): nothing when it is empty.
    mutating func append(piece: [UInt8]) {
        guard !piece.isEmpty else { return }
        piece.withUnsafeBufferPointer { pieceBytes in
            appendPiece(startsWithLowercase: { Self.startsWithLowercase(piece) }, pieceBytes)
        }
    }

    /// Forgets the words appended, keeping the buffer for the next ones.
    mutating func removeAll() {
        count = 0
    }

    /// Forgets the words appended, keeping the buffer, and makes room in it for `capacity` bytes: the
    /// joiner is used again for the next cell.
    mutating func removeAll(reservingCapacity capacity: Int) {
        count = 0
        if storage.count < capacity { grow(toHold: capacity) }
    }

    /// Appends the non-empty piece whose UTF-8 bytes are `piece`
    /// (`write(_:startsWithLowercase:to:count:)`), `storage` grown first when it has too little room.
    @inline(__always)
    private mutating func appendPiece(startsWithLowercase: () -> Bool, _ piece: UnsafeBufferPointer<UInt8>) {
        let end = count + 1 + piece.count
        if storage.count < end { grow(toHold: count == 0 ? max(end, capacityHint) : end) }
        let written = count
        count = storage.withUnsafeMutableBufferPointer { buffer in
            Self.write(piece, startsWithLowercase: startsWithLowercase, to: buffer.baseAddress!, count: written)
        }
    }

    /// Writes the non-empty piece whose UTF-8 bytes are `piece` after the `count` bytes of words joined
    /// at `base`, which has room for `count + 1 + piece.count` bytes, and returns the new count: glued
    /// when the text so far ends with a hyphen that no space comes before and the piece starts with a
    /// lower-case letter, else after a space (the first piece alone). The bytes are copied by
    /// `copyBytes(_:to:)`.
    @inline(__always)
    private static func write(
        _ piece: UnsafeBufferPointer<UInt8>, startsWithLowercase: () -> Bool, to base: UnsafeMutablePointer<UInt8>,
        count: Int
    ) -> Int {
        var start = count
        if count > 0 {
            let joined = UnsafeBufferPointer(start: base, count: count)
            let gluesToHyphen = endsWithHyphen(joined) && startsWithLowercase() && !endsWithSpacedHyphen(joined)
            if !gluesToHyphen {
                base[count] = 0x20
                start += 1
            }
        }
        copyBytes(piece, to: base + start)
        return start + piece.count
    }

    /// Copies the non-empty `bytes` to `target`, which has room for them: a piece of 4 to 16 bytes (a
    /// word of a table cell mostly is) in two loads and two stores of its first and last bytes, which
    /// overlap when the piece is shorter than both, read and written within the piece; a shorter one
    /// byte by byte; a longer one in one `copyMemory` (a call of `memcpy`, which costs more than the
    /// copy of a short piece).
    @inline(__always)
    static func copyBytes(_ bytes: UnsafeBufferPointer<UInt8>, to target: UnsafeMutablePointer<UInt8>) {
        let source = UnsafeRawPointer(bytes.baseAddress!)
        let destination = UnsafeMutableRawPointer(target)
        let count = bytes.count
        if count >= 8, count <= 16 {
            let head = source.loadUnaligned(as: UInt64.self)
            let tail = source.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            destination.storeBytes(of: head, as: UInt64.self)
            destination.storeBytes(of: tail, toByteOffset: count - 8, as: UInt64.self)
        } else if count >= 4, count < 8 {
            let head = source.loadUnaligned(as: UInt32.self)
            let tail = source.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
            destination.storeBytes(of: head, as: UInt32.self)
            destination.storeBytes(of: tail, toByteOffset: count - 4, as: UInt32.self)
        } else if count < 4 {
            for offset in 0..<count { target[offset] = bytes[offset] }
        } else {
            destination.copyMemory(from: source, byteCount: count)
        }
    }

    /// Makes `storage` hold at least `minimum` bytes, at least doubling it, so that a joiner appended
    /// to word after word grows it a few times at most.
    private mutating func grow(toHold minimum: Int) {
        storage.append(contentsOf: repeatElement(0, count: max(minimum, 2 * storage.count) - storage.count))
    }

    /// `OCRTableBytes.endsWithHyphen` of the words joined, `joined` (at least one byte).
    @inline(__always)
    private static func endsWithHyphen(_ joined: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = joined.count
        guard joined[count - 1] == 0x2D else { return false }
        if count == 1 || joined[count - 2] < 0x80 { return true }
        return OCRTableBytes.endsWithHyphen(joined, spaced: false)
    }

    /// `OCRTableBytes.endsWithSpacedHyphen` of the words joined, `joined` (at least one byte).
    @inline(__always)
    private static func endsWithSpacedHyphen(_ joined: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = joined.count
        guard count >= 2, joined[count - 1] == 0x2D, joined[count - 2] == 0x20 else { return false }
        if count == 2 || joined[count - 3] < 0x80 { return true }
        return OCRTableBytes.endsWithHyphen(joined, spaced: true)
    }

    /// Words appended, as `append(wordBytes:of:)` appends them, straight into a joiner's buffer, which
    /// was given room for them all first (`withRoom(for:_:)`): a caller appending the words of a line
    /// one after the other reaches the buffer once for the line, not once per word.
    struct Appender {
        /// The joiner's buffer.
        fileprivate let base: UnsafeMutablePointer<UInt8>
        /// How many bytes the buffer holds.
        fileprivate let capacity: Int
        /// How many bytes of the buffer the words joined take.
        fileprivate(set) var count: Int

        /// Appends `word`, whose UTF-8 bytes are `wordBytes`, as `OCRWordJoiner.append(wordBytes:of:)`
        /// does; the room given must hold it.
        @inline(__always)
        mutating func append(wordBytes: UnsafeBufferPointer<UInt8>, of word: @autoclosure () -> Substring) {
            guard !wordBytes.isEmpty else { return }
            precondition(count + 1 + wordBytes.count <= capacity, "OCRWordJoiner.Appender given too little room")
            count = OCRWordJoiner.write(
                wordBytes, startsWithLowercase: { OCRWordJoiner.startsWithLowercase(wordBytes, of: word()) }, to: base,
                count: count)
        }
    }

    /// Calls `body` with an appender into this joiner's buffer, given room first for words of `room`
    /// bytes in all (each word's bytes and one byte more, for the space that may come before it), and
    /// keeps the words it appended. The buffer has a byte at least, so that it has an address.
    @inline(__always)
    mutating func withRoom<Result>(for room: Int, _ body: (inout Appender) -> Result) -> Result {
        let end = count + max(1, room)
        if storage.count < end { grow(toHold: count == 0 ? max(end, capacityHint) : end) }
        let written = count
        let (result, newCount) = storage.withUnsafeMutableBufferPointer { buffer in
            var appender = Appender(base: buffer.baseAddress!, capacity: buffer.count, count: written)
            let result = body(&appender)
            return (result, appender.count)
        }
        count = newCount
        return result
    }

    /// `OCRTableBytes.startsWithLowercase` of the text whose UTF-8 bytes are `bytes`:
    /// `String(decoding: bytes, as: UTF8.self).first?.isLowercase == true`, decided on the first byte
    /// when it is a character of its own (ASCII, not CR, not followed by a byte that is not ASCII).
    static func startsWithLowercase(_ bytes: [UInt8]) -> Bool {
        guard let first = bytes.first else { return false }
        if first < 0x80, first != 0x0D, bytes.count == 1 || bytes[1] < 0x80 { return first >= 0x61 && first <= 0x7A }
        return String(decoding: bytes, as: UTF8.self).first?.isLowercase == true
    }
}
