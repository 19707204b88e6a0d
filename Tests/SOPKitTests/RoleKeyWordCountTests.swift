@testable import SOPKit
import Testing

/// The number of words of a role name's key, counted from its spaces when the key is plain ASCII,
/// agrees with the key split into words.
@Suite struct RoleKeyWordCountTests {
    static let names = [
        "", " ", "Kepala", "Kepala Dinas", "  Kepala   Dinas  ", "Kasi Operasi dan Pengendalian", "Sub-Bagian Umum",
        "Kepala, Dinas.", "&", "Kepala & Dinas", "Kepala Séksi", "Kepala \u{301}Dinas", "Kepala\u{00A0}Dinas", "Kepala\r\nDinas",
        "UPT 3 (Dua)", "e\u{301} e\u{301}", "...",
    ]

    @Test(arguments: names) func wordCountAgreesWithTheKeysWords(_ name: String) {
        let key = TextFolding.key(name)
        #expect(OCRRoleEvidence.wordCount(ofKey: key) == FoldedKey.spaceSeparated(key[...]).count, "\(name.debugDescription)")
        #expect(OCRRoleEvidence.wordCount(ofKey: key) == FoldedKey.words(name).count, "\(name.debugDescription)")
    }

    @Test func wordCountExamples() {
        #expect(OCRRoleEvidence.wordCount(ofKey: TextFolding.key("Kasi Operasi dan Pengendalian")) == 4)
        #expect(OCRRoleEvidence.wordCount(ofKey: TextFolding.key("Sub-Bagian")) == 2)
        #expect(OCRRoleEvidence.wordCount(ofKey: "") == 0)
    }
}
