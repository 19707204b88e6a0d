import Foundation
@testable import SOPKit
import Testing

/// Performer inference and decisions: the seeds' expectations, our corpus's truth, and the rules.
@Suite struct InferenceTests {
    @Test func seed000Performers() throws {
        let sop = try #require(Fixtures.document(Fixtures.corpusFile("000")).sops.first)
        let performers = Dictionary(uniqueKeysWithValues: sop.steps.map { ($0.number, $0.performers) })
        #expect(performers[1] == ["Kepala Dinas"])
        #expect(performers[2] == ["Sekretaris Dinas"])
        #expect(performers[4] == ["Kasubbag Perencanaan Program Monitoring Evaluasi dan Pelaporan"])
        #expect(performers[8] == ["Sekretaris Dinas"])
        #expect(performers[9] == ["Kepala Dinas"])
        for step in sop.steps {
            #expect(step.performers.allSatisfy(sop.roles.contains), "step \(step.number) performer outside the header")
            if !step.performers.isEmpty {
                #expect(step.performerSource == .text)
                #expect((step.performerConfidence ?? 0) > 0 && (step.performerConfidence ?? 2) <= 1)
            }
        }
    }

    @Test func seed003Decisions() throws {
        let sop = try #require(Fixtures.document(Fixtures.corpusFile("003")).sops.first)
        #expect(sop.steps.filter { $0.decision != nil }.map(\.number) == [5, 6, 7, 8])
        let step7 = try #require(sop.steps.first { $0.number == 7 })
        #expect(step7.decision?.no == 6)
        #expect(step7.decision?.yes == 8)
        #expect(step7.decision?.question == "Setuju?")
    }

    /// Our corpus SOPs with known performers: at least 80% of the unmarked steps inferred right.
    @Test func inferenceAccuracyOnOurCorpus() throws {
        var total = 0
        var right = 0
        let folder = Fixtures.root.appendingPathComponent("corpus/truth")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where name.hasSuffix(".truth.json") {
            let truth = try #require(try JSONSerialization.jsonObject(
                with: Data(contentsOf: folder.appendingPathComponent(name))) as? [String: Any])
            let document = Fixtures.document("corpus/" + (truth["file"] as! String))
            for (sop, expected) in zip(document.sops, truth["sops"] as! [[String: Any]]) {
                for (step, want) in zip(sop.steps, expected["steps"] as! [[String: Any]])
                where want["performerMarked"] as? Bool != true {
                    total += 1
                    if Set(step.performers) == Set(want["performers"] as! [String]) { right += 1 }
                }
            }
        }
        #expect(total >= 60)
        #expect(Double(right) >= 0.8 * Double(total), "inferred \(right) of \(total)")
    }

    @Test func decisionsMatchOurTruth() throws {
        let folder = Fixtures.root.appendingPathComponent("corpus/truth")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where name.hasSuffix(".truth.json") {
            let truth = try #require(try JSONSerialization.jsonObject(
                with: Data(contentsOf: folder.appendingPathComponent(name))) as? [String: Any])
            let document = Fixtures.document("corpus/" + (truth["file"] as! String))
            for (sop, expected) in zip(document.sops, truth["sops"] as! [[String: Any]]) {
                for (step, want) in zip(sop.steps, expected["steps"] as! [[String: Any]]) {
                    let decision = want["decision"] as? [String: Any]
                    #expect((step.decision != nil) == (decision != nil), "\(name) step \(step.number)")
                    if let decision, let found = step.decision {
                        #expect(found.no == decision["no"] as? Int, "\(name) step \(step.number) rejected branch")
                    }
                }
            }
        }
    }

    @Test(arguments: [
        ("Memberi arahan/disposisi kepada Sekretaris", ["Kepala Dinas", "Sekretaris", "Kasubbag Umum", "Staf"], "Kepala Dinas"),
        ("Kepala Dinas menandatangani surat", ["Staf", "Kepala Dinas"], "Kepala Dinas"),
        ("Diperiksa Kasubbag Umum", ["Kepala Dinas", "Kasubbag Umum", "Staf"], "Kasubbag Umum"),
        ("Mengetik konsep surat dan menyerahkan kepada Kasi Pelayanan", ["Camat", "Kasi Pelayanan", "Staf"], "Staf"),
        ("Menerima berkas dan mengarsipkan", ["Kepala Dinas", "Kasi Pelayanan", "Staf"], "Staf"),
        ("Mengajukan permohonan izin", ["Pemohon", "Petugas Loket", "Kepala Dinas"], "Pemohon"),
    ])
    func singleStepCues(activity: String, roles: [String], performer: String) {
        let sop = SOP(id: "x", roles: roles, steps: [Step(number: 1, activity: activity, line: 1)],
            source: SourceRange(file: "t", startLine: 1, endLine: 1))
        #expect(PerformerInference.infer(sop).steps[0].performers == [performer])
    }

    @Test func weakEvidenceStaysUnknown() {
        let sop = SOP(id: "x", roles: ["Kepala Dinas", "Sekretaris", "Staf"],
            steps: [Step(number: 1, activity: "Melakukan perbaikan naskah", line: 1)],
            source: SourceRange(file: "t", startLine: 1, endLine: 1))
        let step = PerformerInference.infer(sop).steps[0]
        #expect(step.performers.isEmpty)
        #expect(step.performerSource == .unknown)
        #expect(step.performerConfidence == nil)
    }

    @Test func markedPerformersAreKept() {
        let sop = SOP(id: "x", roles: ["Kepala Dinas", "Staf"],
            steps: [Step(number: 1, activity: "Kepala Dinas menandatangani", performers: ["Staf"], performerSource: .marker, line: 1)],
            source: SourceRange(file: "t", startLine: 1, endLine: 1))
        let step = PerformerInference.infer(sop).steps[0]
        #expect(step.performers == ["Staf"])
        #expect(step.performerSource == .marker)
        #expect(step.performerConfidence == 1)
    }

    @Test func reviewerRules() {
        let text = """
            No\tKegiatan\tKepala Dinas\tStaf\tKelengkapan\tWaktu\tOutput\tKeterangan
            1\tDokumen diterima\t\t√\tSurat\t1 jam\tDisposisi\t
            2\tMemeriksa berkas, jika tidak lengkap dikembalikan kepada Staf\t√\t√\tData Awal\t1 hari\tBerkas\t
            """
        let codes = Fixtures.document(text: text).diagnostics.map(\.code)
        #expect(codes.contains(.activityWithoutVerb))
        #expect(codes.contains(.severalPerformers))
        #expect(codes.contains(.outputUnrelatedToNextRequirements))
        #expect(codes.contains(.decisionWithOneBranch))
        #expect(codes.contains(.totalTime))
        #expect(!codes.contains(.roleNeverActs))
    }
}
