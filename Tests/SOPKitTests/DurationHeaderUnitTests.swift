@testable import SOPKit
import Testing

/// `TableLayout.unit(inDurationHeader:)`, read on the bytes of an ASCII header, against the reading on
/// the words of the header's key it replaces.
@Suite struct DurationHeaderUnitTests {
    /// The reading before the byte path: the first word of the key after the first that names a unit.
    static func reference(_ text: String) -> DurationUnit? {
        FoldedKey.words(text).dropFirst().lazy.compactMap { DurationParser.unit(named: $0) }.first
    }

    static let headers = [
        "", " ", "\t", "Waktu", "WAKTU", "Waktu (menit)", "Waktu (Menit)", "WAKTU (JAM)", "Waktu\t(hari)", "Waktu/Jam",
        "Waktu-Hari-Kerja", "Waktu (Hari Kerja)", "Waktu harikerja", "Waktu (HariKerja)", "Menit", "menit jam",
        "Waktu (mnt/jam)", "Waktu 15 menit", "Waktu (minggu)", "Waktu (bulan)", "Waktu (pekan)", "Waktu (week)",
        "Waktu (Minutes)", "Waktu (hours)", "Waktu (days)", "Waktu (months)", "Waktu (tahun)", "Waktu (detik)",
        "Waktu___jam", "Waktu (menitt)", "Waktu (me nit)", "Waktu " + String(repeating: "x", count: 15) + " jam",
        "Waktu " + String(repeating: "m", count: 16) + " menit", "Waktu (menité)", "Waktu (ménit)", "Wáktu (jam)",
        "Waktu\u{A0}(jam)", "Waktu — jam", "Waktu’s jam", "Waktu (me\u{301}nit)", "Waktu (jam\u{301})",
        "Waktu (hr)", "Waktu (HRI)", "Waktu (mt)", "Waktu (min)", "Waktu (bln)", "Waktu (mgg)", "Waktu (jm)",
        String(repeating: "Waktu jam ", count: 200), "123 menit", "Waktu 1jam",
    ]

    @Test func bytesAgreeWithTheWords() {
        for header in Self.headers {
            #expect(TableLayout.unit(inDurationHeader: header) == Self.reference(header), "\(header)")
        }
    }
}
