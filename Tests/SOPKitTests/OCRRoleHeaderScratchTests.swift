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

    /// The header words are read with their lines and places on them, and the alignment gives each
    /// the column of its phrase, in place.
    @Test func headerWordsKnowTheirLinesPlacesAndColumns() {
        var scratch = OCRRoleHeader.HeaderScratch()
        var aligned = 0
        for header in Self.headers + Self.headers.reversed() {
            let lines = Self.lines(header.lines)
            guard scratch.align(lines) else { continue }
            aligned += 1
            let reading = scratch.reading
            #expect(scratch.words == reading.words)
            for line in lines.indices {
                var position = 0
                for phrase in reading.phrases(ofLine: line) {
                    let words = reading.words(ofPhrase: phrase)
                    guard let column = words.first.map({ scratch.words[$0].column }) else { continue }
                    #expect((0..<scratch.columnNames.count).contains(column), "\(header.lines)")
                    for word in words {
                        #expect(scratch.words[word].line == line && scratch.words[word].position == position,
                                "\(header.lines)")
                        #expect(scratch.words[word].column == column, "\(header.lines)")
                        position += 1
                    }
                }
            }
        }
        #expect(aligned == 12)
        let isAligned = scratch.align(Self.lines(["No | Lurah | Camat- | Bupati", "Aktivitas"]))
        #expect(isAligned)
        #expect(scratch.words.map(\.text) == ["Lurah", "Camat-", "Bupati"])
        #expect(scratch.words.map(\.column) == [0, 1, 2] && scratch.words.map(\.position) == [0, 1, 2])
        #expect(scratch.words.allSatisfy { $0.line == 0 })
    }

    /// An aligned header's column names are its columns' phrases joined, a word broken with a hyphen
    /// joined to the next, each made when asked for.
    @Test func columnNamesJoinTheColumnsPhrases() {
        let cases: [(lines: [String], names: [String])] = [
            (["No | Lurah | Camat- | Bupati", "Aktivitas"], ["Lurah", "Camat-", "Bupati"]),
            (["Lurah | Kepala- | Petugas", "Désa | Bidang | Loket"], ["Lurah Désa", "Kepala-Bidang", "Petugas Loket"]),
            (["Inspektur | Sekretaris Irban Tim Reviu"], ["Inspektur", "Sekretaris", "Irban", "Tim Reviu"]),
        ]
        var scratch = OCRRoleHeader.HeaderScratch()
        for (lines, expected) in cases {
            let isAligned = scratch.align(Self.lines(lines))
            #expect(isAligned, "\(lines)")
            let names = scratch.columnNames
            #expect((0..<names.count).map { names[$0] } == expected, "\(lines)")
        }
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
