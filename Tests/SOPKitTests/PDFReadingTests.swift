import Foundation
import SOPKit
@testable import SOPKitPDF
import Testing

/// The drawing applier, the tool runner, and the PDFs of corpus/pdf read end to end (skipped, with the
/// reason printed, when poppler-utils is not installed).
@Suite struct PDFReadingTests {
    static func sop(roles: [String], steps: Int) -> SOP {
        SOP(
            id: "sop", roles: roles,
            steps: (1...steps).map { Step(number: $0, activity: "Memeriksa berkas \($0)", line: $0) },
            source: SourceRange(file: "test.pdf", startLine: 1, endLine: steps))
    }

    static let chart = DrawnFlowchart(
        roleNames: ["Kepala Seksi", "Staf"],
        steps: [
            DrawnStep(number: 1, symbols: [.terminator], roleColumns: [1], roleNames: ["Staf"]),
            DrawnStep(number: 2, symbols: [.decision], roleColumns: [0], roleNames: ["Kepala Seksi"]),
            DrawnStep(number: 3, symbols: [.process, .process], roleColumns: [0, 1], roleNames: ["Kepala Seksi", "Staf"]),
        ],
        edges: [
            DrawnEdge(from: 1, to: 2, label: nil, isDirected: true), DrawnEdge(from: 2, to: 3, label: "Ya", isDirected: true),
            DrawnEdge(from: 2, to: 1, label: "Tidak", isDirected: true),
        ])

    @Test func drawnPerformersAndDecisionsReplaceTheInference() throws {
        var sop = Self.sop(roles: ["Kasi", "Staf"], steps: 3)
        sop.steps[0].decision = Decision(question: "Lengkap?", yes: 2, no: nil)
        let applied = try #require(DrawingApplier.apply(Self.chart, to: sop))
        #expect(applied.renamedRoles == nil)
        #expect(applied.sop.roles == ["Kasi", "Staf"])
        #expect(applied.sop.steps.map(\.performers) == [["Staf"], ["Kasi"], ["Kasi", "Staf"]])
        #expect(applied.sop.steps.allSatisfy { $0.performerSource == .drawing && $0.performerConfidence == 1 })
        #expect(applied.sop.steps[0].decision == nil, "the drawing decides which steps are decisions")
        #expect(applied.sop.steps[1].decision == Decision(question: "Memeriksa berkas 2?", yes: 3, no: 1))
    }

    @Test func rolesThatDoNotMatchAreRenamedAfterTheDrawing() throws {
        var sop = Self.sop(roles: ["Bagian Umum PC/laptop"], steps: 4)
        sop.steps[3].performers = ["Bagian Umum PC/laptop"]
        sop.steps[3].performerSource = .text
        let document = SOPDocument(source: "test.pdf", sops: [sop], diagnostics: [])
        let applied = DrawingApplier.apply([Self.chart], to: document)
        #expect(applied.sops[0].roles == ["Kepala Seksi", "Staf"])
        #expect(applied.sops[0].steps.map(\.performers) == [["Staf"], ["Kepala Seksi"], ["Kepala Seksi", "Staf"], []])
        #expect(applied.sops[0].steps[3].performerSource == .unknown)
        #expect(applied.diagnostics.map(\.code) == [.rolesFromDrawing])
    }

    @Test func aDrawingThatPlacesTooFewStepsIsNotUsed() {
        let sop = Self.sop(roles: ["Kasi", "Staf"], steps: 8)
        let document = SOPDocument(source: "test.pdf", sops: [sop, sop], diagnostics: [])
        let applied = DrawingApplier.apply([Self.chart], to: document)
        #expect(applied.sops == document.sops)
        #expect(applied.diagnostics.map(\.code) == [.drawingNotApplied, .drawingNotApplied])
        #expect(applied.diagnostics.allSatisfy { $0.severity == .warning })
    }

    @Test func aMissingToolNamesItsDebianPackage() {
        let runner = ToolRunner(searchPath: "/nonexistent")
        #expect(!runner.has(.pdftotext))
        #expect(throws: ToolError(message: "pdftotext not found: install the Debian package poppler-utils (apt-get install poppler-utils)")) {
            try runner.run(.pdftotext, ["-v"])
        }
        #expect(ExternalTool.tesseract.missingError.message.contains("tesseract-ocr tesseract-ocr-ind"))
    }

    @Test func theRunnerStopsAToolThatRunsTooLongOrWritesTooMuch() throws {
        let slow = ToolRunner(limits: .init(seconds: 0.5))
        let started = Date()
        #expect(throws: ToolError(message: "sleep took longer than 0.5 s and was stopped")) {
            try slow.run(executable: "/bin/sleep", ["5"], name: "sleep")
        }
        #expect(Date().timeIntervalSince(started) < 4)
        let capped = ToolRunner(limits: .init(outputBytes: 1000))
        #expect(throws: ToolError(message: "yes wrote more than 1000 bytes and was stopped")) {
            try capped.run(executable: "/usr/bin/yes", [], name: "yes")
        }
        let echo = try ToolRunner().run(executable: "/bin/echo", ["a b", "c"], name: "echo")
        #expect(String(decoding: echo.output, as: UTF8.self) == "a b c\n", "arguments go to the program as they are, no shell")
        #expect(echo.status == 0)
    }

    // MARK: - corpus/pdf, hand-checked against the rendered pages (pdftoppm -png -r 60)

    /// Per sample: each step's performers as the drawing shows them, and the decisions (step: yes, no).
    static let truths: [(prefix: String, performers: [[String]], decisions: [Int: (Int?, Int?)])] = [
        ("023", [["Kurir external"], ["SATPAM Piket"], ["SATPAM Piket"], ["SATPAM Piket"], ["Pegawai Pengelola Surat / Sekretaris"]], [2: (3, 1)]),
        ("024", [["Anggota Tim"], ["Anggota Tim"], ["Anggota Tim"], ["Ketua Tim"], ["Sekretaris"], ["Sekretaris"], ["Kepala BPS Provinsi"],
                 ["Sekretaris"], ["Sekretaris"], ["Bagian Umum"], ["Bagian Umum"]], [4: (5, 3)]),
        ("060", [["Ketua Tim Neraca Wilayah", "PJ Neraca Produksi", "Fungsional Statistisi"], ["Fungsional Statistisi"], ["Fungsional Statistisi"],
                 ["Fungsional Statistisi"], ["Fungsional Statistisi"]], [:]),
        ("121", [["Ketua Tim Statistik Distribusi dan Jasa", "PJK Survei/Anggota Tim Statistik Distribusi dan Jasa", "BPS Kab/Kota"],
                 ["PJK Survei/Anggota Tim Statistik Distribusi dan Jasa"], ["BPS Kab/Kota"], ["BPS Kab/Kota"],
                 ["PJK Survei/Anggota Tim Statistik Distribusi dan Jasa", "BPS Kab/Kota"], ["PJK Survei/Anggota Tim Statistik Distribusi dan Jasa"],
                 ["PJK Survei/Anggota Tim Statistik Distribusi dan Jasa"]], [5: (6, 5), 6: (7, 5)]),
        ("161", [["Kepala BPS Provinsi", "Tim Statistik Produksi BPS Provinsi", "BPS Kabupaten/Kota"],
                 ["Tim Statistik Produksi BPS Provinsi", "BPS Kabupaten/Kota"], ["Tim Statistik Produksi BPS Provinsi", "BPS Kabupaten/Kota"]], [:]),
        ("179", [["Kepala BPS Provinsi", "Tim Statistik Produksi BPS Provinsi"]], [:]),
        ("248", [["Tim Statistik Produksi BPS Provinsi", "BPS Kabupaten/Kota"], ["Tim Statistik Produksi BPS Provinsi", "BPS Kabupaten/Kota"]], [:]),
        ("252", [["SM"], ["PPK"], ["PPK"], ["PPK"], ["PPK"]], [:]),
        ("270", [["Pejabat Pengadaan"], ["Pejabat Pengadaan"], ["PPK", "Penyedia"], ["Penyedia"], ["PPK"]], [:]),
        ("299", [["Pokja Pemilihan"], ["Peserta"], ["Peserta"], ["Pokja Pemilihan"], ["Pokja Pemilihan"], ["Pokja Pemilihan"], ["Pokja Pemilihan"],
                 ["Pokja Pemilihan"], ["Pokja Pemilihan"], ["Pokja Pemilihan", "Peserta"], ["Pokja Pemilihan"], ["Pokja Pemilihan"]], [:]),
        ("322", [["CAN (PJ BGC)"], ["CAN (PJ BGC)"], ["CAN (PJ BGC Bulanan)"], ["CAN (PJ BGC Bulanan)"], ["CAN (PJ BGC)"], ["CC"]], [:]),
        ("340", [["Kepala BPS Provinsi", "Ketua Tim Neraca Wilayah", "Staff"], ["Staff"], ["Staff"],
                 ["Kepala BPS Provinsi", "Ketua Tim Neraca Wilayah", "Staff"], ["Ketua Tim Neraca Wilayah"]], [4: (5, 4)]),
        ("341", [["Kepala BPS Provinsi", "Ketua Tim Neraca Wilayah", "Staff"], ["Staff"], ["Ketua Tim Neraca Wilayah", "Staff"],
                 ["Kepala BPS Provinsi", "Ketua Tim Neraca Wilayah", "Staff"], ["Ketua Tim Neraca Wilayah"]], [3: (4, 3), 4: (5, 4)]),
        // Our own sheets printed by Chromium: the performers and decisions of the SOP they were drawn from.
        ("900", [["Pemohon"], ["Staf Pelaksana"], ["Kasi SDM Kesehatan"], ["Staf Pelaksana", "Kasi SDM Kesehatan"], ["Staf Pelaksana"],
                 ["Kasi SDM Kesehatan"], ["Kepala Bidang SDK"], ["Kepala Dinas"], ["Staf Pelaksana"], ["Staf Pelaksana"], ["Pemohon"]],
                [2: (3, 1), 6: (7, 5)]),
        ("901", [["Pemohon"], ["Petugas Loket"], ["Petugas Loket"], ["Operator SIAK"], ["Kasi Kelahiran dan Kematian"],
                 ["Kabid Pencatatan Sipil"], ["Kepala Dinas"], ["Operator SIAK"], ["Petugas Loket"], ["Pemohon"], ["Petugas Loket"]],
                [2: (3, 1), 5: (6, 4)]),
    ]

    @Test func corpusPDFsAreThere() {
        #expect(Fixtures.corpusPDFs.count == 16)
        if !Fixtures.hasPoppler { print("PDFReadingTests: poppler-utils (pdftotext, pdftocairo) not installed; the PDF corpus tests are skipped") }
    }

    @Test(.enabled(if: Fixtures.hasPoppler, "needs poppler-utils"), arguments: 0..<15)
    func drawnPerformersMatchTheRenderedPages(sample: Int) throws {
        let truth = Self.truths[sample]
        let path = try #require(Fixtures.corpusPDFs.first { ($0 as NSString).lastPathComponent.hasPrefix(truth.prefix) })
        let content = try PDFReader().read(Fixtures.root.appendingPathComponent(path).path)
        let charts = FlowchartReader.read(content.pages)
        #expect(charts.count == 1)
        let chart = try #require(charts.first)
        #expect(chart.steps.map(\.number) == Array(1...truth.performers.count), "\(truth.prefix)")
        #expect(chart.steps.map(\.roleNames) == truth.performers, "\(truth.prefix)")
        #expect(Set(chart.steps.filter(\.isDecision).map(\.number)) == Set(truth.decisions.keys), "\(truth.prefix)")
        for (step, branches) in truth.decisions {
            let read = chart.branches(of: step)
            #expect(read.yes == branches.0 && read.no == branches.1, "\(truth.prefix) step \(step)")
        }
    }

    @Test(.enabled(if: Fixtures.hasPoppler, "needs poppler-utils"))
    func sample023ConvertsWithItsDrawnPerformers() throws {
        let path = try #require(Fixtures.corpusPDFs.first { $0.hasPrefix("corpus/pdf/023") })
        let document = Fixtures.document(path)
        #expect(document.source == path)
        let sop = try #require(document.sops.first)
        #expect(sop.steps.prefix(5).map(\.performers) == Self.truths[0].performers)
        #expect(sop.steps.prefix(5).allSatisfy { $0.performerSource == .drawing })
        #expect(sop.steps[1].decision?.yes == 3)
        #expect(sop.steps[1].decision?.no == 1)
    }
}
