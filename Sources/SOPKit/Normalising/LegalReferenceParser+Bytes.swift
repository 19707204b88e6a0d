/// `LegalReferenceParser.readPartsComparingCharacters` read on the bytes of an all-ASCII text, where
/// every byte is a character of its own and the words are the runs between single spaces.
extension LegalReferenceParser {
    /// Reads the number, year and subject of the collapsed text `cleaned` into `reference` when its
    /// bytes are ASCII (with the same answers as `readPartsComparingCharacters`); returns false, and
    /// reads nothing, when they are not.
    static func readASCIIParts(of cleaned: String, into reference: inout LegalReference) -> Bool {
        let parts = cleaned.utf8.withContiguousStorageIfAvailable { bytes -> ASCIIParts? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            return asciiParts(of: bytes)
        }
        guard let parts = parts ?? nil else { return false }
        reference.number = parts.number
        reference.year = parts.year ?? parts.number.flatMap(year(inNumber:))
        reference.subject = parts.subject
        return true
    }

    /// What `readASCIIParts` reads; the year is the one after "tahun".
    private struct ASCIIParts {
        var number: String?
        var year: Int?
        var subject: String?
    }

    /// The parts of ASCII bytes whose words are separated by single spaces.
    private static func asciiParts(of bytes: UnsafeBufferPointer<UInt8>) -> ASCIIParts {
        var words: [Range<Int>] = []
        // Room for every word at once: one more than the spaces.
        words.reserveCapacity(bytes.reduce(1) { $1 == 0x20 ? $0 + 1 : $0 })
        var start = 0
        for offset in bytes.indices where bytes[offset] == 0x20 {
            if start != offset { words.append(start..<offset) }
            start = offset + 1
        }
        if start != bytes.count { words.append(start..<bytes.count) }
        func isWord(_ index: Int, _ key: StaticString) -> Bool { keyEquals(bytes[words[index]], key) }
        let subjectStart = words.indices.first { isWord($0, "tentang") }
        let searchEnd = subjectStart ?? words.count
        var parts = ASCIIParts()
        if let numberIndex = (0..<searchEnd).first(where: { isWord($0, "nomor") || isWord($0, "no") || isWord($0, "nomer") }),
            numberIndex + 1 < searchEnd
        {
            var candidate = numberIndex + 1
            if !words[candidate].contains(where: { TextFolding.isASCIIAlphanumeric(bytes[$0]) }), candidate + 1 < searchEnd {
                candidate += 1
            }
            let number = trimmed(bytes, words[candidate], isNumberPunctuation)
            if !number.isEmpty, number.contains(where: { bytes[$0] >= 0x30 && bytes[$0] <= 0x39 }) {
                parts.number = string(bytes, number)
            }
        }
        if let yearIndex = (0..<searchEnd).first(where: { isWord($0, "tahun") }), yearIndex + 1 < searchEnd {
            parts.year = leadingYear(bytes[words[yearIndex + 1]])
        }
        if let subjectStart, subjectStart + 1 < words.count {
            let subject = trimmed(bytes, words[subjectStart + 1].lowerBound..<bytes.count, isSubjectPunctuation)
            parts.subject = subject.isEmpty ? nil : string(bytes, subject)
        }
        return parts
    }

    /// Whether `TextFolding.key` of the ASCII bytes `word` is `key`.
    static func keyEquals(_ word: Slice<UnsafeBufferPointer<UInt8>>, _ key: StaticString) -> Bool {
        let target = key.utf8Start
        let length = key.utf8CodeUnitCount
        var matched = 0
        var pendingSpace = false
        for byte in word {
            guard TextFolding.isASCIIAlphanumeric(byte) else {
                pendingSpace = true
                continue
            }
            if pendingSpace, matched > 0 {
                guard matched < length, target[matched] == 0x20 else { return false }
                matched += 1
            }
            pendingSpace = false
            // An ASCII letter or digit with bit 0x20 set is lower case or a digit.
            guard matched < length, target[matched] == byte | 0x20 else { return false }
            matched += 1
        }
        return matched == length
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
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
