@testable import SOPKit
import Testing

/// The alignment of a row header works in arrays kept from header to header (`HeaderScratch`, in the
/// `ReconcileScratch`): a header read in a scratch that other headers, with more and fewer lines,
/// phrases and columns, used before gets the roles it gets in a new scratch, and a reading that read
/// other lines before reads a header's lines as a new reading does.
@Suite struct OCRRoleHeaderScratchTests {
    /// A header's lines and the mentions of its SOP.
    struct Header: Sendable {
        let lines: [String]
        let mentions: [String]
    }

    /// Headers of one to five lines and one to eleven columns, with pipes, a word cut over two lines,
    /// non-ASCII words, a line of more phrases than a header has columns, and none with a role word.
    static let headers: [Header] = [
        Header(
            lines: ["No Aktivitas Pasien Petugas Petugas Rekam Perawat Dokter Waktu",
                    "5 Pendaftaran Medis Poliklinik Spesialis", "Ld"],
            mentions: ["Petugas Pendaftaran"]),
        Header(lines: ["No Kegiatan Kasi i Keterangan", "# Daan Kesejahter Baidu Lurah Kelengkapan Waktu Output -4",
                       "y aan Sosial"],
               mentions: ["Kasi Kesejahteraan Sosial", "Kasi Kesejahteraan", "Kasi", "Lurah"]),
        Header(
            lines: ["No. Aktivitas Kepala Sekretaris Program Perencanaan Bidang Keterangan",
                    "Dinas Dinas Monitoring | Evaluasi dan Lain Kelengkapan | Waktu Out Put",
                    "Evaluasi dan Pelaporan", "Pelaporan"],
            mentions: ["Kepala Dinas", "Kepala", "Sekretaris Dinas", "Sekretaris"]),
        Header(lines: ["Pemohon Kasi Pemerintahan", "Désa Kepala Désa"], mentions: ["Kepala Désa"]),
        Header(lines: ["No Kegiatan Mutu Baku Waktu Output"], mentions: []),
        Header(
            lines: ["Pemohon Lurah Camat Bupati Sekcam Kadis Kabid Kasi Staf Tim Petugas",
                    "Loket Umum Reviu Pelayanan", "Kepala Dinas Kepala Bidang", "Kepala", "Dinas"],
            mentions: ["Tim Reviu", "Petugas Loket"]),
        Header(lines: [Array(repeating: "Lurah", count: 31).joined(separator: " | "), "Kepala"], mentions: []),
        Header(lines: ["Inspektur | Sekretaris Irban Tim Reviu"], mentions: []),
    ]

    /// The OCR lines of `texts`, numbered from 1.
    static func lines(_ texts: [String]) -> [OCRLine] {
        texts.enumerated().map { OCRLine(number: $0.offset + 1, text: $0.element) }
    }

    /// The roles of `header` in a new scratch.
    static func freshRoles(_ header: Header) -> [String] {
        var fresh = OCRRoleEvidence.ReconcileScratch()
        return OCRRoleHeader.roles(rowLines: lines(header.lines), mentions: header.mentions, scratch: &fresh)
    }

    @Test func headersAlignedInAReusedScratchGetTheRolesOfANewOne() {
        var reused = OCRRoleEvidence.ReconcileScratch()
        let order = Array(Self.headers.indices) + Self.headers.indices.reversed() + [5, 4, 2, 6, 0, 5, 7, 1]
        for index in order {
            let header = Self.headers[index]
            let roles = OCRRoleHeader.roles(rowLines: Self.lines(header.lines), mentions: header.mentions, scratch: &reused)
            #expect(roles == Self.freshRoles(header), "header \(index)")
            #expect(OCRRoleHeader.roles(rowLines: Self.lines(header.lines), mentions: header.mentions) == roles,
                    "header \(index) through the pool")
        }
    }

    @Test func freshRolesAreTheHeadersRoles() {
        #expect(Self.freshRoles(Self.headers[0])
            == ["Pasien", "Petugas Pendaftaran", "Petugas Rekam Medis", "Perawat Poliklinik", "Dokter Spesialis"])
        #expect(Self.freshRoles(Self.headers[1]) == ["Daan", "Kasi Kesejahteraan Sosial", "Baidu", "Lurah"])
        #expect(Self.freshRoles(Self.headers[4]) == [])
        #expect(Self.freshRoles(Self.headers[6]) == [])
        #expect(Self.freshRoles(Self.headers[7]) == ["Inspektur", "Sekretaris", "Irban", "Tim Reviu"])
    }

    @Test func aReadingThatReadOtherLinesReadsAsANewOne() {
        var reused = OCRRoleHeader.HeaderReading()
        for header in Self.headers + Self.headers.reversed() {
            reused.read(Self.lines(header.lines))
            var fresh = OCRRoleHeader.HeaderReading()
            fresh.read(Self.lines(header.lines))
            #expect(reused.phrases == fresh.phrases, "\(header.lines)")
            #expect(reused.words == fresh.words, "\(header.lines)")
            for line in header.lines.indices {
                #expect(reused.phrases(ofLine: line) == fresh.phrases(ofLine: line), "\(header.lines) line \(line)")
            }
            for phrase in fresh.phrases.indices {
                #expect(reused.words(ofPhrase: phrase) == fresh.words(ofPhrase: phrase), "\(header.lines)")
            }
        }
    }
}
