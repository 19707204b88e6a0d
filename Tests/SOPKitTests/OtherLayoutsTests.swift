import Foundation
@testable import SOPKit
@testable import SOPKitPDF
import Testing

/// What SOPKit reads from PDFs laid out unlike the BPS Bengkulu samples: the table's closing rows,
/// tall role headers, the approver's position above its label, ruled tables whose step numbers stand
/// at the top of their rows, dotted outlines drawn as dashes, arrowheads on lines that run on under
/// their symbol, and the three generated PDFs of the corpus (900–902).
@Suite struct OtherLayoutsTests {
    @Test(arguments: [
        ("Jumlah waktu                    4 hari 2 jam", true),
        ("Total Waktu:      2 hari", true),
        ("JUMLAH", true),
        ("     Mulai / selesai    Kegiatan   Keputusan (Ya / Tidak)", true),
        ("Keterangan Simbol:", true),
        ("     jumlah waktu kerja pegawai dihitung", false),
        (" 1   Menghitung jumlah waktu", false),
        ("", false),
    ])
    func tableClosingLines(text: String, closes: Bool) {
        let line = LayoutLine(number: 1, page: 0, chunks: LayoutLine.chunks(of: Substring(text)))
        #expect((line.tableBodyReading == .closesTable) == closes)
    }

    @Test func aTallHeaderAndAnApproverAboveItsLabelAreRead() throws {
        let sop = try #require(Fixtures.document("corpus/pdf/901.-GEN-Chromium-Sheet-Disdukcapil-Akta-Kelahiran.layout.txt").sops.first)
        #expect(sop.agency == "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sidoarjo")
        #expect(sop.approvedBy.position == "Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sidoarjo")
        #expect(sop.approvedBy.name == "RIZKI AMALIA PERMATASARI, S.Sos., M.AP")
        #expect(sop.approvedBy.nip == "198003122005012004")
        #expect(sop.roles == ["Pemohon", "Petugas Loket", "Operator SIAK", "Kasi Kelahiran dan Kematian", "Kabid Pencatatan Sipil", "Kepala Dinas"])
        #expect(sop.records == ["Register akta kelahiran dan database SIAK"])
        #expect(sop.steps.count == 11)
        #expect(sop.steps.last?.activity == "Mengarsipkan berkas persyaratan akta kelahiran")
        #expect(sop.steps.last?.requirements == "Berkas persyaratan")
    }

    @Test func roleWordsUnderTwoNamesAreSplitAndARoleLinePelaksanaIsAName() throws {
        let sop = try #require(Fixtures.document("corpus/pdf/902.-GEN-LibreOffice-BPBD-Penyaluran-Bantuan-Logistik.layout.txt").sops.first)
        #expect(sop.roles == ["Kepala Pelaksana", "Sekretaris", "Kabid Kedaruratan dan Logistik", "Kasi Logistik", "Pengelola Gudang", "TRC"])
        #expect(sop.steps.first?.performers == ["TRC"])
        #expect(sop.steps.first?.requirements == "Form kaji cepat")
        #expect(sop.agency == "Badan Penanggulangan Bencana Daerah Kabupaten Lumajang")
    }

    @Test(arguments: [
        ("Pengadmini strasi", true), ("Kepegawaia n", true), ("Perencan a", true),
        ("Kedaruratan dan", false), ("dikembalikan kepada", false), ("Kepala Bidang", false), ("surat masuk", false),
    ])
    func wordsBrokenInANarrowCell(pair: String, broken: Bool) {
        let pieces = pair.split(separator: " ").map(String.init)
        #expect(LayoutText.isBrokenWord(pieces[0], pieces[1]) == broken)
    }

    @Test func identityBlocksOfOtherOffices() throws {
        let tall = Fixtures.document(text: """
                                                                    Nomor SOP                   050/ 07 /BAPPERIDA/I/2024

                                                                    Tanggal Pembuatan           2024-01-08
                                                                    Tanggal Revisi              —

                                S OP                                Tanggal Efektif             —

                                                                    Tanggal Pengesahan          2024-01-15
        BADAN PERENCANAAN PEMBANGUNAN, RISET
                                                                                                Kepala Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah Kota Palangka Raya
        DAN INOVASI DAERAH KOTA PALANGKA RAYA
                                                                    Disahkan oleh               HENDRA KUSUMA PUTRA, S.T., M.T.
                                                                                                NIP 197809232003121006

                                                                                                Penyelenggaraan Musyawarah Perencanaan Pembangunan (Musrenbang) RKPD
                                                                    Nama SOP
                                                                                                Tingkat Kota
        """, file: "015.layout.txt").sops.first
        #expect(tall?.title == "Penyelenggaraan Musyawarah Perencanaan Pembangunan (Musrenbang) RKPD Tingkat Kota")
        #expect(tall?.agency == "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah Kota Palangka Raya")
        #expect(tall?.approvedBy.position == "Kepala Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah Kota Palangka Raya")
        #expect(tall?.approvedBy.name == "HENDRA KUSUMA PUTRA, S.T., M.T.")
        let twoAbove = Fixtures.document(text: """
                                                                     Nomor SOP                      800/ 112 /BKPSDM/2022

                                                                     Tanggal Pembuatan              2022-01-03
                                                                     Tanggal Revisi                 2023-02-15
                                 S OP                                Tanggal Efektif                2023-03
         BADAN KEPEGAWAIAN DAN PENGEMBANGAN                          Tanggal Pengesahan             —
            SUMBER DAYA MANUSIA KABUPATEN
                                                                                                    Kepala BKPSDM Kab. Banyumas
                      BANYUMAS
                                                                     Disahkan oleh                  Drs. AGUS WIDODO SETIAWAN, M.Si
                                                                                                    NIP 196904211990031005
        """, file: "011.layout.txt").sops.first
        #expect(twoAbove?.agency == "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Banyumas")
        #expect(twoAbove?.approvedBy.position == "Kepala BKPSDM Kab. Banyumas")
        #expect(twoAbove?.approvedBy.name == "Drs. AGUS WIDODO SETIAWAN, M.Si")
        let regions = Fixtures.document(text: """
                                                                     Nomor SOP                                470/ 05 /Kel.Skj/2021

                                                                     Tanggal Pembuatan                        2021-05-05
                                                                     Tanggal Revisi                           —
                                 S OP                                Tanggal Efektif                          —

         KELURAHAN SUKAJADI KECAMATAN SUKAJADI                       Tanggal Pengesahan                       —
                    KOTA BANDUNG                                                                              Lurah Sukajadi
                                                                     Disahkan oleh                            DEDI SURYADI, S.IP
                                                                                                              NIP 19750603200101103

                                                                     Nama SOP                                 Pelayanan Surat Keterangan Tidak Mampu (SKTM)
        """, file: "017.layout.txt").sops.first
        #expect(regions?.agency == "Kelurahan Sukajadi Kecamatan Sukajadi Kota Bandung")
        #expect(regions?.approvedBy.position == "Lurah Sukajadi")
    }

    @Test func aRuledTablePlacesSymbolsInTheBandOfTheirStepNumber() {
        let box = { (y: Double) in Box(minX: 10, minY: y, maxX: 20, maxY: y + 8) }
        var grid = TableGrid(
            roles: [RoleColumn(name: "A", box: Box(minX: 100, minY: 20, maxX: 150, maxY: 30))],
            rows: [StepRow(number: 1, box: box(62)), StepRow(number: 2, box: box(152))],
            roleZone: 90...300, bodyTop: 40, numberColumn: 0...30)
        #expect(grid.row(at: 140)?.number == 2)
        grid = grid.ruled(by: [
            DrawnPath(subpaths: [Subpath(points: [Point(x: 0, y: 60), Point(x: 300, y: 60)], isClosed: false)], paint: Paint(filledDark: false, stroked: true)),
            DrawnPath(subpaths: [
                Subpath(points: [Point(x: 0, y: 150), Point(x: 95, y: 150)], isClosed: false),
                Subpath(points: [Point(x: 95, y: 150), Point(x: 300, y: 150)], isClosed: false),
            ], paint: Paint(filledDark: false, stroked: true)),
            DrawnPath(subpaths: [Subpath(points: [Point(x: 0, y: 250), Point(x: 300, y: 250)], isClosed: false)], paint: Paint(filledDark: false, stroked: true)),
            DrawnPath(subpaths: [Subpath(points: [Point(x: 120, y: 200), Point(x: 280, y: 200)], isClosed: false)], paint: Paint(filledDark: false, stroked: true)),
        ])
        #expect(grid.rowRules == [60, 150, 250])
        #expect(grid.row(at: 140)?.number == 1)
        #expect(grid.row(at: 200)?.number == 2)
        #expect(grid.row(at: 270) == nil)
    }

    @Test func aDottedOutlineDrawnAsDashesIsASymbol() {
        var dashes: [Box] = []
        for x in stride(from: 100.0, to: 140, by: 2.5) {
            dashes.append(Box(minX: x, minY: 50, maxX: x + 1.5, maxY: 50.75))
            dashes.append(Box(minX: x, minY: 69.25, maxX: x + 1.5, maxY: 70))
        }
        for y in stride(from: 50.0, to: 70, by: 2.5) {
            dashes.append(Box(minX: 100, minY: y, maxX: 100.75, maxY: y + 1.5))
            dashes.append(Box(minX: 140.75, minY: y, maxX: 141.5, maxY: y + 1.5))
        }
        let dottedLine = stride(from: 200.0, to: 300, by: 3).map { Box(minX: $0, minY: 60, maxX: $0 + 1.5, maxY: 60.75) }
        let symbols = SymbolClassifier.dashedOutlines(dashes + dottedLine)
        #expect(symbols.count == 1)
        #expect(symbols.first?.kind == .process)
        #expect(symbols.first?.box == Box(minX: 100, minY: 50, maxX: 141.5, maxY: 70))
    }

    @Test func anArrowheadOnALineEndsItAtTheTip() throws {
        let line = [Point(x: 10, y: 0), Point(x: 10, y: 50)]
        let cut = try #require(SymbolClassifier.cutAtArrowhead(line, [Point(x: 7, y: 24), Point(x: 13, y: 24), Point(x: 10, y: 30)]))
        #expect(cut.isDirected)
        #expect(cut.points == [Point(x: 10, y: 0), Point(x: 10, y: 30)])
        let upward = try #require(SymbolClassifier.cutAtArrowhead(line, [Point(x: 7, y: 26), Point(x: 13, y: 26), Point(x: 10, y: 20)]))
        #expect(upward.points == [Point(x: 10, y: 50), Point(x: 10, y: 20)])
        #expect(SymbolClassifier.cutAtArrowhead(line, [Point(x: 30, y: 24), Point(x: 36, y: 24), Point(x: 33, y: 30)]) == nil)
    }

    @Test(.enabled(if: Fixtures.hasPoppler, "needs poppler-utils"))
    func aConnectorCutByAPageBreakIsFollowed() throws {
        let document = Fixtures.document("corpus/pdf/900.-GEN-Chromium-Sheet-Dinkes-Rekomendasi-Izin-Praktik-Bidan.pdf")
        let sop = try #require(document.sops.first)
        #expect(sop.steps[1].decision?.yes == 3)
        #expect(sop.steps[1].decision?.no == 1)
        #expect(sop.steps[3].performers == ["Staf Pelaksana", "Kasi SDM Kesehatan"])
        #expect(sop.steps.allSatisfy { $0.performerSource == .drawing })
    }
}
