import Foundation
@testable import SOPKit
import Testing

/// The layout family (`pdftotext -layout` output of PDFs): the thirteen BPS Provinsi Bengkulu samples
/// against their hand-made truth (corpus/pdf/*.truth.json), the values the issue names, detection,
/// and small tables that exercise one layout feature each.
@Suite struct LayoutTests {
    static let truthFiles: [String] = {
        let folder = Fixtures.root.appendingPathComponent("corpus/pdf")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".truth.json") }.sorted()
    }()

    static func truth(_ name: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: Fixtures.root.appendingPathComponent("corpus/pdf/" + name))) as? [String: Any])
    }

    static func sample(_ prefix: String) throws -> SOP {
        let input = try #require(Fixtures.corpusInputs.first { $0.hasPrefix("corpus/pdf/" + prefix) })
        let document = Fixtures.document(input)
        try #require(document.sops.count == 1)
        return document.sops[0]
    }

    @Test func thereAreThirteenSamples() {
        #expect(Self.truthFiles.count == 13)
    }

    @Test(arguments: truthFiles)
    func matchesTruth(truthFile: String) throws {
        let truth = try Self.truth(truthFile)
        let document = Fixtures.document("corpus/" + (truth["file"] as! String))
        let expected = truth["sops"] as! [[String: Any]]
        try #require(document.sops.count == expected.count, "\(truthFile): SOP count")
        for (sop, want) in zip(document.sops, expected) {
            #expect(sop.format == .layout)
            #expect(sop.number == want["number"] as? String, "\(truthFile): number")
            #expect(sop.title == want["title"] as? String, "\(truthFile): title")
            #expect(sop.agency == want["agency"] as? String, "\(truthFile): agency")
            let dates = want["dates"] as! [String: Any]
            #expect(sop.dates.created?.description == dates["created"] as? String, "\(truthFile): created")
            #expect(sop.dates.revised?.description == dates["revised"] as? String, "\(truthFile): revised")
            #expect(sop.dates.effective?.description == dates["effective"] as? String, "\(truthFile): effective")
            let approver = want["approvedBy"] as! [String: Any]
            #expect(sop.approvedBy.position == approver["position"] as? String, "\(truthFile): approver position")
            #expect(sop.approvedBy.name == approver["name"] as? String, "\(truthFile): approver name")
            #expect(sop.approvedBy.nip == approver["nip"] as? String, "\(truthFile): NIP")
            #expect(sop.legalBasis.count == want["legalBasisCount"] as? Int, "\(truthFile): legal basis")
            #expect(sop.roles == want["roles"] as! [String], "\(truthFile): roles")
            let steps = want["steps"] as! [[String: Any]]
            #expect(sop.steps.count == steps.count, "\(truthFile): step count")
            for (step, wantStep) in zip(sop.steps, steps) {
                let label = "\(truthFile) step \(step.number)"
                #expect(step.number == wantStep["number"] as? Int, "\(label): number")
                #expect(step.duration?.text == wantStep["durationText"] as? String, "\(label): duration text")
                #expect(step.duration?.minutes == wantStep["minutes"] as? Int, "\(label): minutes")
                #expect(!step.activity.isEmpty, "\(label): activity")
            }
        }
    }

    @Test func sample023() throws {
        let sop = try Self.sample("023")
        #expect(sop.number == "SOP-023/17000/2025")
        #expect(sop.dates.created?.description == "2025-06-02")
        #expect(sop.dates.effective?.description == "2025-06-02")
        #expect(sop.approvedBy.position == "Kepala BPS Provinsi Bengkulu")
        #expect(sop.approvedBy.nip == "196608251988021001")
        #expect(sop.title == "Penerimaan Surat Masuk dari SATPAM")
        #expect(sop.legalBasis.count == 8)
        #expect(sop.roles == ["Kurir external", "SATPAM Piket", "Pegawai Pengelola Surat / Sekretaris"])
        #expect(sop.steps.map { $0.duration?.minutes } == [3, 2, 2, 10, 10])
        #expect(sop.steps[1].activity == "Membubuhkan tandatangan, nama, dan tanggal pada tanda terima pengiriman surat/dokumen")
        #expect(sop.steps[2].notes == "Jika surat diterima pada hari libur, harus segera di antar pada hari kerja pertama")
        #expect(sop.equipment.count == 3)
        #expect(sop.records == [
            "Agenda, file surat masuk, dan disposisi tersimpan di database portal pintar",
            "Hardfile surat masuk disimpan arsiparis di bagian umum",
        ])
        #expect(sop.location(of: .number) == SourceLocation(line: 1, column: 141))
        #expect(sop.steps[0].line == 53)
        #expect(sop.steps[0].location(of: .number) == SourceLocation(line: 56, column: 1))
        #expect(sop.steps[0].location(of: .duration) == SourceLocation(line: 56, column: 165))
    }

    @Test func sample161() throws {
        let sop = try Self.sample("161")
        #expect(sop.steps.map { $0.duration?.text } == ["3 Minggu", "3 Hari", "2 Hari"])
        #expect(sop.steps.map { $0.duration?.minutes } == [7200, 1440, 960])
        #expect(sop.roles == ["Kepala BPS Provinsi", "Tim Statistik Produksi BPS Provinsi", "BPS Kabupaten/Kota"])
        #expect(sop.steps[1].requirements == "Surat Tugas Instruktur, SK innas, KAK Pelatihan, Undangan Pelatihan")
    }

    @Test func aTableContinuedOnShiftedPagesIsMerged() throws {
        let sop = try Self.sample("299")
        #expect(sop.steps.map(\.number) == Array(1...12))
        #expect(sop.steps[1].requirements == "Data-data yang diperlukan.")
        #expect(sop.steps[2].output == "Hasil Evaluasi Dokumen Kualifikasi.")
    }

    @Test func thePairedListsAreSplitWhereTheRightListStarts() throws {
        let sop = try Self.sample("024")
        #expect(sop.equipment == [
            "Alat Tulis", "Cap Kantor", "PC/Laptop", "Printer", "Jaringan Internet", "Aplikasi perkantoran",
            "Aplikasi Portal Pintar", "Aplikasi e-ttd BSSN",
        ])
        #expect(sop.steps[4].activity == "Memeriksa kelengkapan naskah surat dinas")
        #expect(sop.steps[5].activity == "Mengajukan e-sign via portal ettd.bps.go.id")
    }

    @Test func otherFamiliesAreNotLayout() {
        for input in Fixtures.corpusInputs where !input.hasPrefix("corpus/pdf/") {
            #expect(Fixtures.document(input).sops.allSatisfy { $0.format != .layout }, "\(input)")
        }
    }

    @Test func allSamplesInOneFileGiveThirteenSOPs() {
        let joined = Fixtures.corpusInputs.filter { $0.hasPrefix("corpus/pdf/") && !$0.contains("-GEN-") }.flatMap { Fixtures.bytes($0) }
        let document = SOPKit.parse(joined, file: "joined.layout.txt")
        #expect(document.sops.count == 13)
        #expect(document.sops.map(\.steps.count) == [5, 11, 5, 7, 3, 1, 2, 5, 5, 12, 6, 5, 5])
    }

    @Test func mutatedSamplesDoNotCrash() {
        for input in Fixtures.corpusInputs where input.hasPrefix("corpus/pdf/") {
            let lines = String(decoding: Fixtures.bytes(input), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let mutations: [[Substring]] = [
                lines.enumerated().filter { $0.offset % 3 != 1 }.map(\.element),
                lines.map { $0.prefix($0.count / 2) },
                lines.enumerated().map { $0.offset % 2 == 0 ? "     " + $0.element : $0.element },
                lines.map { Substring($0.replacingOccurrences(of: "  ", with: " ")) },
                lines.reversed(),
                lines.map { Substring($0.filter { !$0.isNumber }) },
            ]
            for mutated in mutations {
                let document = SOPKit.parse(Array(mutated.joined(separator: "\n").utf8), file: input)
                #expect(document.sops.allSatisfy { $0.steps.count < 40 })
            }
        }
    }

    // MARK: Small tables

    static func page(_ rows: String) -> String {
        """
                                                                  Nomor SOP          SOP-1/2025
                                                                  Tanggal Efektif    2 Januari 2025
                                                                  NAMA SOP           Contoh Prosedur
        DASAR HUKUM :                                             KUALIFIKASI PELAKSANA :
        1, Undang-Undang Nomor 16 Tahun 1997 Tentang Statistik;   1. Pegawai dengan pendidikan
        2. Peraturan Pemerintah Nomor 51 Tahun 1999 tentang          Strata 1
        Penyelenggaraan Statistik
                                    Pelaksana                         Mutu Baku
        No     Kegiatan          Kepala          Tim                                      Keterangan
                                 Bagian        Teknis        Kelengkapan    Waktu      Output
                                 Umum

        \(rows)
        * Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik
        """
    }

    @Test func aSmallTable() throws {
        let text = Self.page("""
              Menyiapkan                                   Formulir       2 hari     Draf
        1     dokumen non-                 Tidak                                     surat
              organik
                                    Ya
              Memeriksa draf                               Draf           1 jam      Surat
        2     surat                                                                  valid
        3     Mengirim surat                 √             Surat          30 menit   Bukti
        """)
        let document = Fixtures.document(text: text)
        try #require(document.sops.count == 1)
        let sop = document.sops[0]
        #expect(sop.format == .layout)
        #expect(sop.roles == ["Kepala Bagian Umum", "Tim Teknis"])
        #expect(sop.title == "Contoh Prosedur")
        #expect(sop.legalBasis.map(\.year) == [1997, 1999])
        #expect(sop.qualifications == ["Pegawai dengan pendidikan Strata 1"])
        #expect(sop.steps.map(\.activity) == ["Menyiapkan dokumen non-organik", "Memeriksa draf surat", "Mengirim surat"])
        #expect(sop.steps.map { $0.duration?.minutes } == [960, 60, 30])
        #expect(sop.steps.map(\.output) == ["Draf surat", "Surat valid", "Bukti"])
        #expect(sop.steps[2].performers == ["Tim Teknis"])
        #expect(sop.steps[2].performerSource == .marker)
    }

    @Test func rowsWithoutBlankLines() throws {
        let middle = Self.page("""
              Menyiapkan                                   Formulir       2 hari     Draf
        1     dokumen
              teknis
              Memeriksa                                    Draf           1 jam      Surat
        2     draf
        """)
        let top = Self.page("""
        1     Menyiapkan                                   Formulir       2 hari     Draf
              dokumen teknis
        2     Memeriksa draf                               Draf           1 jam      Surat
        """)
        for text in [middle, top] {
            let sop = try #require(Fixtures.document(text: text).sops.first)
            #expect(sop.steps.map(\.activity) == ["Menyiapkan dokumen teknis", "Memeriksa draf"])
            #expect(sop.steps.map { $0.duration?.minutes } == [960, 60])
        }
    }

    @Test func identityLabelsAtTheLeftMargin() throws {
        let text = """
                          PEMERINTAH KABUPATEN CONTOH
                          DINAS KOMUNIKASI DAN INFORMATIKA
        Nomor SOP            440/12/2024
        Tanggal Pembuatan    3 Maret 2024
        Disahkan oleh        Kepala Dinas Komunikasi
                             dan Informatika

                             Budi Santoso
                             NIP 19750603 200101 1 003
        Nama SOP             Pengelolaan Website
        DASAR HUKUM :                         PERALATAN :
        1. Undang-Undang Nomor 14 Tahun       1. Komputer
           2008 tentang Keterbukaan           2. Jaringan internet
        No     Kegiatan          Operator        Kelengkapan    Waktu      Output
        1      Mengunggah berita                 Naskah         1 jam      Berita
        2      Memeriksa berita                  Berita         30 menit   Laporan
        """
        let sop = try #require(Fixtures.document(text: text).sops.first)
        #expect(sop.format == .layout)
        #expect(sop.agency == "Dinas Komunikasi dan Informatika Kabupaten Contoh")
        #expect(sop.title == "Pengelolaan Website")
        #expect(sop.approvedBy == Approver(position: "Kepala Dinas Komunikasi dan Informatika", name: "Budi Santoso", nip: "197506032001011003"))
        #expect(sop.legalBasis.map(\.text) == ["Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan"])
        #expect(sop.equipment == ["Komputer", "Jaringan internet"])
        #expect(sop.roles == ["Operator"])
        #expect(sop.steps.map { $0.duration?.minutes } == [60, 30])
    }

    @Test func anIdentityBlockRepeatedOnEveryPageIsOneSOP() throws {
        let first = Self.page("""
        1     Menyiapkan dokumen                           Formulir       2 hari     Draf
        """)
        let second = Self.page("""
        2     Memeriksa draf                               Draf           1 jam      Surat
        """)
        let document = Fixtures.document(text: first + "\n\u{0C}" + second)
        try #require(document.sops.count == 1)
        #expect(document.sops[0].steps.map(\.activity) == ["Menyiapkan dokumen", "Memeriksa draf"])
        #expect(document.diagnostics.contains { $0.code == .repeatedHeaderMerged })
    }

    @Test func aWaktuCellOneSpaceFromItsNeighbour() throws {
        let text = Self.page("""
        1     Menyiapkan dokumen                         Formulir teknis 2 hari   Draf
        """)
        let sop = try #require(Fixtures.document(text: text).sops.first)
        #expect(sop.steps.first?.requirements == "Formulir teknis")
        #expect(sop.steps.first?.duration?.minutes == 960)
    }

    @Test(arguments: [
        ("1. Persiapan", 1, 3), ("1.Persiapan", 1, 2), ("12 Menyusun", 12, 3), ("3) Rapat", 3, 3), ("2023", nil, nil),
        ("1Persiapan", nil, nil), ("2 hari", 2, 2),
    ] as [(String, Int?, Int?)])
    func leadingStepNumbers(text: String, number: Int?, restStart: Int?) {
        let found = LayoutTableParser.leadingNumber(text)
        #expect(found?.0 == number)
        #expect(found?.1 == restStart)
    }

    @Test func detection() {
        #expect(!Fixtures.document(text: "No\tKegiatan\tWaktu\n1\tMenyiapkan\t2 hari\n").sops.contains { $0.format == .layout })
    }

    @Test(arguments: [
        (["1, Undang-Undang Nomor 16", "Tahun 1997", "2. Peraturan"], ["Undang-Undang Nomor 16 Tahun 1997", "Peraturan"]),
        (["1. Alat Tulis", "7. Aplikasi Portal", "8 Aplikasi e-ttd"], ["Alat Tulis", "Aplikasi Portal", "Aplikasi e-ttd"]),
        (["- Jika prosedur tidak di ikuti,", "dan naskah dinas"], ["Jika prosedur tidak di ikuti, dan naskah dinas"]),
        (["SOP Pengelolaan Surat Masuk", "SOP Penerimaan Surat Masuk melalui e-mail"], ["SOP Pengelolaan Surat Masuk", "SOP Penerimaan Surat Masuk melalui e-mail"]),
    ])
    func listItems(lines: [String], items: [String]) {
        #expect(LayoutListReader.items(lines) == items)
    }
}
