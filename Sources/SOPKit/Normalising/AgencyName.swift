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

    /// The agency from heading lines with their line numbers, title-cased.
    public static func compose(_ parts: [(text: String, line: Int)]) -> String? {
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
