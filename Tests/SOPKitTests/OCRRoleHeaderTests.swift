@testable import SOPKit
import Testing

/// Table-driven tests of the rebuilding of role columns from OCR'd table headers.
@Suite struct OCRRoleHeaderTests {
    private static func lines(_ texts: [String]) -> [OCRLine] {
        texts.enumerated().map { OCRLine(number: $0.offset + 1, text: $0.element) }
    }

    @Test(arguments: [
        ("kesejahteraan", "kesejahteraan", ""),
        ("kesejahter", "kesejahteraan", "aan"),
        ("kepega", "kepegawaian", "waian"),
        ("perawak", "perawat", ""),
        ("kepaa", "kepala", ""),
        ("sekreta", "sekretaris", "ris"),
        ("perbendahraan", "perbendaharaan", ""),
    ])
    func wordsReadAsTheWordMeant(read: String, wanted: String, rest: String) {
        #expect(OCRRoleEvidence.wordMatch(read: read, wanted: wanted) == rest)
    }

    @Test(arguments: [
        ("kasi", "kabid"),
        ("tim", "tin"),
        ("kep", "kepala"),
        ("sosial", "seksi"),
        ("dinas", "badan"),
    ])
    func wordsThatAreNotTheWordMeant(read: String, wanted: String) {
        #expect(OCRRoleEvidence.wordMatch(read: read, wanted: wanted) == nil)
    }

    @Test(arguments: [
        ("kepada Kasi Kesejahteraan Sosial | |", ["Kasi Kesejahteraan Sosial", "Kasi Kesejahteraan", "Kasi"]),
        ("dikembalikan kepada Staf Pelayanan untuk", ["Staf Pelayanan", "Staf"]),
        ("kepada Kasi Operasi dan Pengendalian, lalu", ["Kasi Operasi dan Pengendalian", "Kasi Operasi", "Kasi"]),
        ("menyerahkan kepada Lurah.", ["Lurah"]),
        ("diserahkan kepada pemohon serta", []),
        ("Mengetik konsep SKTM", []),
    ])
    func roleNamesWrittenInTheActivities(text: String, names: [String]) {
        let found = OCRRoleEvidence.mentions(in: Self.lines([text]))
        #expect(found.sorted() == names.sorted())
    }

    @Test(arguments: [
        ("Pasien Petugas Petugas Rekam Perawat Dokter", ["Pasien", "Petugas", "Petugas Rekam", "Perawat", "Dokter"]),
        ("Petugas Front Tim Profesi | Kepala Bidang", ["Petugas Front", "Tim Profesi", "Kepala Bidang"]),
        ("Kepala Sekretaris Program Perencanaan Bidang", ["Kepala", "Sekretaris", "Program", "Perencanaan", "Bidang"]),
        ("Staf Kasubbag Instansi", ["Staf", "Kasubbag", "Instansi"]),
        ("Evaluasi dan Pelaporan", ["Evaluasi dan", "Pelaporan"]),
        ("Kasi i", ["Kasi", "i"]),
        ("Pelaksana Mutu Baku", []),
        ("No Kegiatan Pemohon Pelaksana | Kesehatan", ["Pemohon", "Pelaksana", "Kesehatan"]),
        ("Kasat Pol PP Kabid", ["Kasat Pol PP", "Kabid"]),
        ("Petugas Pengaduan dan | Tim Verifikasi", ["Petugas", "Pengaduan dan", "Tim Verifikasi"]),
    ])
    func headerLinesGroupedIntoPhrases(text: String, phrases: [String]) {
        #expect(OCRRoleHeader.phrases(OCRLine(number: 1, text: text)) == phrases)
    }

    /// Headers as tesseract read them, with the role names of the activities, and the roles rebuilt.
    @Test(arguments: [
        (
            ["No Aktivitas Pasien Petugas Petugas Rekam Perawat Dokter Waktu", "5 Pendaftaran Medis Poliklinik Spesialis",
             "Ld"],
            ["Petugas Pendaftaran"],
            ["Pasien", "Petugas Pendaftaran", "Petugas Rekam Medis", "Perawat Poliklinik", "Dokter Spesialis"]
        ),
        (
            ["No Aktivitas Petugas Front Tim Profesi | Kepala Bidang 4 Waktu",
             "Pemohon Office Ahli Perizinan Kepala Dinas"],
            [],
            ["Pemohon", "Petugas Front Office", "Tim Profesi Ahli", "Kepala Bidang Perizinan", "Kepala Dinas"]
        ),
        (
            ["No Kegiatan Kasi i Keterangan", "# Daan Kesejahter Baidu Lurah Kelengkapan Waktu Output -4",
             "y aan Sosial"],
            ["Kasi Kesejahteraan Sosial", "Kasi Kesejahteraan", "Kasi", "Staf Pelayanan", "Staf", "Lurah"],
            ["Daan", "Kasi Kesejahteraan Sosial", "Baidu", "Lurah"]
        ),
        (
            ["No Kegiatan 1 - 3 Keterangan", "Inspektur | Sekretaris Irban Tim Reviu Kelengkapan Waktu Output"],
            [],
            ["Inspektur", "Sekretaris", "Irban", "Tim Reviu"]
        ),
        (
            ["No. Aktivitas Kepala Sekretaris Program Perencanaan Bidang Keterangan",
             "Dinas Dinas Monitoring | Evaluasi dan Lain Kelengkapan | Waktu Out Put",
             "Evaluasi dan Pelaporan", "Pelaporan"],
            ["Kepala Dinas", "Kepala", "Sekretaris Dinas", "Sekretaris"],
            ["Kepala Dinas", "Sekretaris Dinas", "Program Monitoring Evaluasi dan Pelaporan",
             "Perencanaan Evaluasi dan Pelaporan", "Bidang-Bidang Lain"]
        ),
    ])
    func rolesRebuiltFromTheHeader(header: [String], mentions: [String], roles: [String]) {
        #expect(OCRRoleHeader.roles(rowLines: Self.lines(header), mentions: mentions) == roles)
    }

    @Test func aNameIsNotInventedWhenTheHeaderLacksAWord() {
        let roles = OCRRoleHeader.roles(
            rowLines: Self.lines(["No Kegiatan Kepala Sekretaris Keterangan", "Dinas"]),
            mentions: ["Kepala Bidang Teknis", "Staf Pelayanan"])
        #expect(roles == ["Kepala Dinas", "Sekretaris"])
    }

    @Test func aHostileHeaderIsReadQuickly() {
        let line = Array(repeating: "Kepala Kepala Dinas", count: 10).joined(separator: " ")
        let header = Self.lines(["No Kegiatan " + line, line, line, line, line])
        let mentions = (0..<300).map { "Kepala Dinas Kepala Dinas Kepala \($0)" }
        let clock = ContinuousClock()
        let elapsed = clock.measure { _ = OCRRoleHeader.roles(rowLines: header, mentions: mentions) }
        #expect(elapsed < .seconds(5))
    }
}
