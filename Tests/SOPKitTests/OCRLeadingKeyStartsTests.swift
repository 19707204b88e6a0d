@testable import SOPKit
import Testing

/// The OCR parser's check of a line's first characters (`OCRParser.leadingKeyStarts`, the key folded
/// once on the stack) agrees with `TextFolding.keyHasPrefix` of each start phrase, the reading it replaced.
@Suite struct OCRLeadingKeyStartsTests {
    static let identityStarts = ["no sop", "nomor sop", "nama sop", "judul sop", "nomer sop"]
    static let tableTitleStarts = ["standar operasional prosedur", "standard operasional prosedur", "bagan alur"]

    static let texts = OCRIdentityLabelWordsTests.edgeTexts + [
        "Nomor SOP : 800/12", "NO. SOP", "No.SOP:1", "Nama SOP: Pelayanan", "JUDUL SOP", "Nomer  SOP", "nomor\u{A0}sop",
        "Nomor—SOP", "Nomoré SOP", ".......... ......... Nomor SOP", "STANDAR OPERASIONAL PROSEDUR (SOP)",
        "Standard Operasional Prosedur", "BAGAN ALUR", "Bagan\tAlur Pelayanan", "# Bagan Alur", "Standar Operasional",
        "S T A N D A R", "no sopé", "Judul SOP\u{301}", String(repeating: "Nomor SOP ", count: 10),
    ]

    @Test func leadingKeyStartsAgreesWithKeyHasPrefix() {
        for text in Self.texts + OCRFrontBytesTests.corpusLines {
            for (phrases, count, check) in [
                (Self.identityStarts, 24, OCRParser.keyBytesStartIdentity), (Self.tableTitleStarts, 40, OCRParser.keyBytesStartTableTitle),
            ] as [([String], Int, (UnsafeBufferPointer<UInt8>) -> Bool)] {
                let start = TextFolding.leadingCharacters(text, count)
                #expect(OCRParser.leadingKeyStarts(start, check) == phrases.contains { TextFolding.keyHasPrefix(start, $0) }, "\(text)")
            }
        }
    }
}
