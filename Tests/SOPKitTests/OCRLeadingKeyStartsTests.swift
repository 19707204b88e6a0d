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

    /// Texts around the edges of the byte reading of a text's first characters: exactly as long as the
    /// characters read, one byte longer or shorter, a CR LF pair, a mark or another byte outside ASCII
    /// just inside or just after them, tabs, a no-break space, empty and very long texts.
    static let boundaryTexts: [String] = {
        var texts = ["", "\t", "\r\n", "Nomor SOP\r\n", "No\r\nSOP", "\tNomor\tSOP", "Nomor\u{A0}SOP", "NOMOR SOP’",
            "No — SOP", String(repeating: "x", count: 5000), "Nomor SOP" + String(repeating: " ", count: 4000) + "é"]
        for count in [24, 40] {
            for length in count - 2...count + 2 {
                let filler = String(repeating: "a", count: max(0, length - 10))
                for text in ["Nomor SOP " + filler, "Bagan Alur" + filler, "nama sop  " + filler] {
                    texts.append(text)
                    texts.append(text + "\u{301}")
                    texts.append(text + "é")
                    texts.append(text + "\r\nx")
                    texts.append(text + "\r")
                    texts.append(text + "\t")
                }
            }
        }
        return texts
    }()

    /// `leadingKeyStarts(of:characters:_:)`, which reads the first characters on the text's bytes when
    /// they are ASCII, agrees with `leadingKeyStarts` of `TextFolding.leadingCharacters`, the reading it
    /// replaced.
    @Test func leadingKeyStartsOfTextAgreesWithLeadingCharacters() {
        for text in Self.texts + Self.boundaryTexts + OCRFrontBytesTests.corpusLines {
            for (count, check) in [(24, OCRParser.keyBytesStartIdentity), (40, OCRParser.keyBytesStartTableTitle)]
                as [(Int, (UnsafeBufferPointer<UInt8>) -> Bool)]
            {
                let reference = OCRParser.leadingKeyStarts(TextFolding.leadingCharacters(text, count), check)
                #expect(OCRParser.leadingKeyStarts(of: text, characters: count, check) == reference, "\(text.debugDescription)")
            }
        }
    }

    /// `String.firstUTF8Byte` is `utf8.first`.
    @Test func firstByteIsFirstOfUTF8() {
        for text in Self.texts + Self.boundaryTexts + OCRFrontBytesTests.corpusLines + ["é", "—x", "\u{A0}", "’a"] {
            #expect(text.firstUTF8Byte == text.utf8.first, "\(text.debugDescription)")
            let key = TextFolding.key(text)
            #expect(key.firstUTF8Byte == key.utf8.first, "\(key.debugDescription)")
        }
    }
}
