/// Composes the issuing unit from the upper-case heading lines of an SOP:
/// "PEMERINTAH KABUPATEN BANYUMAS / BADAN KEPEGAWAIAN … / BIDANG MUTASI" gives
/// "Badan Kepegawaian … Kabupaten Banyumas": the unit, then the region named by the "PEMERINTAH"
/// line unless the unit already names it; sub-units (Bidang, Seksi, Sub Bagian, Sekretariat) after a
/// blank line are not part of the issuing unit.
public enum AgencyName {
    private static let unitWords: Set<String> = [
        "dinas", "badan", "kantor", "inspektorat", "sekretariat", "kecamatan", "kelurahan", "desa", "rumah",
        "rsud", "satuan", "upt", "uptd", "bagian", "bidang", "seksi", "puskesmas", "biro", "direktorat",
        "kementerian", "lembaga", "pemerintah", "dewan", "balai", "pusat", "unit", "kabupaten", "kota", "provinsi",
        "sekolah", "subbagian", "sub", "tim", "bappeda", "bapperida", "bkpsdm", "bpbd", "satpol", "korps",
    ]

    private static let subUnitWords: Set<String> = [
        "bidang", "seksi", "subbagian", "subbag", "sub", "sekretariat", "bagian", "subbidang", "tim", "unit",
    ]

    /// Whether `text` starts with a word that names a government unit ("DINAS …", "BIDANG …").
    public static func isUnitName(_ text: some StringProtocol) -> Bool {
        firstKeyWord(of: text, isIn: unitWordBytes, unitWords)
    }

    /// `unitWords` and `subUnitWords` as byte sets.
    private static let unitWordBytes = ASCIIWordSet(unitWords)
    private static let subUnitWordBytes = ASCIIWordSet(subUnitWords)

    /// Whether the first word of `TextFolding.key(text)` is one of `words` (given also as the byte set
    /// `wordBytes`); false when the key has no word. For ASCII text that word is the first run of ASCII
    /// letters and digits, lower-cased, and is looked up on the bytes.
    static func firstKeyWord(of text: some StringProtocol, isIn wordBytes: ASCIIWordSet, _ words: Set<String>) -> Bool {
        let decided = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            guard let start = bytes.firstIndex(where: TextFolding.isASCIIAlphanumeric) else { return false }
            var end = start
            while end < bytes.count, TextFolding.isASCIIAlphanumeric(bytes[end]) { end += 1 }
            return wordBytes.containsLowercased(UnsafeBufferPointer(rebasing: bytes[start..<end]))
        }
        guard case .some(.some(let answer)) = decided else {
            return FoldedKey.words(text).first.map { words.contains(String($0)) } ?? false
        }
        return answer
    }

    /// The agency from heading lines with their line numbers, title-cased: read on the lines' bytes
    /// in one pass when they are all ASCII (`composeASCII`), else on their characters.
    public static func compose(_ parts: [(text: String, line: Int)]) -> String? {
        guard !parts.isEmpty else { return nil }
        if case .some(let composed) = composeASCII(parts) { return composed }
        return composeComparingCharacters(parts)
    }

    /// `compose` of heading lines, read on their characters: the definition `composeASCII` follows.
    static func composeComparingCharacters(_ parts: [(text: String, line: Int)]) -> String? {
        guard !parts.isEmpty else { return nil }
        var remaining = parts[...]
        var region: String?
        let firstWords = FoldedKey.spaceSeparated(TextFolding.collapseWhitespace(remaining.first!.text)[...])
        if TextFolding.key(firstWords.first ?? "") == "pemerintah", firstWords.count > 1 {
            var regionWords = firstWords.dropFirst()
            if let word = regionWords.first, TextFolding.key(word) == "daerah", regionWords.count > 1 {
                regionWords = regionWords.dropFirst()
            }
            region = joinedWithSpaces(regionWords)
            remaining = remaining.dropFirst()
        }
        var unit: [String] = []
        var previousLine: Int?
        for part in remaining {
            let afterGap = previousLine.map { part.line > $0 + 1 } ?? false
            if !unit.isEmpty, afterGap || firstKeyWord(of: part.text, isIn: subUnitWordBytes, subUnitWords) { break }
            unit.append(part.text)
            previousLine = part.line
        }
        var name = TextFolding.collapseWhitespace(unit.joined(separator: " "))
        if let region {
            if name.isEmpty {
                name = "Pemerintah " + region
            } else if !keyContains(name, keyOf: region) {
                name += " " + region
            }
        }
        return name.isEmpty ? nil : TextFolding.titleCase(name)
    }

    /// `compose` of heading lines that are all ASCII, read on their bytes: the region is cut from the
    /// first line's bytes after "PEMERINTAH" (and "DAERAH"), and the unit's lines are written into the
    /// name's storage with their white space collapsed, without splitting them into words or joining
    /// copies of them first. `.some` of the answer, or nil when a line holds a byte outside ASCII.
    static func composeASCII(_ parts: [(text: String, line: Int)]) -> String?? {
        guard !parts.isEmpty else { return .some(nil) }
        var totalCount = 0
        for part in parts {
            guard part.text.utf8.withContiguousStorageIfAvailable(FoldedKey.isASCII) == true else { return nil }
            totalCount += part.text.utf8.count + 1
        }
        var unitStart = 0
        let region = parts[0].text.utf8.withContiguousStorageIfAvailable(regionASCII) ?? nil
        if region != nil { unitStart = 1 }
        var unitEnd = unitStart
        while unitEnd < parts.count {
            let part = parts[unitEnd]
            if unitEnd > unitStart,
                part.line > parts[unitEnd - 1].line + 1
                    || firstKeyWord(of: part.text, isIn: subUnitWordBytes, subUnitWords)
            {
                break
            }
            unitEnd += 1
        }
        var name = String(unsafeUninitializedCapacity: totalCount) { output in
            var length = 0
            for part in parts[unitStart..<unitEnd] {
                part.text.utf8.withContiguousStorageIfAvailable { bytes in
                    appendCollapsedWords(bytes, to: output, length: &length)
                }
            }
            return length
        }
        if let region {
            if name.isEmpty {
                name = "Pemerintah " + region
            } else if !keyContains(name, keyOf: region) {
                name += " " + region
            }
        }
        return .some(name.isEmpty ? nil : TextFolding.titleCase(name))
    }

    /// The region a first heading line of ASCII bytes names: its words after "PEMERINTAH" (and after
    /// "DAERAH" when more words follow it), one space apart; nil when the line does not start with
    /// "PEMERINTAH" followed by another word. Words are runs of bytes other than ASCII white space,
    /// and a word is "PEMERINTAH" when its `TextFolding.key` is "pemerintah".
    private static func regionASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let first = nextWord(bytes, from: 0), hasKey(bytes[first], "pemerintah"),
            var regionWord = nextWord(bytes, from: first.upperBound)
        else { return nil }
        if hasKey(bytes[regionWord], "daerah"), let after = nextWord(bytes, from: regionWord.upperBound) {
            regionWord = after
        }
        let rest = UnsafeBufferPointer(rebasing: bytes[regionWord.lowerBound...])
        return String(unsafeUninitializedCapacity: rest.count) { TextFolding.writeCollapsedWhitespace(rest, to: $0) }
    }

    /// The range of the first word (a run of bytes other than ASCII white space) at or after `start`.
    private static func nextWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Range<Int>? {
        var lower = start
        while lower < bytes.count, TextFolding.isASCIIWhitespace(bytes[lower]) { lower += 1 }
        guard lower < bytes.count else { return nil }
        var upper = lower + 1
        while upper < bytes.count, !TextFolding.isASCIIWhitespace(bytes[upper]) { upper += 1 }
        return lower..<upper
    }

    /// Whether `TextFolding.key` of an ASCII word is `expected` (lower-case letters): the word's
    /// letters and digits, lower-cased, spell it, with no other byte between two of them.
    private static func hasKey(_ word: Slice<UnsafeBufferPointer<UInt8>>, _ expected: StaticString) -> Bool {
        var lower = word.startIndex
        var upper = word.endIndex
        while lower < upper, !TextFolding.isASCIIAlphanumeric(word[lower]) { lower += 1 }
        while upper > lower, !TextFolding.isASCIIAlphanumeric(word[upper - 1]) { upper -= 1 }
        guard upper - lower == expected.utf8CodeUnitCount else { return false }
        let target = expected.utf8Start
        for offset in 0..<(upper - lower) {
            let byte = word[lower + offset]
            guard TextFolding.isASCIIAlphanumeric(byte), byte | 0x20 == target[offset] else { return false }
        }
        return true
    }

    /// Appends the words of ASCII `bytes` to `output` after its first `length` bytes, one space
    /// apart and one space after the words already there: `collapseWhitespace` of the texts joined by
    /// spaces, written part by part.
    private static func appendCollapsedWords(
        _ bytes: UnsafeBufferPointer<UInt8>, to output: UnsafeMutableBufferPointer<UInt8>, length: inout Int
    ) {
        var start = 0
        while let word = nextWord(bytes, from: start) {
            if length > 0 {
                output[length] = 0x20
                length += 1
            }
            for index in word {
                output[length] = bytes[index]
                length += 1
            }
            start = word.upperBound
        }
    }

    /// `words.joined(separator: " ")`, built in one string.
    private static func joinedWithSpaces(_ words: ArraySlice<Substring>) -> String {
        var joined = ""
        joined.reserveCapacity(words.reduce(words.count) { $0 + $1.utf8.count })
        for (position, word) in words.enumerated() {
            if position > 0 { joined.append(" ") }
            joined.append(contentsOf: word)
        }
        return joined
    }

    /// Whether `TextFolding.key(text).contains(TextFolding.key(part))`: searched on bytes when both keys
    /// are ASCII (each byte is then one character) and the part's key is not empty.
    static func keyContains(_ text: String, keyOf part: String) -> Bool {
        let key = TextFolding.key(text)
        let partKey = TextFolding.key(part)
        let keyBytes = Array(key.utf8)
        let partBytes = Array(partKey.utf8)
        guard !partBytes.isEmpty, keyBytes.allSatisfy({ $0 < 0x80 }), partBytes.allSatisfy({ $0 < 0x80 }) else {
            return key.contains(partKey)
        }
        guard partBytes.count <= keyBytes.count else { return false }
        for start in 0...(keyBytes.count - partBytes.count)
        where keyBytes[start] == partBytes[0] && keyBytes[start..<(start + partBytes.count)].elementsEqual(partBytes) {
            return true
        }
        return false
    }
}
