@testable import SOPKit
import Testing

/// The validation rules' messages written at once (`StepMessage`) and the first piece of an activity read
/// on its bytes (`ReviewerRules.firstSpaceSeparatedPiece`) give what the string interpolation and the
/// splitting they replaced give.
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

    @Test func joinedAgreesWithInterpolation() {
        #expect(StepMessage.joined("", "") == "")
        #expect(StepMessage.joined("identity block has no ", "Keterkaitan") == "identity block has no Keterkaitan")
        #expect(StepMessage.joined("identity block has no ", "") == "identity block has no ")
        #expect(StepMessage.joined("", "é") == "é")
        #expect(StepMessage.joined("a\t—", "’\u{A0}é") == "a\t—’\u{A0}é")
        #expect(
            StepMessage.joined("identity block has no ", "Tanggal Efektif or Tanggal Pengesahan, a long name of many words")
                == "identity block has no Tanggal Efektif or Tanggal Pengesahan, a long name of many words")
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
}
