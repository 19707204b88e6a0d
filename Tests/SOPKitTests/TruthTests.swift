import Foundation
import SOPKit
import Testing

/// Our own corpus SOPs against their hand-written truth (corpus/truth/*.truth.json): every identity
/// field, every step field, and the performers of marked steps.
@Suite struct TruthTests {
    static let truthFiles: [String] = {
        let folder = Fixtures.root.appendingPathComponent("corpus/truth")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".truth.json") }.sorted()
    }()

    @Test func thereAreTenTruthFiles() {
        #expect(Self.truthFiles.count >= 10)
    }

    @Test(arguments: truthFiles)
    func matchesTruth(truthFile: String) throws {
        let data = Fixtures.bytes("corpus/truth/" + truthFile)
        let truth = try #require(try JSONSerialization.jsonObject(with: Data(data)) as? [String: Any])
        let input = "corpus/" + (truth["file"] as! String)
        let document = Fixtures.document(input)
        let truthSOPs = truth["sops"] as! [[String: Any]]
        try #require(document.sops.count == truthSOPs.count, "\(input): SOP count")
        for (sop, expected) in zip(document.sops, truthSOPs) {
            check(sop, expected, input)
        }
    }

    private func string(_ value: Any?) -> String? { value as? String }

    private func check(_ sop: SOP, _ expected: [String: Any], _ input: String) {
        #expect(sop.title == string(expected["title"]), "\(input): title")
        #expect(sop.number == string(expected["number"]), "\(input): number")
        #expect(sop.agency == string(expected["agency"]), "\(input): agency")
        let dates = expected["dates"] as! [String: Any]
        #expect(sop.dates.created?.description == string(dates["created"]), "\(input): created")
        #expect(sop.dates.revised?.description == string(dates["revised"]), "\(input): revised")
        #expect(sop.dates.effective?.description == string(dates["effective"]), "\(input): effective")
        #expect(sop.dates.approved?.description == string(dates["approved"]), "\(input): approved")
        let approver = expected["approvedBy"] as! [String: Any]
        #expect(sop.approvedBy.position == string(approver["position"]), "\(input): approver position")
        #expect(sop.approvedBy.name == string(approver["name"]), "\(input): approver name")
        #expect(sop.approvedBy.nip == string(approver["nip"]), "\(input): approver NIP")
        let legal = (expected["legalBasis"] as! [[String: Any]]).map {
            "\(string($0["kind"]) ?? "-") \(string($0["number"]) ?? "-") \(($0["year"] as? Int) ?? 0)"
        }
        #expect(sop.legalBasis.map { "\($0.kind ?? "-") \($0.number ?? "-") \($0.year ?? 0)" } == legal, "\(input): legal basis")
        #expect(sop.qualifications == expected["qualifications"] as! [String], "\(input): qualifications")
        #expect(sop.relatedProcedures == expected["relatedProcedures"] as! [String], "\(input): related")
        #expect(sop.equipment == expected["equipment"] as! [String], "\(input): equipment")
        #expect(sop.warnings == expected["warnings"] as! [String], "\(input): warnings")
        #expect(sop.records == expected["records"] as! [String], "\(input): records")
        #expect(sop.roles == expected["roles"] as! [String], "\(input): roles")
        let steps = expected["steps"] as! [[String: Any]]
        #expect(sop.steps.count == steps.count, "\(input): step count")
        for (step, want) in zip(sop.steps, steps) {
            let label = "\(input) step \(step.number)"
            #expect(step.number == want["number"] as! Int, "\(label): number")
            #expect(step.activity == want["activity"] as! String, "\(label): activity")
            #expect(step.requirements == string(want["requirements"]), "\(label): requirements")
            #expect(step.duration?.text == string(want["durationText"]), "\(label): duration text")
            #expect(step.duration?.minutes == want["minutes"] as? Int, "\(label): minutes")
            #expect(step.output == string(want["output"]), "\(label): output")
            #expect(step.notes == string(want["notes"]), "\(label): notes")
            if want["performerMarked"] as? Bool == true {
                #expect(step.performers == want["performers"] as! [String], "\(label): performers")
                #expect(step.performerSource == .marker, "\(label): performer source")
            }
        }
    }
}
