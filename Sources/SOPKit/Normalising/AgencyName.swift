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
        guard let first = FoldedKey.words(text).first else { return false }
        return unitWords.contains(String(first))
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
            region = regionWords.joined(separator: " ")
            remaining = remaining.dropFirst()
        }
        var unit: [String] = []
        var previousLine: Int?
        for part in remaining {
            let first = FoldedKey.words(part.text).first.map(String.init) ?? ""
            let afterGap = previousLine.map { part.line > $0 + 1 } ?? false
            if !unit.isEmpty, afterGap || subUnitWords.contains(first) { break }
            unit.append(part.text)
            previousLine = part.line
        }
        var name = TextFolding.collapseWhitespace(unit.joined(separator: " "))
        if let region {
            if name.isEmpty {
                name = "Pemerintah " + region
            } else if !TextFolding.key(name).contains(TextFolding.key(region)) {
                name += " " + region
            }
        }
        return name.isEmpty ? nil : TextFolding.titleCase(name)
    }
}
