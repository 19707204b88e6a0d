import Foundation
import SOPKit
import Testing

/// Replays every input the fuzzer (scripts/fuzz) found crashing, through the same steps as the fuzz
/// target: decoding, parsing, validation, every exporter and a re-read of the text export.
@Suite struct FuzzRegressionTests {
    /// The saved inputs, as paths relative to the package root.
    static let inputs: [String] = {
        let folder = Fixtures.root.appendingPathComponent("Tests/FuzzRegressions")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { "Tests/FuzzRegressions/" + $0 }
    }()

    @Test func thereAreSavedInputs() {
        #expect(!Self.inputs.isEmpty)
    }

    @Test(arguments: inputs) func replays(_ path: String) {
        let bytes = Fixtures.bytes(path)
        #expect(!bytes.isEmpty)
        let document = Validator.validate(SOPKit.parse(bytes, file: path))
        for format in ExportFormat.allCases {
            #expect(!SOPKit.export(document, as: format).isEmpty, "\(format) export of \(path)")
        }
        #expect(!SARIFExporter.export([document]).isEmpty)
        let reread = Validator.validate(SOPKit.parse(SOPKit.export(document, as: .text), file: path))
        #expect(reread.sops.count == document.sops.count)
    }
}
