/// Words joined as `OCRTableParser.joinWords` joins them (by spaces; a word after one that ends with
/// a hyphen, and that starts with a lower-case letter, is glued to it), appended one at a time into
/// one byte buffer: a cell of the OCR procedure table is built from the tokens of its lines without a
/// string or an array per word or per segment.
///
/// The buffer is allocated at its full size and written in place: its first `count` bytes are the
/// words joined, the rest is room, so that appending a word copies its bytes without going through
/// `Array.append(contentsOf:)` (about a hundred instructions for a word of seven bytes).
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

    /// The words joined.
    var text: String {
        storage.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[..<count]), as: UTF8.self) }
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

    /// Appends the non-empty piece whose UTF-8 bytes are `piece`: glued when the text so far ends with
    /// a hyphen that no space comes before and the piece starts with a lower-case letter, else after a
    /// space (the first piece alone). The bytes are copied into the room of `storage` in one
    /// `copyMemory` (a `memcpy`, not a loop byte by byte), grown first when it has too little.
    @inline(__always)
    private mutating func appendPiece(startsWithLowercase: () -> Bool, _ piece: UnsafeBufferPointer<UInt8>) {
        let gluesToHyphen = count > 0 && endsWithHyphen() && startsWithLowercase() && !endsWithSpacedHyphen()
        let start = count == 0 || gluesToHyphen ? count : count + 1
        let end = start + piece.count
        if storage.count < end { grow(toHold: count == 0 ? max(end, capacityHint) : end) }
        let spaceAt = start > count ? count : -1
        storage.withUnsafeMutableBufferPointer { buffer in
            if spaceAt >= 0 { buffer[spaceAt] = 0x20 }
            UnsafeMutableRawPointer(buffer.baseAddress! + start).copyMemory(from: piece.baseAddress!, byteCount: piece.count)
        }
        count = end
    }

    /// Makes `storage` hold at least `minimum` bytes, at least doubling it, so that a joiner appended
    /// to word after word grows it a few times at most.
    private mutating func grow(toHold minimum: Int) {
        storage.append(contentsOf: repeatElement(0, count: max(minimum, 2 * storage.count) - storage.count))
    }

    /// `OCRTableBytes.endsWithHyphen` of the words joined (`count` bytes, at least one).
    @inline(__always)
    private func endsWithHyphen() -> Bool {
        guard storage[count - 1] == 0x2D else { return false }
        if count == 1 || storage[count - 2] < 0x80 { return true }
        return storage.withUnsafeBufferPointer { OCRTableBytes.endsWithHyphen(UnsafeBufferPointer(rebasing: $0[..<count]), spaced: false) }
    }

    /// `OCRTableBytes.endsWithSpacedHyphen` of the words joined (`count` bytes, at least one).
    @inline(__always)
    private func endsWithSpacedHyphen() -> Bool {
        guard count >= 2, storage[count - 1] == 0x2D, storage[count - 2] == 0x20 else { return false }
        if count == 2 || storage[count - 3] < 0x80 { return true }
        return storage.withUnsafeBufferPointer { OCRTableBytes.endsWithHyphen(UnsafeBufferPointer(rebasing: $0[..<count]), spaced: true) }
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
