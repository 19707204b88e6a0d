@testable import SOPKit
import Testing

/// The Waktu cell of a row is measured once: `RowAligner.waktuMeasure` decides as
/// `DurationParser.looksLikeDuration` does and gives the measure `DurationParser.measure` gives, and
/// `RowAligner.duration(of:measured:defaultUnit:)` gives what `DurationParser.parse` gives, whether the
/// kept measure can be reused or not.
@Suite struct RowAlignerWaktuTests {
    /// Cell texts: amounts, ranges, flexible phrases, lone dashes, unknown units, plain text, white space
    /// to collapse, non-ASCII, empty and overlong texts.
    static let texts = [
        "", " ", "5", "5 menit", "5 Menit", "10 menit", "1 jam", "1-2 hari", "2 - 3 Hari", "1 minggu", "3 bulan",
        "15'", "30 mnt", "1,5 jam", "½ jam", "2 semester", "Disesuaikan", "Sesuai kebutuhan", "sesuai jadwal",
        "-", "--", "–", "—", " - ", "- -", "…", "Surat permohonan", "Berkas lengkap", "Ya", "v", "√",
        "5  menit", " 5 menit", "5 menit ", "5\u{00A0}menit", "5\tmenit", "10 menit\n", "１０ menit", "5 ménit",
        "e\u{0301} 5 menit", "Kurang lebih 2 hari kerja setelah berkas diterima lengkap", String(repeating: "9", count: 41),
        String(repeating: "1", count: 40), "0 menit", "0", "1 hari kerja", "1 HK", "2 x 24 jam",
    ]

    /// Every default unit of a table, and none.
    static let units: [DurationUnit?] = [nil] + DurationUnit.allCases.map { $0 }

    @Test(arguments: texts)
    func waktuMeasureDecidesAsLooksLikeDuration(text: String) {
        for unit in Self.units {
            let measure = RowAligner.waktuMeasure(of: text, defaultUnit: unit)
            let looksLikeDuration = DurationParser.looksLikeDuration(text, defaultUnit: unit)
            #expect((measure != nil) == looksLikeDuration, "\(text) \(String(describing: unit))")
            if let measure {
                #expect(measure == DurationParser.measure(of: text, defaultUnit: unit), "\(text) \(String(describing: unit))")
            }
        }
    }

    @Test(arguments: texts)
    func durationFromTheKeptMeasureEqualsParsing(text: String) {
        var bytes = text
        let isCollapsed = bytes.withUTF8 { TextFolding.isCollapsed($0) }
        for unit in Self.units {
            let reference = DurationParser.parse(text, defaultUnit: unit)
            guard let measure = RowAligner.waktuMeasure(of: text, defaultUnit: unit) else { continue }
            // With the measure of this text as the Waktu search keeps it, the text checked for collapsing.
            #expect(
                RowAligner.duration(ofWaktu: text, measure: measure, isKnownCollapsed: false, defaultUnit: unit) == reference,
                "\(text)")
            // A text the lexer found collapsed (as it finds only collapsed ones) is taken as it is.
            if isCollapsed {
                #expect(
                    RowAligner.duration(ofWaktu: text, measure: measure, isKnownCollapsed: true, defaultUnit: unit)
                        == reference, "\(text)")
            }
        }
    }

    /// The Waktu cell measured when the row's shift is found is the cell read as the step's duration:
    /// rows shifted either way keep the duration `DurationParser.parse` gives their Waktu cell.
    @Test(arguments: [
        ("1\tMenerima berkas\t√\t\tBerkas\t5 menit\tBerkas diterima\t", "5 menit"),
        ("1\tMenerima berkas\t√\t\t\tBerkas\t1  jam\tBerkas diterima\t", "1 jam"),
        ("1\tMenerima berkas\t√\tBerkas\t2 - 3 Hari\tBerkas diterima\t", "2 - 3 Hari"),
        ("1\tMenerima berkas\t√\t\tBerkas\tSesuai kebutuhan\tBerkas diterima\t", "Sesuai kebutuhan"),
    ])
    func durationOfAShiftedRowEqualsParsingItsWaktuCell(row: String, waktu: String) throws {
        let header = "No\tKegiatan\tPelaksana A\tPelaksana B\tKelengkapan\tWaktu\tOutput\tKeterangan"
        let document = SOPKit.parse(Array(("Nomor SOP : 1\nNama SOP : Uji\n" + header + "\n" + row + "\n").utf8), file: "t.txt")
        let step = try #require(document.sops.first?.steps.first)
        #expect(step.duration == DurationParser.parse(waktu, defaultUnit: nil))
        #expect(step.duration?.text == TextFolding.collapseWhitespace(waktu))
    }
}
