@testable import SOPKit
import Testing

/// The validation rules' messages written at once (`StepMessage`), their per-number tables
/// (`StepMessageTable`) and the first piece of an activity read on its bytes
/// (`ReviewerRules.firstSpaceSeparatedPiece`) give what the string interpolation and the splitting
/// they replaced give.
@Suite struct ValidationMessageTests {
    static let numbers = [0, 1, 9, 10, 11, 99, 100, 101, 999, 1000, 12345, 1_000_000, Int.max, -1, -10, Int.min]

    @Test(arguments: numbers) func stepMessageAgreesWithInterpolation(_ number: Int) {
        #expect(StepMessage.step(number, " has no time (Waktu)") == "step \(number) has no time (Waktu)")
        #expect(StepMessage.step(number, "") == "step \(number)")
        #expect(StepMessage.step(number, "é") == "step \(number)é")
        #expect(StepMessage.step(number, " — tab\there, NBSP\u{A0}’ é") == "step \(number) — tab\there, NBSP\u{A0}’ é")
        #expect(
            StepMessage.step(number, " has no performer: no role cell is marked and the activity does not tell who acts")
                == "step \(number) has no performer: no role cell is marked and the activity does not tell who acts")
        #expect(StepMessage.step(number, " has no Output (Mutu Baku)").utf8.count == "step \(number) has no Output (Mutu Baku)".utf8.count)
    }

    /// Every step number in and around the tables (`StepMessageTable.tabledCount`), and the numbers
    /// above, against the interpolation the rules used before.
    static let tableNumbers = Array(-3...(StepMessageTable.tabledCount + 3)) + numbers

    @Test(arguments: tableNumbers) func stepMessageTablesAgreeWithInterpolation(_ number: Int) {
        #expect(StepMessage.noActivity.message(forStep: number) == "step \(number) has no activity (Kegiatan)")
        #expect(
            StepMessage.noPerformer.message(forStep: number)
                == "step \(number) has no performer: no role cell is marked and the activity does not tell who acts")
        #expect(StepMessage.noTime.message(forStep: number) == "step \(number) has no time (Waktu)")
        #expect(StepMessage.noRequirements.message(forStep: number) == "step \(number) has no Kelengkapan (Mutu Baku)")
        #expect(StepMessage.noOutput.message(forStep: number) == "step \(number) has no Output (Mutu Baku)")
        #expect(StepMessageTable(" — tab\there, NBSP\u{A0}’ é").message(forStep: number) == "step \(number) — tab\there, NBSP\u{A0}’ é")
        #expect(StepMessageTable("").message(forStep: number) == "step \(number)")
    }

    /// Activities with spaces, tabs, line ends, non-ASCII letters and punctuation, NBSP and combining
    /// marks next to spaces, and a very long one.
    static let activities: [String] = [
        "", " ", "   ", "a", " a", "a ", "Menerima berkas", "  Menerima  berkas  ", "\tMenerima berkas", "Menerima\tberkas",
        "Menerima\r\nberkas", "\r\n berkas", "Surat, “tanda” terima", "Café menerima", "é", " é", "é ", "—Kepala Dinas",
        "Kepala\u{A0}Dinas memeriksa", "Memeriksa ’berkas’", "a \u{301}b", "a\u{301} b", "\u{301} a", "x \u{600}y",
        "Menandatangani" + String(repeating: " berkas permohonan", count: 400),
        String(repeating: "panjang", count: 300) + " akhir",
    ]

    @Test(arguments: activities) func firstPieceAgreesWithSpaceSeparated(_ activity: String) {
        let expected = FoldedKey.spaceSeparated(activity[...]).first.map(String.init) ?? ""
        #expect(ReviewerRules.firstSpaceSeparatedPiece(of: activity) == expected, "\(activity)")
    }

    /// The byte offsets of an ASCII activity's first piece, and nil for an activity that is not ASCII.
    @Test func asciiFirstPieceOffsets() {
        let rows: [(activity: String, expected: Range<Int>?)] = [
            ("", 0..<0), ("   ", 3..<3), ("a", 0..<1), ("  Menerima  berkas  ", 2..<10), ("\tMenerima berkas", 0..<9),
            ("Menerima\r\nberkas x", 0..<16), ("Surat, x", 0..<6), ("Café menerima", nil), ("menerima café", nil),
            ("Kepala\u{A0}Dinas", nil),
        ]
        for row in rows { #expect(ReviewerRules.asciiFirstSpaceSeparatedPiece(of: row.activity) == row.expected, "\(row.activity)") }
    }
}
