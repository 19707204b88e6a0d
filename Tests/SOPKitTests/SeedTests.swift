import SOPKit
import Testing

/// The real seeds give exactly what the core issue asks for.
@Suite struct SeedTests {
    func minutes(_ sop: SOP) -> [Int?] { sop.steps.map { $0.duration?.minutes } }

    @Test func seed000() throws {
        let document = Fixtures.document(Fixtures.corpusFile("000"))
        try #require(document.sops.count == 1)
        let sop = document.sops[0]
        #expect(sop.number == "503 / 02 /DPM PTSP")
        #expect(sop.dates.created?.description == "2019-01-14")
        #expect(sop.dates.approved?.description == "2019-01-21")
        #expect(sop.dates.revised == nil)
        #expect(sop.approvedBy.nip == "197009301997031003")
        #expect(sop.approvedBy.name == "H. YAN ERY, S.Pt, M.Si")
        #expect(sop.legalBasis.map { "\($0.kind ?? "?") \($0.number ?? "?")/\($0.year ?? 0)" } == [
            "Peraturan Presiden 8/2006", "Peraturan Presiden 29/2014", "Peraturan Menteri 53/2014",
        ])
        #expect(sop.qualifications.count == 3)
        #expect(sop.relatedProcedures.count == 2)
        #expect(sop.equipment.count == 3)
        #expect(sop.warnings.isEmpty)
        #expect(sop.records == ["Disimpan sebagai data"])
        #expect(sop.roles.count == 5)
        #expect(sop.roles.first == "Kepala Dinas")
        #expect(sop.roles.last == "Bidang-Bidang Lain")
        let day = 480
        #expect(minutes(sop) == [2 * day, day, 2 * day, 3 * day, 2 * day, day, day, day, day, 20])
        #expect(sop.totalDuration?.minutes == 6740)
        let first = try #require(sop.steps.first)
        #expect(first.requirements == "Surat dari Bupati/Inspektorat Disposisi")
        #expect(first.output == "Disposisi")
        #expect(first.notes == "Disposisi Kepala Dinas")
    }

    @Test func seed001() throws {
        let document = Fixtures.document(Fixtures.corpusFile("001"))
        try #require(document.sops.count == 1)
        let sop = document.sops[0]
        #expect(minutes(sop) == [10, 20, 480, 480, 30, 30, 480, 5, 15])
        #expect(sop.roles == ["Kepala Dinas", "Sekretaris", "Perencana", "Tim Sakip", "Staf"])
        #expect(sop.dates.created?.description == "2022-01")
        #expect(sop.dates.approved?.description == "2022-01")
    }

    @Test func seed002() throws {
        let document = Fixtures.document(Fixtures.corpusFile("002"))
        try #require(document.sops.count == 1)
        let sop = document.sops[0]
        #expect(sop.number == nil)
        #expect(sop.roles.count == 5)
        #expect(sop.steps.count == 12)
        let step8 = try #require(sop.steps.first { $0.number == 8 })
        #expect(step8.duration?.text == "3 minggu")
        #expect(step8.requirements == "Format data")
        #expect(step8.notes == "SOP Pengumpulan dan pengolahan data")
        let step6 = try #require(sop.steps.first { $0.number == 6 })
        #expect(!step6.activity.contains("<"))
        #expect(step6.activity.hasPrefix("Menyampaikan SK kepada tim penyusun Laporan Kinerja; Memimpin rapat"))
    }

    @Test func seed003() throws {
        let document = Fixtures.document(Fixtures.corpusFile("003"))
        try #require(document.sops.count == 1)
        let sop = document.sops[0]
        #expect(sop.steps.map(\.number) == Array(1...10))
        #expect(sop.roles == ["Inspektur", "Sekretaris", "Irbhan", "Kasubbag. Perencanaan", "Staf /Jabatan Fungsional Umum"])
        #expect(sop.legalBasis.map(\.year) == [2014, 2017, 2012, 2014, 2015, 2018, 2016])
        #expect(sop.qualifications.count == 2)
        #expect(sop.relatedProcedures.count == 2)
        #expect(sop.equipment.count == 6)
        #expect(sop.warnings.count == 1)
        #expect(sop.records.count == 1)
        #expect(sop.dates.created?.description == "2021-04-06")
        #expect(sop.dates.effective?.description == "2021-04")
        #expect(sop.approvedBy.nip == "197407052006041007")
        #expect(sop.title == "Perencanaan Laporan Kinerja Instansi Pemerintah (LKjIP)")
        #expect(document.diagnostics.contains { $0.code == .repeatedHeaderMerged && $0.line == 48 })
    }
}

/// The OCR seed gives what the OCR issue asks for.
@Suite struct OCRSeedTests {
    let document = Fixtures.document(Fixtures.corpusFile("004"))

    @Test func fiveSOPsWithTheirTitlesAndStepCounts() throws {
        try #require(document.sops.count == 5)
        #expect(document.sops.map(\.title) == [
            "Penyusunan Mekanisme Pengumpulan Data Kinerja", "Penyusunan Indikator Kinerja Utama (IKU)",
            "Penyusunan Renstra dan Renja", "Penyusunan Anggaran", "Penyusunan LAKIP",
        ])
        #expect(document.sops.map(\.steps.count) == [10, 10, 12, 12, 12])
        #expect(document.sops.allSatisfy { $0.format == .ocr })
    }

    @Test func durationsOfTheFirstTwoSOPs() throws {
        try #require(document.sops.count == 5)
        let day = 480
        #expect(document.sops[0].steps.map { $0.duration?.minutes } == [10, 30, day, day, 60, 30, 30, day, 20, 10])
        #expect(document.sops[1].steps.map { $0.duration?.minutes } == [10, 20, day, 15, 20, 10, 5, 30, day, 10])
    }

    @Test func agencyAndDates() {
        for sop in document.sops {
            #expect(sop.agency == "Dinas Koperasi, Usaha Kecil, Menengah, Perindustrian dan Perdagangan Kabupaten Tanjung Jabung Barat")
            #expect(sop.dates.created?.description == "2026-01")
            #expect(sop.dates.effective?.description == "2026-01")
        }
    }

    @Test func repairsAreRecordedWithTheOriginalWord() {
        let repairs = document.diagnostics.filter { $0.code == .ocrWordRepaired }.map(\.message)
        for (original, repaired) in [
            ("iam", "jam"), ("Pencumpulan", "Pengumpulan"), ("1Sposist", "Disposisi"), ("Ihdikator", "Indikator"),
            ("LA(KIP", "LAKIP"), ("Ar;égaran", "Anggaran"), ("P.enyu_sunan", "Penyusunan"),
        ] {
            #expect(repairs.contains("OCR word \"\(original)\" read as \"\(repaired)\""), "\(original)")
        }
    }

    @Test func eachSOPKeepsItsOwnLines() {
        let ranges = document.sops.map { $0.source.startLine...$0.source.endLine }
        for (first, second) in zip(ranges, ranges.dropFirst()) {
            #expect(first.upperBound < second.lowerBound)
        }
        for sop in document.sops {
            for step in sop.steps { #expect(sop.source.startLine...sop.source.endLine ~= step.line) }
        }
    }
}

/// OCR word repair never touches lexicon words or numbers, and repairs only with a clear winner.
@Suite struct OCRRepairTests {
    @Test(arguments: [
        ("1 iam", "1 jam"), ("Pencumpulan data", "Pengumpulan data"), ("1Sposist", "Disposisi"),
        ("Ihdikator Kinerja", "Indikator Kinerja"), ("LA(KIP", "LAKIP"), ("Ar;égaran", "Anggaran"),
        ("P.enyu_sunan", "Penyusunan"), ("PenyusunanRenstra", "Penyusunan Renstra"),
    ])
    func repairs(text: String, repaired: String) {
        #expect(OCRRepair.repairLine(text).text == repaired)
    }

    @Test(arguments: [
        "Menyusun draft laporan", "2026 10 menit", "menjalankan berbagai program", "Kabupaten Lumajang",
        "Diskopperindag", "pengukuran", "digunakan", "SOP-023/17000/2025",
    ])
    func leavesWordsAlone(text: String) {
        let result = OCRRepair.repairLine(text)
        #expect(result.repairs.isEmpty, "\(result.repairs)")
        #expect(result.text == text)
    }
}
