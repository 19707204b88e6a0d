import Foundation
import SOPKit
import Testing

/// Our OCR fixtures (corpus/ocr, rendered from known SOPs, screenshotted and OCR'd with tesseract)
/// against the truth they were rendered from: every SOP with its step count, and at least 95% of the
/// durations exact.
@Suite struct OCRFixtureTests {
    static let truthFiles: [String] = {
        let folder = Fixtures.root.appendingPathComponent("corpus/ocr")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".truth.json") }.sorted()
    }()

    static func truth(_ name: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: Fixtures.root.appendingPathComponent("corpus/ocr/" + name))) as? [String: Any])
    }

    @Test func thereAreTwelveFixtures() {
        #expect(Self.truthFiles.count >= 12)
    }

    @Test(arguments: truthFiles)
    func stepCountsAndFormat(truthFile: String) throws {
        let truth = try Self.truth(truthFile)
        let document = Fixtures.document("corpus/ocr/" + (truth["file"] as! String))
        let expected = truth["sops"] as! [[String: Any]]
        try #require(document.sops.count == expected.count, "\(truthFile): SOP count")
        for (sop, want) in zip(document.sops, expected) {
            #expect(sop.steps.count == (want["steps"] as! [Any]).count, "\(truthFile): steps of \(sop.title ?? "?")")
            #expect(sop.format == .ocr)
        }
    }

    @Test func durationsAreNinetyFivePercentExact() throws {
        var total = 0
        var exact = 0
        for name in Self.truthFiles {
            let truth = try Self.truth(name)
            let document = Fixtures.document("corpus/ocr/" + (truth["file"] as! String))
            for (sop, want) in zip(document.sops, truth["sops"] as! [[String: Any]]) {
                let steps = want["steps"] as! [[String: Any]]
                total += steps.count
                for (step, expected) in zip(sop.steps, steps) where step.duration?.minutes == expected["minutes"] as? Int {
                    exact += 1
                }
            }
        }
        #expect(Double(exact) >= 0.95 * Double(total), "\(exact) of \(total) durations exact")
    }
}
