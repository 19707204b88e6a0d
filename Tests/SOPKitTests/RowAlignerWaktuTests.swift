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
        for unit in Self.units {
            let reference = DurationParser.parse(text, defaultUnit: unit)
            // Without a kept measure, and with the measure of this text as the Waktu search keeps it.
            #expect(RowAligner.duration(of: text, measured: nil, defaultUnit: unit) == reference, "\(text)")
            if let measure = RowAligner.waktuMeasure(of: text, defaultUnit: unit) {
                let kept = RowAligner.MeasuredWaktu(text: text, measure: measure)
                #expect(RowAligner.duration(of: text, measured: kept, defaultUnit: unit) == reference, "\(text)")
            }
            // A measure kept for another text is not reused.
            let other = RowAligner.MeasuredWaktu(text: text + "x", measure: .amount(value: 99, unit: .week))
            #expect(RowAligner.duration(of: text, measured: other, defaultUnit: unit) == reference, "\(text)")
        }
    }
}
