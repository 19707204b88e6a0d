@testable import SOPKit
import Testing

/// Inputs grown in one region to many times their size: read in time that grows with the input
/// rather than with its square, so these large instances finish in seconds.
@Suite struct LinearGrowthTests {
    /// A layout table whose header repeats on each of a thousand pages: the pages are read one by one
    /// without copying all the lines after the SOP's header again at each repeated header.
    @Test func layoutTableOfAThousandPages() {
        let page = String(decoding: Fixtures.bytes("corpus/pdf/023.-SOP-Penerimaan-Dokumen-Surat-Masuk-Melalui-Satpam.layout.txt"), as: UTF8.self)
        let copies = 1_000
        let text = String(repeating: "\n\n\n" + page, count: copies)
        let document = SOPKit.parse(Array(text.utf8), file: "pages.layout.txt")
        #expect(document.sops.count == 1)
        let steps = document.sops.first?.steps ?? []
        #expect(steps.count == 13 * copies - 8)
        #expect(steps.first?.number == 1)
        #expect(steps.last?.activity.hasPrefix("Pegawai pengelola surat masuk / sekretaris menerima") == true)
        #expect(document.diagnostics.filter { $0.code == .repeatedHeaderMerged }.count >= copies - 1)
    }

    /// Many SOPs with the same id are numbered "-2", "-3", … with one look-up each.
    @Test func manyEqualIDsAreNumberedInOrder() {
        let count = 100_000
        let ids = Slug.uniqued(Array(repeating: "sop", count: count) + ["sop-2", "sop", "lain"])
        #expect(ids.count == count + 3)
        #expect(ids[0] == "sop")
        #expect(ids[1] == "sop-2")
        #expect(ids[count - 1] == "sop-\(count)")
        #expect(ids[count] == "sop-2-2")
        #expect(ids[count + 1] == "sop-\(count + 1)")
        #expect(ids[count + 2] == "lain")
        #expect(Set(ids).count == ids.count)
    }

    /// An OCR step row with thousands of durations: each unit finds its best number on a line at
    /// once rather than weighing every token before it again.
    @Test func ocrRowOfThousandsOfDurations() {
        var lines = String(decoding: Fixtures.bytes("corpus/ocr/020_dinkes-sipb-disdukcapil-akta.txt"), as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let count = 6_000
        lines[53] = "1. | Mengajukan" + String(repeating: " 10 Menit", count: count) + " | Berkas"
        let document = SOPKit.parse(Array(lines.joined(separator: "\n").utf8), file: "durations.txt")
        let step = document.sops.first?.steps.first
        #expect(step?.number == 1)
        #expect(step?.duration?.text == "10 Menit")
        #expect(step?.duration?.minutes == 10)
        #expect(step?.notes?.hasPrefix("10 10 10") == true)
    }

    /// An OCR activity cell continued over thousands of lines of words that end in a hyphen after a
    /// non-ASCII letter: each word is glued on after asking about the cell's last scalar only, not
    /// after decoding the whole cell again.
    @Test func ocrCellOfThousandsOfHyphenatedWords() {
        var lines = String(decoding: Fixtures.bytes("corpus/ocr/021_bkpsdm-kenaikan-pangkat.txt"), as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let count = 4_000
        lines.insert(contentsOf: repeatElement("kaé- kaé- kaé- kaé- kaé- kaé-", count: count), at: 89)
        let document = SOPKit.parse(Array(lines.joined(separator: "\n").utf8), file: "hyphens.txt")
        let glued = document.sops.flatMap(\.steps).filter { $0.activity.contains(String(repeating: "kaé-", count: 100)) }
        #expect(glued.count == 1)
        #expect(glued.first.map { $0.activity.components(separatedBy: "kaé-").count - 1 } == 6 * count)
    }

    /// A layout identity list set in a thousand columns over fifty lines: each piece is placed in its
    /// column by a binary search and each marker's start checked in a set, not against every column.
    /// The counts are what the column-by-column scan before gave for the same text.
    @Test func layoutListOfAThousandColumns() {
        var lines = String(decoding: Fixtures.bytes("corpus/pdf/900.-GEN-Chromium-Sheet-Dinkes-Rekomendasi-Izin-Praktik-Bidan.layout.txt"), as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[15].hasPrefix("Dasar Hukum"))
        let columns = Array(repeating: "1. a", count: 1_000).joined(separator: "      ")
        lines.insert(contentsOf: repeatElement(columns, count: 50), at: 17)
        let document = SOPKit.parse(Array(lines.joined(separator: "\n").utf8), file: "columns.layout.txt")
        #expect(document.sops.count == 1)
        #expect(document.sops.first?.legalBasis.count == 355)
        #expect(document.sops.first?.qualifications.count == 49_653)
    }
}
