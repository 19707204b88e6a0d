@testable import SOPKit
import Testing

/// `Array<String>.containsInPlace`, which compares the names where they stand, says what `contains`
/// says, names equal only as Unicode text included; `Validator.expectedRuleDiagnostics` reserves eight
/// diagnostics for each SOP and two for each of its steps.
@Suite struct ValidatorRoomTests {
    @Test func namesFoundInPlaceAsContainsFindsThem() {
        let names = ["Staf", "Kepala Dinas", "Caf\u{E9}", "", "Ajudan ‘Bupati’"]
        let rows: [([String], String, Bool)] = [
            (names, "Staf", true), (names, "staf", false), (names, "Kepala Dinas", true), (names, "Kepala Dinas ", false),
            (names, "Cafe\u{301}", true), (names, "Caf\u{E9}", true), (names, "", true), (names, "Ajudan ‘Bupati’", true),
            (names, "Ajudan 'Bupati'", false), ([], "Staf", false), ([], "", false), (["Cafe\u{301}"], "Caf\u{E9}", true),
        ]
        for (names, name, expected) in rows {
            #expect(names.containsInPlace(name) == expected, "\(names) \(name)")
            #expect(names.contains(name) == expected, "\(names) \(name)")
        }
    }

    @Test func roomForEightDiagnosticsPerSOPAndTwoPerStep() {
        func sop(steps: Int) -> SOP {
            SOP(
                id: "s", steps: (0..<steps).map { Step(number: $0 + 1, activity: "Memeriksa", line: $0 + 1) },
                source: SourceRange(file: "f.txt", startLine: 1, endLine: 9))
        }
        let rows: [([Int], Int)] = [([], 0), ([0], 8), ([3], 14), ([3, 0, 12], 14 + 8 + 32)]
        for (stepCounts, expected) in rows {
            let document = SOPDocument(source: "f.txt", sops: stepCounts.map { sop(steps: $0) }, diagnostics: [])
            #expect(Validator.expectedRuleDiagnostics(of: document) == expected, "\(stepCounts)")
        }
    }
}
