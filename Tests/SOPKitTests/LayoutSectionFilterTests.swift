@testable import SOPKit
import Testing

/// The identity parser joins a line's chunks to look for a section title before its first colon only
/// when the first byte of the line's key may start a strong section title's key: no line that opens a
/// section is turned away.
@Suite struct LayoutSectionFilterTests {
    /// Lines of identity blocks, as chunk texts.
    static let lines: [[String]] = [
        ["Maksud dan tujuan: Menghitung IMPOR Triwulanan"], ["Maksud dan tujuan:", "Menghitung"], ["Latar Belakang :"],
        ["LATAR BELAKANG:", "x"], ["Ruang Lingkup: a"], ["Ruang", "Lingkup: a"], ["  Latar", "Belakang : b"],
        ["- Latar Belakang: b"], ["1. Latar Belakang: b"], ["(Latar Belakang): b"], ["Nomor SOP", ": 12"],
        ["Tanggal Efektif", ":", "1 Januari 2020"], ["Dasar Hukum :"], [":", "Latar Belakang"], [":"], ["-", ":"],
        ["Mulai:"], ["Maksud: x"], ["Ruang Rapat: x"], ["Létar Belakang: x"], ["Latar\u{301} Belakang: x"],
        ["\u{00A0}Latar Belakang: x"], ["Keterkaitan:", "Peralatan/Perlengkapan:"], ["Peringatan:"], [],
        ["RUANG LINGKUP", "DASAR HUKUM :"], ["Maksud dan Tujuan", "Ruang Lingkup:"], ["...", "Maksud dan tujuan: a"],
    ]

    /// Whether the line opens a section, read as the identity parser reads it: the text before the
    /// first colon of the joined chunks is a strong section title.
    static func opensSection(_ line: LayoutLine) -> Bool {
        let text = line.text
        guard let colon = text.firstIndex(of: ":") else { return false }
        return Vocabulary.isStrongSectionTitle(TextFolding.trim(text[..<colon]))
    }

    @Test(arguments: lines) func filterKeepsEveryLineThatOpensASection(_ texts: [String]) {
        let chunks = texts.enumerated().map { LayoutChunk(text: $1, start: $0 * 30, end: $0 * 30 + $1.unicodeScalars.count) }
        let line = LayoutLine(number: 1, page: 0, chunks: chunks)
        if Self.opensSection(line) { #expect(LayoutIdentityParser.mayOpenSection(line), "\(texts)") }
    }

    @Test func strongTitlesStartWithTheirInitials() {
        for title in ["latar belakang", "maksud dan tujuan", "ruang lingkup"] {
            #expect(Vocabulary.isStrongSectionTitle(title))
            #expect(LayoutIdentityParser.strongSectionTitleInitials.contains(title.utf8.first!))
        }
    }

    @Test func filterExamples() {
        func line(_ texts: [String]) -> LayoutLine {
            LayoutLine(number: 1, page: 0, chunks: texts.map { LayoutChunk(text: $0, start: 0, end: $0.count) })
        }
        #expect(LayoutIdentityParser.mayOpenSection(line(["Maksud dan tujuan: a"])))
        #expect(LayoutIdentityParser.mayOpenSection(line([":", "Latar Belakang"])))
        #expect(!LayoutIdentityParser.mayOpenSection(line(["Nomor SOP", ": 12"])))
        #expect(!LayoutIdentityParser.mayOpenSection(line([":"])))
        #expect(!LayoutIdentityParser.mayOpenSection(line(["Nama SOP: a"])))
    }
}
