/// `LegalReferenceParser.readPartsComparingCharacters` read on the bytes of an all-ASCII text, where
/// every byte is a character of its own and the words are the runs between single spaces.
extension LegalReferenceParser {
    /// Reads the kind and the parts of `text` into `regulationKind` and `parts`, as `parse` finds them,
    /// when the bytes of `text` are ASCII with no byte below 0x20 and only single spaces between other
    /// bytes (`isCollapsedASCII`): text `TextFolding.collapseWhitespace` keeps as it is, read on its
    /// bytes where they stand after one scan for the check. Returns whether it read them; false, and
    /// nothing read, for any other text.
    ///
    /// The answers are written into the caller's variables, from which `parse` makes its reference
    /// once: a reference or parts handed out of the reading as optionals were copied and destroyed on
    /// their way.
    static func readCollapsedASCII(_ text: String, regulationKind: inout String?, parts: inout ASCIIParts) -> Bool {
        let isRead = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard isCollapsedASCII(bytes) else { return false }
            parts = asciiParts(of: bytes)
            // ASCII bytes always get an answer from the byte reading (nil only past a byte above 0x7F).
            if case .some(let found) = kind(ofUTF8: bytes) { regulationKind = found }
            return true
        }
        guard isRead == true else { return false }
        if parts.year == nil { parts.year = parts.number.flatMap(year(inNumber:)) }
        return true
    }

    /// Whether `bytes` are not empty, all at or above 0x20 and below 0x80, and hold no space at either
    /// end or next to another space: ASCII text that `TextFolding.isCollapsed` accepts (which also
    /// accepts control bytes other than white space, turned down here). Read eight bytes at a time,
    /// the rest one at a time.
    static func isCollapsedASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, !bytes.isEmpty, bytes.first != 0x20, bytes.last != 0x20 else { return false }
        let count = bytes.count
        var index = 0
        var previousWasSpace = false
        while index + 8 <= count {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            // A byte below 0x20 borrows in the subtraction or lands in 0xE0…0xFF; a byte at or above
            // 0x80 shows its own high bit; bytes from 0x20 to 0x7F set no high bit and lend no borrow.
            guard (word &- 0x2020_2020_2020_2020 | word) & 0x8080_8080_8080_8080 == 0 else { return false }
            // The bytes are below 0x80 now, so a byte of `word ^ 0x20…` plus 0x7F carries into no
            // other byte and sets its high bit unless the byte was a space.
            let spaces = ~((word ^ 0x2020_2020_2020_2020) &+ 0x7F7F_7F7F_7F7F_7F7F) & 0x8080_8080_8080_8080
            // The first byte (the lowest) after a space, or a space after a space within the eight.
            guard !(previousWasSpace && spaces & 0x80 != 0), spaces & (spaces << 8) == 0 else { return false }
            previousWasSpace = spaces >> 63 != 0
            index += 8
        }
        while index < count {
            let byte = base[index]
            guard byte >= 0x20, byte < 0x80, !(previousWasSpace && byte == 0x20) else { return false }
            previousWasSpace = byte == 0x20
            index += 1
        }
        return true
    }

    /// The number, year and subject of the collapsed text `cleaned` when its bytes are ASCII (with the
    /// same answers as `readPartsComparingCharacters`); nil, and nothing read, when they are not.
    static func readASCIIParts(of cleaned: String) -> ASCIIParts? {
        let parts = cleaned.utf8.withContiguousStorageIfAvailable { bytes -> ASCIIParts? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            var parts = asciiParts(of: bytes)
            if parts.year == nil { parts.year = parts.number.flatMap(year(inNumber:)) }
            return parts
        }
        return parts ?? nil
    }

    /// What `asciiParts` reads: the year is the one after "tahun" (or, from `readASCIIParts`,
    /// the one in the number when there is none after "tahun").
    struct ASCIIParts {
        var number: String?
        var year: Int?
        var subject: String?
    }

    /// The parts of ASCII bytes whose words are separated by single spaces, with no space at either end
    /// (collapsed text), read in one pass over the words up to "tentang": each word's end is found
    /// eight bytes at a time (`wordEnd`) and the next word starts after the space there; the key
    /// of a word whose first byte may start a marker (`mayStartMarker`) is read once (`Marker`) and
    /// compared with the markers; the word after "nomor" (or the one after it, when the first holds
    /// no letter or digit) and the word after "tahun" are read when they are reached, and the subject
    /// is the rest of the text after "tentang". The answers are those of the same rules read on an
    /// array of the words.
    private static func asciiParts(of bytes: UnsafeBufferPointer<UInt8>) -> ASCIIParts {
        var parts = ASCIIParts()
        var numberState = NumberState.seeking
        var yearState = YearState.seeking
        var start = 0
        let count = bytes.count
        while start < count {
            let end = wordEnd(bytes, from: start)
            let word = start..<end
            let marker = mayStartMarker(bytes[start]) ? Marker(writtenIn: bytes, word) ?? Marker(bytes[word]) : .none
            if marker == .subject {
                var subjectStart = end
                while subjectStart < count, bytes[subjectStart] == 0x20 { subjectStart += 1 }
                if subjectStart < count {
                    let subject = trimmed(bytes, subjectStart..<count, isSubjectPunctuation)
                    parts.subject = subject.isEmpty ? nil : string(bytes, subject)
                }
                break
            }
            switch numberState {
            case .seeking:
                if marker == .number { numberState = .afterMarker }
            case .afterMarker:
                if word.contains(where: { TextFolding.isASCIIAlphanumeric(bytes[$0]) }) {
                    parts.number = number(bytes, word)
                    numberState = .done
                } else {
                    numberState = .afterEmptyWord
                }
            case .afterEmptyWord:
                parts.number = number(bytes, word)
                numberState = .done
            case .done:
                break
            }
            switch yearState {
            case .seeking:
                if marker == .year { yearState = .afterMarker }
            case .afterMarker:
                parts.year = leadingYear(bytes[word])
                yearState = .done
            case .done:
                break
            }
            start = end + 1
        }
        return parts
    }

    /// The end of the word of the ASCII bytes `bytes` (all below 0x80) that starts at `start`: the
    /// index of the next space, or the count. Read eight bytes at a time while eight are left (the
    /// first space is the lowest byte the mask marks), the rest one at a time.
    private static func wordEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        if let base = bytes.baseAddress {
            while index + 8 <= bytes.count {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                // Each byte is below 0x80, so a byte of `word ^ 0x20…` plus 0x7F carries into no other
                // byte and sets its high bit unless the byte was a space.
                let spaces = ~((word ^ 0x2020_2020_2020_2020) &+ 0x7F7F_7F7F_7F7F_7F7F) & 0x8080_8080_8080_8080
                if spaces != 0 { return index + spaces.trailingZeroBitCount / 8 }
                index += 8
            }
        }
        while index < bytes.count, bytes[index] != 0x20 { index += 1 }
        return index
    }

    /// Whether a word whose first byte is `first` may be a marker (`Marker`): a key starts with the
    /// word's first letter or digit, and every marker's with "n" or "t", so a word starting with any
    /// other ASCII letter or digit (most words) is none.
    @inline(__always)
    private static func mayStartMarker(_ first: UInt8) -> Bool {
        !TextFolding.isASCIIAlphanumeric(first) || first | 0x20 == UInt8(ascii: "n") || first | 0x20 == UInt8(ascii: "t")
    }

    /// Where the reading of the number stands: looking for "nomor", just after it, after a word with
    /// no letter or digit that followed it (no number when "tentang" or the end comes next), or read.
    private enum NumberState {
        case seeking
        case afterMarker
        case afterEmptyWord
        case done
    }

    /// Where the reading of the year stands: looking for "tahun", just after it, or read.
    private enum YearState {
        case seeking
        case afterMarker
        case done
    }

    /// The number written in `word` of `bytes`: the word without white space and number punctuation at
    /// its ends, when that holds a digit.
    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> String? {
        let number = trimmed(bytes, word, isNumberPunctuation)
        guard number.contains(where: { bytes[$0] >= 0x30 && bytes[$0] <= 0x39 }) else { return nil }
        return string(bytes, number)
    }

    /// The marker a word's key (`TextFolding.key`) is: "nomor", "no" or "nomer" before a number,
    /// "tahun" before a year, "tentang" before the subject, or none.
    private enum Marker {
        case none, number, year, subject

        /// The marker of the ASCII bytes `word`. A word of at most seven bytes is first read in one
        /// load, its bytes lowered as letters: when that spells a marker, every byte was that letter in
        /// one case or the other (only an upper-case letter lowers to a lower-case one), so the word is
        /// the marker as written ("Nomor", "TAHUN", "tentang"). Else the key is packed into one integer,
        /// one byte per letter or digit lower-cased, the first in the lowest byte, when it is one run of
        /// at most seven letters and digits starting with "n" or "t" (any other key is no marker, and
        /// most words are told apart by their first letter).
        init(_ word: Slice<UnsafeBufferPointer<UInt8>>) {
            if word.count <= 7 {
                let written = PackedASCIIWord(word.base, from: word.startIndex, length: word.count).low
                let lowered = written | (0x2020_2020_2020_2020 & ((1 &<< (8 * UInt64(word.count))) &- 1))
                if let marker = Marker(key: lowered) {
                    self = marker
                    return
                }
            }
            var packed: UInt64 = 0
            var length: UInt64 = 0
            var runEnded = false
            for byte in word {
                guard TextFolding.isASCIIAlphanumeric(byte) else {
                    runEnded = length > 0
                    continue
                }
                let folded = byte | 0x20
                guard !runEnded, length < 7, length > 0 || folded == UInt8(ascii: "n") || folded == UInt8(ascii: "t") else {
                    self = .none
                    return
                }
                packed |= UInt64(folded) << (8 * length)
                length += 1
            }
            self = Marker(key: packed) ?? .none
        }

        /// The marker `word` of `bytes` is as written, in one case or the other letter by letter
        /// ("Nomor", "TAHUN", "tentang"), read in one load of the eight bytes from its start when it
        /// has at most seven bytes and eight are left from its start; nil when it is not, or cannot be
        /// read so (then `init(_:)` decides). The markers' words are read so without a call.
        @inline(__always)
        init?(writtenIn bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) {
            let length = word.count
            guard length <= 7, word.lowerBound + 8 <= bytes.count, let base = bytes.baseAddress else { return nil }
            let loaded = UInt64(littleEndian: UnsafeRawPointer(base + word.lowerBound).loadUnaligned(as: UInt64.self))
            let wordMask: UInt64 = (1 &<< (8 * UInt64(length))) &- 1
            self.init(key: (loaded | 0x2020_2020_2020_2020) & wordMask)
        }

        /// The marker whose key is packed in `key` (one byte per letter, the first lowest); nil for
        /// any other key.
        private init?(key: UInt64) {
            switch key {
            case 0x72_6F6D_6F6E, 0x6F6E, 0x72_656D_6F6E: self = .number  // "nomor", "no", "nomer"
            case 0x6E_7568_6174: self = .year  // "tahun"
            case 0x67_6E61_746E_6574: self = .subject  // "tentang"
            default: return nil
            }
        }
    }

    /// `year(in:)` of ASCII bytes: four leading digits from 1900 to 2100 followed by no fifth digit.
    static func leadingYear(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        var value = 0
        var digits = 0
        for byte in word {
            guard byte >= 0x30, byte <= 0x39 else { break }
            value = value * 10 + Int(byte - 0x30)
            digits += 1
            if digits > 4 { return nil }
        }
        return digits == 4 && value >= 1900 && value <= 2100 ? value : nil
    }

    /// `range` of `bytes` without the white space and punctuation at its ends.
    private static func trimmed(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ isPunctuation: (UInt8) -> Bool
    ) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        func isTrimmed(_ byte: UInt8) -> Bool { TextFolding.isASCIIWhitespace(byte) || isPunctuation(byte) }
        while lower < upper, isTrimmed(bytes[lower]) { lower += 1 }
        while upper > lower, isTrimmed(bytes[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    /// Whether an ASCII byte is in `numberPunctuation`: ":", ",", ";" or ".".
    private static func isNumberPunctuation(_ byte: UInt8) -> Bool {
        byte == 0x3A || byte == 0x2C || byte == 0x3B || byte == 0x2E
    }

    /// Whether an ASCII byte is in `subjectPunctuation`: ";", "," or ".".
    private static func isSubjectPunctuation(_ byte: UInt8) -> Bool {
        byte == 0x3B || byte == 0x2C || byte == 0x2E
    }

    /// The text of `range` of `bytes`.
    private static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(utf8Bytes: UnsafeBufferPointer(rebasing: bytes[range]))
    }
}
