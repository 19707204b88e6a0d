import Foundation
import SOPKit
import Testing

/// Every corpus input gives exactly its reviewed expected JSON (corpus/expected/); the corpus PDFs too
/// when poppler-utils is installed (their drawn performers come from `pdftocairo`). To re-record after
/// a reviewed change: `SOPKIT_RECORD=1 swift test --filter GoldenTests`, then read every changed line
/// with `git diff corpus/expected`.
@Suite struct GoldenTests {
    static let recording = ProcessInfo.processInfo.environment["SOPKIT_RECORD"] == "1"

    @Test func corpusHasTheSeedsAndOurOwnSOPs() {
        #expect(Fixtures.corpusInputs.count >= 15)
        #expect(Fixtures.corpusInputs.prefix(5).map { ($0 as NSString).lastPathComponent.prefix(3) }
            == ["000", "001", "002", "003", "004"])
    }

    @Test(arguments: Fixtures.corpusInputs)
    func matchesExpectedJSON(input: String) throws {
        try compare(input)
    }

    @Test(.enabled(if: Fixtures.hasPoppler, "needs poppler-utils"), arguments: Fixtures.corpusPDFs)
    func pdfMatchesExpectedJSON(input: String) throws {
        try compare(input)
    }

    /// Compares the JSON of `input` with its expected file, or records it when re-recording.
    func compare(_ input: String) throws {
        let actual = String(decoding: SOPKit.export(Fixtures.document(input), as: .json), as: UTF8.self)
        let expectedURL = Fixtures.root.appendingPathComponent(Fixtures.expectedPath(of: input))
        if Self.recording {
            try FileManager.default.createDirectory(
                at: expectedURL.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: expectedURL, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        if actual != expected {
            Issue.record(Comment(rawValue: Self.firstDifference(expected: expected, actual: actual, file: input)))
        }
    }

    /// The first differing line, with two lines of context, for a readable failure.
    static func firstDifference(expected: String, actual: String, file: String) -> String {
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let want = index < expectedLines.count ? String(expectedLines[index]) : "<end>"
            let got = index < actualLines.count ? String(actualLines[index]) : "<end>"
            if want != got {
                let context = expectedLines[max(0, index - 2)..<index].joined(separator: "\n")
                return "\(file): expected JSON differs at line \(index + 1)\n\(context)\n- \(want)\n+ \(got)"
            }
        }
        return "\(file): expected JSON differs"
    }
}
