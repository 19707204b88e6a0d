@testable import SOPKit
import Testing

/// `LayoutHeader.isAnchor` skips the lines none of whose chunks `LayoutHeaderWords.mayBeActivity`:
/// that filter must never turn away a chunk whose kind is the activity column, and the anchor test must
/// answer as the chunk-by-chunk reading without the filter.
@Suite struct LayoutHeaderBytesTests {
    /// Chunks of header lines and of the lines around them, with the characters where bytes and
    /// characters differ.
    static let chunks = [
        "", " ", "-", "No", "No.", "NO", "Nomor", "No. Urut", "Kegiatan", "KEGIATAN", "Kegiatan/Aktivitas", "Aktivitas",
        "Aktifitas", "Uraian", "Uraian Kegiatan", "Uraian Prosedur", "Prosedur", "Langkah Kegiatan", "Uraian Aktivitas",
        "Uraian Tugas", "Deskripsi Kegiatan", "Deskripsi", "Langkah", "Pelaksana", "Pelaksana Kegiatan", "Mutu Baku",
        "Kelengkapan", "Persyaratan", "Waktu", "Waktu (menit)", "Output", "Out Put", "Keterangan", "Ket.",
        "Rincian Kegiatan", "Kegiatan Utama", "Jenis Kegiatan Utama", "Kegiatan a-b-c", "Kegiatan yang dilakukan unit",
        "Uraian kegiatan yang dilakukan", "Nama Kegiatan", "No Kegiatan", "Persyaratan Kegiatan", "1. Kegiatan",
        "Kegiatann", "Kegiata", "Menyiapkan dokumen surat masuk", "1 hari", "Kepala Seksi", "√", "Keg\u{301}iatan",
        "Kégiatan", "Uraian\u{00A0}Kegiatan", "Aktivitas\u{301}", "\u{301}Kegiatan", "kegiatan2", "2 Kegiatan",
        "Prosedur Pelayanan", "Prosedur Pelayanan Publik Desa", "Langkah-langkah", "Deskripsi Kegiatan Utama Unit",
        "Kegiatan/ Aktivitas", "KEGIATAN\tUTAMA", "Aktifitas Harian", "KEGIATAN  ", "aktivitas, kegiatan",
    ]

    @Test(arguments: chunks) func activityFilterKeepsEveryActivityLabel(_ text: String) {
        if LayoutHeader.kind(of: text) == .activity { #expect(LayoutHeaderWords.mayBeActivity(LayoutChunk(text: text, start: 0, end: text.unicodeScalars.count)), "\(text)") }
    }

    @Test func activityFilterTurnsAwayOtherText() {
        for text in ["Menyiapkan dokumen surat masuk", "No", "Waktu", "Kegiatan yang dilakukan unit", "Kepala Seksi", ""] {
            #expect(!LayoutHeaderWords.mayBeActivity(LayoutChunk(text: text, start: 0, end: text.unicodeScalars.count)), "\(text)")
        }
        for text in ["Kegiatan", "Uraian Tugas", "Rincian Kegiatan", "Kégiatan", "√"] {
            #expect(LayoutHeaderWords.mayBeActivity(LayoutChunk(text: text, start: 0, end: text.unicodeScalars.count)), "\(text)")
        }
    }

    /// `isAnchor` as it read every chunk's kind.
    static func isAnchorByKinds(_ line: LayoutLine) -> Bool {
        var sawNumber = false
        var sawActivity = false
        var qualityLabels = 0
        for chunk in line.chunks {
            switch LayoutHeader.kind(of: chunk.text) {
            case .number: sawNumber = true
            case .activity:
                if sawNumber { return true }
                sawActivity = true
            case .requirements, .duration, .output, .notes: qualityLabels += 1
            default: continue
            }
        }
        return sawActivity && qualityLabels >= 2
    }

    @Test func anchorAgreesWithReadingEveryKind() {
        var lines: [[String]] = [
            ["No", "Kegiatan", "Pelaksana", "Mutu Baku"], ["No.", "Uraian Kegiatan"], ["Kegiatan", "Waktu", "Output"],
            ["Kegiatan", "Waktu"], ["No", "Waktu", "Output", "Keterangan"], ["1", "Menyiapkan dokumen", "1 hari"], [],
            ["Waktu", "Output", "Kegiatan"], ["Kégiatan", "Kelengkapan", "Waktu"], ["No", "Kegiatan a-b-c"],
        ]
        for first in Self.chunks.prefix(40) {
            for second in ["Kegiatan", "Waktu", "Menyiapkan dokumen", "Output"] { lines.append([first, second, "Keterangan"]) }
        }
        for texts in lines {
            let chunks = texts.enumerated().map { LayoutChunk(text: $1, start: $0 * 20, end: $0 * 20 + $1.unicodeScalars.count) }
            let line = LayoutLine(number: 1, page: 0, chunks: chunks)
            #expect(LayoutHeader.isAnchor(line) == Self.isAnchorByKinds(line), "\(texts)")
            // The table reader's one pass turns away no anchor, and reads the rest as `isAnchor` does.
            let reading = line.tableBodyReading
            #expect(reading != .closesTable, "\(texts)")
            #expect((reading == .mayBeAnchor && LayoutHeader.namesAnchorLabels(line)) == Self.isAnchorByKinds(line), "\(texts)")
        }
    }
}
