/// Words joined as `OCRTableParser.joinWords` joins them (by spaces; a word after one that ends with
/// a hyphen, and that starts with a lower-case letter, is glued to it), appended one at a time into
/// one byte buffer: a cell of the OCR procedure table is built from the tokens of its lines without a
/// string or an array per word or per segment.
struct OCRWordJoiner {
    /// The UTF-8 bytes of the words joined so far.
    private(set) var bytes: [UInt8] = []
    /// The capacity to reserve when the first word comes (nothing is allocated for a cell left empty).
    private let capacityHint: Int

    /// An empty joiner that reserves `capacityHint` bytes once the first word comes.
    init(capacityHint: Int = 0) {
        self.capacityHint = capacityHint
    }

    /// Whether no word was appended (every word appended so far was empty).
    var isEmpty: Bool { bytes.isEmpty }

    /// The words joined.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The words joined, or nil when there are none (`OCRTableParser.joined`).
    var textIfAny: String? { bytes.isEmpty ? nil : text }

    /// Appends `word` as `joinWords` appends the next word: nothing for an empty word.
    mutating func append<Word: StringProtocol>(_ word: Word) {
        guard !word.isEmpty else { return }
        appendPiece(startsWithLowercase: { OCRTableBytes.startsWithLowercase(Substring(word)) }) {
            OCRTableBytes.append(word, to: &$0)
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
        if bytes.isEmpty {
            if capacityHint > 0 { bytes.reserveCapacity(capacityHint) }
        } else if !(OCRTableBytes.endsWithHyphen(bytes) && Self.startsWithLowercase(wordBytes, of: word())
            && !OCRTableBytes.endsWithSpacedHyphen(bytes))
        {
            bytes.append(0x20)
        }
        bytes.append(contentsOf: wordBytes)
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
        appendPiece(startsWithLowercase: { Self.startsWithLowercase(piece) }) {
            $0.append(contentsOf: piece)
        }
    }

    /// Forgets the words appended, keeping the buffer for the next ones.
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
    }

    /// Forgets the words appended, keeping the buffer, and makes room in it for `capacity` bytes: the
    /// joiner is used again for the next cell.
    mutating func removeAll(reservingCapacity capacity: Int) {
        bytes.removeAll(keepingCapacity: true)
        bytes.reserveCapacity(capacity)
    }

    /// Appends a non-empty piece: glued when the text so far ends with a hyphen that no space comes
    /// before and the piece starts with a lower-case letter, else after a space (the first piece
    /// alone).
    @inline(__always)
    private mutating func appendPiece(startsWithLowercase: () -> Bool, _ write: (inout [UInt8]) -> Void) {
        if bytes.isEmpty {
            if capacityHint > 0 { bytes.reserveCapacity(capacityHint) }
        } else if !(OCRTableBytes.endsWithHyphen(bytes) && startsWithLowercase()
            && !OCRTableBytes.endsWithSpacedHyphen(bytes))
        {
            bytes.append(0x20)
        }
        write(&bytes)
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
