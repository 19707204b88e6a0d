@testable import SOPKit
import Testing

/// `Validator.validate`, which takes the diagnostics out of the document it consumes, gives what the validation it replaced gives (kept here as the reference), whether the
/// caller passes a temporary or keeps the document it passes.
@Suite struct ValidatorConsumeTests {
    /// The validation before: the rules appended to a copy of the document's diagnostics.
    static func referenceValidate(_ document: SOPDocument) -> SOPDocument {
        var validated = document
        var diagnostics = document.diagnostics
        for sop in document.sops {
            for rule in Validator.rules { rule.check(sop, file: document.source, into: &diagnostics) }
        }
        validated.diagnostics = diagnostics.sortedByLocation()
        return validated
    }

    /// The first six text files of the corpus, an empty text, a short one with tabs and non-ASCII
    /// letters (é, —, ’, NBSP), and a long one of many steps.
    static let inputs: [(file: String, bytes: [UInt8])] = {
        var inputs = Fixtures.corpusInputs.filter { !$0.hasSuffix(".pdf") }.prefix(6).map { ($0, Fixtures.bytes($0)) }
        inputs.append(("empty.txt", []))
        inputs.append(("tabs.txt", Array("Nama SOP\tPenerimaan — Café’s\u{A0}berkas\nNo\tKegiatan\tPelaksana\n1\tMenerima\tStaf\n".utf8)))
        inputs.append(("long.txt", Array(String(repeating: "No\tKegiatan\tWaktu\n1\tMemeriksa berkas\t1 jam\n", count: 300).utf8)))
        return inputs
    }()

    @Test(arguments: 0..<inputs.count) func validateAgreesWithReference(_ index: Int) {
        let (file, bytes) = Self.inputs[index]
        let parsed = SOPKit.parse(bytes, file: file)
        let expected = Self.referenceValidate(parsed)
        #expect(Validator.validate(SOPKit.parse(bytes, file: file)) == expected)
        // A document the caller keeps is left as it was.
        let kept = parsed
        #expect(Validator.validate(kept) == expected)
        #expect(kept == parsed)
    }
}
